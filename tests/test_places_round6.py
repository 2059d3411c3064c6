"""Places, round 6: a region asked for is a constraint (the bench's gold city too), no sound-alikes among towns of
one settled spelling, "St." and "Saint" counties, a county after a town frames it, a report's language as a weak
prior among namesakes ("ROMA –"), a headline's "<town> shooting" over a newsroom's dateline, and towns far from
everything a local outlet's report names at home.

Real sentences come from ../shared at test time (GVA); the sentences in other languages are ours.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsweave.models import Entity
from newsweave.place_headline import headline_place, with_headline
from newsweave.place_names import saint_variants
from newsweave.places import dateline_of, event_place, find_places, lookup


@lru_cache(maxsize=1)
def _documents(path: Path) -> tuple[tuple[str, str, str], ...]:
    with path.open(encoding="utf-8") as handle:
        return tuple((d["title"] or "", d["text"], d["url"] or "") for d in map(json.loads, handle))


def _report(data_dir: Path, phrase: str) -> tuple[str, str]:
    """(title, text) of the GVA report whose text holds `phrase`, read at test time."""
    path = data_dir / "gva" / "documents.jsonl"
    if not path.exists():
        pytest.skip(f"GVA data not found at {path}")
    for title, text, _ in _documents(path):
        if phrase in text:
            return title, text
    pytest.skip(f"no GVA report says {phrase!r}")


def _sentence(data_dir: Path, phrase: str) -> str:
    """The sentence of a GVA report that holds `phrase`."""
    _, text = _report(data_dir, phrase)
    at = text.find(phrase)
    start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at) + 1, 0)
    ends = (text.find("\n", at), text.find(". ", at + len(phrase)))
    end = min((i for i in ends if i >= 0), default=len(text))
    return text[start : end + 1].strip()


def _names(text: str, language: str = "en", home: tuple[str, str] | None = None) -> list[tuple[str, str | None]]:
    return [(m.place.name, m.place.admin1) for m in find_places(text, (), language, home=home)]


# --- lookup: the region asked for is a constraint ---------------------------------------------------


def test_lookup_keeps_a_town_inside_the_region_asked_for() -> None:
    felton = lookup("Felton", "US", "Minnesota")  # cities500 has Felton, California only
    assert felton is None or felton.admin1 == "Minnesota"
    snowville = lookup("Snowville", "US", "Utah")  # once a sound-alike: Swanville, Maine
    assert snowville is None or snowville.admin1 == "Utah"
    marion = lookup("Marion", "US", "Kansas")
    assert marion is not None and marion.admin1 == "Kansas"
    bexar = lookup("Bexar (county)", "US", "Texas")
    assert bexar is not None and bexar.precision == "region"


# --- no sound-alikes among towns of one settled spelling --------------------------------------------


def test_a_us_town_the_gazetteer_lacks_is_no_sound_alike_of_another(data_dir: Path) -> None:
    sentence = _sentence(data_dir, "about 18 miles west of Snowville")
    assert ("Swanville", "Maine") not in _names(sentence)


def test_sound_matching_still_reads_a_transliteration() -> None:
    # ours: a Syrian town spelled as a French wire writes it
    text = "Des combats ont eu lieu au sud-est de la ville de Soukhné, dans la province de Homs en Syrie."
    names = _names(text, "fr")
    assert any(name == "As Sukhnah" for name, _ in names)


# --- "St." and "Saint" ------------------------------------------------------------------------------


def test_a_saint_county_is_read_in_either_spelling(data_dir: Path) -> None:
    sentence = _sentence(data_dir, "A 4-year-old St. Johns County boy shot Sunday")
    found = find_places(sentence, (), "en")
    assert found and {(m.place.name, m.place.precision) for m in found} == {("Saint Johns County", "region")}


@given(st.sampled_from(["st", "saint", "ste", "sainte"]), st.from_regex(r"[a-z]{2,10}( county)?", fullmatch=True))
def test_saint_variants_swap_the_first_word_both_ways(head: str, rest: str) -> None:
    key = f"{head} {rest}"
    (other,) = saint_variants(key)
    assert other.endswith(f" {rest}") and other != key
    assert saint_variants(other) == (key,)


@given(st.from_regex(r"[a-z]{1,10}( [a-z]{1,10})?", fullmatch=True))
def test_saint_variants_leave_other_keys_alone(key: str) -> None:
    if key.split(" ", 1)[0] not in ("st", "saint", "ste", "sainte"):
        assert saint_variants(key) == ()


# --- a county after a town frames it ----------------------------------------------------------------


def test_a_county_after_a_town_puts_it_in_that_county_state(data_dir: Path) -> None:
    sentence = _sentence(data_dir, "at his family’s home in Eureka, Navarro County")
    names = _names(sentence)
    assert ("Eureka", "California") not in names and ("Navarro County", "Texas") in names


def test_a_state_after_a_name_is_no_country(data_dir: Path) -> None:
    _, text = _report(data_dir, "IRA, Vt. (AP)")
    lede = text[: text.index("IRA, Vt. (AP)") + 200]
    assert all(m.place.precision != "country" for m in find_places(lede, (), "en"))


# --- the report's language as a weak prior ----------------------------------------------------------


def test_an_italian_dateline_is_rome() -> None:
    # ours
    names = _names("ROMA – Un uomo è stato ucciso ieri sera in una sparatoria in periferia.", "it")
    assert names[:1] == [("Rome", "Lazio")]
    assert _names("Due persone sono morte a Roma durante la notte.", "it") == [("Rome", "Lazio")]


def test_a_language_prior_does_not_override_a_named_country() -> None:
    # ours: an English report names Lesotho
    names = _names("Two people were killed in Roma, Lesotho, on Sunday.")
    assert names[0] == ("Roma", "Maseru District")


# --- the headline's "<town> shooting" over a newsroom's dateline ------------------------------------


def test_a_headline_town_before_shooting_beats_the_newsroom_dateline(data_dir: Path) -> None:
    title, text = _report(data_dir, "MIAMI (CBSMiami) – A Florida City teen has been charged")
    assert "Florida City Shooting" in title
    lede = text[: text.index("\n")]
    article = find_places(lede, (), "en")
    chosen = event_place(lede, article, article, (), "en", main=True)
    assert chosen is not None and dateline_of(lede, article) is chosen and chosen.place.name == "Miami"
    headline = headline_place(title, lede, article, "en")
    assert headline is not None and headline.place.name == "Florida City"
    picked = with_headline(chosen, headline, lede, article, title, "en")
    assert picked is not None and picked.place.name == "Florida City"


# --- towns far from all a local outlet's report names at home ---------------------------------------


def test_a_bare_dateline_of_a_chicago_site_is_no_texas_city(data_dir: Path) -> None:
    _, text = _report(data_dir, "AUSTIN — Four boys between ages 12 and 16 were wounded")
    names = _names(text, home=("US", "Illinois"))
    assert ("Austin", "Texas") not in names and ("Chicago", "Illinois") in names
    assert ("Austin", "Texas") in _names(text)  # without the outlet's home, nothing says which Austin


def test_a_town_far_from_home_in_a_state_never_named_is_dropped(data_dir: Path) -> None:
    _, text = _report(data_dir, "Police are investigating a shooting in Madisonville late Friday night")
    names = _names(text, home=("US", "Ohio"))
    assert ("Madisonville", "Kentucky") not in names and ("Cincinnati", "Ohio") in names


def test_a_city_far_from_home_stays() -> None:
    # ours: a Chicago paper on a shooting in Indianapolis, a city (Indiana never named)
    names = _names("Chicago police said the suspect was arrested after a shooting in Indianapolis on Sunday.",
                   home=("US", "Illinois"))  # fmt: skip
    assert ("Indianapolis", "Indiana") in names


# --- a surname is no town, a county of one state frames the report ----------------------------------


def test_a_bare_surname_of_a_named_person_is_no_town(data_dir: Path) -> None:
    _, text = _report(data_dir, "Mendoza should have known there was a strong possibility")
    full, bare = text.index("Anthony Mendoza"), text.index("Mendoza should have known")
    entities = (Entity((full, full + len("Anthony Mendoza")), "Anthony Mendoza", "PERSON"),
                Entity((bare, bare + len("Mendoza")), "Mendoza", "GPE"))  # fmt: skip
    assert all(m.text != "Mendoza" for m in find_places(text, entities, "en"))
    # ours: a cue makes the same word a town again
    cued = "Anthony Mendoza was shot. Police in Mendoza said the shooting was an accident."
    at = cued.rindex("Mendoza")
    person = (Entity((0, 15), "Anthony Mendoza", "PERSON"), Entity((at, at + 7), "Mendoza", "GPE"))
    assert any(m.text == "Mendoza" for m in find_places(cued, person, "en"))


def test_a_county_of_one_state_frames_a_bare_dateline(data_dir: Path) -> None:
    _, text = _report(data_dir, "Chenango County 911 Dispatch Center")
    lede = text[: text.index("Division Street in the City of Norwich")]
    names = _names(lede)
    assert ("Norwich", "England") not in names and ("Norwich", "New York") in names


def test_a_town_in_an_area_of_a_county_is_one_of_its_state(data_dir: Path) -> None:
    sentence = _sentence(data_dir, "in the Troy area of Gilmer County")
    assert all(admin1 == "West Virginia" for _, admin1 in _names(sentence))


def test_a_town_far_from_the_places_of_one_reading_is_their_neighbour(data_dir: Path) -> None:
    _, text = _report(data_dir, "Henderson police are trying to determine who fired the shot")
    names = _names(text[: text.index("Vanderburgh County") + 40])
    assert ("Evansville", "Indiana") in names
    assert ("Henderson", "Kentucky") in names and ("Henderson", "Nevada") not in names


def test_a_famous_city_keeps_its_reading_beside_a_namesake() -> None:
    # ours: Paris, Kentucky is a short drive from Winchester and Lexington, Paris of France is famous
    names = _names("A tourist from Paris was shot in Evansville, Vanderburgh County, on Sunday.")
    assert ("Paris", "Île-de-France") in names


def test_a_town_whose_state_the_text_names_keeps_its_reading(data_dir: Path) -> None:
    _, text = _report(data_dir, "BRISTOL (WATE/AP) – A man accused of shooting indiscriminately")
    names = _names(text)
    assert ("Dallas", "Texas") in names  # named in passing, a name of one reading
    assert ("Bristol", "Texas") not in names and ("Bristol", "Tennessee") in names
