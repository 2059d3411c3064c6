"""Event dates, round 3: statements and releases do not date the happening, a named day beats the publication day,
a month is refined by the day the text names, a date modifying the happening noun dates it, the headline's day.

GVA reports are read from ../shared at test time (found by a substring of their text); sentences in languages
without data are written here.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.annotate import published_date
from newsweave.annotate.times import find_times
from newsweave.extract.dates import event_times, happening, named_day_fallback, refined_in_text, title_day
from newsweave.extract.tables import table_for
from newsweave.models import Article, TimeExpr
from realtext import gva_article, main_date, sentence_span

EN = table_for("en")


def _kept(article: Article, needle: str) -> list[str]:
    times = find_times(article.text, "en", published_date(article.published))
    span = sentence_span(article.text, needle)
    return [t.text for t in event_times(article.text, span, times, EN)]


def _clause(text: str, start: str, end: str) -> tuple[int, int]:
    """From `start` to the end of `end` after it (a sentence cut at "a.m." by `sentence_span` would lose its date)."""
    at = text.index(start)
    return at, text.index(end, at) + len(end)


# --- statements, releases, custody: the aftermath's dates -------------------------------------------------


def test_a_remark_to_reporters_does_not_date_the_massacre(data_dir: Path) -> None:
    article = gva_article(data_dir, "told reporters on Tuesday")
    assert _kept(article, "“I’m thinking I’m next,” Angel Colon") == []


def test_a_possible_hospital_release_does_not_date_the_shooting(data_dir: Path) -> None:
    article = gva_article(data_dir, "could be released as early as Monday")
    assert _kept(article, "She is in stable condition at Women") == []
    assert main_date(article) == "2016-01-10"  # "shot in the torso ... Sunday afternoon"


def test_an_arrest_warrant_does_not_date_the_death(data_dir: Path) -> None:
    article = gva_article(data_dir, "An arrest warrant was issued Monday")
    assert _kept(article, "An arrest warrant was issued Monday") == []


@pytest.mark.parametrize(
    ("language", "sentence", "kept"),
    [
        ("fr", "La police a indiqué dans un communiqué vendredi que l'homme avait été tué mardi soir.", ["mardi soir"]),
        ("es", "La policía informó en un comunicado el viernes que el hombre fue asesinado el martes.", ["martes"]),
        ("de", "Die Polizei sagte in einer Mitteilung am Freitag, der Mann sei am Dienstag erschossen worden.",
         ["Dienstag"]),
        ("tr", "Polis cuma günü açıklama yaptı; saldırı salı günü oldu.", ["salı günü"]),
        ("ar", "قال المتحدث في بيان يوم الجمعة إن الهجوم وقع يوم الثلاثاء.", ["الثلاثاء"]),
        ("fr", "Le blessé a été relâché vendredi; il avait été blessé mardi.", ["mardi"]),
        ("es", "El herido fue liberado el viernes; había sido herido el martes.", ["martes"]),
        ("de", "Der Verletzte wurde am Freitag freigelassen; er war am Dienstag verletzt worden.", ["Dienstag"]),
    ],
)  # fmt: skip
def test_statement_and_release_dates_are_dropped_in_other_languages(
    language: str, sentence: str, kept: list[str]
) -> None:
    times = find_times(sentence, language, date(2023, 2, 17))
    assert len(times) == 2
    found = event_times(sentence, (0, len(sentence)), times, table_for(language))
    assert [t.text for t in found] == kept


def test_a_shooting_said_to_happen_on_a_day_keeps_it(data_dir: Path) -> None:
    """The statement word is farther from the date than the happening word: the date is the shooting's."""
    needle = "told investigators that he shot his sister about 3 a.m. Sunday"
    article = gva_article(data_dir, needle)
    times = find_times(article.text, "en", published_date(article.published))
    start = article.text.index(needle)
    span = (start, start + len(needle) + 1)
    assert [t.text for t in event_times(article.text, span, times, EN)] == ["Sunday"]


# --- the happening word further before its date -------------------------------------------------------


def test_a_long_place_between_shot_and_its_day_still_ties_them(data_dir: Path) -> None:
    needle = "was shot at a gated apartment complex on Middleton Road NW in Atlanta on Thursday night"
    article = gva_article(data_dir, needle)
    times = find_times(article.text, "en", published_date(article.published))
    span = _clause(article.text, needle, "Thursday night")
    thursday = next(t for t in times if span[0] <= t.span[0] < span[1])
    assert thursday.text == "Thursday night" and happening(article.text, span, thursday, EN)


