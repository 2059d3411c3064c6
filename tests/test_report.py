"""The three views of a Result: the contract's JSON, the Markdown brief and the self-contained HTML page."""

from __future__ import annotations

import dataclasses
import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from newsweave.models import Failure, Result
from newsweave.report import to_dict, to_html, to_markdown
from test_reconcile import build_seed_result

CONTRACT_KEYS = {
    "document": {"schema", "generated_by", "articles", "claims", "events"},
    "article": {"id", "origin", "outlet", "title", "language", "published", "credits", "text", "removed"},
    "claim": {"id", "article", "event", "field", "value", "qualifier", "group", "attributed_to", "span", "quote"},
    "event": {"id", "type", "title", "date", "location", "actors", "figures", "articles", "main_in", "conflicts",
              "summary"},
    "date": {"value", "precision", "claims"},
    "location": {"name", "admin1", "country", "lat", "lon", "geonameid", "precision", "claims"},
    "figure": {"field", "low", "best", "high", "groups", "claims"},
    "conflict": {"field", "note", "claims"},
    "summary": {"text", "claims", "articles"},
    "actor": {"role", "name", "claims"},
}


@pytest.fixture()
def seed(seeds_dir: Path) -> Result:
    result = build_seed_result(seeds_dir)
    return dataclasses.replace(result, errors=(Failure("empty.txt", "empty", "empty.txt: nothing in it"),))


def test_to_dict_has_every_contract_key(seed: Result) -> None:
    doc = to_dict(seed)
    assert CONTRACT_KEYS["document"] <= doc.keys() and doc["schema"] == "newsweave/1"
    assert re.fullmatch(r"newsweave \d+\.\d+\.\d+", doc["generated_by"])
    assert all(CONTRACT_KEYS["article"] <= a.keys() for a in doc["articles"])
    assert all(CONTRACT_KEYS["claim"] <= c.keys() for c in doc["claims"])
    event = doc["events"][0]
    assert CONTRACT_KEYS["event"] <= event.keys()
    assert CONTRACT_KEYS["date"] <= event["date"].keys() and CONTRACT_KEYS["location"] <= event["location"].keys()
    for key in ("figure", "conflict", "summary", "actor"):
        plural = {"figure": "figures", "conflict": "conflicts", "summary": "summary", "actor": "actors"}[key]
        assert event[plural] and all(CONTRACT_KEYS[key] <= item.keys() for item in event[plural])
    assert doc["errors"] == [{"input": "empty.txt", "kind": "empty", "message": "empty.txt: nothing in it"}]


def test_to_dict_is_json_and_deterministic(seed: Result) -> None:
    text = json.dumps(to_dict(seed), ensure_ascii=False, sort_keys=False)
    assert text == json.dumps(to_dict(seed), ensure_ascii=False)
    back: dict[str, Any] = json.loads(text)
    killed = back["events"][0]["figures"][0]
    assert (killed["low"], killed["best"], killed["high"], killed["groups"]) == (
        36, 53, 53, {"civilians": 46, "soldiers": 7})


def test_claim_values_and_spans(seed: Result) -> None:
    doc = to_dict(seed)
    texts = {a["id"]: a["text"] for a in doc["articles"]}
    for claim in doc["claims"]:
        start, end = claim["span"]
        assert texts[claim["article"]][start:end] == claim["quote"]
    place = next(c["value"] for c in doc["claims"] if c["field"] == "location")
    assert set(place) == {"name", "admin1", "country", "lat", "lon", "geonameid", "precision"}
    assert next(c for c in doc["claims"] if c["qualifier"] == "initial")["value"] == 36
    relation = [c["relation"] for c in doc["claims"] if c["field"] == "location"]
    assert relation == ["southeast of", "to the southwest of"]


def test_markdown_has_figures_citations_conflicts_and_sources(seed: Result) -> None:
    md = to_markdown(seed)
    assert "**Killed: 53 (low 36 – high 53; 46 civilians, 7 soldiers)**" in md
    assert "location: southeast vs southwest of Sokhne" in md
    assert "### Summary" in md and re.search(r"^- .+ \[a1\]\[a2\]$", md, re.M)
    assert "**Syrian Observatory for Human Rights** (as “OSDH”) → killed: 36 (initial) (later revised) [a1]" in md
    assert "## Sources" in md and "- [a1] IS attack kills 53 in Syria" in md
    assert "empty.txt: empty" in md


def test_markdown_escapes_markup(seed: Result) -> None:
    a1 = dataclasses.replace(seed.articles[0], title="<b>*bold*</b> [link](http://x)")
    md = to_markdown(dataclasses.replace(seed, articles=(a1, *seed.articles[1:])))
    assert "<b>" not in md and "\\*bold\\*" in md


