"""copies: exact copies collapse with every origin kept; near-copies point at the earliest original."""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.clean import clean
from newsweave.copies import collapse, mark_near_copies, minhash
from newsweave.errors import EmptyInput
from newsweave.models import Article, Document
from newsweave.options import Options

THRESHOLD = Options().near_copy_threshold


def make(text: str, origin: str, published: str | None = None, id: str | None = None) -> Article:
    return clean(Document(origin=origin, content=text, published=published, id=id), Options())


@pytest.fixture(scope="module")
def gva(data_dir: Path) -> list[Article]:
    out = []
    with (data_dir / "gva" / "documents.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            try:
                out.append(make(row["text"], row["url"], row["dct"], row["doc_id"]))
            except EmptyInput:
                continue
    return out


def rewrite(text: str, every: int, seed: int = 0) -> str:
    """A programmatic rewrite: every n-th word replaced (1 in 100 keeps ~0.9 of the 5-shingles)."""
    rng = random.Random(seed)
    words = text.split(" ")
    for i in range(every - 1, len(words), every):
        words[i] = rng.choice(["reportedly", "local", "several", "the", "officials"])
    return " ".join(words)


def test_exact_copies_collapse_keeping_origins(seeds_dir: Path) -> None:
    raw = (seeds_dir / "000_54238e0e7c00323c.txt").read_text(encoding="utf-8")
    other = (seeds_dir / "001_8e0099bf666eafa2.txt").read_text(encoding="utf-8")
    articles = [make(raw, "feed-a"), make(other, "b.txt"), make(raw, "c.html"), make(raw, "feed-a")]
    merged = collapse(articles)
    assert [a.origin for a in merged] == ["feed-a", "b.txt"]
    assert merged[0].origins == ("feed-a", "c.html")
    assert merged[1] == articles[1]


def test_gva_near_duplicate_reports_are_marked(gva: list[Article]) -> None:
    """GVA has a Deseret News story republished by KSL a year later: the later one copies the earlier."""
    marked = {a.id: a for a in mark_near_copies(collapse(gva), THRESHOLD)}
    assert marked["062ee9685b407c30599c9d2298418754"].copies_of is None
    assert marked["4142acec5074d883ff7a892a725bb1eb"].copies_of == "062ee9685b407c30599c9d2298418754"
    copies = [a for a in marked.values() if a.copies_of]
    assert 1 <= len(copies) <= 20  # different local reports of one shooting are not copies


def test_gva_rewritten_variant_is_a_copy_of_the_original(gva: list[Article]) -> None:
    base = next(a for a in gva if len(a.text.split()) > 300)
    light = make(rewrite(base.text, every=100), "rewrite", "2030-01-01")
    heavy = make(rewrite(base.text, every=3, seed=1), "heavy", "2030-01-01")
    others = [a for a in gva[:200] if a.id != base.id]
    marked = mark_near_copies([light, heavy, *others, base], THRESHOLD)
    assert marked[0].copies_of == base.id  # listed first, but published later than the original
    assert marked[1].copies_of is None  # every third word changed: a different text
    assert marked[-1].copies_of is None


def test_earliest_published_is_the_original(seeds_dir: Path) -> None:
    raw = (seeds_dir / "000_54238e0e7c00323c.txt").read_text(encoding="utf-8")
    late = make(rewrite(raw, every=100), "late", "2023-02-19", id="late")
    early = make(raw, "early", "2023-02-18", id="early")
    undated = make(rewrite(raw, every=120, seed=2), "undated", id="undated")
    marked = mark_near_copies([undated, late, early], THRESHOLD)
    assert [a.copies_of for a in marked] == ["early", "early", None]


def test_distinct_stories_are_not_copies(seeds_dir: Path) -> None:
    """The two seeds tell the same event in different words: same event, not the same text."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    marked = mark_near_copies([make(t, f"s{i}") for i, t in enumerate(texts)], THRESHOLD)
    assert all(a.copies_of is None for a in marked)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(alphabet="abcde ", min_size=0, max_size=60), max_size=6))
def test_collapse_and_mark_keep_every_origin_and_point_at_roots(texts: list[str]) -> None:
    articles = [
        Article(id=f"a{i}", origin=f"o{i}", text=t, content_hash=t, origins=(f"o{i}",)) for i, t in enumerate(texts)
    ]
    merged = collapse(articles)
    assert len(merged) == len(set(texts))
    assert sorted(o for a in merged for o in a.origins) == sorted(a.origin for a in articles)
    marked = {a.id: a for a in mark_near_copies(merged, THRESHOLD)}
    originals = [marked[a.copies_of] for a in marked.values() if a.copies_of]
    assert all(o.copies_of is None for o in originals)  # copies point at the root original, never a chain


def test_minhash_of_identical_texts_match() -> None:
    text = "Police said two men were wounded in a shooting on Main Street on Friday night."
    assert minhash(text).jaccard(minhash(text)) == 1.0
    assert minhash("").jaccard(minhash("")) == 1.0
    assert dataclasses.is_dataclass(Article)
