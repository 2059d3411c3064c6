"""Copies: the same text carried by several inputs, and near-copies (one wire story, lightly edited).

Exact copies collapse into one Article that remembers every origin. Near-copies stay separate articles (each
outlet is a witness) but point at their original through `copies_of`, so later stages do not count one wire
story as many independent sources.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH

from newsweave.models import Article

SHINGLE_WORDS = 5  # word 5-grams: shared by rewrites of one story, rare between different stories
NUM_PERM = 128
_WORD = re.compile(r"\w+", re.UNICODE)


def collapse(articles: Sequence[Article]) -> list[Article]:
    """Merge articles with the same content_hash into the first, keeping every origin."""
    first: dict[str, int] = {}
    merged: list[Article] = []
    for article in articles:
        at = first.get(article.content_hash)
        if at is None:
            first[article.content_hash] = len(merged)
            merged.append(article)
            continue
        kept = merged[at]
        origins = tuple(dict.fromkeys(kept.origins + (article.origins or (article.origin,))))
        merged[at] = dataclasses.replace(kept, origins=origins)
    return merged


def mark_near_copies(articles: Sequence[Article], threshold: float) -> list[Article]:
    """Set `copies_of` on each article that near-copies an earlier one (earliest published is the original)."""
    order = sorted(range(len(articles)), key=lambda i: _age_key(articles[i], i))
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    sketches: dict[int, MinHash] = {}
    rank = {i: r for r, i in enumerate(order)}
    original: dict[int, int] = {}
    for i in order:
        sketch = minhash(articles[i].text)
        matches = [int(k) for k in lsh.query(sketch) if sketch.jaccard(sketches[int(k)]) >= threshold]
        if matches:
            source = min(matches, key=lambda k: rank[k])
            original[i] = original.get(source, source)
        lsh.insert(str(i), sketch)
        sketches[i] = sketch
    return [_marked(a, articles, original.get(i)) for i, a in enumerate(articles)]


def minhash(text: str) -> MinHash:
    """MinHash of the lower-cased word 5-shingles (the whole text when it has fewer words)."""
    words = _WORD.findall(text.lower())
    n = min(SHINGLE_WORDS, max(1, len(words)))
    shingles = {" ".join(words[i : i + n]).encode("utf-8") for i in range(max(1, len(words) - n + 1))}
    sketch = MinHash(num_perm=NUM_PERM)
    sketch.update_batch(list(shingles))
    return sketch


def _age_key(article: Article, index: int) -> tuple[int, str, int]:
    """Earliest published first; undated articles after dated ones, in the order they were seen."""
    return (0, article.published, index) if article.published else (1, "", index)


def _marked(article: Article, articles: Sequence[Article], source: int | None) -> Article:
    if source is None or articles[source].id == article.id:
        return article
    return dataclasses.replace(article, copies_of=articles[source].id)