def test_html_is_self_contained(seed: Result) -> None:
    page = to_html(seed)
    assert page.lstrip().lower().startswith("<!doctype html")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"@import|url\(|<script|<link", page, re.I)


def test_html_escapes_article_text(seed: Result) -> None:
    hostile = "<script>alert('x')</script> " + seed.articles[0].text
    shift = len(hostile) - len(seed.articles[0].text)
    a1 = dataclasses.replace(seed.articles[0], text=hostile, title="<img src=x onerror=alert(1)>")
    claims = tuple(
        dataclasses.replace(c, span=(c.span[0] + shift, c.span[1] + shift),
                            value_span=(c.value_span[0] + shift, c.value_span[1] + shift) if c.value_span else None)
        if c.article == "a1" else c
        for c in seed.claims
    )
    page = to_html(dataclasses.replace(seed, articles=(a1, seed.articles[1]), claims=claims))
    assert "<script" not in page.lower() and "&lt;script&gt;" in page
    assert "<img" not in page and "&lt;img src=x" in page


def test_html_highlights_every_claims_quote(seed: Result) -> None:
    page = to_html(seed)
    marks = re.findall(r"<mark class='([^']*)' data-claims='([^']*)' title='([^']*)'>(.*?)</mark>", page, re.S)
    for claim in seed.claims:
        pieces = [html.unescape(re.sub(r"</?b>", "", inner)) for _, ids, _, inner in marks if claim.id in ids.split()]
        assert "".join(pieces) == claim.quote, claim.id
        tips = [html.unescape(tip) for _, ids, tip, _ in marks if claim.id in ids.split()]
        assert all(claim.field in tip for tip in tips)


def test_html_marks_conflicts_visibly(seed: Result) -> None:
    page = to_html(seed)
    assert "<div class=conflict" in page and "location: southeast vs southwest of Sokhne" in page
    locations = {c.id for c in seed.claims if c.field == "location"}
    disputed = re.findall(r"<mark class='claim disputed' data-claims='([^']*)'", page)
    assert locations <= {i for ids in disputed for i in ids.split()}


def test_empty_result_renders() -> None:
    empty = Result()
    assert to_dict(empty)["events"] == [] and "0 events" in to_markdown(empty)
    assert "<!doctype html>" in to_html(empty)


def test_related_events_are_linked_in_both_views(seed: Result) -> None:
    from newsweave.models import Related

    main = dataclasses.replace(seed.events[0], related=(Related("e2", "earlier_similar"),))
    earlier = dataclasses.replace(seed.events[0], id="e2", title="Attack kills 16 civilians", main_in=(), related=())
    result = dataclasses.replace(seed, events=(main, earlier))
    assert "- **Earlier similar:** Attack kills 16 civilians (e2)" in to_markdown(result)
    assert "<strong>Earlier similar:</strong> <a href='#e2'>Attack kills 16 civilians</a>" in to_html(result)


def test_timeline_states_each_figure_once_and_omits_undated(seed: Result) -> None:
    """A figure repeated in a report is one row; reports with no publication date get no "undated" column."""
    from newsweave.report.text import timeline_rows

    event = seed.events[0]
    claims = {c.id: c for c in seed.claims}
    rows = timeline_rows(event, claims, {a.id: a for a in seed.articles})
    assert len(rows) == len({(s, w) for _, s, w, _ in rows}) < len(event.timeline)
    assert all(when == "2023-02-18" for when, _, _, _ in rows)
    undated = tuple(dataclasses.replace(p, published=None) for p in event.timeline)
    plain = dataclasses.replace(seed, events=(dataclasses.replace(event, timeline=undated),))
    assert all(when == "" for when, _, _, _ in timeline_rows(plain.events[0], claims, {}))
    assert "undated" not in to_markdown(plain) and "undated" not in to_html(plain)


def test_a_background_only_event_and_a_lone_source_read_plainly(seed: Result) -> None:
    """No "main subject in none", no "What each source alone adds" when one source states it all."""
    from newsweave.models import SourceAddition

    event = seed.events[0]
    one = SourceAddition("Syrian state television", ("a1", "a2"), tuple(c.id for c in seed.claims))
    alone = dataclasses.replace(event, main_in=(), adds=(one,))
    text = to_markdown(dataclasses.replace(seed, events=(alone,)))
    assert "main subject in none" not in text and "only mentioned in passing" in text
    assert "What each source alone adds" not in text
    assert "What each source alone adds" in to_markdown(seed)
