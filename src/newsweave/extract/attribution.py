"""Who said it: the source of each sentence, as the article names it.

Conventions:
- A claim's source is the nearest one named before the claim in its sentence, else the first after it: in
  "X indicated that seven ..., according to radio Y" it is X (Y only relays X); in "a leader was killed,
  according to the US military, which said four soldiers were injured", both claims go to the US military.
- A person is kept by name ("Walid Audi"), not by the role in apposition ("the director of the hospital").
- Organisations are kept as first written ("The Syrian Observatory for Human Rights (OSDH)", "the OSDH").
- "the same source", "the NGO", "the statement", "she", "he" resolve to the last named source of the article;
  "the Observatory" resolves to the last named source whose name contains "Observatory".
- A sentence with no cue is the outlet's own statement: None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.extract.tables import LanguageTable, compile_any
from newsweave.models import Entity, Span

MAX_SOURCE_WORDS = 12
_BOUNDARY = re.compile(r"[,،;:\"“”«»(]|\bthat\b|\bque\b|\bdass\b|\band\b")
_STOP_AFTER = re.compile(
    r"[,،;:.!?\"“”«»(]|\s(?:which|who|that|where|when|qui|que|quien|the same day"
    r"|wurden?|werden|sind|ist|hat|haben|were|was|have|has|ont|fue|fueron|إن|أن|بأن)\s"
)
_LEADING = re.compile(r"(?i)^(?:while|and|but|whereas|as|alors que|mientras|y|et|und|wie)\s+")
_ADVERBS = re.compile(
    r"(?i)\s+(?:then|also|later|again|has|have|had|on \w+|earlier|in a statement|in a press release"
    r"|dans un communiqué|en un comunicado|in einer (?:Mitteilung|Erklärung)|في بيان|mit"  # "teilte X mit"
    r"|(?:der|dem) (?:Deutschen Presse-Agentur|dpa|Nachrichtenagentur \w+)|لوكالة(?: \w+){1,3})$"
)
# the one told, between a speech verb and its speaker: "a indiqué à l'AFP une source", "dijo a EFE un portavoz"
_RECIPIENT = re.compile(
    r"(?i)^\s*(?:à|a|au|to)\s+(?:l['’]|la\s+|le\s+|the\s+)?"
    r"(?:AFP|EFE|Reuters|AP|ANSA|dpa|Anadolu|Europa Press|la presse|journalistes|periodistas|reporters)\s+"
)
_RELATIVE = re.compile(r"(?i)^(?:which|who|that|it|this|there|qui|que|quien|der|die|das)$")
_VERBISH = re.compile(
    r"(?i)\b(?:was|were|is|are|been|be|has|have|had|will|would|est|sont|ont|été|était|fue|fueron|han|sido|wurde"
    r"|wurden|sind)\b"
)
_COUNT = re.compile(r"(?<![\w-])\d+(?![\w-])")  # "... 5 kişinin hayatını kaybettiğini duyurdu": a clause, no speaker
_FUNCTION_START = re.compile(r"(?i)^(?:of|to|in|on|at|that|for|from|by|with|de|à|en|que|dass)\b")
# a day named right after a speech verb, before the speaker: "ce jeudi", "este viernes", "am Freitag"
_DAY_BEFORE = r"^\s*(?:(?:ce|este|el|am|le)\s+)?(?<!\w)"
_DAY_AFTER = r"(?:\s+(?:soir|matin|après-midi|por la (?:mañana|tarde|noche)|abend|morgen))?(?!\w)"
_NAME = re.compile(r"^(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3}$")


def _phrase_after(text: str, start: int, end: int, table: LanguageTable) -> str:
    """The words after a cue up to a clause break or a speech verb ("wie die Polizei mitteilte"), without a
    leading day ("a indiqué jeudi une source", "informó este viernes la Fiscalía")."""
    m = _STOP_AFTER.search(text, start, end)
    stop = m.start() if m else end
    verb = compile_any(table.speech_verbs).search(text, start, stop) if table.speech_verbs else None
    stop = verb.start() if verb else stop
    phrase = _RECIPIENT.sub("", text[start:stop], count=1)
    if table.weekdays:
        day = compile_any(table.weekdays, prefix=_DAY_BEFORE, suffix=_DAY_AFTER)
        phrase = day.sub("", phrase, count=1)
    return _clean(phrase)


def _phrase_before(text: str, start: int, end: int) -> str:
    cut = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
    return _clean(text[cut:end])


def _clean(phrase: str) -> str:
    phrase = _LEADING.sub("", " ".join(phrase.split()).strip(" .,'’\""))
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


def _subject(text: str, sentence: Span, verb_start: int, entities: Sequence[Entity]) -> str:
    """The speaker when a verb follows an appositive: a person's name if one is given, else the subject."""
    head = text[sentence[0] : verb_start]
    parts = [p.strip() for p in head.split(",")]
    if len(parts) >= 2 and _NAME.match(parts[1]):
        return parts[1]
    for ent in sorted(entities, key=lambda e: -e.span[0]):
        if ent.label == "PERSON" and sentence[0] <= ent.span[0] and ent.span[1] <= verb_start:
            return ent.text
    return _clean(parts[0]) if parts else ""


