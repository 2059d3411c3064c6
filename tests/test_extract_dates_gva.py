"""Event dates on real reports: follow-up dates, "overnight", yearless dates, the publication-date fallback.

Reports are read from ../shared at test time (GVA documents found by a substring of their text; the seed
report by its file name). Sentences in languages without data are written here.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.annotate import annotate, published_date
from newsweave.annotate.times import find_times
from newsweave.extract import extract
from newsweave.extract.dates import earliest_before, event_times, publication_fallback
from newsweave.extract.tables import table_for
from newsweave.models import Article, TimeExpr
from realtext import gva_article, main_date, sentence_span

# --- follow-up dates ---------------------------------------------------------------------------------


def test_a_state_after_the_shooting_does_not_date_it(data_dir: Path) -> None:
    """Remained in critical condition Friday night": Friday is the update's day; Thursday is the shooting's."""
    article = gva_article(data_dir, "remained in critical condition Friday night")
    span = sentence_span(article.text, "The 20-year-old victim")
    times = find_times(article.text, "en", published_date(article.published))
    assert [t.text for t in times if span[0] <= t.span[0] < span[1]] == ["Friday night"]
    assert event_times(article.text, span, times, table_for("en")) == ()
    assert main_date(article) == "2016-06-02"


def test_an_arrest_date_is_dropped_but_the_shooting_date_is_kept(data_dir: Path) -> None:
    article = gva_article(data_dir, "Two suspects were being tracked down Sunday")
    times = find_times(article.text, "en", published_date(article.published))
    span = sentence_span(article.text, "Two suspects were being tracked down Sunday")
    assert event_times(article.text, span, times, table_for("en")) == ()
    span = sentence_span(article.text, "None of the victims appeared")
    assert [t.value for t in event_times(article.text, span, times, table_for("en"))] == ["2016-12-24"]


@pytest.mark.parametrize(
    ("language", "sentence", "kept"),
    [
        ("fr", "Le suspect a été mis en examen vendredi pour le meurtre commis mardi soir.", ["mardi soir"]),
        ("es", "El joven permanece en estado crítico el viernes tras el tiroteo del martes.", ["martes"]),
        ("de", "Der Mann wurde am Freitag angeklagt; die Schüsse fielen am Dienstag.", ["Dienstag"]),
        ("tr", "Şüpheli cuma günü tutuklandı, saldırı ise salı günü oldu.", ["salı günü"]),
    ],
)
def test_follow_up_words_per_language(language: str, sentence: str, kept: list[str]) -> None:
    times = find_times(sentence, language, date(2024, 3, 9))
    assert len(times) == 2
    assert [t.text for t in event_times(sentence, (0, len(sentence)), times, table_for(language))] == kept


def test_the_earliest_day_within_one_day_before_the_first_is_the_happenings() -> None:
    friday = TimeExpr((0, 6), "Friday", "2016-08-26", "day", True)
    thursday = TimeExpr((40, 54), "Thursday night", "2016-08-25", "day", True)
    monday = TimeExpr((80, 86), "Monday", "2016-08-22", "day", True)
    assert earliest_before(friday, [friday, monday, thursday]) == thursday
    assert earliest_before(friday, [friday, monday]) == friday


# --- words -------------------------------------------------------------------------------------------


def test_overnight_is_the_night_that_ends_on_the_publication_day(data_dir: Path) -> None:
    article = gva_article(data_dir, "accidentally shot himself in the leg overnight")
    times = find_times(article.text, "en", published_date(article.published))
    assert [(t.text, t.value) for t in times if t.text == "overnight"] == [("overnight", "2016-12-30")]
    assert main_date(article) == "2016-12-30"


def test_month_of_year(data_dir: Path) -> None:
    article = gva_article(data_dir, "in October of 2014")
    times = find_times(article.text, "en", published_date(article.published))
    assert ("October of 2014", "2014-10") in [(t.text, t.value) for t in times]


# --- articles without a publication date -------------------------------------------------------------


def test_seed0_yearless_date_takes_the_year_the_article_pins_down(seeds_dir: Path) -> None:
    """On February 10 beside "Friday, February 17" (2023 by its weekday) is 2023-02-10, not 2026-02-10."""
    path = next(seeds_dir.glob("000_*.txt"))
    text = path.read_text(encoding="utf-8")
    article = Article("s0", str(path), text, "s0", language="en")
    annotations = annotate(article, today=date(2026, 11, 22))
    assert ("February 10", "2023-02-10") in [(t.text, t.value) for t in annotations.times]
    events, _ = extract(article, annotations)
    assert events[0].date == "2023-02-17"
    assert "2023-02-10" in [e.date for e in events[1:]]
    assert "2026-02-10" not in [e.date for e in events]


def test_without_any_pinned_date_yearless_dates_still_use_today() -> None:
    times = find_times("On February 10, a raid.", "en", None, date(2026, 11, 22))
    assert [t.value for t in times] == ["2026-02-10"]


@settings(max_examples=60, deadline=None)
@given(
    pinned=st.dates(min_value=date(1990, 1, 1), max_value=date(2026, 6, 1)),
    offset=st.integers(min_value=-150, max_value=150),
)
def test_yearless_date_near_a_pinned_one_resolves_exactly(pinned: date, offset: int) -> None:
    other = pinned + timedelta(days=offset)
    text = f"It began on {pinned:%A, %B} {pinned.day}, {pinned.year}. On {other:%B} {other.day}, it ended."
    times = find_times(text, "en", None, date(2026, 11, 22))
    assert [t.value for t in times] == [pinned.isoformat(), other.isoformat()]


# --- fallback ----------------------------------------------------------------------------------------


def test_publication_fallback_for_a_report_that_names_no_day(data_dir: Path) -> None:
    article = gva_article(data_dir, "accidentally shot himself in north Harris County")
    assert main_date(article) == "2015-07-05"  # the publication day ...
    events, claims = extract(article, annotate(article))
    assert not [c for c in claims if c.event == events[0].id and c.field == "date"]  # ... which the text does not state
    assert publication_fallback(article.published) == ("2015-07-05", "day")
    assert publication_fallback(None) is None
    assert publication_fallback("not a date") is None
