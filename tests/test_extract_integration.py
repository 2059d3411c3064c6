"""The seeds through the real `annotate` stage (skipped when it is not installed): the same events as with
hand-built annotations."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsweave.extract import extract
from newsweave.models import Article, ArticleEvent, Claim


def _run(seeds_dir: Path, prefix: str) -> tuple[tuple[ArticleEvent, ...], tuple[Claim, ...]]:
    annotate = pytest.importorskip("newsweave.annotate").annotate
    text = next(seeds_dir.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    article = Article("a1", prefix, text, "h", language="en")
    return extract(article, annotate(article, today=date(2026, 11, 22)))


def _values(claims: tuple[Claim, ...], event: ArticleEvent, field: str) -> set[object]:
    return {c.value for c in claims if c.event == event.id and c.field == field}


def test_seed0_events_with_the_real_annotator(seeds_dir: Path) -> None:
    events, claims = _run(seeds_dir, "000")
    main = events[0]
    assert main.date == "2023-02-17" and main.place is not None and main.place.name == "As Sukhnah"
    assert _values(claims, main, "killed") == {53, 36, 7}
    by_value = {v: e for e in events for v in _values(claims, e, "killed")}
    assert by_value[16].date == "2023-02-11" and 25 in _values(claims, by_value[16], "released")
    assert len({main.id, by_value[16].id, by_value[373].id, by_value[1].id}) == 4


def test_seed1_events_with_the_real_annotator(seeds_dir: Path) -> None:
    events, claims = _run(seeds_dir, "001")
    main = events[0]
    assert {53, 46, 7} <= _values(claims, main, "killed")
    kidnapped = {v: e for e in events for v in _values(claims, e, "kidnapped")}
    assert kidnapped[19].date == "2021-04" and kidnapped[19].id != main.id
    assert not [c for c in claims if c.value in (6000, 10000)]
