"""Places, round 8: a town named as the middle of an area ("in Atlanta's northeastern suburbs", "a Dallas-area
hospital") ranks as a region; a town named for its people ("A Dacula teenager") is where someone lives when another
place is given as the scene; a resident town in the headline does not replace the body's county; a country bigger
than its region of the same name is what the name means alone ("México"), unless a state word comes with it.

Real sentences come from ../shared at test time (GVA); the sentences in other languages are ours.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsweave.models import PlaceMention
from newsweave.place_headline import with_headline
from newsweave.place_text import resident_after, vicinity
from newsweave.places import event_place, find_places
from realtext import gva_article, semeval_text, sentence_with


def _span(text: str, name: str) -> tuple[int, int]:
    at = text.index(name)
    return at, at + len(name)


def _event(text: str, home: tuple[str, str] | None = None) -> PlaceMention | None:
    mentions = find_places(text, (), "en", home=home)
    return event_place(text, mentions, mentions, (), "en", main=True)


# --- the middle of an area ---------------------------------------------------------------------------


def test_a_town_whose_suburbs_are_named_is_an_area(data_dir: Path) -> None:
    sentence = sentence_with(gva_article(data_dir, "in Atlanta's northeastern suburbs").text, "northeastern suburbs")
    assert vicinity(sentence, _span(sentence, "Atlanta"), "en")


def test_an_area_hospital_is_no_scene_town(data_dir: Path) -> None:
    sentence = sentence_with(gva_article(data_dir, "careflighted to a Dallas-area hospital").text, "Dallas-area")
    assert vicinity(sentence, _span(sentence, "Dallas"), "en")


def test_the_dateline_town_beats_the_area_its_lede_names(data_dir: Path) -> None:
    text = gva_article(data_dir, "in Atlanta's northeastern suburbs").text
    lede = text[: text.index("Gwinnett County community")]
    chosen = _event(lede)
    assert chosen is not None and chosen.place.name == "Snellville"


def test_a_town_named_plainly_is_no_area() -> None:
    # ours
    text = "A man was shot in Atlanta on Monday; Atlanta police said."
    assert not vicinity(text, _span(text, "Atlanta"), "en")
    assert _event(text) is not None


def test_area_words_of_other_languages() -> None:
    # ours
    french = "Un homme a été tué dans la banlieue de Lyon."
    german = "Ein Mann wurde im Großraum Stuttgart erschossen."
    assert vicinity(french, _span(french, "Lyon"), "fr")
    assert vicinity(german, _span(german, "Stuttgart"), "de")


@given(st.sampled_from(["police", "officers", "on Monday", "and", "County"]))
def test_no_area_without_an_area_word(after: str) -> None:
    text = f"It happened in Springfield {after} later."
    assert not vicinity(text, _span(text, "Springfield"), "en")


# --- a town named for its people ---------------------------------------------------------------------


def test_a_resident_town_gives_way_to_the_scene(data_dir: Path) -> None:
    sentence = sentence_with(gva_article(data_dir, "A Dacula teenager accidentally shot").text, "A Dacula teenager")
    assert resident_after(sentence, _span(sentence, "Dacula"), "en")
    chosen = _event(sentence, home=("US", "Georgia"))
    assert chosen is not None and chosen.place.name == "Maysville"


def test_a_resident_town_alone_is_the_scene(data_dir: Path) -> None:
    text = gva_article(data_dir, "An Immokalee teenager who was injured").text
    lede = text[text.index("An Immokalee teenager") : text.index("according to a police report")]
    chosen = _event(lede, home=("US", "Florida"))
    assert chosen is not None and chosen.place.name == "Immokalee"  # "Collier County Sheriff's Office" is no scene


def test_a_resident_headline_town_leaves_the_body_county(data_dir: Path) -> None:
    article = gva_article(data_dir, "near Shuler Road in Union County")
    text = article.text
    mentions = find_places(text, (), "en")
    county = next(m for m in mentions if m.text == "Union County")
    title = "Magnolia youth, Hank Bollen, dies in Union County hunting accident"  # the report's own headline
    headline = next(m for m in find_places(title, (), "en", home=("US", "Arkansas")) if m.text == "Magnolia")
    assert with_headline(county, headline, text, mentions, title, "en") is county
    scene_title = "Boy dies in Magnolia hunting accident"  # ours: a scene, not a resident
    scene = next(m for m in find_places(scene_title, (), "en", home=("US", "Arkansas")) if m.text == "Magnolia")
    assert with_headline(county, scene, text, mentions, scene_title, "en") is not county


# --- a country bigger than its region of the same name ----------------------------------------------


def test_mexico_alone_is_the_country(data_dir: Path) -> None:
    text = semeval_text(data_dir, "1647886329", "México acumula más de 216.000 casos")
    sentence = sentence_with(text, "México acumula")
    assert ("Mexico", "MX") in [(m.place.name, m.place.country) for m in find_places(sentence, (), "es")]
    assert ("Mexico City", "MX") not in [(m.place.name, m.place.country) for m in find_places(sentence, (), "es")]


def test_a_state_word_keeps_the_region() -> None:
    # ours
    found = find_places("Tres muertos en un ataque armado en el estado de México.", (), "es")
    assert [(m.place.name, m.place.precision) for m in found] == [("México", "admin1")]
    found = find_places("Un tiroteo en México dejó cinco muertos, informó la policía de Jalisco.", (), "es")
    assert ("Mexico", "country") in [(m.place.name, m.place.precision) for m in found]


def test_georgia_in_a_us_story_stays_the_state(data_dir: Path) -> None:
    sentence = sentence_with(gva_article(data_dir, "in Atlanta's northeastern suburbs").text, "northeastern suburbs")
    text = sentence + " Georgia law requires a permit."  # ours, after the real sentence
    georgia = [m.place for m in find_places(text, (), "en") if m.text == "Georgia"]
    assert georgia and georgia[0].precision == "admin1" and georgia[0].country == "US"


def test_a_constituent_country_named_as_an_alias_stays_the_region() -> None:
    # ours: "Wales" is an alias of the United Kingdom in the country table, smaller than it but its own region
    found = find_places("Ein Mann wurde in Cardiff, Wales, festgenommen.", (), "de")
    assert ("Wales", "admin1") in [(m.place.name, m.place.precision) for m in found]
