"""Reconciliation rules on claims hand-built from the two seed reports (read at test time, never copied)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.models import Article, ArticleEvent, Claim, Place, Result
from newsweave.reconcile import compass, name_skeleton, precision_of, reconcile

SEED_A = "000_54238e0e7c00323c.txt"  # France 24 / AFP: "At least 53 people were killed Friday ..."
SEED_B = "001_8e0099bf666eafa2.txt"  # "According to official media, an ambush in central Syria ..."


def sentence_span(text: str, phrase: str) -> tuple[int, int]:
    """The span of the sentence that contains `phrase` (sentences end at . ! ? or a line break)."""
    at = text.index(phrase)
    starts = [m.end() for m in re.finditer(r"(?:[.!?][”\"]?\s+(?=[A-Z“\"0-9]))|\n", text[:at])]
    start = starts[-1] if starts else 0
    end_match = re.search(r"[.!?][”\"]?(?=\s+[A-Z“\"0-9]|\s*$)|\n", text[at:])
    end = at + end_match.end() if end_match else len(text)
    return start, end


class Maker:
    """Builds claims whose span is the real sentence carrying `phrase` in the article's text."""

    def __init__(self) -> None:
        self.claims: list[Claim] = []

    def __call__(self, article: Article, field: str, value: object, phrase: str, **kw: object) -> Claim:
        span = sentence_span(article.text, phrase)
        at = article.text.index(phrase)
        claim = Claim(
            id=f"c{len(self.claims) + 1}", article=article.id, event=f"{article.id}-e1", field=field,
            value=value, span=span, quote=article.text[span[0]:span[1]],  # type: ignore[arg-type]
            value_span=(at, at + len(phrase)), **kw,  # type: ignore[arg-type]
        )
        self.claims.append(claim)
        return claim


def seed_articles(seeds_dir: Path) -> tuple[Article, Article]:
    text_a = (seeds_dir / SEED_A).read_text(encoding="utf-8")
    text_b = (seeds_dir / SEED_B).read_text(encoding="utf-8")
    a1 = Article("a1", str(seeds_dir / SEED_A), text_a, "h1", outlet="france24.com", language="en",
                 published="2023-02-18", credits=("AFP",), title="IS attack kills 53 in Syria")
    a2 = Article("a2", str(seeds_dir / SEED_B), text_b, "h2", outlet=None, language="en", published="2023-02-18")
    return a1, a2


def seed_claims(a1: Article, a2: Article) -> list[Claim]:
    """What extraction should find in the two seeds' stories of the truffle hunters' massacre."""
    m = Maker()
    sokhne = Place("Sokhne", country="SY", precision="town")
    m(a1, "killed", 53, "At least 53 people were killed", qualifier="at_least", attributed_to="state television")
    m(a1, "killed", 53, "53 citizens were killed", group="citizens", attributed_to="Syrian state television")
    m(a1, "location", sokhne, "southeast of the city of Sokhne", relation="southeast of",
      attributed_to="Syrian state television")
    m(a1, "perpetrator", "Islamic State", "attributed to the Islamic State", certainty="attributed")
    m(a1, "killed", 7, "seven Syrian soldiers were among the killed", group="soldiers", attributed_to="Cham FM")
    m(a1, "killed", 36, "initial assessment of 36", qualifier="initial", attributed_to="OSDH")
    m(a1, "date", "2023-02-17", "Friday, February 17")
    m(a1, "victim", "truffle hunters", "picking truffles", attributed_to="Syrian state television")
    m(a2, "killed", 53, "claimed at least 53 lives", qualifier="at_least", attributed_to="official media")
    m(a2, "killed", 53, "Fifty-three citizens", group="citizens", attributed_to="state television")
    m(a2, "location", Place("Al-Sokhna", country="SY", precision="town"), "southwest of the town of Al-Sokhna",
      relation="to the southwest of", attributed_to="state television")
    m(a2, "killed", 46, "46 civilians and 7 troops", group="civilians", attributed_to="Walid Audi")
    m(a2, "killed", 7, "46 civilians and 7 troops", group="troops", attributed_to="Walid Audi")
    m(a2, "perpetrator", "IS", "terrorists of IS", certainty="attributed", attributed_to="state television")
    m(a2, "date", "2023-02-17", "ambush in central Syria on Friday")
    m(a2, "victim", "truffle hunters", "truffle hunting", attributed_to="state television")
    return m.claims


