"""Benchmark the foundation stages (clean + language + store) on real texts and on generated article pages.

    python bench/ingest.py [--limit N] [--pages 500]

Rows: GVA texts (read with ingest.read from documents.jsonl), ECB+ texts (tokens joined back into sentences),
a generated HTML set (GVA texts wrapped into article pages with nav, share bar, newsletter box, related links,
comments and footer) and trafilatura.extract alone on the same pages. The last column compares our whole
ingest on the pages to trafilatura alone (target: at most 1.25). Models are warmed up before timing, so the
one-time loads (lingua's language models, trafilatura's imports) are not in the rates.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import resource
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsweave.clean import clean
from newsweave.errors import InputError
from newsweave.ingest import read
from newsweave.language import detect
from newsweave.models import Article, Document
from newsweave.options import Options

SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
GVA = SHARED / "data" / "gva" / "documents.jsonl"
ECB = SHARED / "data" / "ecbplus" / "ECB+_LREC2014" / "ECB+"


@dataclass
class Row:
    name: str
    articles: int
    seconds: float
    memory_mb: float
    note: str = ""

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(name: str, work: Callable[[], int], note: str = "") -> Row:
    before = max_rss_mb()
    start = time.perf_counter()
    count = work()
    return Row(name, count, time.perf_counter() - start, max_rss_mb() - before, note)


def ingest(docs: Iterable[Document | InputError], options: Options, store: object | None) -> int:
    """Our ingest after reading: clean, detect the language, store. Returns the number of articles."""
    articles: list[Article] = []
    for doc in docs:
        if isinstance(doc, InputError):
            continue
        try:
            articles.append(detect(clean(doc, options), options))
        except InputError:
            continue
    if store is not None:
        store.add_articles(articles)  # type: ignore[attr-defined]
    return len(articles)


def store(folder: str, name: str) -> object | None:
    return open_store(str(Path(folder) / name))


def open_store(folder: str) -> object | None:
    try:
        from newsweave.store import SQLiteStore
    except ImportError:
        return None
    return SQLiteStore(str(Path(folder) / "bench.db"))


# --- inputs ---------------------------------------------------------------------------------------------


def gva_rows(limit: int | None) -> list[dict[str, str]]:
    with GVA.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return rows[:limit]


def ecb_documents(limit: int | None) -> list[Document]:
    paths = sorted(ECB.glob("*/*.xml"))[:limit]
    return [Document(origin=str(p), content=ecb_text(p)) for p in paths]


def ecb_text(path: Path) -> str:
    """ECB+ stores tokens; join them back into one line per sentence."""
    sentences: dict[str, list[str]] = {}
    for token in ET.parse(path).getroot().iter("token"):
        sentences.setdefault(token.get("sentence", "0"), []).append(token.text or "")
    return "\n".join(" ".join(words) for words in sentences.values())


NAV = ["Home", "News", "Local", "Crime", "Politics", "Sports", "Weather", "Traffic", "Opinion", "Obituaries"]


def article_page(row: dict[str, str], related: Sequence[str], rng: random.Random) -> str:
    """A realistic local-news article page around one GVA text."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in row["text"].split("\n") if p.strip())
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV)
    links = "".join(f'<li><a href="/story/{rng.randint(1, 10**6)}">{html.escape(t)}</a></li>' for t in related)
    title = html.escape(row["title"] or "Local news")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Channel 7 News</title>
