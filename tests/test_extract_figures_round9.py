"""Ninth pass on casualty figures: counts of the hurt told by their condition one after another are one count
("two people are listed in critical condition and three are being treated": five); a murder-suicide with one victim
counted is two dead (the killer died too; not when attempted, asked about or ruled out); "among three people
wounded" counts three; a list of people set between commas after a count ("three victims, a 25-year-old man, ...,
were") or between single dashes does not cut the count from its verb; an aside after " -- " is no object of the verb
before it; "the surviving three gunshot victims" are not the dead too; "between the ages of 18 and 23" counts no one;
a death asked about ("if the man had died") is none; "was shot in the head and died" is one dead; "Two others died"
are not among the people hit; the killer's own death told in a later sentence adds one to the dead counted before
(not when that count took him in); a murder-suicide with no count is two dead at least; English filler words after
a count ("people", "others") are a table value (`LanguageTable.no_group_after`). Each rule on a real GVA sentence
read at test time (own sentences only where noted)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.annotate.numbers import find_quantities
from newsweave.extract.figures import find_figures
from newsweave.extract.tables import table_for
from realtext import gva_sentence
from test_extract_figures_gva import counts, passage

EN = table_for("en")


def sentence_counts(s: str) -> list[tuple[str, int, str | None]]:
    """(field, value, group) of the figures one sentence states, read alone."""
    found = find_figures(s, (0, len(s)), find_quantities(s, "en"), [], EN)
    return [(f.field, f.value, f.group) for f in found if f.field in ("killed", "injured")]


# --- counts by condition ----------------------------------------------------------------------------------------


def test_counts_by_condition_are_one_count(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "two people are listed in critical condition and three are being treated")
    assert ("injured", 5, None) in sentence_counts(s)
    assert ("injured", 2, None) not in sentence_counts(s)


def test_one_in_critical_condition_and_four_treated(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "one person is listed in critical condition and four are being treated for other")
    assert [f for f in sentence_counts(s) if f[0] == "injured"] == [("injured", 5, None)]


def test_a_hit_count_then_a_condition_is_not_summed() -> None:
    # our own sentence: the two in critical condition are among the four shot
    s = "Four people were shot and two are in critical condition."
    assert [f for f in sentence_counts(s) if f[0] == "injured"][0] == ("injured", 4, None)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["one", "two", "three", "four"]),
    st.sampled_from(["two", "three", "five"]),
    st.sampled_from(["in critical condition", "in stable condition", "in serious condition"]),
    st.sampled_from(["are being treated for minor injuries", "were treated for non-life-threatening wounds"]),
)
def test_any_two_conditions_add_up(first: str, second: str, condition: str, treated: str) -> None:
    values = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
    verb = "is" if first == "one" else "are"
    s = f"Police said {first} {'person' if first == 'one' else 'people'} {verb} {condition} and {second} {treated}."
    assert [f for f in sentence_counts(s) if f[0] == "injured"] == [("injured", values[first] + values[second], None)]


# --- murder-suicide ----------------------------------------------------------------------------------------------


def test_one_killed_in_a_murder_suicide_is_two_dead(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "was killed in a murder-suicide")
    assert counts(s)[0] == ("killed", 2)


def test_victim_of_an_apparent_murder_suicide(data_dir: Path) -> None:
    s = passage(data_dir, "was the victim of an apparent murder-suicide", "that toddler killed was")
    assert counts(s) == [("killed", 2)]


def test_a_murder_suicide_not_ruled_out_adds_no_one(data_dir: Path) -> None:
    s = passage(data_dir, "The case is being investigated as a homicide. Deputies have not ruled out a murder-suicide")
    assert ("killed", 2) not in counts(s)


def test_an_attempted_murder_suicide_adds_no_one() -> None:
    # our own sentences: the killer lived
    s = "A woman was killed Sunday. Police called it an attempted murder-suicide."
    assert counts(s)[0] == ("killed", 1)


def test_a_murder_suicide_that_counts_everyone_stays(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Five people were killed in an apparent murder-suicide")
    assert counts(s)[0] == ("killed", 5)


# --- the count before a list, an aside, "among" ----------------------------------------------------------------


def test_among_three_people_wounded_counts_three(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "was among three people wounded in a shooting")
    assert sentence_counts(s) == [("injured", 3, None)]


def test_a_list_of_people_between_commas_after_the_count(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Three victims, a 25-year-old man, a 26-year-old man, and a 33-year-old man, were")
    assert sentence_counts(s)[0] == ("injured", 3, None)


def test_two_men_a_list_of_ages_were_shot() -> None:
    # our own sentence
    assert sentence_counts("Two men, a 19-year-old and a 22-year-old, were shot.") == [("injured", 2, None)]


def test_an_aside_after_a_double_dash_is_no_object(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "three others injured -- one person paralyzed --")
    injured = [f for f in sentence_counts(s) if f[0] == "injured"]
    assert injured[0] == ("injured", 3, None)


def test_the_surviving_victims_are_not_the_dead_again(data_dir: Path) -> None:
    s = passage(data_dir, "where one of the victims was pronounced deceased", "The surviving three gunshot victims")
    assert ("injured", 3) in counts(s) and ("injured", 2) not in counts(s)


def test_an_age_range_counts_no_one(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Three men between the ages of 18 and 23")
    assert all(value != 23 and value != 22 for _, value, _ in sentence_counts(s))


# --- filler words are table values ----------------------------------------------------------------------------


def test_english_fillers_are_in_the_table() -> None:
    assert {"people", "others", "and"} <= set(EN.no_group_after)
    assert table_for("fr").no_group_after is not EN.no_group_after


def test_a_filler_after_a_count_names_no_part(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "including a 15-year-old girl, were wounded after a shootout")
    assert sentence_counts(s)[0][:2] == ("injured", 3)


# --- a death asked about, a death told after where the victim was hit, deaths of others ------------------------


def test_a_death_asked_about_is_no_death(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Police were not able to say if the man had died")
    assert sentence_counts(s) == []


def test_whether_anyone_died_is_no_death() -> None:
    # our own sentence
    assert sentence_counts("It was unclear whether the man died.") == []


def test_shot_several_times_and_died(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "was shot several times and died at a hospital")
    assert sentence_counts(s) == [("killed", 1, None)]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["A man", "A 20-year-old woman", "The victim"]),
    st.sampled_from(["twice", "several times", "multiple times", "in the head", "in the chest", "in his back"]),
    st.sampled_from(["died at a hospital", "died at the scene", "later died"]),
)
def test_hit_somewhere_then_died_is_one_dead(who: str, where: str, died: str) -> None:
    assert sentence_counts(f"{who} was shot {where} and {died}.") == [("killed", 1, None)]


def test_others_who_died_are_not_among_the_hurt(data_dir: Path) -> None:
    s = passage(data_dir, "At least five people were taken to the hospital", "Two others died")
    assert counts(s)[:2] == [("injured", 5), ("killed", 2)]


def test_a_part_clause_right_before_the_verb(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "eight people, including themselves, wounded")
    assert sentence_counts(s)[0] == ("injured", 8, None)


# --- the killer's own death told in a later sentence ----------------------------------------------------------


def test_the_killers_death_told_later_adds_one(data_dir: Path) -> None:
    s = passage(
        data_dir, "Investigators say a man killed his girlfriend and her daughter", "then turned the gun on himself"
    )
    assert counts(s)[0] == ("killed", 3)


def test_a_count_that_took_in_the_killer_stays(data_dir: Path) -> None:
    s = passage(
        data_dir, "apparently fatally shot his wife and two young sons before killing himself", "the gun on himself"
    )
    assert counts(s)[0] == ("killed", 4)


def test_a_man_shot_and_killed_by_police_is_one_dead(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "was shot and killed by police Thursday afternoon after allegedly firing")
    assert counts(s)[0] == ("killed", 1)


def test_a_murder_suicide_with_no_count_is_two_dead_at_least(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "leads them to believe the incident was a murder-suicide")
    assert counts(s) == [("killed", 2)]


def test_an_attempted_murder_suicide_alone_counts_no_dead() -> None:
    # our own sentence
    assert counts("Police said it was an attempted murder-suicide.") == []
