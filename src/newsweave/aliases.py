"""Names that mean the same source, actor or outlet: alias tables as data, plus a careful fuzzy match.

Why: reports name one source many ways ("OSDH", "the Observatory", "المرصد السوري لحقوق الإنسان"); counting
them as different sources would invent corroboration, and merging different ones ("Syrian army" and
"Syrian Observatory") would hide a disagreement. Tables decide first; fuzzy matching only merges multi-word
names that share at least two content words, so "Sham FM" and "Shams FM" (a Tunisian radio) stay apart.
Offices every country has (police, interior ministry, governor, Red Cross, ...) are parsed (`office`) into which
office, whose ("syrien", "Chicago") and held by whom ("governor Rosa Quispe"), so "le ministère syrien de
l'Intérieur" is "the Syrian Interior Ministry" and "la police" is "die Polizei", while Chicago's police is not
Los Angeles'.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz
from unidecode import unidecode

Kind = Literal["source", "actor", "outlet"]

# canonical name -> aliases (any language, any case). A name may be both a source and an actor (IS claims).
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "Syrian Observatory for Human Rights": (
        "SOHR", "OSDH", "the Observatory", "Syrian Observatory", "Britain-based Syrian Observatory",
        "l'Observatoire syrien des droits de l'homme", "Observatoire syrien des droits de l'homme",
        "l'Observatoire", "Observatorio Sirio de Derechos Humanos", "el Observatorio",
        "Syrische Beobachtungsstelle für Menschenrechte", "Beobachtungsstelle",
        "المرصد السوري لحقوق الإنسان", "المرصد السوري", "المرصد",
        "Suriye İnsan Hakları Gözlemevi", "SOHR monitor",
    ),
    "Islamic State": (
        "IS", "ISIS", "ISIL", "Daesh", "Daech", "Daish", "Islamic State group", "IS group",
        "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria",
        "État islamique", "Etat islamique", "groupe État islamique", "EI",
        "Estado Islámico", "Estado Islamico", "EIIL",
        "Islamischer Staat", "IS-Miliz",
        "داعش", "الدولة الإسلامية", "تنظيم الدولة", "تنظيم داعش",
        "IŞİD", "IŞID", "DEAŞ", "DAEŞ", "İslam Devleti",
    ),
    "Syrian state television": (
        "Syrian TV", "Syrian state TV", "Syrian television", "télévision d'État syrienne",
        "télévision publique syrienne", "televisión estatal siria", "syrisches Staatsfernsehen",
        "التلفزيون السوري", "التلفزيون الرسمي السوري", "Suriye devlet televizyonu",
    ),
    # Whose state depends on the story: reconcile narrows it to the one broadcaster an event names (`narrows`).
    "state television": (
        "state TV", "state-run television", "state broadcaster", "télévision d'État", "la télévision d'Etat",
        "télévision publique", "televisión estatal", "Staatsfernsehen", "devlet televizyonu", "التلفزيون الرسمي",
    ),
    # SANA is the state news agency: a different outlet from state television, kept apart on purpose.
    "SANA": ("Syrian Arab News Agency", "agence officielle Sana", "سانا", "الوكالة العربية السورية للأنباء"),
    "Sham FM": ("Cham FM", "Sham FM radio", "radio Cham FM", "شام إف إم"),
    # The Pentagon is the department CENTCOM reports to; news uses the names interchangeably for US forces.
    "US Central Command": (
        "CENTCOM", "US CENTCOM", "U.S. Central Command", "US military", "U.S. military", "American military",
        "Pentagon", "armée américaine", "militaires américains", "ejército estadounidense", "US-Militär",
        "الجيش الأمريكي", "القيادة المركزية الأمريكية", "ABD ordusu",
    ),
    "United Nations": ("UN", "U.N.", "ONU", "Nations unies", "Naciones Unidas", "Vereinte Nationen", "UNO",
                       "الأمم المتحدة", "BM", "Birleşmiş Milletler"),
    "Syrian army": ("Syrian Arab Army", "Syrian military", "armée syrienne", "ejército sirio",
                    "syrische Armee", "الجيش السوري", "Suriye ordusu", "regime forces", "government forces"),
}

# Wire agencies and outlets: credits ("With AFP") and `Article.outlet` go through these.
OUTLETS: dict[str, tuple[str, ...]] = {
    "AFP": ("Agence France-Presse", "Agence France Presse", "AFP news agency", "وكالة فرانس برس",
            "فرانس برس"),
    "Reuters": ("Thomson Reuters", "Reuters news agency", "رويترز"),
    "AP": ("Associated Press", "The Associated Press", "AP news agency"),
    "dpa": ("Deutsche Presse-Agentur", "DPA"),
    "EFE": ("Agencia EFE",),
    "Anadolu Agency": ("Anadolu", "AA", "Anadolu Ajansı"),
    "SANA": ORGANISATIONS["SANA"],
}

# Words that carry no identity: dropped before comparing ("the Islamic State group" = "Islamic State").
LEADING_ARTICLES = ("the ", "l'", "l’", "le ", "la ", "les ", "el ", "los ", "las ", "der ", "die ", "das ",
                    "al-", "al ", "el-", "ال")
TRAILING_NOISE = {
    "actor": ("group", "terrorists", "militants", "fighters", "jihadists", "organisation", "organization",
              "terror group", "jihadist group", "militia"),
    "source": ("group", "ngo", "monitor", "radio", "channel", "news agency"),
    "outlet": ("news agency", "agency"),
}
STOPWORDS = frozenset({"of", "for", "the", "and", "de", "des", "du", "del", "la", "le", "los", "für", "der",
                       "die", "in", "on", "et", "y", "und"})
# Title words that make a name an institution, not a person: "Syrian Army" is not Mr Army.
INSTITUTION_WORDS = frozenset({"army", "forces", "military", "observatory", "command", "television", "tv",
                               "radio", "ministry", "agency", "state", "group", "council", "government",
                               "police", "nations", "fm", "news", "media", "office", "hospital"})

# Offices and services every country has, by one English name: how each language writes them, as regular
# expressions over the folded name (lower case, Latin accents removed, hyphens as spaces). Words around a match
# say whose ("the Syrian", "de Texas", "regional") or which person holds it ("governor Rosa Quispe").
INSTITUTIONS: dict[str, tuple[str, ...]] = {
    "Interior Ministry": (
        r"interior ministry", r"ministry of (?:the )?interior", r"ministry of internal affairs", r"home ministry",
        r"ministere (?:\w+ )?de l'interieur", r"ministerio (?:\w+ )?del? interior", r"innenministerium",
        r"icisleri bakanligi", r"وزارة الداخلية",
    ),
    "Defence Ministry": (
        r"defen[cs]e ministry", r"ministry of defen[cs]e", r"ministere (?:\w+ )?de la defense",
        r"ministere des armees", r"ministerio (?:\w+ )?de defensa", r"verteidigungsministerium",
        r"(?:milli )?savunma bakanligi", r"وزارة الدفاع",
    ),
    "Health Ministry": (
        r"health ministry", r"ministry of (?:public )?health", r"ministere (?:\w+ )?de la sante",
        r"ministerio (?:\w+ )?de (?:salud|sanidad)", r"gesundheitsministerium", r"saglik bakanligi", r"وزارة الصحة",
    ),
    "Foreign Ministry": (
        r"foreign ministry", r"ministry of foreign affairs", r"ministere (?:\w+ )?des affaires etrangeres",
        r"ministerio (?:\w+ )?de (?:asuntos|relaciones) exteriores", r"auswartiges amt", r"disisleri bakanligi",
        r"وزارة الخارجية",
    ),
    "police": (
        r"police (?:department|dept|force|service|officials)", r"police", r"policiers", r"policia", r"polizei",
        r"polizeisprecher(?:in)?", r"polis", r"emniyet(?: mudurlugu)?", r"الشرطة", r"شرطة", r"polizia", r"questura",
        r"policja", r"policji", r"policje", r"politie", r"полиция", r"полиции", r"полицию", r"полицией", r"поліція",
        r"поліції", r"поліцію", r"поліцією",
    ),
    "fire department": (
        r"fire (?:department|dept|service|brigade|officials)", r"firefighters", r"(?:sapeurs )?pompiers",
        r"(?:cuerpo de )?bomberos", r"feuerwehr", r"itfaiye", r"الإطفاء",
    ),
    "civil defence": (r"civil defen[cs]e", r"protection civile", r"(?:defensa|proteccion) civil", r"zivilschutz",
                      r"sivil savunma", r"الدفاع المدني"),
    "Red Cross": (r"red cross", r"croix rouge", r"cruz roja", r"rote[sn]? kreuz", r"kizilhac", r"الصليب الأحمر"),
    "Red Crescent": (r"red crescent", r"croissant rouge", r"media luna roja", r"rote[rn]? halbmond", r"kizilay",
                     r"الهلال الأحمر"),
    "army": (r"army", r"armed forces", r"armee", r"forces armees", r"ejercito", r"fuerzas armadas",
             r"streitkrafte", r"ordu", r"silahli kuvvetler", r"الجيش"),
    "government": (r"government", r"gouvernement", r"gobierno", r"regierung", r"hukumet", r"الحكومة"),
    "governor": (r"governor", r"gov", r"gouverneure?", r"gobernadora?", r"gouverneur(?:in)?", r"vali(?:lik)?",
                 r"المحافظ", r"محافظ"),
    "mayor": (r"mayor", r"maire", r"alcaldesa", r"alcalde", r"(?:ober)?burgermeister(?:in)?",
              r"belediye baskani", r"رئيس البلدية"),
    "prosecutor": (r"(?:district attorney|prosecutor)(?:'?s)?(?: office)?", r"prosecutors", r"parquet", r"procureure?",
                   r"fiscalia", r"fiscal", r"staatsanwaltschaft", r"staatsanwalt(?:in)?", r"savcilik", r"savci",
                   r"النيابة العامة", r"النائب العام"),
    "sheriff's office": (r"sheriff'?s (?:office|department|deputies)", r"sheriff"),
    "coroner": (r"coroner(?:'?s)?(?: office)?", r"medical examiner(?:'?s)?(?: office)?", r"medecin legiste",
                r"medico forense", r"rechtsmedizin(?:er)?", r"adli tip", r"الطب الشرعي"),
}
# Words beside an office that name neither whose it is nor who holds it ("a police spokesman", "officials").
OFFICE_FILLER = frozenset({
    "a", "an", "un", "une", "ein", "eine", "l'", "d'", "du", "des", "del", "von", "vom", "al", "the", "its", "el",
    "las", "les", "das", "den", "dem", "'s",
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "sources", "source",
    "porte", "parole", "portavoz", "sprecher", "sprecherin", "sozcusu", "said", "says", "told",
})
# Titles between an office and its holder's name ("Police Superintendent Garry McCarthy").
TITLES = frozenset({
    "chief", "superintendent", "commissioner", "director", "sgt", "sergeant", "lt", "lieutenant", "capt",
    "captain", "officer", "deputy", "minister", "secretary", "commander", "inspector", "detective", "spokesman",
    "spokeswoman", "spokesperson", "general", "colonel", "col", "major", "ministre", "ministro",
    "sprecher", "sprecherin", "porte", "parole", "portavoz",
})
# Endings that turn a place into its adjective in en, fr, es, de ("Peru", "Peruvian", "péruvienne", "peruana").
DEMONYM_ENDINGS = ("iennes", "ienne", "iens", "ien", "ians", "ian", "ischen", "ische", "ischer", "isches", "isch",
                   "anos", "anas", "ano", "ana", "ans", "an", "ese", "aise", "ais", "i", "e", "a", "o")

FUZZY_MIN = 90  # token-set ratio for multi-word names
FUZZY_MIN_SHARED = 2  # content words both names must share


def _fold(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form used for table look-ups."""
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    text = re.sub(r"\([^)]*\)", " ", text)  # "Syrian Observatory (OSDH)" -> the name outside brackets
    if not text.isascii() and _is_latin(text):
        text = unidecode(text)
    text = re.sub(r"[\"“”«».,;:!?]", "", text)
    text = text.replace("’", "'").replace("-", " ") if _is_latin(text) else text
    return re.sub(r"\s+", " ", text).strip()