def seed_members(a1: Article, a2: Article, claims: list[Claim]) -> list[ArticleEvent]:
    def member(article: Article) -> ArticleEvent:
        own = [c for c in claims if c.article == article.id]
        spans = tuple(sorted({c.span for c in own}))
        return ArticleEvent(f"{article.id}-e1", article.id, True, "attack", None, "2023-02-17", "day",
                            None, tuple(c.id for c in own), spans)

    return [member(a1), member(a2)]


def build_seed_result(seeds_dir: Path) -> Result:
    """The seed case reconciled into a Result: shared with test_report."""
    a1, a2 = seed_articles(seeds_dir)
    claims = seed_claims(a1, a2)
    members = seed_members(a1, a2, claims)
    event = reconcile("e1", members, claims, [a1, a2])
    claims = [dataclasses.replace(c, event="e1") for c in claims]
    return Result((a1, a2), tuple(claims), (event,), tuple(members))


@pytest.fixture()
def seed(seeds_dir: Path) -> Result:
    return build_seed_result(seeds_dir)


def by_value(result: Result, field: str, value: object) -> list[str]:
    return [c.id for c in result.claims if c.field == field and c.value == value]


# --- figures -----------------------------------------------------------------------------------------


def test_seed_killed_low_best_high(seed: Result) -> None:
    killed = seed.events[0].figures[0]
    assert (killed.field, killed.low, killed.best, killed.high) == ("killed", 36, 53, 53)


def test_parts_are_groups_not_conflicts(seed: Result) -> None:
    event = seed.events[0]
    assert event.figures[0].groups == {"civilians": 46, "soldiers": 7}
    assert not [c for c in event.conflicts if c.field == "killed"]


def test_initial_osdh_figure_is_superseded_not_in_conflict(seed: Result) -> None:
    killed = seed.events[0].figures[0]
    assert killed.superseded == tuple(by_value(seed, "killed", 36))
    assert set(by_value(seed, "killed", 36)) <= set(killed.claims)


def test_same_source_revision_is_an_update(seeds_dir: Path) -> None:
    """OSDH says 36 on one day and 53 the next: an update, both kept, the older marked."""
    a1, a2 = seed_articles(seeds_dir)
    a1 = dataclasses.replace(a1, published="2023-02-17")
    m = Maker()
    old = m(a1, "killed", 36, "initial assessment of 36", attributed_to="OSDH")
    new = m(a2, "killed", 53, "claimed at least 53 lives", attributed_to="Syrian Observatory for Human Rights")
    event = reconcile("e1", seed_members(a1, a2, m.claims), m.claims, [a1, a2])
    figure = event.figures[0]
    assert (figure.low, figure.best, figure.high, figure.superseded) == (36, 53, 53, (old.id,))
    assert new.id in figure.claims and not event.conflicts


def test_two_sources_at_the_same_time_conflict(seeds_dir: Path) -> None:
    a1, a2 = seed_articles(seeds_dir)
    m = Maker()
    tv = m(a1, "killed", 53, "53 citizens were killed", attributed_to="Syrian state television")
    sohr = m(a2, "killed", 68, "claimed at least 53 lives", attributed_to="SOHR")
    event = reconcile("e1", seed_members(a1, a2, m.claims), m.claims, [a1, a2])
    (conflict,) = event.conflicts
    assert conflict.field == "killed" and conflict.sides == ((tv.id,), (sohr.id,))
    assert "53" in conflict.note and "68" in conflict.note
    assert event.figures[0].low == 53 and event.figures[0].high == 68


def test_a_rising_toll_on_a_later_day_is_not_a_conflict(seeds_dir: Path) -> None:
    a1, a2 = seed_articles(seeds_dir)
    a1 = dataclasses.replace(a1, published="2023-02-17")
    m = Maker()
    m(a1, "killed", 53, "53 citizens were killed", attributed_to="Syrian state television")
    m(a2, "killed", 68, "claimed at least 53 lives", attributed_to="SOHR")
    event = reconcile("e1", seed_members(a1, a2, m.claims), m.claims, [a1, a2])
    assert not event.conflicts and event.figures[0].best == 68