<meta property="og:site_name" content="Channel 7 News"><meta property="article:published_time" content="{row["dct"]}">
<style>body{{font-family:sans-serif}} .share a{{margin:2px}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script></head>
<body><header><div class="logo"><a href="/">Channel 7 News</a></div><nav><ul>{nav}</ul></nav>
<div class="breaking">BREAKING NEWS: Watch live coverage now</div></header>
<main><div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/local">Local</a></div>
<article><h1>{title}</h1><div class="byline">By Staff Reporter, {row["dct"]}</div>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a> <a href="#">Print</a></div>
<div class="body">{paragraphs}</div></article>
<div class="newsletter"><h3>Sign up for our newsletter</h3><p>Get the top headlines delivered to your inbox.</p>
<form><input type="email" placeholder="Email"><button>Subscribe</button></form></div>
<aside class="related"><h3>Related stories</h3><ul>{links}</ul></aside>
<section class="comments"><h3>Comments</h3><p>You must be logged in to post a comment.</p></section></main>
<footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
<li><a href="/privacy">Privacy policy</a></li></ul><p>Copyright 2016 Channel 7 News. All rights reserved.</p>
<p>Download the Channel 7 News app</p></footer></body></html>"""


def html_pages(rows: Sequence[dict[str, str]], count: int) -> list[str]:
    rng = random.Random(7)
    chosen = [r for r in rows if len(r["text"]) > 400][:count]
    titles = [r["title"] for r in rows if r["title"]]
    return [article_page(r, rng.sample(titles, 5), rng) for r in chosen]


# --- runs -----------------------------------------------------------------------------------------------


def warm_up(options: Options, page: str) -> None:
    """Load lingua's models and trafilatura once, before anything is timed."""
    for text in (
        "Police said two men were shot.",
        "La police a arrêté deux hommes.",
        "Die Polizei nahm zwei Männer fest.",
    ):
        detect(clean(Document(origin="warm", content=text), options), options)
    clean(Document(origin="warm.html", content=page, kind="html"), options)


def trafilatura_alone(pages: Sequence[str]) -> int:
    import trafilatura

    return sum(1 for page in pages if trafilatura.extract(page))


def run(limit: int | None, page_count: int) -> list[Row]:
    options = Options()
    rows = gva_rows(limit)
    pages = html_pages(rows, page_count if limit is None else min(page_count, limit))
    ecb = ecb_documents(limit)
    warm_up(options, pages[0])
    with tempfile.TemporaryDirectory() as folder:
        gva_path = Path(folder) / "gva.jsonl"
        gva_path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        gva_read = read([str(gva_path)], options)
        docs = [Document(origin=f"page{i}.html", content=p, kind="html") for i, p in enumerate(pages)]
        results = [
            measure("GVA texts (read+clean+language+store)", lambda: ingest(gva_read, options, store(folder, "g"))),
            measure("ECB+ texts (clean+language+store)", lambda: ingest(ecb, options, store(folder, "e"))),
            measure("trafilatura.extract alone, HTML pages", lambda: trafilatura_alone(pages)),
            measure("our ingest, HTML pages (clean+language+store)", lambda: ingest(docs, options, store(folder, "h"))),
        ]
    return results


def render(results: list[Row], store_used: bool) -> None:
    base = next(r for r in results if r.name.startswith("trafilatura"))
    header = ("set", "articles", "seconds", "articles/s", "peak mem Δ MB", "× trafilatura")
    lines = [header]
    for r in results:
        ratio = f"{r.seconds / base.seconds:.2f}" if "HTML" in r.name and base.seconds else ""
        lines.append((r.name, str(r.articles), f"{r.seconds:.2f}", f"{r.rate:.1f}", f"{r.memory_mb:.0f}", ratio))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        cells = [
            cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(line, widths, strict=True))
        ]
        print("  ".join(cells))
    print("store: newsweave.store.SQLiteStore" if store_used else "store: not available, skipped")
    print("peak mem Δ: growth of the process's max RSS during the row (rows run in order; 0 = no new peak)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="at most N texts per set")
    parser.add_argument("--pages", type=int, default=500, help="generated HTML pages (default 500)")
    args = parser.parse_args(argv)
    if not GVA.exists() or not ECB.exists():
        print(f"shared data not found under {SHARED}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        store_used = open_store(folder) is not None
    render(run(args.limit, args.pages), store_used)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
