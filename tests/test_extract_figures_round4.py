"""Fourth pass on casualty figures: numbers that count no one (ages, wounds, shops, gallery captions, shooters),
negated counts, a person named before a count of kin, counts inside a list of victims, links to other stories,
the dead described as hit, and the hit who lived. Each rule on a real GVA sentence read at test time (own sentences
only for other languages or where noted)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from realtext import gva_article, gva_sentence
from test_extract_figures_gva import counts
from test_extract_figures_round3 import gva_title, headline

# --- numbers that count no one ----------------------------------------------------------------------------


def test_a_negated_count_counts_no_one(data_dir: Path) -> None:
    assert counts(gva_sentence(data_dir, "Those two children were not injured.")) == []


def test_none_of_the_victims_hurt_counts_no_one(data_dir: Path) -> None:
    assert counts(gva_sentence(data_dir, "None of the victims was hurt.")) == []


def test_the_number_of_wounds_is_no_count_of_people(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "also found outside with at least one gunshot wound")
    assert ("injured", 1) in counts(s)  # one person, "a fifth victim": not one per wound, not none
    assert all(value == 1 for _, value in counts(s))


def test_an_age_written_y_o_is_no_count(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "29 y/o man, and 43 y/o man were shot and killed")
    assert ("killed", 43) not in counts(s)


def test_both_and_a_number_is_an_age(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "both 31, of Jackson")
    # the age counts no one (the sentence's "with apparent gunshot wounds" alone is at least one hurt, read as such
    # by figures.implied_hurt since round 8)
    assert [v for _, v in counts(s) if v != 1] == []


def test_the_shooters_after_by_are_not_the_people_hit(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Police said a 16-year-old boy was shot by two other teens.")
    assert counts(s) == [("injured", 1)]


def test_a_shop_named_7_eleven_is_no_count(data_dir: Path) -> None:
    assert headline(gva_title(data_dir, "One Person Shot Outside 7-Eleven In New Castle")) == [("injured", 1)]


def test_a_headline_subject_age_is_no_count(data_dir: Path) -> None:
    title = gva_title(
        data_dir, "Sheriff: Female student shooter, 14, dead, another girl injured at Alpine High School in West Texas"
    )
    assert ("injured", 14) not in headline(title)


def test_a_gallery_caption_is_no_count(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Image 7 of 14 A teen died after being shot in the head")
    assert counts(s) == [("killed", 1)]


def test_an_age_before_a_dash_is_no_count(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "and Melanie Virgen, 13 – died at the scene")
    assert counts(s) == [("killed", 2)]


def test_the_indicted_are_not_the_dead(data_dir: Path) -> None:
    assert ("killed", 3) not in headline(gva_title(data_dir, "3 Indicted In Death Of 8-Year-Old Camden Girl"))


# --- one person named before a count of kin; counts inside a list ------------------------------------------


def test_a_father_and_his_two_children_are_three(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "identified a father and his two children who were found dead")
    assert counts(s) == [("killed", 3)]


def test_a_count_inside_a_list_of_victims_adds_its_people(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "shot his girlfriend and her three teenage daughters at an apartment complex")
    assert counts(s) == [("injured", 4)]


def test_a_verb_joined_to_a_counted_verb_counts_nobody_else(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "A gunman firing from a minivan has shot and wounded five teenagers in Chicago.")
    assert counts(s) == [("injured", 5)]


# --- links to other stories -------------------------------------------------------------------------------


def test_a_link_to_another_story_counts_nothing(data_dir: Path) -> None:
    assert counts(gva_sentence(data_dir, "MORE: Man dies after shooting, car crash in Antioch")) == []


def test_a_video_link_with_its_duration_counts_nothing(data_dir: Path) -> None:
    assert counts(gva_sentence(data_dir, "1 dead after Fife collision, police say")) == []


# --- the dead described as hit, the hit who lived ---------------------------------------------------------


def test_shot_and_pronounced_dead_is_killed_only(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Tanner Carrico was shot in the abdomen and was pronounced dead")
    assert counts(s) == [("killed", 1)]


def test_a_named_person_wounded_who_died_elsewhere_is_not_injured(data_dir: Path) -> None:
    a = gva_article(data_dir, "Felder was wounded in the head")
    assert "injured" not in {field for field, _ in counts(a.text)}


def test_another_as_the_shooter_is_not_a_second_victim(data_dir: Path) -> None:
    a = gva_article(data_dir, "Police say another teen accidentally shot Turner inside")
    assert "injured" not in {field for field, _ in counts(a.text)}


def test_shot_but_survived_is_injured_in_a_report_with_deaths(data_dir: Path) -> None:
    a = gva_article(data_dir, "Vicky Myers was also shot in the chest but survived")
    assert ("injured", 1) in counts(a.text)


def test_non_life_threatening_injuries_are_injured_in_a_report_with_deaths(data_dir: Path) -> None:
    a = gva_article(data_dir, "A 20-year old male victim was transported to the hospital with non-life")
    assert counts(a.text)[:2] == [("killed", 1), ("injured", 1)]


# --- properties -------------------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=40))
def test_a_negated_count_never_counts(n: int) -> None:
    assert counts(f"{n} people were not injured.") == []


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=12))
def test_gunshot_wounds_never_count_people(n: int, wounds: int) -> None:
    found = counts(f"A man was found with {wounds} gunshot wounds and {n} others were injured.")
    assert ("injured", wounds) not in found or wounds == n


# --- the killer's own death; the victim between the verb and its end; the hit who died --------------------


def test_shot_his_brother_to_death_then_suicide_is_two_dead(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "shot his 6-year-old brother to death, wounded an older brother")
    assert counts(s) == [("killed", 2), ("injured", 1)]


def test_shot_his_daughter_dead_before_turning_the_gun_is_two_dead(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "shot his 1-year-old daughter dead before turning the gun on himself")
    assert counts(s) == [("killed", 2)]


def test_kills_daughter_comma_himself_is_two_dead(data_dir: Path) -> None:
    title = gva_title(
        data_dir,
        "Avoyelles Parish man kills 7-year-old daughter, himself - KSLA News 12 Shreveport, Louisiana News Weather"
        " & Sports",
    )
    assert headline(title) == [("killed", 2)]


def test_victims_with_gunshot_wounds_lose_the_one_deceased(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "Deputies responded to the scene and found 3 victims with gunshot wounds.")
    assert counts(s) == [("injured", 2), ("killed", 1)]


def test_a_hit_count_after_the_deaths_loses_them(data_dir: Path) -> None:
    # the report tells of one death first, then "nine people were shot": the dead man is among the nine
    a = gva_article(data_dir, "Authorities said nine people were shot around 3:30 a.m.")
    found = counts(a.text)
    assert found[0] == ("killed", 1) and ("injured", 8) in found and ("injured", 9) not in found


def test_a_hit_count_of_the_other_victims_keeps_them(data_dir: Path) -> None:
    # "the other three victims": the dead are not among them
    s = gva_sentence(data_dir, "The other three victims have been taken to area hospitals")
    assert counts("One person was killed. " + s) == [("killed", 1), ("injured", 3)]


def test_all_of_the_dead_hit_leaves_no_injured(data_dir: Path) -> None:
    # three found dead, then "All three suffered gunshot wounds": the same three people, nobody hurt
    a = gva_article(data_dir, "All three suffered gunshot wounds.")
    assert "injured" not in {field for field, _ in counts(a.text)}


def test_deceased_at_the_scene_is_killed(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "One 6 year old victim was deceased at the scene")
    assert counts(s) == [("killed", 1)]


def test_shot_in_a_limb_is_alive_in_a_report_with_deaths() -> None:
    # our own sentences: a wound in the leg says the person hit lived, even where someone else died
    assert counts("A man was killed. A woman was shot in the left leg.") == [("killed", 1), ("injured", 1)]
    assert counts("A man was killed. A woman was shot in the head.") == [("killed", 1)]


# --- the same rules in other languages (our own sentences: the shared data has no such reports) --------------


def _figures(text: str, language: str) -> list[tuple[str, int]]:
    from newsweave.annotate.numbers import find_quantities
    from newsweave.annotate.times import find_times
    from newsweave.extract.figures import find_figures
    from newsweave.extract.tables import table_for

    quantities = find_quantities(text, language)
    times = find_times(text, language, None, None)
    return [(f.field, f.value) for f in find_figures(text, (0, len(text)), quantities, times, table_for(language))]


def test_one_person_and_a_count_of_kin_in_other_languages() -> None:
    assert _figures("Un père et ses deux enfants ont été tués samedi.", "fr") == [("killed", 3)]
    assert _figures("Un padre y sus dos hijos murieron en el ataque.", "es") == [("killed", 3)]
    assert _figures("Ein Vater und seine zwei Kinder wurden getötet.", "de") == [("killed", 3)]


def test_links_to_other_stories_in_other_languages() -> None:
    for text, language in (
        ("Lire aussi : Deux morts dans une fusillade", "fr"),
        ("Lea también: Dos muertos en un tiroteo", "es"),
        ("Lesen Sie auch: Zwei Tote bei Schüssen", "de"),
        ("اقرأ أيضا: مقتل 5 أشخاص في هجوم", "ar"),
        ("İlgili haber: Saldırıda 5 kişi öldü", "tr"),
    ):
        assert _figures(text, language) == [], text
        assert _figures(text.split(":", 1)[1].strip(), language) != [], text  # the label alone makes the difference


def test_a_subject_naming_nobody_counts_no_one(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "No one else in the vehicle that showed up to the hospital was hurt.")
    assert counts(s) == []
    assert counts(gva_sentence(data_dir, "nobody else inside the car had been injured")) == []
    # our own sentence: the negated subject ends at its clause
    assert counts("No one was hurt, but a woman was shot in the leg.") == [("injured", 1)]


def test_a_subject_naming_nobody_in_other_languages() -> None:
    assert _figures("Personne d'autre n'a été blessé.", "fr") == []
    assert _figures("Nadie más resultó herido.", "es") == []
    assert _figures("Sonst wurde niemand verletzt.", "de") == []


def test_people_hurt_one_by_one_are_one_count(data_dir: Path) -> None:
    s = gva_sentence(data_dir, "A 37-year-old woman was shot in the torso; a 39-year-old woman was shot in the leg")
    assert counts(s) == [("injured", 4)]
    s = gva_sentence(data_dir, "Hendrickson was shot in the face and arm, and Shively was shot in the back.")
    assert counts(s)[0] == ("injured", 2)


def test_one_person_hit_then_taken_to_hospital_stays_one() -> None:
    # our own sentence: the same person twice, no new subject between the verbs
    assert counts("He was shot in the leg and was taken to a hospital in stable condition.")[0] == ("injured", 1)
