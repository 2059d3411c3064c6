"""Reconciliation rules checked on real reports of one incident (GVA documents, read at test time).

Each test rebuilds the claims extraction makes from real sentences of two or more reports of the same
shooting and checks what `reconcile` decides: which count is best, which date is the event's.
"""

from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.models import Article, ArticleEvent, Claim, Event
from newsweave.reconcile import reconcile


@lru_cache(maxsize=1)
def _documents(path: str) -> dict[str, dict[str, str]]:
    with open(path, encoding="utf-8") as f:
        return {d["doc_id"][:10]: d for d in map(json.loads, f)}


def report(data_dir: Path, doc_id: str) -> Article:
    """The GVA report whose id starts with `doc_id`, as the reconcile bench builds it."""
    doc = _documents(str(data_dir / "gva" / "documents.jsonl")).get(doc_id)
    if doc is None:
        pytest.skip(f"GVA document {doc_id} not found")
    return Article(doc_id, doc["url"], doc["text"], doc_id, language="en", published=doc["dct"], title=doc["title"])


class Claims:
    """Claims on the real sentence that carries `phrase` (the sentence's span as extraction gives it)."""

    def __init__(self) -> None:
        self.made: list[Claim] = []

    def __call__(self, article: Article, field: str, value: int | str, phrase: str, **kw: str) -> Claim:
        if phrase not in article.text:
            pytest.skip(f"{phrase!r} not in {article.id}")
        at = article.text.index(phrase)
        start = max(article.text.rfind(". ", 0, at) + 2, article.text.rfind("\n", 0, at) + 1, 0)
        end = article.text.find(".", at + len(phrase))
        span = (start, end + 1 if end > 0 else len(article.text))
        claim = Claim(f"{article.id}:c{len(self.made)}", article.id, f"{article.id}-e1", field, value, span,
                      article.text[span[0]:span[1]], value_span=(at, at + len(phrase)), **kw)  # type: ignore[arg-type]
        self.made.append(claim)
        return claim


def event_of(articles: list[Article], claims: list[Claim]) -> Event:
    members = [
        ArticleEvent(f"{a.id}-e1", a.id, True, "shooting", claims=tuple(c.id for c in claims if c.article == a.id))
        for a in articles
    ]
    return reconcile("e1", members, claims, articles)


def killed(event: Event, field: str = "killed") -> tuple[int, int, int, tuple[str, ...]]:
    figure = next(f for f in event.figures if f.field == field)
    return figure.low, figure.best, figure.high, figure.superseded


# --- figures ------------------------------------------------------------------------------------------


def test_a_lone_victim_later_in_the_same_report_is_a_part_not_a_revision(data_dir: Path) -> None:
    """ "Two are dead ..." then "Another, 25, ... where he died": the report still counts two, nothing revised."""
    first, second = report(data_dir, "81abea15f0"), report(data_dir, "8a9b57dd04")
    c = Claims()
    c(first, "killed", 2, "Two are dead and two are in critical condition")
    c(first, "killed", 1, "One victim, 23, was pronounced dead on the scene")
    c(first, "killed", 1, "was transported Regional One where he died")
    c(second, "killed", 2, "two men dead")
    c(second, "killed", 1, "One victim died upon arrival at the hospital")
    assert killed(event_of([first, second], c.made)) == (1, 2, 2, ())


def test_a_source_revises_its_count_only_in_a_later_report(data_dir: Path) -> None:
    """Police's four on one day, five days later in another report: an update, the older count superseded."""
    early, late = report(data_dir, "21eef42420"), report(data_dir, "e043034436")
    c = Claims()
    old = c(early, "killed", 4, "Four people were killed by a man on a deadly rampage", attributed_to="police")
    c(early, "killed", 1, "he was shot and killed by police", attributed_to="police")
    c(late, "killed", 5, "a shooting that left five dead", attributed_to="police")
    event = event_of([early, late], c.made)
    assert killed(event) == (1, 5, 5, (old.id,)) and not event.conflicts


def test_a_count_more_reports_state_wins_a_tie_of_lead_figures(data_dir: Path) -> None:
    """Two reports lead with three dead, two later ones with the two a man was charged with: three stands."""
    docs = [report(data_dir, d) for d in ("db0448f1d4", "04c3e2552d", "d1214d22dc", "d3f8aaacdf")]
    c = Claims()
    c(docs[0], "killed", 3, "a shooting that left three dead")
    c(docs[1], "killed", 3, "the gunfire that leaves three men dead")
    c(docs[2], "killed", 2, "Jimerson is accused of killing two men")
    c(docs[2], "killed", 3, "three people were shot dead in a gunfight")
    c(docs[3], "killed", 2, "shot and killed the two men")
    assert killed(event_of(docs, c.made))[1] == 3