def test_at_least_agrees_with_a_higher_exact_figure(seeds_dir: Path) -> None:
    a1, a2 = seed_articles(seeds_dir)
    m = Maker()
    m(a1, "killed", 53, "At least 53 people were killed", qualifier="at_least", attributed_to="state TV")
    m(a2, "killed", 60, "Fifty-three citizens", attributed_to="SOHR")
    event = reconcile("e1", seed_members(a1, a2, m.claims), m.claims, [a1, a2])
    assert not event.conflicts


def test_parts_alone_imply_their_total(seeds_dir: Path) -> None:
    a1, a2 = seed_articles(seeds_dir)
    m = Maker()
    m(a2, "killed", 46, "46 civilians and 7 troops", group="civilians")
    m(a2, "killed", 7, "46 civilians and 7 troops", group="troops")
    figure = reconcile("e1", seed_members(a1, a2, m.claims), m.claims, [a1, a2]).figures[0]
    assert (figure.low, figure.best, figure.high, figure.groups) == (53, 53, 53, {"civilians": 46, "soldiers": 7})


def test_parts_beyond_an_exact_total_conflict(seeds_dir: Path) -> None:
    a1, a2 = seed_articles(seeds_dir)
    m = Maker()
    m(a1, "killed", 36, "initial assessment of 36", attributed_to="OSDH")
    m(a2, "killed", 46, "46 civilians and 7 troops", group="civilians")
    m(a2, "killed", 7, "46 civilians and 7 troops", group="troops")
    event = reconcile("e1", seed_members(a1, a2, m.claims), m.claims, [a1, a2])
    assert [c.field for c in event.conflicts] == ["killed"] and "53" in event.conflicts[0].note


def test_copies_count_as_one_report(seeds_dir: Path) -> None:
    """Two copies of one wire story saying 40 do not outvote the other report's 53 (more attributed)."""
    a1, a2 = seed_articles(seeds_dir)
    copy = dataclasses.replace(a1, id="a3", copies_of="a1", origin="copy")
    m = Maker()
    m(a1, "killed", 40, "At least 53 people were killed")
    m(copy, "killed", 40, "At least 53 people were killed")
    m(a2, "killed", 53, "Fifty-three citizens", attributed_to="state television")
    members = seed_members(a1, a2, m.claims) + seed_members(copy, copy, m.claims)[:1]
    event = reconcile("e1", members, m.claims, [a1, a2, copy])
    assert event.figures[0].best == 53


# --- date, place, actors ------------------------------------------------------------------------------


def test_seed_date_and_place(seed: Result) -> None:
    event = seed.events[0]
    assert event.date is not None and (event.date.value, event.date.precision) == ("2023-02-17", "day")
    assert set(event.date.claims) == set(by_value(seed, "date", "2023-02-17"))
    assert event.location is not None and event.location.place.name in ("Sokhne", "Al-Sokhna")
    assert event.location.relation is None  # southeast vs southwest: no agreed direction


def test_southeast_vs_southwest_is_a_conflict_with_both_sides(seed: Result) -> None:
    (conflict,) = [c for c in seed.events[0].conflicts if c.field == "location"]
    assert conflict.note.startswith("location: southeast vs southwest of ")
    locations = [c.id for c in seed.claims if c.field == "location"]
    assert sorted(i for side in conflict.sides for i in side) == sorted(locations)
    assert len(conflict.sides) == 2


def test_agreeing_direction_is_kept(seeds_dir: Path) -> None:
    a1, a2 = seed_articles(seeds_dir)
    m = Maker()
    m(a1, "location", Place("Sokhne", "SY"), "southeast of the city of Sokhne", relation="southeast of")
    m(a2, "location", Place("As Sukhnah", "SY"), "southwest of the town of Al-Sokhna", relation="south-east of")
    event = reconcile("e1", seed_members(a1, a2, m.claims), m.claims, [a1, a2])
    assert event.location is not None and event.location.relation == "southeast of" and not event.conflicts


def test_two_day_dates_conflict(seeds_dir: Path) -> None:
    a1, a2 = seed_articles(seeds_dir)
    m = Maker()
    m(a1, "date", "2023-02-17", "Friday, February 17")
    m(a2, "date", "2023-02-18", "ambush in central Syria on Friday")
    event = reconcile("e1", seed_members(a1, a2, m.claims), m.claims, [a1, a2])
    assert [c.field for c in event.conflicts] == ["date"]
    assert event.conflicts[0].note == "date: 2023-02-17 vs 2023-02-18"


