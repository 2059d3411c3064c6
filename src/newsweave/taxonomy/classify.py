"""Event typing (stub while the scorer is written)."""

from __future__ import annotations


def classify(text: str, language: str) -> tuple[str, str | None, float]:
    """Return (type, subtype, confidence) for an event's sentences."""
    return ("other", None, 0.0)


def classify_many(texts: list[str], languages: list[str]) -> list[tuple[str, str | None, float]]:
    """`classify` over many events at once."""
    return [classify(t, lang) for t, lang in zip(texts, languages, strict=True)]
