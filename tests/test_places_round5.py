"""Places, round 5: what a name is when it is not the scene's town (a neighbourhood, a street, a person, a
hospital, a video playlist's caption), the outlet's home read from the site's name in a title, and the outlet's
country as the frame for a small town abroad.

Real sentences come from ../shared at test time (GVA); the sentences in other languages are ours.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsweave.models import Entity
from newsweave.place_headline import headline_place, site_name, with_headline
from newsweave.place_outlets import homes_from_votes, title_home
from newsweave.place_text import aftermath, caption_lines
from newsweave.places import event_place, find_places


@lru_cache(maxsize=1)
def _texts(path: Path) -> tuple[tuple[str, str], ...]:
    with path.open(encoding="utf-8") as handle:
        return tuple((d["title"] or "", d["text"]) for d in map(json.loads, handle))


def _sentence(data_dir: Path, phrase: str) -> str:
    """The sentence of a GVA report that holds `phrase`, read at test time."""
    path = data_dir / "gva" / "documents.jsonl"
    if not path.exists():
        pytest.skip(f"GVA data not found at {path}")
    for _, text in _texts(path):
        at = text.find(phrase)
        if at >= 0:
            start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at) + 1, 0)
            ends = (text.find("\n", at), text.find(". ", at + len(phrase)))
            end = min((i for i in ends if i >= 0), default=len(text))
            return text[start : end + 1].strip()
    pytest.skip(f"no GVA report says {phrase!r}")


def _title(data_dir: Path, phrase: str) -> str:
    path = data_dir / "gva" / "documents.jsonl"
    if not path.exists():
        pytest.skip(f"GVA data not found at {path}")
    for title, _ in _texts(path):
        if phrase in title:
            return title
    pytest.skip(f"no GVA title says {phrase!r}")


def _names(text: str, home: tuple[str, str] | None = None) -> list[tuple[str, str | None]]:
    return [(m.place.name, m.place.admin1) for m in find_places(text, (), "en", home=home)]


def _read(text: str, word: str) -> list[str]:
    return [m.text for m in find_places(text, (), "en") if m.text == word]


# --- names that are no town ------------------------------------------------------------------------


def test_a_neighbourhood_is_no_town(data_dir: Path) -> None:
    sentence = _sentence(data_dir, "in the West Pullman neighborhood")
    assert _read(sentence, "Pullman") == []
    assert _read("He was shot in Pullman, Wash., on Friday.", "Pullman") == ["Pullman"]


def test_a_street_after_block_of_is_no_town(data_dir: Path) -> None:
    sentence = _sentence(data_dir, "block of South Ewing")
    assert _read(sentence, "Ewing") == []


def test_a_name_given_an_age_is_a_person(data_dir: Path) -> None:
    sentence = _sentence(data_dir, "that Watford, 50, was on the phone")
    assert _read(sentence, "Watford") == []
    assert _read("The shooting in Watford, 50 miles away, was reported.", "Watford") == ["Watford"]


def test_a_name_with_a_girlfriend_is_a_person(data_dir: Path) -> None:
    sentence = _sentence(data_dir, "sister of Weston’s girlfriend")
    assert _read(sentence, "Weston") == []


def test_two_names_before_a_plural_hospital_word_are_hospitals(data_dir: Path) -> None:
    sentence = _sentence(data_dir, "Lincoln and Bronx Lebanon hospitals")
    assert _read(sentence, "Lincoln") == []


def test_a_crossing_of_two_word_streets(data_dir: Path) -> None:
    sentence = _sentence(data_dir, "Jones and Lake Mead boulevards")
    assert _read(sentence, "Jones") == []


def test_a_quadrant_is_no_town(data_dir: Path) -> None:
    sentence = _sentence(data_dir, "opened fire at a Northeast nightclub")
    assert _read(sentence, "Northeast") == []


def test_the_tail_of_a_name_the_gazetteer_lacks(data_dir: Path) -> None:
    sentence = _sentence(data_dir, "Cindy Adams Turzak of Mt. Oliver")
    assert _read(sentence, "Oliver") == []
    assert _read("Police in Lake Charles, La., said the man was shot.", "Lake Charles") == ["Lake Charles"]


def test_a_town_before_hospital_after_taken_to_is_aftermath(data_dir: Path) -> None:
    sentence = _sentence(data_dir, "Stone was flown to a Memphis hospital")
    at = sentence.index("Memphis")
    assert aftermath(sentence, (at, at + len("Memphis")), "en")
    scene = "A man was shot in Memphis on Friday."
    at = scene.index("Memphis")
    assert not aftermath(scene, (at, at + len("Memphis")), "en")


# --- video playlists ---------------------------------------------------------------------------------


def test_a_video_caption_line_is_no_scene(data_dir: Path) -> None:
    line = _sentence(data_dir, "0:14 Scary Boston tractor-trailer spin-out")
    text = "Police in Tampa, Fla., said a girl shot herself in the hand.\n\n" + line
    mentions = find_places(text, (), "en")
    assert caption_lines(text) and "Boston" in [m.text for m in mentions]  # still a vote for the outlet's home
    chosen = event_place(text, [m for m in mentions if m.text == "Boston"], mentions, (), "en", True)
    assert chosen is None
    plain = text.replace("0:14 ", "")
    mentions = find_places(plain, (), "en")
    chosen = event_place(plain, [m for m in mentions if m.text == "Boston"], mentions, (), "en", True)
    assert chosen is not None and chosen.text == "Boston"


@given(st.text(max_size=200))
def test_caption_lines_lie_inside_the_text(text: str) -> None:
    for start, end in caption_lines(text):
        assert 0 <= start < end <= len(text)
        assert re.match(r"\s*\d{1,2}:\d{2}", text[start:end])


# --- the outlet's home -------------------------------------------------------------------------------


def test_a_state_in_the_sites_name_is_the_outlets_home(data_dir: Path) -> None:
    assert title_home(_title(data_dir, "WTVM.com-Columbus, GA News"), "en") == ("US", "Georgia")
    assert title_home(_title(data_dir, "WMC Action News 5 - Memphis, Tennessee"), "en") == ("US", "Tennessee")


def test_a_big_city_in_the_sites_name_is_the_outlets_home(data_dir: Path) -> None:
    assert title_home(_title(data_dir, "| WBTV Charlotte"), "en") == ("US", "North Carolina")


def test_a_title_without_a_sites_name_gives_no_home() -> None:
    assert title_home("Man shot in Dexter on Friday night", "en") is None
    assert site_name("Man shot in Dexter on Friday night", "en") == ""


@given(st.text(max_size=120))
def test_title_home_reads_any_title(title: str) -> None:
    home = title_home(title, "en")
    assert home is None or (len(home) == 2 and all(home))


def test_one_report_set_nowhere_is_no_evidence_for_a_host_city() -> None:
    assert homes_from_votes([("glasgowcourier.com", None)]) == {}
    assert homes_from_votes([("glasgowcourier.com", None), ("glasgowcourier.com", None)]) != {}
    assert homes_from_votes([("dallasnews.com", ("US", "Texas"))]) == {"dallasnews.com": ("US", "Texas")}


def test_a_small_town_abroad_is_no_reading_for_a_local_outlet(data_dir: Path) -> None:
    sentence = _sentence(data_dir, "at her home in Galvez")
    assert ("Gálvez", "Santa Fe") in _names(sentence)
    assert ("Gálvez", "Santa Fe") not in _names(sentence, home=("US", "Louisiana"))


def test_the_outlets_country_frames_an_ambiguous_city(data_dir: Path) -> None:
    sentence = _sentence(data_dir, "Birmingham police are investigating an accidental shooting")
    assert _names(sentence, home=("US", "Georgia"))[:1] == [("Birmingham", "Alabama")]


# --- the headline against a bureau's dateline ------------------------------------------------------------


def _report(data_dir: Path, title: str) -> tuple[str, str]:
    path = data_dir / "gva" / "documents.jsonl"
    if not path.exists():
        pytest.skip(f"GVA data not found at {path}")
    for headline, text in _texts(path):
        if headline.startswith(title):
            return headline, text
    pytest.skip(f"no GVA report is titled {title!r}")


def test_a_headline_scene_beats_a_dateline_of_the_same_state(data_dir: Path) -> None:
    title, text = _report(data_dir, "4 shot dead in Clarksburg")
    article = find_places(text, (), "en")
    dateline = next(m for m in article if m.text == "CHARLESTON")
    headline = headline_place(title, text, article, "en")
    assert headline is not None and headline.text == "Clarksburg"
    chosen = with_headline(dateline, headline, text, article, title, "en")
    assert chosen is not None and chosen.place.name == "Clarksburg"
    assert with_headline(dateline, headline, text, article) is dateline  # no title: the dateline as before


def test_where_someone_lives_in_the_headline_leaves_the_dateline() -> None:
    text = "CHARLESTON, W.Va. -- A man was charged Friday with killing four people."
    title = "Clarksburg man charged with killing four"
    article = find_places(text, (), "en")
    dateline = next(m for m in article if m.text == "CHARLESTON")
    headline = headline_place(title, text, article, "en")
    assert headline is not None and with_headline(dateline, headline, text, article, title, "en") is dateline


# --- counties written short, a city-state's abbreviation, the site's own town ---------------------------


def test_a_county_written_short_is_the_county(data_dir: Path) -> None:
    title = _title(data_dir, "Colleton Co.")
    assert ("Colleton County", "South Carolina") in _names(title)
    assert _names("JACKSON CO., Fla. - A man was shot.")[:1] == [("Jackson County", "Florida")]


def test_dc_alone_is_the_district(data_dir: Path) -> None:
    sentence = _sentence(data_dir, "D.C. police are investigating a shooting in Southwest")
    assert ("District of Columbia", "District of Columbia") in _names(sentence)


def test_a_report_that_names_no_place_is_set_in_its_stations_town(data_dir: Path) -> None:
    title = _title(data_dir, "Five people shot in apartment complex - WMC Action News 5 - Memphis, Tennessee")
    found = headline_place(title, "Five people were shot in an apartment complex Wednesday night.", [], "en")
    assert found is not None and (found.place.name, found.place.admin1) == ("Memphis", "Tennessee")
    body = find_places("Police in Bartlett, Tenn., said five people were shot.", (), "en")
    assert headline_place(title, "Police in Bartlett, Tenn., said five people were shot.", body, "en") is None


def test_a_neighbourhood_named_like_a_town_of_the_outlets_region_stays(data_dir: Path) -> None:
    sentence = _sentence(data_dir, "used to hearing in the St. Augustine neighborhood")
    at = sentence.index("St. Augustine")
    entities = (Entity((at, at + len("St. Augustine")), "St. Augustine", "GPE"),)  # as the NER reads it

    def names(home: tuple[str, str]) -> list[str | None]:
        return [m.place.admin1 for m in find_places(sentence, entities, "en", home=home)]

    assert names(("US", "Florida")) == ["Florida"]
    assert names(("US", "Illinois")) == []


def test_an_old_alias_at_home_does_not_beat_a_famous_place_so_named(data_dir: Path) -> None:
    """A NewsWCL50 report datelined "WASHINGTON —" that later names New York: GeoNames lists "Washington" as an
    old name of Watervliet, New York, which won as the town "in the article's region"; only a town named so
    (Paris, Texas) wins at home over a famous namesake."""
    sentences: dict[int, list[str]] = {}
    with (data_dir / "newswcl50" / "NewsWCL50.conll").open(encoding="utf-8") as rows:
        for row in rows:
            cols = row.rstrip("\n").split("\t")
            if len(cols) >= 4 and cols[0] == "1/-/1_L":
                sentences.setdefault(int(cols[1]), []).append(cols[3])
    text = "\n".join(" ".join(sentences[k]) for k in sorted(sentences))
    assert text.startswith("WASHINGTON") and "New York" in text
    first = find_places(text, (), "en")[0]
    assert (first.text, first.place.name, first.place.admin1) == ("WASHINGTON", "Washington", "District of Columbia")
