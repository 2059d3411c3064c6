"""Event dates, round 5: a preposition is no date modifier ("arrested Friday for shooting a man"); an aftermath verb
right after a date ("prosecutors Wednesday filed a charge"); a night across two days ("late Thursday or early
Friday") is the day it ends on; a year that holds the publication day dates nothing; a date inside prose is no
date line; a page's own "Posted:" day, before the publication day given, resolves its relative dates.

GVA reports are read from ../shared at test time (found by a substring of their text); sentences in languages
without data are written here.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.annotate import published_date
from newsweave.annotate.times import find_times
from newsweave.extract.dates import event_times, happening, says_nothing, weekday_of
from newsweave.extract.tables import table_for
from newsweave.models import TimeExpr
from realtext import gva_article, gva_sentence

EN = table_for("en")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _kept(sentence: str, published: date, language: str = "en") -> list[str]:
    times = find_times(sentence, language, published)
    return [t.text for t in event_times(sentence, (0, len(sentence)), times, table_for(language))]


# --- a preposition between a date and the happening noun makes no attributive date ------------------------------


def test_arrested_friday_for_shooting_does_not_date_the_shooting(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "A teen was arrested Friday for shooting a man several times")
    friday = [t for t in find_times(sentence, "en", date(2015, 6, 25)) if t.text == "Friday"]
    assert friday and not happening(sentence, (0, len(sentence)), friday[0], EN)


def test_the_saturday_shooting_is_still_attributive(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "Police believe the Saturday shooting in the 1600 block of Holmes Road")
    saturday = [t for t in find_times(sentence, "en", date(2016, 5, 1)) if t.text == "Saturday"]
    assert saturday and happening(sentence, (0, len(sentence)), saturday[0], EN)


# --- an aftermath verb right after the date ---------------------------------------------------------------------


def test_prosecutors_wednesday_filed_is_the_filing_day(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "Federal prosecutors Wednesday filed an involuntary manslaughter charge")
    assert "Wednesday" not in _kept(sentence, date(2015, 9, 16))


def test_a_day_before_a_comma_and_said_still_dates_what_was_said(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "around 2:30 a.m. on Sunday, said Mike Lopez")
    assert _kept(sentence, date(2015, 12, 14)) == ["Sunday"]


# --- a night across two days ------------------------------------------------------------------------------------


def test_late_thursday_or_early_friday_is_friday(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "killed her family late Thursday or early Friday in Rice")
    times = find_times(sentence, "en", date(2013, 9, 24))
    assert [(t.text, t.value) for t in times] == [("late Thursday or early Friday", "2013-09-20")]
    assert weekday_of(times[0], EN) == 4
    assert _kept(sentence, date(2013, 9, 24)) == ["late Thursday or early Friday"]


def test_overnight_friday_into_saturday_in_a_short_sentence_is_no_date_line(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "The incident happened overnight Friday into Saturday.")
    assert _kept(sentence, date(2013, 6, 1)) == ["overnight Friday into Saturday"]
    assert [t.value for t in find_times(sentence, "en", date(2013, 6, 1))] == ["2013-06-01"]


def test_a_page_stamp_is_still_a_date_line(data_dir: Path) -> None:
    article = gva_article(data_dir, "Posted: Friday, March 7, 2014 7:14 PM EST")
    start = article.text.index("Posted: Friday, March 7, 2014")
    stamp = (start, start + len("Posted: Friday, March 7, 2014 7:14 PM EST"))
    times = find_times(article.text, "en", published_date(article.published))
    assert any(stamp[0] <= t.span[0] < stamp[1] for t in times)
    assert event_times(article.text, stamp, times, EN) == ()


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)), st.integers(0, 6), st.integers(0, 6))
@settings(max_examples=60, deadline=None)
def test_a_night_across_two_days_reads_the_second(published: date, first: int, second: int) -> None:
    sentence = f"The man was shot late {WEEKDAYS[first]} or early {WEEKDAYS[second]}."
    times = find_times(sentence, "en", published)
    if (first + 1) % 7 == second:
        assert len(times) == 1
        day = date.fromisoformat(times[0].value)
        assert day.weekday() == second and 0 <= (published - day).days < 7
    else:  # two days apart are two days, each read on its own
        assert [date.fromisoformat(t.value).weekday() for t in times] == [first, second]


@pytest.mark.parametrize(
    ("language", "sentence", "night"),
    [
        ("fr", "Un homme a été tué dans la nuit de samedi à dimanche.", "dans la nuit de samedi à dimanche"),
        ("es", "Un joven murió la noche del sábado al domingo.", "la noche del sábado al domingo"),
        ("de", "In der Nacht von Samstag auf Sonntag fielen Schüsse.", "In der Nacht von Samstag auf Sonntag"),
    ],
)  # fmt: skip
def test_a_night_across_two_days_in_other_languages(language: str, sentence: str, night: str) -> None:
    times = find_times(sentence, language, date(2016, 6, 15))
    assert [(t.text, t.value) for t in times] == [(night, "2016-06-12")]  # the Sunday


# --- a year that holds the publication day dates nothing --------------------------------------------------------


def test_this_year_says_nothing_of_the_day(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "Police said there has been a spike in homicides this year.")
    this_year = find_times(sentence, "en", date(2015, 5, 1))
    assert [t.text for t in this_year] == ["this year"]
    assert says_nothing(this_year[0], "2015-05-01")
    assert not says_nothing(this_year[0], "2016-01-04")  # read in January, "this year" of a 2015 report is a past year
    month = TimeExpr((0, 5), "May", "2015-05", "month", False)
    assert not says_nothing(month, "2015-05-01")


# --- a page's own "Posted:" day ---------------------------------------------------------------------------------


def test_posted_day_resolves_early_sunday(data_dir: Path) -> None:
    article = gva_article(data_dir, "ended with five people shot in southeast Kansas City early Sunday")
    times = find_times(article.text, "en", published_date(article.published))
    sunday = [
        t for t in times if t.text == "Sunday" and "Kansas City early" in article.text[t.span[0] - 20 : t.span[0]]
    ]
    assert article.published and article.published.startswith("2013-03-26")
    assert [t.value for t in sunday] == ["2013-03-10"]  # "Posted: Sunday, March 10, 2013" heads the page


def test_a_video_caption_deep_in_the_page_is_no_posted_day(data_dir: Path) -> None:
    article = gva_article(data_dir, "(Published Sunday, Jan. 26, 2014)")
    times = find_times(article.text, "en", published_date(article.published))
    ago = [t for t in times if t.text == "two years ago"]
    assert ago and ago[0].value == "2013"  # read against the page's publication in 2015, not the caption's 2014


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)), st.integers(1, 60))
@settings(max_examples=40, deadline=None)
def test_posted_before_publication_is_the_reference(posted: date, lag: int) -> None:
    text = f"Posted: {posted.strftime('%B')} {posted.day}, {posted.year}\n\nA man was shot Monday."
    monday = [t for t in find_times(text, "en", posted + timedelta(days=lag)) if t.text == "Monday"]
    assert len(monday) == 1
    day = date.fromisoformat(monday[0].value)
    assert day.weekday() == 0 and 0 <= (posted - day).days < 7
    later = [t for t in find_times(text, "en", posted - timedelta(days=1)) if t.text == "Monday"]
    assert date.fromisoformat(later[0].value) < posted  # a stamp after the given day changes nothing


# --- a day counted from the day named before it -----------------------------------------------------------------


def test_shot_the_day_before_thursday_is_wednesday(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "five people were shot the day before")
    times = find_times(sentence, "en", date(2015, 5, 21))
    assert [(t.text, t.value) for t in times] == [("Thursday", "2015-05-21"), ("the day before", "2015-05-20")]


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)), st.integers(0, 6))
@settings(max_examples=40, deadline=None)
def test_the_next_day_follows_its_antecedent_not_the_publication(published: date, weekday: int) -> None:
    text = f"The man was shot on {WEEKDAYS[weekday]} and died the next day."
    shot, died = find_times(text, "en", published)
    assert date.fromisoformat(died.value) - date.fromisoformat(shot.value) == timedelta(days=1)
    alone = "He died the next day. Police said nothing."
    assert find_times(alone, "en", published) == []  # no day named before it: nothing to count from
    apart = f"He was shot {WEEKDAYS[weekday]}. Police searched the area the next day."
    assert len(find_times(apart, "en", published)) == 1  # the day before sits in another sentence


@pytest.mark.parametrize(
    ("language", "sentence", "values"),
    [
        ("fr", "Il a été arrêté vendredi ; la veille, il avait tiré sur un passant.", ["2016-06-10", "2016-06-09"]),
        ("es", "Fue detenido el viernes; el día anterior había disparado.", ["2016-06-10", "2016-06-09"]),
        ("de", "Er wurde am Freitag festgenommen, am Vortag hatte er geschossen.", ["2016-06-10", "2016-06-09"]),
    ],
)  # fmt: skip
def test_the_day_before_in_other_languages(language: str, sentence: str, values: list[str]) -> None:
    assert [t.value for t in find_times(sentence, language, date(2016, 6, 15))] == values
