"""Wire-style reports written for these tests (fr, es, de, ar, tr), run through the real stages (clean, language,
annotate, extract): what a reader of each report would record as the main event's figures, sources, date, place,
type and perpetrator. Assertions that the code does not meet yet are strict xfails naming the stage at fault."""

from __future__ import annotations

from functools import cache

import pytest

from newsweave import clean, language
from newsweave.annotate import annotate
from newsweave.extract import extract
from newsweave.models import Article, ArticleEvent, Claim, Document, Place
from newsweave.options import Options

REPORTS: dict[str, tuple[str, str]] = {
    "fr_bomb": (
        "2024-03-15",
        "BAMAKO, 15 mars 2024 (AFP) - Au moins douze personnes ont été tuées et une trentaine d'autres "
        "blessées mardi dans l'explosion d'une voiture piégée sur un marché de Gao, dans le nord du "
        "Mali, selon le gouverneur de la région. Un premier bilan faisait état de huit morts. L'attentat "
        "n'a pas été revendiqué, mais les autorités l'ont attribué à l'État islamique au Sahel.",
    ),
    "fr_kidnap": (
        "2024-03-15",
        "NIAMEY, 15 mars 2024 (AFP) - Vingt-deux passagers d'un autocar ont été enlevés samedi par des "
        "hommes armés près de Tillabéri, dans l'ouest du Niger, a indiqué jeudi une source sécuritaire. "
        "Cinq otages ont été libérés mercredi, selon la même source. Une dizaine d'hommes armés à moto "
        "ont intercepté le véhicule sur la route de Niamey.",
    ),
    "fr_flood": (
        "2024-03-15",
        "Des pluies torrentielles ont fait au moins 15 morts et une dizaine de disparus dimanche à "
        "Toamasina, sur la côte est de Madagascar, selon le Bureau national de gestion des risques et "
        "des catastrophes. Plus de 2 000 habitants ont été évacués. Les crues ont emporté des dizaines "
        "de maisons.",
    ),
    "es_protest": (
        "2024-03-15",
        "BOGOTÁ, 15 mar (EFE).- La policía dispersó el pasado sábado con gases lacrimógenos una protesta "
        "de campesinos en Popayán, en el suroeste de Colombia, que dejó decenas de heridos, según la "
        "Defensoría del Pueblo. Al menos 34 manifestantes resultaron heridos y 12 fueron detenidos, "
        "informó el organismo.",
    ),
    "es_flood": (
        "2024-03-15",
        "PORTO ALEGRE, 15 mar (EFE).- Al menos 23 personas murieron y otras 40 siguen desaparecidas tras "
        "las inundaciones que azotaron el jueves la ciudad brasileña de Porto Alegre, según la Defensa "
        "Civil. Unas 5000 personas fueron evacuadas de sus viviendas.",
    ),
    "es_bomb": (
        "2024-03-15",
        "MÉXICO, 15 mar (EFE).- El número de muertos por la explosión de un coche bomba el miércoles "
        "frente a una comisaría de Celaya, en el estado mexicano de Guanajuato, ascendió a nueve, "
        "informó este viernes la Fiscalía estatal. Un primer balance había dado cuenta de seis muertos. "
        "Otras 14 personas resultaron heridas.",
    ),
    "de_bomb": (
        "2024-03-16",
        "KABUL (dpa) - Bei einem Selbstmordanschlag auf eine Moschee in Kundus im Norden Afghanistans "
        "sind am Freitag mindestens 17 Menschen getötet worden. Mehr als 40 weitere wurden verletzt, wie "
        "ein Sprecher der Provinzpolizei mitteilte. Die Terrormiliz Islamischer Staat (IS) reklamierte "
        "den Anschlag für sich.",
    ),
    "de_kidnap": (
        "2024-03-16",
        "ABUJA (dpa) - Bewaffnete haben im Nordwesten Nigerias Dutzende Schüler entführt. Die Angreifer "
        "verschleppten am Donnerstag 87 Kinder aus einer Schule in Kaduna, wie die Polizei mitteilte. 25 "
        "von ihnen wurden inzwischen freigelassen, sagte ein Polizeisprecher.",
    ),
    "de_flood": (
        "2024-03-16",
        "BUKAREST (dpa) - Bei schweren Überschwemmungen im Osten Rumäniens sind mindestens sechs "
        "Menschen ums Leben gekommen. Laut dem Katastrophenschutz werden nach dem Hochwasser vom "
        "Mittwoch in Galați noch vier Menschen vermisst. Hunderte Häuser wurden überflutet.",
    ),
    "ar_bomb": (
        "2024-03-16",
        "قتل ما لا يقل عن 12 شخصا وأصيب نحو 30 آخرين في انفجار سيارة مفخخة في سوق مدينة الباب شمال سوريا "
        "يوم الجمعة، بحسب الدفاع المدني. وتبنى تنظيم الدولة الإسلامية الهجوم في بيان.",
    ),
    "ar_protest": (
        "2024-03-16",
        "أصيب عشرات المتظاهرين عندما فرقت قوات الأمن مظاهرة في مدينة البصرة جنوب العراق يوم الخميس، بحسب "
        "مصادر طبية. وقال مسؤول في دائرة الصحة إن 27 متظاهرا أصيبوا بجروح واعتقل 9 آخرون.",
    ),
    "ar_kidnap": (
        "2024-03-16",
        "اختطف مسلحون 40 مسافرا على طريق قرب مدينة سبها جنوب ليبيا يوم الثلاثاء، بحسب مسؤول محلي. وأطلق "
        "سراح 15 منهم مساء الأربعاء، وفقا للمصدر نفسه.",
    ),
    "tr_bomb": (
        "2024-03-16",
        "ANKARA (AA) - Suriye'nin kuzeyindeki Azez ilçesinde cuma günü bomba yüklü bir aracın patlaması "
        "sonucu en az 8 kişi hayatını kaybetti, 20 kişi yaralandı. Yerel kaynaklara göre ölü sayısı daha "
        "sonra 11'e yükseldi.",
    ),
    "tr_flood": (
        "2024-03-16",
        "RİZE (AA) - Rize'de çarşamba günü etkili olan sel ve heyelanlarda 5 kişi hayatını kaybetti, 3 "
        "kişi kayboldu. AFAD'ın açıklamasına göre yaklaşık 300 kişi tahliye edildi.",
    ),
    "tr_protest": (
        "2024-03-16",
        "İSTANBUL (AA) - İstanbul'da salı günü düzenlenen izinsiz gösteriye polis biber gazıyla müdahale "
        "etti. İstanbul Valiliğinin açıklamasına göre 14 polis ve onlarca gösterici yaralandı, 60 kişi "
        "gözaltına alındı.",
    ),
}

