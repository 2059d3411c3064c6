"""Places: resolve place names in a text to GeoNames entries (stub; being filled in)."""

from __future__ import annotations

from collections.abc import Sequence

from newsweave.models import Entity, PlaceMention


def find_places(text: str, entities: Sequence[Entity], language: str) -> tuple[PlaceMention, ...]:
    """Every place mention in `text` with a resolved Place."""
    return ()