# --- a date modifying the happening noun ---------------------------------------------------------------


def test_an_early_sunday_morning_shooting_is_dated_by_its_sunday(data_dir: Path) -> None:
    article = gva_article(data_dir, "investigating an early Sunday morning shooting at a bar")
    times = find_times(article.text, "en", published_date(article.published))
    span = sentence_span(article.text, "Deputies with the Oconee County Sheriff's Office are investigating")
    sunday = next(t for t in times if span[0] <= t.span[0] < span[1])
    assert sunday.text == "Sunday morning" and happening(article.text, span, sunday, EN)


def test_an_overnight_shooting_does_not_tie_overnight(data_dir: Path) -> None:
    """ "an overnight shooting" names no day: the night may have begun the day before publication."""
    article = gva_article(data_dir, "in the investigation of an overnight shooting in Winchester")
    times = find_times(article.text, "en", published_date(article.published))
    span = _clause(article.text, "in the investigation of an overnight shooting", "in Winchester")
    overnight = next(t for t in times if span[0] <= t.span[0] < span[1])
    assert overnight.text == "overnight"
    assert not happening(article.text, span, overnight, EN)


# --- a month refined by the day the text names ---------------------------------------------------------


def test_last_month_is_refined_by_the_day_named_further_down(data_dir: Path) -> None:
    article = gva_article(data_dir, "stemming from a shooting last month at a nightclub in Venice")
    times = find_times(article.text, "en", published_date(article.published))
    month = next(t for t in times if t.text == "last month")
    spans = [sentence_span(article.text, "Vincent Gordon, 32, and Vontarius Gordon, 31")]
    assert refined_in_text(month, article.text, spans, times, EN).value == "2015-06-28"
    assert main_date(article) == "2015-06-28"


def test_a_day_is_not_refined() -> None:
    day = TimeExpr((0, 6), "Friday", "2023-02-17", "day", True)
    assert refined_in_text(day, "Friday", [(0, 6)], [day], EN) is day


# --- no event date: a day the text names, the headline's day --------------------------------------------


def test_an_arraignment_day_beats_the_publication_day(data_dir: Path) -> None:
    """The only day named is the arraignment's, the day after the shooting and before publication."""
    article = gva_article(data_dir, "He was arraigned Wednesday and remains in custody")
    assert article.published == "2017-01-19"
    assert main_date(article) == "2017-01-18"


def test_named_day_fallback_takes_the_earliest_recent_day() -> None:
    text = "Police spoke Sunday. A hearing is set for Monday. The case dates to June 2, 2015."
    times = find_times(text, "en", date(2023, 2, 14))
    assert named_day_fallback(times, "2023-02-14") == ("2023-02-12", "day")
    assert named_day_fallback(times, None) is None
    assert named_day_fallback([], "2023-02-14") is None


def _gva_title(data_dir: Path, needle: str) -> tuple[str, str]:
    with (data_dir / "gva" / "documents.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            if needle in doc["title"]:
                return doc["title"], doc["dct"]
    pytest.skip(f"no GVA title contains {needle!r}")


def test_the_headline_dates_an_undated_text(data_dir: Path) -> None:
    title, published = _gva_title(data_dir, "identify suspect in Saturday shooting")
    found = title_day(title, "en", published, EN)
    assert found is not None and date.fromisoformat(found[0]).weekday() == 5
    assert 0 <= (date.fromisoformat(published) - date.fromisoformat(found[0])).days < 7


def test_a_headline_day_of_an_arrest_dates_nothing(data_dir: Path) -> None:
    title, published = _gva_title(data_dir, "Another suspected Bunny Friend gunman booked Thursday")
    assert title_day(title, "en", published, EN) is None


@settings(max_examples=80, deadline=None)
@given(
    st.dates(min_value=date(2000, 1, 8), max_value=date(2030, 1, 1)),
    st.lists(st.integers(min_value=-10, max_value=40), max_size=6),
)
def test_named_day_fallback_stays_within_its_reach(published: date, offsets: list[int]) -> None:
    times = [
        TimeExpr((i, i + 1), "x", (published - timedelta(days=n)).isoformat(), "day", True)
        for i, n in enumerate(offsets)
    ]
    found = named_day_fallback(times, published.isoformat())
    near = [n for n in offsets if 0 <= n <= 3]
    if not near:
        assert found is None
    else:
        assert found == ((published - timedelta(days=max(near))).isoformat(), "day")
