"""Casualty rules for Gun Violence Archive-style counts, each on real GVA report text read at test time.

GVA counts as killed everyone who died (a shooter who killed himself included) and as injured the people hit
who lived, so "Four people were shot. Three of the victims died" is killed 3, injured 1.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsweave.annotate.numbers import find_quantities
from newsweave.extract import extract
from newsweave.extract.figures import _next_sentence
from test_extract_support import annotate_by_hand, article


@cache
def _reports(data_dir: Path) -> str:
    path = data_dir / "gva" / "documents.jsonl"
    if not path.exists():
        pytest.skip(f"GVA reports not found at {path}")
    return "\n".join(json.loads(line)["text"] for line in path.open(encoding="utf-8"))


def passage(data_dir: Path, first: str, last: str | None = None) -> str:
    """The report text from the sentence holding `first` to the end of the sentence holding `last`."""
    text = _reports(data_dir)
    at = text.index(first)
    start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at) + 1) + 1
    tail = text.index(last, at) + len(last) if last else at + len(first)
    end = re.compile(r"[.!?](?:\s|$)|\n").search(text, tail)
    return text[start : end.start() + 1 if end else len(text)]


def counts(text: str) -> list[tuple[str, int]]:
    """(field, value) of every killed and injured claim, in reading order (numbers read by the annotate stage's
    own reader, which knows "no one" and "6:35")."""
    a = article(text)
    by_hand = annotate_by_hand(a)
    claims = extract(a, replace(by_hand, quantities=tuple(find_quantities(text, "en"))))[1]
    return [(c.field, c.value) for c in claims if c.field in ("killed", "injured") and isinstance(c.value, int)]


def test_hit_count_loses_the_dead_of_its_sentence(data_dir: Path) -> None:
    s = passage(data_dir, "who shot seven people in West Baltimore, killing a 15-year-old boy")
    assert counts(s) == [("injured", 6), ("killed", 1)]


def test_hit_count_loses_the_dead_of_the_next_sentence(data_dir: Path) -> None:
    s = passage(data_dir, "Four people were shot. Three of the victims died", "Three of the victims died")
    assert ("injured", 1) in counts(s) and ("killed", 3) in counts(s)
    assert ("injured", 4) not in counts(s)


def test_one_hurt_who_then_died_is_not_injured(data_dir: Path) -> None:
    s = passage(data_dir, "Ronnie Daniels had been shot and was transported", "Daniels died as a result")
    assert counts(s) == [("killed", 1)]


def test_lone_hit_counts_one_injured_when_nobody_dies(data_dir: Path) -> None:
    s = passage(data_dir, "A 5-year-old girl was accidentally shot in the head")
    assert counts(s) == [("injured", 1)]


def test_lone_hit_says_nothing_when_the_report_has_a_death(data_dir: Path) -> None:
    s = passage(data_dir, "A 5-year-old girl was accidentally shot in the head")
    assert counts(s + " She died at the hospital.") == [("killed", 1)]


def test_shot_herself_counts_the_subject(data_dir: Path) -> None:
    s = passage(data_dir, "a 2-year-old accidentally shot himself with a handgun")
    assert counts(s) == [("injured", 1)]


def test_a_pair_before_the_cue_counts_two(data_dir: Path) -> None:
    assert counts(passage(data_dir, "A mother and her son were found dead inside a car")) == [("killed", 2)]
    assert counts(passage(data_dir, "Both were pronounced dead at the scene")) == [("killed", 2)]


def test_a_name_or_that_man_before_died_counts_one(data_dir: Path) -> None:
    assert counts(passage(data_dir, "Thompson died at the scene")) == [("killed", 1)]
    assert counts(passage(data_dir, "That man later died")) == [("killed", 1)]


def test_a_plural_subject_before_died_is_not_one(data_dir: Path) -> None:
    s = passage(data_dir, "They were transported to Jackson-Madison County General Hospital where they were later")
    assert ("killed", 1) not in counts(s)


def test_killer_who_killed_himself_joins_the_toll(data_dir: Path) -> None:
    s = passage(data_dir, "has been identified as the gunman who killed three people and then himself")
    assert counts(s) == [("killed", 4)]


def test_relative_as_object_and_gun_turned_on_himself(data_dir: Path) -> None:
    s = passage(data_dir, "shot and killed his infant daughter before turning the gun on himself")
    assert counts(s) == [("killed", 2)]


def test_no_one_injured_gives_no_injured(data_dir: Path) -> None:
    assert counts(passage(data_dir, "Thankfully no one else was injured")) == []


@given(st.text(alphabet="ab .!?\n", max_size=40), st.integers(min_value=0, max_value=45))
def test_next_sentence_lies_after_the_end(text: str, end: int) -> None:
    end = min(end, len(text))
    span = _next_sentence(text, end)
    if span is None:
        assert not text[end:].strip()
    else:
        assert end <= span[0] < span[1] <= len(text)
        assert text[span[0]].strip() and not text[end : span[0]].strip()


def test_two_named_people_count_two(data_dir: Path) -> None:
    s = passage(data_dir, "Ronald Williams, 33, and Kendra Hill, 28, were killed")
    assert counts(s) == [("killed", 2), ("injured", 2)]


def test_people_who_went_to_the_hospital_are_injured(data_dir: Path) -> None:
    assert counts(passage(data_dir, "They tell us 3 people went to the hospital")) == [("injured", 3)]


def test_toll_free_number_is_no_death_toll(data_dir: Path) -> None:
    assert counts(passage(data_dir, "822-1111 or toll-free 1-877-903-STOP")) == []


def test_one_hurt_who_died_two_sentences_later_is_not_injured(data_dir: Path) -> None:
    hurt = passage(data_dir, "Ronnie Daniels had been shot and was transported")
    died = passage(data_dir, "Daniels died as a result")
    assert counts(f"{hurt} Police gave no other details. {died}") == [("killed", 1)]
    both = "Four people were shot. Three of the victims died"
    shot = passage(data_dir, both, "were shot")
    dead = passage(data_dir, both, "Three of the victims died")[len(shot) :]
    near = f"{shot} Police gave no other details. A neighbour said. {dead.strip()}"
    assert counts(near) == [("injured", 1), ("killed", 3)]  # deaths are read up to three sentences ahead
    assert counts(near.replace(" A neighbour", " A friend said. A neighbour")) == [("injured", 4), ("killed", 3)]
