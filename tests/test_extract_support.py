"""Hand-built annotations for extraction tests: sentences, numbers, dates, places found by plain rules.

Tests of `extract` must not depend on another stage being finished, so they build `Annotations` here from
substrings of the real texts (read at test time) and a small number reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hypothesis import given
from hypothesis import strategies as st

from newsweave.models import Annotations, Article, Entity, Place, PlaceMention, Quantity, TimeExpr

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
_VAGUE = {"dozens": (24, 24, 99), "hundreds": (200, 200, 999), "dozen": (12, 12, 12)}
_QUAL = {"at least": "at_least", "more than": "more_than", "about": "about", "nearly": "about", "up to": "up_to"}
_WORDS = "|".join(sorted(list(_UNITS) + list(_VAGUE), key=len, reverse=True))
_NUMBER = re.compile(rf"(?i)\b(?:\d[\d,]*\d|\d|(?:{_WORDS})(?:-(?:{_WORDS}))?)\b")


def number_value(text: str) -> int | None:
    """Digits with thousands commas, or an English number word ("fifty-three")."""
    t = text.lower().replace(",", "")
    if t.isdigit():
        return int(t)
    total = 0
    for part in t.split("-"):
        if part not in _UNITS:
            return None
        total += _UNITS[part]
    return total


def quantities(text: str) -> tuple[Quantity, ...]:
    found = []
    for m in _NUMBER.finditer(text):
        word = m.group(0).lower()
        before = text[max(0, m.start() - 10) : m.start()].lower()
        qualifier = next((q for k, q in _QUAL.items() if before.rstrip().endswith(k)), "exact")
        if word in _VAGUE:
            value, low, high = _VAGUE[word]
            found.append(Quantity(m.span(), m.group(0), value, low, high, "about"))
            continue
        number = number_value(word)
        if number is not None:
            found.append(Quantity(m.span(), m.group(0), number, number, number, qualifier))
    return tuple(found)


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in re.finditer(r"(?<=[.!?])[”\"]?\s+(?=[A-Z“\"])", line.group(0)):
            end = line.start() + m.start() + (1 if line.group(0)[m.start()] in '”"' else 0)
            spans.append((start, end))
            start = line.start() + m.end()
        spans.append((start, line.end()))
    return tuple((a, b) for a, b in spans if text[a:b].strip())


def locate(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    assert len(starts) > nth, f"{needle!r} not found in the text"
    return starts[nth], starts[nth] + len(needle)


def annotate_by_hand(
    article: Article,
    times: Iterable[tuple[str, str, str, bool]] = (),
    places: Iterable[tuple[str, Place, str | None]] = (),
    entities: Iterable[tuple[str, str]] = (),
) -> Annotations:
    """Annotations from substrings: times as (substring, ISO value, precision, relative)."""
    text = article.text
    time_exprs = tuple(
        TimeExpr(locate(text, s), s, v, p, r)  # type: ignore[arg-type]
        for s, v, p, r in times
    )
    place_mentions = tuple(PlaceMention(locate(text, s), s, pl, rel) for s, pl, rel in places)
    ents = tuple(Entity(locate(text, s), s, label) for s, label in entities)
    return Annotations(article.id, sentences(text), ents, quantities(text), time_exprs, place_mentions)


def article(text: str, language: str = "en", published: str | None = None, aid: str = "a1") -> Article:
    return Article(aid, "test", text, "hash", language=language, published=published)


def test_number_words_read_like_digits() -> None:
    assert number_value("Fifty-three") == 53
    assert number_value("1,014") == 1014
    assert number_value("truffles") is None


@given(st.integers(min_value=0, max_value=10_000_000))
def test_digits_with_thousands_commas_round_trip(n: int) -> None:
    assert number_value(f"{n:,}") == n
    (q,) = quantities(f"x {n:,} y")
    assert q.value == n