FIGURES = ("killed", "injured", "kidnapped", "released", "missing", "arrested", "displaced")


@cache
def _run(name: str) -> tuple[Article, tuple[ArticleEvent, ...], tuple[Claim, ...]]:
    published, text = REPORTS[name]
    options = Options()
    article = language.detect(clean.clean(Document(f"{name}.txt", text, published=published), options), options)
    events, claims = extract(article, annotate(article))
    return article, events, claims


def _main(name: str) -> tuple[ArticleEvent, list[Claim]]:
    _, events, claims = _run(name)
    main = next(e for e in events if e.main)
    return main, [c for c in claims if c.event == main.id]


def _xfail(case: tuple[object, ...], reason: str) -> object:
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


# --- language -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_language(name: str) -> None:
    assert _run(name)[0].language == name[:2]


# --- figures: (report, field, value, qualifier, source); "*" in the field: any event of the article ------------

FIGURE_CASES = [
    ("fr_bomb", "killed", 12, "at_least", "le gouverneur de la région"),
    ("fr_bomb", "injured", 30, "about", "le gouverneur de la région"),
    ("fr_bomb", "killed", 8, "initial", None),
    ("fr_kidnap", "kidnapped", 22, "exact", "une source sécuritaire"),
    ("fr_kidnap", "*released", 5, "exact", "une source sécuritaire"),
    ("fr_flood", "killed", 15, "at_least", "le Bureau national de gestion des risques et des catastrophes"),
    ("fr_flood", "missing", 10, "about", "le Bureau national de gestion des risques et des catastrophes"),
    ("fr_flood", "displaced", 2000, "more_than", None),
    ("es_protest", "injured", 34, "at_least", "la Defensoría del Pueblo"),
    ("es_protest", "injured", 20, "about", "la Defensoría del Pueblo"),
    ("es_protest", "arrested", 12, "exact", "la Defensoría del Pueblo"),
    ("es_flood", "killed", 23, "at_least", "la Defensa Civil"),
    ("es_flood", "missing", 40, "exact", "la Defensa Civil"),
    ("es_flood", "displaced", 5000, "about", None),
    ("es_bomb", "killed", 9, "revised", "la Fiscalía estatal"),
    ("es_bomb", "killed", 6, "initial", None),
    ("es_bomb", "injured", 14, "exact", None),
    ("de_bomb", "killed", 17, "at_least", None),
    ("de_bomb", "injured", 40, "more_than", "ein Sprecher der Provinzpolizei"),
    ("de_kidnap", "kidnapped", 87, "exact", "die Polizei"),
    ("de_kidnap", "kidnapped", 24, "about", None),
    ("de_kidnap", "released", 25, "exact", "ein Polizeisprecher"),
    ("de_flood", "killed", 6, "at_least", None),
    ("de_flood", "missing", 4, "exact", "dem Katastrophenschutz"),
    ("ar_bomb", "killed", 12, "at_least", "الدفاع المدني"),
    ("ar_bomb", "injured", 30, "about", "الدفاع المدني"),
    ("ar_protest", "injured", 20, "about", "مصادر طبية"),
    ("ar_protest", "injured", 27, "exact", "مسؤول في دائرة الصحة"),
    ("ar_protest", "arrested", 9, "exact", "مسؤول في دائرة الصحة"),
    ("ar_kidnap", "kidnapped", 40, "exact", "مسؤول محلي"),
    ("ar_kidnap", "*released", 15, "exact", "مسؤول محلي"),
    ("tr_bomb", "killed", 8, "at_least", None),
    ("tr_bomb", "injured", 20, "exact", None),
    _xfail(("tr_bomb", "killed", 11, "revised", "Yerel kaynaklara"), "a stage verb after the number (11'e yükseldi)"),
    ("tr_flood", "killed", 5, "exact", None),
    ("tr_flood", "missing", 3, "exact", None),
    ("tr_flood", "displaced", 300, "about", "AFAD"),
    ("tr_protest", "injured", 14, "exact", "İstanbul Valiliği"),
    ("tr_protest", "injured", 20, "about", "İstanbul Valiliği"),
    ("tr_protest", "arrested", 60, "exact", "İstanbul Valiliği"),
]


