"""The event taxonomy and event typing: the list is complete, every CASE label maps, every rule fires on real text.

Real sentences are read from ../shared at test time (CASE 2021 snippets, the seeds, GVA reports), found by a
short substring; the foreign-language sentences below are our own.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.taxonomy import (
    ACLED_CATEGORIES,
    ALL_TYPES,
    CASE_TO_TYPE,
    CATEGORIES,
    TAXONOMY,
    classify,
    classify_many,
    is_type,
    parent,
    scorer,
    to_case,
)
from newsweave.taxonomy.prototypes import PROTOTYPES
from newsweave.taxonomy.scorer import keyword_scores
from newsweave.taxonomy.tables import CASUALTIES, CONTEXT, DETAILS, KEYWORDS, NEVER_WITH_CASUALTIES, REFINES, SUBJECTS

# ACLED's event types and sub-event types, as the contract names them
ACLED = {
    "battles": {"armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory"},
    "explosions_remote_violence": {"chemical_weapon", "air_strike", "suicide_bomb", "shelling", "remote_explosive",
                                   "grenade"},
    "violence_against_civilians": {"sexual_violence", "attack", "abduction"},
    "protests": {"peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters"},
    "riots": {"violent_demonstration", "mob_violence"},
    "strategic_developments": {"agreement", "arrests", "change_to_group", "disrupted_weapons_use",
                               "headquarters_established", "looting_property_destruction",
                               "non_violent_transfer_of_territory", "other_development"},
}
OTHER_INCIDENTS = {
    "disaster": {"earthquake", "flood", "storm", "wildfire", "landslide", "drought"},
    "accident": {"air_accident", "rail_accident", "road_accident", "sea_accident", "industrial_accident"},
    "health": {"outbreak"},
    "crime": {"shooting", "homicide", "robbery"},
    "other": {"other"},
}
LANGUAGES = ("en", "fr", "es", "de", "ar", "tr")


# --- the list ------------------------------------------------------------------------------------------


def test_taxonomy_has_every_acled_and_incident_type() -> None:
    for category, leaves in {**ACLED, **OTHER_INCIDENTS}.items():
        assert leaves <= set(TAXONOMY[category]), category
        assert all(parent(t) == category for t in leaves)
    assert set(ACLED) == ACLED_CATEGORIES


def test_type_slugs_are_unique_snake_case_and_not_categories() -> None:
    assert len(ALL_TYPES) == len(set(ALL_TYPES))
    assert all(re.fullmatch(r"[a-z][a-z_]*", t) for t in (*ALL_TYPES, *CATEGORIES))
    assert not (set(ALL_TYPES) & (set(CATEGORIES) - {"other"}))


def test_parent_of_a_category_is_itself_and_unknown_is_other() -> None:
    assert parent("battles") == "battles"
    assert parent("no_such_type") == "other"
    assert is_type("attack") and not is_type("battles")


def _case_labels(data_dir: Path) -> set[str]:
    folder = data_dir / "case2021_task2"
    names = (folder / "event_types_acled25.txt").read_text() + (folder / "note_on_event_types.txt").read_text()
    return set(re.findall(r"^([A-Z][A-Z_]+[A-Z])\s*$", names, flags=re.M)) - {"EVENT", "TYPES", "TASK"}


def test_every_case_label_maps_to_our_taxonomy_and_back(data_dir: Path) -> None:
    labels = _case_labels(data_dir)
    assert len(labels) == 30  # 25 ACLED + ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ATTRIB
    for label in labels:
        ours = CASE_TO_TYPE[label]
        assert is_type(ours) or ours in CATEGORIES, label
        back = to_case(ours) if is_type(ours) else to_case(TAXONOMY[ours][0])
        assert back == label, (label, ours, back)


def test_every_case_gold_label_is_in_the_mapping(data_dir: Path) -> None:
    rows = (data_dir / "case2021_task2" / "test_set_final_release_with_labels.tsv").read_text().splitlines()[1:]
    assert {r.split("\t")[-1] for r in rows} <= set(CASE_TO_TYPE)


def test_epidemics_count_as_natural_disasters_for_case() -> None:
    assert to_case("outbreak") == "NATURAL_DISASTER"
    assert to_case("fire") == "MAN_MADE_DISASTER"
    assert to_case("shooting") == "ORG_CRIME"


# --- the tables ------------------------------------------------------------------------------------------


def test_tables_cover_the_required_languages_and_name_only_real_types() -> None:
    for lang in LANGUAGES:
        assert lang in KEYWORDS and lang in CONTEXT
        assert len(KEYWORDS[lang]) >= 40, lang
        assert set(KEYWORDS[lang]) <= set(ALL_TYPES), lang
        assert set(CONTEXT[lang]) <= set(CATEGORIES), lang
    assert set(REFINES) <= set(ALL_TYPES)
    assert all(set(bases) <= set(ALL_TYPES) for bases in REFINES.values())
    assert set(DETAILS["en"]) <= set(ALL_TYPES)
    assert all(set(rivals) <= set(ALL_TYPES) for rivals in SUBJECTS.values())


def test_every_type_but_other_development_has_prototypes() -> None:
    assert set(PROTOTYPES) <= set(ALL_TYPES)
    assert all(PROTOTYPES.get(t) for t in ALL_TYPES)


def _real_texts(shared: Path) -> list[str]:
    case = shared / "data" / "case2021_task2" / "test_set_final_release_with_labels.tsv"
    texts = [r.split("\t")[1] for r in case.read_text().splitlines()[1:]]
    texts += [p.read_text() for p in sorted((shared / "samples" / "seeds").glob("*.txt"))]
    with (shared / "data" / "gva" / "documents.jsonl").open() as lines:
        texts += [json.loads(line)["text"][:3000] for _, line in zip(range(300), lines, strict=False)]
    return [t.lower() for t in texts]


@pytest.fixture(scope="module")
def real_texts(shared_dir: Path) -> list[str]:
    return _real_texts(shared_dir)


EN_RULES = [(t, i, p) for t, rules in KEYWORDS["en"].items() for i, (p, _) in enumerate(rules)]


@pytest.mark.parametrize(("type_", "index", "pattern"), EN_RULES, ids=[f"{t}-{i}" for t, i, _ in EN_RULES])
def test_every_english_rule_fires_on_some_real_report(real_texts: list[str], type_: str, index: int,
                                                      pattern: str) -> None:
    compiled = re.compile(pattern)
    assert any(compiled.search(t) for t in real_texts), f"{type_} rule {index} matches no real report"


# --- typing real sentences (keyword tables alone, then with embeddings) ----------------------------------

# substring of one CASE 2021 snippet -> the type our rules must give it
CASE_SNIPPETS = [
    ("pounded the village of Kashkash", "air_strike"),
    ("dropped containers of toxic gas", "chemical_weapon"),
    ("regained control of parts of the strategic town of Souran", "government_regains_territory"),
    ("ISIS fighters recaptured the village of Kashma", "non_state_actor_overtakes_territory"),
    ("agreed to move out of the regions", "agreement"),
    ("police base in a town that is being used as a staging ground", "armed_clash"),
    ("improvised explosive device has been found close to an international airport", "disrupted_weapons_use"),
    ("water cannons, tear gas and rubber bullets Sunday night to break up a rally", "protest_with_intervention"),
    ("Violent protests erupted in Colombia", "violent_demonstration"),
    ("university security guards opened fire on demonstrators", "excessive_force_against_protesters"),
    ("Black Lives Matters protesters are pepper-sprayed", "violent_demonstration"),
    ("Iran is blaming the United States and Israel", "attribution"),
    # an incident beats who is blamed for it: the event is the bombing (CASE files this one under ATTRIB)
    ("Indonesian suicide bombers are suspected to be behind", "suicide_bomb"),
    ("number of people getting infected has started to rise again", "outbreak"),
    ("a tank at the plant exploded", "industrial_accident"),
    ("Two bank robberies were reported Monday", "robbery"),
    ("attempt to smuggle 45 Syrian migrants", "organized_crime"),
    ("Portugal expels Diplomats", "diplomacy"),
    ("Around 20 suspected wartime grenades", "disrupted_weapons_use"),
    ("taken control of parts of it after Kurdish YPG forces pulled out", "non_violent_transfer_of_territory"),
    ("investigating as a hate crime the assault", "other_crime"),
    # both actors are named: the subject (named first) takes the territory
    ("Afghan security forces in latest crackdown on Taliban militants recaptured", "government_regains_territory"),
]


def _find(shared: Path, needle: str) -> str:
    case = shared / "data" / "case2021_task2" / "test_set_final_release_with_labels.tsv"
    for row in case.read_text().splitlines()[1:]:
        if needle in row:
            return row.split("\t")[1]
    pytest.fail(f"no CASE snippet contains {needle!r}")


@pytest.mark.parametrize(("needle", "expected"), CASE_SNIPPETS)
def test_case_snippet_typed_by_the_tables(shared_dir: Path, needle: str, expected: str) -> None:
    type_, _, confidence = classify(_find(shared_dir, needle), "en", use_embeddings=False)
    assert type_ == expected
    assert 0.0 < confidence <= 1.0


def _sentence(seeds: Path, needle: str) -> str:
    for path in sorted(seeds.glob("*.txt")):
        for line in path.read_text().splitlines():
            if needle in line:
                return line
    pytest.fail(f"no seed line contains {needle!r}")


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("53 citizens were killed while picking truffles", "attack"),  # ambush on civilians: violence against civ.
        ("Fifty-three citizens who were truffle hunting", "attack"),
        ("an ambush in central Syria on Friday that was attributed to", "attack"),
        ("an explosion during an operation that killed a senior IS leader", "armed_clash"),  # US raid: a battle
        ("carried out an assault on a prison", "armed_clash"),  # IS assault on a prison held by Kurdish forces
        ("the group had kidnapped last Saturday", "abduction"),
    ],
)
def test_seed_sentences(seeds_dir: Path, needle: str, expected: str) -> None:
    sentence = _sentence(seeds_dir, needle)
    assert classify(sentence, "en", use_embeddings=False)[0] == expected
    assert classify(sentence, "en")[0] == expected


def test_killing_outranks_abduction_in_the_same_attack(seeds_dir: Path) -> None:
    """Regression: the Saturday attack (16 dead, about sixty kidnapped) was once typed `abduction`."""
    text = " ".join(_sentence(seeds_dir, needle) for needle in ("left 16 dead", "had been kidnapped during"))
    assert classify(text, "en", use_embeddings=False)[0] == "attack"
    assert classify(text, "en")[0] == "attack"


def test_gva_shootings_are_crime_not_acled_violence(data_dir: Path) -> None:
    """A US shooting with killed/injured is ordinary crime: ACLED leaves it out, so must we."""
    with (data_dir / "gva" / "documents.jsonl").open() as lines:
        docs = [json.loads(line) for _, line in zip(range(60), lines, strict=False)]
    texts = [f"{d['title'] or ''}. {d['text'][:1500]}" for d in docs]
    typed = classify_many(texts, ["en"] * len(texts))
    crime = sum(parent(t) == "crime" for t, _, _ in typed)
    assert crime / len(typed) >= 0.8
    assert sum(t == "shooting" for t, _, _ in typed) / len(typed) >= 0.6


def test_the_same_words_type_as_acled_violence_next_to_militants() -> None:
    crime = classify("A gunman opened fire outside a bar, police said.", "en", use_embeddings=False)
    war = classify("Militants opened fire on villagers, killing civilians.", "en", use_embeddings=False)
    assert parent(crime[0]) == "crime"
    assert war[0] == "attack"


# our own sentences, one per rule group we rely on most, for languages without shared data
FOREIGN = [
    ("fr", "Au moins douze civils ont été tués lorsque des jihadistes ont attaqué le village.", "attack"),
    ("fr", "Un séisme de magnitude 6,2 a frappé le sud du pays.", "earthquake"),
    ("fr", "La police a dispersé les manifestants à coups de gaz lacrymogènes.", "protest_with_intervention"),
    ("fr", "Des hommes armés ont enlevé trois humanitaires et les retiennent en otages.", "abduction"),
    ("es", "Un ataque aéreo mató a cinco personas en la ciudad.", "air_strike"),
    ("es", "Hombres armados secuestraron a veinte estudiantes en una escuela.", "abduction"),
    ("es", "Las inundaciones causadas por lluvias torrenciales dejaron diez muertos.", "flood"),
    ("es", "Miles de personas participaron en una marcha pacífica contra la reforma.", "peaceful_protest"),
    ("de", "Bei einem Selbstmordanschlag in Kabul wurden zwanzig Menschen getötet.", "suicide_bomb"),
    ("de", "Die Polizei hat drei Verdächtige festgenommen.", "arrests"),
    ("de", "Ein Zug ist bei Hamburg entgleist.", "rail_accident"),
    ("de", "Bei heftigen Gefechten zwischen Armee und Rebellen starben zwölf Soldaten.", "armed_clash"),
    ("ar", "قتل خمسة جنود في اشتباكات مع مسلحين في شمال البلاد", "armed_clash"),
    ("ar", "ضرب زلزال بقوة ست درجات على مقياس ريختر جنوب البلاد", "earthquake"),
    ("ar", "خرج آلاف المتظاهرين في مظاهرة سلمية وسط العاصمة", "peaceful_protest"),
    ("ar", "انفجرت عبوة ناسفة على جانب الطريق لدى مرور دورية", "remote_explosive"),
    ("tr", "Kahramanmaraş merkezli depremde binlerce bina yıkıldı.", "earthquake"),
    ("tr", "Polis, göstericileri biber gazıyla dağıttı.", "protest_with_intervention"),
    ("tr", "Silahlı saldırganlar köyde on iki sivili öldürdü.", "attack"),
    ("tr", "Savaş uçakları köye hava saldırısı düzenledi.", "air_strike"),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), FOREIGN)
def test_foreign_sentences(language: str, sentence: str, expected: str) -> None:
    assert classify(sentence, language, use_embeddings=False)[0] == expected
    assert classify(sentence, language)[0] == expected


@pytest.mark.parametrize(
    ("language", "sentence", "category"),
    [
        ("nl", "De politie arresteerde gisteren vijf verdachten na de overval.", "strategic_developments"),
    ],
)
def test_languages_without_tables_are_typed_by_the_embedding(language: str, sentence: str, category: str) -> None:
    assert keyword_scores(sentence, language) == {}
    assert parent(classify(sentence, language)[0]) == category


def test_subtype_is_a_detail_inside_the_type() -> None:
    assert classify("A hurricane made landfall, flattening homes.", "en", use_embeddings=False)[:2] == (
        "storm", "hurricane")
    assert classify("A drone strike killed three militants.", "en", use_embeddings=False)[:2] == (
        "air_strike", "drone")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Thousands marched peacefully through the capital.", "peaceful_protest"),
        ("Police fired tear gas to disperse the protesters.", "protest_with_intervention"),
        ("Security forces opened fire on the protesters, killing four.", "excessive_force_against_protesters"),
        ("Protesters threw stones at police, who fired tear gas.", "violent_demonstration"),
        ("Bomb disposal experts defused a roadside bomb.", "disrupted_weapons_use"),
        ("Rebels withdrew from the town without a fight and the army took control.",
         "non_violent_transfer_of_territory"),
    ],
)
def test_refined_types_win_over_what_they_refine(sentence: str, expected: str) -> None:
    """ACLED precedence: a riot is a protest that turned violent; a defused bomb is not a bombing."""
    assert classify(sentence, "en", use_embeddings=False)[0] == expected


def test_march_the_month_and_a_market_rally_are_not_protests() -> None:
    """Regression: the month "March" and "shares rallied" once typed business news as protests."""
    text = "Shares rallied on Wall Street in March as investors cheered strong quarterly earnings."
    assert classify(text, "en")[0] == "other"


def test_text_with_no_incident_is_other() -> None:
    assert classify("The company reported higher quarterly profits.", "en", use_embeddings=False)[0] == "other"


def _meantime(data_dir: Path, language: str) -> dict[str, str]:
    docs: dict[str, list[str]] = {}
    for line in (data_dir / "meantime" / language / "meantime.conll").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 4 and not line.startswith("#"):
            docs.setdefault(cols[0], []).append(cols[3])
    return {doc: " ".join(tokens)[:1500] for doc, tokens in docs.items()}


def test_business_news_is_other_not_a_protest_or_a_crash(data_dir: Path) -> None:
    """Regression: "stock markets rally", "March", "signed a deal" once typed Wikinews business stories as
    protests, agreements and air strikes."""
    english = _meantime(data_dir, "en")
    typed = classify_many(list(english.values()), ["en"] * len(english))
    assert sum(t == "other" for t, _, _ in typed) / len(typed) >= 0.85


def test_translations_get_the_type_of_their_english_original(data_dir: Path) -> None:
    english, spanish = _meantime(data_dir, "en"), _meantime(data_dir, "es")
    ids = sorted(english.keys() & spanish.keys())
    en = classify_many([english[i] for i in ids], ["en"] * len(ids))
    es = classify_many([spanish[i] for i in ids], ["es"] * len(ids))
    assert sum(a[0] == b[0] for a, b in zip(en, es, strict=True)) / len(ids) >= 0.8


def test_classify_many_needs_one_language_per_text() -> None:
    with pytest.raises(ValueError):
        classify_many(["a", "b"], ["en"])
    assert classify_many([], []) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.sampled_from((*LANGUAGES, "xx")))
def test_any_text_gets_a_valid_type_and_confidence(text: str, language: str) -> None:
    type_, subtype, confidence = classify(text, language, use_embeddings=False)
    assert is_type(type_)
    assert subtype is None or isinstance(subtype, str)
    assert 0.0 <= confidence <= 1.0


@settings(max_examples=25, deadline=None)
@given(st.lists(st.text(max_size=120), min_size=1, max_size=4))
def test_embedding_path_accepts_any_text(texts: list[str]) -> None:
    for type_, _, confidence in classify_many(texts, ["en"] * len(texts)):
        assert is_type(type_) and 0.0 <= confidence <= 1.0


# --- stability: a stray word does not flip an event's type; casualties make an incident --------------------


def test_seed_lede_alone_is_an_attack_not_attribution(seeds_dir: Path) -> None:
    """Regression: "an attack attributed to the Islamic State" once typed seed 000's lede `attribution`."""
    lede = _sentence(seeds_dir, "At least 53 people were killed Friday")
    assert classify(lede, "en")[0] == "attack"
    assert classify(lede, "en", use_embeddings=False)[0] == "attack"


