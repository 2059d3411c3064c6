"""More place rules, each on a real GVA sentence read at test time (../shared/data/gva): AP-style state
datelines, towns over countries named alike, street crossings, titled people, and the event's town."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsweave.gazetteer import load
from newsweave.models import Entity, Place, PlaceMention
from newsweave.place_text import state_hints, street_pair, titled, word_spans
from newsweave.places import event_place, find_places


def _sentence(data_dir: Path, needle: str, after: int = 160) -> str:
    """The text from the start of the line holding `needle` to `after` characters past it."""
    path = data_dir / "gva" / "documents.jsonl"
    if not path.exists():
        pytest.skip(f"GVA data not found at {path}")
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            text: str = json.loads(line)["text"]
            at = text.find(needle)
            if at >= 0:
                return text[text.rfind("\n", 0, at) + 1 : at + len(needle) + after]
    pytest.skip(f"no GVA report contains {needle!r}")


def _places(text: str, entities: list[Entity] | None = None) -> list[tuple[str, str, str | None, str | None]]:
    return [(m.text, m.place.name, m.place.admin1, m.place.country) for m in find_places(text, entities or [], "en")]


# --- AP-style datelines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("needle", "town", "state"),
    [
        ("WEST PALM BEACH, Fla.", "West Palm Beach", "Florida"),  # a generic last word ("Beach") closes a name
        ("Hope, Ark., police", "Hope", "Arkansas"),  # a town named like a word, framed by an abbreviation
        ("READING, Pa.", "Reading", "Pennsylvania"),  # a dateline opening its line
    ],
)
def test_a_state_abbreviation_frames_the_town_before_it(data_dir: Path, needle: str, town: str, state: str) -> None:
    found = _places(_sentence(data_dir, needle))
    assert (town, state) in [(name, admin1) for _, name, admin1, _ in found], found
    assert not any(country == "NO" for *_, country in found)  # "Fla" is not Flå, Norway


def test_a_county_dateline_with_an_abbreviated_word(data_dir: Path) -> None:
    text = _sentence(data_dir, "JACKSON CO., Fla.")
    assert "FL" in state_hints(text, word_spans(text), load()).values()


def test_a_dateline_that_drops_the_period(data_dir: Path) -> None:
    text = _sentence(data_dir, "ST.AUGUSTINE, Fla -")
    assert "FL" in state_hints(text, word_spans(text), load()).values()


def test_a_weekday_before_a_comma_is_no_town(data_dir: Path) -> None:
    """ "on Thursday, Louisiana State Police ..." names no town "Thursday" of the state of Louisiana."""
    text = _sentence(data_dir, "on Thursday, Louisiana State Police", after=40)
    at = text.index("Louisiana")
    assert (at, at + len("Louisiana")) not in state_hints(text, word_spans(text), load())


@given(st.text(alphabet="abcdefgh ,.-—ABCDEFGHWa\n", max_size=60))
def test_state_hints_never_fail_and_point_at_a_state(text: str) -> None:
    for (start, end), code in state_hints(text, word_spans(text), load()).items():
        assert 0 <= start < end <= len(text) and len(code) == 2


# --- towns named like countries ---------------------------------------------------------------------


def test_a_town_in_the_named_state_beats_a_country_called_so_by_an_alias(data_dir: Path) -> None:
    """ "NORFOLK, Va." and "in Norfolk, police say" are Norfolk, Virginia, not Norfolk Island."""
    found = _places(_sentence(data_dir, "NORFOLK, Va. (WAVY)", after=300))
    norfolk = [(name, admin1, country) for text, name, admin1, country in found if text.casefold() == "norfolk"]
    assert norfolk and all(item == ("Norfolk", "Virginia", "US") for item in norfolk), found


def test_a_country_stays_a_country_without_a_state_next_to_it(data_dir: Path) -> None:
    text = _sentence(data_dir, "Lebanon", after=80)
    lebanon = [m for m in find_places(text, [], "en") if m.text == "Lebanon"]
    if not state_hints(text, word_spans(text), load()):
        assert all(m.place.country == "LB" for m in lebanon)


# --- streets and people -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("needle", "names"),
    [
        ("Bourbon and Iberville streets", ("Bourbon", "Iberville")),
        ("corner of Baltimore and McHenry", ("Baltimore", "McHenry")),
    ],
)
def test_both_names_of_a_street_crossing_are_streets(data_dir: Path, needle: str, names: tuple[str, ...]) -> None:
    text = _sentence(data_dir, needle, after=60)
    for name in names:
        at = text.index(name)
        assert street_pair(text, (at, at + len(name)), "en"), name
    assert not {name for _, name, _, _ in _places(text)} & {"Saint Gabriel", "Baltimore", "McHenry"}


def test_a_town_after_a_crossing_is_still_a_town(data_dir: Path) -> None:
    text = _sentence(data_dir, "corner of Baltimore and McHenry", after=60)
    cincinnati = "A man was shot at the corner of Baltimore and McHenry in Cincinnati."
    at = cincinnati.index("Cincinnati")
    assert not street_pair(cincinnati, (at, at + len("Cincinnati")), "en")
    assert text  # the real sentence is there; the town after it is our own sentence


def test_a_titled_name_is_a_person(data_dir: Path) -> None:
    """ "Sheriff Lynn Sheffield tells 41NBC ..." and the later "Sheffield says": the sheriff, not Sheffield."""
    text = _sentence(data_dir, "Sheriff Lynn Sheffield", after=600)
    at = text.index("Sheffield")
    assert titled(text, (at, at + len("Sheffield")), "en")
    assert not any(name == "Sheffield" for _, name, _, _ in _places(text)), _places(text)


def test_a_town_after_in_survives_a_namesake_person() -> None:
    text = "Sheriff John Austin said the man was shot in Austin on Friday."
    assert any(name == "Austin" for _, name, _, _ in _places(text))


# --- the event's place ------------------------------------------------------------------------------


def _mention(text: str, needle: str, place: Place) -> PlaceMention:
    at = text.index(needle)
    return PlaceMention((at, at + len(needle)), needle, place)


def test_the_lede_town_beats_the_newsrooms_dateline(data_dir: Path) -> None:
    """ "INDIANAPOLIS, Ind. (June 15, 2014) — Police officers in Kokomo are investigating a shooting"."""
    text = _sentence(data_dir, "Police officers in Kokomo", after=60)
    mentions = [m for m in find_places(text, [], "en") if m.place.precision == "town"]
    assert [m.text for m in mentions][:2] == ["INDIANAPOLIS", "Kokomo"]
    chosen = event_place(text, mentions, mentions, [], "en", main=True)
    assert chosen is not None and chosen.text == "Kokomo"


def test_a_state_named_in_the_lede_gives_way_to_the_articles_town(data_dir: Path) -> None:
    """The lede names Indiana; the article then speaks of an Evansville teen: the event is in Evansville."""
    text = _sentence(data_dir, "Home Indiana Evansville", after=300)
    article = find_places(text, [], "en")
    state = [m for m in article if m.place.precision == "admin1"]
    assert state and any(m.text == "Evansville" for m in article)
    chosen = event_place(text, state[:1], article, [], "en", main=True)
    assert chosen is not None and chosen.place.name == "Evansville"
    assert event_place(text, state[:1], article, [], "en", main=False) == state[0]


def test_a_name_the_ner_calls_an_organisation_needs_a_frame(data_dir: Path) -> None:
    """ "Both men inside the Honda were killed": the car maker (ORG), not Honda, Colombia; "in Honda" would be."""
    text = _sentence(data_dir, "Both men inside the Honda were killed", after=40)
    at = text.index("Honda")
    assert not _places(text, [Entity((at, at + 5), "Honda", "ORG")])
    own = "Two men were shot in Honda on Friday."
    at = own.index("Honda")
    assert [name for _, name, _, _ in _places(own, [Entity((at, at + 5), "Honda", "ORG")])] == ["Honda"]


def test_a_title_word_is_no_town(data_dir: Path) -> None:
    """ "said Trooper Adam Reed, a state police spokesman": no town "Trooper", Pennsylvania."""
    text = _sentence(data_dir, "said Trooper Adam Reed", after=40)
    assert not any(name == "Trooper" for _, name, _, _ in _places(text)), _places(text)


def test_an_initial_is_no_name(data_dir: Path) -> None:
    """ "The D.C. region": no "The D" (an alias of Detroit)."""
    text = _sentence(data_dir, "The D.C. region", after=40)
    assert not any(name == "Detroit" for _, name, _, _ in _places(text)), _places(text)


def test_the_dateline_sets_the_articles_region(data_dir: Path) -> None:
    """ "PITTSBURGH (KDKA) – ... at a bar in Homewood": Homewood, Alabama lies outside the dateline's state."""
    text = _sentence(data_dir, "erupted overnight at a bar in Homewood", after=10)
    article = find_places(text, [], "en")
    towns = [m for m in article if m.place.precision == "town"]
    assert towns[0].text == "PITTSBURGH"
    away = [m for m in towns if m.place.admin1 != "Pennsylvania"]
    assert [m.text for m in away] == ["Homewood"]  # the gazetteer has no Homewood in Pennsylvania
    chosen = event_place(text, [*away, towns[0]], article, [], "en", main=True)
    assert chosen is not None and chosen.place.admin1 == "Pennsylvania"