@pytest.mark.parametrize(("name", "field", "value", "qualifier", "source"), FIGURE_CASES)
def test_figure(name: str, field: str, value: int, qualifier: str, source: str | None) -> None:
    claims = list(_run(name)[2]) if field.startswith("*") else _main(name)[1]
    got = {(c.field, c.value, c.qualifier, c.attributed_to) for c in claims if c.field in FIGURES}
    assert (field.lstrip("*"), value, qualifier, source) in got


def test_hostages_freed_are_released_not_kidnapped() -> None:
    """ "Cinq otages ont été libérés": the hostage noun does not make the freed a kidnapping count."""
    claims = _run("fr_kidnap")[2]
    assert not any(c.field == "kidnapped" and c.value == 5 for c in claims)


def test_armed_men_counted_are_not_victims() -> None:
    """ "Une dizaine d'hommes armés ont intercepté": the attackers' number is no casualty figure."""
    assert not any(c.value == 10 for c in _run("fr_kidnap")[2] if c.field in FIGURES)


# --- date, place, type --------------------------------------------------------------------------------

DATES = {
    "fr_bomb": "2024-03-12",  # mardi, published Friday 15
    "fr_kidnap": "2024-03-09",  # samedi
    "fr_flood": "2024-03-10",  # dimanche
    "es_protest": "2024-03-09",  # el pasado sábado
    "es_flood": "2024-03-14",  # el jueves
    "es_bomb": "2024-03-13",  # el miércoles
    "de_bomb": "2024-03-15",  # am Freitag, published Saturday 16
    "de_kidnap": "2024-03-14",  # am Donnerstag
    "de_flood": "2024-03-13",  # vom Mittwoch
    "ar_bomb": "2024-03-15",  # يوم الجمعة
    "ar_protest": "2024-03-14",  # يوم الخميس
    "ar_kidnap": "2024-03-12",  # يوم الثلاثاء
    "tr_bomb": "2024-03-15",  # cuma günü
    "tr_flood": "2024-03-13",  # çarşamba günü
    "tr_protest": "2024-03-12",  # salı günü
}


@pytest.mark.parametrize("name", sorted(DATES))
def test_date(name: str) -> None:
    main, claims = _main(name)
    assert main.date == DATES[name]
    assert [c.value for c in claims if c.field == "date"] == [DATES[name]]


