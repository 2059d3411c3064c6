"""Fifth pass on casualty figures: counts written as a word before the happening ("a triple homicide", "a double
murder-suicide"), a shooting that sent people to the hospital, one person named before a count of people ("a young
boy and four adults"), "mortally wounding", and the passive auxiliary read as a whole word. Each rule on a real GVA
sentence or headline read at test time (own sentences only where noted)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.extract import extract
from newsweave.extract.figures import Cue, _passive, _tallies, implied_death
from newsweave.extract.tables import table_for
from realtext import gva_sentence
from test_extract_figures_gva import counts
from test_extract_figures_round3 import gva_title, headline
from test_extract_support import annotate_by_hand, article

EN = table_for("en")

# --- a count written as a word before the happening -------------------------------------------------------


def test_a_double_murder_is_two_dead(data_dir: Path) -> None:
    assert headline(gva_title(data_dir, "Man Sentenced for Charges Connected to Double Murder")) == [("killed", 2)]


def test_a_triple_homicide_in_the_text_is_three_dead(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Detroit police are investigating a triple homicide")
    # and "fatally shot two men and a woman" is three too, though a death is told before the count
    assert counts(s) == [("killed", 3), ("killed", 3)]


def test_a_double_murder_suicide_counts_the_killer_too(data_dir: Path) -> None:
    title = gva_title(data_dir, "Murray police investigate apparent double murder-suicide")
    assert headline(title) == [("killed", 3)]


def test_a_triple_homicide_slash_suicide_is_four_dead(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "the case is a triple-homicide/suicide")
    assert counts(s) == [("killed", 4)]


def test_a_tally_beside_its_own_count_is_not_counted_twice(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Two men charged in the April 28 double murder in the parking lot of Wolfe Enterprises")
    assert counts(s) == [("killed", 2)]  # the two charged are not victims; the double murder is


def test_a_negated_tally_counts_no_one() -> None:
    # own sentence: no GVA report denies a double homicide
    assert counts("Police said it was not a double homicide.") == []


def test_a_quadruple_shooting_is_no_count_of_the_injured(data_dir: Path) -> None:
    # four hit, but the dead among them are told elsewhere ("a 16-year-old was fatally shot in the chest in a
    # quadruple shooting"): no injured count from the tally alone
    s = gva_sentence(data_dir, "was fatally shot in the chest in a quadruple shooting")
    assert counts(s) == [("killed", 1)]


@settings(max_examples=60)
@given(st.sampled_from(sorted(EN.tally_words)), st.text(alphabet="abc ,.", max_size=30))
def test_every_tally_word_counts_its_number(word: str, filler: str) -> None:
    text = f"{filler} police investigate a {word} homicide."
    found = _tallies(text, (0, len(text)), EN)
    assert [(f.field, f.value) for f in found] == [("killed", EN.tally_words[word])]
    assert all(text[f.value_span[0] : f.value_span[1]].lower().startswith(word) for f in found)


# --- a shooting that sent people to the hospital ----------------------------------------------------------


def test_a_shooting_that_sent_four_people_to_the_hospital(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "a shooting at a bar that sent 4 people to the hospital")
    assert counts(s) == [("injured", 4)]


def test_killed_two_and_sent_three_others_to_hospitals(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "that killed two and sent three others to hospitals")
    assert counts(s) == [("killed", 2), ("injured", 3)]


# --- one person named before a count of people ------------------------------------------------------------


def test_a_young_boy_and_four_adults_are_five(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "a young boy and four adults were injured")
    assert counts(s) == [("injured", 5)]


def test_a_child_and_two_women_are_three(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "A child and two women were grazed and struck by bullets")
    assert counts(s) == [("injured", 3)]


# --- mortally wounded -------------------------------------------------------------------------------------


def test_mortally_wounding_is_a_death(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "mortally wounding Troyer in the chest")
    assert counts(s) == [("killed", 1)]


# --- the passive auxiliary is a whole word ----------------------------------------------------------------


def _cue(text: str, word: str) -> Cue:
    at = text.index(word)
    return Cue((at, at + len(word)), "injured", word)


def test_a_name_ending_in_is_before_shot_is_no_passive(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Authorities believe Scott Westerhuis fatally shot his wife")
    assert not _passive(s, _cue(s, "shot his"), EN)  # "Westerhuis fatally shot": he shot, not "is ... shot"


def test_was_before_shot_is_passive(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Police said a 16-year-old boy was shot by two other teens.")
    assert _passive(s, _cue(s, "shot"), EN)


# --- the hurt person who died later in the same sentence --------------------------------------------------


def test_who_was_wounded_then_has_died_is_killed_not_injured(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "A woman who was wounded in a Sunday night shooting in Metairie has died")
    assert counts(s) == [("killed", 3)]  # the toll her death brings counts her (round 6: one claim, not two)


def test_who_was_critically_wounded_died_on_saturday(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "who was critically wounded in a shooting in North Lawndale on Friday died")
    assert counts(s) == [("killed", 1)]


def test_the_man_injured_last_week_died(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "The 20-year-old man injured in a shooting last week died from his injuries")
    assert counts(s) == [("killed", 1)]


def test_in_critical_condition_and_pronounced_dead(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "The victim was transported to Hilo Medical Center in critical condition and pronounced")
    assert ("injured", 1) not in counts(s) and ("killed", 1) in counts(s)


# --- a death named with no count --------------------------------------------------------------------------


def _main_figures(text: str, title: str | None = None) -> list[tuple[str, int, str]]:
    a = replace(article(text), title=title)
    events, claims = extract(a, annotate_by_hand(a))
    mine = [c for c in claims if c.event == events[0].id and c.field in ("killed", "injured")]
    return [(c.field, int(c.value), c.qualifier) for c in mine if isinstance(c.value, int)]


def test_a_fatal_shooting_is_at_least_one_dead(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "A third person has been charged in a fatal shooting last month")
    assert _main_figures(s) == [("killed", 1, "at_least")]


def test_a_fatal_shooting_in_the_headline_only(data_dir: Path) -> None:
    title = gva_title(data_dir, "Meridian man arrested after fatal shooting")
    s = gva_sentence(data_dir, "The investigation is ongoing.")  # a sentence that counts no one
    assert ("killed", 1, "at_least") in _main_figures(s, title)


def test_a_written_toll_wins_over_a_fatal_shooting(data_dir: Path) -> None:
    toll = gva_sentence(data_dir, "Three people were killed early Monday in a possibly drug-related incident")
    fatal = gva_sentence(data_dir, "A third person has been charged in a fatal shooting last month")
    assert [f for f in _main_figures(f"{toll} {fatal}") if f[0] == "killed"] == [("killed", 3, "exact")]


def test_a_non_fatal_shooting_implies_no_death() -> None:
    # own sentence: the hyphenated negation
    assert _main_figures("Police are investigating a non-fatal shooting on Main Street.") == []


def test_a_shooting_death_after_a_possessive_is_one_dead(data_dir: Path) -> None:
    title = gva_title(data_dir, "Teen charged in Hawkinsville 17-year-old’s shooting death")
    assert implied_death(title, (0, len(title)), EN) is not None


def test_her_death_then_the_toll_it_brings_counts_the_toll(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "A woman who was in critical condition after shots were fired into a car")
    assert counts(s) == [("killed", 3)]  # "has now died, bringing the death toll in the shooting to three"


def test_injured_or_dies_are_not_one_person_dying(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "a parent or guardian of a child who is injured or dies of an accidental shooting")
    assert ("injured", 1) in counts(s)  # "or" brings in another case, not the death of the one hurt


# --- headlines: a second subject, a bare object, "self" ---------------------------------------------------


def test_a_headline_second_clause_has_its_own_subject(data_dir: Path) -> None:
    title = gva_title(data_dir, "Teen Killed, Another Wounded in St. Paul Shooting")
    assert headline(title) == [("killed", 1), ("injured", 1)]


def test_a_headline_bare_object_is_one_person(data_dir: Path) -> None:
    title = gva_title(
        data_dir,
        "Caretaker booked after 8-year-old shoots, injures brother - KSLA News 12 Shreveport, Louisiana News Weather &"
        " Sports",
    )
    assert headline(title) == [("injured", 1)]


def test_a_headline_bare_object_joined_to_another_is_two(data_dir: Path) -> None:
    title = gva_title(data_dir, "Man kills self after shooting, wounding girlfriend and her son in Gloucester County")
    assert headline(title) == [("killed", 1), ("injured", 2)]


def test_an_age_object_before_a_comma_is_one_person(data_dir: Path) -> None:
    assert headline(gva_title(data_dir, "Brother accidentally shot 12-year-old, police say")) == [("injured", 1)]


def test_shot_self_in_a_headline_is_one_person(data_dir: Path) -> None:
    assert headline(gva_title(data_dir, "Police ID man who shot self after slipping on ice")) == [("injured", 1)]


def test_kills_a_child_then_himself_is_two_dead(data_dir: Path) -> None:
    title = gva_title(data_dir, "Sulphur man kills 4-year-old, then himself after posting on Facebook")
    assert headline(title) == [("killed", 2)]


def test_a_title_case_headline_object_is_still_no_name(data_dir: Path) -> None:
    # own headline: "Man Shot, Killed Few Blocks Away" reads one death, no object
    assert headline("Man Shot, Killed Few Blocks Away") == [("killed", 1)]


def test_a_deadly_bar_shooting_in_the_headline_is_one_dead(data_dir: Path) -> None:
    title = gva_title(data_dir, "Third person pleads in deadly Hamilton bar shooting")
    assert implied_death(title, (0, len(title)), EN) is not None
    assert implied_death("Police investigate fatal shootings across the city", (0, 50), EN) is None  # own: several
