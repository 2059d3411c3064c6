"""Eighth pass on casualty figures: people hit who lived, told without a count. A bullet that hits a person in a body
part ("striking his son in the cheek", "grazing the back of the victim's head"), "shooting his cousin", a headline's
"shoots self", an object read past 20 characters ("shot his 9-year-old daughter"), "gunshot victims", "fighting for
their lives", "recovering after being shot", a count whose aside follows its verb ("four people injured - two
critically -"), "an officer was also shot"; a report telling of no death whose hurt person is not counted is at least
one injured (`figures.implied_hurt`); "shot himself and died"; words that count no one ("dead or alive", "who lives
around the corner", "taken to a hospital for observation"). Each rule on a real GVA sentence read at test time (own
sentences only where noted)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.annotate.numbers import find_quantities
from newsweave.extract import extract
from newsweave.extract.figures import implied_hurt, tells_death
from newsweave.extract.tables import table_for
from realtext import gva_sentence
from test_extract_figures_gva import counts, passage
from test_extract_figures_round3 import gva_title, headline
from test_extract_support import annotate_by_hand, article

EN = table_for("en")


def titled(text: str, title: str) -> list[tuple[str, int]]:
    """(field, value) of the killed and injured claims of a report with a headline."""
    a = replace(article(text), title=title)
    ann = replace(annotate_by_hand(a), quantities=tuple(find_quantities(text, "en")))
    claims = extract(a, ann)[1]
    return [(c.field, c.value) for c in claims if c.field in ("killed", "injured") and isinstance(c.value, int)]


# --- a person hit, told by the verb's object ---------------------------------------------------------------


def test_an_object_longer_than_twenty_characters_is_read(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "accidentally shot his 9-year-old daughter in the stomach")
    assert counts(s) == [("injured", 1)]


def test_a_bullet_hitting_a_youngster_in_the_hand(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "hitting the youngster in the hand")
    assert counts(s) == [("injured", 1)]


def test_a_round_that_struck_the_boy_on_the_forehead(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "struck the boy on the forehead")
    assert counts(s) == [("injured", 1)]


def test_grazing_the_back_of_the_head(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "grazing the back of the victim's head")
    assert counts(s) == [("injured", 1)]


def test_striking_a_child_in_the_shoulder(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "striking an 11-year old child in the shoulder")
    assert counts(s) == [("injured", 1)]


def test_shooting_his_cousin_is_one_hurt(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "spent Christmas in jail for allegedly shooting his cousin")
    assert counts(s) == [("injured", 1)]


def test_a_shooting_with_an_article_is_no_verb() -> None:
    # our own sentence: "a shooting a block away" names the event, nobody hit
    assert counts("Police responded to a shooting a block away from the school on Monday.") == []


def test_hit_by_a_stray_bullet(data_dir: Path) -> None:
    title = gva_title(data_dir, "4-year-old boy hit by stray bullet outside DeKalb apartments")
    assert headline(title) == [("injured", 1)]


def test_a_headline_boy_shoots_self(data_dir: Path) -> None:
    title = gva_title(data_dir, "10-year-old Tennessee boy accidentally shoots self in stomach")
    assert headline(title) == [("injured", 1)]


def test_shoots_at_hits_no_one() -> None:
    # our own headline: shooting at someone says nobody was hit
    assert headline("Man shoots at deputies during chase") == []


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["his son", "her daughter", "the boy", "a woman", "his 6-year-old nephew", "the victim"]),
    st.sampled_from(["left leg", "upper left thigh", "head", "right shoulder", "abdomen", "back"]),
    st.sampled_from(["struck", "hitting", "striking", "grazing"]),
)
def test_a_bullet_hitting_one_person_in_a_body_part(person: str, part: str, verb: str) -> None:
    text = f"The gun went off, {verb} {person} in the {part}, police said."
    assert counts(text) == [("injured", 1)]


# --- counts ------------------------------------------------------------------------------------------------


def test_gunshot_victims_are_hit(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Two other gunshot victims arrived at the hospital via personal vehicles.")
    assert counts(s) == [("injured", 2)]


def test_fighting_for_their_lives(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Two others are now fighting for their lives.")
    assert counts(s) == [("injured", 2)]


def test_recovering_after_being_shot_is_one_clause(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Four people are recovering after being shot early Sunday")
    assert counts(s) == [("injured", 4)]


def test_an_aside_after_the_verb_is_no_object(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "leaving four people injured – two critically – and one of the hosts in jail")
    assert counts(s)[0] == ("injured", 4)


def test_an_officer_also_shot_is_one_more(data_dir: Path) -> None:
    s = passage(data_dir, "A second female student was shot by the teen", "An officer was also shot in the leg")
    assert counts(s)[0] == ("injured", 2)


def test_a_wound_to_the_leg_is_someone_alive(data_dir: Path) -> None:
    s = passage(
        data_dir,
        "The 7-year-old brother suffering from a gunshot wound to the leg has been released",
        "A child under the age of 10 was killed",
    )
    assert counts(s) == [("injured", 1), ("killed", 1)]


# --- no count written --------------------------------------------------------------------------------------


def test_someone_hurt_in_a_report_without_a_death_is_one_injured(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "taken to Sunrise Hospital and Medical Center with non-life-threatening injuries")
    assert counts(s) == [("injured", 1)]
    f = implied_hurt(s, (0, len(s)), EN)
    assert f is not None and f.qualifier == "at_least"


def test_a_headline_alone_tells_the_hurt(data_dir: Path) -> None:
    title = gva_title(data_dir, "16-year-old suffers accidental gunshot wound")
    # our own body: nothing counted, nobody dead
    assert titled("Deputies were called to a home on Main Street on Sunday.", title) == [("injured", 1)]


def test_no_implied_hurt_when_a_death_is_told() -> None:
    # our own sentences: the person taken to a hospital is most often the dead
    text = "A man was taken to a local hospital after a shooting. He died there."
    assert tells_death(text, EN)
    assert ("injured", 1) not in counts(text)


def test_no_implied_hurt_when_no_one_was_hurt() -> None:
    # our own sentence
    text = "Shots were fired at a house on Elm Street, but no one was injured."
    assert implied_hurt(text, (0, len(text)), EN) is None
    assert counts(text) == []


# --- deaths ------------------------------------------------------------------------------------------------


def test_shot_himself_and_died(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "he accidentally shot himself and died")
    assert counts(s) == [("killed", 1)]


def test_dead_or_alive_is_no_death(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "was dead or alive")
    assert [f for f, _ in counts(s)] == []


def test_who_lives_around_the_corner_is_no_death(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "One resident who lives around the corner on Stave Street")
    assert counts(s) == []


def test_taken_to_a_hospital_for_observation_is_unhurt(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "One officer was taken to Jamaica Hospital for observation")
    assert counts(s) == []
