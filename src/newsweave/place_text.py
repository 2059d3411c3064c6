"""Reading a text for place names: candidate spans, US datelines, relations, and what is not a place.

`places` resolves what this module finds. Everything here works on the text and the NER's entities;
the gazetteer is consulted only to know which n-grams are names at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module

from newsweave import place_tables as tables
from newsweave.gazetteer import ADMIN1, COUNTRY, COUNTY, TOWN, Gazetteer
from newsweave.models import Entity, PlaceMention
from newsweave.place_names import arabic_variants, bare_key, name_key, saint_variants, script_of

Span = tuple[int, int]
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MAX_WORDS = 4

WORD = re.compile(r"\w+(?:-\w+)*")
_JOINER = re.compile(r"[ '’]|\. ")
_STATE_AFTER = re.compile(r",\s{1,2}|,(?=[A-Z][A-Za-z.]{1,5}\.)")  # "JACKSON,Tenn.": no space before an abbreviation
_ABBREVIATED_AFTER = re.compile(r"\.,\s{1,2}")  # "JACKSON CO., Fla."
_DATELINE_DASH = re.compile(r"\s+[—–-]")
_STATE_NAME = re.compile(r"[A-Z]{2}\b|[A-Z][a-z]+(?: [A-Z][a-z]+)?")
_SENTENCE_END = re.compile(r"[.!?\n]\s")
_RELATION_AFTER_WORDS = re.compile(r"\w+")
_LEADING_ARTICLE = re.compile(r"(?:the|la|le|les|el|los|las|der|die|das)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")
_DATELINE = re.compile(r"(?:,[^\n—–(]{1,25})?\s*(?:\([^)\n]{1,30}\)\s*)?[—–(:-]")
_AGE_BEFORE = re.compile(r"(?:,\s*|\bage\s+)\d{1,3},?$")  # "Carter, 23," before "of Fontaine"
_SUFFIX_AFTER = re.compile(r"['’](?!s\b)[^\W\d_]{1,5}\b")  # Turkish "Tahran'da", "Ağrı'nın"; not "'s"


def word_spans(text: str) -> list[Span]:
    """The words of a text (hyphenated ones whole: "al-Sukhnah"), numbers left out."""
    return [m.span() for m in WORD.finditer(text) if not m.group().isdigit()]


@dataclass(frozen=True)
class Candidate:
    span: Span
    entity: bool  # inside a GPE/LOC/FAC entity
    words: int


def relation(text: str, span: Span, language: str) -> str | None:
    """The relative phrasing around a mention ("to the southwest of the town of" -> "southwest of")."""
    before = _left_window(text, span[0]).casefold()
    for words in _settlement_words(language):
        if _ends_with_words(before, words):
            before = before[: -len(words)].rstrip()
            break
    last = before.rsplit(maxsplit=1)[-1] if before.strip() else ""
    for phrase, canonical in _relations(language).get(last, ()):
        if _ends_with_words(before, phrase):
            return canonical
    after = _RELATION_AFTER_WORDS.findall(text[span[1] : span[1] + 60].casefold())[:3]
    after_table = _after_relations(language)
    return next((after_table[word] for word in after if word in after_table), None)


def settlement(text: str, span: Span, language: str) -> bool:
    """A word after the name makes it a town or district ("Azez ilçesinde")."""
    after = _RELATION_AFTER_WORDS.match(text[span[1] : span[1] + 30].casefold().lstrip(" '’"))
    return after is not None and after.group() in _table("SETTLEMENT_AFTER", language)


# --- candidates -------------------------------------------------------------------------------------


def find_candidates(
    text: str, words: list[Span], entities: Sequence[Entity], gazetteer: Gazetteer, taken: set[Span], language: str
) -> list[Candidate]:
    """Name-shaped n-grams the gazetteer knows (longest first), plus place entities it does not."""
    place_spans = [(e.span, e.label) for e in entities if e.label in PLACE_LABELS]
    found: list[Candidate] = []
    index = 0
    while index < len(words):
        size = _longest_known(text, words, index, gazetteer, stopwords(language))
        if size:
            span = (words[index][0], words[index + size - 1][1])
            if not any(overlaps(span, other) for other in taken):
                supported = any(
                    _supported_by(text, span, e, label)
                    for e, label in place_spans
                    if e[0] <= span[0] and span[1] <= e[1]  # inside(), inlined: a hot loop
                )
                found.append(Candidate(span, supported, size))
            index += size
        else:
            index += 1
    found += _cued_unknowns(text, words, found, taken, language)
    for entity_span, _ in place_spans:
        span = strip_article(text, entity_span)
        clash = any(overlaps(span, c.span) for c in found) or any(overlaps(span, t) for t in taken)
        if span[0] < span[1] and not clash:
            found.append(Candidate(span, True, len(WORD.findall(text[span[0] : span[1]]))))
    return sorted(found, key=lambda c: c.span)


def _cued_unknowns(
    text: str, words: list[Span], found: list[Candidate], taken: set[Span], language: str
) -> list[Candidate]:
    """Unknown capitalised words right after "southeast of the town of" (or before "güneydoğusunda"):
    transliterations the gazetteer spells otherwise ("Sojne", "Suchna"), for the sound match; and, in a language
    that declines its place names, a capitalised word after "в", "у", "w" ("в Киеве", "у Києві", "w Kabulu"),
    whose nominative `places` looks up."""
    busy = {at for start, end in [c.span for c in found] + list(taken) for at in range(start, end)}
    declines = language[:2] in tables.CASE_ENDINGS
    cued = []
    for span in words:
        word = text[span[0] : span[1]]
        if script_of(word) == "latin" and not _capitalised(word):
            continue
        if busy.isdisjoint(range(*span)) and (
            relation(text, span, language) is not None
            or settlement(text, span, language)
            or (declines and word[:1].isupper() and locative(text, span, language))
        ):
            cued.append(Candidate(span, False, 1))
    return cued


def _supported_by(text: str, span: Span, entity: Span, label: str) -> bool:
    """The NER backs a name when its entity is that name, give or take "the", "South", "province", ", Wash."."""
    if not inside(span, entity):
        return False
    extra = text[entity[0] : span[0]] + " " + text[span[1] : entity[1]]
    if extra.strip() and label == "FAC":
        return False  # "Barack Obama School", "Sherman Boulevard"
    return extra.lstrip().startswith(",") or all(
        w.casefold() in tables.NAME_FRAME_WORDS or w in tables.NAME_PARTICLES for w in WORD.findall(extra)
    )


def _longest_known(text: str, words: list[Span], index: int, gazetteer: Gazetteer, stopwords: frozenset[str]) -> int:
    """How many words from `index` on form the longest name the gazetteer knows (0: none)."""
    first = text[words[index][0] : words[index][1]]
    if script_of(first) == "latin" and not _capitalised(first):
        return 0
    for size in range(min(MAX_WORDS, len(words) - index), 0, -1):
        group = words[index : index + size]
        if not _name_shaped(text, group):
            continue
        if size == 1 and text[group[0][0] : group[0][1]].casefold() in stopwords and not text[group[0][0]].isupper():
            continue
        if _an_initial(text, group[-1]):
            continue  # "The D.C. region" is no "The D" (Detroit)
        if _known(gazetteer, name_key(text[group[0][0] : group[-1][1]])):
            return size
    return 0


def _an_initial(text: str, span: Span) -> bool:
    """A single letter followed by a period: an initial or an abbreviation's first letter ("D.C.", "J. Smith")."""
    return span[1] - span[0] == 1 and text[span[1] : span[1] + 1] == "."


