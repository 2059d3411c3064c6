"""Shared fixtures: where the real news texts live (`../shared` beside the repository)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", REPO.parent / "shared"))


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"real data not found at {path}: put the project's shared/ folder beside the repository")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return _need(SHARED)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _need(SHARED / "samples" / "seeds")


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return _need(SHARED / "data")