def _is_latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in text)


def _strip_noise(folded: str, kind: Kind) -> str:
    for article in LEADING_ARTICLES:
        article = article.replace("-", " ")
        if folded.startswith(article) and len(folded) > len(article) + 1:
            folded = folded[len(article):]
            break
    for word in TRAILING_NOISE[kind]:
        if folded.endswith(" " + word):
            folded = folded[: -len(word) - 1]
            break
    return folded.strip()


def _table(kind: Kind) -> dict[str, tuple[str, ...]]:
    return OUTLETS if kind == "outlet" else ORGANISATIONS


@lru_cache(maxsize=4)
def _index(kind: Kind) -> dict[str, str]:
    """Folded alias -> canonical name, built once per kind."""
    index: dict[str, str] = {}
    for name, aliases in _table(kind).items():
        for alias in (name, *aliases):
            index[_fold(alias)] = name
            index[_strip_noise(_fold(alias), kind)] = name
    return index


def _domain(name: str) -> str | None:
    match = re.match(r"^(?:https?://)?(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})(?:/.*)?$", name.strip().lower())
    return match.group(1) if match else None


def _lookup(name: str, kind: Kind) -> str | None:
    index = _index(kind)
    folded = _fold(name)
    for key in (folded, _strip_noise(folded, kind)):
        if key in index:
            return index[key]
    bracket = re.search(r"\(([^)]+)\)", name)  # "Islamic State (IS)" -> try "IS" too
    return index.get(_fold(bracket.group(1))) if bracket else None