def _name_shaped(text: str, group: list[Span]) -> bool:
    """Adjacent words; in Latin script the first and last capitalised, the inner ones names or particles."""
    for (start0, end), (start, _) in zip(group, group[1:], strict=False):
        joiner = _JOINER.fullmatch(text[end:start])
        if joiner is None or (joiner.group() == ". " and end - start0 > 3):  # "St. Louis", not "Syria. Iraq"
            return False
    first, last = text[group[0][0] : group[0][1]], text[group[-1][0] : group[-1][1]]
    if script_of(first) != "latin":
        return True
    inner = [(text[s:e], text[s - 1]) for s, e in group[1:-1]]
    return (
        _capitalised(first)
        and _capitalised(last)
        and all(_capitalised(w) or w in tables.NAME_PARTICLES or _possessive(w, mark) for w, mark in inner)
    )


def _possessive(word: str, mark: str) -> bool:
    """The "s" of "Prince George's County", "St. Mary's County"."""
    return word == "s" and mark in "'’"


def _capitalised(word: str) -> bool:
    """ "Homs", "HOMS", and "al-Sukhnah" (a lowercase Arabic article before a capitalised name)."""
    if word[0].isupper():
        return True
    article, _, rest = word.partition("-")
    return bool(rest) and rest[0].isupper() and article in tables.ARABIC_ARTICLES


