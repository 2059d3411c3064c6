"""Second pass on casualty figures: a killer's own death, numbers that name no people, a lone group that is a
story's actors, and the hurt who later died. Each rule on a real GVA sentence read at test time (the demo's
bus-crash sentence is our own)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsweave.annotate.numbers import find_quantities
from newsweave.extract import extract
from newsweave.models import Claim
from test_extract_figures_gva import counts, passage
from test_extract_support import annotate_by_hand, article


def claims(text: str) -> list[Claim]:
    a = article(text)
    by_hand = annotate_by_hand(a)
    found = extract(a, replace(by_hand, quantities=tuple(find_quantities(text, "en"))))[1]
    return [c for c in found if c.field in ("killed", "injured")]


# --- the killer's own death ----------------------------------------------------------------------------


def test_killed_n_and_himself_adds_the_killer(data_dir: Path) -> None:
    s = passage(data_dir, "who killed four classmates and himself")
    assert counts(s) == [("killed", 5)]


def test_committed_suicide_is_one_death(data_dir: Path) -> None:
    s = passage(data_dir, "a student shot five people at the school before he committed suicide")
    assert ("killed", 1) in counts(s)


def test_shot_someone_and_himself_is_no_death() -> None:
    # our own sentence: "and himself" says who was hit, not who died
    assert not [c for c in counts("A man shot his wife and himself on Sunday, police said.") if c[0] == "killed"]


# --- numbers that count no people --------------------------------------------------------------------


def test_mother_of_three_is_no_toll(data_dir: Path) -> None:
    s = passage(data_dir, "mother of three who lives across the street from the shooting")
    assert counts(s) == []


def test_a_club_number_is_no_count(data_dir: Path) -> None:
    assert counts(passage(data_dir, "five people were shot at Club 21")) == [("injured", 5)]


def test_an_age_range_in_years_is_no_count(data_dir: Path) -> None:
    s = passage(data_dir, "The four men — who range from 19 to 34 years — were shot")
    assert ("injured", 19) not in counts(s) and ("injured", 4) in counts(s)


@given(st.integers(2, 12), st.sampled_from(["mother", "father", "grandmother"]))
def test_parent_of_n_never_counts(n: int, parent: str) -> None:
    assert counts(f"Jane Doe, a {parent} of {n}, was not hurt.") == []


@given(st.integers(13, 60), st.integers(1, 40))
def test_age_ranges_never_count(low: int, span: int) -> None:
    text = f"Four men were wounded. They range from {low} to {low + span} years."
    assert counts(text) == [("injured", 4)]


# --- a lone group after a toll -------------------------------------------------------------------------


def test_a_lone_group_is_not_a_breakdown(data_dir: Path) -> None:
    s = passage(data_dir, "Kenneth Mills, a 22-year-old black man, was shot and killed", "three black men entered")
    assert counts(s) == [("killed", 1)]


# --- the hurt who later died ---------------------------------------------------------------------------


def test_n_of_the_injured_died_is_a_part_of_the_dead() -> None:
    text = "The death toll rose to 23 on Sunday, the Red Cross said, after four of the injured died in hospital."
    found = [(c.field, c.value, c.group) for c in claims(text)]
    assert found == [("killed", 23, None), ("killed", 4, "of the injured")]


def test_one_of_the_wounded_has_died_is_no_injured(data_dir: Path) -> None:
    s = passage(data_dir, "One of the wounded has died according to Atlanta police")
    assert [(c.field, c.group) for c in claims(s)] == [("killed", "of the wounded")]


def test_left_a_name_and_a_person_dead_counts_two(data_dir: Path) -> None:
    s = passage(data_dir, "that left Fryberg and a female student dead")
    assert ("killed", 2) in counts(s)


def test_left_one_wounded_and_one_dead_is_not_a_pair() -> None:
    # our own sentence: the first conjunct carries its own casualty word
    assert counts("The shooting left a man wounded and a woman dead.") == [("injured", 1), ("killed", 1)]
