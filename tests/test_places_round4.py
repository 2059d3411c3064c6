"""Places, round 4: the headline as a source of the main event's place, and reading a report again under its
outlet's home without scanning its text a second time.

Real reports come from ../shared at test time (GVA); the French and German headlines are ours.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsweave.extract import extract
from newsweave.models import Annotations, Article, Entity
from newsweave.place_headline import headline_place, headline_text, with_headline
from newsweave.place_outlets import rehome
from newsweave.places import find_places, home_changes


def _documents(data_dir: Path) -> Iterator[dict[str, str]]:
    path = data_dir / "gva" / "documents.jsonl"
    if not path.exists():
        pytest.skip(f"GVA data not found at {path}")
    yield from _read(path)


@lru_cache(maxsize=1)
def _read(path: Path) -> tuple[dict[str, str], ...]:
    with path.open(encoding="utf-8") as handle:
        return tuple(json.loads(line) for line in handle)


def _titled(data_dir: Path, title: str) -> dict[str, str]:
    for document in _documents(data_dir):
        if (document.get("title") or "").startswith(title):
            return document
    pytest.skip(f"no GVA report is titled {title!r}")


def _headline(document: dict[str, str], outlet: tuple[str, str] | None = None) -> tuple[str, str | None] | None:
    places = find_places(document["text"], (), "en", home=outlet)
    found = headline_place(document["title"], document["text"], places, "en", outlet)
    return None if found is None else (found.place.name, found.place.admin1)


# --- the headline's text ----------------------------------------------------------------------------


def test_the_site_name_after_a_separator_is_cut(data_dir: Path) -> None:
    document = _titled(data_dir, "2 In Custody In Winchester Shooting")
    assert headline_text(document["title"], "en") == "2 In Custody In Winchester Shooting, Victim Identified"


def test_a_short_first_segment_keeps_the_whole_title() -> None:
    assert headline_text("Paris - Attentat près de la gare", "fr") == "Paris - Attentat près de la gare"


_TITLE = st.text(alphabet=st.sampled_from("ab CD|-–:.,'"), max_size=60)


@given(_TITLE)
def test_the_headline_text_is_a_part_of_the_title(title: str) -> None:
    head = headline_text(title, "en")
    assert head in title.strip()
    assert bool(head) == bool(title.strip())


# --- the headline's town ----------------------------------------------------------------------------


def test_a_town_only_the_headline_names_is_read_in_the_outlets_region(data_dir: Path) -> None:
    document = _titled(data_dir, "Four wounded in shooting at Pomona restaurant drive-through")
    assert _headline(document, ("US", "California")) == ("Pomona", "California")


def test_a_town_only_the_headline_names_needs_a_region(data_dir: Path) -> None:
    document = _titled(data_dir, "Four wounded in shooting at Pomona restaurant drive-through")
    assert _headline(document) is None  # no region: "Pomona" could be anywhere


def test_where_someone_lives_gives_way_to_the_scene(data_dir: Path) -> None:
    document = _titled(data_dir, "Pittsburgh man to stand trial for Allentown homicide")
    assert _headline(document, ("US", "Pennsylvania")) == ("Allentown", "Pennsylvania")


def test_a_county_abbreviation_is_not_a_town(data_dir: Path) -> None:
    document = _titled(data_dir, "Teenage girl accidentally shot in Burke Co.")
    assert _headline(document, ("US", "North Carolina")) is None


def test_the_tail_of_an_abbreviated_name_is_not_a_town(data_dir: Path) -> None:
    document = _titled(data_dir, "Neighbors mourn 'lovable kid' dead in shocking Mt. Oliver shooting")
    assert _headline(document, ("US", "Pennsylvania")) is None  # not Oliver, Pennsylvania


def test_a_persons_name_the_body_gives_is_not_a_town(data_dir: Path) -> None:
    document = _titled(data_dir, "Two teens charged with murder of grandson of Danny Davis")
    text = document["text"]
    start = text.index("Danny Davis", len(document["title"]))
    person = Entity((start, start + len("Danny Davis")), "Danny Davis", "PERSON")
    places = find_places(text, (person,), "en", home=("US", "Illinois"))
    assert headline_place(document["title"], text, places, "en", ("US", "Illinois"), (person,)) is None


def test_a_dateline_outweighs_the_headline(data_dir: Path) -> None:
    document = _titled(data_dir, "3 people shot to death at home in Atlanta suburbs")
    places = find_places(document["text"], (), "en")
    dateline = next(m for m in places if m.text == "SNELLVILLE")
    headline = headline_place(document["title"], document["text"], places, "en")
    assert headline is None  # "in Atlanta suburbs" names an area, not a scene town (round 8)
    assert with_headline(dateline, headline, document["text"], places) is dateline


def test_the_headline_outweighs_a_county(data_dir: Path) -> None:
    document = _titled(data_dir, "Four wounded in shooting at Pomona restaurant drive-through")
    places = find_places("Deputies of Los Angeles County said.", (), "en")
    county = next(m for m in places if m.place.precision == "region")
    headline = headline_place(document["title"], "", (), "en", ("US", "California"))
    assert with_headline(county, headline, "", places) is headline


def test_a_resident_noun_in_german_is_where_someone_lives() -> None:
    found = headline_place("Schüsse in Dresden: Leipzig Einwohner verletzt", "", (), "de", ("DE", "Saxony"))
    assert found is not None and found.place.name == "Dresden"


# --- the main event takes the headline's town -------------------------------------------------------


def test_the_main_event_is_placed_by_the_headline_with_a_headline_claim(data_dir: Path) -> None:
    document = _titled(data_dir, "Four wounded in shooting at Pomona restaurant drive-through")
    text = document["text"]
    article = Article(document["doc_id"], document["doc_id"], text, "", url=document["url"], language="en",
                      title=document["title"])  # fmt: skip
    notes = Annotations(article.id, ((0, len(text)),), places=find_places(text, (), "en"), home=("US", "California"))
    events, claims = extract(article, notes)
    assert events[0].place is not None and events[0].place.name == "Pomona"
    claim = next(c for c in claims if c.field == "location" and c.event == events[0].id)
    assert (claim.span, claim.quote, claim.headline) == ((0, 0), "", document["title"])


# --- reading again under the outlet's home ----------------------------------------------------------


def test_a_text_that_names_its_state_reads_the_same_under_that_home(data_dir: Path) -> None:
    document = _titled(data_dir, "Teenage girl accidentally shot in Burke Co.")
    text = document["text"]  # "BURKE COUNTY, N.C. - ..."
    assert not home_changes(text, (), "en", ("US", "North Carolina"))
    assert find_places(text, (), "en", home=("US", "North Carolina")) == find_places(text, (), "en")


def test_a_text_that_never_names_its_state_is_read_again(data_dir: Path) -> None:
    document = _titled(data_dir, "2 In Custody In Winchester Shooting")
    assert home_changes(document["text"], (), "en", ("US", "Kentucky"))
    assert not home_changes(document["text"], (), "en", None)


def test_rehome_keeps_the_home_and_the_same_places_as_a_full_second_reading(data_dir: Path) -> None:
    checked = 0
    for document in _documents(data_dir):
        if checked == 12:
            break
        if not document["text"].strip():
            continue
        text = document["text"]
        article = Article(document["doc_id"], document["doc_id"], text, "", url="https://wlky.com/x", language="en")
        notes = Annotations(article.id, places=find_places(text, (), "en"))
        again = rehome(article, notes, {"wlky.com": ("US", "Kentucky")})
        assert again.home == ("US", "Kentucky")
        assert again.places == find_places(text, (), "en", home=("US", "Kentucky"))
        checked += 1
    assert checked == 12