# The dateline's town (the newsroom: BAMAKO, KABUL) against the town the lede names (Gao, Kundus): which one wins
# is still being settled in places.event_place, so those town checks may pass or not; the country must hold.
# A capital's dateline is a national bureau ("BAMAKO (AFP) -", "KABUL (dpa) -"): the event is the town the lede names.
PLACE_CASES = [
    ("fr_bomb", "Gao", "ML"),
    ("fr_kidnap", "Tillabéri", "NE"),
    ("fr_flood", "Toamasina", "MG"),
    ("es_protest", "Popayán", "CO"),
    ("es_flood", "Porto Alegre", "BR"),
    ("es_bomb", "Celaya", "MX"),
    ("de_bomb", "Kunduz", "AF"),
    ("de_kidnap", "Kaduna", "NG"),
    ("de_flood", "Galaţi", "RO"),
    ("ar_bomb", "Al Bāb", "SY"),
    ("ar_protest", "Basrah", "IQ"),
    ("ar_kidnap", "Sabha", "LY"),
    ("tr_bomb", "I‘zāz", "SY"),  # GeoNames' name of Azaz (Azez in Turkish)
    ("tr_flood", "Rize", "TR"),
    ("tr_protest", "Istanbul", "TR"),
]


@pytest.mark.parametrize(("name", "town", "country"), PLACE_CASES)
def test_place(name: str, town: str, country: str) -> None:
    main, claims = _main(name)
    assert isinstance(main.place, Place) and main.place.geonameid is not None
    assert (main.place.name, main.place.country) == (town, country)
    assert [c.value for c in claims if c.field == "location"] == [main.place]


@pytest.mark.parametrize(
    ("name", "country"), [(n, c) for n, _, c in PLACE_CASES]
)
def test_place_country(name: str, country: str) -> None:
    place = _main(name)[0].place
    assert place is not None and place.country == country


PROTEST_FORCE = {"excessive_force_against_protesters", "protest_with_intervention"}
TYPE_CASES = [
    ("fr_bomb", {"remote_explosive"}),
    ("fr_kidnap", {"abduction"}),
    ("fr_flood", {"flood"}),
    ("es_protest", PROTEST_FORCE),
    ("es_flood", {"flood"}),
    ("es_bomb", {"remote_explosive"}),
    ("de_bomb", {"suicide_bomb"}),
    ("de_kidnap", {"abduction"}),
    ("de_flood", {"flood"}),
    ("ar_bomb", {"remote_explosive"}),
    _xfail(("ar_protest", PROTEST_FORCE), "typed as arrests: the taxonomy's Arabic protest cues"),
    ("ar_kidnap", {"abduction"}),
    ("tr_bomb", {"remote_explosive"}),
    ("tr_flood", {"flood"}),
    ("tr_protest", PROTEST_FORCE),
]


@pytest.mark.parametrize(("name", "types"), TYPE_CASES)
def test_type(name: str, types: set[str]) -> None:
    assert _main(name)[0].type in types


# --- perpetrators ---------------------------------------------------------------------------------------

PERPETRATORS = [
    ("fr_bomb", "État islamique", "attributed"),  # "les autorités l'ont attribué à l'État islamique au Sahel"
    ("fr_kidnap", "hommes armés", "stated"),  # "enlevés samedi par des hommes armés"
    ("de_bomb", "Islamischer Staat", "claimed"),  # "reklamierte den Anschlag für sich"
    ("ar_bomb", "الدولة الإسلامية", "claimed"),  # "وتبنى تنظيم الدولة الإسلامية الهجوم"
    ("ar_kidnap", "مسلحون", "stated"),  # "اختطف مسلحون 40 مسافرا": the verb comes first
]


@pytest.mark.parametrize(("name", "actor", "certainty"), PERPETRATORS)
def test_perpetrator(name: str, actor: str, certainty: str) -> None:
    got = [(c.value, c.certainty) for c in _main(name)[1] if c.field == "perpetrator"]
    assert got == [(actor, certainty)]


def test_later_is_no_clause_break() -> None:
    """ "ölü sayısı daha sonra 11'e yükseldi": "daha sonra" (later) does not cut the count from its cue."""
    got = {(c.field, c.value, c.attributed_to) for c in _run("tr_bomb")[2]}
    assert ("killed", 11, "Yerel kaynaklara") in got


# --- single sentences written for the test (rules with no report above) ----------------------------------


