"""Round 8 of grouping: the stream (`EventIndex`) clusters each new event again with the live members of the
clusters it links to, by the batch's average link, so a later report can undo an earlier greedy join; the
clusters' archived members take part; expired main events dated to the day stay reachable by that day (a
follow-up months later); the term weights keep counting the latest expired events."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsweave.cluster as cluster
from newsweave.cluster import EventIndex, group_with
from newsweave.embed import DIM
from newsweave.linker import FEATURES, Linker
from newsweave.models import Article, ArticleEvent
from newsweave.options import Options
from realtext import gva_report

COSINE_ONLY = Linker(tuple(10.0 if name == "cosine" else 0.0 for name in FEATURES), -5.0, 0.4)
# Two GVA reports (read at test time) of one shooting outside a Des Moines nightclub on 8 November 2015: the
# report of that Sunday, and the arrest six months later ("during the Nov. 8 shooting that killed ...").
NIGHTCLUB_NOV = "69a7c7415c014b13fce6b00b46a76c05"  # 2015-11-08
NIGHTCLUB_MAY = "5183f84d5a01a44c5f1b32ebfb3e224a"  # 2016-05-12


def _unit(*parts: float) -> np.ndarray:
    v = np.zeros(DIM, np.float32)
    v[: len(parts)] = parts
    return v / np.linalg.norm(v)


def _article(art_id: str, published: str, text: str = "A shooting was reported.") -> Article:
    return Article(id=art_id, origin=art_id, text=text, content_hash=art_id, language="en", published=published)


def _event(art: Article, day: str | None = None) -> ArticleEvent:
    return ArticleEvent(id=f"{art.id}#e0", article=art.id, main=True, date=day,
                        date_precision="day" if day else None)


def _run(index: EventIndex, items: list[tuple[ArticleEvent, Article, np.ndarray]]) -> list[str]:
    return [index.add(event, [], art, vector) for event, art, vector in items]


def _batch(items: list[tuple[ArticleEvent, Article, np.ndarray]]) -> list[tuple[str, ...]]:
    events = [e for e, _, _ in items]
    vectors = {e.id: v for e, _, v in items}
    return group_with(COSINE_ONLY, events, [], [a for _, a, _ in items], vectors, Options())


# --- a later report undoes a greedy join ----------------------------------------------------------------


def _undo_case() -> list[tuple[ArticleEvent, Article, np.ndarray]]:
    """x; E, which joins x (cosine .52: probability .55); F, E's true partner (cosine .8 with E: .95, .3 with
    x: .12). A greedy join takes F into {x, E} (mean .535); average link merges E and F first and then refuses
    x (mean of .55 and .12)."""
    x, e, f = (_article(n, "2024-03-01") for n in ("x", "e", "f"))
    return [(_event(x), x, _unit(1.0)), (_event(e), e, _unit(0.52, 0.854)),
            (_event(f), f, _unit(0.3, 0.754, 0.584))]


def test_a_later_report_takes_its_partner_out_of_a_weaker_join() -> None:
    items = _undo_case()
    index = EventIndex(Options(), linker=COSINE_ONLY)
    opened = _run(index, items)
    assert opened[0] == opened[1]  # E joined x greedily ...
    assert index.clusters() == [("e#e0", "f#e0"), ("x#e0",)] == _batch(items)  # ... and F took it out
    assert index.cluster_count() == 2


def test_without_the_local_regrouping_the_join_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same three events with the local set capped to nothing: the old greedy join (the test can fail)."""
    monkeypatch.setattr(cluster, "LOCAL_CAP", 0)
    index = EventIndex(Options(), linker=COSINE_ONLY)
    _run(index, _undo_case())
    assert index.clusters() == [("e#e0", "f#e0", "x#e0")]


def test_the_group_holding_most_of_an_old_cluster_keeps_its_id() -> None:
    items = _undo_case()
    items.insert(2, (_event(_article("y", "2024-03-01")), _article("y", "2024-03-01"), _unit(0.9, 0.1, 0.0, 0.42)))
    index = EventIndex(Options(), linker=COSINE_ONLY)
    opened = _run(index, items)
    assert len(set(opened[:3])) == 1  # x, E and y in one cluster
    assert index.clusters() == _batch(items)
    assert index._cluster_of("x#e0") == opened[0]  # noqa: SLF001 - {x, y} holds two of the three: the old id
    assert index._cluster_of("f#e0") not in opened[:3]  # noqa: SLF001


# --- archived members take part -------------------------------------------------------------------------


