"""Regression: French and Spanish participles that are also nouns ("blessés", "heridos"), and adverbs that
mark a first count ("initialement", "inicialmente", "initially"). Sentences written for these tables."""

from __future__ import annotations

import hashlib

import pytest

from newsweave.annotate import annotate
from newsweave.extract import extract
from newsweave.models import Article


def _figures(text: str, language: str) -> list[tuple[str, int, str]]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    article = Article(id="t", origin="test", text=text, content_hash=digest, language=language, published="2026-03-15")
    _, claims = extract(article, annotate(article))
    return [(c.field, int(c.value), c.qualifier) for c in claims if c.field in {"killed", "injured"}
            and isinstance(c.value, int)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Trois pompiers ont été légèrement blessés lors de l'intervention, selon la préfecture.", "fr",
         ("injured", 3, "exact")),
        ("Les secours ont compté 40 blessés après l'explosion.", "fr", ("injured", 40, "exact")),
        ("Cinco policías resultaron heridos en el ataque, según la fiscalía.", "es", ("injured", 5, "exact")),
        ("El gobierno regional había informado inicialmente de 19 muertos.", "es", ("killed", 19, "initial")),
        ("La préfecture avait initialement fait état de 12 morts.", "fr", ("killed", 12, "initial")),
        ("Officials initially reported 19 dead after the crash.", "en", ("killed", 19, "initial")),
    ],
)
def test_participles_and_first_counts(text: str, language: str, expected: tuple[str, int, str]) -> None:
    assert expected in _figures(text, language)
