"""Event dates, round 7: a possessive date names the noun after it ("before Sunday's news conference"), "opening
fire" is the happening, a dateline's own day in parentheses dates the page ("SAVANNAH, GA (August 2, 2015): ...
early this morning"), and a sentence dated otherwise does not go on telling a dated side happening.

GVA reports are read from ../shared at test time (found by a substring of their text or by their id); sentences
written here only guard a rule's edges.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.annotate.times import find_times
from newsweave.extract.segment import SentenceCues, segment
from newsweave.extract.tables import table_for
from newsweave.models import TimeExpr
from realtext import dates_of, gva_report, gva_sentence, main_date, sentence_with

EN = table_for("en")


# --- a possessive date names the noun after it ----------------------------------------------------------------


def test_wounded_before_sundays_news_conference_dates_the_conference(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "visited the four people wounded before Sunday's news conference")
    assert dates_of(sentence, date(2013, 6, 24)) == [("Sunday", True, False)]


def test_sundays_shooting_still_dates_the_shooting() -> None:
    sentence = "Two men were wounded in Sunday's shooting on Elm Street."  # written here: the rule's edge
    assert dates_of(sentence, date(2013, 6, 24)) == [("Sunday", True, True)]


# --- opening fire ---------------------------------------------------------------------------------------------


def test_accused_of_opening_fire_on_a_date_dates_the_shooting(data_dir: Path) -> None:
    needle = "accused of opening fire into a crowd at the Cloud 9 nightclub in Ocala on Sept. 13"
    sentence = gva_sentence(data_dir, needle)
    assert dates_of(sentence, date(2015, 10, 29)) == [("Sept. 13", True, True)]


# --- a dateline's own day -------------------------------------------------------------------------------------


def test_a_dateline_day_in_parentheses_dates_this_morning(data_dir: Path) -> None:
    line = sentence_with(gva_report(data_dir, "7a2b2f5c04eded27d77d6822f1ca555a").text, "SAVANNAH, GA (August 2, 2015)")
    found = {t.text: t.value for t in find_times(line, "en", date(2017, 1, 5))}
    assert found["this morning"] == "2015-08-02"


def test_parentheses_without_a_closing_after_the_date_stamp_nothing() -> None:
    line = "SAVANNAH, GA (August 2, 2015 and later): A man was shot early this morning."  # written here: the edge
    found = {t.text: t.value for t in find_times(line, "en", date(2017, 1, 5))}
    assert found["this morning"] == "2017-01-05"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(("SAVANNAH, GA", "WASHINGTON", "FORT WORTH, Texas", "ST. LOUIS")),
    st.dates(date(2005, 1, 1), date(2016, 12, 30)),
)
def test_any_dateline_day_before_publication_anchors_relative_days(city: str, day: date) -> None:
    line = f"{city} ({day:%B} {day.day}, {day.year}): A man was shot early this morning."
    found = {t.text: t.value for t in find_times(line, "en", date(2017, 1, 5))}
    assert found["this morning"] == day.isoformat()


# --- segmentation: a sentence dated otherwise leaves a dated side happening ----------------------------------


def _day(value: str) -> TimeExpr:
    return TimeExpr((0, 1), value, value)


def test_a_sentence_dated_otherwise_returns_to_the_undated_main_event() -> None:
    cues = [
        SentenceCues((0, 1), True),  # the lede: no date
        SentenceCues((2, 3), True, (_day("2015"),), new_event=True),  # "the death of a gang member last year"
        SentenceCues((4, 5), False, back_reference=True),  # goes on telling it
        SentenceCues((6, 7), True, (_day("2016-01-22"),), back_reference=True),  # "The shooting ... Jan. 22"
    ]
    assert segment(cues) == [[0, 3], [1, 2]]


def test_a_sentence_naming_a_day_the_side_happening_named_goes_on_with_it() -> None:
    cues = [
        SentenceCues((0, 1), False, event_word=True),  # "After three incidents of gunfire ...": no date
        # "shootings of seven people in less than 24 hours Wednesday and Thursday"
        SentenceCues((2, 3), True, (_day("2014-08-27"), _day("2014-08-28")), new_event=True),
        SentenceCues((4, 5), True, (_day("2014-08-28"),)),  # "a third shooting early Thursday"
    ]
    assert segment(cues) == [[0], [1, 2]]


def test_the_shooting_reported_jan_22_dates_the_report_of_the_arrests(data_dir: Path) -> None:
    report = gva_report(data_dir, "f8169893470809b302762ab4d7e7b0c3")
    assert main_date(report) == "2016-01-22"


# --- aftermath and happening words ----------------------------------------------------------------------------


def test_names_between_arrested_and_the_day_do_not_count(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "Charleston Police arrested Jacques Lamar Slade on Saturday, May 21, 2016")
    assert dates_of(sentence, date(2016, 5, 22))[0] == ("Saturday, May 21, 2016", False, False)


def test_three_lower_case_words_still_bound_the_aftermath_word() -> None:
    sentence = "Police arrested him at the home of a friend on Saturday."  # written here: the rule's edge
    assert dates_of(sentence, date(2016, 5, 22)) == [("Saturday", True, False)]


def test_a_call_thursday_reported_a_victim_is_no_statement_date(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "a call to MetroSafe just before 1:30 p.m. Thursday reported a gunshot victim")
    assert [d[:2] for d in dates_of(sentence, date(2017, 3, 2))] == [("Thursday", True)]


def test_police_on_tuesday_provided_details(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "Police on Tuesday provided additional details about the shooting")
    assert dates_of(sentence, date(2016, 8, 2)) == [("Tuesday", False, False)]


def test_a_wound_sustained_friday_dates_the_shooting(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "for a gunshot to the head sustained Friday")
    assert dates_of(sentence, date(2016, 2, 17)) == [("Friday", True, True)]


def test_medics_summoned_friday_date_the_happening(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "were summoned at 8:09 a.m. Friday to a residence")
    assert dates_of(sentence, date(2016, 3, 29)) == [("Friday", True, True)]


def test_as_of_wednesday_afternoon_dates_a_state(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "As of Wednesday afternoon, the GoFundMe page has already raised")
    assert dates_of(sentence, date(2016, 7, 6))[0] == ("Wednesday afternoon", False, False)


def test_fire_opened_into_a_vigil_dates_the_shooting(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "A gunman opened fire minutes into a vigil Monday evening")
    assert dates_of(sentence, date(2016, 7, 11)) == [("Monday evening", True, True)]


def test_arrested_at_a_vigil_still_dates_the_arrest() -> None:
    sentence = "He was arrested at a vigil Monday evening."  # written here: only a happening word makes a scene
    assert dates_of(sentence, date(2016, 7, 11)) == [("Monday evening", False, False)]


# --- a weekday the article writes out with its date -----------------------------------------------------------


def test_monday_night_is_the_monday_written_out_with_its_date(data_dir: Path) -> None:
    text = gva_report(data_dir, "4e4355ad49be328413acfa0221cb002c").text
    found = {t.text: t.value for t in find_times(text, "en", date(2016, 6, 1))}
    assert found["Monday, May 23"] == "2016-05-23"
    assert found["Monday night"] == "2016-05-23"


def test_two_written_out_mondays_leave_a_bare_monday_alone() -> None:
    text = "He was shot Monday night. Hearings were held Monday, May 23 and Monday, May 16."  # written here
    found = [(t.text, t.value) for t in find_times(text, "en", date(2016, 6, 1))]
    assert found[0] == ("Monday night", "2016-05-30")


@settings(max_examples=40, deadline=None)
@given(st.dates(date(2010, 1, 1), date(2020, 12, 31)), st.integers(1, 14))
def test_a_bare_weekday_takes_its_written_out_day_up_to_two_weeks_back(day: date, late: int) -> None:
    published = day.fromordinal(day.toordinal() + late)
    name = f"{day:%A}"
    text = f"A man was shot {name} night. It happened at 11 p.m. {name}, {day:%B} {day.day}."
    found = [(t.text, t.value) for t in find_times(text, "en", published)]
    assert found[0] == (f"{name} night", day.isoformat())


# --- more aftermath and happening words -------------------------------------------------------------------------


def test_a_news_briefing_late_tuesday_morning_dates_a_statement(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "said during an earlier news briefing late Tuesday morning")
    assert dates_of(sentence, date(2016, 12, 6)) == [("Tuesday morning", False, False)]


def test_a_date_of_birth_dates_no_happening(data_dir: Path) -> None:
    line = sentence_with(gva_report(data_dir, "d077da025374050c3d3052f09c2c9efc").text, "Date of Birth: 01/6/1992")
    assert [d[:2] for d in dates_of(line, date(2016, 12, 29))] == [("01/6/1992", False)]


# --- a year that holds the publication day is passed over -------------------------------------------------------


def test_killings_so_far_this_year_do_not_hide_the_night_of_nov_2(data_dir: Path) -> None:
    report = gva_report(data_dir, "d9a89fbea9c88bea5f61de6674329fa1")
    assert main_date(report) == "2016-11-02"


# --- a passive report of the happening right before its date ----------------------------------------------------


def test_police_said_the_shooting_was_reported_march_26(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "Police said the shooting was reported March 26 after an argument")
    assert dates_of(sentence, date(2017, 4, 6)) == [("March 26", True, True)]


def test_a_death_reported_tuesday_by_the_family_stays_a_statement() -> None:
    sentence = "The death was reported Tuesday by the family."  # written here: no happening word claims it
    assert dates_of(sentence, date(2017, 4, 6)) == [("Tuesday", False, False)]