def _claims(text: str, lang: str) -> set[tuple[str, object, str | None]]:
    options = Options()
    doc = Document("s.txt", text, language=lang, published="2024-03-16")
    article = language.detect(clean.clean(doc, options), options)
    return {(c.field, c.value, c.attributed_to) for c in extract(article, annotate(article))[1] if c.field in FIGURES}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cinq otages ont été libérés samedi près de Gao.", "fr"),
        ("Cinco rehenes fueron liberados el sábado cerca de Cali.", "es"),
        ("Fünf Geiseln wurden am Samstag in Kaduna freigelassen.", "de"),
        ("Five hostages were released on Saturday near Kano.", "en"),
    ],
)
def test_freed_hostages_are_released(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("released", 5, None)}


def test_source_before_zufolge() -> None:
    """German "der Polizei zufolge" names its source before the cue word."""
    got = _claims("Der Polizei zufolge wurden am Freitag in Kundus fünf Menschen getötet.", "de")
    assert got == {("killed", 5, "Der Polizei")}


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Una decena de personas resultaron heridas en Cali.", "es", 10),
        ("Mehrere Dutzend Menschen wurden in Kaduna verletzt.", "de", 24),
    ],
)
def test_vague_counts(text: str, lang: str, value: int) -> None:
    assert _claims(text, lang) == {("injured", value, None)}


@pytest.mark.parametrize(
    ("lang", "text", "field", "value", "source"),
    [
        (
            "fr",
            "Cinq personnes ont été tuées mardi à Gao, a indiqué à l'AFP une source sécuritaire.",
            "killed",
            5,
            "une source sécuritaire",
        ),  # the agency told is no source
        (
            "fr",
            "Cinq personnes ont été tuées mardi à Gao, a-t-on appris de source hospitalière.",
            "killed",
            5,
            "source hospitalière",
        ),
        (
            "fr",
            "Cinq personnes ont été tuées mardi à Gao, a déclaré le ministère de la Santé dans un communiqué.",
            "killed",
            5,
            "le ministère de la Santé",
        ),
        (
            "es",
            "Cinco personas murieron el martes en Cali, según informaron fuentes policiales.",
            "killed",
            5,
            "fuentes policiales",
        ),
        (
            "es",
            "Cinco personas murieron el martes en Cali, dijo a EFE un portavoz de la Policía.",
            "killed",
            5,
            "un portavoz de la Policía",
        ),
        (
            "es",
            "Cinco personas murieron el martes en Cali, informaron las autoridades locales.",
            "killed",
            5,
            "las autoridades locales",
        ),
        (
            "de",
            "Fünf Menschen wurden am Dienstag in Kaduna getötet, teilte die Polizei mit.",
            "killed",
            5,
            "die Polizei",
        ),
        (
            "de",
            "Fünf Menschen wurden am Dienstag in Kaduna getötet, sagte ein Polizeisprecher der Deutschen "
            "Presse-Agentur.",
            "killed",
            5,
            "ein Polizeisprecher",
        ),
        ("ar", "قتل خمسة أشخاص يوم الثلاثاء في مدينة حلب، بحسب ما أفادت مصادر أمنية.", "killed", 5, "مصادر أمنية"),
        ("ar", "قال مسؤول لوكالة فرانس برس إن خمسة أشخاص قتلوا يوم الثلاثاء في مدينة حلب.", "killed", 5, "مسؤول"),
        (
            "ar",
            "ذكرت وكالة الأنباء الرسمية أن خمسة أشخاص قتلوا يوم الثلاثاء في مدينة حلب.",
            "killed",
            5,
            "وكالة الأنباء الرسمية",
        ),
        (
            "tr",
            "Valilikten yapılan açıklamaya göre salı günü Rize'de 5 kişi hayatını kaybetti.",
            "killed",
            5,
            "Valilik",
        ),
        ("tr", "Yetkililer, salı günü Rize'de 12 kişinin yaralandığını açıkladı.", "injured", 12, "Yetkililer"),
        (
            "tr",
            "Sağlık Bakanlığı, salı günü Rize'de 5 kişinin hayatını kaybettiğini duyurdu.",
            "killed",
            5,
            "Sağlık Bakanlığı",
        ),
    ],
)
def test_attribution_phrasings(lang: str, text: str, field: str, value: int, source: str) -> None:
    """Wire phrasings of who said it, one sentence each (written for the test)."""
    assert (field, value, source) in _claims(text, lang)