def test_a_stray_number_loses_a_tie_to_the_smaller_count(data_dir: Path) -> None:
    """Ages ("two others 37") taken for a count tie with "five people were shot": the smaller count wins."""
    first, second = report(data_dir, "6a0ea4cdca"), report(data_dir, "c8e4bb78c7")
    c = Claims()
    c(first, "injured", 1, "The woman was grazed by a bullet")
    c(first, "injured", 37, "two others 37")
    c(second, "injured", 5, "five people were shot outside of a club")
    assert killed(event_of([first, second], c.made), "injured")[1] == 5


def test_a_count_of_several_beats_a_lone_victim_when_all_else_ties(data_dir: Path) -> None:
    """One report's "One victim ... pronounced dead" against another's lead "Two are dead": two."""
    first, second = report(data_dir, "8a9b57dd04"), report(data_dir, "81abea15f0")
    c = Claims()
    c(first, "killed", 1, "one person was pronounced dead on the scene")
    c(second, "killed", 2, "Two are dead and two are in critical condition")
    assert killed(event_of([first, second], c.made))[1] == 2


def test_a_part_of_those_counted_is_neither_a_group_nor_a_side(data_dir: Path) -> None:
    """ "Two of them are still in critical condition": a part of the four shot, never listed as a group."""
    first, second = report(data_dir, "ee6cf1803c"), report(data_dir, "7f1a9f66a1")
    c = Claims()
    c(first, "injured", 4, "four people were shot during a fight")
    part = c(first, "injured", 2, "Two of them are still in critical condition", group="of them")
    c(second, "injured", 2, "two of them remain in critical condition", group="of them")
    event = event_of([first, second], c.made)
    figure = event.figures[0]
    assert (figure.best, figure.groups, event.conflicts) == (4, {}, ()) and part.id in figure.claims


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=8), st.randoms())
def test_best_does_not_depend_on_the_order_claims_arrive_in(values: list[int], rnd: random.Random) -> None:
    texts = [f"Report {n}. {v} people were killed." for n, v in enumerate(values)]
    articles = [Article(f"a{n}", "x", t, f"h{n}", published=f"2016-01-0{1 + n % 3}") for n, t in enumerate(texts)]
    claims = [Claim(f"c{n}", f"a{n}", f"a{n}-e1", "killed", v, (10, len(texts[n])), texts[n][10:])
              for n, v in enumerate(values)]
    shuffled = claims[:]
    rnd.shuffle(shuffled)
    low, best, high, _ = killed(event_of(articles, claims))
    assert killed(event_of(articles, shuffled))[:3] == (low, best, high)
    assert low <= best <= high and best in values


# --- dates --------------------------------------------------------------------------------------------


def test_of_two_consecutive_days_the_night_before_is_the_events(data_dir: Path) -> None:
    """ "five people were shot the day before" (read as the 21st) vs "killed in a Wednesday shooting" (20th)."""
    first, second = report(data_dir, "96e3faceee"), report(data_dir, "2d786bd39f")
    c = Claims()
    c(first, "date", "2015-05-21", "five people were shot the day before")
    wednesday = c(second, "date", "2015-05-20", "killed in a Wednesday shooting")
    event = event_of([first, second], c.made)
    assert event.date is not None and event.date.value == "2015-05-20" and event.date.claims == (wednesday.id,)
    assert [x.field for x in event.conflicts] == ["date"]  # still shown: the reports do disagree


def test_days_further_apart_keep_the_first_reports_date(data_dir: Path) -> None:
    """Two days apart is no night-time shift: the earliest report's day stays, the other is a conflict."""
    first, second = report(data_dir, "96e3faceee"), report(data_dir, "2d786bd39f")
    c = Claims()
    c(first, "date", "2015-05-20", "five people were shot the day before")
    c(second, "date", "2015-05-18", "killed in a Wednesday shooting")
    event = event_of([first, second], c.made)
    assert event.date is not None and event.date.value == "2015-05-20"


# --- brief --------------------------------------------------------------------------------------------


def test_the_brief_holds_back_sentences_that_assert_nothing_new(seeds_dir: Path) -> None:
    """Four wordings of "53 were killed" in the seeds: the brief keeps one or two, then the parts and the 36."""
    from newsweave.reconcile import claim_key
    from test_reconcile import build_seed_result

    result = build_seed_result(seeds_dir)
    claims = {c.id: c for c in result.claims}
    summary = result.events[0].summary
    said: set[tuple[str, str]] = set()
    for sentence in summary:
        asserts = {claim_key(claims[i]) for i in sentence.claims}
        assert not asserts <= said, sentence.text
        said |= asserts
    texts = " ".join(s.text for s in summary)
    assert "46 civilians" in texts and "February 17" in texts and 3 <= len(summary) <= 6
