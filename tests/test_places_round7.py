"""Places, round 7: a US town named like a country, organisations and persons named like towns, streets without a
street word, words no region ("South Precinct"), a big city's alias abroad over a tiny namesake in a report not in
English ("w Bagdadzie"), a declined country over a town's alias ("w Iraku"), a country over a region's alias
("Paraguay"), and common words of other languages that GeoNames knows as towns.

Real sentences come from ../shared at test time (GVA, SemEval-2022); the sentences in other languages are ours.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsweave.annotate import annotate
from newsweave.models import Entity
from newsweave.place_text import street_by_preposition
from newsweave.places import find_places
from realtext import gva_article, semeval_text, sentence_with


def _names(text: str, language: str = "en", home: tuple[str, str] | None = None) -> list[tuple[str, str | None]]:
    return [(m.place.name, m.place.admin1 or m.place.country) for m in find_places(text, (), language, home=home)]


# --- a US town named like a country -------------------------------------------------------------------


def test_police_in_lebanon_from_a_tennessee_station_is_the_town(data_dir: Path) -> None:
    article = gva_article(data_dir, "Police in Lebanon said a 10-year-old boy")
    sentence = sentence_with(article.text, "Police in Lebanon said")
    assert _names(sentence, home=("US", "Tennessee")) == [("Lebanon", "Tennessee")]
    assert _names(sentence) == [("Lebanon", "LB")]  # no frame at all: the country


def test_a_dateline_town_keeps_its_reading_for_the_bare_name(data_dir: Path) -> None:
    article = gva_article(data_dir, "Dandelion Drive in Lebanon")
    lebanons = [m.place for m in find_places(article.text, (), "en") if m.text.casefold() == "lebanon"]
    assert len(lebanons) >= 2
    assert all((p.country, p.admin1) == ("US", "Tennessee") for p in lebanons)


def test_a_country_named_by_other_words_stays_the_country() -> None:
    # ours: a Tennessee outlet's world news
    text = "Israeli jets struck targets in Lebanon on Sunday, officials in Syria said."
    assert ("Lebanon", "LB") in _names(text, home=("US", "Tennessee"))


# --- organisations, persons and streets named like towns -----------------------------------------------


def test_a_team_named_for_a_town_is_no_town(data_dir: Path) -> None:
    article = gva_article(data_dir, "was a big Dallas Cowboys fan")
    text = article.text
    team = text.find("the Dallas Cowboys")
    fan = text.find("Dallas Cowboys fan")
    assert team >= 0 and fan >= 0
    entities = (Entity((team, team + len("the Dallas Cowboys")), "the Dallas Cowboys", "ORG"),
                Entity((fan, fan + len("Dallas")), "Dallas", "GPE"))  # fmt: skip
    found = find_places(text, entities, "en", home=("US", "North Carolina"))
    assert not [m for m in found if m.span[0] == fan]  # "Dallas Cowboys fan": the team


def test_a_town_beside_its_newspaper_stays_the_town() -> None:
    # ours: a bare name beside an organisation named after the town, not followed by the rest of its name
    text = "A man was shot in his car, the Detroit Free Press reported. Detroit has had 20 homicides this year."
    at = text.index("the Detroit Free Press")
    town = text.index("Detroit has")
    entities = (Entity((at, at + len("the Detroit Free Press")), "the Detroit Free Press", "ORG"),
                Entity((town, town + len("Detroit")), "Detroit", "GPE"))  # fmt: skip
    found = find_places(text, entities, "en")
    assert [(m.text, m.place.admin1) for m in found] == [("Detroit", "Michigan")]


def test_police_of_a_town_named_like_a_team_is_the_town() -> None:
    # ours: a town's own service is a place cue, whatever else the text names after it
    text = "Dallas police said the Dallas Cowboys fan was shot."
    entities = (Entity((21, 39), "the Dallas Cowboys", "ORG"),)
    found = find_places(text, entities, "en")
    assert [(m.text, m.place.admin1) for m in found] == [("Dallas", "Texas")]


def test_a_lone_name_after_on_is_a_street(data_dir: Path) -> None:
    article = gva_article(data_dir, "a house on Winthrop near Clarita")
    found = annotate(article).places  # the NER calls "Winthrop" an organisation here
    assert not [m for m in found if m.text == "Winthrop"]
    assert any(m.text == "Detroit" and m.place.admin1 == "Michigan" for m in found)  # "on Detroit's west side"


@given(st.from_regex(r"[A-Z][a-z]{3,10}", fullmatch=True))
def test_on_makes_a_street_of_a_lone_name_only(name: str) -> None:
    street = f"shots were fired at a house on {name} near the park"
    town = f"a shooting on {name}'s west side"
    in_town = f"a shooting in {name} near the park"
    at = street.index(name)
    assert street_by_preposition(street, (at, at + len(name)), "en")
    at = town.index(name)
    assert not street_by_preposition(town, (at, at + len(name)), "en")
    at = in_town.index(name)
    assert not street_by_preposition(in_town, (at, at + len(name)), "en")


def test_a_name_whose_death_is_told_is_a_person(data_dir: Path) -> None:
    article = gva_article(data_dir, "involuntary manslaughter in Hanna's death")
    assert not [m for m in annotate(article).places if m.text == "Hanna"]  # was Ḩannā, Iran


def test_a_precinct_word_names_no_region_abroad(data_dir: Path) -> None:
    article = gva_article(data_dir, "Yakima police are investigating")
    yakimas = [m.place for m in find_places(article.text, (), "en") if m.text == "Yakima"]
    assert yakimas and all((p.country, p.admin1) == ("US", "Washington") for p in yakimas)


# --- other languages ----------------------------------------------------------------------------------


def test_a_declined_capital_beats_a_tiny_us_namesake_in_polish(data_dir: Path) -> None:
    text = semeval_text(data_dir, "1483831128", "w Bagdadzie")
    baghdad = [m.place for m in find_places(text, (), "pl") if m.text == "Bagdadzie"]
    assert baghdad and all(p.country == "IQ" for p in baghdad)


def test_a_declined_country_beats_a_towns_old_alias(data_dir: Path) -> None:
    text = semeval_text(data_dir, "1483917381", "Iraku")
    iraq = [m.place for m in find_places(text, (), "pl") if m.text == "Iraku"]
    assert iraq and all((p.name, p.precision) == ("Iraq", "country") for p in iraq)


def test_a_country_beats_a_regions_alias() -> None:
    # ours: GeoNames calls Asunción's district "Paraguay" too
    assert _names("Las lluvias dejaron tres muertos en Paraguay.", "es") == [("Paraguay", "PY")]


def test_common_words_of_other_languages_are_no_towns() -> None:
    # ours: "Länder" (states) is Lander, Venezuela; "جديدة" (new) El Jadida; "Türk" an alias of Angren; Google
    # an alias of Topeka, Kansas
    assert _names("Die Länder wollen die Regeln verschärfen, sagte ein Sprecher in Berlin.", "de") == [
        ("Berlin", "State of Berlin")
    ]
    assert ("El Jadida", "Casablanca-Settat") not in _names("أعلنت الحكومة عن خطة جديدة في القاهرة", "ar")
    assert ("Angren", "Tashkent") not in _names("Türk askerleri İdlib'de devriye attı.", "tr")
    assert ("Topeka", "Kansas") not in _names("Google hat die Daten an die Polizei in Köln gegeben.", "de")


def test_a_province_of_the_languages_country_beats_a_bigger_town_abroad(data_dir: Path) -> None:
    text = semeval_text(data_dir, "1638314093", "Sinop")
    sinops = [m.place for m in find_places(text, (), "tr") if m.text == "Sinop"]
    assert sinops and all(p.country == "TR" for p in sinops)  # was Sinop, Mato Grosso (Brazil)
    assert _names("Взрыв произошёл в Донецке.", "ru") == [("Donetsk", "Donetsk")]  # ours: no small namesake of Russia
