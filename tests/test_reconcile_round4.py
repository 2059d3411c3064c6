"""Round 4 reconciliation rules on real reports (GVA documents, read at test time): a death told only deep in a
text against ledes that count the wounded, a lone wounded victim who is the one who died, and the latest of
two days backed alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.models import Article, ArticleEvent, Claim
from newsweave.reconcile import reconcile
from newsweave.reconcile.figures import _OTHER_VICTIM
from test_reconcile_more import Claims, event_of, killed, report

# --- a death told only deep in a text ----------------------------------------------------------------------


def test_a_death_told_only_deep_in_a_brief_is_not_the_events_toll(data_dir: Path) -> None:
    """A news-briefs page leads with four wounded at a club and, 1,200 characters on, tells of a child's death
    elsewhere; the week's follow-up leads with the four shot: nobody died in this event."""
    briefs, later = report(data_dir, "18a2209f8d"), report(data_dir, "a3d0b7af5e")
    c = Claims()
    c(briefs, "injured", 4, "The four victims have been hospitalized")
    deep = c(briefs, "killed", 1, "investigating the death of a 21-month-old child")
    c(later, "injured", 4, "four people were shot last weekend")
    assert deep.span[0] > 400
    assert killed(event_of([briefs, later], c.made)) == (0, 0, 1, ())


def test_a_death_in_some_lede_stays(data_dir: Path) -> None:
    """The same deep death, with a report that tells a death in its lede: the rule needs no lede to tell one."""
    briefs, later = report(data_dir, "18a2209f8d"), report(data_dir, "a3d0b7af5e")
    c = Claims()
    c(briefs, "injured", 4, "The four victims have been hospitalized")
    c(briefs, "killed", 1, "investigating the death of a 21-month-old child")
    c(later, "killed", 1, "The owner of a nightclub where four people were shot last weekend")
    assert killed(event_of([briefs, later], c.made))[1] == 1


def test_a_death_told_deep_in_a_later_report_is_a_victim_who_died(data_dir: Path) -> None:
    """ "The 13-year-old victim was visiting relatives when he was shot" (Feb. 7) and, two days later, "where he
    died on Monday night" deep in a profile: the wounded boy died, one killed."""
    first, later = report(data_dir, "fbca7e7385"), report(data_dir, "6513f90c9a")
    c = Claims()
    c(first, "injured", 1, "The 13-year-old victim was visiting relatives when he was shot")
    deep = c(later, "killed", 1, "where he died on Monday night")
    assert deep.span[0] > 400
    assert killed(event_of([first, later], c.made))[1] == 1


def test_wounded_counted_only_deep_in_a_roundup_are_not_the_events(data_dir: Path) -> None:
    """ "An 11-year-old boy died late Wednesday" leads; 600 characters on, "at least eight people were killed and
    12 wounded in Chicago shootings throughout the day": the city's count, not this shooting's wounded."""
    boy = report(data_dir, "0517d7ccda")
    c = Claims()
    c(boy, "killed", 1, "An 11-year-old boy died late Wednesday")
    deep = c(boy, "injured", 12, "at least eight people were killed and 12 wounded in Chicago shootings")
    assert deep.span[0] > 400
    assert killed(event_of([boy], c.made), "injured") == (0, 0, 12, ())


def test_deep_wounded_told_apart_from_the_dead_stay(data_dir: Path) -> None:
    """ "Moore was fatally shot while inside the garage ...", then "Three others sustained non-fatal bullet
    wounds": victims of this shooting, though no lede counts them."""
    trial = report(data_dir, "cfe390597b")
    c = Claims()
    c(trial, "killed", 1, "Moore was fatally shot while inside the garage")
    deep = c(trial, "injured", 3, "Three others sustained non-fatal bullet wounds")
    assert deep.span[0] > 400
    assert killed(event_of([trial], c.made), "injured")[1] == 3


# --- a lone wounded victim in a deadly event ---------------------------------------------------------------


def test_the_lone_wounded_victim_of_a_deadly_event_is_the_one_who_died(data_dir: Path) -> None:
    """ "A 2-year-old boy is in critical condition" the morning of, "has died" the same day and two days later:
    one killed, no one injured (the wounded count stays as the high bound)."""
    died, critical, later = (report(data_dir, d) for d in ("1b61faaa66", "b018bb4574", "5979b96ccd"))
    c = Claims()
    c(died, "killed", 1, "the two year old who accidentally shot himself Monday morning has died")
    c(critical, "injured", 1, "A 2-year-old boy is in critical condition at VCU Medical Center")
    c(later, "killed", 1, "A 2-year-old boy has died from injuries")
    event = event_of([died, critical, later], c.made)
    assert killed(event)[1] == 1
    assert killed(event, "injured") == (0, 0, 1, ())


