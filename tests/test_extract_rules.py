"""Each extraction rule on a real sentence (GVA, CASE 2021, MUC-4; read at test time) or, for languages with no
data here, on a sentence written for the test."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from newsweave.extract import extract
from newsweave.models import Claim
from test_extract_support import annotate_by_hand, article

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@cache
def _corpus(name: str) -> str:
    path = {
        "gva": SHARED / "gva" / "documents.jsonl",
        "case": SHARED / "case2021_task2" / "test_set_final_release_with_labels.tsv",
        "muc": SHARED / "muc4" / "raw" / "muc34" / "TASK" / "CORPORA" / "tst4" / "tst4-muc4.mixed-case",
    }[name]
    if not path.exists():
        pytest.skip(f"real data not found at {path}")
    if name == "gva":
        return "\n".join(json.loads(line)["text"] for line in path.open(encoding="utf-8"))
    return path.read_text(encoding="utf-8")


def sentence(corpus: str, needle: str) -> str:
    """The sentence of the corpus that contains `needle`."""
    text = _corpus(corpus)
    at = text.index(needle)
    start = max(text.rfind("\n", 0, at), text.rfind("\t", 0, at)) + 1
    end = re.compile(r"\.(?:\s|$)|\n").search(text, at + len(needle))
    return text[start : end.start() + 1 if end else len(text)]


def claims_of(text: str, language: str = "en", times: tuple[tuple[str, str, str, bool], ...] = ()) -> list[Claim]:
    a = article(text, language)
    return list(extract(a, annotate_by_hand(a, times=times))[1])


def figures(claims: list[Claim]) -> set[tuple[str, object, str, str | None]]:
    fields = {"killed", "injured", "kidnapped", "released", "missing", "arrested", "displaced", "affected"}
    return {(c.field, c.value, c.qualifier, c.group) for c in claims if c.field in fields}


# --- figures: tying a number to its cue -----------------------------------------------------------


def test_verb_before_number_with_part_of_total() -> None:
    s = sentence("case", "killing 6 civilians, including 2 women")
    assert figures(claims_of(s)) == {("killed", 6, "exact", None), ("killed", 2, "exact", "women")}


def test_two_cues_in_one_sentence_each_take_their_number() -> None:
    s = sentence("case", "wounding eight soldiers, Syrian regime media said")
    got = claims_of(s)
    assert figures(got) == {("injured", 8, "exact", None), ("killed", 12, "exact", None)}
    sources = {c.field: c.attributed_to for c in got if c.field in ("injured", "killed")}
    assert sources == {"injured": "Syrian regime media", "killed": "the Syrian Observatory for Human Rights"}


def test_left_dead_and_others_injured() -> None:
    s = sentence("gva", "left one man dead and six others injured")
    assert figures(claims_of(s)) == {("killed", 1, "exact", None), ("injured", 6, "exact", None)}


def test_list_of_groups_shares_the_verb() -> None:
    s = sentence("gva", "killing 12 soldiers and one civilian and wounding 29 others")
    assert figures(claims_of(s)) == {
        ("killed", 13, "exact", None),  # the parts' sum, told first (extract.event_figures)
        ("killed", 12, "exact", "soldiers"),
        ("killed", 1, "exact", "civilians"),
        ("injured", 29, "exact", None),
    }


def test_date_number_is_not_a_count() -> None:
    s = sentence("gva", "was shot and killed May 23 in the 9500 block")
    assert figures(claims_of(s)) == {("killed", 1, "exact", None)}
    assert figures(claims_of(s, times=(("May 23", "2014-05-23", "day", False),))) == {("killed", 1, "exact", None)}


def test_part_clause_between_total_and_verb() -> None:
    s = sentence("gva", "eight people, including five children, were killed")
    assert figures(claims_of(s)) == {("killed", 8, "exact", None), ("killed", 5, "exact", "children")}


def test_at_least_and_conjoined_second_figure() -> None:
    s = sentence("gva", "at least eight people were killed and 12 wounded")
    assert figures(claims_of(s)) == {("killed", 8, "at_least", None), ("injured", 12, "exact", None)}


def test_singular_subject_and_has_died() -> None:
    s = sentence("gva", "A man has died and at least five people were wounded")
    assert figures(claims_of(s)) == {("killed", 1, "exact", None), ("injured", 5, "at_least", None)}


def test_ages_are_not_counts_and_singulars_count_one() -> None:
    s = sentence("gva", "Another 5-year-old was hurt and Juliet Lynch was killed")
    assert figures(claims_of(s)) == {("injured", 1, "exact", None), ("killed", 1, "exact", None)}


def test_subject_of_an_active_verb_is_not_a_victim_count() -> None:
    s = sentence("case", "Three suicide bombers killed 19 people")
    got = claims_of(s)
    assert figures(got) == {("killed", 19, "exact", None)}
    perps = {(c.value, c.certainty) for c in got if c.field == "perpetrator"}
    assert ("Boko Haram", "blamed") in perps
    assert {c.attributed_to for c in got if c.field == "killed"} == {"civilian militia leaders"}


def test_have_been_killed_including_children() -> None:
    s = sentence("case", "at least 258 people have been killed, including 11 children")
    assert figures(claims_of(s)) == {("killed", 258, "at_least", None), ("killed", 11, "exact", "children")}


def test_aside_between_count_and_verb_and_more_than() -> None:
    s = sentence("case", "mostly BNP leaders and activists, were arrested")
    assert figures(claims_of(s)) == {("arrested", 110, "more_than", None)}


def test_lives_claimed_of_a_number() -> None:
    s = sentence("gva", "claimed the lives of three fellow law enforcement officers")
    assert ("killed", 3, "exact", None) in figures(claims_of(s))


def test_n_out_of_m_counts_n() -> None:
    s = sentence("case", "13 out of 19 crew members have been abducted")
    got = figures(claims_of(s))
    assert ("kidnapped", 13, "exact", None) in got and not [f for f in got if f[1] == 19]


def test_participles_take_their_own_numbers() -> None:
    s = sentence("case", "killing 28 people and wounding 82")
    assert figures(claims_of(s)) == {("killed", 28, "exact", None), ("injured", 82, "exact", None)}


def test_taken_to_hospital_where_he_died_is_one_death_only() -> None:
    s = sentence("gva", "was taken to the hospital, where he was pronounced dead a short time later")
    s = s[s.index("Jawad") :]  # the page runs its sentences together without spaces
    assert figures(claims_of(s)) == {("killed", 1, "exact", None)}


def test_shot_in_a_limb_is_an_injury() -> None:
    s = sentence("gva", "A 20-year-old man was shot in the arm and back")
    s = s[s.index("A 20-year-old man was shot in the arm") :]
    assert figures(claims_of(s)) == {("injured", 1, "exact", None)}


def test_list_of_parts_without_a_table_group_keeps_its_noun() -> None:
    s = sentence("gva", "Four adults and two children were killed in a domestic situation")
    assert {("killed", 4, "exact", "adults"), ("killed", 2, "exact", "children")} <= figures(claims_of(s))


def test_a_conjunction_ends_the_clause_of_a_cue_before_it() -> None:
    s = sentence("gva", "One person is dead and three others are being treated for injuries")
    assert ("killed", 3, "exact", None) not in figures(claims_of(s))
    assert ("killed", 1, "exact", None) in figures(claims_of(s))


def test_revised_toll() -> None:
    # no revised toll in the shared data: a sentence written for the test
    got = claims_of("The death toll rose to 61 on Sunday, the ministry said.")
    assert {(c.field, c.value, c.qualifier, c.attributed_to) for c in got if c.field == "killed"} == {
        ("killed", 61, "revised", "the ministry")
    }


# --- actors ---------------------------------------------------------------------------------------


def test_claimed_responsibility() -> None:
    s = sentence("case", "Islamic State (IS) militants claimed responsibility for two bomb attacks")
    perps = {(c.value, c.certainty) for c in claims_of(s) if c.field == "perpetrator"}
    assert perps == {("Islamic State", "claimed")}


def test_blamed_on() -> None:
    s = sentence("case", "in a tank attack officials blamed on a militia group")
    got = claims_of(s)  # the toll itself is 13 words before its verb: too far for a rule (see report)
    assert {(c.value, c.certainty) for c in got if c.field == "perpetrator"} == {("militia", "blamed")}


def test_suspected() -> None:
    s = sentence("case", "in a grenade attack by suspected rebels inside the complex")
    perps = {(c.value, c.certainty) for c in claims_of(s) if c.field == "perpetrator"}
    assert perps == {("rebels", "suspected")}


def test_muc_claimed_responsibility_keeps_the_acronym() -> None:
    s = sentence("muc", "MOR claimed responsibility for the killing")
    perps = {(c.value, c.certainty) for c in claims_of(s) if c.field == "perpetrator"}
    assert any(str(name).endswith("MOR") and certainty == "claimed" for name, certainty in perps)


def test_group_named_before_its_fighters_and_verb() -> None:
    s = sentence("muc", "FARC rebels killed 28 soldiers during an ambush")
    got = claims_of(s.replace("\n", " "))
    assert ("killed", 28, "exact", None) in figures(got)
    assert ("FARC", "stated") in {(c.value, c.certainty) for c in got if c.field == "perpetrator"}


# --- other languages (sentences written for the tests) ---------------------------------------------

FOREIGN = [
    ("fr", "Au moins 12 personnes ont été tuées, selon l'OSDH.", ("killed", 12, "at_least"), "l'OSDH"),
    ("fr", "20 civils ont été enlevés samedi, a indiqué la police.", ("kidnapped", 20, "exact"), "la police"),
    ("fr", "L'attaque a fait 8 blessés, d'après le ministère.", ("injured", 8, "exact"), "le ministère"),
    ("fr", "L'OSDH avait fait état d'un bilan initial de 36 morts.", ("killed", 36, "initial"), "L'OSDH"),
    (
        "es",
        "Al menos 15 personas murieron en el ataque, según la Cruz Roja.",
        ("killed", 15, "at_least"),
        "la Cruz Roja",
    ),
    (
        "es",
        "Unos 30 civiles fueron secuestrados, de acuerdo con fuentes locales.",
        ("kidnapped", 30, "about"),
        "fuentes locales",
    ),
    ("de", "Mindestens 7 Menschen wurden getötet, laut der Polizei.", ("killed", 7, "at_least"), "der Polizei"),
    ("de", "Nach Angaben der Behörden wurden 40 Menschen verletzt.", ("injured", 40, "exact"), "Behörden"),
    ("ar", "قتل 12 شخصا بحسب المرصد السوري.", ("killed", 12, "exact"), "المرصد السوري"),
    ("ar", "أصيب 5 جنود وفقا لمصادر طبية.", ("injured", 5, "exact"), "مصادر طبية"),
    ("tr", "Saldırıda 9 kişi öldü, valiliğe göre.", ("killed", 9, "exact"), "valiliğe"),
    ("tr", "AFP'ye göre 14 kişi yaralandı.", ("injured", 14, "exact"), "AFP"),
]


@pytest.mark.parametrize(("language", "text", "figure", "source"), FOREIGN)
def test_other_languages(language: str, text: str, figure: tuple[str, int, str] | None, source: str) -> None:
    got = claims_of(text, language)
    if figure is not None:
        assert figure in {(c.field, c.value, c.qualifier) for c in got}
    assert source in {c.attributed_to for c in got if c.field not in ("type",)}


def test_french_perpetrator_attributed() -> None:
    got = claims_of(
        "Au moins 53 personnes ont été tuées dans une attaque attribuée au groupe État islamique (EI).", "fr"
    )
    assert ("État islamique", "attributed") in {(c.value, c.certainty) for c in got if c.field == "perpetrator"}
