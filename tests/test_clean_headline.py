"""A page whose body is only a sign-up or paywall box keeps its headline as its text: the headline is all the
page says of its story, and a desk would rather read it than lose the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsweave.annotate import annotate
from newsweave.clean import clean, normalise
from newsweave.errors import EmptyInput
from newsweave.extract import extract
from newsweave.models import Document
from newsweave.options import Options

BOXES = ("Just One More Thing", "You are the owner of this article", "Already a subscriber?")


@pytest.fixture(scope="module")
def boxed(data_dir: Path) -> list[dict[str, str]]:
    """GVA crawls that caught only a login, newsletter or paywall box, with the page's headline."""
    with (data_dir / "gva" / "documents.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return [r for r in rows if r["text"].startswith(BOXES)]


def page(row: dict[str, str], title: str | None = None) -> Document:
    return Document(origin=row["doc_id"], content=row["text"], title=row["title"] if title is None else title)


def test_a_boxed_page_keeps_its_headline_as_text(boxed: list[dict[str, str]]) -> None:
    kept = [clean(page(r), Options()) for r in boxed if len(r["title"].split()) >= 4]
    assert len(kept) >= 20
    for article in kept:
        assert article.text == normalise(article.title or "")
        assert article.removed  # the box itself is listed as removed furniture


def test_without_a_headline_the_box_is_still_refused(boxed: list[dict[str, str]]) -> None:
    for row in boxed[:10]:
        with pytest.raises(EmptyInput, match="characters left after cleaning"):
            clean(page(row, title=""), Options())


def test_a_social_profile_title_is_not_a_headline(data_dir: Path) -> None:
    with (data_dir / "gva" / "documents.jsonl").open(encoding="utf-8") as handle:
        profiles = [r for r in map(json.loads, handle) if r["title"].endswith(" on Twitter")]
    assert profiles
    for row in profiles:
        with pytest.raises(EmptyInput):
            clean(page(row), Options())


def test_a_short_title_is_not_a_headline(boxed: list[dict[str, str]]) -> None:
    with pytest.raises(EmptyInput):
        clean(page(boxed[0], title="Obituaries"), Options())


def test_a_page_with_a_body_keeps_its_body(data_dir: Path) -> None:
    with (data_dir / "gva" / "documents.jsonl").open(encoding="utf-8") as handle:
        row = next(r for r in map(json.loads, handle) if len(r["text"]) > 2000 and r["title"])
    assert clean(page(row), Options()).text != normalise(row["title"])


def test_the_headline_alone_gives_the_figures(boxed: list[dict[str, str]]) -> None:
    row = next(r for r in boxed if "Three dead, two wounded" in r["title"])
    article = clean(page(row), Options())
    events, claims = extract(article, annotate(article))
    main = [c for c in claims if c.event == events[0].id]
    assert {(c.field, c.value) for c in main} >= {("killed", 3), ("injured", 2)}
