"""The event taxonomy (stub; being filled in)."""

from __future__ import annotations


def classify(text: str, language: str) -> tuple[str, str | None, float]:
    """Return (type, subtype, confidence) for an event's sentences."""
    return ("other", None, 0.0)
