"""Worker processes parse exactly what the calling process would, in input order, and a dead worker loses nothing."""

from __future__ import annotations

import json
import os
import signal
from dataclasses import replace
from pathlib import Path

import pytest

from newsweave.annotate import annotate_many, parallel
from newsweave.models import Article


def article(text: str, id: str, published: str | None = None) -> Article:
    return Article(id=id, origin="test", text=text, content_hash=id, language="en", published=published)


@pytest.fixture(scope="module")
def gva_articles(data_dir: Path) -> list[Article]:
    out = []
    with (data_dir / "gva" / "documents.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            if doc["text"].strip():
                out.append(article(doc["text"], doc["doc_id"], doc["dct"]))
            if len(out) == 3 * parallel.CHUNK + 3:  # a ragged last chunk
                break
    return out


def test_worker_processes_give_the_same_annotations_as_the_calling_process(gva_articles: list[Article]) -> None:
    alone = annotate_many(gva_articles, workers=0)
    shared = annotate_many(gva_articles, workers=2)
    assert [a.article for a in shared] == [a.id for a in gva_articles]
    assert shared == alone
    assert any(a.entities for a in alone) and any(a.places for a in alone)


def test_a_mixed_language_batch_keeps_input_order(gva_articles: list[Article]) -> None:
    french = replace(article("Trois personnes ont été tuées vendredi à Lyon, selon la police.", "fr1"), language="fr")
    items = [*gva_articles[:9], french, *gva_articles[9:20]]
    out = annotate_many(items, workers=2)
    assert [a.article for a in out] == [a.id for a in items]
    assert out[9].quantities and out[9].quantities[0].value == 3


def test_small_batches_are_parsed_in_the_calling_process() -> None:
    parallel._pool.cache_clear()
    texts = ["A man was shot on Friday."] * (parallel.MIN_TEXTS - 1)
    assert len(list(parallel.parse("en", texts, workers=2))) == len(texts)
    assert parallel._pool.cache_info().currsize == 0


def test_a_killed_worker_costs_time_not_results(gva_articles: list[Article]) -> None:
    texts = [a.text for a in gva_articles]
    expected = parallel.parse_here("en", texts)
    pool = parallel._pool(2)
    pool.submit(os.getpid).result()  # the workers are up
    for pid in list(pool._processes):  # the pool's own record of its workers
        os.kill(pid, signal.SIGKILL)
    assert list(parallel.parse("en", texts, workers=2)) == expected
    assert list(parallel.parse("en", texts, workers=2)) == expected  # and a fresh pool serves the next batch


def test_an_error_in_a_worker_reaches_the_caller() -> None:
    texts: list[str] = ["A man was shot."] * parallel.MIN_TEXTS
    texts[-1] = None  # type: ignore[call-overload]
    with pytest.raises((TypeError, ValueError)):
        list(parallel.parse("en", texts, workers=2))


def test_default_workers_is_one_per_core_capped() -> None:
    assert 0 <= parallel.default_workers() <= parallel.MAX_WORKERS
