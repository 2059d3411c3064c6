"""Who said it: the source of each sentence, as the article names it.

Conventions:
- A claim's source is the nearest one named before the claim in its sentence, else the first after it: in
  "X indicated that seven ..., according to radio Y" it is X (Y only relays X); in "a leader was killed,
  according to the US military, which said four soldiers were injured", both claims go to the US military.
- A person is kept by name ("Walid Audi"), not by the role in apposition ("the director of the hospital").
- Organisations are kept as first written ("The Syrian Observatory for Human Rights (OSDH)", "the OSDH").
- A speaker carries into a later sentence only through a pronoun or a reference. "she", "he" (il, elle, er,
  sie, él, ella, o) are the speaker of the sentence just before, else the nearest person quoted in the last
  three sentences, else they stay as written: unknown rather than wrong. "the NGO", "the ministry" are the
  nearest source that is no person; "the same source", "the statement" the nearest source; "the Observatory"
  the last named source whose name contains "Observatory". A sentence naming its own source ("according to
  X") drops its pronoun speakers.
- "“...,” said X" and "..., X said" both name X.
- A sentence with no cue is the outlet's own statement: None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsweave.aliases import INSTITUTION_WORDS
from newsweave.extract.cjk_sources import cjk_sources
from newsweave.extract.tables import LanguageTable, Patterns, compile_any
from newsweave.models import Entity, Span

MAX_SOURCE_WORDS = 12
# Anaphora by kind, per language: personal pronouns point to a person or the last speaker; organisation nouns
# to the last source that is no person ("the NGO", "l'ONG", "la ONG", "die Organisation", "kurum", "المنظمة").
PERSON_PRONOUNS: dict[str, tuple[str, ...]] = {
    "en": ("he", "she"),
    "fr": ("il", "elle"),
    "es": ("él", "ella"),
    "de": ("er", "sie"),
    "tr": ("o",),
    "ar": ("هو", "هي"),
    "zh": ("他", "她"),
    "uk": ("він", "вона"),
}
ORGANISATION_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("ngo", "organisation", "organization", "monitor", "agency", "ministry", "group"),
    "fr": ("l'ong", "l’ong", "ong", "organisation", "ministère", "agence"),
    "es": ("ong", "organización", "organismo", "institución", "ministerio", "agencia"),
    "de": ("ngo", "organisation", "ministerium", "behörde"),
    "tr": ("kurum", "bakanlık", "kuruluş"),
    "ar": ("المنظمة", "الوزارة", "المرصد"),
    "zh": ("该机构", "該機構", "该组织", "該組織"),
    "uk": ("організація", "міністерство", "відомство"),
}
PRONOUN_REACH = 3  # sentences back a personal pronoun may point to a person ("he said" two quotes later)
_PERSON_PRONOUNS = frozenset(w for words in PERSON_PRONOUNS.values() for w in words)
_ORGANISATION_NOUNS = frozenset(w for words in ORGANISATION_NOUNS.values() for w in words)
# where a speaker's phrase before its verb starts: a clause break, a dateline's "(AP) -", a conjunction
_BOUNDARY = re.compile(r"[,،;:\"“”«»()]|\s[-–—]\s|\bthat\b|\bque\b|\bdass\b|\band\b")
_STOP_AFTER = re.compile(
    r"[,،;:.!?\"“”«»(]|\s(?:which|who|that|where|when|qui|que|quien|the same day"
    r"|wurden?|werden|sind|ist|hat|haben|were|was|have|has|ont|fue|fueron|إن|أن|بأن)\s"
)
# English links that open a speaker's clause before the name ("and police said"); each language adds its own links and
# openers (`LanguageTable.source_leading`)
_LINKS = ("while", "and", "but", "whereas", "as", "where")
_RELEASE = r"(?:(?:(?:a|an|the)\s+)?(?:information|statement|news release|press release|release) from\s+)?"


@lru_cache(maxsize=64)
def _leading(leading: tuple[Patterns, Patterns]) -> re.Pattern[str]:
    """What opens a source's phrase and is no part of its name: a link, "a statement from", an opener."""
    links = "|".join(_LINKS + leading[0])
    openers = "".join(f"(?:{p})?" for p in leading[1])
    return re.compile(rf"(?i)^(?:(?:{links})\s+)?{_RELEASE}{openers}")


