"""The pipeline through the library API: caching in a real store, and stream grouping agreeing with batch."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

import numpy as np
import pytest

import newsweave
from newsweave.models import Result
from newsweave.store import Extraction, SQLiteStore

TODAY = date(2026, 11, 22)


class CountingStore(SQLiteStore):
    """A real SQLite store that also counts what the pipeline had to compute and write."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.extractions_written = 0
        self.vectors_written = 0

    def put_extraction(self, key: str, version: str, extraction: Extraction) -> None:
        self.extractions_written += 1
        super().put_extraction(key, version, extraction)

    def put_vectors(self, items: Mapping[str, np.ndarray], model: str) -> None:
        self.vectors_written += len(items)
        super().put_vectors(items, model)


def _groups(result: Result) -> set[tuple[str, ...]]:
    return {tuple(sorted(e.articles)) + (str(sorted(e.main_in)),) for e in result.events}


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> Sequence[str]:
    return sorted(str(p) for p in seeds_dir.glob("*.txt"))


def test_a_second_run_on_the_same_store_recomputes_nothing(tmp_path: Path, seeds: Sequence[str]) -> None:
    options = newsweave.Options(db=str(tmp_path / "n.db"), today=TODAY)
    with CountingStore(tmp_path / "n.db") as store:
        first = newsweave.analyze(seeds, options, store=store)
        assert store.extractions_written == 2 and store.vectors_written > 0
    with CountingStore(tmp_path / "n.db") as store:
        second = newsweave.analyze(seeds, options, store=store)
        assert (store.extractions_written, store.vectors_written) == (0, 0)
        assert store.count("articles") == 2
    assert newsweave.to_dict(first) == newsweave.to_dict(second)


def test_stream_grouping_agrees_with_batch_on_the_seeds(seeds: Sequence[str]) -> None:
    batch = newsweave.analyze(seeds, newsweave.Options(today=TODAY))
    stream = newsweave.analyze(seeds, newsweave.Options(today=TODAY, batch_group_limit=0))
    assert _groups(stream) == _groups(batch)


def test_a_growing_store_groups_new_reports_with_stored_ones(tmp_path: Path, seeds: Sequence[str]) -> None:
    options = newsweave.Options(db=str(tmp_path / "grow.db"), today=TODAY)
    newsweave.analyze(seeds[:1], options)
    result = newsweave.analyze(seeds[1:], options)
    main = [e for e in result.events if len(e.main_in) == 2]
    assert len(main) == 1, [(e.title, e.main_in) for e in result.events]
