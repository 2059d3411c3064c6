"""Round 7 of grouping: the stream's cost per event (a failing candidate cluster stops being scored once its
mean cannot pass; the linker's weights, the term weights' idfs and the scales' denominators are computed once)
with the same numbers, so the same clusters, as before; one outlet's template stories dated days apart, people
named on both sides and none in common, two details or more that disagree; main events of one town published
within days of each other are candidates."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.cluster import EventIndex, _town_pairs, passing_mean
from newsweave.embed import DIM
from newsweave.linker import FEATURES, Linker, Profile, TermWeights, _log_scale, features, profile
from newsweave.models import ArticleEvent, Claim, Place
from newsweave.options import Options
from realtext import gva_report

# GVA reports, read at test time (never copied here): one outlet's template stories of different shootings ...
LAWNDALE_DEC2 = "78356b7876d015bed2c399a3392b0375"  # "16-year-old boy shot in North Lawndale" (Sun-Times)
LAWNDALE_DEC16 = "9080cb080e22ff637558fcd75a2759eb"  # "4 people wounded in North Lawndale shooting" (Sun-Times)
LOUISVILLE_DEPUTY = "6b899bd5fb8e0752efdcca227d47960e"  # "Sheriff's deputy suffers gunshot wound outside ..."
LOUISVILLE_DRIVER = "d7784f725ab3fb60ee1296f26e199ea6"  # "Driver: Juvenile grazed by bullet was protecting ..."
# ... and two outlets' reports of one shooting that share few words
KILLEEN_TELEGRAM = "3194341b1fbe0196b34358a188f841ed"  # "Killeen toddler dies from gunshot wound ..."
KILLEEN_STATESMAN = "a396ede968e17be095ffdb3c2b189a1c"  # "Police accuse woman of fatally shooting toddler in Killeen"
KILLEEN = Place(name="Killeen", country="US", admin1="TX", lat=31.117, lon=-97.728, geonameid=4705349)
CHICAGO = Place(name="Chicago", country="US", admin1="IL", lat=41.85, lon=-87.65, geonameid=4887398)


def _event(
    data_dir: Path, doc_id: str, day: str, injured: int | None = None, place: Place | None = None
) -> tuple[Profile, ArticleEvent, Claim | None]:
    """A real report's main event as a reader dates (and counts) it from the text; the rest is the text's own."""
    art = gva_report(data_dir, doc_id)
    event = ArticleEvent(id=f"{doc_id}#e0", article=doc_id, main=True, type="shooting", date=day,
                         date_precision="day", place=place)
    claims = [] if injured is None else [Claim(id=f"{doc_id}#c0", article=doc_id, event=event.id, field="injured",
                                               value=injured, span=(0, 1), quote="")]
    return profile(event, claims, art, np.zeros(DIM, np.float32)), event, claims[0] if claims else None


def _feature(a: Profile, b: Profile, name: str) -> float:
    weights = TermWeights()
    weights.add(a.indexed)
    weights.add(b.indexed)
    return float(features(a, b, weights)[FEATURES.index(name)])

_SCORES = st.lists(st.floats(min_value=0.0, max_value=1.0, allow_nan=False), min_size=1, max_size=40)


@settings(max_examples=300, deadline=None)
@given(_SCORES, st.floats(min_value=0.05, max_value=0.95))
def test_passing_mean_is_the_plain_mean_when_it_passes_and_none_otherwise(
    scores: list[float], threshold: float
) -> None:
    plain = sum(scores) / len(scores)
    assert passing_mean(iter(scores), len(scores), threshold) == (plain if plain >= threshold else None)


def test_passing_mean_stops_reading_once_the_mean_cannot_pass() -> None:
    read: list[float] = []

    def scores() -> object:
        for s in (0.0, 0.0, 0.0, 1.0, 1.0):
            read.append(s)
            yield s

    assert passing_mean(scores(), 5, 0.5) is None  # type: ignore[arg-type]
    assert read == [0.0, 0.0, 0.0]  # after three zeros, two ones more make 0.4 at best


def test_a_mean_exactly_at_the_threshold_passes() -> None:
    assert passing_mean(iter([0.5, 0.5]), 2, 0.5) == 0.5
    assert passing_mean(iter([1.0, 0.0]), 2, 0.5) == 0.5


def test_idfs_follow_the_counts_after_adds_and_removes() -> None:
    weights = TermWeights()
    weights.add(["gavin", "baton"])
    assert weights.idf("baton") == math.log(2 / 2) + 1.0
    weights.add(["gavin"])
    assert weights.idf("baton") == math.log(3 / 2) + 1.0  # one more event, none with "baton": rarer
    weights.remove(["gavin"])
    assert weights.idf("baton") == math.log(2 / 2) + 1.0
    assert weights.idf("never") == math.log(2 / 1) + 1.0


def test_the_probability_is_the_logistic_of_the_weighted_sum() -> None:
    rng = np.random.default_rng(0)
    weights = tuple(float(w) for w in rng.normal(size=len(FEATURES)))
    linker = Linker(weights, -1.5, 0.5)
    x = rng.random(len(FEATURES))
    z = float(np.dot(weights, x)) - 1.5
    assert linker.probability(x) == 1.0 / (1.0 + math.exp(-z))


def test_log_scale_is_the_ratio_of_logs_capped_at_one() -> None:
    assert _log_scale(30.0, 30.0) == 1.0
    assert _log_scale(3.0, 30.0) == min(1.0, math.log1p(3.0) / math.log1p(30.0))
    assert _log_scale(1000.0, 30.0) == 1.0


# --- what a coder tells two incidents apart by ----------------------------------------------------------


def test_one_outlets_template_stories_dated_days_apart(data_dir: Path) -> None:
    a, _, _ = _event(data_dir, LAWNDALE_DEC2, "2016-12-02", injured=1, place=CHICAGO)
    b, _, _ = _event(data_dir, LAWNDALE_DEC16, "2016-12-16", injured=4, place=CHICAGO)
    assert a.outlet == b.outlet == "chicago.suntimes.com"
    assert _feature(a, b, "outlet_days_apart") == 1.0
    assert _feature(a, replace(b, day=a.day), "outlet_days_apart") == 0.0  # the same day: maybe one shooting
    assert _feature(a, replace(b, outlet="dnainfo.com"), "outlet_days_apart") == 0.0


def test_two_details_that_disagree_count_together(data_dir: Path) -> None:
    a, _, _ = _event(data_dir, LAWNDALE_DEC2, "2016-12-02", injured=1, place=CHICAGO)
    b, _, _ = _event(data_dir, LAWNDALE_DEC16, "2016-12-16", injured=4, place=CHICAGO)
    assert a.addresses == {("kedzie", 15)} and b.addresses == {("kedzie", 13)}  # the 1500 and 1300 blocks
    assert _feature(a, b, "two_clashes") == 1.0  # and two weeks apart, 1 wounded against 4
    assert _feature(a, replace(b, day=a.day, addresses=a.addresses), "two_clashes") == 0.0  # the toll alone
    assert _feature(a, replace(b, figures=a.figures, addresses=a.addresses), "two_clashes") == 0.0  # the day alone
    assert _feature(a, replace(b, figures=a.figures), "two_clashes") == 1.0  # the day and the block


def test_people_named_on_both_sides_and_none_in_common(data_dir: Path) -> None:
    a, _, _ = _event(data_dir, LOUISVILLE_DEPUTY, "2017-03-01")
    b, _, _ = _event(data_dir, LOUISVILLE_DRIVER, "2017-03-02")
    assert a.people and b.people and not a.people & b.people
    assert (_feature(a, b, "people_known"), _feature(a, b, "people_apart")) == (1.0, 1.0)
    assert (_feature(a, a, "people_known"), _feature(a, a, "people_apart")) == (1.0, 0.0)
    assert _feature(a, replace(b, people=frozenset()), "people_known") == 0.0


def test_one_towns_reports_days_apart_are_candidates_whatever_their_words(data_dir: Path) -> None:
    a, ea, _ = _event(data_dir, KILLEEN_TELEGRAM, "2016-11-06", place=KILLEEN)
    b, _, _ = _event(data_dir, KILLEEN_STATESMAN, "2016-11-06", place=KILLEEN)
    assert a.published is not None and b.published is not None
    later = replace(b, id="x#e0", article="x", published=b.published + timedelta(days=10))
    elsewhere = replace(b, id="y#e0", article="y", place=CHICAGO)
    region = replace(b, id="z#e0", article="z", place=replace(KILLEEN, precision="admin1"))
    background = replace(b, id="w#e1", article="w", main=False)
    assert _town_pairs([a, b, later, elsewhere, region, background]) == {(0, 1)}
    index = EventIndex(Options())
    index.add(ea, [], gva_report(data_dir, KILLEEN_TELEGRAM), np.zeros(DIM, np.float32))
    assert len(index._town_hits(b)) == 1  # the stream finds the same pair
    assert index._town_hits(later) == set()


def test_one_town_and_one_day(data_dir: Path) -> None:
    a, _, _ = _event(data_dir, KILLEEN_TELEGRAM, "2016-11-06", place=KILLEEN)
    b, _, _ = _event(data_dir, KILLEEN_STATESMAN, "2016-11-06", place=KILLEEN)
    assert _feature(a, b, "same_day_town") == 1.0
    assert a.day is not None
    assert _feature(a, replace(b, day=a.day + timedelta(days=1)), "same_day_town") == 0.0
    assert _feature(a, replace(b, day_precise=False), "same_day_town") == 0.0
    texas = replace(KILLEEN, name="Texas", geonameid=4736286, precision="admin1")
    assert _feature(replace(a, place=texas), replace(b, place=texas), "same_day_town") == 0.0  # a region: no
