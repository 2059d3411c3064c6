"""Places and dates, round 9: a city's nickname its own press uses ("KC", "KCK") names that city, in the body and in
the headline, wherever the outlet is; a headline that writes "St. Paul" names Saint Paul; a place named for
someone's service ("an Iraq war veteran") is not the scene; a US numeric date with a two-digit year ("7/23/15")
is a day.

Real headlines and sentences come from ../shared at test time (GVA); the other sentences are ours.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsweave.annotate.times import find_times
from newsweave.gazetteer import load
from newsweave.place_headline import headline_place
from newsweave.place_names import name_key
from newsweave.place_tables import TOWN_NICKNAMES
from newsweave.place_text import served_in
from newsweave.places import event_place, find_places
from realtext import gva_report, main_date, sentence_with

# --- nicknames -------------------------------------------------------------------------------------------


def test_every_nickname_names_one_known_city() -> None:
    gazetteer = load()
    for nickname, (country, _, name) in TOWN_NICKNAMES.items():
        numbers = gazetteer.find("town", name_key(nickname))
        assert numbers, nickname
        assert gazetteer.place("town", numbers[0]).name == name
        assert gazetteer.place("town", numbers[0]).country == country


def test_kck_in_a_real_headline_is_kansas_city_kansas(data_dir: Path) -> None:
    article = gva_report(data_dir, "04cceeb4f1a4536d148cb716814edffc")
    assert article.title is not None and "KCK" in article.title
    found = headline_place(article.title, article.text, (), "en", ("US", "Kansas"))
    assert found is not None
    assert (found.place.name, found.place.admin1) == ("Kansas City", "Kansas")


def test_kc_in_a_kansas_outlets_headline_is_kansas_city_missouri(data_dir: Path) -> None:
    article = gva_report(data_dir, "9bc9a260db7c77f101cd55eed937aba4")
    assert article.title is not None and article.title.startswith("KC man")
    found = headline_place(article.title, article.text, (), "en", ("US", "Kansas"))
    assert found is not None
    assert (found.place.name, found.place.admin1) == ("Kansas City", "Missouri")


def test_a_nickname_holds_when_the_page_names_another_states_towns(data_dir: Path) -> None:
    article = gva_report(data_dir, "94ece3d019" + _rest(data_dir, "94ece3d019"))
    assert article.title is not None and article.title.startswith("KC police")
    places = find_places(article.text, (), "en", home=("US", "Kansas"))  # a playlist of Olathe, Kansas stories
    found = headline_place(article.title, article.text, places, "en", ("US", "Kansas"))
    assert found is not None
    assert (found.place.name, found.place.admin1) == ("Kansas City", "Missouri")


def test_a_nickname_in_the_body() -> None:
    # ours
    text = "Police said the man was shot in KCK late Monday."
    found = [(m.text, m.place.name, m.place.admin1) for m in find_places(text, (), "en")]
    assert found == [("KCK", "Kansas City", "Kansas")]


def test_a_lowercase_kc_is_no_city() -> None:
    # ours: only the capitalised nickname names the city
    assert not [m for m in find_places("The kc rating was low.", (), "en") if m.place.name == "Kansas City"]


# --- saints in headlines -----------------------------------------------------------------------------------


def test_a_headline_st_paul_is_saint_paul(data_dir: Path) -> None:
    article = gva_report(data_dir, "6d38db1a0b247ddb9e386ac1bb7ffd50")
    assert article.title is not None and "St. Paul" in article.title
    found = headline_place(article.title, article.text, (), "en", ("US", "Minnesota"))
    assert found is not None
    assert (found.place.name, found.place.admin1) == ("Saint Paul", "Minnesota")


@given(st.sampled_from(["Man shot in {} on Friday", "{} shooting leaves one dead", "Police: 2 hurt in {}"]))
def test_st_and_saint_read_alike_in_a_headline(pattern: str) -> None:
    places = []
    for name in ("St. Paul", "Saint Paul"):
        found = headline_place(pattern.format(name), "", (), "en", ("US", "Minnesota"))
        places.append(None if found is None else (found.place.name, found.place.admin1))
    assert places[0] == places[1] == ("Saint Paul", "Minnesota")


# --- where someone served ------------------------------------------------------------------------------------


def test_a_war_veterans_country_is_no_scene(data_dir: Path) -> None:
    article = gva_report(data_dir, "93dae1b4fa" + _rest(data_dir, "93dae1b4fa"))
    sentence = sentence_with(article.text, "war veteran")
    at = sentence.index("Iraq")
    assert served_in(sentence, (at, at + 4), "en")
    article_places = find_places(article.text, (), "en", home=("US", "Louisiana"))
    told = [m for m in article_places if m.text in ("Plaquemine", "Iraq")]  # the suspect's town, his war
    chosen = event_place(article.text, told, article_places, (), "en")
    assert chosen is not None and chosen.text == "Plaquemine"


def test_a_country_named_as_a_scene_stays() -> None:
    # ours
    text = "Two soldiers were killed in Iraq on Monday, and a veteran of the unit was hurt."
    at = text.index("Iraq")
    assert not served_in(text, (at, at + 4), "en")
    mentions = find_places(text, (), "en")
    chosen = event_place(text, mentions, mentions, (), "en", main=True)
    assert chosen is not None and chosen.place.country == "IQ"


def test_a_veteran_in_german_and_turkish() -> None:
    # ours
    text = "Ein Irak-Veteran wurde in Berlin erschossen."
    assert served_in(text, (4, 8), "de")
    text = "Kore gazisi Ankara'da vuruldu."
    assert served_in(text, (0, 4), "tr")


@given(st.sampled_from(["veteran", "veterans", "vet", "war veteran", "War Veterans"]))
def test_every_service_word_marks_the_place(word: str) -> None:
    text = f"He is a Vietnam {word} who lived in Dallas."
    at = text.index("Vietnam")
    assert served_in(text, (at, at + 7), "en")
    assert not served_in(text, (text.index("Dallas"), text.index("Dallas") + 6), "en")


def _rest(data_dir: Path, prefix: str) -> str:
    """The rest of the doc_id of the GVA report whose id starts with `prefix`."""
    with (data_dir / "gva" / "documents.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            doc_id = json.loads(line)["doc_id"]
            if doc_id.startswith(prefix):
                return doc_id[len(prefix) :]
    pytest.skip(f"no GVA report {prefix}")


# --- two-digit years ------------------------------------------------------------------------------------------


def test_a_real_short_numeric_date(data_dir: Path) -> None:
    article = gva_report(data_dir, "b100cb436e" + _rest(data_dir, "b100cb436e"))
    found = [(t.text, t.value) for t in find_times(article.text, "en", date(2015, 7, 24))]
    assert ("7/23/15", "2015-07-23") in found


def test_a_short_year_past_next_year_is_of_the_last_century() -> None:
    # ours
    found = [(t.text, t.value) for t in find_times("Born 10/18/97 in Tulsa.", "en", date(2017, 4, 3))]
    assert found == [("10/18/97", "1997-10-18")]


def test_dots_and_single_digit_years_are_no_short_dates() -> None:
    # ours: "17.2.23" could be anything; "1/2/3" is no date
    assert not find_times("Version 17.2.23 and the ratio 1/2/3 were cited.", "en", date(2023, 2, 20))


@given(st.dates(min_value=date(2001, 1, 1), max_value=date(2030, 12, 31)), st.integers(min_value=0, max_value=300))
def test_a_us_short_date_reads_back(day: date, lag: int) -> None:
    text = f"It happened on {day.month}/{day.day}/{day.year % 100:02d} near the park."
    found = [t.value for t in find_times(text, "en", day + timedelta(days=lag))]
    assert found == [day.isoformat()]


# --- aftermath nouns ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("doc_id", "needle", "day"),
    [
        ("373ea145955325794711152e2d53f581", "arrest today", "2014-12-29"),  # the shooting, not the arrest
        ("8569057ec87b60219390312fc5d744b8", "indictment unsealed today", "2014-06-21"),  # the attempt, not the charges
    ],
)
def test_a_day_told_of_an_arrest_or_unsealed_charges_is_not_the_happenings(
    data_dir: Path, doc_id: str, needle: str, day: str
) -> None:
    article = gva_report(data_dir, doc_id)
    assert needle in article.text
    assert main_date(article) == day
