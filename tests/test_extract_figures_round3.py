"""Third pass on casualty figures: the wound of the dead, one person with a wound, "she and three others", a group
and one more person, numbers of wounds and shots, and a headline's bare subject. Each rule on a real GVA sentence
or title read at test time (own sentences only where the reports have none, said so)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.extract import title_figures
from newsweave.extract.tables import table_for
from realtext import gva_sentence
from test_extract_figures_gva import counts, passage


@lru_cache(maxsize=1)
def _titles(path: str) -> tuple[str, ...]:
    with open(path, encoding="utf-8") as lines:
        return tuple(str(json.loads(line)["title"] or "") for line in lines)


def gva_title(data_dir: Path, title: str) -> str:
    """A GVA report's headline, read from the data (never copied here)."""
    path = data_dir / "gva" / "documents.jsonl"
    if not path.exists():
        pytest.skip("GVA documents not found")
    found = next((t for t in _titles(str(path)) if t.strip() == title), None)
    if found is None:
        pytest.skip(f"no GVA title {title!r}")
    return found


def headline(title: str) -> list[tuple[str, int]]:
    return [(f.field, f.value) for f in title_figures(title, "en", None, table_for("en"))]


# --- the wound of the dead ------------------------------------------------------------------------------


def test_wound_found_on_the_dead_is_no_injury(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "was pronounced dead at the scene upon their arrival and was found with one gunshot")
    assert counts(s) == [("killed", 1)]


def test_died_from_a_wound_is_no_injury(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "A 21-year-old man died from a close-range gunshot wound in Dickinson Saturday.")
    assert counts(s) == [("killed", 1)]


def test_a_second_person_with_a_wound_still_counts() -> None:
    # our own sentence: "another" is a second person, hurt, not the wound of the dead
    assert counts("One man was killed and another suffered a gunshot wound.") == [("killed", 1), ("injured", 1)]


# --- one person with a wound ----------------------------------------------------------------------------


def test_suffering_from_a_gunshot_wound_is_one_injured(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "An teenager was transported from the scene suffering from a gunshot wound to lower leg")
    assert counts(s) == [("injured", 1)]


def test_the_wound_of_someone_who_died_counts_nobody_hurt(data_dir: Path) -> None:
    s = passage(
        data_dir,
        "First responders arrived to find Martin suffering from a gunshot wound to her side",
    )
    assert counts(s + " She died at the hospital.") == [("killed", 1)]  # the death is our own sentence


# --- "she and three others": one more --------------------------------------------------------------------


def test_she_and_three_others_are_four(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "after she and three others were shot outside a Manassas nightclub")
    assert counts(s) == [("injured", 4)]


def test_he_who_died_is_not_one_more_hurt(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "A District man died Tuesday night after he and four others were shot")
    assert ("injured", 4) in counts(s)


def test_a_group_and_one_more_person(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Three men and a teenager were hurt in a drive-by shooting")
    assert counts(s) == [("injured", 4)]


def test_one_man_and_three_others_sum_as_parts() -> None:
    # our own sentence (no GVA report words it so): the parts are 1 man and 3 others, four in all
    from test_extract_figures_round2 import claims

    found = [(c.value, c.group) for c in claims("One man and three others were shot on Sunday.")]
    assert found == [(4, None), (1, "men"), (3, "others")]  # the sentence's sum told first (extract.event_figures)


@settings(deadline=None, max_examples=25)
@given(st.integers(min_value=2, max_value=30), st.sampled_from(["She", "A woman", "Smith"]))
def test_named_person_and_n_others_is_n_plus_one(n: int, who: str) -> None:
    assert counts(f"{who} and {n} others were shot on Sunday.") == [("injured", n + 1)]


# --- numbers of wounds and shots -----------------------------------------------------------------------


def test_two_gunshot_wounds_count_wounds_not_people(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "his stepdaughter had two gunshot wounds")
    assert ("injured", 2) not in counts(s)


def test_three_more_times_counts_shots(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Police then shot three more times, killing Gaines")
    assert counts(s) == [("killed", 1)]


# --- a headline's bare subject ------------------------------------------------------------------------------


def test_headline_man_with_age_killed_is_one(data_dir: Path) -> None:
    assert headline(gva_title(data_dir, "Man, 21, killed in accidental shooting")) == [("killed", 1)]


def test_headline_teen_found_shot_to_death_is_one(data_dir: Path) -> None:
    title = gva_title(data_dir, "Teen found shot to death in driveway of Fort Worth home")
    assert headline(title) == [("killed", 1)]


def test_headline_pair_found_dead_is_two(data_dir: Path) -> None:
    assert headline(gva_title(data_dir, "Father, daughter found dead in Fort Worth home")) == [("killed", 2)]


def test_headline_label_before_the_subject(data_dir: Path) -> None:
    title = gva_title(data_dir, "Police: Boy, 11, accidentally shot and killed by relative playing with gun")
    assert headline(title) == [("killed", 1)]


def test_headline_subject_needs_a_person(data_dir: Path) -> None:
    # "Body found ..." names no person noun the table knows: no count from the subject rule
    assert headline(gva_title(data_dir, "Body found in Noble Twp, investigation underway")) == []


def test_headline_rule_stays_out_of_body_text(data_dir: Path) -> None:
    # the title's words as the first of two sentences of a body (the second is our own): no bare-subject count
    title = gva_title(data_dir, "Man, 21, killed in accidental shooting")
    assert counts(f"{title}. Police are investigating.") == []


# --- someone else, alive, in a report with a death -------------------------------------------------------


def test_a_fourth_victim_with_a_wound_is_hurt(data_dir: Path) -> None:
    s = passage(data_dir, "The Conejos County Coroner confirmed Monday evening", "a fourth victim remains hospitalized")
    found = counts(s)
    assert found[0] == ("killed", 3) and ("injured", 1) in found


def test_recovering_from_a_wound_is_hurt(data_dir: Path) -> None:
    s = passage(data_dir, "Wells died from multiple gunshot wounds.", "Andrews is recovering from a gunshot wound")
    assert counts(s) == [("killed", 1), ("injured", 1)]


def test_death_time_before_the_wound_is_still_its_cause(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "where she was pronounced dead about 1 p.m. of a bullet wound")
    assert counts(s) == [("killed", 1)]


# --- numbers that are ages, decades or a gunshot --------------------------------------------------------------


def test_ages_after_the_people_are_no_count(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "two men, 33 and 19, were shot on East 94th Street")
    assert ("injured", 19) not in counts(s) and ("injured", 33) not in counts(s)


def test_a_decade_of_age_is_no_count(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "two people in their 20's shot this morning")
    assert counts(s) == [("injured", 2)]


def test_heard_one_shot_counts_nobody(data_dir: Path) -> None:
    assert counts(gva_sentence(data_dir, "He told Cavitt he heard one shot, the girl scream")) == []


def test_headline_n_shot_one_fatally(data_dir: Path) -> None:
    assert headline(gva_title(data_dir, "4 shot, one fatally, on St. Louis street")) == [("injured", 3), ("killed", 1)]


def test_headline_injures_five(data_dir: Path) -> None:
    title = gva_title(data_dir, "Shootout at St. Louis tavern popular with police leaves 1 dead, injures five")
    assert headline(title) == [("killed", 1), ("injured", 5)]


def test_headline_wounds_two_is_the_verb(data_dir: Path) -> None:
    title = gva_title(data_dir, "KC police investigate after shooting kills three and wounds two, including a toddler")
    assert headline(title) == [("killed", 3), ("injured", 2)]
