"""Perpetrators: a capitalised word that only describes the attackers names no one ("Unidentified gunmen killed").

No sentence of ../shared opens with such a description before an attack verb, so these are sentences written for
the test in the wording wire reports use; the named groups beside them must stay named."""

from __future__ import annotations

import pytest

from newsweave.extract.actors import perpetrators
from newsweave.extract.tables import table_for

EN = table_for("en")


def _names(sentence: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.certainty) for a in perpetrators(sentence, (0, len(sentence)), EN)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Unidentified gunmen killed two policemen at a checkpoint on Sunday.",
        "Masked gunmen shot the man outside his home, witnesses said.",
        "Heavily armed gunmen stormed the hotel before dawn.",
        "Unknown assailants and masked gunmen attacked the convoy.",
    ],
)
def test_a_description_of_the_attackers_is_no_perpetrator(sentence: str) -> None:
    assert _names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name", "certainty"),
    [
        ("Taliban fighters attacked the checkpoint overnight.", "Taliban", "stated"),
        ("Suspected Boko Haram militants killed 12 villagers.", "Boko Haram", "suspected"),
    ],
)
def test_a_named_group_before_the_same_words_stays_named(sentence: str, name: str, certainty: str) -> None:
    assert (name, certainty) in _names(sentence)
