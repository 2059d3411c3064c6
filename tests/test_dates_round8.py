"""Event dates, round 8: a clock time does not hide a period start ("had not seen her husband since 11:30 p.m.
Tuesday night"), a day counted back to the clause after it ("released Saturday hours after his son shot him",
"arrested Thursday, a day after police discovered ... fatally shot") dates the happening, "on a given Sunday" and
"Channel 2 Action News This Morning" are no dates, and a year written out long ago lends itself to no yearless day.

GVA reports are read from ../shared at test time (found by a substring of their text or by their id); sentences
written here only guard a rule's edges.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.annotate.times import find_times
from realtext import dates_of, gva_report, gva_sentence

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# --- a clock time between "since" and its day -- ----------------------------------------------------------


def test_since_a_clock_time_and_a_day_starts_a_state(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "she had not seen her husband since 11:30 p.m. Tuesday night")
    assert dates_of(sentence, date(2016, 6, 9)) == [("Tuesday night", False, False)]


def test_police_called_at_a_clock_time_still_date_the_happening(data_dir: Path) -> None:
    # only a period start reaches over the clock: aftermath words doing so broke two GVA reports for one fixed
    sentence = gva_sentence(data_dir, "police were called to a Pershing Court residence at 12:31 a.m. Wednesday")
    assert dates_of(sentence, date(2015, 11, 26))[0][:2] == ("Wednesday", True)


def test_shot_at_a_clock_time_still_dates_the_shooting() -> None:
    sentence = "The man was shot about 2 a.m. Saturday."  # written here: the happening word keeps its day
    assert dates_of(sentence, date(2016, 6, 9)) == [("Saturday", True, True)]


# --- a day counted back to the clause after it ----------------------------------------------------------------------


def test_released_saturday_hours_after_his_son_shot_him(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "released from an Athens hospital Saturday hours after his 9-year-old son")
    found = dates_of(sentence, date(2016, 2, 8))
    assert ("hours after", True, True) in found
    assert {t.text: t.value for t in find_times(sentence, "en", date(2016, 2, 8))}["hours after"] == "2016-02-06"


def test_arrested_thursday_a_day_after_police_discovered_them_shot(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "was arrested Thursday, a day after police discovered four of his relatives")
    values = {t.text: t.value for t in find_times(sentence, "en", date(2013, 8, 21))}
    assert values["Thursday"] == "2013-08-15" and values["a day after"] == "2013-08-14"
    assert ("a day after", True, True) in dates_of(sentence, date(2013, 8, 21))


def test_a_day_after_a_meeting_is_no_happening() -> None:
    sentence = "He was arrested Thursday, a day after the council met."  # written here: no happening after "after"
    assert ("a day after", False, False) in dates_of(sentence, date(2013, 8, 21))


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 6), st.dates(date(2005, 1, 1), date(2020, 12, 31)), st.integers(0, 6))
def test_n_days_after_counts_back_from_the_day_before_it(n: int, published: date, back: int) -> None:
    words = {1: "a day", 2: "two days", 3: "three days", 4: "four days", 5: "five days", 6: "six days"}
    day = published - timedelta(days=back)
    sentence = f"He died {WEEKDAYS[day.weekday()]}, {words[n]} after he was shot."
    values = {t.text: t.value for t in find_times(sentence, "en", published)}
    assert values[f"{words[n]} after"] == (day - timedelta(days=n)).isoformat()


# --- generic weekdays ---------------------------------------------------------------------------------------------


def test_fans_on_a_given_sunday_is_no_date(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "have fans on a given Sunday")
    assert [t.text for t in find_times(sentence, "en", date(2016, 10, 29))] == []


def test_one_thursday_and_one_friday_are_dates(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "will require additional surgery, one Thursday and one Friday")
    assert [t.text for t in find_times(sentence, "en", date(2014, 4, 3))] == ["Thursday", "Friday"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(("a given", "any", "every", "each", "a typical")), st.sampled_from(WEEKDAYS))
def test_any_generic_weekday_is_no_date(generic: str, weekday: str) -> None:
    assert find_times(f"They met there {generic} {weekday} for years.", "en", date(2016, 10, 29)) == []
    assert len(find_times(f"They met there on {weekday}.", "en", date(2016, 10, 29))) == 1


# --- a written-out year far back lends itself to no yearless day ---------------------------------------------------


def test_the_june_13_incident_is_not_the_june_13_2003_conviction(data_dir: Path) -> None:
    report = gva_report(data_dir, "9745e2313bd40d01f339c04c9cf4843f")  # "the June 13 incident" beside "June 13, 2003"
    values = {t.text: t.value for t in find_times(report.text, "en", date(2016, 6, 20))}
    assert values["June 13"] == "2016-06-13" and values["June 13, 2003"] == "2003-06-13"


@settings(max_examples=40, deadline=None)
@given(st.dates(date(2005, 1, 1), date(2020, 12, 31)), st.integers(0, 8))
def test_a_yearless_day_borrows_only_a_recent_year(published: date, back: int) -> None:
    year = published.year - back
    if published.month == 2 and published.day == 29:
        return
    named = date(year, published.month, published.day)
    text = f"The shooting on {named:%B} {named.day} was the first. Records name {named:%B} {named.day}, {year}."
    value = find_times(text, "en", published)[0].value
    assert value == (named.isoformat() if back <= 2 else published.isoformat())


# --- a relative word inside a name --------------------------------------------------------------------------------


def test_action_news_this_morning_is_a_show_not_a_date(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "for Channel 2 Action News This Morning")
    assert find_times(sentence, "en", date(2017, 3, 29)) == []


def test_a_headline_this_morning_is_a_date(data_dir: Path) -> None:
    line = gva_sentence(data_dir, "4 People Shot on N. Lobdell This Morning")
    assert [t.text for t in find_times(line, "en", date(2016, 7, 7))] == ["This Morning"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(("Today", "Tonight", "This Morning", "Yesterday")))
def test_a_sentence_opening_relative_word_is_a_date(word: str) -> None:
    found = find_times(f"{word}, police said the man was shot near the park.", "en", date(2016, 7, 7))
    assert [t.text for t in found] == [word]
