"""Round 9 reconciliation rules on real reports (GVA documents, read at test time): where one report states its
toll. A count its headline writes, then a count in its lede, lead before a count deep in the text; a headline
that tells of the dead or counts the wounded keeps a figure the text states only deep."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.models import Article
from newsweave.reconcile.figures import _ALIVE, _OTHER_VICTIM
from newsweave.reconcile.headlines import read_headline
from test_reconcile_more import Claims, event_of, killed, report

# --- which count a report leads with ---------------------------------------------------------------------------


def test_a_count_the_headline_writes_leads_over_a_lede_about_another_story(data_dir: Path) -> None:
    """ "2 dead, 3 injured in shooting outside club" over a page that opens with "A 2-year-old died after she was
    struck ... by a minivan": the headline's two dead, written 800 characters on, are the report's toll."""
    club = report(data_dir, "6a630e5768")
    c = Claims()
    c(club, "killed", 1, "A 2-year-old died after")
    c(club, "killed", 2, "left two people dead")
    assert killed(event_of([club], c.made))[1] == 2


def test_a_lede_count_leads_over_a_larger_count_deep_in_the_text(data_dir: Path) -> None:
    """ "HER THREE-YEAR-OLD DAUGHTER IS GUNNED DOWN" opens the report; 4,600 characters on, the chief's quote
    "striking ... five victims including the fatal shooting of the 3-year-old" counts those hit: one killed."""
    detroit = report(data_dir, "5b937014e8")
    c = Claims()
    c(detroit, "killed", 1, "IS GUNNED DOWN")
    deep = c(detroit, "killed", 5, "striking, as I pointed out, five victims")
    assert deep.span[0] > 400
    assert killed(event_of([detroit], c.made))[1] == 1


def test_a_lede_toll_leads_over_a_count_of_people_at_the_scene(data_dir: Path) -> None:
    """ "One person was killed and six others were injured" (the lede) against "four people, including the
    fatally wounded person, were at the scene" further on: one killed, as the headline also writes."""
    colleton = report(data_dir, "c1cba05722")
    c = Claims()
    c(colleton, "killed", 1, "One person was killed and six others")
    c(colleton, "killed", 4, "four people, including the fatally wounded")
    assert killed(event_of([colleton], c.made))[1] == 1


# --- a headline keeps a figure the text states deep -------------------------------------------------------------


def test_wounded_the_headline_counts_stay_though_the_text_counts_them_deep(data_dir: Path) -> None:
    """ "1 Dead, 3 Injured In Baltimore Quadruple Shooting": the lede counts the dead, the three wounded come
    600 characters on ("The other three victims have been taken to area hospitals"); the headline counts them."""
    baltimore = report(data_dir, "7cef71f51a")
    c = Claims()
    c(baltimore, "killed", 1, "left one dead")
    deep = c(baltimore, "injured", 3, "The other three victims have been taken")
    assert deep.span[0] > 400
    assert killed(event_of([baltimore], c.made), "injured")[1] == 3


def test_the_same_deep_wounded_give_way_without_the_headline(data_dir: Path) -> None:
    """The same two sentences under a headline that counts no one: the lede's death stands alone, as before."""
    baltimore = replace(report(data_dir, "7cef71f51a"), title="Police investigate Baltimore shooting")
    c = Claims()
    c(baltimore, "killed", 1, "left one dead")
    c(baltimore, "injured", 3, "The other three victims have been taken")
    assert killed(event_of([baltimore], c.made), "injured")[:2] == (0, 0)


def test_a_lone_wounded_victim_the_headline_counts_beside_the_dead_stays(data_dir: Path) -> None:
    """ "3 dead, 1 critically wounded in shooting at Crosby home": "One was listed in critical condition" is the
    fourth victim, not one of the three who died."""
    crosby = report(data_dir, "e0ea5ce7a9")
    c = Claims()
    c(crosby, "killed", 3, "three people died")
    c(crosby, "injured", 1, "One was listed in critical condition")
    assert killed(event_of([crosby], c.made), "injured")[1] == 1


def test_a_headline_about_the_wounded_alone_does_not_keep_a_victim_who_died(data_dir: Path) -> None:
    """ "Toddler in critical condition after shooting self" (the morning), "2 year old dies after accidentally
    shooting himself" (the same day): the headline tells of the wounded boy, not of another victim."""
    died, critical = report(data_dir, "1b61faaa66"), report(data_dir, "b018bb4574")
    c = Claims()
    c(died, "killed", 1, "has died")
    c(critical, "injured", 1, "is in critical condition")
    assert killed(event_of([died, critical], c.made), "injured")[:2] == (0, 0)


