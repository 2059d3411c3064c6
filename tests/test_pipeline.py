"""The pipeline through the library API: caching in a real store, and stream grouping agreeing with batch."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

import numpy as np
import pytest

import newsweave
from newsweave.annotate import annotate_many
from newsweave.models import Result
from newsweave.place_outlets import homes_from_votes, outlet_homes, outlet_host
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


def _one_outlet_reports(data_dir: Path, count: int) -> list[dict[str, str]]:
    """The first `count` GVA reports (in file order) of the first outlet host that has that many."""
    by_host: dict[str, list[dict[str, str]]] = {}
    with (data_dir / "gva" / "documents.jsonl").open(encoding="utf-8") as rows:
        for line in rows:
            doc = json.loads(line)
            host = outlet_host(doc["url"])
            if host and len(doc["text"]) > 400:
                by_host.setdefault(host, []).append(doc)
                if len(by_host[host]) == count:
                    return by_host[host]
    raise AssertionError(f"no outlet with {count} reports")


def test_an_outlets_home_builds_up_over_runs_and_a_rerun_reads_nothing_again(tmp_path: Path, data_dir: Path) -> None:
    """Each report's region vote is stored with its outlet's host; votes from separate runs add up to the home one
    batch of all the reports would learn, and a rerun finds every extraction under the home it was read with."""
    docs = _one_outlet_reports(data_dir, 3)
    paths = []
    for n, doc in enumerate(docs):
        path = tmp_path / f"r{n}.jsonl"
        row = {"id": doc["doc_id"], "url": doc["url"], "published": doc["dct"], "title": doc["title"]}
        path.write_text(json.dumps({**row, "text": doc["text"], "language": "en"}) + "\n", encoding="utf-8")
        paths.append(str(path))
    options = newsweave.Options(db=str(tmp_path / "n.db"), today=TODAY, group=False)
    with CountingStore(tmp_path / "n.db") as store:
        newsweave.analyze(paths[:2], options, store=store)
        newsweave.analyze(paths[2:], options, store=store)
        votes = store.outlet_regions()
        assert [host for _, host, _, _ in votes] == [votes[0][1]] * 3
        articles = store.articles()
    stored_homes = homes_from_votes((h, (c, a) if c and a else None) for _, h, c, a in votes)
    assert stored_homes == outlet_homes(articles, annotate_many(articles, today=TODAY))
    with CountingStore(tmp_path / "n.db") as store:
        newsweave.analyze(paths, options, store=store)
        assert store.extractions_written == 0
