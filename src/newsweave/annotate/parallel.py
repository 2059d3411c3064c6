"""Worker processes for big batches: spaCy's NER is most of annotate's time.

Threads sharing one process gained only 1.4x on two cores, because much of spaCy's per-token work holds the
GIL. So big batches go to worker processes that run only spaCy and send back what annotate reads from it —
sentence spans and entities, as plain tuples — while the calling process computes numbers, times and places
of one chunk as the workers parse the next.

The pool starts on the first big batch and lives until the interpreter exits, like the loaded models it
holds: a long run loads each model once per worker. Workers start from a fork server (a clean process), never
as a fork of the caller, which may hold threads or locks. If a worker dies (out of memory, killed), the pool
is dropped and the batch is parsed in the calling process: slower, never lost.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import cache

from newsweave.models import Span

CHUNK = 8  # texts per task: small enough to keep every worker busy, big enough for spaCy's batching
MIN_TEXTS = 2 * CHUNK  # below this the calling process parses alone: starting workers costs more
MAX_WORKERS = 4  # each holds its own models (~400 MB for English)
BATCH_SIZE = 32  # spaCy's nlp.pipe batch

# What annotate reads from spaCy for one text: sentence spans, and entities as (start, end, text, label).
Parse = tuple[list[Span], list[tuple[int, int, str, str]]]


def default_workers() -> int:
    """Worker processes worth starting: one per available core, capped; none on a single core."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return 0 if cores < 2 else min(cores, MAX_WORKERS)


def parse_here(language: str, texts: Sequence[str]) -> list[Parse]:
    """Sentence spans and entities of `texts`, parsed in this process."""
    from newsweave.annotate.nlp import load

    docs = load(language).pipe(texts, batch_size=BATCH_SIZE)
    return [
        ([(s.start_char, s.end_char) for s in d.sents], [(e.start_char, e.end_char, e.text, e.label_) for e in d.ents])
        for d in docs
    ]


def parse(language: str, texts: Sequence[str], workers: int) -> Iterator[Parse]:
    """parse_here's results in input order, from `workers` processes when the batch is big enough.

    Results are yielded as soon as their chunk is parsed, so the caller's own work on them overlaps the
    parsing of the chunks after."""
    if workers < 1 or len(texts) < MIN_TEXTS:
        yield from parse_here(language, texts)
        return
    chunks = [texts[i : i + CHUNK] for i in range(0, len(texts), CHUNK)]
    try:
        pending: list[Future[list[Parse]]] = [_pool(workers).submit(parse_here, language, c) for c in chunks]
    except (BrokenProcessPool, RuntimeError):  # the pool died earlier or is shutting down
        _pool.cache_clear()
        yield from parse_here(language, texts)
        return
    for k, future in enumerate(pending):
        try:
            parsed = future.result()
        except BrokenProcessPool:
            _pool.cache_clear()
            for rest in chunks[k:]:
                yield from parse_here(language, rest)
            return
        yield from parsed


@cache
def _pool(workers: int) -> ProcessPoolExecutor:
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method))
