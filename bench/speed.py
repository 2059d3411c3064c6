"""Where annotate + extract spend their time on GVA reports, stage by stage, in CPU and wall seconds.

    python bench/speed.py [--limit N] [--batch N] [--workers N]

Two passes over the same reports: one in a single process, its parts timed (where the time goes); one as
the pipeline runs, big batches shared by worker processes (the throughput a user gets).

Models are loaded (and the first batch run) before timing, so the numbers are the steady state of a long
run. CPU time is reported next to wall time because the machine may be shared: the CPU figure is what the
code costs (this process and its worker processes), the wall figure what this machine gave it just now.
Peak memory adds the workers' peaks to this process's.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from newsweave import places, taxonomy
from newsweave.annotate import annotate_many
from newsweave.models import Article
from newsweave.pipeline import extract_each
from newsweave.taxonomy import scorer
from newsweave.workers import default_workers

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "gva" / "documents.jsonl"


def articles(limit: int) -> list[Article]:
    out = []
    for line in DATA.open(encoding="utf-8"):
        doc = json.loads(line)
        if doc["text"].strip():
            out.append(Article(doc["doc_id"], doc["url"], doc["text"], doc["doc_id"], language="en",
                               published=doc["dct"]))
        if len(out) >= limit:
            break
    return out


def _descendants(pid: int) -> list[int]:
    """Every process below `pid` (the pool's workers are children of its fork server, not ours)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *_descendants(child)]
    return found


def _stat(pid: int, field: str) -> float:
    try:
        if field == "cpu":
            parts = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(parts[11]) + int(parts[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # MB
    except OSError:  # the process ended meanwhile
        pass
    return 0.0


def cpu_seconds() -> float:
    """CPU time of this process and its worker processes."""
    return time.process_time() + sum(_stat(p, "cpu") for p in _descendants(os.getpid()))


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return own + sum(_stat(p, "peak") for p in _descendants(os.getpid()))


class Clock:
    """CPU and wall seconds per named part; parts nest (find_places runs inside annotate).

    A part run from the main thread counts the CPU of this process and its workers; a part wrapped with
    `wrap` counts each call's own thread (it runs in this process)."""

    def __init__(self) -> None:
        self.cpu: defaultdict[str, float] = defaultdict(float)
        self.wall: defaultdict[str, float] = defaultdict(float)

    @contextmanager
    def part(self, name: str, clock: Callable[[], float] = cpu_seconds) -> Iterator[None]:
        cpu, wall = clock(), time.perf_counter()
        try:
            yield
        finally:
            self.cpu[name] += clock() - cpu
            self.wall[name] += time.perf_counter() - wall

    def wrap(self, name: str, function: Callable[..., object]) -> Callable[..., object]:
        def timed(*args: object, **kwargs: object) -> object:
            with self.part(name, time.thread_time):
                return function(*args, **kwargs)

        return timed


def run(warm: list[Article], items: list[Article], batch: int, workers: int, clock: Clock) -> None:
    """annotate + extract as the pipeline runs them, batch by batch, after a warm-up batch."""
    list(extract_each(list(zip(warm, annotate_many(warm, workers=workers), strict=True)), {}, workers))
    for i in range(0, len(items), batch):
        chunk = items[i : i + batch]
        with clock.part("total"):
            with clock.part("annotate"):
                notes = annotate_many(chunk, workers=workers)
            with clock.part("extract"):
                list(extract_each(list(zip(chunk, notes, strict=True)), {}, workers))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    args = parser.parse_args()
    items = articles(args.limit + args.batch)
    warm, items = items[: args.batch], items[args.batch :]
    workers = default_workers() if args.workers is None else args.workers
    # Where the time goes: everything in this process, its parts timed.
    alone = Clock()
    find_places, classify_many = places.find_places, scorer.classify_many
    places.find_places = alone.wrap("  find_places", find_places)  # type: ignore[assignment]
    scorer.classify_many = alone.wrap("  classify_many", classify_many)  # type: ignore[assignment]
    taxonomy.classify_many = scorer.classify_many  # extract imports it from the package at call time
    run(warm, items, args.batch, 0, alone)
    places.find_places, scorer.classify_many, taxonomy.classify_many = find_places, classify_many, classify_many
    # As the pipeline runs: big batches shared by the worker processes.
    shared = Clock()
    run(warm, items, args.batch, workers, shared)
    n = len(items)
    print(f"{n} GVA reports; peak RSS of all processes {peak_mb():.0f} MB")
    print(f"{'part':28} {'cpu s':>7} {'wall s':>7} {'ms/article (cpu)':>17} {'articles/s (wall)':>18}")
    parts = ("total", "annotate", "  find_places", "extract", "  classify_many")
    rows = [(f"one process: {name}", alone, name) for name in parts]
    rows += [(f"{workers} workers: {name}", shared, name) for name in ("total", "annotate", "extract")]
    for label, clock, name in rows:
        rate = f"{n / clock.wall[name]:18.1f}" if name == "total" else ""
        print(f"{label:28} {clock.cpu[name]:7.2f} {clock.wall[name]:7.2f} {1000 * clock.cpu[name] / n:17.1f} {rate}")


if __name__ == "__main__":
    main()
