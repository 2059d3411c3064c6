"""Where annotate + extract spend their time on GVA reports, stage by stage, in CPU and wall seconds.

    python bench/speed.py [--limit N] [--batch N] [--workers N]

Models are loaded (and the first batch run) before timing, so the numbers are the steady state of a long
run. CPU time is reported next to wall time because the machine may be shared: the CPU figure is what the
code costs (every thread of the process: `annotate_many` shares big batches with `--workers` extra threads,
default one per spare core), the wall figure what this machine gave it just now.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from newsweave import places
from newsweave.annotate import annotate_many, parallel
from newsweave.extract import extract
from newsweave.models import Article
from newsweave.taxonomy import scorer

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


class Clock:
    """CPU and wall seconds per named part; parts nest (find_places runs inside annotate).

    A part run from one thread counts the whole process's CPU (its helper threads included); a part wrapped
    with `wrap` may run in several threads at once and counts each call's own thread."""

    def __init__(self) -> None:
        self.cpu: defaultdict[str, float] = defaultdict(float)
        self.wall: defaultdict[str, float] = defaultdict(float)

    @contextmanager
    def part(self, name: str, clock: Callable[[], float] = time.process_time) -> Iterator[None]:
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--workers", type=int, default=None, help="extra annotate threads (default: spare cores)")
    args = parser.parse_args()
    items = articles(args.limit + args.batch)
    warm, items = items[: args.batch], items[args.batch :]
    for article, warm_notes in zip(warm, annotate_many(warm, workers=args.workers), strict=True):
        extract(article, warm_notes)
    clock = Clock()
    places.find_places = clock.wrap("  find_places", places.find_places)  # type: ignore[assignment]
    scorer.classify_many = clock.wrap("  classify_many", scorer.classify_many)  # type: ignore[assignment]
    import newsweave.taxonomy as taxonomy

    taxonomy.classify_many = scorer.classify_many  # extract imports it from the package at call time
    for i in range(0, len(items), args.batch):
        chunk = items[i : i + args.batch]
        with clock.part("total"):
            with clock.part("annotate"):
                notes = annotate_many(chunk, workers=args.workers)
            with clock.part("extract"):
                for article, note in zip(chunk, notes, strict=True):
                    extract(article, note)
    n = len(items)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = parallel.default_workers() if args.workers is None else args.workers
    print(f"{n} GVA reports, {workers} extra annotate threads, peak RSS {peak:.0f} MB")
    print(f"{'part':16} {'cpu s':>7} {'wall s':>7} {'ms/article (cpu)':>17}")
    for name in ("total", "annotate", "  find_places", "extract", "  classify_many"):
        print(f"{name:16} {clock.cpu[name]:7.2f} {clock.wall[name]:7.2f} {1000 * clock.cpu[name] / n:17.1f}")
    print(f"articles/s: {n / clock.cpu['total']:.1f} per CPU second, {n / clock.wall['total']:.1f} per wall second")


if __name__ == "__main__":
    main()