def county_key(key: str) -> str:
    """The key with a short county word written out ("burke co" -> "burke county"), in any language's table."""
    head, _, last = key.rpartition(" ")
    if not head:
        return key
    for table in tables.COUNTY_ABBREVIATIONS.values():
        if last in table:
            return f"{head} {table[last]}"
    return key


def _known(gazetteer: Gazetteer, key: str) -> bool:
    if script_of(key) == "arabic":
        keys: tuple[str, ...] = (key, *arabic_variants(key))
    else:
        county = county_key(key)
        keys = (key, county, *saint_variants(county))  # "St. Johns County" is "Saint Johns County" there
    return any(gazetteer.find(kind, k) for kind in (TOWN, ADMIN1, COUNTY, COUNTRY) for k in keys)


def strip_article(text: str, span: Span) -> Span:
    """An entity's span without a leading article, surrounding blanks, punctuation or possessive "'s"."""
    start, end = span
    while start < end and not text[start].isalnum():
        start += 1
    match = _LEADING_ARTICLE.match(text, start, end)
    start = match.end() if match else start
    possessive = _POSSESSIVE.search(text, start, end)
    end = possessive.start() if possessive else end
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


# --- US datelines: "PUYALLUP, Wash." ----------------------------------------------------------------


def state_hints(text: str, words: list[Span], gazetteer: Gazetteer) -> dict[Span, str]:
    """Spans of US state names or abbreviations written right after "City, " -> state code."""
    hints: dict[Span, str] = {}
    for index, (start, end) in enumerate(words):
        comma = _STATE_AFTER.match(text, end) or _ABBREVIATED_AFTER.match(text, end)
        word = text[start:end]
        if comma is None or not word[0].isupper():
            continue
        found = _state_at(text, comma.end(), gazetteer)
        if found is None:
            continue
        abbreviated = text[found[0][0] : found[0][1]] in _ABBREVIATIONS
        generic = word.casefold() in tables.STOPWORDS["en"]
        if not generic or abbreviated or _ends_a_name(text, words, index) or _opens_a_line(text, start):
            hints[found[0]] = found[1]  # "PUYALLUP, Wash.", "Hope, Ark.", "READING, Pa." (a town named like a word)
    for abbreviation, code in tables.STANDALONE_US_REGIONS.items():  # "D.C. police"
        for match in re.finditer(rf"(?<![\w.]){re.escape(abbreviation)}", text):
            hints.setdefault(match.span(), code)
    return hints  # but not "On Tuesday, Washington said"


_ABBREVIATIONS = frozenset(tables.US_STATE_ABBREVIATIONS) | {a.rstrip(".") for a in tables.US_STATE_ABBREVIATIONS}


