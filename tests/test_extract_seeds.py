"""The two seed reports (the Syria truffle-hunters ambush): events, figures, sources, actors.

Texts are read from ../shared at test time. Dates are annotated by hand as `annotate` would resolve them
with today=2026-11-22 and no publication date: weekdays are relative (run-day based), "Friday, February 17"
is absolute.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.extract import extract
from newsweave.models import ArticleEvent, Claim, Place
from test_extract_support import annotate_by_hand, article

SOKHNA = Place("As Sukhnah", "SY", "Homs", 34.885, 38.871)


def _run(
    path: Path, times: list[tuple[str, str, str, bool]], place: tuple[str, str]
) -> tuple[list[ArticleEvent], list[Claim]]:
    a = article(path.read_text(encoding="utf-8"))
    ann = annotate_by_hand(a, times=times, places=[(place[0], SOKHNA, place[1])], entities=[("Walid Audi", "PERSON")])
    events, claims = extract(a, ann)
    return list(events), list(claims)


@pytest.fixture(scope="module")
def seed0(seeds_dir: Path) -> tuple[list[ArticleEvent], list[Claim]]:
    times = [
        ("Friday, February 17", "2023-02-17", "day", False),
        ("on Saturday", "2026-11-21", "day", True),
        ("last Saturday", "2026-11-21", "day", True),
        ("Thursday night", "2026-11-19", "day", True),
        ("in 2014", "2014", "year", False),
        ("in 2017", "2017", "year", False),
        ("On February 10", "2026-02-10", "day", False),
    ]
    return _run(next(seeds_dir.glob("000_*.txt")), times, ("Sokhne", "southeast of"))


@pytest.fixture(scope="module")
def seed1(seeds_dir: Path) -> tuple[list[ArticleEvent], list[Claim]]:
    times = [
        ("on Friday", "2026-11-20", "day", True),
        ("early on Friday", "2026-11-20", "day", True),
        ("Meanwhile on Friday", "2026-11-20", "day", True),
        ("on Saturday", "2026-11-21", "day", True),
        ("in April 2021", "2021-04", "month", False),
        ("in March 2019", "2019-03", "month", False),
    ]
    return _run(next(seeds_dir.glob("001_*.txt")), times, ("Al-Sokhna", "southwest of"))


def _of(claims: list[Claim], event: ArticleEvent, field: str) -> list[Claim]:
    return [c for c in claims if c.event == event.id and c.field == field]


def _event_with(events: list[ArticleEvent], claims: list[Claim], field: str, value: int) -> ArticleEvent:
    (event,) = {e.id: e for e in events for c in _of(claims, e, field) if c.value == value}.values()
    return event


def test_main_event_of_seed0_has_toll_sources_and_place(seed0: tuple[list[ArticleEvent], list[Claim]]) -> None:
    events, claims = seed0
    main = events[0]
    assert main.main and main.id == "a1:e0" and main.date == "2023-02-17"
    killed = {(c.value, c.qualifier, c.group, c.attributed_to) for c in _of(claims, main, "killed")}
    assert (53, "at_least", None, "state television") in killed
    assert (36, "initial", None, "The Syrian Observatory for Human Rights (OSDH)") in killed
    assert (7, "exact", "soldiers", "Walid Audi") in killed
    (loc,) = _of(claims, main, "location")
    assert loc.relation == "southeast of" and loc.value == SOKHNA


def test_she_then_specified_points_back_to_the_observatory(seed0: tuple[list[ArticleEvent], list[Claim]]) -> None:
    events, claims = seed0
    sevens = [c for c in _of(claims, events[0], "killed") if c.value == 7]
    assert {c.attributed_to for c in sevens} == {"Walid Audi", "The Syrian Observatory for Human Rights (OSDH)"}


def test_perpetrator_is_attributed_and_victims_are_truffle_hunters(
    seed0: tuple[list[ArticleEvent], list[Claim]],
) -> None:
    events, claims = seed0
    perps = {(c.value, c.certainty) for c in _of(claims, events[0], "perpetrator")}
    assert ("Islamic State", "attributed") in perps and ("Daesh", "stated") in perps
    assert "truffle hunters" in {c.value for c in _of(claims, events[0], "victim")}


def test_saturday_attack_is_its_own_event_dated_the_saturday_before(
    seed0: tuple[list[ArticleEvent], list[Claim]],
) -> None:
    events, claims = seed0
    saturday = _event_with(events, claims, "killed", 16)
    assert not saturday.main and saturday.date == "2023-02-11"
    assert {(c.value, c.qualifier) for c in _of(claims, saturday, "kidnapped")} >= {(60, "about")}
    assert [c.value for c in _of(claims, saturday, "released")] == [25]
    assert {c.attributed_to for c in _of(claims, saturday, "killed")} == {
        "The Syrian Observatory for Human Rights (OSDH)"
    }


def test_prison_assault_and_us_raid_are_separate_events(seed0: tuple[list[ArticleEvent], list[Claim]]) -> None:
    events, claims = seed0
    prison = _event_with(events, claims, "killed", 373)
    assert {(c.value, c.group) for c in _of(claims, prison, "killed")} == {(373, None), (268, "militants")}
    raid = _event_with(events, claims, "injured", 4)
    assert [c.value for c in _of(claims, raid, "killed")] == [1]
    assert {c.attributed_to for c in _of(claims, raid, "injured")} == {"the US military"}
    assert len({events[0].id, prison.id, raid.id}) == 3


def test_no_claim_leaks_into_the_main_event(seed0: tuple[list[ArticleEvent], list[Claim]]) -> None:
    events, claims = seed0
    main_values = {
        c.value for c in claims if c.event == events[0].id and c.field in ("killed", "kidnapped", "released")
    }
    assert main_values == {53, 36, 7}


def test_claim_spans_quote_their_sentence(seed0: tuple[list[ArticleEvent], list[Claim]], seeds_dir: Path) -> None:
    text = next(seeds_dir.glob("000_*.txt")).read_text(encoding="utf-8")
    _, claims = seed0
    for c in claims:
        assert text[c.span[0] : c.span[1]] == c.quote
        assert c.id.startswith("a1:c")
        if c.value_span and isinstance(c.value, int):
            assert c.value_span[0] >= c.span[0] and c.value_span[1] <= c.span[1]


def test_seed1_breakdown_by_group_goes_to_the_hospital_director(seed1: tuple[list[ArticleEvent], list[Claim]]) -> None:
    events, claims = seed1
    killed = {(c.value, c.qualifier, c.group, c.attributed_to) for c in _of(claims, events[0], "killed")}
    assert {(46, "exact", "civilians", "Walid Audi"), (7, "exact", "soldiers", "Walid Audi")} <= killed
    assert (53, "at_least", None, "official media") in killed
    (loc,) = _of(claims, events[0], "location")
    assert loc.relation == "southwest of"


def test_seed1_unresolved_friday_gives_no_date_claim(seed1: tuple[list[ArticleEvent], list[Claim]]) -> None:
    events, claims = seed1
    assert events[0].date is None and not _of(claims, events[0], "date")


def test_seed1_other_happenings_are_separate(seed1: tuple[list[ArticleEvent], list[Claim]]) -> None:
    events, claims = seed1
    saturday = _event_with(events, claims, "killed", 16)
    assert {(c.value, c.qualifier) for c in _of(claims, saturday, "kidnapped")} == {(24, "about")}
    assert [c.value for c in _of(claims, saturday, "released")] == [25]
    assert {c.attributed_to for c in _of(claims, saturday, "released")} == {"the Syrian Observatory for Human Rights"}
    april = _event_with(events, claims, "kidnapped", 19)
    assert april.date == "2021-04"
    raid = _event_with(events, claims, "injured", 4)
    assert {c.attributed_to for c in _of(claims, raid, "injured")} == {"the US Central Command"}
    assert len({events[0].id, saturday.id, april.id, raid.id}) == 4


def test_seed1_fighters_estimate_is_no_casualty(seed1: tuple[list[ArticleEvent], list[Claim]]) -> None:
    _, claims = seed1
    assert not [c for c in claims if c.value in (6000, 10000)]
