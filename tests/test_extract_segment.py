"""Segmentation, dates and attribution units: hand-built cues, and real sentences read at test time."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from newsweave.extract import extract
from newsweave.extract.attribution import sentence_sources, source_at
from newsweave.extract.dates import anchor, event_date, event_times
from newsweave.extract.figures import counts_people, find_figures
from newsweave.extract.segment import SentenceCues, compatible, segment
from newsweave.extract.tables import table_for
from newsweave.models import Annotations, Quantity, TimeExpr
from test_extract_support import annotate_by_hand, article, quantities

EN = table_for("en")


def _t(value: str, relative: bool = False, text: str = "x") -> TimeExpr:
    return TimeExpr((0, 1), text, value, "day" if len(value) == 10 else "month", relative)


def _c(
    figures: bool = True, dates: tuple[TimeExpr, ...] = (), new: bool = False, back: bool = False, word: bool = False
) -> SentenceCues:
    return SentenceCues((0, 1), figures, dates, new, back, word)


def test_lede_opens_the_main_event_and_plain_sentences_join_it() -> None:
    assert segment([_c(dates=(_t("2023-02-17"),)), _c(), _c(figures=False)]) == [[0, 1, 2]]


def test_a_different_date_opens_another_event_and_later_sentences_follow_it() -> None:
    groups = segment([_c(dates=(_t("2023-02-17"),)), _c(dates=(_t("2023-02-11"),)), _c()])
    assert groups == [[0], [1, 2]]


def test_the_main_date_brings_the_story_back() -> None:
    groups = segment([_c(dates=(_t("2023-02-17"),)), _c(dates=(_t("2023-02-11"),)), _c(dates=(_t("2023-02-17"),))])
    assert groups == [[0, 2], [1]]


def test_a_cue_phrase_opens_another_event_without_a_date() -> None:
    assert segment([_c(), _c(new=True), _c(back=True)]) == [[0], [1, 2]]


def test_a_month_is_compatible_with_a_day_in_it() -> None:
    assert compatible("2023-02", "2023-02-17") and not compatible("2023-01", "2023-02-17")
    assert segment([_c(dates=(_t("2023-02-17"),)), _c(dates=(_t("2023-02"),))]) == [[0, 1]]


def test_history_without_figures_then_back_reference() -> None:
    # "when it carried out an assault on a prison" / "The attack left 373 dead" / "He was defeated in 2017"
    cues = [_c(), _c(figures=False, new=True, word=True), _c(back=True), _c(figures=False, dates=(_t("2017"),))]
    groups = segment(cues)
    assert groups[0] == [0] and groups[1][:2] == [1, 2]


def test_back_reference_after_plain_history_returns_to_the_main_event() -> None:
    assert segment([_c(), _c(figures=False, new=True), _c(back=True)]) == [[0, 2], [1]]


def test_weekday_is_read_against_the_main_event_day() -> None:
    saturday = TimeExpr((0, 8), "Saturday", "weekday:5", "day", True)
    assert anchor("", saturday, _t("2023-02-17"), EN).value == "2023-02-11"
    thursday = TimeExpr((0, 8), "Thursday night", "2026-11-19", "day", True)
    assert anchor("", thursday, _t("2023-02-17"), EN).value == "2023-02-16"


def test_relative_dates_of_undated_articles_are_not_event_dates() -> None:
    assert event_date([_t("2026-11-20", relative=True)], None, True, published=False) is None
    assert event_date([_t("2026-11-20", relative=True)], None, True, published=True) is not None


def test_main_date_is_refined_by_a_more_precise_compatible_date() -> None:
    found = event_date([_t("2014-02"), _t("2014-02-06")], None, True, published=True)
    assert found is not None and found.value == "2014-02-06"


def test_statement_and_page_dates_are_skipped() -> None:
    text = "No charges will be filed, the prosecutor's office announced Friday. Posted: Friday, March 7, 2014 in news"
    friday = TimeExpr((text.index("Friday"), text.index("Friday") + 6), "Friday", "2014-05-16", "day", True)
    posted_at = text.index("Friday, March 7, 2014")
    posted = TimeExpr((posted_at, posted_at + 21), "Friday, March 7, 2014", "2014-03-07")
    assert event_times(text, (0, len(text)), [friday, posted], EN) == ()


def test_same_source_and_pronoun_resolve_to_the_last_named_source() -> None:
    text = (
        "The Observatory for Rights said 5 died. Seven soldiers are among them, she then specified. "
        "Two more died, according to the same source."
    )
    spans = [(0, 38), (39, 89), (90, len(text))]
    sources = sentence_sources(text, spans, [], EN)
    assert [source_at(s, None) for s in sources] == ["The Observatory for Rights"] * 3


def test_the_nearest_source_before_a_claim_wins_else_the_first_after() -> None:
    text = "Walid Audi indicated that seven soldiers were killed, according to the radio Cham FM."
    (sources,) = sentence_sources(text, [(0, len(text))], [], EN)
    assert source_at(sources, text.index("seven")) == "Walid Audi"
    text2 = "A leader was killed, according to the US military, which said four soldiers were injured."
    (sources2,) = sentence_sources(text2, [(0, len(text2))], [], EN)
    assert source_at(sources2, text2.index("killed")) == "the US military"
    assert source_at(sources2, text2.index("four")) == "the US military"


def test_a_number_that_crosses_the_sentence_end_does_not_break_extraction() -> None:
    # regression: annotate once returned a quantity running past its sentence (MUC-4 TST3)
    text = "Three people were killed. 4 more were injured."
    a = article(text)
    ann = Annotations("a1", ((0, 24), (25, len(text))), (), (Quantity((20, 27), "led. 4", 4, 4, 4),), (), ())
    extract(a, ann)  # must not raise


def test_years_ages_and_units_are_not_counts() -> None:
    text = "In 2017 a 13-year-old and 5 km away 7 people died"
    qs = quantities(text)
    kept = [q.value for q in qs if counts_people(text, q, [], EN)]
    assert kept == [7]


_FILLER = st.sampled_from(["people", "civilians", "others", "in the town", "on Friday", ","])
_CUE = st.sampled_from(["were killed", "died", "were wounded", "were kidnapped", "were arrested"])


@given(st.lists(st.tuples(st.integers(2, 5000), _FILLER, _CUE), min_size=1, max_size=4))
def test_every_figure_is_a_number_of_its_sentence(parts: list[tuple[int, str, str]]) -> None:
    text = " and ".join(f"{n} {filler} {cue}" for n, filler, cue in parts) + "."
    qs = quantities(text)
    found = find_figures(text, (0, len(text)), qs, [], EN)
    sums = {a.value + b.value for i, a in enumerate(qs) for b in qs[i + 1 :]}  # "2 people (...) and 2 others were hurt"
    assert {f.value for f in found} <= {q.value for q in qs} | sums | {1}
    assert all(text[f.value_span[0] : f.value_span[1]] for f in found)


@given(st.integers(1900, 2100))
def test_a_year_is_never_a_count(year: int) -> None:
    text = f"In {year} 12 people were killed."
    found = find_figures(text, (0, len(text)), quantities(text), [], EN)
    assert [f.value for f in found] == [12]


def test_real_article_dates_by_hand(seeds_dir: object) -> None:
    text = (
        "At least 53 people were killed Friday, February 17, in an attack. A similar attack on Saturday left 16 dead."
    )
    a = article(text)
    ann = annotate_by_hand(a, times=[("Friday, February 17", "2023-02-17", "day", False)])
    events, _ = extract(a, ann)
    assert [e.date for e in events] == ["2023-02-17", "2023-02-11"]
    assert date.fromisoformat("2023-02-11").weekday() == 5
