"""Throughput of the whole `newsweave analyze` on the GVA texts: ingest → clean → … → reconcile, one process.

    python bench/analyze.py [--limit N]

The GVA texts are written as JSONL rows (id, url, language, published, title, text) to a temporary file, never
into the repository, and analyzed into a fresh SQLite store; then analyzed again on the same store, where the
extractions and vectors are read back from the store. Prints articles/s (wall and process CPU), peak RSS, and
how many events came out. Embedding (the multilingual sentence encoder) is the slow stage of a first run.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

import newsweave
from newsweave.options import Options

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
    wall, cpu = time.perf_counter(), time.process_time()
    result = newsweave.analyze(inputs, options)
    return result, time.perf_counter() - wall, time.process_time() - cpu


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
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{run:28} {rows:6} {n:8} {len(result.events):7} {wall:7.1f} {n / wall:10.1f} {n / cpu:9.1f} "
                  f"{peak:8.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