def _candidates(text: str, sentence: Span, entities: Sequence[Entity], table: LanguageTable) -> list[tuple[int, str]]:
    s, e = sentence
    found: list[tuple[int, str]] = []
    if table.source_follows:
        for m in compile_any(table.source_follows, suffix="").finditer(text, s, e):
            found.append((m.start(), _phrase_after(text, m.end(), e, table)))
    if table.source_precedes:
        for m in compile_any(table.source_precedes, prefix=r"(?<=\w)").finditer(text, s, e):
            found.append((m.start(), _phrase_before(text, s, m.start())))
    for m in compile_any(table.speech_verbs).finditer(text, s, e):
        found.append((m.start(), _speaker(text, sentence, m, entities, table)))
    return sorted((p, n) for p, n in found if n)


def _speaker(text: str, sentence: Span, verb: re.Match[str], entities: Sequence[Entity], table: LanguageTable) -> str:
    """The one who speaks: "X said", inverted ", announced state television.", or an appositive subject."""
    before = _phrase_before(text, sentence[0], verb.start())
    head = text[sentence[0] : verb.start()]
    if before and not _RELATIVE.match(before.split()[0]) and not _clause(before):
        return before
    if not head.strip():  # the verb opens the sentence: "وقال مسؤول ... إن"
        return _phrase_after(text, verb.end(), sentence[1], table)
    if "," in head and not text[verb.end() : sentence[1]].strip(' .!?"”'):  # verb last: "Yetkililer, ... açıkladı."
        subject = _subject(text, sentence, verb.start(), entities)
        return "" if _clause(subject) else subject
    if not head.rstrip().endswith(","):
        return ""
    after = _phrase_after(text, verb.end(), sentence[1], table)
    if after and not _FUNCTION_START.match(after) and not re.search(r"\d", after):
        return after
    return _subject(text, sentence, verb.start(), entities)


def _clause(phrase: str) -> bool:
    """A clause rather than a name: it has an auxiliary verb or a count."""
    return bool(_VERBISH.search(phrase) or _COUNT.search(phrase))


def _resolve(name: str, named: Sequence[str], table: LanguageTable) -> tuple[str, bool]:
    """(source, is_new_name): anaphora and short definite names point back to an earlier source."""
    if compile_any(table.source_anaphora, prefix=r"^", suffix=r"$").match(name):
        return (named[-1], False) if named else (name, False)
    m = re.match(r"(?i)^(?:the|la|le|el|die|der|das)\s+([A-Z]\w+)$", name)
    if m:
        for earlier in reversed(named):
            if m.group(1).lower() in earlier.lower() and earlier.lower() != name.lower():
                return earlier, False
    return name, True


Sources = tuple[tuple[int, str], ...]


def sentence_sources(
    text: str, sentences: Sequence[Span], entities: Sequence[Entity], table: LanguageTable
) -> list[Sources]:
    """Each sentence's sources as (position, name), back-references resolved in reading order."""
    named: list[str] = []
    result: list[Sources] = []
    for sentence in sentences:
        resolved = []
        for position, raw in _candidates(text, sentence, entities, table):
            source, new = _resolve(raw, named, table)
            if new:
                named.append(source)
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