def test_a_neutral_sentence_does_not_flip_the_type(seeds_dir: Path) -> None:
    """Regression: adding "their remains had been delivered ... after the ambush that targeted dozens" to
    seed 001's lede typed it `air_strike`: "targeted" plus the context word "terrorists" passed for evidence of
    an air strike, which then inherited the attack's score (REFINES)."""
    needles = ("an ambush in central Syria on Friday", "Fifty-three citizens who were truffle hunting",
               "46 civilians and 7 troops", "their remains had")
    sentences = [_sentence(seeds_dir, needle) for needle in needles]
    for n in range(1, len(sentences) + 1):
        assert classify(" ".join(sentences[:n]), "en")[0] == "attack", n


def test_context_cues_are_no_evidence_of_a_refined_type(seeds_dir: Path) -> None:
    scores = keyword_scores(_sentence(seeds_dir, "their remains had"), "en")
    assert scores.get("air_strike", 0.0) < scores["attack"]


def test_a_claim_of_responsibility_for_deaths_is_typed_as_the_incident(shared_dir: Path) -> None:
    """Attribution is news about blame; a text that reports people killed is the incident itself."""
    text = _find(shared_dir, "has claimed responsibility for killing nine border guards")
    scores = keyword_scores(text, "en")
    assert max(scores, key=scores.__getitem__) == "attribution"  # the keywords alone would say attribution
    assert classify(text, "en")[0] not in NEVER_WITH_CASUALTIES
    blame = _find(shared_dir, "Iran is blaming the United States and Israel")  # no casualties: blame it stays
    assert classify(blame, "en", use_embeddings=False)[0] == "attribution"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The group claimed responsibility for the bombing that killed twelve people."),
        ("fr", "Le groupe a revendiqué l'attentat, qui a fait douze morts et vingt blessés."),
        ("es", "El grupo reivindicó el atentado, que dejó doce muertos y veinte heridos."),
        ("de", "Die Gruppe bekannte sich zu dem Anschlag, bei dem zwölf Menschen getötet wurden."),
        ("ar", "تبنى التنظيم الهجوم الذي أسفر عن مقتل اثني عشر شخصا."),
        ("tr", "Örgüt, on iki kişinin öldüğü saldırıyı üstlendi."),
    ],
)
def test_casualty_words_bar_attribution_in_every_language(language: str, sentence: str) -> None:
    assert CASUALTIES.keys() >= set(LANGUAGES)
    assert re.search(CASUALTIES[language], sentence.lower())
    assert classify(sentence, language, use_embeddings=False)[0] != "attribution"
    assert classify(sentence, language)[0] != "attribution"


