"""Places, round 3: the outlet's home region, "CITY,St." datelines, a country that shares a region's name, short
transliterations ("Azez"), and a capital's bureau covering a neighbour.

Real reports come from ../shared at test time (GVA); sentences in French and Turkish are ours.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsweave.models import Annotations, Article
from newsweave.place_names import vowel_frame
from newsweave.place_outlets import host_city_home, outlet_homes, outlet_host, rehome
from newsweave.places import event_place, find_places


def _documents(data_dir: Path) -> Iterator[dict[str, str]]:
    path = data_dir / "gva" / "documents.jsonl"
    if not path.exists():
        pytest.skip(f"GVA data not found at {path}")
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def _report(data_dir: Path, needle: str) -> dict[str, str]:
    for document in _documents(data_dir):
        if needle in document["text"]:
            return document
    pytest.skip(f"no GVA report contains {needle!r}")


def _article(document: dict[str, str]) -> Article:
    return Article(document["doc_id"], document["doc_id"], document["text"], "", url=document["url"], language="en")


def _towns(text: str, home: tuple[str, str] | None = None) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (m.place.admin1, m.place.country) for m in find_places(text, [], "en", home=home)}


# --- the outlet's host ------------------------------------------------------------------------------


def test_host_of_an_archived_url() -> None:
    url = "http://web.archive.org/web/20160616231247/http://ktla.com:80/2014/01/14/4-injured-in-south-la/"
    assert outlet_host(url) == "ktla.com"
    assert outlet_host("https://www.BaltimoreSun.com/news/x.html") == "baltimoresun.com"
    assert outlet_host(None) is None and outlet_host("not a url") is None


_LABEL = st.from_regex(r"[a-z][a-z0-9-]{0,12}[a-z0-9]", fullmatch=True)


@given(
    st.lists(_LABEL, min_size=2, max_size=4),
    st.sampled_from(["http://", "https://", ""]),
    st.booleans(),
    st.booleans(),
    st.from_regex(r"[a-z0-9/._-]{0,30}", fullmatch=True),
)
def test_host_survives_its_wrappers(labels: list[str], scheme: str, www: bool, port: bool, path: str) -> None:
    host = ".".join(labels).removeprefix("www.")
    url = f"{scheme}{'www.' if www else ''}{host}{':80' if port else ''}/{path}"
    assert outlet_host(url) == host
    assert outlet_host(f"http://web.archive.org/web/20170101000000/{url}") == host


def test_a_big_city_in_the_host_name() -> None:
    """ "baltimoresun.com", "abc7chicago.com": a city no namesake comes close to; "toledoblade.com" is Toledo, Ohio
    or Toledo, Spain, and "fox8.com" names no city."""
    assert host_city_home("baltimoresun.com") == ("US", "Maryland")
    assert host_city_home("abc7chicago.com") == ("US", "Illinois")
    assert host_city_home("pittsburgh.cbslocal.com") == ("US", "Pennsylvania")
    assert host_city_home("toledoblade.com") is None
    assert host_city_home("fox8.com") is None


def test_home_learned_from_the_outlets_datelines(data_dir: Path) -> None:
    """WBBJ (Jackson, Tennessee) datelines its reports "JACKSON, Tenn."; a host with one report learns nothing."""
    documents = [d for d in _documents(data_dir) if outlet_host(d["url"]) == "wbbjtv.com"]
    if len(documents) < 3:
        pytest.skip("too few WBBJ reports")
    articles = [_article(d) for d in documents]
    notes = [Annotations(a.id, places=find_places(a.text, [], "en")) for a in articles]
    assert outlet_homes(articles, notes) == {"wbbjtv.com": ("US", "Tennessee")}
    assert outlet_homes(articles[:1], notes[:1]) == {}


def test_home_is_the_frame_of_a_report_that_names_no_state(data_dir: Path) -> None:
    """ "Several people were shot at a Hamilton bar" on WLWT (Cincinnati): Hamilton, Ohio, not Ontario."""
    document = _report(data_dir, "shot at a Hamilton bar")
    article = _article(document)
    plain = Annotations(article.id, places=find_places(article.text, [], "en"))
    homed = rehome(article, plain, {"wlwt.com": ("US", "Ohio")})
    assert {m.place.admin1 for m in homed.places if m.text == "Hamilton"} == {"Ohio"}
    assert rehome(article, plain, {}) is plain


def test_home_does_not_override_a_stated_state(data_dir: Path) -> None:
    """ "JACKSON,Tenn.–" with an outlet home in Mississippi stays in Tennessee: the text states its region."""
    text = _report(data_dir, "JACKSON,Tenn.")["text"]
    assert _towns(text, home=("US", "Mississippi"))["JACKSON"] == ("Tennessee", "US")


def test_dateline_without_a_space_after_the_comma(data_dir: Path) -> None:
    """ "JACKSON,Tenn.– Jackson police are investigating": the abbreviation still names the state."""
    text = _report(data_dir, "JACKSON,Tenn.")["text"]
    assert _towns(text)["JACKSON"] == ("Tennessee", "US")


# --- outside the US (our sentences) -----------------------------------------------------------------


def test_niger_is_the_country_not_niger_state() -> None:
    """ "dans l'ouest du Niger": the country (20 million people) over Nigeria's Niger State, named alone."""
    text = "Des hommes armés ont tué cinq civils samedi près de Tillabéri, dans l'ouest du Niger."
    niger = next(m for m in find_places(text, [], "fr") if m.text == "Niger")
    assert (niger.place.country, niger.place.precision, niger.relation) == ("NE", "country", "in the west of")


def test_a_region_bigger_than_its_namesake_country_still_frames() -> None:
    """ "in Georgia" alone in an English story is still the state: it outnumbers the country."""
    places = find_places("A man was shot and killed in Georgia on Friday, police said.", [], "en")
    assert [(m.place.country, m.place.precision) for m in places] == [("US", "admin1")]


def test_a_short_transliteration_after_a_district_word() -> None:
    """ "Azez ilçesinde" (in the district of Azez): GeoNames spells it I‘zāz/Azaz; the vowels differ only."""
    text = "Suriye'nin kuzeyindeki Azez ilçesinde bir bomba patladı."
    azez = next(m for m in find_places(text, [], "tr") if m.text == "Azez")
    assert (azez.place.name, azez.place.country, azez.place.precision) == ("I‘zāz", "SY", "town")


def test_an_unknown_word_without_a_district_word_stays_out() -> None:
    assert [m.text for m in find_places("Suriye'nin kuzeyindeki Azez bir bomba patladı.", [], "tr")] == ["Suriye"]


def test_a_capitals_bureau_covering_a_neighbour() -> None:
    """ "ANKARA (AA) - Suriye'nin kuzeyindeki Azez ilçesinde": the event is in Syria, Ankara is the bureau."""
    text = "ANKARA (AA) - Suriye'nin kuzeyindeki Azez ilçesinde cuma günü bir bomba patladı, 8 kişi öldü."
    places = find_places(text, [], "tr")
    chosen = event_place(text, places, places, [], "tr", main=True)
    assert chosen is not None and (chosen.text, chosen.place.country) == ("Azez", "SY")


@given(st.from_regex(r"[bcdfghjklmnpqrstvz]{1,2}([aeiou][bcdfghjklmnpqrstvz]){1,3}", fullmatch=True))
def test_vowel_frame_ignores_which_vowel(name: str) -> None:
    swapped = name.translate(str.maketrans("aeiou", "eioua"))
    assert vowel_frame(name) == vowel_frame(swapped)
    assert vowel_frame(name).replace("a", "") == "".join(c for c in name if c not in "aeiou")