def test_month_and_day_agree_and_day_wins(seeds_dir: Path) -> None:
    a1, a2 = seed_articles(seeds_dir)
    m = Maker()
    m(a1, "date", "2023-02", "Friday, February 17")
    m(a2, "date", "2023-02-17", "ambush in central Syria on Friday")
    event = reconcile("e1", seed_members(a1, a2, m.claims), m.claims, [a1, a2])
    assert event.date is not None and event.date.value == "2023-02-17" and len(event.date.claims) == 2
    assert not event.conflicts


def test_seed_perpetrator_aliases_merge(seed: Result) -> None:
    perpetrators = [a for a in seed.events[0].actors if a.role == "perpetrator"]
    assert [(a.name, a.certainty, len(a.claims)) for a in perpetrators] == [("Islamic State", "attributed", 2)]


def test_different_perpetrators_conflict_but_gunmen_do_not(seeds_dir: Path) -> None:
    a1, a2 = seed_articles(seeds_dir)
    m = Maker()
    m(a1, "perpetrator", "Islamic State", "attributed to the Islamic State")
    m(a2, "perpetrator", "Syrian army", "terrorists of IS")
    m(a2, "perpetrator", "gunmen", "truffle hunting")
    event = reconcile("e1", seed_members(a1, a2, m.claims), m.claims, [a1, a2])
    assert [c.note for c in event.conflicts] == ["perpetrator: Islamic State vs Syrian army"]


# --- event-level fields -------------------------------------------------------------------------------


def test_seed_event_fields(seed: Result) -> None:
    event = seed.events[0]
    assert event.type == "attack" and event.articles == ("a1", "a2") and event.main_in == ("a1", "a2")
    assert event.title == "Islamic State attack kills 53 truffle hunters near Sokhne"


def test_timeline_has_every_figure_claim(seed: Result) -> None:
    timeline = seed.events[0].timeline
    figures = [c.id for c in seed.claims if c.field == "killed"]
    assert sorted(p.claim for p in timeline) == sorted(figures)
    osdh = next(p for p in timeline if p.value == 36)
    assert osdh.source == "Syrian Observatory for Human Rights"


def test_adds_lists_what_only_one_source_states(seed: Result) -> None:
    adds = {a.source: a for a in seed.events[0].adds}
    assert by_value(seed, "killed", 36) == list(adds["Syrian Observatory for Human Rights"].claims)
    assert "Syrian state television" in adds  # the direction of the town, stated only by state TV
    assert all(len(a.claims) for a in adds.values())


def test_summary_is_verbatim_cited_and_without_repeats(seed: Result) -> None:
    summary = seed.events[0].summary
    texts = {a.id: a.text for a in seed.articles}
    assert 3 <= len(summary) <= 6
    for sentence in summary:
        assert any(sentence.text in t for t in texts.values())
        assert sentence.claims and set(sentence.articles) <= {"a1", "a2"}
    assert summary[0].articles == ("a1", "a2")  # the top sentence is backed by both reports


# --- parsers ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("relation", "direction"),
    [("southeast of", "se"), ("to the south-west of", "sw"), ("au sud-est de", "se"), ("al suroeste de", "sw"),
     ("à l'est de", "e"), ("à l'ouest de", "w"), ("südöstlich von", "se"), ("جنوب شرق", "se"),
     ("güneybatısında", "sw"), ("near", None), (None, None)],
)
def test_compass(relation: str | None, direction: str | None) -> None:
    assert compass(relation) == direction


def test_transliterations_share_a_skeleton() -> None:
    assert name_skeleton("Sokhne") == name_skeleton("Al-Sokhna") == name_skeleton("As Sukhnah")
    assert name_skeleton("Palmyra") != name_skeleton("Sokhne")


def test_precision_of() -> None:
    assert [precision_of(v) for v in ("2023-02-17", "2023-02", "2023", "2023-W07")] == [
        "day", "month", "year", "week"]


@given(st.text(max_size=40))
def test_compass_never_crashes(text: str) -> None:
    assert compass(text) in (None, "n", "ne", "e", "se", "s", "sw", "w", "nw")