def test_embedding_is_skipped_only_where_it_never_changes_the_type(
    shared_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keywords leading by SURE_MARGIN decide alone: same types as always embedding, on 300 CASE snippets."""
    case = shared_dir / "data" / "case2021_task2" / "test_set_final_release_with_labels.tsv"
    texts = [row.split("\t")[1] for row in case.read_text().splitlines()[1:301]]
    assert sum(scorer._sure(scorer._keyword_totals(t, "en")) for t in texts) / len(texts) >= 0.4
    gated = [t for t, _, _ in classify_many(texts, ["en"] * len(texts))]
    monkeypatch.setattr(scorer, "SURE_MARGIN", float("inf"))
    always = [t for t, _, _ in classify_many(texts, ["en"] * len(texts))]
    assert gated == always


def test_sure_keywords_do_not_load_the_embedding(shared_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_model() -> None:
        raise AssertionError("the embedding should not be needed")

    monkeypatch.setattr(scorer, "_embedder", no_model)
    assert classify(_find(shared_dir, "dropped containers of toxic gas"), "en")[0] == "chemical_weapon"
    with pytest.raises(AssertionError, match="should not be needed"):
        classify("Officials met on Tuesday.", "en")  # no keyword evidence: the embedding must decide


def test_a_named_vehicle_crash_is_a_road_accident() -> None:
    """Regression: "another bus crash ... killed 8 people, according to police" was typed `attack` (demo report)."""
    from newsweave.taxonomy import classify as _classify

    text = "In January, another bus crash in the same province killed 8 people, according to police."
    assert _classify(text, "en")[0] == "road_accident"
    assert _classify(text, "en", use_embeddings=False)[0] == "road_accident"
