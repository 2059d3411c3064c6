"""Round 3 reconciliation rules on real reports: a lede's toll against follow-ups about one victim, and sources
named in different languages merged into one (aliases of common institutions)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsweave.aliases import INSTITUTIONS, canonical, office, same
from newsweave.models import Article, ArticleEvent, Claim
from newsweave.reconcile import reconcile, resolve_names
from realtext import seed_sentence
from test_reconcile_more import Claims, event_of, killed, report


def test_a_lede_toll_outvotes_a_follow_up_about_one_victim(data_dir: Path) -> None:
    """ "Two men are dead ..." leads one report; a week later a profile says "Mackey died in King's arms": the
    follow-up counts one victim, not the toll, though it is the latest report."""
    first, later = report(data_dir, "06fa420c12"), report(data_dir, "7271f8d3ae")
    c = Claims()
    c(first, "killed", 2, "Two men are dead and three others are in the hospital")
    c(first, "killed", 1, "found one man dead inside the vehicle")
    c(later, "killed", 1, "Mackey died in King")
    assert killed(event_of([first, later], c.made)) == (1, 2, 2, ())


def test_a_lede_toll_outvotes_a_lone_victim_in_a_second_report(data_dir: Path) -> None:
    """ "Five people are dead after a shooting and two fires" leads; the next day's report speaks of the man
    police shot: five, not one."""
    first, later = report(data_dir, "0e92c7c90c"), report(data_dir, "eae1dc95f4")
    c = Claims()
    c(first, "killed", 5, "Five people are dead after a shooting and two fires")
    c(first, "killed", 1, "Crump said Alex Buckner also died in the home")
    c(later, "killed", 1, "fatally shot Alex Art")
    assert killed(event_of([first, later], c.made))[1] == 5


def test_a_count_deep_in_a_text_does_not_outvote_lone_victims(data_dir: Path) -> None:
    """The rule needs the toll in a headline or lede: "Capt. ... confirmed three people died at the scene"
    thousands of characters in is no lede, so two reports naming one victim each still decide."""
    first, later = report(data_dir, "0e92c7c90c"), report(data_dir, "eae1dc95f4")
    c = Claims()
    c(first, "killed", 1, "Crump said Alex Buckner also died in the home")
    deep = c(first, "killed", 3, "confirmed three people died at the scene")
    c(later, "killed", 1, "fatally shot Alex Art")
    assert deep.span[0] > 400
    assert killed(event_of([first, later], c.made))[1] == 1


def _article(aid: str, text: str, language: str, published: str) -> Article:
    return Article(aid, f"{aid}.txt", text, aid, language=language, published=published)


def test_one_office_named_in_three_languages_is_one_source() -> None:
    """The same interior ministry quoted in English, French and Spanish reports: one source, not three, so
    its agreeing count is not triple corroboration (sentences written for this test)."""
    texts = {
        "en": ("Twelve people were killed, the Interior Ministry said.", "en", "the Interior Ministry"),
        "fr": ("Douze personnes ont été tuées, selon le ministère de l'Intérieur.", "fr",
               "le ministère de l'Intérieur"),
        "es": ("Doce personas murieron, según el Ministerio del Interior.", "es", "el Ministerio del Interior"),
    }
    articles, claims, members = [], [], []
    for aid, (text, language, source) in texts.items():
        articles.append(_article(aid, text, language, "2024-05-02"))
        claim = Claim(f"{aid}:c0", aid, f"{aid}:e0", "killed", 12, (0, len(text)), text, attributed_to=source)
        claims.append(claim)
        members.append(ArticleEvent(f"{aid}:e0", aid, True, "attack", claims=(claim.id,)))
    event = reconcile("e1", members, claims, articles)
    speakers = {point.source for point in event.timeline}
    assert speakers == {"Interior Ministry"}


def test_a_victim_wounded_one_day_and_dead_the_next_is_killed_not_injured(data_dir: Path) -> None:
    """ "A mother is in critical condition" (two reports, Aug. 17) and "Dorothy Reardean died" (Aug. 18): a
    coder counts one killed and no one injured; the earlier injured count stays as the low bound."""
    first, second = report(data_dir, "89283fe04b"), report(data_dir, "a29d1b7e33")
    later = report(data_dir, "4f8984edbb")
    c = Claims()
    c(first, "injured", 1, "A mother is in critical condition")
    c(second, "injured", 1, "critically wounded after being shot in the head")
    c(later, "killed", 1, "died just after 5 p.m. Monday")
    event = event_of([first, second, later], c.made)
    assert killed(event) == (1, 1, 1, ())
    assert killed(event, "injured")[:3] == (0, 0, 1)


def test_an_injured_count_restated_after_the_death_stays() -> None:
    """When a report of the later day itself still gives the injured count, the wounded who died were others:
    nothing moves (sentences written for this test)."""
    texts = [("a", "Three people were wounded in a shooting on Friday, police said.", "2024-05-03", "injured", 3),
             ("b", "One man died on Saturday and three others remain in hospital, police said.", "2024-05-04",
              "killed", 1),
             ("b", "One man died on Saturday and three others remain in hospital, police said.", "2024-05-04",
              "injured", 3)]
    articles = {aid: _article(aid, text, "en", day) for aid, text, day, _, _ in texts}
    claims = [Claim(f"{aid}:c{n}", aid, f"{aid}:e0", field, value, (0, len(text)), text, attributed_to="police")
              for n, (aid, text, _, field, value) in enumerate(texts)]
    members = [ArticleEvent(f"{aid}:e0", aid, True, "shooting", claims=tuple(c.id for c in claims if c.article == aid))
               for aid in articles]
    event = reconcile("e1", members, claims, list(articles.values()))
    assert killed(event, "injured")[1] == 3


def test_the_same_day_death_does_not_empty_the_injured() -> None:
    """Deaths and injuries reported on the first day are separate victims: "two dead, three wounded"."""
    text = "Two people were killed and three were wounded in a shooting on Friday, police said."
    article = _article("a", text, "en", "2024-05-03")
    claims = [
        Claim("a:c0", "a", "a:e0", "killed", 2, (0, len(text)), text, attributed_to="police"),
        Claim("a:c1", "a", "a:e0", "injured", 3, (0, len(text)), text, attributed_to="police"),
    ]
    event = reconcile("e1", [ArticleEvent("a:e0", "a", True, "shooting", claims=("a:c0", "a:c1"))], claims, [article])
    assert killed(event, "injured")[1] == 3


# --- aliases of common institutions ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("the Interior Ministry", "Interior Ministry"),
        ("le ministère de l'Intérieur", "Interior Ministry"),
        ("el Ministerio del Interior", "Interior Ministry"),
        ("das Innenministerium", "Interior Ministry"),
        ("İçişleri Bakanlığı", "Interior Ministry"),
        ("وزارة الداخلية", "Interior Ministry"),
        ("the police", "police"),
        ("la police", "police"),
        ("la policía", "police"),
        ("die Polizei", "police"),
        ("polis", "police"),
        ("الشرطة", "police"),
        ("a police spokesman", "police"),
        ("la Croix-Rouge", "Red Cross"),
        ("la Cruz Roja", "Red Cross"),
        ("das Rote Kreuz", "Red Cross"),
        ("the health ministry", "Health Ministry"),
        ("le ministère de la Santé", "Health Ministry"),
        ("Sağlık Bakanlığı", "Health Ministry"),
        ("les pompiers", "fire department"),
        ("la gobernadora Rosa Quispe", "Rosa Quispe"),  # a person is kept by name
        ("Chicago Police Superintendent Garry McCarthy", "Garry McCarthy"),
        ("the Syrian Arab Red Crescent", "the Syrian Arab Red Crescent"),  # not SANA by a fuzzy match
    ],
)
def test_institutions_in_six_languages_share_one_name(name: str, expected: str) -> None:
    assert canonical(name, "source") == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the Syrian Interior Ministry", "le ministère syrien de l'Intérieur"),
        ("the Syrian Interior Ministry", "el Ministerio del Interior sirio"),
        ("the regional governor", "la gouverneure régionale"),
        ("the regional government", "el gobierno regional"),
        ("Chicago Police", "the Chicago Police Department"),
        ("the Peruvian Red Cross", "la Croix-Rouge péruvienne"),
    ],
)
def test_one_office_of_one_place_is_one_source(a: str, b: str) -> None:
    assert same(a, b, "source")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Chicago Police", "Los Angeles police"),  # two cities' forces
        ("the Syrian Interior Ministry", "the Iraqi Interior Ministry"),
        ("the government", "el gobierno regional"),  # national and regional governments
        ("the health ministry", "the regional health office"),
        ("the police", "the fire department"),
        ("governor Rosa Quispe", "governor Greg Abbott"),
    ],
)
def test_different_offices_or_places_stay_apart(a: str, b: str) -> None:
    assert not same(a, b, "source")


def test_a_general_office_joins_the_one_named_holder_the_event_cites() -> None:
    """The demo's wire says "the regional governor said", the Spanish report "según la gobernadora Rosa Quispe",
    the French "Rosa Quispe": one source; la Cruz Roja and la Croix-Rouge join the Peruvian Red Cross."""
    names = ["the regional governor", "la Cruz Roja", "la gobernadora Rosa Quispe", "Rosa Quispe",
             "la Croix-Rouge", "the Peruvian Red Cross", "the health ministry", "the regional health office"]
    resolved = resolve_names(names, "source")
    assert {resolved[n] for n in names[:4:2] + names[3:4]} == {"Rosa Quispe"}
    assert {resolved[n] for n in ("la Cruz Roja", "la Croix-Rouge", "the Peruvian Red Cross")} == {
        "the Peruvian Red Cross"}
    assert resolved["the health ministry"] != resolved["the regional health office"]


def test_a_general_office_stays_apart_with_two_candidates() -> None:
    """ "police" with both "Chicago police" and "Evanston police" cited: which one is unknown, so neither."""
    resolved = resolve_names(["police", "Chicago police", "Evanston police"], "source")
    assert len(set(resolved.values())) == 3


@given(st.text(max_size=40))
def test_office_parsing_never_fails(name: str) -> None:
    held = office(name)
    assert held is None or held.name in INSTITUTIONS


# --- what each source alone adds --------------------------------------------------------------------------


def test_a_source_alone_adds_its_figures_first_and_no_victim_group_a_figure_counts(seeds_dir: Path) -> None:
    """Seeds: Walid Audi alone gives "46 civilians" (his "7 troops" the OSDH also gives); "soldiers" as a victim
    adds nothing beside "7 soldiers"; state television alone gives the date, listed before its victims."""
    audi = seed_sentence(seeds_dir, "46 civilians and 7 troops")
    osdh = seed_sentence(seeds_dir, "she then specified")
    tv = seed_sentence(seeds_dir, "At least 53 people were killed Friday")
    text = "\n".join((audi, osdh, tv))
    made: list[Claim] = []

    def claim(sentence: str, field: str, value: int | str, source: str, group: str | None = None) -> None:
        at = text.index(sentence)
        made.append(Claim(f"a:c{len(made)}", "a", "a:e0", field, value, (at, at + len(sentence)), sentence,
                          attributed_to=source, group=group))

    claim(tv, "victim", "truffle hunters", "state television")
    claim(tv, "date", "2023-02-17", "state television")
    claim(audi, "killed", 46, "Walid Audi", "civilians")
    claim(audi, "killed", 7, "Walid Audi", "troops")
    claim(audi, "victim", "soldiers", "Walid Audi")
    claim(osdh, "killed", 7, "the OSDH", "soldiers")
    article = _article("a", text, "en", "2023-02-17")
    event = reconcile("e1", [ArticleEvent("a:e0", "a", True, "attack", claims=tuple(c.id for c in made))],
                      made, [article])
    adds = {a.source: [next(c for c in made if c.id == i) for i in a.claims] for a in event.adds}
    assert [(c.field, c.value) for c in adds["Walid Audi"]] == [("killed", 46)]
    assert [c.field for c in adds["state television"]] == ["date", "victim"]


def test_a_death_one_report_doubts_yields_to_reports_counting_only_wounded(data_dir: Path) -> None:
    """Seattle, Nov. 2015: one report says "One victim was reported to have died by people at the scene but
    authorities say that the situation is not a homicide"; it and three later reports count five wounded and
    no dead. Best and low 0, the lone death kept as high."""
    first, second = report(data_dir, "3e15fc6162"), report(data_dir, "c677721527")
    third, fourth = report(data_dir, "57080c7742"), report(data_dir, "d28e188fca")
    c = Claims()
    c(first, "killed", 1, "One victim was reported to have died by people at the scene")
    c(first, "injured", 5, "five victims suffered gunshot wound injuries")
    c(second, "injured", 5, "five people were injured in the drive-by shooting")
    c(third, "injured", 1, "Seattle Police have not announced any arrests")
    c(fourth, "injured", 5, "Five people were shot, though none received life-threatening wounds")
    assert killed(event_of([first, second, third, fourth], c.made)) == (0, 0, 1, ())


def test_relate_compares_only_linkable_events_and_finds_every_link(seeds_dir: Path) -> None:
    """The indexed `relate` (shared articles, dates within the window) gives exactly the links of comparing
    every pair, on the seeds and the demo reports."""
    import dataclasses

    import newsweave
    from newsweave.models import Related
    from newsweave.reconcile.related import link, relate

    demo = Path(__file__).resolve().parents[1] / "demo" / "reports"
    inputs = [str(p) for p in sorted(seeds_dir.glob("*.txt")) + sorted(demo.iterdir())]
    bare = [dataclasses.replace(e, related=()) for e in newsweave.analyze(inputs).events]
    every_pair = [
        tuple(Related(o.id, r) for o in bare if o.id != e.id and (r := link(e, o)) is not None) for e in bare
    ]
    assert [e.related for e in relate(bare)] == every_pair
    assert any(every_pair)
