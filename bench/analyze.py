"""Throughput of the whole `newsweave analyze` on the GVA texts: ingest → clean → … → reconcile, as the CLI runs it.

    python bench/analyze.py [--limit N]

The GVA texts are written as JSONL rows (id, url, language, published, title, text) to a temporary file, never
into the repository, and analyzed into a fresh SQLite store; then analyzed again on the same store, where the
extractions and vectors are read back from the store. Big batches run in worker processes (one per core), so
CPU time and peak RSS count this process and its workers. Prints articles/s (wall and CPU), peak RSS, and how
many events came out. Embedding (the multilingual sentence encoder) is the slow stage of a first run.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import newsweave
from newsweave.options import Options
from speed import cpu_seconds, peak_mb  # this process and its worker processes

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "gva" / "documents.jsonl"


def write_rows(path: Path, limit: int | None) -> int:
    rows = 0
    with path.open("w", encoding="utf-8") as out:
        for line in DATA.open(encoding="utf-8"):
            doc = json.loads(line)
            row = {"id": doc["doc_id"], "url": doc["url"], "language": "en", "published": doc["dct"],
                   "title": doc["title"], "text": doc["text"]}  # fmt: skip
            out.write(json.dumps(row) + "\n")
            rows += 1
            if limit and rows >= limit:
                break
    return rows


def timed(inputs: list[str], options: Options) -> tuple[newsweave.Result, float, float]:
    wall, cpu = time.perf_counter(), cpu_seconds()
    result = newsweave.analyze(inputs, options)
    return result, time.perf_counter() - wall, cpu_seconds() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N GVA texts (default: all)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = write_rows(Path(tmp) / "gva.jsonl", args.limit)
        options = Options(db=str(Path(tmp) / "bench.db"))
        print(f"{'run':28} {'rows':>6} {'articles':>8} {'events':>7} {'wall s':>7} {'art/s wall':>10} "
              f"{'art/s CPU':>9} {'peak MB':>8}")  # fmt: skip
        for run in ("first run (fresh store)", "second run (same store)"):
            result, wall, cpu = timed([str(Path(tmp) / "gva.jsonl")], options)
            n = len(result.articles)
            peak = peak_mb()
            print(f"{run:28} {rows:6} {n:8} {len(result.events):7} {wall:7.1f} {n / wall:10.1f} {n / cpu:9.1f} "
                  f"{peak:8.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
