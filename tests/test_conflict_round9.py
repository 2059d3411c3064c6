"""Perpetrator wordings found on MUC-4 DEV messages (wire copy in capitals), read at test time."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsweave.extract.actors import _balanced, perpetrators
from newsweave.extract.tables import table_for
from realtext import MUC4_CORPORA, muc4_text


def _found(data_dir: Path, number: int, needle: str) -> list[tuple[str, str | None]]:
    """Perpetrators in the window around `needle` in the DEV file of message `number` (line breaks joined)."""
    low = (number - 1) // 100 * 100 + 1
    text = muc4_text(data_dir, f"dev/dev-muc3-{low:04d}-{low + 99:04d}")
    if needle not in text:
        pytest.skip(f"{needle!r} not in the DEV file of message {number}")
    at = text.index(needle)
    window = text[max(0, at - 120) : at + 100]
    return [(a.name, a.certainty) for a in perpetrators(window, (0, len(window)), table_for("en"))]


def test_denied_claim_names_no_one(data_dir: Path) -> None:
    assert _found(data_dir, 197, "NO GROUP HAS CLAIMED RESPONSIBILITY") == []
    assert _found(data_dir, 150, "NO PERSON OR TERRORIST ORGANIZATION HAS YET CLAIMED") == []
    assert _found(data_dir, 210, "THE FMLN HAS NOT YET CLAIMED RESPONSIBILITY") == []


def test_a_phrase_naming_the_act_is_no_actor(data_dir: Path) -> None:
    assert _found(data_dir, 89, "BY THE RESUMPTION OF REBEL ATTACKS") == []


def test_grammar_word_is_no_actor(data_dir: Path) -> None:
    assert _found(data_dir, 365, "FIVE MEN SUSPECTED OF KILLING") == []


def test_accepted_responsibility_after_a_dateline(data_dir: Path) -> None:
    assert _found(data_dir, 141, "THE SALVADORAN ARMY ACCEPTED RESPONSIBILITY") == [("SALVADORAN ARMY", "claimed")]


def test_organisation_head_in_capitals_claims(data_dir: Path) -> None:
    assert _found(data_dir, 214, "THE ZARATE WILKA GROUP HAS CLAIMED") == [("ZARATE WILKA", "claimed")]


def test_group_calling_itself_and_a_time_before_the_verb(data_dir: Path) -> None:
    assert _found(data_dir, 182, "A GROUP CALLING ITSELF THE GERARDO") == [("GERARDO BARRIOS COMMANDO UNIT", "claimed")]


def test_group_claims_it_did_the_act(data_dir: Path) -> None:
    found = _found(data_dir, 204, "CLAIMS IT SEIZED EL SALITRE")
    assert found and found[0][1] == "claimed" and found[0][0].startswith("FARABUNDO MARTI NATIONAL LIBERATION FRONT")


def test_attributed_the_attack_to_a_fact_names_no_one(data_dir: Path) -> None:
    names = [
        name
        for name, certainty in _found(data_dir, 210, "HE ATTRIBUTED THE ATTACK TO THE FACT")
        if certainty == "attributed"
    ]
    assert names == []


def test_responsible_for_the_massacre_names_the_army(data_dir: Path) -> None:
    assert _found(data_dir, 22, "MEMBERS OF THE ARMY WERE RESPONSIBLE FOR THE MASSACRE") == [("ARMY", "attributed")]


def test_accuses_names_the_accused_not_the_accuser(data_dir: Path) -> None:
    assert _found(data_dir, 634, "THE PRESIDENCY ACCUSES THE DEATH SQUADS") == [("DEATH SQUADS", "blamed")]


def test_named_group_carried_out_the_attack(data_dir: Path) -> None:
    assert _found(data_dir, 242, "(FMLN) CARRIED OUT THE ATTACK") == [
        ("FARABUNDO MARTI NATIONAL LIBERATION FRONT", "stated")
    ]


def test_carried_out_by_a_state_unit(data_dir: Path) -> None:
    assert _found(data_dir, 662, "CARRIED OUT BY THE 6TH MILITARY") == [("6TH MILITARY DETACHMENT", "stated")]


def test_blamed_on_and_blamed_for(data_dir: Path) -> None:
    assert _found(data_dir, 637, "HAS BLAMED ON ARMY AND GOVERNMENT") == [("ARMY", "blamed")]
    assert _found(data_dir, 542, "THE AUTHORITIES BLAMED THE LEFTIST") == [
        ("LEFTIST ARMY OF NATIONAL LIBERATION", "blamed")
    ]


def test_attributed_to_an_organisation_by_its_head(data_dir: Path) -> None:
    assert _found(data_dir, 508, "ATTRIBUTED TO THE DRUG MAFIAS") == [("DRUG MAFIAS", "attributed")]


def test_the_work_of_guerrillas_of_a_named_army(data_dir: Path) -> None:
    assert _found(data_dir, 644, "THE WORK OF GUERRILLAS") == [("MAOIST POPULAR LIBERATION ARMY", "attributed")]


def test_state_bodies_responsible_for(data_dir: Path) -> None:
    assert _found(data_dir, 635, "ARE RESPONSIBLE FOR THE DYNAMITE") == [("ARMED FORCES", "attributed")]


def test_an_article_inside_a_phrase_before_the_verb_opens_the_name(data_dir: Path) -> None:
    assert _found(data_dir, 257, "THUS FAR THIS YEAR THE ELN HAS CARRIED OUT") == [("ELN", "stated")]


def test_a_generic_word_names_no_one(data_dir: Path) -> None:
    assert _found(data_dir, 188, "NEWS SOURCES BLAMED THE GROUP FOR") == []
    assert _found(data_dir, 804, "DECLINED BLAMING ANY GROUP FOR") == []


def test_a_lone_letter_names_no_one(data_dir: Path) -> None:
    assert _found(data_dir, 1253, "MEMBERS OF [THE U.S.] CONGRESS") == []


def test_a_sentence_cut_inside_a_bracket(data_dir: Path) -> None:
    """A sentence cut after "[" (as spaCy cuts "...FRONT [ | FMLN] URBAN COMMANDOS") keeps no stray bracket."""
    path = data_dir.joinpath(*MUC4_CORPORA, "dev", "dev-muc3-0101-0200")
    if not path.exists():
        pytest.skip(f"MUC-4 text not found at {path}")
    line = next((x for x in path.read_text(encoding="latin-1").splitlines() if "[FMLN] URBAN COMMANDOS DES" in x), "")
    if not line:
        pytest.skip("the line is not in the DEV file")
    piece = line[line.index("FMLN]") :]
    assert [a.name for a in perpetrators(piece, (0, len(piece)), table_for("en"))] == ["FMLN", "FMLN URBAN"]


@given(st.text(alphabet="AB []()", max_size=30))
def test_balanced_leaves_no_stray_bracket(name: str) -> None:
    kept = _balanced(name)
    for opening, closing in ("[]", "()"):
        depth = 0
        for c in kept:
            depth += (c == opening) - (c == closing)
            assert depth >= 0
        assert depth == 0


@given(st.sampled_from(["ELN", "Shining Path", "FMLN", "Taliban"]), st.sampled_from(["not", "never", "not yet"]))
def test_denied_claim_in_any_case(group: str, negation: str) -> None:
    for sentence in (
        f"The {group} has {negation} claimed responsibility.",
        f"THE {group.upper()} HAS {negation.upper()} CLAIMED RESPONSIBILITY.",
    ):
        assert [
            a for a in perpetrators(sentence, (0, len(sentence)), table_for("en")) if a.certainty == "claimed"
        ] == []


def test_brackets_around_a_gloss_stay() -> None:
    assert _balanced("EPL [Popular Liberation Army]") == "EPL [Popular Liberation Army]"
    assert re.fullmatch(r"FMLN", _balanced("[FMLN]"))
