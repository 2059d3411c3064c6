"""Alias tables and fuzzy matching: which names merge, and which must stay apart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsweave.aliases import ORGANISATIONS, OUTLETS, canonical, narrows, same


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("OSDH", "source", "Syrian Observatory for Human Rights"),
        ("SOHR", "source", "Syrian Observatory for Human Rights"),
        ("the Observatory", "source", "Syrian Observatory for Human Rights"),
        ("The Syrian Observatory for Human Rights (OSDH)", "source", "Syrian Observatory for Human Rights"),
        ("l'Observatoire syrien des droits de l'homme", "source", "Syrian Observatory for Human Rights"),
        ("المرصد السوري لحقوق الإنسان", "source", "Syrian Observatory for Human Rights"),
        ("Syrian Observatory for Human Right", "source", "Syrian Observatory for Human Rights"),  # fuzzy: a typo
        ("IS", "actor", "Islamic State"),
        ("ISIL", "actor", "Islamic State"),
        ("the Islamic State group", "actor", "Islamic State"),
        ("Daesh terrorists", "actor", "Islamic State"),
        ("État islamique", "actor", "Islamic State"),
        ("Estado Islámico", "actor", "Islamic State"),
        ("Islamischer Staat", "actor", "Islamic State"),
        ("داعش", "actor", "Islamic State"),
        ("IŞİD", "actor", "Islamic State"),
        ("DEAŞ", "actor", "Islamic State"),
        ("the terrorists of IS", "actor", "Islamic State"),
        ("Cham FM", "source", "Sham FM"),
        ("the pro-government radio station Sham FM", "source", "Sham FM"),
        ("state TV", "source", "state television"),
        ("Syrian TV", "source", "Syrian state television"),
        ("US Central Command", "source", "US Central Command"),
        ("CENTCOM", "source", "US Central Command"),
        ("the US military", "source", "US Central Command"),
        ("ONU", "source", "United Nations"),
        ("Agence France-Presse", "outlet", "AFP"),
        ("Associated Press", "outlet", "AP"),
        ("https://www.france24.com/en/middle-east/", "outlet", "france24.com"),
    ],
)
def test_canonical_merges(name: str, kind: str, expected: str) -> None:
    assert canonical(name, kind) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("Sham FM", "Shams FM", "source"),  # Shams FM is a Tunisian radio
        ("Syrian army", "Syrian Observatory", "actor"),
        ("Syrian state television", "SANA", "source"),  # the agency is not the broadcaster
        ("Syrian state television", "Iranian state television", "source"),
        ("Human Rights Watch", "Syrian Observatory for Human Rights", "source"),
        ("Islamic State", "Syrian army", "actor"),
        ("Reuters", "AFP", "outlet"),
        ("Army", "Syrian Army", "source"),
        ("", "IS", "actor"),
    ],
)
def test_different_names_stay_apart(a: str, b: str, kind: str) -> None:
    assert not same(a, b, kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("Syrian Arab Army", "Syrian army", "actor"),
        ("Audi", "Walid Audi", "source"),  # a bare surname names the person
        ("OSDH", "the Syrian Observatory for Human Rights", "source"),
        ("Islamic State (IS)", "Daesh", "actor"),
    ],
)
def test_same_names_merge(a: str, b: str, kind: str) -> None:
    assert same(a, b, kind)  # type: ignore[arg-type]


def test_seed_sources_resolve_as_their_sentences_name_them(seeds_dir: Path) -> None:
    """Every source the two seed reports name resolves to its table entry."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt")))
    names = {
        "Syrian state television": "Syrian state television",
        "Cham FM": "Sham FM",
        "Sham FM": "Sham FM",
        "Syrian Observatory for Human Rights (OSDH)": "Syrian Observatory for Human Rights",
        "the Observatory": "Syrian Observatory for Human Rights",
        "the US military": "US Central Command",
        "the US Central Command": "US Central Command",
    }
    for name, expected in names.items():
        assert re.search(re.escape(name), text), name
        assert canonical(name, "source") == expected


def test_every_alias_maps_to_its_own_entry() -> None:
    for table, kind in ((ORGANISATIONS, "source"), (OUTLETS, "outlet")):
        for name, aliases in table.items():
            assert all(canonical(alias, kind) == name for alias in aliases), name  # type: ignore[arg-type]


@given(st.text(max_size=60), st.sampled_from(["source", "actor", "outlet"]))
def test_canonical_never_crashes_and_is_stable(name: str, kind: str) -> None:
    once = canonical(name, kind)  # type: ignore[arg-type]
    assert canonical(once, kind) == once  # type: ignore[arg-type]
    assert same(name, name, kind) == bool(name.strip())  # type: ignore[arg-type]


def test_general_names_narrow_to_a_specific_one() -> None:
    assert narrows("state TV", "Syrian state television", "source")
    assert narrows("police", "Miami-Dade police", "source")
    assert not narrows("Syrian state television", "state television", "source")
    assert not narrows("state television", "Syrian Observatory for Human Rights", "source")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("policji", "policja"),  # Polish cases of one word: "według policji", "policja podała"
        ("la polizia", "la questura"),
        ("полиции", "полиция"),
        ("поліції", "поліція"),
        ("de politie", "the police"),
    ],
)
def test_police_in_each_language_is_one_source(a: str, b: str) -> None:
    assert same(a, b, "source")
