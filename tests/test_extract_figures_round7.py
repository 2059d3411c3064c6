"""Seventh pass on casualty figures, read over the whole event (`extract.event_figures`): a person added to a count
("a fifth male adult victim", "an 8th teen", "a third person has died"), a lone hurt victim in a deadly report who is
the dead, a sentence's parts summed ("two teenage girls and two men"); and in a sentence: "N others" after a count of
the same field, the killer shot dead by police, an age aside inside a list, "him" as one person, "could have killed
her", a road's or a block's number, a headline's "2 die". Each rule on a real GVA sentence read at test time (own
sentences only where noted)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.extract.event_figures import _sum
from realtext import gva_sentence
from test_extract_figures_gva import counts, passage
from test_extract_figures_round3 import gva_title, headline

# --- people added to a count -------------------------------------------------------------------------------


def test_a_fifth_victim_found_later_raises_the_count(data_dir: Path) -> None:
    s = passage(
        data_dir, "When the officers arrived, they found four victims who had been struck", "A fifth male adult"
    )
    assert counts(s)[0] == ("injured", 5)


def first_sentence(data_dir: Path, needle: str) -> str:
    """The sentence holding `needle`, cut at its full stop (these reports run sentences together: "shooting.A 14")."""
    line = gva_sentence(data_dir, needle)
    return line[: line.index(".", line.index(needle)) + 1]


def test_an_ordinal_told_first_is_the_count(data_dir: Path) -> None:
    s = first_sentence(data_dir, "Sylvester Police now say an 8th teen was injured")
    assert counts(s) == [("injured", 8)]


def test_a_third_person_has_died_is_three_dead(data_dir: Path) -> None:
    s = first_sentence(data_dir, "A third person has died after a shooting near a school")
    assert counts(s) == [("killed", 3)]


def test_an_ordinal_counts_the_victims_of_every_field(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "three people were reportedly shot to death and a fourth person was critically wounded")
    assert counts(s) == [("killed", 3), ("injured", 1)]


def test_an_additional_victim_is_one_more() -> None:
    # our own sentences (the GVA report tells its count many sentences before its additional victim)
    s = "Six people were shot at a party. Later that night, police identified an additional victim, who was grazed."
    assert counts(s)[0] == ("injured", 7)


def test_a_named_man_also_killed_is_a_second_dead(data_dir: Path) -> None:
    s = passage(data_dir, "A 46-year-old woman died Saturday, a week after she was critically wounded in a drive-by")
    also = gva_sentence(data_dir, "Gino Nicolas, 24, was also killed in the shooting.")
    assert counts(f"{s} {also}")[0] == ("killed", 2)


def test_a_woman_also_shot_after_a_girl_shot_is_two_hurt(data_dir: Path) -> None:
    s = passage(data_dir, "A 8-year-old girl was shot in the wrist Sunday night", "was also shot in the left hand")
    assert counts(s)[0] == ("injured", 2)


def test_also_shot_after_a_count_is_inside_it() -> None:
    # our own sentences: people told one by one after a count are most often the counted
    s = "Three people were shot. A 20-year-old man was shot in the leg. A 25-year-old woman was also shot in the arm."
    assert counts(s)[0] == ("injured", 3)


# --- the lone hurt victim of a deadly report ---------------------------------------------------------------


def test_the_boy_shot_in_the_side_is_the_boy_who_died(data_dir: Path) -> None:
    s = passage(data_dir, "An 11-year-old boy has been fatally shot during a hunting trip", "was shot in the side by")
    assert counts(s) == [("killed", 1)]


def test_a_father_hospitalized_is_told_apart_from_his_dead_son(data_dir: Path) -> None:
    s = passage(data_dir, "His father was hospitalized with gunshot wounds and was listed in critical condition")
    dead = gva_sentence(data_dir, "murder charges after a 6-year-old boy was shot to death in the front seat")
    found = counts(f"{dead} {s}")
    assert found[0] == ("killed", 1) and ("injured", 1) in found


def test_a_wound_that_did_not_appear_life_threatening_is_a_survivor(data_dir: Path) -> None:
    s = passage(data_dir, "The injured man's wound did not appear life threatening")
    dead = "A man was killed in a fatal shooting Saturday afternoon."  # our own sentence: the report's death is far
    assert counts(f"{dead} {s}") == [("killed", 1), ("injured", 1)]


# --- parts and others in a sentence ------------------------------------------------------------------------


def test_a_count_and_n_others_of_the_same_field_are_one_count(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "TWO PEOPLE ARE IN CRITICAL CONDITION, FOUR OTHERS HURT")
    assert counts(s) == [("injured", 6)]


def test_a_list_of_parts_states_its_sum_first(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Two teenage girls and two men were shot and wounded outside a Brooklyn")
    assert counts(s)[0] == ("injured", 4)


def test_an_age_aside_does_not_cut_a_list(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Two boys, ages 7 and 10, and two adults were found slain")
    assert counts(s) == [("killed", 4), ("killed", 2), ("killed", 2)]


def test_both_men_inside_the_car_killed_are_two(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Both men inside the Honda were killed, and three others were injured")
    assert counts(s) == [("killed", 2), ("injured", 3)]


def test_both_teens_reported_that_they_were_shot_at_is_no_pair() -> None:
    # our own sentence: "both" is the subject of "reported", not of the hit
    assert ("injured", 2) not in counts("Both teens reported that they were shot by a suspect from a black car.")


def test_three_others_winged_are_hurt(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "leaving one person hospitalized in critical condition and three others winged")
    assert counts(s) == [("injured", 4)]


def test_a_boy_who_remained_in_critical_condition_is_one_more_than_the_others(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "A 12-year-old boy remained in critical condition Friday after a shooting that also")
    assert counts(s) == [("injured", 4)]


def test_a_whole_then_its_parts_is_the_whole(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "six people, three men and three women, were shot by an unknown man")
    assert counts(s)[0] == ("injured", 6)


def test_children_with_ages_and_their_mother_are_one_more() -> None:
    # our own sentence, the brief's example
    assert counts("Two children, ages 3 and 5, and their mother were found dead.") == [("killed", 3)]


# --- single sentences --------------------------------------------------------------------------------------


def test_the_killer_shot_dead_by_police_joins_the_toll(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Four people were killed by a man on a deadly rampage before he was shot and killed by")
    assert counts(s) == [("killed", 5)]


def test_wounding_him_before_killing_himself_is_one_hurt(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "opened fire on a Milwaukee police officer who was sitting in his squad car")
    assert counts(s) == [("injured", 1), ("killed", 1)]  # and the killer's own death is not the officer's


def test_a_death_that_could_have_been_is_no_death(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "it could easily have killed her")
    assert counts(s) == []


def test_a_road_number_counts_no_one(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "in the Lakeview Trailer Park on Hwy 150 with a gunshot wound")
    assert all(value < 100 for _, value in counts(s))


def test_a_block_number_before_a_street_name_counts_no_one(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "The child shot in the 7700 Utica block of Utica")
    assert all(value < 100 for _, value in counts(s))


def test_a_headline_two_die_is_two_dead(data_dir: Path) -> None:
    title = gva_title(data_dir, "4 shot on Columbus Street, 2 die")
    assert headline(title) == [("injured", 2), ("killed", 2)]


# --- properties --------------------------------------------------------------------------------------------


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=2, max_value=40), st.integers(min_value=2, max_value=40))
def test_a_count_then_others_is_their_sum(first: int, others: int) -> None:
    assert counts(f"Police said {first} people were injured and {others} others were hurt.") == [
        ("injured", first + others)
    ]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=30), min_size=2, max_size=5))
def test_parts_sum_never_counts_less_than_the_biggest(values: list[int]) -> None:
    total = _sum(values)
    assert max(values) <= total <= sum(values)
    assert total == sum(values) or len(values) > 2 and 2 * max(values) == sum(values)


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=2, max_value=12))
def test_an_nth_victim_told_alone_is_n(n: int) -> None:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n if n < 20 else n % 10, "th")
    assert counts(f"Police now say a {n}{suffix} victim was injured in the shooting.") == [("injured", n)]