# a German compound naming what the source gave ("Polizeiangaben zufolge", "nach Polizeiangaben zu ..."): the source
# is its first part, and the compound ends the name
_REPORT_COMPOUND = re.compile(r"(?i)^(\w{3,}?)(?:angaben|berichten|informationen)(?!\w).*")
# What the source gave, after its name in a genitive, per language: "Valilik açıklamasına göre", "Polisin verdiği
# bilgiye göre", "Anadolu Ajansı'nın haberine göre" name the governorate, the police, the agency
STATEMENT_AFTER: dict[str, str] = {
    "tr": r"(?:['’]n?[ıiuü]n|(?<=[a-zçğıöşü]{2})n?[ıiuü]n)?\s+(?:yaptığı\s+|verdiği\s+)?(?:açıklamasına|açıklamaya"
    r"|açıklamalarına|bilgiye|bilgilere|haberine|verilerine|raporuna|ifadesine)$",
}
_STATEMENT_AFTER = re.compile("(?:" + "|".join(STATEMENT_AFTER.values()) + ")")
_ADVERBS = re.compile(
    r"(?i)\s+(?:then|also|later|again|has|have|had|on \w+|earlier|initially|first|previously|in a statement"
    r"|in a press release|initialement|d'abord|inicialmente|primero|zunächst|anfangs|ilk olarak"
    r"|dans un communiqué|en un comunicado|in einer (?:Mitteilung|Erklärung)|في بيان|mit"  # "teilte X mit"
    r"|en (?:una|un) (?:declaración|nota|comunicado|conferencia de prensa|rueda de prensa)|en rueda de prensa"
    r"|dans une (?:déclaration|note)|en conférence de presse|in una nota|in un comunicato|in una dichiarazione"
    r"|auf einer Pressekonferenz|auf Anfrage|sui social(?: media)?|su (?:Twitter|Facebook)|en (?:las )?redes sociales"
    r"|(?:à|a|au|to|al|alla|all['’]|gegenüber)\s*(?:l['’]|la\s+|le\s+|the\s+|der\s+)?"  # "a indiqué X à l'AFP"
    r"(?:AFP|EFE|Reuters|AP|ANSA|dpa|Anadolu|Europa Press|Associated Press|agence \w+)"
    r"|(?:der|dem) (?:Deutschen Presse-Agentur|dpa|Nachrichtenagentur \w+)|لوكالة(?: \w+){1,3})$"
)
# the one told, between a speech verb and its speaker: "a indiqué à l'AFP une source", "dijo a EFE un portavoz"
_RECIPIENT = re.compile(
    r"(?i)^\s*(?:à|a|au|to)\s+(?:l['’]|la\s+|le\s+|the\s+)?"
    r"(?:AFP|EFE|Reuters|AP|ANSA|dpa|Anadolu|Europa Press|la presse|journalistes|periodistas|reporters)\s+"
)
_RELATIVE = re.compile(r"(?i)^(?:which|who|that|it|this|there|qui|que|quien|der|die|das)$")
_VERBISH = re.compile(
    r"(?i)\b(?:was|were|is|are|been|be|has|have|had|will|would|(?:was|were|is|are|has|have|had|do|does|did)n['’]t"
    r"|est|sont|ont|été|était|fue|fueron|han|sido|wurde"
    r"|wurden|sind)\b"
)
# The end of a reported clause before a sentence-final speech verb, per language: Turkish nominalised verbs in the
# accusative ("Yetkililer, saldırıda üç kişinin öldüğünü açıkladı": the speaker is the subject before the comma)
REPORTED_CLAUSE_ENDS: dict[str, str] = {"tr": r"\w+(?:[dt][ıiuü]ğ|[ae]ceğ|[ae]cağ)[ıiuü]n[ıiuü]"}
_REPORTED_END = re.compile("(?:" + "|".join(REPORTED_CLAUSE_ENDS.values()) + r")$")
_COUNT = re.compile(r"(?<![\w-])\d+(?![\w-])")  # "... 5 kişinin hayatını kaybettiğini duyurdu": a clause, no speaker
# English words that open no speaker's name; each language adds its own (`LanguageTable.not_speaker_start`)
_FUNCTION_WORDS = ("of", "to", "in", "on", "at", "that", "for", "from", "by", "with")
# a day named right after a speech verb, before the speaker: "ce jeudi", "este viernes", "am Freitag"
# "сообщили в среду два источника", "disse na sexta-feira a polícia"
_DAY_BEFORE = r"^\s*(?:(?:ce|este|el|am|le|na|no|в|во|у|w|we)\s+)?(?<!\w)"
_DAY_BEFORE_END = r"\s+(?:(?:ce|este|el|am|le|on|this|last)\s+)?(?<!\w)"
_DAY_AFTER = (
    r"(?:\s+(?:soir|matin|après-midi|por la (?:mañana|tarde|noche)|abend|morgen|morning|afternoon|evening"
    r"|night))?(?!\w)"
)
# A speech verb with its subject pronoun after it, per language: "a-t-elle précisé", "ajoute-t-il", "ont-ils dit".
INVERTED_PRONOUNS: dict[str, str] = {"fr": r"-(?:t-)?(ils?|elles?)\b"}
_INVERTED_PRONOUN = re.compile("(?i)" + "|".join(INVERTED_PRONOUNS.values()))
# Titles written with a full stop before a name, per language: "Sgt. Ben Beall", "Lt. Col. ...", "M. Dupont".
TITLE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "en": (
        "Sgt",
        "Lt",
        "Capt",
        "Cpl",
        "Det",
        "Insp",
        "Col",
        "Gen",
        "Maj",
        "Supt",
        "Gov",
        "Sen",
        "Rep",
        "Dr",
        "Mr",
        "Mrs",
        "Ms",
        "Prof",
        "Dep",
        "Ofc",
        "Sheriff's Lt",
    ),
    "fr": ("M", "Mme", "Mgr", "Dr", "Pr"),
    "es": ("Sr", "Sra", "Dr", "Dra", "Lic", "Gral"),
    "de": ("Dr", "Prof", "Hr", "Fr"),
    "tr": ("Dr", "Prof", "Av", "Doç"),
    "ar": (),
}
_TITLE_BEFORE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted({t for ts in TITLE_ABBREVIATIONS.values() for t in ts}, key=len, reverse=True))
    + r")$"
)
_NAME = re.compile(r"^(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3}$")


