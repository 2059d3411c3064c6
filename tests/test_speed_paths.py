"""The threaded path of annotate_many gives exactly the annotations of the single-thread path, in order."""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from datetime import date
from functools import partial
from pathlib import Path

import pytest

from newsweave.annotate import annotate_many, nlp, parallel
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


def test_threads_give_the_same_annotations_as_one_thread(gva_articles: list[Article]) -> None:
    alone = annotate_many(gva_articles, workers=0)
    shared = annotate_many(gva_articles, workers=1)
    assert [a.article for a in shared] == [a.id for a in gva_articles]
    assert shared == alone
    assert any(a.entities for a in alone) and any(a.places for a in alone)


def test_each_thread_has_its_own_pipeline() -> None:
    assert nlp.load("en", copy=1) is not nlp.load("en")
    assert nlp.load("en", copy=1) is nlp.load("EN", copy=1)


def _threads_used(articles: Sequence[Article], today: date | None, copy: int) -> list[tuple[str, int, int]]:
    return [(a.id, copy, threading.get_ident()) for a in articles]


def test_small_batches_stay_in_the_calling_thread() -> None:
    items = [article("x", str(i)) for i in range(parallel.MIN_ARTICLES - 1)]
    out = parallel.run(items, None, _threads_used, workers=2)
    assert {(copy, thread) for _, copy, thread in out} == {(0, threading.get_ident())}


def test_chunks_come_back_in_input_order_whichever_thread_took_them() -> None:
    items = [article("x", str(i)) for i in range(5 * parallel.CHUNK + 1)]
    out = parallel.run(items, None, _threads_used, workers=2)
    assert [i for i, _, _ in out] == [a.id for a in items]
    assert {copy for _, copy, _ in out} <= {0, 1, 2}


def _fails_in_helpers(articles: Sequence[Article], today: date | None, copy: int, failed: threading.Event) -> list[str]:
    if copy:
        failed.set()
        raise ValueError("broken helper")
    if len(articles) > 1:  # a chunk, not the first article run alone before the helpers start
        failed.wait(10)  # leave the helper time to take a chunk, however loaded the machine
    return [a.id for a in articles]


def test_an_error_in_a_helper_thread_reaches_the_caller() -> None:
    items = [article("x", str(i)) for i in range(4 * parallel.CHUNK)]
    with pytest.raises(ValueError, match="broken helper"):
        parallel.run(items, None, partial(_fails_in_helpers, failed=threading.Event()), workers=1)


def test_default_workers_is_one_per_spare_core_capped() -> None:
    assert 0 <= parallel.default_workers() <= parallel.MAX_WORKERS
