"""Threads for big batches: spaCy's NER is most of annotate's time, and its heavy parts (the BLIS matrix
products and the transition parser's loop) release the GIL, so on a machine with spare cores a few threads
annotate chunks of a batch side by side.

Each extra thread uses its own copy of the pipeline (`nlp.load(language, copy=k)`), so no spaCy vocabulary is
shared between threads. Threads, not processes: nothing is pickled, no script is re-imported, and nothing is
left running after the call.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import TypeVar

from newsweave.models import Article

CHUNK = 8  # articles per task: small enough to balance the threads, big enough for spaCy's batching
MIN_ARTICLES = 2 * CHUNK  # below this one thread does it all
MAX_WORKERS = 3  # extra threads at most; each holds its own pipeline copy (~250 MB for English)

T = TypeVar("T")
# annotate(articles, today, copy): the annotations of `articles`, using pipeline copy number `copy`.
Annotate = Callable[[Sequence[Article], "date | None", int], list[T]]


def default_workers() -> int:
    """Extra threads worth running: one per available core beyond the calling thread's, capped."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(0, min(cores - 1, MAX_WORKERS))


def run(articles: Sequence[Article], today: date | None, annotate: Annotate[T], workers: int) -> list[T]:
    """`annotate` over `articles` in chunks shared by this thread and `workers` others; input order kept."""
    if workers < 1 or len(articles) < MIN_ARTICLES:
        return annotate(articles, today, 0)
    # The first article alone, before any helper starts: what loads lazily on first use (the gazetteer) loads once.
    first = annotate(articles[:1], today, 0)
    chunks = [articles[i : i + CHUNK] for i in range(1, len(articles), CHUNK)]
    todo = deque(range(len(chunks)))
    done: dict[int, list[T]] = {}

    def work(copy: int) -> None:
        while True:
            try:
                k = todo.popleft()  # atomic: each chunk goes to exactly one thread
            except IndexError:
                return
            done[k] = annotate(chunks[k], today, copy)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        helpers = [pool.submit(work, copy) for copy in range(1, workers + 1)]
        work(0)
        for helper in helpers:
            helper.result()  # re-raises a helper's error here
    return first + [notes for k in range(len(chunks)) for notes in done[k]]