_QUALIFIERS = st.sampled_from(["exact", "at_least", "about", "initial", "revised", "up_to", "range"])
_FIGURE = st.tuples(st.integers(0, 500), _QUALIFIERS, st.sampled_from([None, "civilians", "soldiers"]),
                    st.sampled_from([None, "OSDH", "SOHR", "state TV", "Reuters"]), st.sampled_from(["a1", "a2"]))


@settings(max_examples=150, deadline=None)
@given(st.lists(_FIGURE, min_size=1, max_size=8))
def test_low_best_high_are_ordered(figures: list[tuple[int, str, str | None, str | None, str]]) -> None:
    """Whatever the reports say, low <= best <= high and every claim is kept."""
    articles = [Article(a, a, "x" * 50, a, published="2023-02-1" + a[-1]) for a in ("a1", "a2")]
    claims = [
        Claim(f"c{n}", art, "e", "killed", value, (0, 10), "x" * 10, qualifier=q, group=g, attributed_to=src,
              low=max(0, value - 5) if q == "range" else None, high=value + 5 if q == "range" else None)
        for n, (value, q, g, src, art) in enumerate(figures)
    ]
    members = [ArticleEvent(f"{a.id}-e", a.id, True) for a in articles]
    figure = reconcile("e1", members, claims, articles).figures[0]
    assert figure.low <= figure.best <= figure.high
    assert sorted(figure.claims) == sorted(c.id for c in claims)


def test_children_are_not_added_to_civilians(seeds_dir: Path) -> None:
    a1, a2 = seed_articles(seeds_dir)
    m = Maker()
    m(a2, "killed", 46, "46 civilians and 7 troops", group="civilians")
    m(a2, "killed", 7, "46 civilians and 7 troops", group="troops")
    m(a1, "killed", 10, "seven Syrian soldiers were among the killed", group="children")
    figure = reconcile("e1", seed_members(a1, a2, m.claims), m.claims, [a1, a2]).figures[0]
    assert (figure.best, figure.groups) == (53, {"children": 10, "civilians": 46, "soldiers": 7})


def test_a_neighbourhood_and_its_city_do_not_conflict(seeds_dir: Path) -> None:
    a1, a2 = seed_articles(seeds_dir)
    m = Maker()
    m(a1, "location", Place("Palmyra", "SY", lat=34.56, lon=38.27), "southeast of the city of Sokhne")
    m(a2, "location", Place("Tadmur outskirts", "SY", lat=34.60, lon=38.30), "southwest of the town of Al-Sokhna")
    assert not reconcile("e1", seed_members(a1, a2, m.claims), m.claims, [a1, a2]).conflicts
    m.claims[1] = dataclasses.replace(m.claims[1], value=Place("As Sukhnah", "SY", lat=34.89, lon=38.87))
    (conflict,) = reconcile("e1", seed_members(a1, a2, m.claims), m.claims, [a1, a2]).conflicts
    assert conflict.note in ("location: Palmyra vs As Sukhnah", "location: As Sukhnah vs Palmyra")


def test_a_lone_victim_is_not_a_side_and_a_lead_figure_wins(seeds_dir: Path) -> None:
    """ "Five children were shot" leads; "I've been shot" (one) from a witness neither wins nor conflicts."""
    a1, a2 = seed_articles(seeds_dir)
    m = Maker()
    m(a1, "injured", 5, "At least 53 people were killed")
    m(a1, "injured", 1, "seven Syrian soldiers were among the killed", attributed_to="a witness")
    m(a2, "injured", 5, "claimed at least 53 lives")
    m(a2, "injured", 1, "46 civilians and 7 troops", attributed_to="his grandmother")
    m(a2, "injured", 1, "truffle hunting", attributed_to="Lewis")
    event = reconcile("e1", seed_members(a1, a2, m.claims), m.claims, [a1, a2])
    assert event.figures[0].best == 5 and not event.conflicts


def test_title_speaks_of_one_victim_in_the_singular() -> None:
    from newsweave.models import Actor, Figure
    from newsweave.summary import make_title

    one = (Figure("killed", 1, 1, 1),)
    soldiers = (Actor("victim", "soldiers"),)
    assert make_title("armed_clash", None, one, soldiers, None, None) == "Clashes kill one soldier"
    assert make_title("attack", None, one, (), None, None) == "Attack kills one person"
    assert make_title("other", None, one, (), None, "A long lede. Second.") == "A long lede. Second"


