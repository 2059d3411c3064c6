"""Reading real sentences from ../shared at test time (never copied into the repository)."""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

import pytest

from newsweave.models import Article


def sentence_with(text: str, needle: str) -> str:
    """The sentence (or line) of `text` that contains `needle`."""
    at = text.index(needle)
    starts = [m.end() for m in re.finditer(r"[.!?]\s+|\n", text[:at])]
    start = starts[-1] if starts else 0
    end_match = re.search(r"[.!?](?=\s|$)|\n", text[at + len(needle):])
    end = at + len(needle) + (end_match.end() if end_match else len(text) - at - len(needle))
    return text[start:end]


@lru_cache(maxsize=1)
def _gva_texts(path: str) -> tuple[str, ...]:
    with open(path, encoding="utf-8") as f:
        return tuple(json.loads(line)["text"] for line in f)


def gva_article(data_dir: Path, needle: str) -> Article:
    """The GVA report whose text contains `needle`, as an English article published on its crawl date."""
    with (data_dir / "gva" / "documents.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            if needle in doc["text"]:
                return Article(
                    doc["doc_id"], doc["url"], doc["text"], doc["doc_id"], language="en", published=doc["dct"]
                )
    pytest.skip(f"no GVA report contains {needle!r}")


@lru_cache(maxsize=1)
def _gva_docs(path: str) -> dict[str, dict[str, str]]:
    with open(path, encoding="utf-8") as f:
        return {doc["doc_id"]: doc for doc in map(json.loads, f)}


def gva_doc(data_dir: Path, doc_id: str) -> dict[str, str]:
    """The GVA report record (title, text, dct, url) with this doc_id."""
    docs = _gva_docs(str(data_dir / "gva" / "documents.jsonl"))
    if doc_id not in docs:
        pytest.skip(f"no GVA report {doc_id}")
    return docs[doc_id]


def gva_report(data_dir: Path, doc_id: str) -> Article:
    """The GVA report with this doc_id as an English article with its title and URL, published on its crawl day."""
    doc = gva_doc(data_dir, doc_id)
    return Article(id=doc_id, origin=doc_id, text=doc["text"], content_hash=doc_id, title=doc["title"],
                   language="en", published=doc["dct"][:10], url=doc.get("url"))


def sentence_span(text: str, needle: str) -> tuple[int, int]:
    """From `needle` to the next full stop: the span of a sentence that starts with it."""
    start = text.index(needle)
    end = text.find(".", start + len(needle))
    return start, end + 1 if end >= 0 else len(text)


def gva_sentence(data_dir: Path, needle: str) -> str:
    for text in _gva_texts(str(data_dir / "gva" / "documents.jsonl")):
        if needle in text:
            return sentence_with(text, needle)
    pytest.skip(f"{needle!r} not in the GVA documents")


def seed_sentence(seeds_dir: Path, needle: str) -> str:
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if needle in text:
            return sentence_with(text, needle)
    pytest.skip(f"{needle!r} not in the seeds")


def muc_sentence(data_dir: Path, needle: str) -> str:
    path = data_dir / "muc4" / "raw" / "muc34" / "TASK" / "CORPORA" / "tst4" / "tst4-muc4.mixed-case"
    if not path.exists():
        pytest.skip("MUC-4 tst4 mixed-case text not found")
    text = re.sub(r"\s*\n\s*", " ", path.read_text(encoding="latin-1"))
    if needle not in text:
        pytest.skip(f"{needle!r} not in MUC-4")
    return sentence_with(text, needle)


def main_date(article: Article, today: date | None = None) -> str | None:
    """The date newsweave gives the article's main event (annotate + extract, as the CLI does)."""
    from newsweave.annotate import annotate
    from newsweave.extract import extract

    events, _ = extract(article, annotate(article, today=today))
    return events[0].date


SEMEVAL = Path("semeval2022_task8") / "partial_texts_train_subset"


@cache
def _semeval(folder: str) -> dict[str, str]:
    texts: dict[str, str] = {}
    for name in ("hfl_training_set_example.csv", "hfl_testing_set_example.csv"):
        path = Path(folder) / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                for i, text_id in enumerate(row["pair_id"].split("_")[:2], start=1):
                    texts[text_id] = row[f"text{i}"]
    return texts


def semeval_text(data_dir: Path, text_id: str, needle: str) -> str:
    """SemEval-2022 text `text_id` (both CSV files; each row holds a pair), skipping when it is absent or lacks
    `needle`."""
    text = _semeval(str(data_dir / SEMEVAL)).get(text_id)
    if text is None or needle not in text:
        pytest.skip(f"SemEval text {text_id} with {needle!r} not found")
    return text


def dates_of(sentence: str, published: date) -> list[tuple[str, bool, bool]]:
    """Each date an English sentence states: its text, kept as an event date, tied to the happening."""
    from newsweave.annotate.times import find_times
    from newsweave.extract.dates import event_times, happening
    from newsweave.extract.tables import table_for

    english, span = table_for("en"), (0, len(sentence))
    times = find_times(sentence, "en", published)
    kept = event_times(sentence, span, times, english)
    return [(t.text, t in kept, happening(sentence, span, t, english)) for t in times]


MUC4_CORPORA = ("muc4", "raw", "muc34", "TASK", "CORPORA")


@cache
def muc4_text(data_dir: Path, name: str) -> str:
    """One MUC-4 test file ("tst3/tst3-muc4") with its hard line breaks joined, read at test time."""
    path = data_dir.joinpath(*MUC4_CORPORA, name)
    if not path.exists():
        pytest.skip(f"MUC-4 text not found at {path}")
    return re.sub(r"\s*\n\s*", " ", path.read_text(encoding="latin-1"))