def _opens_a_line(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _ends_a_name(text: str, words: list[Span], index: int) -> bool:
    """A generic word ("Beach", "County") that closes a longer capitalised name ("West Palm Beach")."""
    if index == 0 or text[words[index - 1][1] : words[index][0]] not in (" ", "-"):
        return False
    previous = text[words[index - 1][0] : words[index - 1][1]]
    return previous[0].isupper() and previous.casefold() not in _function_words("en")


@lru_cache(maxsize=16)
def _function_words(language: str) -> frozenset[str]:
    """spaCy's stop words for a language ("on", "last"), without our table of name-like common words."""
    try:
        words = getattr(import_module(f"spacy.lang.{language}.stop_words"), "STOP_WORDS", ())
    except ImportError:
        words = ()
    return frozenset(w.casefold() for w in words)


def _state_at(text: str, start: int, gazetteer: Gazetteer) -> tuple[Span, str] | None:
    for abbreviation, code in tables.US_STATE_ABBREVIATIONS.items():
        if text.startswith(abbreviation, start):
            return (start, start + len(abbreviation)), code
        bare = abbreviation.rstrip(".")  # "ST. AUGUSTINE, Fla -": a dateline that drops the period
        if "." not in bare and text.startswith(bare, start) and _DATELINE_DASH.match(text, start + len(bare)):
            return (start, start + len(bare)), code
    match = _STATE_NAME.match(text, start)
    if match is None:
        return None
    token = match.group()
    if len(token) == 2 and (("US", token) in gazetteer.admin1_names):
        return match.span(), token
    for number in gazetteer.find(ADMIN1, name_key(token)):
        country, state = gazetteer.where(ADMIN1, number)
        if country == "US" and state is not None:
            return match.span(), state
    return None


def state_mention(text: str, span: Span, code: str, gazetteer: Gazetteer) -> PlaceMention:
    number = next(n for n, row in enumerate(gazetteer.rows[ADMIN1]) if row[0] == "US" and row[1] == code)
    return PlaceMention(span, text[span[0] : span[1]], gazetteer.place(ADMIN1, number))


def state_before(text: str, span: Span, states: dict[Span, str]) -> str | None:
    """The state code of "City, ST" when `span` is the city."""
    comma = _STATE_AFTER.match(text, span[1]) or _ABBREVIATED_AFTER.match(text, span[1])  # "JACKSON CO., Fla."
    if comma is None:
        return None
    return next((code for state_span, code in states.items() if state_span[0] == comma.end()), None)


_COUNTY_AFTER = re.compile(
    r"(?:,\s{1,2}|\s+(?:area|community|section)\s+of\s+)((?:[A-Z][\w'’.-]*\s){1,3}(?:County|Parish))\b"
)  # "in Eureka, Navarro County", "in the Troy area of Gilmer County"


def county_after(text: str, span: Span, gazetteer: Gazetteer) -> frozenset[tuple[str, str | None]]:
    """The regions (country, admin-1 code) of the county written after a town ("in Eureka, Navarro County", "in the
    Troy area of Gilmer County"): the town is one of that county's state, as a state after it would say."""
    match = _COUNTY_AFTER.match(text, span[1])
    if match is None:
        return frozenset()
    key = county_key(name_key(match.group(1)))
    numbers = [n for k in (key, *saint_variants(key)) for n in gazetteer.find(COUNTY, k)]
    return frozenset(gazetteer.where(COUNTY, n) for n in numbers)


def admin1_cue(text: str, span: Span, language: str) -> bool:
    before = _left_window(text, span[0]).casefold()
    after = text[span[1] : span[1] + 25].casefold().lstrip()
    next_word = _RELATION_AFTER_WORDS.match(after)
    if next_word is not None and next_word.group() in _table("ADMIN1_AFTER", language):
        return True
    return any(_ends_with_words(before, cue) for cue in _table("ADMIN1_BEFORE", language))


# --- common words and other entities ----------------------------------------------------------------


def common_word(text: str, candidate: Candidate, surface: str, language: str) -> bool:
    """A lone word that the language uses as an ordinary word ("May", "Police", "Mobile home")."""
    if candidate.words > 1 or script_of(surface) not in ("latin", "arabic", "cyrillic"):
        return False
    word = surface.casefold()
    if surface.isupper() and len(surface) <= 3:
        return False  # an acronym: "US", "UAE"
    if word in stopwords(language):
        return True
    if candidate.entity or script_of(surface) != "latin":
        return False
    return surface.lower() in _lowercase_words(text)


@lru_cache(maxsize=4)
def _lowercase_words(text: str) -> frozenset[str]:
    """The words a text writes in lowercase ("mobile home"), each hyphenated word also in its parts."""
    words = set(WORD.findall(text)) | set(re.findall(r"\w+", text))
    return frozenset(w for w in words if w.islower())


def inside_other_entity(span: Span, entities: Sequence[Entity], text: str) -> bool:
    """Part of a longer name: a person ("Hamza al-Homsi"), or an organisation or building that is not named
    after the place ("Sham FM", "Barack Obama School"; but "Puyallup Police Department", "hôpital de Palmyre")."""
    start, end = span
    for entity in entities:
        if entity.span[0] > start or entity.span[1] < end or entity.span == span:  # inside(), inlined: a hot loop
            continue
        if entity.label in PLACE_LABELS and _supported_by(text, span, entity.span, entity.label):
            continue
        words = {w.casefold() for w in WORD.findall(text[entity.span[0] : entity.span[1]])}
        if not (words & tables.INSTITUTION_WORDS and _heads_or_follows_a_particle(text, span, entity.span)):
            return True  # a person ("Hamza al-Homsi"), unless the NER mislabels "Sylvester Police" as one
    return False


def _heads_or_follows_a_particle(text: str, span: Span, entity: Span) -> bool:
    """ "Puyallup Police", "University of Texas", "hôpital de Palmyre"; not "Barack Obama School"."""
    if strip_article(text, entity)[0] == span[0]:
        return True
    previous = WORD.findall(text[entity[0] : span[0]])
    return bool(previous) and previous[-1].casefold() in tables.NAME_PARTICLES | {"d"}


def locative(text: str, span: Span, language: str) -> bool:
    """A word that puts a place after it ("in", "nach", "près de", "في"), or a Turkish case suffix ("Ağrı'da")."""
    before = _left_window(text, span[0]).casefold()
    previous = before.rsplit(maxsplit=1)[-1] if before.strip() else ""
    if previous in _table("LOCATIVE_BEFORE", language) or previous.endswith(("'", "’")):
        return True
    surface = text[span[0] : span[1]]
    if script_of(surface) == "arabic" and surface.startswith(tables.ARABIC_LOCATIVE_CLITICS):
        return True
    return bool(_SUFFIX_AFTER.match(text, span[1]))


def demonym_countries(text: str) -> list[str]:
    """The country of every demonym in the text ("Syrian", "syrienne", "سورية"), once per word."""
    found = []
    for match in WORD.finditer(text):
        word = bare_key(name_key(match.group()))
        stems = _demonym_stems().get(word[:3])
        if stems:
            found += [country for stem, country in stems if _inflects(word, stem)]
    return found


def _inflects(word: str, stem: str) -> bool:
    return word.startswith(stem) and word[len(stem) :] in tables.DEMONYM_ENDINGS


@lru_cache(maxsize=1)
def _demonym_stems() -> dict[str, tuple[tuple[str, str], ...]]:
    """Stems by their first three letters, so each word of a text is checked against a few."""
    by_head: dict[str, list[tuple[str, str]]] = {}
    for country, stems in tables.DEMONYMS.items():
        for stem in stems:
            key = name_key(stem)
            by_head.setdefault(key[:3], []).append((key, country))
    return {head: tuple(entries) for head, entries in by_head.items()}


def owner_of_an_organisation(text: str, span: Span, language: str) -> bool:
    """A country that owns what follows or precedes it ("the US military", "France 24", "armée de la France"):
    it says whose organisation spoke or acted, not where anything happened."""
    after = text[span[1] : span[1] + 30].casefold()
    if _words_pattern("OWNER_AFTER", language, r"[\s-]+(?:{})\b").match(after):
        return True
    before = text[max(0, span[0] - 40) : span[0]].casefold()
    article = r"(?:\s+(?:la|le|les|l'|l’|el|los|las|der|die|des))?\s*$"
    return _words_pattern("OWNER_BEFORE", language, r"\b(?:{})" + article).search(before) is not None


def residence(text: str, span: Span, entities: Sequence[Entity], language: str) -> bool:
    """Where someone lives ("Michael Carter, 23, of Fontaine", "a resident of Magnolia", "vecino de Soria"),
    which is not where the event happened."""
    before = _left_window(text, span[0]).casefold()
    if any(_ends_with_words(before, phrase) for phrase in _table("RESIDENCE_BEFORE", language)):
        return True
    if language != "en" or not before.endswith(" of"):
        return False
    head = text[: span[0]].rstrip()[:-2].rstrip()  # the text before "of"
    if _AGE_BEFORE.search(head):
        return True
    people = [e.span for e in entities if e.label in ("PERSON", "PER")]
    return any(end == len(head.rstrip(",")) for _, end in people)


def aftermath(text: str, span: Span, language: str) -> bool:
    """Where the wounded were taken or a suspect held ("taken to a hospital in Kansas City", "flown to a Memphis
    hospital"), not the scene."""
    before = _left_window(text, span[0]).casefold()
    if any(_ends_with_words(before, phrase) for phrase in _table("AFTERMATH_BEFORE", language)):
        return True
    if not _words_pattern("HOSPITAL_AFTER", language, r"\s+(?:{})\b").match(text[span[1] : span[1] + 30].casefold()):
        return False
    head, _, last = before.rpartition(" ")
    before = head if last in _table("ARTICLES_BEFORE_A_NOUN", language) else before
    return any(_ends_with_words(before, phrase) for phrase in _table("AFTERMATH_BEFORE", language))


def resident_after(text: str, span: Span, language: str) -> bool:
    """A town before a word for its people ("A Dacula teenager", "the Columbus man"): where someone lives, which the
    body, like a headline, gives apart from the scene ("... shot himself ... near Maysville")."""
    return bool(_words_pattern("HEADLINE_RESIDENT_AFTER", language, r"(?i)\s+(?:{})\b").match(text, span[1]))


_VICINITY_GAP = r"(?:['’]s(?:\s+[a-z][\w-]*){0,2}|-|\s+)"  # "Atlanta's northeastern suburbs", "Houston-area"


def served_in(text: str, span: Span, language: str) -> bool:
    """A place named for someone's service ("an Iraq war veteran", "a Vietnam vet"): not the scene."""
    return bool(_words_pattern("SERVICE_AFTER", language, r"(?i)\s*(?:{})\b").match(text, span[1]))


def vicinity(text: str, span: Span, language: str) -> bool:
    """A town named as the middle of a wider area ("in Atlanta's northeastern suburbs", "the Houston area",
    "suburban Boynton"): a frame for the scene, not the scene."""
    if _words_pattern("VICINITY_AFTER", language, r"(?i)" + _VICINITY_GAP + r"\s*(?:{})\b").match(text, span[1]):
        return True
    before = _left_window(text, span[0]).casefold()
    return any(_ends_with_words(before, phrase.casefold()) for phrase in _table("VICINITY_BEFORE", language))


def neighbourhood(text: str, span: Span, language: str) -> bool:
    """A part of some town ("the West Pullman neighborhood", "quartier de Belleville"): not a town elsewhere."""
    return bool(
        _words_pattern("NEIGHBOURHOOD_AFTER", language, r"\s+(?:{})\b").match(text[span[1] : span[1] + 30].casefold())
    )


def block_of(text: str, span: Span, language: str) -> bool:
    """A street after "the 11000 block of" ("South Ewing"), whatever the NER says."""
    before = _left_window(text, span[0]).casefold()
    return any(_ends_with_words(before, phrase) for phrase in _table("NEIGHBOURHOOD_BEFORE", language))


def tail_of_a_name(text: str, span: Span, language: str) -> bool:
    """A capitalised word after "Mt.", "Fort" or "Lake" ("Mt. Oliver", "Lake Highlands"): the rest of a name the
    gazetteer does not know as a whole, not a town of its own."""
    before = text[max(0, span[0] - 12) : span[0]]
    head = before.rstrip().rsplit(maxsplit=1)[-1] if before.strip() else ""
    return (
        bool(head)
        and head[0].isupper()
        and before.endswith(" ")
        and head.casefold() in _table("NAME_HEAD_BEFORE", language)
    )


_AGE_AFTER = re.compile(r",\s*\d{1,3},")  # "Watford, 50, was on the phone"


def a_person_by_context(text: str, span: Span, language: str) -> bool:
    """A name given an age ("Watford, 50,"), not after "in" or "at", or a relative or a death ("Weston's
    girlfriend", "charged in Hanna's death"): a person."""
    possessed = _words_pattern("PERSON_POSSESSED", language, r"['’]s\s+(?:{})\b")
    if possessed.match(text, span[1]) is not None:
        return True
    return not locative(text, span, language) and _AGE_AFTER.match(text, span[1]) is not None


_CAPTION_LINE = re.compile(r"^[ \t]*\d{1,2}:\d{2}[ \t]+\S[^\n]*", re.MULTILINE)


def caption_lines(text: str) -> tuple[Span, ...]:
    """Lines that open with a video's length ("0:14 Scary Boston tractor-trailer spin-out"): a page's playlist of
    other stories, not the report."""
    return tuple(match.span() for match in _CAPTION_LINE.finditer(text))


def area_name(surface: str, language: str) -> bool:
    """ "West Side", "Innenstadt": a part of some town, named by its direction, not a town of its own."""
    return name_key(surface) in _area_keys(language)


@lru_cache(maxsize=16)
def _area_keys(language: str) -> frozenset[str]:
    return frozenset(name_key(name) for name in _table("AREA_NAMES", language))


def local_service(text: str, span: Span, language: str) -> bool:
    """A name its own services carry ("Murray police", "Cameron Police Chief", "la police de Lyon"): a town."""
    after = text[span[1] : span[1] + 20].casefold()
    if _words_pattern("LOCAL_SERVICE_AFTER", language, r"\s+(?:{})\b").match(after):
        return True
    before = _left_window(text, span[0]).casefold()
    return any(_ends_with_words(before, phrase) for phrase in _table("LOCAL_SERVICE_BEFORE", language))


def opens_a_dateline(text: str, span: Span) -> bool:
    """A name that opens a line before a dash or a bracket ("MURRAY —", "PUYALLUP, Wash. —", "HARBOR CITY (CNS)")."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    return not text[line_start : span[0]].strip() and _DATELINE.match(text, span[1]) is not None


def titled(text: str, span: Span, language: str) -> bool:
    """A name right after a title ("Sheriff Lynn Sheffield", "Police Chief Lee Vance"), or the title: a person."""
    return any(start <= span[0] and span[1] <= end for start, end in _titled_names(text, language))


def titled_elsewhere(text: str, span: Span, language: str) -> bool:
    """A word the text gives as a titled person's name elsewhere ("Sheffield says" after "Sheriff Lynn
    Sheffield")."""
    surface = text[span[0] : span[1]]
    return any(surface in text[start:end].split() for start, end in _titled_names(text, language))


@lru_cache(maxsize=4)
def _titled_names(text: str, language: str) -> tuple[Span, ...]:
    titles = "|".join(re.escape(title) for title in _table("PERSON_TITLES", language))
    if not titles:
        return ()
    pattern = rf"(?<![\w.])(?:{titles})\s+((?:[A-Z][a-z][\w'’-]*\.?\s+){{0,2}}[A-Z][a-z][\w'’-]*)\b"
    return tuple(match.span() for match in re.finditer(pattern, text))  # the title too: "Trooper" is no town


def names_an_organisation(text: str, span: Span, entities: Sequence[Entity]) -> bool:
    """A word followed by the rest of an organisation's name that the text writes elsewhere, one that is no town
    service ("Dallas Cowboys fan" beside "the Dallas Cowboys"): the team or the firm, unless cued as a place here
    (`places` asks); a bare "Detroit" beside "the Detroit Free Press" stays the town."""
    surface = text[span[0] : span[1]]
    for entity in entities:
        if entity.label != "ORG" or entity.span == span:
            continue
        words = WORD.findall(text[entity.span[0] : entity.span[1]])
        words = words[1:] if words and words[0].casefold() in _HEAD_ARTICLES else words
        if len(words) > 1 and words[0] == surface and words[1][:1].isupper():
            follows = re.match(r"\s+" + re.escape(words[1]) + r"\b", text[span[1] : span[1] + 40]) is not None
            if follows and not {w.casefold() for w in words[1:]} & tables.INSTITUTION_WORDS:
                return True
    return False


_HEAD_ARTICLES = frozenset({"the"})
_MIDDLE_INITIAL = re.compile(r"\s[A-Z]\.\s+[A-Z][a-z]")


def first_name(text: str, span: Span) -> bool:
    """A name before a middle initial ("Justin F. Kimball High School"): a person's first name."""
    return _MIDDLE_INITIAL.match(text, span[1]) is not None


def a_persons_name(surface: str, entities: Sequence[Entity], text: str) -> bool:
    """A word that is part of a full name elsewhere in the text ("Murphy" after "Kenneth Murphy")."""
    for entity in entities:
        if entity.label in ("PERSON", "PER"):
            words = WORD.findall(text[entity.span[0] : entity.span[1]])
            mislabelled = any(w.casefold() in tables.INSTITUTION_WORDS for w in words)  # "Sylvester Police"
            if len(words) > 1 and surface in words and not mislabelled:
                return True
    return False


def street(text: str, span: Span, language: str) -> bool:
    """ "Arlington Avenue", "rue de Paris": a street named after a place is not the place."""
    after = text[span[1] : span[1] + 16]
    before = text[max(0, span[0] - 20) : span[0]].casefold()
    if _words_pattern("STREET_AFTER", language, r"\s+(?:{})\b").match(after):
        return True
    return (
        _words_pattern("STREET_BEFORE", language, r"\b(?:{})\s+(?:(?:de|du|des|del|de la|d')\s*)?$").search(before)
        is not None
    )


def street_by_preposition(text: str, span: Span, language: str) -> bool:
    """A lone capitalised word after "on" that takes no possessive: a street ("shots were fired at a house on
    Winthrop near Clarita"), not a town ("on Detroit's west side")."""
    if " " in text[span[0] : span[1]] or text.startswith(("'", "’"), span[1]):
        return False
    before = text[max(0, span[0] - 12) : span[0]].casefold()
    return _words_pattern("STREET_PREPOSITIONS", language, r"(?<![\w.])(?:{})[ \t]+$").search(before) is not None


_PAIRED_NAME = r"(?:[^\W_][\w.'’-]*\s+){1,3}(?:and|&|et|y|und|ve|و)"  # "Baltimore and ", "105th and "


def street_pair(text: str, span: Span, language: str) -> bool:
    """One of two street names joined by "and" that a plural street word follows or a crossing word precedes
    ("at Bourbon and Iberville streets", "the corner of Baltimore and McHenry"): even the NER takes them for towns."""
    after = text[span[1] : span[1] + 40]
    paired = r"(?:\s+(?:and|&)(?:\s+[^\W\d_][\w.'’-]*){1,3})?"  # "Jones and Lake Mead boulevards"
    if _words_pattern("STREETS_AFTER", language, paired + r"\s+(?:{})\b").match(after):
        return True
    if _words_pattern("STREET_AFTER", language, r"\s+(?:and|&)\s+(?:[^\W\d_][\w.'’-]*\s+){1,2}(?:{})\b").match(after):
        return True  # "Broadway and E Pike", "Bourbon and Iberville Street"
    crossing = _words_pattern("CROSSING_BEFORE", language, r"\b(?:{})(?:\s+the)?(?:\s+" + _PAIRED_NAME + r")?\s*$")
    return crossing.search(_left_window(text, span[0]).casefold()) is not None


@lru_cache(maxsize=16)
def stopwords(language: str) -> frozenset[str]:
    """Our table, the language's number words, and spaCy's stop words for it (no model needed)."""
    words = set(tables.STOPWORDS.get(language, frozenset().union(*tables.STOPWORDS.values())))
    words.update(tables.STOPWORDS_EVERYWHERE)
    words.update(tables.NUMBER_WORDS.get(language, frozenset().union(*tables.NUMBER_WORDS.values())))
    try:
        module = import_module(f"spacy.lang.{language}.stop_words")
        words.update(getattr(module, "STOP_WORDS", ()))
    except ImportError:
        pass
    return frozenset(w.casefold() for w in words)


# --- relations --------------------------------------------------------------------------------------


@lru_cache(maxsize=16)
def _relations(language: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """Relation phrases by their last word, longest first, so a window is checked against a few only."""
    if language in tables.RELATIONS_BEFORE:
        table = tables.RELATIONS_BEFORE[language]
    else:
        table = {phrase: rel for entries in tables.RELATIONS_BEFORE.values() for phrase, rel in entries.items()}
    by_last: dict[str, list[tuple[str, str]]] = {}
    for phrase in sorted(table, key=len, reverse=True):
        by_last.setdefault(phrase.rsplit(maxsplit=1)[-1], []).append((phrase, table[phrase]))
    return {last: tuple(entries) for last, entries in by_last.items()}


@lru_cache(maxsize=16)
def _settlement_words(language: str) -> tuple[str, ...]:
    return tuple(sorted(_table("SETTLEMENT_WORDS", language), key=len, reverse=True))


@lru_cache(maxsize=16)
def _after_relations(language: str) -> dict[str, str]:
    if language in tables.RELATIONS_AFTER:
        return tables.RELATIONS_AFTER[language]
    return {phrase: rel for table in tables.RELATIONS_AFTER.values() for phrase, rel in table.items()}


def _left_window(text: str, start: int) -> str:
    window = text[max(0, start - 100) : start]
    ends = list(_SENTENCE_END.finditer(window))
    return (window[ends[-1].end() :] if ends else window).rstrip(" ,")


def _ends_with_words(text: str, phrase: str) -> bool:
    if not text.endswith(phrase):
        return False
    before = text[: -len(phrase)]
    return not before or not before[-1].isalnum() or phrase[0] in "'’"


def inside(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@lru_cache(maxsize=256)
def _words_pattern(name: str, language: str, template: str) -> re.Pattern[str]:
    """One compiled alternation of a per-language table's entries, put into `template` at "{}"; a table
    with no entries for the language gives a pattern that never matches."""
    words = _table(name, language)
    alternation = "|".join(re.escape(word) for word in words) if words else r"(?!x)x"
    return re.compile(template.replace("{}", alternation))


@lru_cache(maxsize=128)
def _table(name: str, language: str) -> tuple[str, ...]:
    """A per-language table of `place_tables`, merged over all languages for one it does not list."""
    table: dict[str, tuple[str, ...]] = getattr(tables, name)
    return tables.for_language(table, language)
