"""More casualty rules for Gun Violence Archive-style counts, each on a real report sentence read at test time.

Killed is everyone who died, injured the people hit who lived. These rules read deaths and wounds phrased
without a number ("was gunned down", "killed his girlfriend and her daughter"), and keep apart what is not a
new count of people (a partitive, a headline, "nearly killed", "it was a gunshot wound").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsweave.annotate.numbers import find_quantities
from newsweave.extract import extract
from newsweave.extract.figures import Cue, _listed
from newsweave.extract.segment import _days_after
from newsweave.extract.tables import table_for
from test_extract_figures_gva import counts, passage
from test_extract_support import annotate_by_hand, article


def groups(text: str, times: tuple[tuple[str, str, str, bool], ...] = ()) -> list[tuple[str, int, str | None]]:
    a = article(text)
    by_hand = replace(annotate_by_hand(a, times), quantities=tuple(find_quantities(text, "en")))
    events, claims = extract(a, by_hand)
    main = [c for c in claims if c.event == events[0].id]
    return [(c.field, c.value, c.group) for c in main if c.field in ("killed", "injured")]


# --- deaths and wounds with no number --------------------------------------------------------------


def test_gunned_down_is_one_killed(data_dir: Path) -> None:
    assert counts(passage(data_dir, "student was gunned down while walking")) == [("killed", 1)]


def test_fatally_wounding_is_killed_not_injured(data_dir: Path) -> None:
    assert counts(passage(data_dir, "fatally wounding the victim")) == [("killed", 1)]


def test_succumbed_to_injuries_is_killed(data_dir: Path) -> None:
    assert counts(passage(data_dir, "succumbed to his injuries at the location")) == [("killed", 1)]


def test_non_life_threatening_without_hyphens_is_injured(data_dir: Path) -> None:
    s = passage(data_dir, "still being hospitalized with non-life threatening injuries")
    assert counts(s) == [("injured", 1)]
    s = passage(data_dir, "A male victim was pronounced dead on the scene and three others -- two females")
    assert counts(s)[:2] == [("killed", 1), ("injured", 3)]


def test_shot_in_his_leg_is_injured(data_dir: Path) -> None:
    """A wound, not only a hit: it counts even when the report has deaths."""
    s = passage(data_dir, "12-year-old Joseph McDonald were killed", "boyfriend was also shot in his leg")
    assert ("injured", 1) in counts(s)


def test_recovering_after_being_shot_is_injured(data_dir: Path) -> None:
    s = passage(data_dir, "is recovering after being accidentally shot in the hand")
    assert counts(s) == [("injured", 1)]


def test_died_after_being_taken_to_hospital_is_not_injured(data_dir: Path) -> None:
    s = passage(data_dir, "The victim later died after being transported to the hospital")
    assert counts(s) == [("killed", 1)]


def test_named_hospital_counts_one_injured(data_dir: Path) -> None:
    s = passage(data_dir, "The juvenile male was transported to Ruby Memorial Hospital")
    assert counts(s) == [("injured", 1)]


def test_taken_to_hospital_then_died_is_killed(data_dir: Path) -> None:
    assert counts(passage(data_dir, "He was rushed to a local hospital for treatment but died overnight")) == [
        ("killed", 1)
    ]
    assert counts(passage(data_dir, "Jayden was taken to Palmer Lutheran Hospital")) == [("killed", 1)]


def test_they_were_pronounced_dead_turns_the_count_killed(data_dir: Path) -> None:
    s = passage(data_dir, "The two were taken to the hospital where they were pronounced dead")
    assert counts(s) == [("killed", 2)]


def test_name_then_who_died_is_one_killed(data_dir: Path) -> None:
    assert counts(passage(data_dir, "striking Anderson, who died at the scene")) == [("killed", 1)]


def test_killing_a_name_is_one_killed(data_dir: Path) -> None:
    assert counts(passage(data_dir, "hitting and killing Robinson-Foster")) == [("killed", 1)]


def test_fatal_injuries_to_themselves_across_a_dashed_aside(data_dir: Path) -> None:
    s = passage(data_dir, "a 17-year-old female — inflicted fatal injuries to themselves")
    assert counts(s) == [("killed", 2)]


def test_a_dashed_breakdown_leaves_its_total(data_dir: Path) -> None:
    s = passage(data_dir, "A male victim was pronounced dead on the scene and three others -- two females")
    assert groups(s) == [("killed", 1, None), ("injured", 3, None), ("injured", 2, "females"), ("injured", 1, "male")]


# --- lists and pairs -------------------------------------------------------------------------------


def test_killed_two_listed_objects(data_dir: Path) -> None:
    assert counts(passage(data_dir, "a man killed his girlfriend and her daughter")) == [("killed", 2)]
    s = passage(data_dir, "Jessie killed her daughter, Meredith Jessie, and her father")
    assert counts(s) == [("killed", 2)]


def test_an_apposition_is_not_a_second_person(data_dir: Path) -> None:
    s = passage(data_dir, "accused of killing his brother, 22-year-old Kalif Goens")
    assert counts(s) == [("killed", 1)]


def test_a_possessive_pair_counts_two(data_dir: Path) -> None:
    assert counts(passage(data_dir, "his mom and younger brother were dead")) == [("killed", 2)]
    assert counts(passage(data_dir, "A mother and son were found fatally shot")) == [("killed", 2)]


@given(
    st.lists(st.sampled_from(["his wife", "her son", "a man", "Jane Doe", "the boy"]), min_size=1, max_size=4),
    st.lists(st.sampled_from([" and ", ", and ", ", "]), min_size=3, max_size=3),
)
def test_a_list_counts_its_and_joined_people(people: list[str], joiners: list[str]) -> None:
    """One person, plus one per "and" that opens another (a comma alone may open an apposition)."""
    listed = "".join(j + p for j, p in zip(joiners, people[1:], strict=False))
    text = f"He killed {people[0]}{listed} inside the home."
    expected = 1 + sum("and" in j for j in joiners[: len(people) - 1])
    assert _listed(text, Cue((3, 9), "killed", "killed"), table_for("en")) == expected


def test_an_age_in_a_list_is_no_person(data_dir: Path) -> None:
    s = passage(data_dir, "shot and killed Jamie Salazar, 34, and 2-year-old Jordan Reeves")
    assert ("killed", 2) in counts(s)


# --- not a count of people -------------------------------------------------------------------------


def test_it_hurt_my_heart_is_nobody_hurt(data_dir: Path) -> None:
    assert counts(passage(data_dir, "It hurt my heart")) == []


def test_title_case_headline_is_no_count(data_dir: Path) -> None:
    assert ("killed", 1) not in counts(passage(data_dir, "Man Shot, Killed Few Blocks Away"))


def test_brain_dead_is_not_dead(data_dir: Path) -> None:
    assert counts(passage(data_dir, "Brain-dead Vacaville toddler")) == []


def test_nearly_killed_and_could_have_been_dead_are_no_deaths(data_dir: Path) -> None:
    assert ("killed", 1) not in counts(passage(data_dir, "A teen was nearly killed"))
    assert counts(passage(data_dir, "could’ve been dead today")) == []


def test_it_was_a_gunshot_wound_is_no_person(data_dir: Path) -> None:
    """Only "the girl was shot" counts (one person, and the report says nothing of a death)."""
    assert counts(passage(data_dir, "it was a gunshot wound and this was one")) == [("injured", 1)]


def test_the_accused_are_not_the_victims(data_dir: Path) -> None:
    s = passage(data_dir, "Two men accused in a shooting that killed 2-year-old Nova Marie Gallman")
    assert counts(s) == [("killed", 1), ("injured", 1)]


def test_a_list_of_ages_is_no_count(data_dir: Path) -> None:
    assert counts(passage(data_dir, "three males ages 17, 18 and 22, were shot")) == [("injured", 3)]


# --- partitives ------------------------------------------------------------------------------------


def test_two_of_the_victims_in_critical_condition_is_a_part(data_dir: Path) -> None:
    s = passage(data_dir, "two of the victims were in critical condition and two suffered minor injuries")
    assert ("injured", 2, "of the victims") in groups(s)
    assert ("injured", 2, None) in groups(s)  # "two suffered minor injuries" is a count of its own
    assert not any(value == 911 for _, value, _ in groups(s))  # "according to 911 dispatchers"


def test_three_of_the_victims_died_stays_the_toll(data_dir: Path) -> None:
    s = passage(data_dir, "Four people were shot. Three of the victims died", "Three of the victims died")
    assert ("killed", 3, None) in groups(s)


def test_one_fatally_after_a_hit_count_is_its_deaths(data_dir: Path) -> None:
    s = passage(data_dir, "A pair of gunmen shot six people, one fatally, at a West Side party")
    assert groups(s) == [("injured", 5, None), ("killed", 1, None)]


# --- segments ---------------------------------------------------------------------------------------


def test_a_death_days_after_the_shooting_stays_with_it(data_dir: Path) -> None:
    lede = passage(data_dir, "one of the four teenagers detained in connection to a shooting Sunday night")
    died = passage(data_dir, "The victim Ronnie Bowers, 16, has died Tuesday night")
    times = (("Sunday night", "2016-09-11", "day", True), ("Tuesday night", "2016-09-13", "day", True))
    assert ("killed", 1, None) in groups(f"{lede} {died}", times)
    earlier = (("Sunday night", "2016-09-11", "day", True), ("Tuesday night", "2016-09-06", "day", True))
    assert ("killed", 1, None) not in groups(f"{lede} {died}", earlier)  # a day before it: another happening


@given(st.dates(), st.integers(min_value=-400, max_value=400))
def test_days_after_counts_calendar_days(day: date, shift: int) -> None:
    try:
        later = day + timedelta(days=shift)
    except OverflowError:
        return
    assert _days_after(later.isoformat(), day.isoformat()) == shift
    assert _days_after(later.isoformat()[:7], day.isoformat()) is None


def test_wounded_in_shootings_across_the_city_is_another_happening(data_dir: Path) -> None:
    lede = passage(data_dir, "A pair of gunmen shot six people, one fatally, at a West Side party")
    other = passage(data_dir, "Eight others were wounded in shootings across the city overnight")
    assert ("injured", 8, None) not in groups(f"{lede} {other}")