def _phrase_after(text: str, start: int, end: int, table: LanguageTable) -> str:
    """The words after a cue up to a clause break or a speech verb ("wie die Polizei mitteilte"), without a
    leading day ("a indiqué jeudi une source", "informó este viernes la Fiscalía"); a title's full stop ("said
    Sgt. Ben Beall") is no break."""
    stop = _stop_after(text, start, end)
    verb = compile_any(table.speech_verbs).search(text, start, stop) if table.speech_verbs else None
    stop = verb.start() if verb else stop
    ends = compile_any(table.source_stops).search(text, start, stop) if table.source_stops else None
    stop = ends.start() if ends else stop
    phrase = _RECIPIENT.sub("", text[start:stop], count=1)
    if table.weekdays:
        day = compile_any(table.weekdays, prefix=_DAY_BEFORE, suffix=_DAY_AFTER)
        phrase = day.sub("", phrase, count=1)
    return _clean(phrase, table)  # a trailing day ("informaron las autoridades locales el miércoles"): `_without_day`


def _stop_after(text: str, start: int, end: int) -> int:
    """Where a phrase after a cue ends: the first clause break that is not a title's full stop."""
    at = start
    while m := _STOP_AFTER.search(text, at, end):
        if not (m.group().startswith(".") and _TITLE_BEFORE.search(text, start, m.start())):
            return m.start()
        at = m.start() + 1
    return end


def _phrase_before(text: str, start: int, end: int, table: LanguageTable) -> str:
    cut = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
    return _clean(text[cut:end], table)


def _clean(phrase: str, table: LanguageTable) -> str:
    phrase = _leading(table.source_leading).sub("", " ".join(phrase.split()).strip(" .,'’\""))
    phrase = _STATEMENT_AFTER.sub("", _REPORT_COMPOUND.sub(r"\1", phrase))
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _ADVERBS.sub("", phrase)
    words = phrase.split()
    if not words or len(words) > MAX_SOURCE_WORDS or _RELATIVE.match(words[0]) and len(words) == 1:
        return ""
    if re.match(r"\d", phrase):
        return ""
    return phrase