def test_a_name_before_a_middle_initial_is_a_person(data_dir: Path) -> None:
    """ "at Justin F. Kimball High School in Dallas": no town of Justin, Texas."""
    text = _sentence(data_dir, "Justin F. Kimball High School in Dallas", after=20)
    found = _places(text)
    assert not any(name == "Justin" for _, name, _, _ in found) and any(name == "Dallas" for _, name, _, _ in found)


def test_a_possessive_county_name_is_read_whole(data_dir: Path) -> None:
    """ "at a dice game in Prince George’s County": the Maryland county, not Prince George, British Columbia."""
    text = _sentence(data_dir, "dice game in Prince George’s County", after=20)
    found = _places(text)
    assert ("Prince George’s County", "Prince George's County", "Maryland", "US") in found, found


def test_a_name_joined_to_a_street_is_a_street(data_dir: Path) -> None:
    """ "outside the Broadway and E Pike QFC": Broadway is a street of Seattle, not Broadway, Virginia."""
    text = _sentence(data_dir, "outside the Broadway and E Pike", after=20)
    at = text.index("Broadway")
    assert street_pair(text, (at, at + len("Broadway")), "en")


def test_a_label_word_is_no_town(data_dir: Path) -> None:
    """ "DATE: April 13, 2015" in a police release: no town of Date, Japan."""
    text = _sentence(data_dir, "DATE: April 13, 2015", after=20)
    assert not any(country == "JP" for *_, country in _places(text)), _places(text)


def test_a_capital_dateline_is_a_national_bureau() -> None:
    """Wire copy datelines its bureau in the capital; the event is the town the first line names (own sentence)."""
    from newsweave.annotate import annotate
    from newsweave.models import Article
    from newsweave.places import event_place

    text = "KABUL, Afghanistan (AP) — A suicide bomber killed 12 people at a market in Kunduz on Friday, police said."
    article = Article("k", "k", text, "k", language="en", published="2024-03-15")
    notes = annotate(article)
    chosen = event_place(text, notes.places, notes.places, notes.entities, "en", main=True)
    assert chosen is not None and (chosen.place.name, chosen.place.country) == ("Kunduz", "AF")


def test_a_tie_between_countries_names_no_leading_country() -> None:
    """A tie must not break by set order: the same article used to resolve "Washington" differently per run."""
    from collections import Counter

    from newsweave.places import _majority_leader

    assert _majority_leader(Counter({"US": 1, "CM": 1, "GH": 1})) is None
    assert _majority_leader(Counter({"US": 2, "CM": 1})) == "US"
    assert _majority_leader(Counter()) is None
