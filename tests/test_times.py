"""Dates as written, resolved against the publication date: one test per rule, on real sentences.

Sentences in languages without shared data are written here by hand (short, invented).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.annotate import time_tables as tt
from newsweave.annotate.times import find_times
from newsweave.models import TimeExpr
from realtext import muc_sentence, seed_sentence, sentence_with

SAT = date(2023, 2, 18)  # a Saturday, the day after the seeds' attack
TODAY = date(2026, 11, 22)


def gva_doc(data_dir: Path, needle: str) -> tuple[str, date]:
    """The sentence holding `needle` in a GVA document, and that document's publication date."""
    with open(data_dir / "gva" / "documents.jsonl", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if needle in doc["text"]:
                return sentence_with(doc["text"], needle), date.fromisoformat(doc["dct"])
    pytest.skip(f"{needle!r} not in the GVA documents")


def found(text: str, written: str, language: str = "en", published: date | None = SAT,
          today: date | None = None) -> TimeExpr:
    hits = [t for t in find_times(text, language, published, today) if t.text == written]
    assert len(hits) == 1, (written, find_times(text, language, published, today))
    return hits[0]


# --- English, real sentences --------------------------------------------------------------------------


def test_weekday_day_month_without_anchor_takes_latest_matching_year(seeds_dir: Path) -> None:
    sentence = seed_sentence(seeds_dir, "killed Friday, February 17")
    t = found(sentence, "Friday, February 17", published=None, today=TODAY)
    assert (t.value, t.precision, t.relative) == ("2023-02-17", "day", False)


def test_day_month_without_year_is_on_or_before_publication(seeds_dir: Path) -> None:
    t = found(seed_sentence(seeds_dir, "On February 10"), "February 10")
    assert t.value == "2023-02-10"
    assert found("Clashes on December 30 left two dead.", "December 30", published=date(2023, 1, 2)).value == (
        "2022-12-30"
    )


def test_weekday_is_latest_such_day_on_or_before_publication(seeds_dir: Path) -> None:
    t = found(seed_sentence(seeds_dir, "their victims on Friday"), "Friday")
    assert (t.value, t.relative) == ("2023-02-17", True)


def test_same_weekday_as_publication_is_the_publication_day(seeds_dir: Path) -> None:
    sentence = seed_sentence(seeds_dir, "similar attack on Saturday")
    assert found(sentence, "Saturday").value == "2023-02-18"
    assert found(sentence, "Saturday", published=date(2023, 2, 19)).value == "2023-02-18"


def test_last_weekday_on_that_weekday_is_a_week_before(seeds_dir: Path) -> None:
    t = found(seed_sentence(seeds_dir, "kidnapped last Saturday"), "last Saturday")
    assert t.value == "2023-02-11"


def test_weekday_with_part_of_day(seeds_dir: Path) -> None:
    assert found(seed_sentence(seeds_dir, "on Thursday night"), "Thursday night").value == "2023-02-16"


def test_relative_earlier_in_the_day(seeds_dir: Path) -> None:
    assert found(seed_sentence(seeds_dir, "Earlier in the day"), "Earlier in the day").value == "2023-02-18"


def test_month_and_year(seeds_dir: Path) -> None:
    t = found(seed_sentence(seeds_dir, "in April 2021"), "April 2021")
    assert (t.value, t.precision) == ("2021-04", "month")


def test_year_after_preposition(seeds_dir: Path) -> None:
    t = found(seed_sentence(seeds_dir, "in 2019 in Syria"), "2019")
    assert (t.value, t.precision) == ("2019", "year")


def test_bare_weekday_without_publication_date_is_not_resolved(seeds_dir: Path) -> None:
    assert find_times(seed_sentence(seeds_dir, "their victims on Friday"), "en", None, TODAY) == []


def test_abbreviated_month(data_dir: Path) -> None:
    sentence, published = gva_doc(data_dir, "The shooting occurred Feb. 6")
    assert found(sentence, "Feb. 6", published=published).value == f"{published.year}-02-06"


def test_weekday_on_publication_day(data_dir: Path) -> None:
    sentence, published = gva_doc(data_dir, "Prosecutor’s Office announced Friday")
    assert published.weekday() == 4
    assert found(sentence, "Friday", published=published).value == published.isoformat()


def test_weekday_with_day_month_may_follow_publication(data_dir: Path) -> None:
    sentence, published = gva_doc(data_dir, "autopsy has been scheduled for Wednesday, June 11")
    t = found(sentence, "Wednesday, June 11", published=published)
    assert date.fromisoformat(t.value).weekday() == 2 and abs((date.fromisoformat(t.value) - published).days) < 7


def test_month_day_year(data_dir: Path) -> None:
    sentence, published = gva_doc(data_dir, "July 8, 2015")
    assert found(sentence, "July 8, 2015", published=published).value == "2015-07-08"


def test_day_month_year(data_dir: Path) -> None:
    assert found(muc_sentence(data_dir, "19 June 1986"), "19 June 1986").value == "1986-06-19"


def test_relative_words() -> None:
    text = "Yesterday two died; last week ten; a year ago more. January last year too. Next Friday a vote."
    got = {t.text: (t.value, t.precision) for t in find_times(text, "en", SAT)}
    assert got["Yesterday"] == ("2023-02-17", "day")
    assert got["last week"] == ("2023-02-06", "week")
    assert got["a year ago"] == ("2022", "year")
    assert got["January last year"] == ("2022-01", "month")
    assert got["Next Friday"] == ("2023-02-24", "day")


def test_month_after_preposition_is_the_latest_such_month() -> None:
    t = found("Clashes broke out in May and again in February.", "May")
    assert (t.value, t.precision) == ("2022-05", "month")
    assert found("Clashes broke out in May and again in February.", "February").value == "2023-02"


def test_numeric_dates_follow_language_order() -> None:
    assert found("Filed 02/14/2023.", "02/14/2023").value == "2023-02-14"
    assert found("Le 03/02/2023.", "03/02/2023", "fr").value == "2023-02-03"
    assert found("Report 2023-01-05.", "2023-01-05").value == "2023-01-05"


def test_may_as_verb_is_not_a_month() -> None:
    assert find_times("More victims may 5 times be found, it may rain in may.", "en", SAT) == []


def test_datetime_anchor_counts_as_its_day() -> None:
    assert find_times("died yesterday", "en", datetime(2023, 2, 18, 23, 59))[0].value == "2023-02-17"


def test_offsets_are_absolute() -> None:
    assert find_times("died yesterday", "en", SAT, start=10)[0].span == (15, 24)


# --- other languages (own sentences) -------------------------------------------------------------------

OWN = [
    ("fr", "Vendredi 17 février 2023, au moins 53 morts.", "Vendredi 17 février 2023", "2023-02-17", "day"),
    ("fr", "Il est mort vendredi.", "vendredi", "2023-02-17", "day"),
    ("fr", "Ils ont été enlevés samedi dernier.", "samedi dernier", "2023-02-11", "day"),
    ("fr", "L'attaque a eu lieu hier.", "hier", "2023-02-17", "day"),
    ("fr", "Le 1er mars, un attentat.", "1er mars", "2022-03-01", "day"),
    ("fr", "La semaine dernière, deux morts.", "La semaine dernière", "2023-02-06", "week"),
    ("es", "El viernes 17 de febrero hubo un ataque.", "viernes 17 de febrero", "2023-02-17", "day"),
    ("es", "El ataque fue el viernes.", "viernes", "2023-02-17", "day"),
    ("es", "Murieron ayer.", "ayer", "2023-02-17", "day"),
    ("es", "Ocurrió en abril de 2021.", "abril de 2021", "2021-04", "month"),
    ("de", "Am Freitag, 17. Februar 2023, starben 53 Menschen.", "Freitag, 17. Februar 2023", "2023-02-17", "day"),
    ("de", "Sie starben am Freitag, dem 17. Februar.", "Freitag, dem 17. Februar", "2023-02-17", "day"),
    ("de", "Der Anschlag war am Freitag.", "Freitag", "2023-02-17", "day"),
    ("de", "Sie starben gestern.", "gestern", "2023-02-17", "day"),
    ("de", "Am Freitagabend starben zwei Menschen.", "Freitagabend", "2023-02-17", "day"),
    ("de", "Das geschah vor zwei Tagen.", "vor zwei Tagen", "2023-02-16", "day"),
    ("ar", "قتل 53 شخصا يوم الجمعة", "الجمعة", "2023-02-17", "day"),
    ("ar", "وقع الهجوم أمس", "أمس", "2023-02-17", "day"),
    ("ar", "في 17 فبراير 2023 وقع هجوم", "17 فبراير 2023", "2023-02-17", "day"),
    ("ar", "خطفوا السبت الماضي", "السبت الماضي", "2023-02-11", "day"),
    ("tr", "Saldırı cuma günü oldu.", "cuma günü", "2023-02-17", "day"),
    ("tr", "17 Şubat 2023 tarihinde saldırı.", "17 Şubat 2023", "2023-02-17", "day"),
    ("tr", "Dün iki kişi öldü.", "Dün", "2023-02-17", "day"),
    ("tr", "2019'da başladı.", "2019", "2019", "year"),
    ("it", "Venerdì 17 febbraio 2023 un attacco.", "Venerdì 17 febbraio 2023", "2023-02-17", "day"),
    ("nl", "Op vrijdag 17 februari 2023 een aanslag.", "vrijdag 17 februari 2023", "2023-02-17", "day"),
    ("ru", "Они погибли в пятницу, 17 февраля.", "пятницу, 17 февраля", "2023-02-17", "day"),
    ("ru", "Вчера в Сирии погибли люди.", "Вчера", "2023-02-17", "day"),
    ("ru", "В прошлую субботу похищены люди.", "В прошлую субботу", "2023-02-11", "day"),
    ("uk", "Вони загинули в п’ятницю, 17 лютого.", "п’ятницю, 17 лютого", "2023-02-17", "day"),
    ("uk", "Вчора у Харкові загинули люди.", "Вчора", "2023-02-17", "day"),
    ("pt", "Em 17 de fevereiro de 2023 houve um ataque.", "17 de fevereiro de 2023", "2023-02-17", "day"),
]


@pytest.mark.parametrize(("language", "sentence", "written", "value", "precision"), OWN)
def test_other_languages(language: str, sentence: str, written: str, value: str, precision: str) -> None:
    t = found(sentence, written, language)
    assert (t.value, t.precision) == (value, precision)


# --- properties ----------------------------------------------------------------------------------------

FORMATS = {
    "en": "{month} {day}, {year}",
    "fr": "{day} {month} {year}",
    "es": "{day} de {month} de {year}",
    "de": "{day}. {month} {year}",
    "ar": "{day} {month} {year}",
    "tr": "{day} {month} {year}",
    "it": "{day} {month} {year}",
    "nl": "{day} {month} {year}",
    "pt": "{day} de {month} de {year}",
    "ru": "{day} {month} {year}",
    "uk": "{day} {month} {year}",
}


@settings(max_examples=150)
@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31)),
    st.sampled_from(sorted(FORMATS)),
    st.data(),
)
def test_formatted_dates_parse_back(day: date, language: str, data: st.DataObject) -> None:
    names = [name for name, number in tt.MONTHS[language].items() if number == day.month]
    month = data.draw(st.sampled_from(names))
    month = month.capitalize() if language in tt.CAPITALISED_MONTHS else month
    written = FORMATS[language].format(month=month, day=day.day, year=day.year)
    got = find_times(f"Reported {written} by the agency.", language, day + timedelta(days=3))
    assert [(t.text, t.value) for t in got] == [(written, day.isoformat())]


WORDS = [w for table in tt.MONTHS.values() for w in table] + [w for t in tt.WEEKDAYS.values() for w in t]
TOKENS = st.sampled_from(WORDS + ["17", "2023", "last", "on", "yesterday", ",", ".", "/", "-", "12"])


@settings(max_examples=200)
@given(
    st.lists(st.one_of(TOKENS, st.text(max_size=6)), max_size=12),
    st.sampled_from(["en", "fr", "es", "de", "ar", "tr", "xx"]),
    st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))),
)
def test_never_raises_and_spans_match(parts: list[str], language: str, published: date | None) -> None:
    text = " ".join(parts)
    for t in find_times(text, language, published, TODAY, start=3):
        s, e = t.span
        assert 3 <= s < e <= len(text) + 3
        assert text[s - 3:e - 3] == t.text
        assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", t.value)