def _tail_lookup(name: str, kind: Kind) -> str | None:
    """ "the pro-government radio station Sham FM" -> "Sham FM": a known name at the end of a description.

    The tail must open with a capital after a lower-case word, so it is a name after a description
    ("Iranian state television" is not "state television"); a one-word tail must be an acronym ("of IS").
    """
    words = re.sub(r"\([^)]*\)", " ", name).split()
    for start in range(1, len(words)):
        tail = words[start:]
        if not tail[0][:1].isupper() or words[start - 1][:1].isupper():
            continue
        if len(tail) == 1 and not (len(tail[0]) >= 2 and tail[0].isupper()):
            continue
        found = _lookup(" ".join(tail), kind)
        if found:
            return found
    return None


@lru_cache(maxsize=8192)
def canonical(name: str, kind: Kind) -> str:
    """The one name every alias of `name` shares; an unknown name comes back tidied, not invented."""
    if kind == "outlet" and (domain := _domain(name)):
        return domain
    found = _lookup(name, kind) or _tail_lookup(name, kind)
    if found:
        return found
    held = office(name) if kind != "outlet" else None
    if held and held.person:
        return held.person  # a person is kept by name: "governor Rosa Quispe" is Rosa Quispe
    if held and not held.qualifier:
        return held.name  # "la police", "die Polizei", "the police": police
    if held:
        return re.sub(r"\s+", " ", name).strip()  # "the Syrian Arab Red Crescent" is no fuzzy "Syrian Arab News Agency"
    fuzzy = _fuzzy_table_match(name, kind)
    return fuzzy if fuzzy else re.sub(r"\s+", " ", name).strip()