def test_an_archived_member_keeps_a_late_report_out_of_its_cluster() -> None:
    """a and b give the same day and join; a expires; p is b's near copy but far from a: batch keeps {b, p}
    apart from a, and so does the stream now that a's archived profile takes part."""
    a, b = _article("a", "2016-07-01"), _article("b", "2016-07-14")
    filler, p = _article("filler", "2016-07-20"), _article("p", "2016-07-21")
    items = [(_event(a, "2016-07-01"), a, _unit(1.0)), (_event(b, "2016-07-01"), b, _unit(0.55, 0.835)),
             (_event(filler), filler, _unit(0.0, 0.0, 0.0, 0.0, 1.0)), (_event(p), p, _unit(0.3, 0.75, 0.59))]
    index = EventIndex(Options(), linker=COSINE_ONLY)
    opened = _run(index, items)
    assert opened[0] == opened[1] and index.live_count() == 3  # a and b joined; a has left the window
    assert sorted(index.clusters()) == sorted(_batch(items)) == [("a#e0",), ("b#e0", "p#e0"), ("filler#e0",)]
    assert index._cluster_of("a#e0") == opened[0]  # noqa: SLF001 - the expired member keeps the old id


# --- a follow-up months later, by the day -----------------------------------------------------------------


def _nightclub(data_dir: Path, later_day: str) -> list[tuple[ArticleEvent, Article, np.ndarray]]:
    nov, may = gva_report(data_dir, NIGHTCLUB_NOV), gva_report(data_dir, NIGHTCLUB_MAY)
    filler = _article("filler", "2016-05-01", "A house fire was reported on Tuesday.")
    return [(_event(nov, "2015-11-08"), nov, _unit(1.0)), (_event(filler), filler, _unit(0.0, 1.0)),
            (_event(may, later_day), may, _unit(1.0))]


def test_a_follow_up_months_later_reaches_the_archived_report_of_the_same_day(data_dir: Path) -> None:
    items = _nightclub(data_dir, "2015-11-08")
    index = EventIndex(Options(), linker=COSINE_ONLY)
    _run(index, items)
    assert index.live_count() == 2  # the November report has left the window ...
    assert (f"{NIGHTCLUB_MAY}#e0", f"{NIGHTCLUB_NOV}#e0") in index.clusters()  # ... and still got its follow-up
    assert sorted(index.clusters()) == sorted(_batch(items))


def test_a_follow_up_of_another_day_does_not(data_dir: Path) -> None:
    items = _nightclub(data_dir, "2016-04-25")  # the day of the arrest: no tie to the archived report
    index = EventIndex(Options(), linker=COSINE_ONLY)
    _run(index, items)
    assert all(len(c) == 1 for c in index.clusters())


def test_the_day_index_leaves_with_the_archive(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster, "ARCHIVE_EVENTS", 1)
    index = EventIndex(Options(), linker=COSINE_ONLY)
    for month in range(1, 5):
        art = _article(f"m{month}", f"2016-{month:02d}-01")
        index.add(_event(art, f"2016-{month:02d}-01"), [], art, _unit(1.0, float(month)))
    assert len(index._archive) == 1  # noqa: SLF001 - the bound is the point of the test
    assert sum(len(keys) for keys in index._archived_days.values()) == 1  # noqa: SLF001


# --- term weights beyond the window ---------------------------------------------------------------------


def test_the_weights_keep_counting_expired_events_up_to_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    index = EventIndex(Options(time_window_days=14), linker=COSINE_ONLY)
    for day in range(1, 31):
        art = _article(f"d{day}", f"2024-01-{day:02d}", f"Shooting number {day} in Springfield.")
        index.add(_event(art), [], art, _unit(1.0, float(day)))
    assert index.live_count() < 30 and index.weights.n == 30
    monkeypatch.setattr(cluster, "WEIGHT_EVENTS", 20)
    art = _article("d31", "2024-01-31", "Shooting number 31 in Springfield.")
    index.add(_event(art), [], art, _unit(1.0, 31.0))
    assert index.weights.n == 20


# --- bookkeeping ----------------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 40), st.integers(0, 1000)), min_size=1, max_size=30))
def test_every_event_is_in_exactly_one_cluster_and_the_books_agree(steps: list[tuple[int, int, int]]) -> None:
    """Random streams of noisy copies of four stories over forty days: each event in exactly one cluster,
    each live event in the live members of the cluster it resolves to, and no cluster without members."""
    centres = [_unit(*([0.0] * k + [1.0])) for k in range(4)]
    index = EventIndex(Options(time_window_days=5), linker=COSINE_ONLY)
    ids = []
    for n, (story, day, seed) in enumerate(sorted(steps, key=lambda s: s[1])):
        noise = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32) * 0.03
        vector = centres[story] + noise
        published = f"2024-{1 + day // 28:02d}-{1 + day % 28:02d}"
        art = _article(f"s{n}", published)
        event = replace(_event(art, published if seed % 2 else None), id=f"s{n}#e0")
        index.add(event, [], art, vector / np.linalg.norm(vector))
        ids.append(event.id)
    counts = Counter(m for c in index.clusters() for m in c)
    assert counts == Counter(ids)
    for key, p in index._live.items():  # noqa: SLF001 - the books are the point of the test
        assert key in index._live_members[index._cluster_of(p.id)]  # noqa: SLF001
    assert all(index._members.values())  # noqa: SLF001
    assert set(index._live_members) <= set(index._members)  # noqa: SLF001
