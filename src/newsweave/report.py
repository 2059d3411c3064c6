"""Temporary: the report stage lands with the integration commit."""

from __future__ import annotations

from typing import Any

from newsweave.models import Result


def to_dict(result: Result) -> dict[str, Any]:
    raise NotImplementedError("report not wired yet")