# --- a wounded victim told apart from the dead -----------------------------------------------------------------


def test_a_fourth_man_wounded_is_not_one_of_the_three_dead(data_dir: Path) -> None:
    """ "the triple homicide" and, further on, "A fourth man suffered a gunshot wound in his arm": one injured."""
    denver = report(data_dir, "cfe5bc4712")
    c = Claims()
    c(denver, "killed", 3, "triple homicide")
    c(denver, "injured", 1, "A fourth man suffered a gunshot wound")
    assert killed(event_of([denver], c.made), "injured")[1] == 1


def test_a_child_also_shot_is_not_one_of_the_dead(data_dir: Path) -> None:
    """ "Justin Sims, 32, and Dangelo Brown, 26, were killed July 2", then "A 3-year-old child was also shot in the
    hand": a third victim, wounded."""
    funeral = report(data_dir, "ee5f8e2822")
    c = Claims()
    c(funeral, "killed", 2, "were killed July 2")
    c(funeral, "injured", 1, "was also shot in the hand")
    assert killed(event_of([funeral], c.made), "injured")[1] == 1


def test_a_victim_told_alive_in_the_report_of_a_death_is_another_victim(data_dir: Path) -> None:
    """ "A 16-year-old girl was shot and killed", then "where he is in critical condition": the report tells one
    victim alive as it is written, so he is not the girl who died."""
    ellicott = report(data_dir, "748f14771b")
    c = Claims()
    c(ellicott, "killed", 1, "was shot and killed inside her home")
    c(ellicott, "injured", 1, "where he is in critical condition")
    assert killed(event_of([ellicott], c.made), "injured")[1] == 1


def test_ordinals_count_a_victim_only_before_a_person(data_dir: Path) -> None:
    """ "a fourth victim remains hospitalized" tells another victim; "The third time the boy got shot" and the name
    suffix in "Printess Winston the fourth was accidentally shot" do not."""
    capulin, florida, winston = (report(data_dir, d) for d in ("4ef4b909b5", "440118a03d", "841ba6109d"))
    fourth = capulin.text[capulin.text.index("a fourth victim") :][:60]
    assert _OTHER_VICTIM.search(fourth) and _ALIVE.search(fourth)
    assert not _OTHER_VICTIM.search(florida.text[florida.text.index("The third time") :][:60])
    assert not _OTHER_VICTIM.search(winston.text[winston.text.index("the fourth was") :][:40])


def test_alive_words_in_six_languages() -> None:
    """Our own sentences: a victim told alive, per language table."""
    said = [
        "Her father remains hospitalized.", "Son père est dans un état critique.", "El padre sigue hospitalizado.",
        "Der Vater schwebt in Lebensgefahr.", "Babasının tedavisi sürüyor.", "والده حالته حرجة",
    ]
    assert all(_ALIVE.search(s) for s in said)
    assert not _ALIVE.search("He was in critical condition and died on Monday.")


# --- reading a headline ------------------------------------------------------------------------------------------


def test_a_headline_counts_numbers_written_not_a_person_named(data_dir: Path) -> None:
    """ "2 dead, 3 injured in shooting outside club" writes two totals; "Police: Man killed was among shooters in
    Madisonville" tells of a death but counts no total (two died)."""
    club, madisonville = report(data_dir, "6a630e5768"), report(data_dir, "5427240fe9")
    assert {("killed", 2), ("injured", 3)} <= read_headline(club).counts
    assert "killed" in read_headline(madisonville).fields
    assert not read_headline(madisonville).counts


def test_headlines_in_other_languages_are_read_with_their_tables() -> None:
    """Our own headlines: French and Spanish counts are read with those languages' tables."""
    fr = Article("fr1", "", "", "", language="fr", title="Fusillade à Marseille : deux morts et trois blessés")
    es = Article("es1", "", "", "", language="es", title="Tiroteo en Monterrey deja cuatro muertos")
    assert ("killed", 2) in read_headline(fr).counts
    assert ("killed", 4) in read_headline(es).counts


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120), st.sampled_from(["en", "fr", "es", "de", "ar", "tr"]))
def test_reading_any_headline_never_fails_and_counts_only_told_fields(title: str, language: str) -> None:
    told = read_headline(Article("x", "", "", "", language=language, title=title))
    assert {field for field, _ in told.counts} <= told.fields
    assert all(value >= 0 for _, value in told.counts)