def _subject(text: str, sentence: Span, verb_start: int, entities: Sequence[Entity], table: LanguageTable) -> str:
    """The speaker when a verb follows an appositive: a person's name if one is given, else the subject."""
    head = text[sentence[0] : verb_start]
    parts = [p.strip() for p in head.split(",")]
    if len(parts) >= 2 and _NAME.match(parts[1]):
        return parts[1]
    for ent in sorted(entities, key=lambda e: -e.span[0]):
        if ent.label == "PERSON" and sentence[0] <= ent.span[0] and ent.span[1] <= verb_start:
            return ent.text
    return _clean(parts[0], table) if parts else ""


def _candidates(text: str, sentence: Span, entities: Sequence[Entity], table: LanguageTable) -> list[tuple[int, str]]:
    s, e = sentence
    if not table.spaced:  # Chinese: "据新华社报道", "警方表示，"
        return cjk_sources(text, sentence, table)
    found: list[tuple[int, str]] = []
    if table.source_follows:
        for m in compile_any(table.source_follows, suffix="").finditer(text, s, e):
            found.append((m.start(), _phrase_after(text, m.end(), e, table)))
    if table.source_precedes:
        for m in compile_any(table.source_precedes, prefix=r"(?<=\w)").finditer(text, s, e):
            found.append((m.start(), _phrase_before(text, s, m.start(), table)))
    for m in compile_any(table.speech_verbs).finditer(text, s, e):
        found.append((m.start(), _speaker(text, sentence, m, entities, table)))
    return sorted((p, n) for p, n in ((p, _without_day(n, table)) for p, n in found) if n)


def _without_day(name: str, table: LanguageTable) -> str:
    """A day said with the source is no part of it: "Il Dipartimento della Salute mercoledì ha riferito"."""
    if not table.weekdays or not name:
        return name
    return compile_any(table.weekdays, prefix=_DAY_BEFORE_END, suffix=_DAY_AFTER + r"\W*$").sub("", name)


def _speaker(text: str, sentence: Span, verb: re.Match[str], entities: Sequence[Entity], table: LanguageTable) -> str:
    """The one who speaks: "X said", inverted ", announced state television.", or an appositive subject."""
    if inverted := _INVERTED_PRONOUN.search(verb.group(0)):  # "», a-t-elle précisé.": the pronoun, resolved later
        return next(g for g in inverted.groups() if g).lower()
    before = _after_last_verb(_phrase_before(text, sentence[0], verb.start(), table), table)
    head = text[sentence[0] : verb.start()]
    starts_badly = compile_any(_FUNCTION_WORDS + table.not_speaker_start, prefix="^", suffix=r"\b")
    if before and not _RELATIVE.match(before.split()[0]) and not _clause(before) and not starts_badly.match(before):
        return before
    if not head.strip():  # the verb opens the sentence: "وقال مسؤول ... إن"
        return _phrase_after(text, verb.end(), sentence[1], table)
    if "," in head and not text[verb.end() : sentence[1]].strip(' .!?"”'):  # verb last: "Yetkililer, ... açıkladı."
        subject = _subject(text, sentence, verb.start(), entities, table)
        return "" if _clause(subject) else subject
    if not head.rstrip().rstrip("\"”’'").endswith(","):  # "..., X said" and "“...,” said X"
        return ""
    after = _phrase_after(text, verb.end(), sentence[1], table)
    if after and not starts_badly.match(after) and not re.search(r"\d", after) and not _clause(after):
        return after
    return _subject(text, sentence, verb.start(), entities, table)


def _after_last_verb(phrase: str, table: LanguageTable) -> str:
    """A speaker's phrase holds no speech verb: in "Bronson said deputies told him ..." those who told are the
    deputies (Bronson said the whole, and his own verb names him)."""
    verbs = list(compile_any(table.speech_verbs).finditer(phrase)) if table.speech_verbs else []
    return _clean(phrase[verbs[-1].end() :], table) if verbs else phrase


def _clause(phrase: str) -> bool:
    """A clause rather than a name: it has an auxiliary verb or a count, or ends as a reported clause does."""
    return bool(_VERBISH.search(phrase) or _COUNT.search(phrase) or _REPORTED_END.search(phrase))