@dataclass(frozen=True)
class Office:
    """A name parsed as an institution: which one (English name), whose (`qualifier` words), held by `person`."""

    name: str
    qualifier: tuple[str, ...] = ()
    person: str | None = None


@lru_cache(maxsize=1)
def _office_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (name, re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)"))
        for name, patterns in INSTITUTIONS.items()
    )


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    words = {w for patterns in INSTITUTIONS.values() for p in patterns for w in re.findall(r"[^\W\d_]{3,}", p)}
    return frozenset(words | TITLES)


@lru_cache(maxsize=8192)
def office(name: str) -> Office | None:
    """The institution a source name names, if any: "le ministère syrien de l'Intérieur" -> Interior Ministry
    (syrien); "la gobernadora Rosa Quispe" -> governor held by Rosa Quispe; "Rosa Quispe" alone -> None."""
    folded = _fold(name)
    found = [(m, n) for n, pattern in _office_patterns() for m in [pattern.search(folded)] if m]
    if not found:
        return None
    match, canon = min(found, key=lambda f: (f[0].start(), -len(f[0].group())))
    person = _holder(name)
    rest = (folded[: match.start()] + " " + match.group() + " " + folded[match.end():]).split()
    skip = STOPWORDS | OFFICE_FILLER | _office_words() | {_fold(w) for w in (person or "").split()}
    words = (re.sub(r"^[ld]'|'s?$", "", w) for w in rest)
    return Office(canon, tuple(w for w in words if w and w not in skip), person)


def _holder(name: str) -> str | None:
    """The person an office name ends with: the capitalised words after its last office or title word."""
    words = re.sub(r"[,;:()]", " ", name).split()
    run: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        run.insert(0, word)
    office_words = _office_words()
    cut = max((i + 1 for i, w in enumerate(run) if _fold(w).removesuffix("'s") in office_words), default=-1)
    if cut < 0 and len(run) == len(words):
        return None  # no office word inside the run and nothing before it: a name with no office beside it
    holder = run[max(cut, 0):]
    if not 2 <= len(holder) <= 3 or any(_fold(w) in office_words for w in holder):
        return None
    return " ".join(holder)


def _same_place_word(a: str, b: str) -> bool:
    """ "peru", "peruvian", "peruvienne", "syrian", "sirio": one place in different grammar (a shared stem)."""
    if a == b:
        return True
    sa, sb = _stem(a), _stem(b)
    short, long = sorted((sa, sb), key=len)
    return len(short) >= 3 and long.startswith(short)