def test_title_does_not_name_the_act_twice() -> None:
    """The seeds' April 2021 abduction of 19 was titled "Abduction abducts 19 civilians in Hama"."""
    from newsweave.models import Actor, Figure
    from newsweave.summary import make_title

    taken = (Figure("kidnapped", 19, 19, 19),)
    civilians = (Actor("victim", "civilians"),)
    assert make_title("abduction", None, taken, civilians, None, None) == "19 civilians abducted"
    blamed = (Actor("perpetrator", "Islamic State"), *civilians)
    assert make_title("abduction", None, taken, blamed, None, None) == "Islamic State abducts 19 civilians"
    one = (Figure("killed", 1, 1, 1),)
    assert make_title("homicide", None, one, (), None, None) == "One person killed"
    assert make_title("attack", None, taken, civilians, None, None) == "Attack abducts 19 civilians"


def test_summary_skips_a_copy_of_a_sentence_already_chosen(seeds_dir: Path) -> None:
    a1, a2 = seed_articles(seeds_dir)
    copy = dataclasses.replace(a1, id="a3", copies_of="a1", origin="copy")
    claims = seed_claims(a1, a2)
    claims += [dataclasses.replace(c, id=f"{c.id}x", article="a3") for c in claims if c.article == "a1"]
    members = seed_members(a1, a2, claims) + seed_members(copy, copy, claims)[:1]
    summary = reconcile("e1", members, claims, [a1, a2, copy]).summary
    texts = [s.text for s in summary]
    assert len(texts) == len(set(texts))
    assert all("a3" not in s.articles or "a1" in s.articles for s in summary)


def test_a_date_after_the_first_report_is_a_follow_up_not_the_event(seeds_dir: Path) -> None:
    """A later report's arraignment or funeral date cannot be the event's: it was reported before then."""
    a1, a2 = seed_articles(seeds_dir)
    a2 = dataclasses.replace(a2, published="2023-03-02")
    m = Maker()
    friday = m(a1, "date", "2023-02-17", "Friday, February 17")
    m(a2, "date", "2023-03-01", "ambush in central Syria on Friday")
    event = reconcile("e1", seed_members(a1, a2, m.claims), m.claims, [a1, a2])
    assert event.date is not None and event.date.claims == (friday.id,) and not event.conflicts


def test_relate_links_an_earlier_similar_attack_and_background() -> None:
    from newsweave.models import DateField, Event, LocationField
    from newsweave.reconcile import relate

    sukhnah = LocationField(Place("As Sukhnah", "SY", "Homs", precision="town"))
    syria = LocationField(Place("Syria", "SY", precision="country"))
    main = Event("e1", "attack", "t", ("m1",), ("a1", "a2"), ("a1", "a2"), date=DateField("2023-02-17", "day"),
                 location=sukhnah)
    saturday = Event("e2", "abduction", "t", ("m2",), ("a1",), (), date=DateField("2023-02-11", "day"),
                     location=syria)
    raid = Event("e3", "armed_clash", "t", ("m3",), ("a2",), (), date=DateField("2023-02-16", "day"))
    prison = Event("e4", "attack", "t", ("m4",), ("a9",), ("a9",), date=DateField("2022-01-20", "day"),
                   location=syria)
    linked = {e.id: {(r.event, r.relation) for r in e.related} for e in relate([main, saturday, raid, prison])}
    assert linked["e1"] == {("e2", "earlier_similar"), ("e3", "mentions")}
    assert linked["e2"] == {("e1", "background_of")} and linked["e3"] == {("e1", "background_of")}
    assert linked["e4"] == set()  # a year earlier is history, not a pattern


def test_state_television_joins_the_one_broadcaster_the_event_names() -> None:
    from newsweave.reconcile import resolve_names

    names = ["state television", "Syrian state television", "state TV", "OSDH"]
    assert set(resolve_names(names, "source").values()) == {"Syrian state television",
                                                             "Syrian Observatory for Human Rights"}
    two = resolve_names(["state TV", "Syrian state television", "Iranian state television"], "source")
    assert two["state TV"] == "state television"  # which state? both are named: keep it apart