@dataclass(frozen=True)
class _Named:
    """A source named earlier in the article: its name, the sentence that named it, whether it is a person."""

    name: str
    sentence: int
    person: bool


def _resolve(name: str, named: Sequence[_Named], here: int, table: LanguageTable) -> tuple[str, bool]:
    """(source, is_new_name): anaphora and short definite names point back to an earlier source.

    A personal pronoun ("she then specified") is the speaker of the sentence just before, else the nearest
    earlier person; with neither, the pronoun stays as written (unknown rather than wrong). An organisation
    noun ("the NGO", "le ministère") is the nearest earlier source that is no person; other references ("the
    same source") the nearest source.
    """
    if compile_any(table.source_anaphora, prefix=r"^", suffix=r"$").match(name):
        return _antecedent(name, named, here) or name, False
    m = re.match(r"(?i)^(?:the|la|le|el|die|der|das)\s+([A-Z]\w+)$", name)
    if m:
        for earlier in reversed(named):
            if m.group(1).lower() in earlier.name.lower() and earlier.name.lower() != name.lower():
                return earlier.name, False
    return name, True


def _antecedent(anaphor: str, named: Sequence[_Named], here: int) -> str | None:
    word = anaphor.casefold().split()[-1]
    if word in _PERSON_PRONOUNS:
        previous = [n for n in named if n.sentence == here - 1]
        persons = [n for n in named if n.person and here - n.sentence <= PRONOUN_REACH]
        chosen = previous or persons
        return chosen[-1].name if chosen else None
    if word in _ORGANISATION_NOUNS:
        bodies = [n for n in named if not n.person]
        return bodies[-1].name if bodies else (named[-1].name if named else None)
    return named[-1].name if named else None


def _is_person(name: str, sentence: Span, entities: Sequence[Entity]) -> bool:
    """A name spaCy tags as a person: "Walid Audi", "Police chief Ali Demir" (a title before the name), not
    "the Audi hospital" (an institution word after it)."""
    folded = name.casefold()
    persons = [e.text.casefold() for e in entities if e.label == "PERSON" and sentence[0] <= e.span[0] < sentence[1]]
    if any(folded.endswith(p) for p in persons):
        return True
    return not any(w in INSTITUTION_WORDS for w in re.findall(r"\w+", folded)) and any(p in folded for p in persons)


def _is_pronoun(name: str, table: LanguageTable) -> bool:
    return name.casefold() in _PERSON_PRONOUNS and bool(
        compile_any(table.source_anaphora, prefix=r"^", suffix=r"$").match(name)
    )


Sources = tuple[tuple[int, str], ...]


def sentence_sources(
    text: str, sentences: Sequence[Span], entities: Sequence[Entity], table: LanguageTable
) -> list[Sources]:
    """Each sentence's sources as (position, name), back-references resolved in reading order.

    A speaker carries into a later sentence only through a pronoun or a reference ("she then specified",
    "the NGO said"); a sentence that names its own source ("according to X") drops its pronoun speakers.
    """
    named: list[_Named] = []
    result: list[Sources] = []
    for index, sentence in enumerate(sentences):
        found = _candidates(text, sentence, entities, table)
        if any(not _is_pronoun(raw, table) for _, raw in found):
            found = [(p, raw) for p, raw in found if not _is_pronoun(raw, table)]
        resolved = []
        for position, raw in found:
            source, new = _resolve(raw, named, index, table)
            earlier = next((n for n in reversed(named) if n.name == source), None)
            if new or earlier is not None:  # a pronoun left unresolved is no antecedent for the next one
                person = earlier.person if earlier else _is_person(source, sentence, entities)
                named.append(_Named(source, index, person))
            resolved.append((position, source))
        result.append(tuple(resolved))
    return result


def source_at(sources: Sources, position: int | None) -> str | None:
    """Who states what sits at `position`: the nearest source named before it, else the first after it.

    "X indicated that seven soldiers ..., according to radio Y" -> X; "53 were killed, announced state
    television" -> state television; without a position, the sentence's first source.
    """
    if not sources:
        return None
    if position is None:
        return sources[0][1]
    before = [name for p, name in sources if p <= position]
    return before[-1] if before else sources[0][1]
