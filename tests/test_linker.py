"""The pair linker's pieces that grouping reads for every pair: term weights and embedding blocks."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.embed import DIM, USE_DIM
from newsweave.linker import TermWeights, filled_blocks, terms

_NAMES = st.frozensets(st.sampled_from(["aleppo", "idlib", "#3", "#17", "reuters", "homs"]), min_size=1)


def _plain_cosine(weights: TermWeights, a: frozenset[str], b: frozenset[str]) -> float:
    dot = sum(weights.idf(t) ** 2 for t in a & b)
    na = math.sqrt(sum(weights.idf(t) ** 2 for t in a))
    nb = math.sqrt(sum(weights.idf(t) ** 2 for t in b))
    return dot / (na * nb)


@settings(deadline=None)
@given(st.lists(_NAMES, min_size=2, max_size=12))
def test_memoised_norms_follow_the_weights_as_events_arrive(bags: list[frozenset[str]]) -> None:
    """The norm memo is dropped at every `add`: the cosine is always the one of the current weights."""
    weights = TermWeights()
    for n, bag in enumerate(bags):
        weights.add(bag)
        other = bags[n - 1]
        assert weights.cosine(bag, other) == pytest.approx(_plain_cosine(weights, bag, other))


def test_terms_of_a_real_sentence_weigh_rare_names_over_common_ones(seeds_dir: Path) -> None:
    text = next(iter(sorted(seeds_dir.glob("*.txt")))).read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if "53" in ln)
    weights = TermWeights()
    for _ in range(5):
        weights.add(frozenset({"syria"}))
    bag = terms(line)
    assert bag and weights.cosine(bag, bag) == 1.0


def test_filled_blocks_say_which_model_made_the_vector() -> None:
    use, e5, empty = np.zeros(DIM, np.float32), np.zeros(DIM, np.float32), np.zeros(DIM, np.float32)
    use[3], e5[USE_DIM + 3] = 1.0, 1.0
    assert filled_blocks(use) == (True, False)
    assert filled_blocks(e5) == (False, True)
    assert filled_blocks(empty) == (False, False)

