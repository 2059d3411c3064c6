"""Counts as written: one test per rule, on real sentences read from ../shared at test time.

Sentences in languages without shared data are written here by hand (short, invented).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.annotate import number_tables as nt
from newsweave.annotate.numbers import find_quantities
from newsweave.models import Quantity
from realtext import gva_sentence, muc_sentence, seed_sentence, sentence_with


def case_snippet(data_dir: Path, needle: str) -> str:
    path = data_dir / "case2021_task2" / "test_set_final_release_with_labels.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if needle in line:
            return sentence_with(line.split("\t")[1], needle)
    pytest.skip(f"{needle!r} not in CASE 2021")


def one(text: str, language: str, written: str) -> Quantity:
    """The single quantity whose text is `written`."""
    found = [q for q in find_quantities(text, language) if q.text == written]
    assert len(found) == 1, (written, find_quantities(text, language))
    return found[0]


def values(text: str, language: str) -> list[int]:
    return [q.value for q in find_quantities(text, language)]


# --- English, real sentences --------------------------------------------------------------------------


def test_number_words_hyphenated(seeds_dir: Path) -> None:
    q = one(seed_sentence(seeds_dir, "Fifty-three citizens"), "en", "Fifty-three")
    assert (q.value, q.qualifier) == (53, "exact")


def test_about_word_number(seeds_dir: Path) -> None:
    q = one(seed_sentence(seeds_dir, "about sixty people"), "en", "about sixty")
    assert (q.value, q.low, q.high, q.qualifier) == (60, 60, 60, "about")


def test_vague_plural_dozens(seeds_dir: Path) -> None:
    q = one(seed_sentence(seeds_dir, "Dozens of others"), "en", "Dozens")
    assert (q.value, q.low, q.high, q.qualifier) == (24, 24, 99, "about")


def test_range_between_and(seeds_dir: Path) -> None:
    q = one(seed_sentence(seeds_dir, "between 6,000 and 10,000"), "en", "between 6,000 and 10,000")
    assert (q.value, q.low, q.high, q.qualifier) == (6000, 6000, 10000, "range")


def test_at_least_and_date_day_is_not_a_count(seeds_dir: Path) -> None:
    sentence = seed_sentence(seeds_dir, "At least 53 people were killed Friday, February 17")
    assert [(q.text, q.qualifier) for q in find_quantities(sentence, "en")] == [("At least 53", "at_least")]


def test_count_after_weekday_or_month_and_comma(data_dir: Path) -> None:
    assert values(gva_sentence(data_dir, "Friday, two people were killed and two others"), "en")[:2] == [2, 2]
    assert 2 in values(gva_sentence(data_dir, "February, two men stormed into the home"), "en")
    assert values("On Friday, 53 people were killed. In February, 36 were hurt.", "en") == [53, 36]


def test_year_is_not_a_count(seeds_dir: Path) -> None:
    assert values(seed_sentence(seeds_dir, "in power in 2014"), "en") == []


def test_parts_are_counts(seeds_dir: Path) -> None:
    assert values(seed_sentence(seeds_dir, "46 civilians and 7 troops"), "en") == [46, 7]


def test_age_compound_is_not_a_count(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "No criminal charges will be filed against a 13-year-old")
    assert 13 not in values(sentence, "en")


def test_up_to_as_many_as(data_dir: Path) -> None:
    q = one(gva_sentence(data_dir, "as many as 80"), "en", "as many as 80")
    assert (q.value, q.qualifier) == (80, "up_to")


def test_time_of_day_is_not_a_count(data_dir: Path) -> None:
    sentence = gva_sentence(data_dir, "4:09 p.m.")
    assert 4 not in values(sentence, "en") and 9 not in values(sentence, "en")


def test_phone_number_is_not_a_count(data_dir: Path) -> None:
    assert 2340007 not in values(gva_sentence(data_dir, "Crimestoppers 2340007"), "en")
    assert 520 not in values(gva_sentence(data_dir, "520-207-5012"), "en")


def test_age_after_name_is_not_a_count(data_dir: Path) -> None:
    assert 17 not in values(gva_sentence(data_dir, "Isela Rodriguez, 17"), "en")


def test_street_address_is_not_a_count(data_dir: Path) -> None:
    assert 100 not in values(gva_sentence(data_dir, "100 North Stone Avenue"), "en")


def test_station_name_is_not_a_count(data_dir: Path) -> None:
    assert 11 not in values(gva_sentence(data_dir, "KHOU 11 News"), "en")


def test_more_than_with_thousands_separator(data_dir: Path) -> None:
    q = one(muc_sentence(data_dir, "More than 12,000 people have been killed"), "en", "More than 12,000")
    assert (q.value, q.qualifier) == (12000, "more_than")


def test_money_is_not_a_count(data_dir: Path) -> None:
    assert 50000 not in values(muc_sentence(data_dir, "worth 50,000 pesos"), "en")


def test_house_number_is_not_a_count(data_dir: Path) -> None:
    assert 3856 not in values(muc_sentence(data_dir, "No 3856 Gomez"), "en")


def test_plain_digits(data_dir: Path) -> None:
    assert values(case_snippet(data_dir, "killing 6 civilians, including 2 women"), "en") == [6, 2]


def test_codes_and_compounds_are_not_counts(data_dir: Path) -> None:
    sentence = case_snippet(data_dir, "five-week drop of Covid-19 cases")
    assert 19 not in values(sentence, "en") and 5 not in values(sentence, "en")


def test_sector_number_is_not_a_count(data_dir: Path) -> None:
    assert 24 not in values(case_snippet(data_dir, "police in Sector 24"), "en")


def test_more_than_a_dozen(data_dir: Path) -> None:
    q = one(case_snippet(data_dir, "more than a dozen injured"), "en", "more than a dozen")
    assert (q.value, q.qualifier) == (12, "more_than")


def test_or_more_suffix_and_fractions() -> None:
    assert [(q.text, q.qualifier) for q in find_quantities("Since 9/11, 30 or more died.", "en")] == [
        ("30 or more", "at_least")
    ]


def test_money_with_scale_is_not_a_count(data_dir: Path) -> None:
    assert 2_500_000 not in values(gva_sentence(data_dir, "$2.5 million bond"), "en")


def test_age_in_brackets_is_not_a_count(data_dir: Path) -> None:
    assert 26 not in values(gva_sentence(data_dir, "Burdette Effie Harth (26)"), "en")


def test_arabic_separators_and_scales() -> None:
    assert values("نزح ٣٬٣٧٣ شخصا و2 مليون آخرون", "ar") == [3373, 2_000_000]
    assert values("1,5 Millionen Menschen flohen.", "de") == [1_500_000]
    assert values("3 milyon kişi göç etti.", "tr") == [3_000_000]


def test_pronoun_one_is_not_a_count() -> None:
    assert values("No one was hurt, but one man was killed.", "en") == [1]


def test_decimal_with_scale(data_dir: Path) -> None:
    assert values("Floods displaced 1.5 million people.", "en") == [1_500_000]
    assert values("The quake measured 7.8 on the scale.", "en") == []


def test_change_over_time_is_not_a_range() -> None:
    assert [(q.text, q.qualifier) for q in find_quantities("The toll rose from 36 to 53.", "en")] == [
        ("36", "exact"),
        ("53", "exact"),
    ]


def test_small_ranges() -> None:
    quantities = find_quantities("Two or three gunmen hurt 10-15 people.", "en")
    found = [(q.text, q.low, q.high, q.qualifier) for q in quantities]
    assert found == [("Two or three", 2, 3, "range"), ("10-15", 10, 15, "range")]


def test_range_of_ages_is_not_a_count() -> None:
    found = find_quantities("Trois enfants âgés de 5 à 10 ans; de 20 à 30 blessés.", "fr")
    assert [(q.text, q.qualifier) for q in found] == [("Trois", "exact"), ("20 à 30", "range")]


def test_dozen_multiplier() -> None:
    q = one("Nearly two dozen people were hurt.", "en", "Nearly two dozen")
    assert (q.value, q.qualifier) == (24, "about")


# --- other languages (own sentences) -------------------------------------------------------------------

OWN = [
    # language, sentence, written, value, low, high, qualifier
    ("fr", "Au moins 53 personnes ont été tuées.", "Au moins 53", 53, 53, 53, "at_least"),
    ("fr", "Cinquante-trois civils ont péri.", "Cinquante-trois", 53, 53, 53, "exact"),
    ("fr", "Une soixantaine de bergers ont été enlevés.", "Une soixantaine", 60, 60, 60, "about"),
    ("fr", "Une dizaine de blessés.", "Une dizaine", 10, 10, 10, "about"),
    ("fr", "Des dizaines de maisons détruites.", "Des dizaines", 20, 20, 99, "about"),
    ("fr", "Plus de 3 373 morts.", "Plus de 3 373", 3373, 3373, 3373, "more_than"),
    ("fr", "Près de 2.379 déplacés.", "Près de 2.379", 2379, 2379, 2379, "about"),
    ("fr", "Environ 1,5 million de réfugiés.", "Environ 1,5 million", 1_500_000, 1_500_000, 1_500_000, "about"),
    ("es", "Al menos dieciséis muertos.", "Al menos dieciséis", 16, 16, 16, "at_least"),
    ("es", "Decenas de heridos.", "Decenas", 20, 20, 99, "about"),
    ("es", "Más de 1.014 desplazados.", "Más de 1.014", 1014, 1014, 1014, "more_than"),
    ("es", "Entre 6.000 y 10.000 combatientes.", "Entre 6.000 y 10.000", 6000, 6000, 10000, "range"),
    ("de", "Mindestens dreiundfünfzig Menschen starben.", "Mindestens dreiundfünfzig", 53, 53, 53, "at_least"),
    ("de", "Dutzende wurden verletzt.", "Dutzende", 24, 24, 99, "about"),
    ("de", "Rund 2.379 Menschen flohen.", "Rund 2.379", 2379, 2379, 2379, "about"),
    ("de", "Mehr als 40 Tote.", "Mehr als 40", 40, 40, 40, "more_than"),
    ("de", "Darunter 46 Zivilisten und sieben Soldaten.", "sieben", 7, 7, 7, "exact"),
    ("ar", "بينهم 46 مدنيا وسبعة جنود", "سبعة", 7, 7, 7, "exact"),
    ("ar", "قتل ثلاثة وخمسين شخصا", "ثلاثة وخمسين", 53, 53, 53, "exact"),
    ("ar", "أصيب ٥٣ آخرون", "٥٣", 53, 53, 53, "exact"),
    ("ar", "خطف عشرات المدنيين", "عشرات", 20, 20, 99, "about"),
    ("ar", "قتل أكثر من 100 شخص", "أكثر من 100", 100, 100, 100, "more_than"),
    ("ar", "قتل 53 شخصا على الأقل", "53 شخصا على الأقل", 53, 53, 53, "at_least"),
    ("ar", "بين 6000 و10000 مقاتل", "بين 6000 و10000", 6000, 6000, 10000, "range"),
    ("tr", "En az elli üç kişi öldü.", "En az elli üç", 53, 53, 53, "at_least"),
    ("tr", "Onlarca kişi yaralandı.", "Onlarca", 20, 20, 99, "about"),
    ("tr", "100'den fazla kişi kaçırıldı.", "100'den fazla", 100, 100, 100, "more_than"),
    ("tr", "İki yüz elli ev yıkıldı.", "İki yüz elli", 250, 250, 250, "exact"),
    ("it", "Almeno cinquantatré morti.", "Almeno cinquantatré", 53, 53, 53, "at_least"),
    ("it", "Centinaia di feriti.", "Centinaia", 200, 200, 999, "about"),
    ("nl", "Minstens drieënvijftig doden.", "Minstens drieënvijftig", 53, 53, 53, "at_least"),
    ("ru", "По меньшей мере 53 человека погибли.", "По меньшей мере 53", 53, 53, 53, "at_least"),
    ("ru", "Погибли пятьдесят три человека.", "пятьдесят три", 53, 53, 53, "exact"),
    ("ru", "Десятки раненых.", "Десятки", 20, 20, 99, "about"),
    ("ru", "Около 1,5 млн беженцев.", "Около 1,5 млн", 1_500_000, 1_500_000, 1_500_000, "about"),
    ("ru", "От 10 до 15 пропавших.", "От 10 до 15", 10, 10, 15, "range"),
    ("uk", "Щонайменше 53 людини загинули.", "Щонайменше 53", 53, 53, 53, "at_least"),
    ("uk", "Понад 1,5 млн біженців.", "Понад 1,5 млн", 1_500_000, 1_500_000, 1_500_000, "more_than"),
    ("pt", "Pelo menos cinquenta e três mortos.", "Pelo menos cinquenta e três", 53, 53, 53, "at_least"),
]


@pytest.mark.parametrize(("language", "sentence", "written", "value", "low", "high", "qualifier"), OWN)
def test_other_languages(
    language: str, sentence: str, written: str, value: int, low: int, high: int, qualifier: str
) -> None:
    q = one(sentence, language, written)
    assert (q.value, q.low, q.high, q.qualifier) == (value, low, high, qualifier)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Le taux atteint 15 % et le garçon avait 13 ans, le 17 février 2023."),
        ("es", "Un aumento del 15 por ciento, un joven de 13 años, el 17 de febrero de 2023."),
        ("de", "Ein Anstieg um 15 Prozent, ein 13-jähriger Junge, am 17. Februar 2023 um 10:30 Uhr."),
        ("ar", "ارتفع بنسبة 15 بالمئة وعمره 13 عاما في 17 فبراير 2023"),
        ("tr", "Yüzde 15 arttı, 13 yaşındaki çocuk 17 Şubat 2023'te öldü."),
        ("ru", "Рост на 15 процентов, мальчику 13 лет, 17 февраля 2023 года."),
        ("uk", "Зростання на 15 відсотків, хлопчику 13 років, 17 лютого 2023 року."),
    ],
)
def test_other_languages_exclusions(language: str, sentence: str) -> None:
    assert find_quantities(sentence, language) == []


def test_articles_are_not_numbers() -> None:
    assert values("Un homme a été tué et une femme blessée.", "fr") == []
    assert values("Bir kişi öldü.", "tr") == []


def test_offsets_are_absolute() -> None:
    q = find_quantities("killed 53 people", "en", start=100)[0]
    assert q.span == (107, 109)


# --- properties ----------------------------------------------------------------------------------------

SEPARATORS = [("en", ","), ("de", "."), ("es", "."), ("tr", "."), ("it", "."), ("fr", " "), ("fr", "\u202f"),
              ("fr", "."), ("en", "\u00a0"), ("ar", "\u066c")]


@given(st.integers(min_value=1_000, max_value=999_999_999), st.sampled_from(SEPARATORS))
def test_grouped_digits_round_trip(n: int, separator: tuple[str, str]) -> None:
    language, mark = separator
    written = f"{n:,}".replace(",", mark)
    found = find_quantities(f"x {written} y", language)
    assert [q.value for q in found] == [n]


WORDS = [w for table in nt.NUMBER_PARTS.values() for w in table] + list(nt.WORD_VALUES["ar"])
TOKENS = st.sampled_from(WORDS + ["1,014", "2.5", "10:30", "-", " ", ",", "at least", "between", "and", "%", "17"])


@settings(max_examples=200)
@given(
    st.lists(st.one_of(TOKENS, st.text(max_size=6)), max_size=12),
    st.sampled_from(["en", "fr", "de", "ar", "tr", "xx"]),
)
def test_never_raises_and_spans_match(parts: list[str], language: str) -> None:
    text = " ".join(parts)
    for q in find_quantities(text, language, start=5):
        s, e = q.span
        assert 5 <= s < e <= len(text) + 5
        assert text[s - 5:e - 5] == q.text
        assert q.low <= q.value <= q.high


def test_turkish_scaled_parts_are_one_number(data_dir: Path) -> None:
    """ "16 bin 563 kişi hayatını kaybetti" is 16,563 dead (it read 16,000 and 563), in a real SemEval-2022 text."""
    import csv

    csv.field_size_limit(10**8)
    path = data_dir / "semeval2022_task8" / "partial_texts_train_subset" / "hfl_training_set_example.csv"
    with path.open(encoding="utf-8") as rows:
        text = next(r["text2"] for r in csv.DictReader(rows) if "16 bin 563 kişi hayatını" in r["text2"])
    sentence = sentence_with(text, "16 bin 563 kişi")
    assert [(q.value, q.text) for q in find_quantities(sentence, "tr") if q.value > 10_000] == [
        (381621, "381 bin 621"),
        (16563, "16 bin 563"),
    ]
    ranged = find_quantities("Ülkede 39 bin 673 ila 47 bin 610 arasında arttı.", "tr")
    assert [(q.low, q.high, q.qualifier) for q in ranged] == [(39673, 47610, "range")]
    assert [q.value for q in find_quantities("16 thousand 563 people", "en")] == [16000, 563]  # not English usage


@given(st.integers(1, 999), st.integers(1, 999), st.integers(0, 999))
@settings(max_examples=60, deadline=None)
def test_turkish_scaled_parts_sum(millions: int, thousands: int, units: int) -> None:
    rest = f" {units}" if units else ""
    text = f"Toplam {millions} milyon {thousands} bin{rest} kişi etkilendi."
    assert [q.value for q in find_quantities(text, "tr")] == [millions * 1_000_000 + thousands * 1_000 + units]
