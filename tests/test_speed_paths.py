"""Worker processes compute exactly what the calling process would, in input order, and a dead worker loses nothing."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from newsweave import workers
from newsweave.annotate import annotate_here, annotate_many
from newsweave.models import Article
from newsweave.pipeline import extract_each


def article(text: str, id: str, published: str | None = None) -> Article:
    return Article(id=id, origin="test", text=text, content_hash=id, language="en", published=published)


@pytest.fixture(scope="module")
def gva_articles(data_dir: Path) -> list[Article]:
    out = []
    with (data_dir / "gva" / "documents.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            if doc["text"].strip():
                out.append(replace(article(doc["text"], doc["doc_id"], doc["dct"]), url=doc["url"]))
            if len(out) == 3 * workers.CHUNK + 3:  # a ragged last chunk
                break
    return out


def test_workers_annotate_and_extract_as_the_calling_process_does(gva_articles: list[Article]) -> None:
    alone = annotate_many(gva_articles, workers=0)
    shared = annotate_many(gva_articles, workers=2)
    assert [a.article for a in shared] == [a.id for a in gva_articles]
    assert shared == alone
    assert any(a.entities for a in alone) and any(a.places for a in alone)
    items = list(zip(gva_articles, alone, strict=True))
    homes = {"www.example.com": ("US", "Ohio")}
    assert list(extract_each(items, homes, workers=2)) == list(extract_each(items, homes, workers=0))


def test_a_mixed_language_batch_keeps_input_order(gva_articles: list[Article]) -> None:
    french = replace(article("Trois personnes ont été tuées vendredi à Lyon, selon la police.", "fr1"), language="fr")
    items = [*gva_articles[:9], french, *gva_articles[9:20]]
    out = annotate_many(items, workers=2)
    assert [a.article for a in out] == [a.id for a in items]
    assert out[9].quantities and out[9].quantities[0].value == 3


def test_small_batches_stay_in_the_calling_process() -> None:
    workers._drop_pool(2)  # whatever pool earlier tests left, stopped and forgotten
    items = [article("A man was shot on Friday.", str(i)) for i in range(workers.MIN_ITEMS - 1)]
    assert len(annotate_many(items, workers=2)) == len(items)
    assert workers._pool.cache_info().currsize == 0


def test_a_killed_worker_costs_time_not_results(gva_articles: list[Article]) -> None:
    expected = annotate_here(gva_articles)
    pool = workers._pool(2)
    pool.submit(os.getpid).result()  # the workers are up
    for pid in list(pool._processes):  # the pool's own record of its workers
        os.kill(pid, signal.SIGKILL)
    assert annotate_many(gva_articles, workers=2) == expected
    assert annotate_many(gva_articles, workers=2) == expected  # and a fresh pool serves the next batch


def _fails_on_the_last(items: Sequence[int]) -> list[int]:
    if items[-1] == workers.MIN_ITEMS - 1:
        raise ValueError("broken item")
    return list(items)


def test_an_error_in_a_worker_reaches_the_caller() -> None:
    with pytest.raises(ValueError, match="broken item"):
        list(workers.map_chunks(_fails_on_the_last, list(range(workers.MIN_ITEMS)), workers=2))


def _thread_setting(items: Sequence[int]) -> list[str | None]:
    return [os.environ.get("OMP_NUM_THREADS")] * len(items)


def test_each_worker_gets_its_share_of_the_cores_for_native_threads() -> None:
    before = os.environ.get("OMP_NUM_THREADS")
    share = before or str(max(1, workers._cores() // 2))  # a user's own setting wins
    got = list(workers.map_chunks(_thread_setting, list(range(workers.MIN_ITEMS)), workers=2))
    assert got == [share] * workers.MIN_ITEMS
    assert os.environ.get("OMP_NUM_THREADS") == before  # the calling process keeps its own


def test_default_workers_is_one_per_core_capped() -> None:
    assert 0 <= workers.default_workers() <= workers.MAX_WORKERS


def test_a_dropped_pool_leaves_no_worker_running() -> None:
    """A dropped pool's workers must not outlive it: multiprocessing joins its children at exit, so one left
    waiting for work would hold the interpreter open."""
    pool = workers._pool(2)
    pids = {pool.submit(os.getpid).result() for _ in range(4)}
    processes = list(pool._processes.values())
    workers._drop_pool(2)
    for process in processes:
        process.join(10)
        assert not process.is_alive(), f"worker {process.pid} still running"
    assert pids