def test_a_wounded_victim_told_apart_from_the_dead_stays(data_dir: Path) -> None:
    """ "A 17-year-old teenager was shot and killed" and "The 19-year-old was taken ... with a non-life
    threatening gunshot wound": a second victim, who survived, so one injured."""
    akron_first = _report_of(data_dir, "17-year-old dead after Akron shooting")
    c = Claims()
    c(akron_first, "killed", 1, "A 17-year-old teenager was shot and killed in Akron")
    c(akron_first, "injured", 1, "with a non-life threatening gunshot wound to his leg")
    assert killed(event_of([akron_first], c.made), "injured")[1] == 1


def test_another_person_wounded_stays(data_dir: Path) -> None:
    """ "gunfire ... has killed one person and wounded another", "Another person who was wounded was flown to a
    hospital": the wounded man is not the girl who died."""
    eviction = _report_of(data_dir, "1 dead in shooting during eviction, police say")
    c = Claims()
    c(eviction, "killed", 1, "He said shots were fired and left one person dead")
    c(eviction, "injured", 1, "Another person who was wounded was flown to a hospital")
    assert killed(event_of([eviction], c.made), "injured")[1] == 1


def test_other_victim_words_are_whole_words() -> None:
    """The table's words, in each language, match as words and not inside others ("anotherwise" is no word, a
    shooter "shot by another 16-year-old" tells of no second victim)."""
    said = [
        "Another man was wounded.", "The second victim is in stable condition.", "Un autre homme a été blessé.",
        "Otro hombre resultó herido.", "Ein weiterer Mann wurde verletzt.", "Diğer yaralı hastaneye kaldırıldı.",
    ]
    assert all(_OTHER_VICTIM.search(s) for s in said)
    assert not _OTHER_VICTIM.search("He was shot by another 16-year-old boy.")
    assert not _OTHER_VICTIM.search("The boy got shot in the chest at his secondary home.")


# --- dates ---------------------------------------------------------------------------------------------------


def test_of_two_days_backed_alike_the_latest_before_the_first_report_wins(data_dir: Path) -> None:
    """ "students ... return to school on Monday" (Oct. 13, a later plan read as past) in the first report and
    "A 15-year-old ... who died in his home Friday" (Oct. 17) in the next: each backed once, both on or before
    the first report's day; the one nearer the first report is the event's, not the first report's own."""
    first, second = report(data_dir, "d1c2083ddb"), report(data_dir, "268559a68e")
    c = Claims()
    c(first, "date", "2014-10-13", "return to school on Monday")
    c(second, "date", "2014-10-17", "who died in his home Friday")
    event = event_of([first, second], c.made)
    assert event.date is not None and event.date.value == "2014-10-17"


def test_a_day_said_with_its_small_hours_is_the_events(data_dir: Path) -> None:
    """ "around 1:40 a.m. Wednesday" in one report, "before you go to bed Tuesday night" in another, the same
    day: consecutive days backed alike, but the later is said with its small hours, so it is no night-time
    event dated the next morning: Wednesday."""
    first, second = report(data_dir, "104cde0f89"), report(data_dir, "e65db02fb1")
    c = Claims()
    c(first, "date", "2017-03-01", "1:40 a.m. Wednesday")
    c(second, "date", "2017-02-28", "Tuesday night")
    event = event_of([first, second], c.made)
    assert event.date is not None and event.date.value == "2017-03-01"


# --- invariants -----------------------------------------------------------------------------------------------

_FIELDS = st.sampled_from(["killed", "injured"])
_CLAIM = st.tuples(st.integers(0, 2), _FIELDS, st.integers(0, 12), st.integers(0, 2000), st.booleans())


@settings(max_examples=60, deadline=None)
@given(st.lists(_CLAIM, min_size=1, max_size=8))
def test_low_best_high_stay_ordered(raw: list[tuple[int, str, int, int, bool]]) -> None:
    """Whatever reports say, deep or in a lede, every figure keeps low <= best <= high."""
    articles = [Article(f"a{n}", f"a{n}.txt", "x" * 2100, f"a{n}", language="en", published=f"2016-01-0{n + 1}")
                for n in range(3)]
    claims = [Claim(f"c{i}", f"a{a}", f"a{a}-e1", field, value, (at, at + 50), "Another man was wounded."
                    if other else "He was shot.") for i, (a, field, value, at, other) in enumerate(raw)]
    members = [ArticleEvent(f"{a.id}-e1", a.id, True, "shooting",
                            claims=tuple(c.id for c in claims if c.article == a.id)) for a in articles]
    for figure in reconcile("e1", members, claims, articles).figures:
        assert figure.low <= figure.best <= figure.high


def _report_of(data_dir: Path, title: str) -> Article:
    """The GVA report with this exact title."""
    with open(data_dir / "gva" / "documents.jsonl", encoding="utf-8") as f:
        for doc in map(json.loads, f):
            if doc["title"] == title:
                return report(data_dir, doc["doc_id"][:10])
    pytest.skip(f"no GVA report titled {title!r}")
