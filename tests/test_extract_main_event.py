"""The main event's headline figures: counts only a title gives, roundup ledes, a day inside "last week".

Every rule runs on real Gun Violence Archive report text and titles read at test time from ../shared.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsweave.annotate.numbers import find_quantities
from newsweave.annotate.times import find_times
from newsweave.extract import extract, title_figures
from newsweave.extract.segment import SentenceCues, is_roundup, overlaps, segment
from newsweave.extract.tables import table_for
from newsweave.models import ArticleEvent, Claim, TimeExpr
from realtext import gva_sentence
from test_extract_support import annotate_by_hand, article


@cache
def _titles(data_dir: Path) -> dict[str, str]:
    """Title -> text of every GVA report."""
    path = data_dir / "gva" / "documents.jsonl"
    if not path.exists():
        pytest.skip(f"GVA reports not found at {path}")
    docs = (json.loads(line) for line in path.open(encoding="utf-8"))
    return {d["title"]: d["text"] for d in docs if d.get("title")}


def gva_title(data_dir: Path, title: str) -> str:
    if title not in _titles(data_dir):
        pytest.skip(f"{title!r} not among the GVA titles")
    return title


def run(text: str, title: str | None = None) -> tuple[tuple[ArticleEvent, ...], tuple[Claim, ...]]:
    a = replace(article(text), title=title)
    ann = replace(annotate_by_hand(a), quantities=tuple(find_quantities(text, "en")))
    return extract(a, ann)


def main_counts(events: tuple[ArticleEvent, ...], claims: tuple[Claim, ...]) -> list[tuple[str, object]]:
    return [(c.field, c.value) for c in claims if c.event == events[0].id and c.field in ("killed", "injured")]


# --- 1. counts only the headline gives ---------------------------------------------------------------------------


def test_a_headline_reads_with_the_texts_tables(data_dir: Path) -> None:
    title = gva_title(data_dir, "4 dead, 2 injured in a shooting at Northern Calif. tribal meeting")
    found = title_figures(title, "en", "2014-02-21", table_for("en"))
    assert [(f.field, f.value) for f in found] == [("killed", 4), ("injured", 2)]


def test_a_text_without_counts_takes_the_titles_and_says_so(data_dir: Path) -> None:
    title = gva_title(data_dir, "4 dead, 2 injured in a shooting at Northern Calif. tribal meeting")
    text = gva_sentence(data_dir, "Whenever Joel Currier posts new content")
    events, claims = run(text, title)
    assert main_counts(events, claims) == [("killed", 4), ("injured", 2)]
    for c in claims:
        if c.field in ("killed", "injured"):
            assert (c.span, c.quote, c.value_span, c.headline) == ((0, 0), "", None, title)  # not in `text`
            assert c.id in events[0].claims


def test_a_title_never_overrides_the_texts_own_count(data_dir: Path) -> None:
    title = gva_title(
        data_dir, "Woman Arrested In Deadly Rampage At NorCal Indian Tribal Headquarters; 4 Dead, 2 Critically Hurt"
    )
    text = gva_sentence(data_dir, "One man was killed and three others were injured in two shootings this afternoon")
    events, claims = run(text, title)
    assert main_counts(events, claims) == [("killed", 1), ("injured", 3)]
    assert [(c.field, c.value) for c in claims if c.span == (0, 0)] == [("arrested", 1)]  # what the text lacks


def test_a_titles_shot_victim_is_not_counted_wounded_when_the_text_counts_a_death(data_dir: Path) -> None:
    title = gva_title(data_dir, "Girl shot in head by 3-year-old brother")
    text = gva_sentence(data_dir, "Caskets carrying the six members of the Stay family who were shot and killed")
    events, claims = run(text, title)
    assert ("killed", 6) in main_counts(events, claims)
    assert not [c for c in claims if c.field == "injured"]


def test_a_title_that_names_a_death_gives_no_wounded_count(data_dir: Path) -> None:
    title = gva_title(data_dir, "Teen Dies Of Self-Inflicted Gunshot Wound In Valencia")
    events, claims = run(gva_sentence(data_dir, "Whenever Joel Currier posts new content"), title)
    assert main_counts(events, claims) == [("killed", 1)]


def test_a_wounded_headline_alone_counts(data_dir: Path) -> None:
    title = gva_title(data_dir, "Five wounded in East Side shooting")
    events, claims = run(gva_sentence(data_dir, "Whenever Joel Currier posts new content"), title)
    assert main_counts(events, claims) == [("injured", 5)]


# --- 2. roundup ledes -------------------------------------------------------------------------------------------


def test_roundup_ledes_are_recognised(data_dir: Path) -> None:
    for needle in (
        "have been wounded in separate shootings across the city since late Wednesday morning",
        "Two men and a boy were injured Sunday afternoon in three separate shootings",
        "left seven people dead and 14 others injured in 17 shootings across the city",
    ):
        s = gva_sentence(data_dir, needle)
        assert is_roundup(s, (0, len(s)), "en"), s


def test_one_of_the_worst_shootings_is_no_roundup(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "in one of the worst mass shootings in South Carolina history")
    assert not is_roundup(s, (0, len(s)), "en")


def test_a_roundup_lede_gives_its_totals_to_an_event_of_its_own(data_dir: Path) -> None:
    lede = gva_sentence(data_dir, "left seven people dead and 14 others injured in 17 shootings across the city")
    then = gva_sentence(data_dir, "including one shooting that left one person dead and four others wounded")
    events, claims = run(f"{lede} {then}")
    assert main_counts(events, claims)[:2] == [("killed", 1), ("injured", 4)]
    roundup = [e for e in events if not e.main]
    assert [(c.field, c.value) for c in claims if c.event == roundup[-1].id and c.field == "killed"] == [("killed", 7)]


def test_a_roundup_lede_alone_keeps_its_figures(data_dir: Path) -> None:
    lede = gva_sentence(data_dir, "Three people were wounded, one critically, between two shootings Monday")
    events, claims = run(lede)
    assert is_roundup(lede, (0, len(lede)), "en")
    assert main_counts(events, claims) == [("injured", 3)]
    assert len(events) == 1


def test_other_languages_have_roundup_phrases() -> None:
    for language, sentence in (
        ("fr", "Trois personnes ont été tuées dans plusieurs fusillades dans toute la ville."),
        ("es", "Cuatro personas murieron en varios tiroteos durante el fin de semana."),
        ("de", "Drei Menschen starben bei mehreren Schießereien im ganzen Stadtgebiet."),
        ("ar", "قتل ثلاثة أشخاص في حوادث متفرقة في المدينة."),
        ("tr", "Şehrin dört bir yanında iki ayrı saldırıda üç kişi öldü."),
    ):
        assert is_roundup(sentence, (0, len(sentence)), language), language
        assert not is_roundup("Un homme a été tué.", (0, 20), language)


# --- 3. a day inside the main event's week ----------------------------------------------------------------------


def _week_of(data_dir: Path) -> TimeExpr:
    s = gva_sentence(data_dir, "who were shot and killed last week are escorted")
    weeks = [t for t in find_times(s, "en", date(2014, 7, 14)) if t.precision == "week"]
    assert weeks, s
    return weeks[0]


def test_a_day_inside_last_week_is_the_same_happening(data_dir: Path) -> None:
    week = _week_of(data_dir)
    thursday = date.fromisoformat(week.value) + timedelta(days=3)
    day = TimeExpr((0, 8), "Thursday", thursday.isoformat(), "day", True)
    assert overlaps(day, week) and overlaps(week, day)
    cues = [SentenceCues((0, 10), True, (day,)), SentenceCues((11, 20), True, (week,))]
    assert segment(cues) == [[0, 1]]  # "shot Thursday" ... "killed last week": one happening


def test_a_day_outside_the_week_still_splits(data_dir: Path) -> None:
    week = _week_of(data_dir)
    later = date.fromisoformat(week.value) + timedelta(days=20)
    day = TimeExpr((0, 8), "Thursday", later.isoformat(), "day", True)
    assert not overlaps(day, week)
    cues = [SentenceCues((0, 10), True, (week,)), SentenceCues((11, 20), True, (day,))]
    assert segment(cues) == [[0], [1]]


@given(st.dates(date(2000, 1, 3), date(2030, 1, 1)), st.integers(-30, 30))
def test_a_week_holds_exactly_its_seven_days(start: date, offset: int) -> None:
    monday = start - timedelta(days=start.weekday())
    week = TimeExpr((0, 9), "last week", monday.isoformat(), "week", True)
    day = TimeExpr((0, 6), "Friday", (monday + timedelta(days=offset)).isoformat(), "day", True)
    assert overlaps(day, week) == (0 <= offset < 7)
