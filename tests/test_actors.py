"""Perpetrator rules on real MUC-4 sentences (TST3 in capitals, TST4 in mixed case), read at test time."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.extract.actors import perpetrators
from newsweave.extract.tables import table_for
from realtext import muc4_text


def _found(data_dir: Path, name: str, needle: str) -> list[tuple[str, str | None]]:
    """Perpetrators in the window of text around `needle` (TST3's lines carry no sentence ends)."""
    text = muc4_text(data_dir, name)
    if needle not in text:
        pytest.skip(f"{needle!r} not in {name}")
    at = text.index(needle)
    window = text[max(0, at - 120) : at + 100]
    return [(a.name, a.certainty) for a in perpetrators(window, (0, len(window)), table_for("en"))]


TST3, TST4 = "tst3/tst3-muc4", "tst4/tst4-muc4.mixed-case"


def test_capitals_accused_names_the_group_not_the_charge(data_dir: Path) -> None:
    assert _found(data_dir, TST3, "ACCUSED THE FMLN") == [("FMLN", "blamed")]


def test_capitals_stop_words_end_the_name(data_dir: Path) -> None:
    assert _found(data_dir, TST3, "BY THE FMLN AGAINST") == [("FMLN", "stated")]


def test_capitals_pronoun_is_no_perpetrator(data_dir: Path) -> None:
    assert _found(data_dir, TST3, "ACCUSED HIM OF") == []


def test_capitals_generic_attack_word_is_no_named_group(data_dir: Path) -> None:
    assert _found(data_dir, TST3, "TERRORIST ATTACK") == []


def test_group_units_as_subject(data_dir: Path) -> None:
    assert _found(data_dir, TST3, "FMLN GUERRILLA UNITS AMBUSHED") == [("FMLN GUERRILLA", "stated")]


def test_named_group_before_attack_noun(data_dir: Path) -> None:
    assert _found(data_dir, TST4, "during an FMLN attack") == [("FMLN", "stated")]


def test_bracketed_gloss_and_adverb_before_verb(data_dir: Path) -> None:
    assert _found(data_dir, TST4, "(ELN) guerrillas today kidnapped") == [("National Liberation Army", "stated")]
    assert _found(data_dir, TST4, "EPL [Popular Liberation Army] guerrillas blew") == [
        ("EPL [Popular Liberation Army]", "stated")
    ]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("وتبنى تنظيم الدولة الإسلامية الهجوم في بيان.", "ar", [("الدولة الإسلامية", "claimed")]),
        ("اختطف مسلحون 40 مسافرا على طريق قرب مدينة سبها.", "ar", [("مسلحون", "stated")]),
        (
            "Die Terrormiliz Islamischer Staat (IS) reklamierte den Anschlag für sich.",
            "de",
            [("Islamischer Staat", "claimed")],
        ),
        ("Les autorités l'ont attribué à l'État islamique au Sahel.", "fr", [("État islamique", "attributed")]),
        ("Le JNIM a revendiqué l'attaque.", "fr", [("JNIM", "claimed")]),
        ("El Clan del Golfo reivindicó el atentado.", "es", [("Clan del Golfo", "claimed")]),
        ("Die Hamas bekannte sich zu dem Anschlag.", "de", [("Hamas", "claimed")]),
        ("Zu dem Anschlag bekannte sich die Hamas.", "de", [("Hamas", "claimed")]),
        ("وتبنت حركة الشباب الهجوم.", "ar", [("حركة الشباب", "claimed")]),
        ("Saldırıyı terör örgütü PKK üstlendi.", "tr", [("PKK", "claimed")]),
        ("PKK saldırıyı üstlendi.", "tr", [("PKK", "claimed")]),
    ],
)
def test_other_languages(sentence: str, language: str, expected: list[tuple[str, str]]) -> None:
    """Sentences written for the test: caseless Arabic words stop a name; verb-first Arabic; "für sich"."""
    got = [(a.name, a.certainty) for a in perpetrators(sentence, (0, len(sentence)), table_for(language))]
    assert got == expected


def test_group_forces_as_subject(data_dir: Path) -> None:
    assert _found(data_dir, TST3, "FMLN FORCES AMBUSHED") == [("FMLN", "stated")]


def test_named_group_unit(data_dir: Path) -> None:
    assert _found(data_dir, TST3, "AN FMLN UNIT WAS") == [("FMLN", "stated")]


def test_suspected_group_without_the_verb(data_dir: Path) -> None:
    """ "Suspected guerrillas dynamited at dusk a bridge": the verb is no part of the name, and the capitalised
    "Suspected" before the group names no one."""
    assert _found(data_dir, TST4, "Suspected guerrillas dynamited") == [("guerrillas", "suspected")]


def test_act_named_by_the_pattern_itself(data_dir: Path) -> None:
    """A group with its deed ("FMLN UNITS WOUNDED") describes the happening; a lone "by X" does not."""
    text = muc4_text(data_dir, TST3)
    at = text.index("FMLN UNITS WOUNDED")
    acts = [a.names_the_act for a in perpetrators(text[at : at + 60], (0, 60), table_for("en"))]
    assert acts == [True]
    at = text.index("BY THE FMLN AGAINST")
    assert [a.names_the_act for a in perpetrators(text[at : at + 40], (0, 40), table_for("en"))] == [False]