def _stem(word: str) -> str:
    word = word.replace("y", "i")  # "Syrian", "sirio"
    for ending in DEMONYM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _qualifier_covers(wide: tuple[str, ...], narrow: tuple[str, ...]) -> bool:
    return all(any(_same_place_word(w, n) for n in narrow) for w in wide)


def _same_office(a: Office, b: Office) -> bool:
    if a.name != b.name or (a.person is None) != (b.person is None):
        return False
    if a.person and b.person:
        return _fold(a.person) == _fold(b.person)
    return len(a.qualifier) == len(b.qualifier) and _qualifier_covers(a.qualifier, b.qualifier)


def _office_narrows(general: Office, specific: Office) -> bool:
    """ "the police" -> "Miami-Dade police"; "the regional governor" -> "governor Rosa Quispe"."""
    if general.name != specific.name or general.person:
        return False
    if specific.person:
        return True
    return len(general.qualifier) < len(specific.qualifier) and _qualifier_covers(general.qualifier,
                                                                                  specific.qualifier)


def _content_tokens(name: str, kind: Kind) -> list[str]:
    folded = _strip_noise(_fold(name), kind)
    return [tok for tok in re.split(r"[\s']+", folded) if tok and tok not in STOPWORDS]


def _fuzzy_same(a: str, b: str, kind: Kind) -> bool:
    """Multi-word names with a high token-set ratio that share two content words and differ only harmlessly.

    Harmless: one name's words are all in the other and both start alike ("Syrian army" in "Syrian Arab
    Army"), or the differing words are near-spellings ("Obsevatory"). "Iranian state television" is not
    "Syrian state television": the words that differ are the ones that say whose.
    """
    ta, tb = _content_tokens(a, kind), _content_tokens(b, kind)
    if len(ta) < 2 or len(tb) < 2 or len(set(ta) & set(tb)) < FUZZY_MIN_SHARED:
        return False
    if fuzz.token_set_ratio(" ".join(ta), " ".join(tb)) < FUZZY_MIN:
        return False
    only_a, only_b = set(ta) - set(tb), set(tb) - set(ta)
    if not only_a or not only_b:
        return ta[0] == tb[0]
    return _near_spellings(sorted(only_a), sorted(only_b))


def _near_spellings(xs: list[str], ys: list[str]) -> bool:
    if len(xs) != len(ys):
        return False
    return all(max(fuzz.ratio(x, y) for y in ys) >= FUZZY_MIN - 5 for x in xs)


def _fuzzy_table_match(name: str, kind: Kind) -> str | None:
    for canon, aliases in _table(kind).items():
        if any(_fuzzy_same(name, alias, kind) for alias in (canon, *aliases)):
            return canon
    return None


def _surname_match(a: str, b: str) -> bool:
    """ "Audi" and "Walid Audi": a bare surname names the person the fuller name does."""
    short, long = sorted((a.strip(), b.strip()), key=lambda s: len(s.split()))
    words = long.split()
    if len(short.split()) != 1 or not 2 <= len(words) <= 3 or len(short) < 3:
        return False
    if any(not w[:1].isupper() or w.casefold() in INSTITUTION_WORDS for w in words):
        return False
    return _fold(words[-1]) == _fold(short) and short[:1].isupper()


@lru_cache(maxsize=8192)
def same(a: str, b: str, kind: Kind) -> bool:
    """True when `a` and `b` name the same source, actor or outlet."""
    if not a.strip() or not b.strip():
        return False
    ca, cb = canonical(a, kind), canonical(b, kind)
    if _fold(ca) == _fold(cb):
        return True
    if _lookup(a, kind) and _lookup(b, kind):
        return False  # both known and different: the tables have decided
    held_a, held_b = (office(a), office(b)) if kind != "outlet" else (None, None)
    if held_a and held_b:
        return _same_office(held_a, held_b)
    return _fuzzy_same(a, b, kind) or (kind == "source" and _surname_match(a, b))


def narrows(general: str, specific: str, kind: Kind) -> bool:
    """True when `specific` names a particular one of what `general` names: "state television" and
    "Syrian state television", "police" and "Miami-Dade police". Callers merge only when one candidate fits."""
    held_g, held_s = office(general), office(specific)
    if kind != "outlet" and held_g and held_s and _office_narrows(held_g, held_s):
        return True
    wide = set(_content_tokens(canonical(general, kind), kind))
    narrow = set(_content_tokens(canonical(specific, kind), kind))
    return bool(wide) and wide < narrow
