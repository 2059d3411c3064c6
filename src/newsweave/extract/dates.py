"""When an event happened: which time expressions date the happening, not the report.

- "the prosecutor announced Friday": a date right after a speech verb dates the statement; it is skipped.
- "a similar attack on Saturday", "kidnapped last Saturday": a weekday in a sentence about an earlier happening
  is read against the main event's date (the Saturday before Friday, February 17 is February 11), not against
  the publication date.
- "arrested Sunday", "remained in critical condition Friday night", "am Freitag angeklagt": a date a few words
  after (or, in verb-final languages, before) a follow-up word dates the aftermath; it is skipped too, so a
  follow-up lede does not fix the main event's day (words: the extract table's `aftermath` and
  `time_tables.FOLLOW_UP`) -- unless the happening claims it ("identified the victim of Thursday's homicide").
- `happening`: a date tied to a word of the happening itself ("was shot about 2 a.m. Saturday", "Sunday's
  shooting"; words in `date_tables`). `extract` prefers such days for the main event, and drops the later
  days no happening word claims ("police released photos Tuesday") as its aftermath.
- The main event's day is the earliest one at most `FOLLOW_UP_DAYS` before its first date ("remained in
  critical condition Friday ... was shot Thursday night").
- "told reporters on Tuesday", "said in a statement Tuesday", "could be released as early as Monday", "an
  arrest warrant was issued Monday": statements, releases and custody are aftermath words too (`time_tables`).
- "a shooting last month ... the June 28 shooting": a week or month is refined by the first day inside it that the
  article names anywhere (`refined_in_text`).
- "suspect in Saturday shooting", "an early Sunday morning shooting": a date modifying the happening noun dates it
  (`date_tables.ATTRIBUTIVE`; not "an overnight shooting").
- With no event date, the main event takes the headline's happening day (`title_day`), else the earliest day the
  text names at most `NAMED_DAYS` before publication ("was arraigned Wednesday": the happening is on or before
  the first news of it; `named_day_fallback`), else `publication_fallback` gives the publication day (measured
  on GVA: right in 41 % of such reports, the day before in 27 %); the caller gives none of these a claim.
- A follow-up lede ("a judge set bond today ... the shooting last month") does not fix the main event's day: the
  day a happening word claims in the opening ("was shot in the right thigh Dec. 14") anchors it, and its sentence
  stays in the main event (`segment.SentenceCues.happening`). Such a day (`settles`) is moved by `earliest_before`
  only to an earlier day a happening word also claims ("shot and killed Friday" is not moved by "his wife, shot
  on Thursday"); "overnight" is not precise enough to settle.
- "since Friday night" starts a state, not the happening (`date_tables.PERIOD_START`), unless a happening word
  claims it ("were wounded since Tuesday afternoon").
- "arrested Friday for shooting a man": a preposition is no date modifier (`date_tables.ATTRIBUTIVE`); "prosecutors
  Wednesday filed a charge": an aftermath verb right after the date dates the aftermath
  (`time_tables.FOLLOW_UP_RIGHT_AFTER`); a year that holds the publication day dates nothing (`says_nothing`).
- "released Saturday hours after his son shot him", "arrested Thursday, a day after police discovered four relatives
  fatally shot": the day counted back to the clause after it (`time_tables.ANTECEDENT`) is the happening's when that
  clause opens with a happening word (`date_tables.LEADS_CLAUSE`); a clock time between "since" and its day does not
  count as words ("had not seen him since 11:30 p.m. Tuesday night"; "police were called at 12:31 a.m. Wednesday"
  and "arrested at 5 p.m. Friday" are left as they were: measured on GVA, +1/-2 when every aftermath word reached over
  the clock).
- A relative date ("on Friday") is trusted as an event date only when the article's publication date is
  known, or when it was read against a trusted main event date; otherwise it still separates events but
  gives no `date` claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from newsweave.annotate import time_tables as tt
from newsweave.annotate.times import find_times, generic_weekday
from newsweave.extract import date_tables as dt
from newsweave.extract.segment import compatible
from newsweave.extract.tables import LanguageTable, compile_any, table_for
from newsweave.models import Span, TimeExpr

FOLLOW_UP_DAYS = 1  # how far before a report's first date the happening's own day may lie
PUBLISHED_LAG = 0  # days between publication and the happening, when the text names no day
NAMED_DAYS = 3  # how far before publication a day the text names (with no event date) may stand for the happening
FOLLOW_UP_REACH = 40  # chars before a date searched for an aftermath word
HAPPENING_REACH = 120  # chars around a date searched for the happening word it belongs to ("was shot in his
# abdomen at the Addison Creek Apartments ... around 7:15 p.m. Friday"; `HAPPENING_WORDS` still bounds it)
HAPPENING_OPENING = 20  # sentences from the lede searched for the day a happening word claims
HAPPENING_WORDS = 12  # lower-case words at most between the happening word and its date ("shot in the leg Dec. 14")
REPORTED_WORDS = 3  # words at most between the happening word and its passive report ("shooting that was reported")
POSSESSED_WORDS = 2  # words at most between a possessive date and the noun it names ("Sunday's scheduled hearing")
FRONTED_WORDS = 8  # words at most before a date that opens its sentence ("Shortly after leaving the game on June 21,")
_WORD = re.compile(r"(?<!\w)[^\W\d_]{2,}")  # letters only: "about 5:30 p.m." is one word
# up to three words before a date, names not counted ("arrested Jacques Lamar Slade on Saturday")
_NAMES = r"(?:(?-i:[A-Z])[\w'’.-]*\W+)*"
_WORDS_BEFORE = rf"\W+{_NAMES}(?:\w+\W+{_NAMES}){{0,3}}$"
# after a period start a clock time is no word either ("had not seen her husband since 11:30 p.m. Tuesday night")
_CLOCK = r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b\.?\W+(?:on\W+)?)?"
_Sides = tuple[re.Pattern[str] | None, re.Pattern[str] | None]  # follow-up words before, after a date
_LAST = re.compile(r"(?i)\b(?:last|dernier|pasado|letzten|vergangenen|geçen)\b")


def event_times(text: str, sentence: Span, times: Sequence[TimeExpr], table: LanguageTable) -> tuple[TimeExpr, ...]:
    """The time expressions of a sentence that can date a happening (statement dates left out)."""
    said = compile_any(table.speech_verbs, suffix=r"\s+(?:(?:on|late|early|this|last)\s+)?$")
    stamp = _stamp(_language_of(table), tuple(table.stamp_words))
    later, later_after = _follow_up(table)
    body = len(text[sentence[0] : sentence[1]].split())
    kept = []
    for t in times:
        if not sentence[0] <= t.span[0] < sentence[1]:
            continue
        before = text[max(0, t.span[0] - 30) : t.span[0]]
        if stamp.search(before) or said.search(before) and not _reported_happening(text, sentence, t, table):
            continue
        aftermath = _follows_up(text, sentence, t, later, later_after) or _fronted(text, sentence, t, table) == "after"
        if aftermath and not happening(text, sentence, t, table):
            continue
        if _date_line(text, sentence, t, body):
            continue
        kept.append(t)
    return tuple(kept)


@cache
def _stamp(language: str, words: tuple[str, ...]) -> re.Pattern[str]:
    """A page stamp right before a date ("Posted: Friday", "Last updated at 10:39 a.m. on Sunday, Nov. 27", "UPDATE
    (Feb. 20):", an embedded tweet's "— Name (@handle) January 23, 2016"): the extract table's `stamp_words` and
    `date_tables.STAMP_WORDS`, a clock time allowed between."""
    every = (*words, *dt.STAMP_WORDS.get(language, ()), dt.TWEET_STAMP)
    return compile_any(every, suffix=r"(?:[^.]|[ap]\.m\.){0,16}$")


def _fronted(text: str, sentence: Span, t: TimeExpr, table: LanguageTable) -> str | None:
    """A date that opens its sentence before a comma ("On Nov. 14, police obtained an arrest warrant", "About 8:30
    p.m. Nov. 11, officers responded to a call for a shooting") dates the clause after the comma: "happening" when
    its first cue word is the happening's, "after" when it is an aftermath or speech word, None when the date is not
    fronted or the clause names neither within `HAPPENING_WORDS` words (`date_tables.FRONTED`)."""
    language = _language_of(table)
    comma, verb, opener = dt.FRONTED.get(language), dt.NOT_FRONTED.get(language), dt.OPENERS.get(language)
    before = text[sentence[0] : t.span[0]]
    if comma is None or "," in before or len(_WORD.findall(before)) > FRONTED_WORDS:
        return None
    if before.strip() and not (opener and re.match(opener, before.strip(), re.I)):
        return None  # "A 46-year-old woman died Saturday, a week after ...": a subject before the date
    cues = _happening_patterns(language, tuple(table.aftermath), tuple(table.speech_verbs))
    if cues.other.search(before) or (cues.before and cues.before.search(before)) or (verb and re.search(verb, before)):
        return None  # "He was arraigned Monday, when ...": the date follows its verb
    if compile_any(dt.PERIOD_START.get(language, ())).search(before):
        return None  # "Since 10 p.m. Friday night, 11 people have been shot": a period, not the happening's day
    opened = re.match(comma, text[t.span[1] : sentence[1]])
    return _clause_cue(text, t.span[1] + opened.end(), sentence, table) if opened else None


def _when(text: str, sentence: Span, t: TimeExpr, table: LanguageTable, other: re.Pattern[str]) -> bool:
    """A clause of the happening right after the date ("on the night of Nov. 3, 2015, when he and another deputy
    opened fire", `date_tables.WHEN`), with no aftermath or speech word just before the date ("was arraigned Monday,
    when prosecutors said he shot")."""
    language = _language_of(table)
    when = dt.WHEN.get(language)
    opened = re.match(when, text[t.span[1] : sentence[1]], re.I) if when else None
    before = text[max(sentence[0], t.span[0] - FOLLOW_UP_REACH) : t.span[0]]
    if opened is None or other.search(before) or compile_any(dt.PERIOD_START.get(language, ())).search(before):
        return False  # "La fête durait depuis vendredi soir quand les tirs ont éclaté": the party's start
    return _clause_cue(text, t.span[1] + opened.end(), sentence, table) == "happening"


def _clause_cue(text: str, start: int, sentence: Span, table: LanguageTable) -> str | None:
    """The first cue word of the clause at `start`: "happening", "after" (aftermath, not speech), or None."""
    language = _language_of(table)
    clause = text[start : min(sentence[1], start + HAPPENING_REACH)]
    cues = _happening_patterns(language, tuple(table.aftermath), tuple(table.speech_verbs))
    speech = _whole_word(tuple(table.speech_verbs))
    states = _whole_word(dt.STATES.get(language, ()))
    later = (
        m
        for m in cues.other.finditer(clause)
        if not (speech.match(m.group(0)) and clause[m.end() :].lstrip().startswith(","))  # "Sunday, police said, a"
        and not states.match(m.group(0))  # "Late Sunday, the girl was rushed ... in critical condition after ..."
    )
    first = cues.before.search(clause) if cues.before else None
    found = [
        (m.start(), kind)
        for m, kind in ((first, "happening"), (next(later, None), "after"))
        if m is not None and _lower_words(clause[: m.start()]) <= HAPPENING_WORDS
    ]
    return min(found)[1] if found else None


@cache
def _whole_word(words: tuple[str, ...]) -> re.Pattern[str]:
    return compile_any(words, prefix="^", suffix="$")


def _date_line(text: str, sentence: Span, t: TimeExpr, body: int) -> bool:
    """A date line ("March 1, 2014 5:40 PM", "Posted: Friday, March 7") stamps the page: the date is most of it
    and no lower-case word of prose is left beside it ("The incident happened overnight Friday into Saturday" is
    prose)."""
    if len(t.text.split()) * 2 < body:
        return False
    rest = text[sentence[0] : t.span[0]] + " " + text[t.span[1] : sentence[1]]
    caseless = [w for w in re.findall(r"[^\W\d_]{3,}", rest) if w.lower() == w.upper()]  # "发生爆炸", "هجوم": prose
    return not caseless and not any(w.isalpha() and w.islower() and len(w) > 2 for w in rest.split())


def _follows_up(
    text: str, sentence: Span, t: TimeExpr, later: re.Pattern[str] | None, later_after: re.Pattern[str] | None
) -> bool:
    """An aftermath word right before (or, verb-final, right after) the date."""
    if later and later.search(text[max(sentence[0], t.span[0] - FOLLOW_UP_REACH) : t.span[0]]):
        return True
    return bool(later_after and later_after.match(text[t.span[1] : min(sentence[1], t.span[1] + FOLLOW_UP_REACH)]))


def _follow_up(table: LanguageTable) -> _Sides:
    """Words a few words before a date (and, in verb-final languages, right after it) that make it the
    aftermath's ("arrested Sunday", "remained in critical condition Friday"): it does not date the happening."""
    return _follow_up_patterns(_language_of(table), tuple(table.aftermath))


@cache
def _follow_up_patterns(language: str, aftermath: tuple[str, ...]) -> _Sides:
    words = (*aftermath, *tt.FOLLOW_UP.get(language, ()), *dt.PERIOD_START.get(language, ()))
    if not words:
        return None, None
    sides = tt.FOLLOW_UP_SIDES.get(language, tt.FOLLOW_UP_SIDES["default"])
    before = compile_any(words, suffix=_WORDS_BEFORE) if "before" in sides else None
    if before is not None and dt.PERIOD_START.get(language):  # "since 11:30 p.m. Tuesday night"
        since = compile_any(dt.PERIOD_START[language], suffix=_WORDS_BEFORE.removesuffix("$") + _CLOCK + "$")
        before = re.compile(f"(?:{before.pattern})|(?:{since.pattern})", re.IGNORECASE)
    after = compile_any(words, prefix=r"\W+(?:\w+\W+){0,1}") if "after" in sides else None
    if after is None and tt.FOLLOW_UP_RIGHT_AFTER.get(language):  # "prosecutors Wednesday filed a charge"
        after = compile_any(tt.FOLLOW_UP_RIGHT_AFTER[language], prefix=r"[ \t]+")
    return before, after


def _language_of(table: LanguageTable) -> str:
    """The language whose extract table this is (tables are cached, one object per language)."""
    return next((lang for lang in tt.FOLLOW_UP if table_for(lang) is table), "")


def happening(text: str, sentence: Span, t: TimeExpr, table: LanguageTable) -> bool:
    """A date tied to the happening itself: the nearest cue word before it names the happening, not its aftermath
    or a statement ("was shot about 2 a.m. Saturday", but "announced charges Sunday"); or a possessive date names
    it ("Sunday's deadly shooting"); in verb-final languages the happening verb may follow ("am Freitag
    erschossen"). Words: `date_tables`."""
    language = _language_of(table)
    if _leads_happening(text, sentence, t, table):
        return True
    cues = _happening_patterns(language, tuple(table.aftermath), tuple(table.speech_verbs))
    fronted = _fronted(text, sentence, t, table)
    if fronted is not None:
        return fronted == "happening"
    if _possessive_of_other(text, sentence, t, language, cues.other):
        return False
    before = text[max(sentence[0], t.span[0] - HAPPENING_REACH) : t.span[0]]
    if cues.before and (word := _last(cues.before, before)) is not None:
        between = before[word.end() :]
        other = _last(cues.other, before)
        if (
            other is not None
            and _reported(language, before[: other.end()])
            and _lower_words(before[word.end() : other.start()]) <= REPORTED_WORDS
        ):
            other = None  # "the shooting that was reported at Tuesday night" is the shooting's own report
        if other is not None and _scene(language, before[word.end() : other.start()]):
            other = None  # "fired into a vigil Monday evening": the vigil is where it happened
        taken = (other is not None and other.end() > word.end()) or bool(cues.verb and cues.verb.search(between))
        taken = taken or _period_between(language, between)
        if not taken and _lower_words(between) <= HAPPENING_WORDS:
            return True
    after = text[t.span[1] : min(sentence[1], t.span[1] + HAPPENING_REACH)]
    found = cues.after.match(after) if cues.after else None
    if found is None and cues.attributive and t.text.lower() not in dt.NOT_ATTRIBUTIVE.get(_language_of(table), ()):
        found = cues.attributive.match(after)  # "in Saturday shooting", but not "an overnight shooting"
    if found is not None and not cues.other.search(after[: found.end()]):  # "cuma günü tutuklandı, saldırı"
        return True
    return _when(text, sentence, t, table, cues.other)


def _leads_happening(text: str, sentence: Span, t: TimeExpr, table: LanguageTable) -> bool:
    """A day counted back to the clause after it ("a day after police discovered four relatives fatally shot", "hours
    after his son accidentally shot him", `date_tables.LEADS_CLAUSE`) whose first cue word is the happening's."""
    leads = dt.LEADS_CLAUSE.get(_language_of(table))
    if leads is None or not re.search(leads, t.text, re.I):
        return False
    return _clause_cue(text, t.span[1], sentence, table) == "happening"


def _possessive_of_other(text: str, sentence: Span, t: TimeExpr, language: str, other: re.Pattern[str]) -> bool:
    """A possessive date names the noun after it: "the four people wounded before Sunday's news conference" dates
    the conference, not the wounding (an aftermath or speech noun at most `POSSESSED_WORDS` words after it)."""
    possessive = dt.POSSESSIVE.get(language)
    after = text[t.span[1] : sentence[1]]
    owner = re.match(possessive, after) if possessive else None
    if owner is None:
        return False
    rest = after[owner.end() :]
    noun = other.search(rest)
    return noun is not None and len(_WORD.findall(rest[: noun.start()])) <= POSSESSED_WORDS


def _reported_happening(text: str, sentence: Span, t: TimeExpr, table: LanguageTable) -> bool:
    """A passive report right before the date, of a happening word it claims ("Police said the shooting was reported
    March 26"): the speech verb dates when the happening came to be known, not a statement."""
    window = text[max(sentence[0], t.span[0] - FOLLOW_UP_REACH) : t.span[0]]
    before = re.sub(r"\s+(?:on|at|about|around|late|early)?\s*$", "", window)
    return _reported(_language_of(table), before) and happening(text, sentence, t, table)


def _reported(language: str, before: str) -> bool:
    """A passive report of the happening ("was reported", `date_tables.REPORTED`): no statement of its own."""
    passive = dt.REPORTED.get(language)
    return bool(passive and re.search(passive + r"$", before, re.I))


def _scene(language: str, between: str) -> bool:
    """The aftermath noun after the happening word is its scene ("were shot at a vigil", `date_tables.SCENE`)."""
    scene = dt.SCENE.get(language)
    return bool(scene and re.fullmatch(scene, between, re.I))


def _period_between(language: str, between: str) -> bool:
    """A period start ("since") between the happening word and its date, not right after the word: "four people were
    shot during a party that had been going on since Friday night" dates the party; "were wounded since Tuesday"
    still dates the shootings."""
    words = dt.PERIOD_START.get(language)
    found = compile_any(words).search(between) if words else None
    return found is not None and bool(_WORD.search(between[: found.start()]))


def settles(text: str, sentence: Span, t: TimeExpr, table: LanguageTable) -> bool:
    """A day a happening word claims, named precisely enough that a day before it does not take over ("was shot
    Saturday"; not "shot overnight": the night may have begun the day before)."""
    vague = dt.NOT_ATTRIBUTIVE.get(_language_of(table), ())
    return t.precision == "day" and t.text.lower() not in vague and happening(text, sentence, t, table)


@dataclass(frozen=True)
class _HappeningCues:
    before: re.Pattern[str] | None  # the happening word before the date
    other: re.Pattern[str]  # aftermath, follow-up and speech words: nearer than the happening word, they win
    after: re.Pattern[str] | None  # a possessive noun or a verb-final happening word right after the date
    verb: re.Pattern[str] | None = None  # another verb between the happening word and the date
    attributive: re.Pattern[str] | None = None  # the happening noun right after a date that modifies it


@cache
def _happening_patterns(language: str, aftermath: tuple[str, ...], speech: tuple[str, ...]) -> _HappeningCues:
    words = dt.HAPPENING.get(language, ())
    sides = dt.HAPPENING_SIDES.get(language, dt.HAPPENING_SIDES["default"])
    before = compile_any(words) if words and "before" in sides else None
    other = compile_any((*aftermath, *tt.FOLLOW_UP.get(language, ()), *speech))
    after: list[str] = []
    nouns, possessive = dt.HAPPENING_NOUNS.get(language, ()), dt.POSSESSIVE.get(language)
    if nouns and possessive:
        after.append(possessive + r"\W+(?:[\w-]+\W+){0,3}?" + compile_any(nouns).pattern.removeprefix("(?i)"))
    if words and "after" in sides:
        after.append(compile_any(words, prefix=r"\W+(?:\w+\W+){0,1}").pattern)
    verb = re.compile(dt.OTHER_VERB[language]) if language in dt.OTHER_VERB else None
    joined = re.compile("|".join(f"(?:{a})" for a in after), re.I) if after else None
    modifier = dt.ATTRIBUTIVE.get(language)
    noun = compile_any(nouns).pattern.removeprefix("(?i)") if nouns else None
    attributive = re.compile(modifier + noun, re.I) if noun and modifier else None
    return _HappeningCues(before, other, joined, verb, attributive)


def _lower_words(words: str) -> int:
    """Lower-case words: names ("the 1400 block of West Congress Street") do not count."""
    return sum(1 for w in _WORD.findall(words) if w[0].islower())


def _last(pattern: re.Pattern[str], window: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(window):  # noqa: B007 - the last match is wanted
        pass
    return found


def aftermath_of(t: TimeExpr, happened: TimeExpr) -> bool:
    """A date after the happening's day (at day, week or month precision: the period starts after it)."""
    day = _day_of(happened)
    if day is None:
        return False
    start = t.value if t.precision in ("day", "week") else f"{t.value}-01" if t.precision == "month" else ""
    try:
        return date.fromisoformat(start) > day
    except ValueError:
        return False


def weekday_of(t: TimeExpr, table: LanguageTable) -> int | None:
    """0 (Monday) .. 6 (Sunday) when the expression names a weekday; the last one it names ("late Thursday or early
    Friday" is Friday's night)."""
    found = [(m.start(), i) for i, p in enumerate(table.weekdays) for m in re.finditer(rf"(?i)\b{p}", t.text)]
    return max(found)[1] if found else None


def anchor(text: str, t: TimeExpr, main: TimeExpr, table: LanguageTable) -> TimeExpr:
    """A weekday read as the latest such day on or before the main event's day."""
    day = int(t.value.split(":")[1]) if t.value.startswith("weekday:") else weekday_of(t, table)
    if day is None or main.precision != "day" or len(main.value) != 10:
        return t
    try:
        ref = date.fromisoformat(main.value)
    except ValueError:
        return t
    value = ref - timedelta(days=(ref.weekday() - day) % 7)
    return replace(t, value=value.isoformat(), precision="day", relative=main.relative)


def should_anchor(text: str, t: TimeExpr, new_event: bool) -> bool:
    """Anchor weekdays in sentences about another happening, or after "last"."""
    return (
        t.value.startswith("weekday:")
        or t.relative
        and (new_event or bool(_LAST.search(text[max(0, t.span[0] - 12) : t.span[1]])))
    )


def event_date(
    times: Sequence[TimeExpr], main_date: str | None, main: bool, published: bool, tied: Sequence[TimeExpr] = ()
) -> TimeExpr | None:
    """The main event: its first trusted date, refined by a more specific compatible one.
    Another event: its first trusted date that differs from the main event's. `tied`: the dates a happening
    word claims; a main date among them moves only to an earlier one among them (`earliest_before`): "shot
    Saturday" is not moved by "a party going on since Friday night". A main date no happening word claims moves to
    the day before when one claims it anywhere in the event ("sniffled back tears Friday afternoon" in court ... "the
    gun discharged accidentally shortly after 3 p.m. Thursday"), even in a sentence that names no happening."""
    trusted = [t for t in times if (published or not t.relative) and not t.value.startswith("weekday:")]
    if not trusted:
        return None
    if main:
        best = trusted[0]
        for t in trusted[1:]:
            if refines(t, best):
                best = t
        if any(best is t for t in tied):
            return earliest_before(best, [t for t in trusted if any(t is x for x in tied)])
        return earliest_before(best, [*trusted, *(t for t in tied if published or not t.relative)])
    for t in trusted:
        if main_date is None or not compatible(t.value, main_date):
            return t
    return None


def refines(t: TimeExpr, coarse: TimeExpr) -> bool:
    """`t` names a day (or month) inside `coarse`'s period: "last week ... on Thursday", "in March ... March 3"."""
    if coarse.precision == "week":
        day, monday = _day_of(t), _day_of(replace(coarse, precision="day"))
        return day is not None and monday is not None and 0 <= (day - monday).days < 7
    return compatible(t.value, coarse.value) and len(t.value) > len(coarse.value)


def refined_in_text(
    t: TimeExpr, text: str, spans: Sequence[Span], times: Sequence[TimeExpr], table: LanguageTable
) -> TimeExpr:
    """A week or month date ("a shooting last month", "in November") refined by the first day inside it that the
    article names anywhere ("... at a nightclub on June 28"): reports name the period in the lede and the day
    further down, often in a sentence that the segmentation did not give to the event. Statement and aftermath
    dates are left out as in `event_times`."""
    if t.precision not in ("week", "month"):
        return t
    for span in spans:
        for day in event_times(text, span, times, table):
            if day.precision == "day" and refines(day, t):
                return day
    return t


def says_nothing(t: TimeExpr, published: str | None) -> bool:
    """A year that holds the publication day ("a spike in homicides this year", "rang in 2013") dates no happening
    a reader could not already place: the main event then takes the fallbacks below, which name a day."""
    pub = _published_day(published)
    return pub is not None and t.precision == "year" and t.value == f"{pub.year:04d}"


def publication_fallback(published: str | None) -> tuple[str, str] | None:
    """The main event's date when no time expression dates it: the publication day, `PUBLISHED_LAG` days back
    (measured on GVA's reports without a usable date: the publication day itself is the incident day in 41 %
    of them, the day before in 27 %). Callers should give it no `date` claim: the text does not say it."""
    if not published:
        return None
    try:
        day = date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None
    return (day - timedelta(days=PUBLISHED_LAG)).isoformat(), "day"


def named_day_fallback(times: Sequence[TimeExpr], published: str | None) -> tuple[str, str] | None:
    """The main event's date when no time expression dates it but the text names a day just before publication
    ("was arrested Sunday", "WJCL reported Wednesday afternoon"): the earliest such day, at most `NAMED_DAYS`
    before publication. The happening is on or before the first news of it, so this beats the publication day
    (GVA, the 60 reports with no event date but such a day: right in 36 against 21 for the publication day).
    No `date` claim."""
    pub = _published_day(published)
    if pub is None:
        return None
    days = [d for t in times if (d := _day_of(t)) is not None and 0 <= (pub - d).days <= NAMED_DAYS]
    return (min(days).isoformat(), "day") if days else None


def title_day(title: str | None, language: str, published: str | None, table: LanguageTable) -> tuple[str, str] | None:
    """The main event's date when the text does not date it but the headline does, tied to the happening ("suspect
    in Saturday shooting", "mother who was shot Thursday night"): read against the publication date. No claim:
    the title is not in the text."""
    pub = _published_day(published)
    if not title or pub is None:
        return None
    for t in find_times(title, language, pub):
        if t.precision == "day" and happening(title, (0, len(title)), t, table):
            return t.value, t.precision
    return None


def _published_day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published.strip()[:10]) if published else None
    except ValueError:
        return None


def earliest_before(first: TimeExpr, times: Sequence[TimeExpr], days: int = FOLLOW_UP_DAYS) -> TimeExpr:
    """The earliest day at most `days` before `first`: a report leads with its latest news ("remained in
    critical condition Friday", "were being sought Sunday") and names the happening's own day later."""
    start = _day_of(first)
    if start is None:
        return first
    best, best_day = first, start
    for t in times:
        day = _day_of(t)
        if day is not None and start - timedelta(days=days) <= day < best_day:
            best, best_day = t, day
    return best


def _day_of(t: TimeExpr) -> date | None:
    if t.precision != "day" or len(t.value) != 10:
        return None
    try:
        return date.fromisoformat(t.value)
    except ValueError:
        return None


def weekday_mentions(text: str, sentence: Span, known: Sequence[TimeExpr], table: LanguageTable) -> list[TimeExpr]:
    """Weekdays that no time expression covers ("on Saturday" in an undated article), left unresolved.

    `anchor` later reads them against the main event's date; without one they stay out of the segmentation.
    """
    found = []
    for day, pattern in enumerate(table.weekdays):
        for m in re.finditer(rf"(?i)\b{pattern}\b", text[sentence[0] : sentence[1]]):
            span = (sentence[0] + m.start(), sentence[0] + m.end())
            if generic_weekday(text[sentence[0] : span[0]], _language_of(table)):
                continue  # "fans on a given Sunday"
            if not any(t.span[0] <= span[0] < t.span[1] for t in known):
                found.append(TimeExpr(span, m.group(0), f"weekday:{day}", "day", True))
    return found
