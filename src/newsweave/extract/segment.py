"""Split an article into the happenings it reports, sentence by sentence.

The lede opens the main event. A later sentence starts another happening when it says so: a date that differs
from the main event's, a cue phrase ("a few days after a similar attack", "meanwhile", "in April 2021"), and it
continues the happening just introduced when it points back to it ("the attack", "this first attack") or
simply follows one that already has figures. Otherwise it belongs to the main event. A date alone does not
split off the first sentence with figures when the lede had none (a headline's "overnight" against the
body's "early Sunday" is one happening). A sentence that names the main happening's own day (`SentenceCues.happening`,
set by `extract`) belongs to the main event, and that day is the main event's date: a follow-up lede ("bond was set
today") does not push the happening into a segment of its own. Sentences that open a
segment without any figure (history: "was defeated in 2017") give no event; `extract` drops empty segments.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from newsweave.extract.date_tables import NOT_ATTRIBUTIVE
from newsweave.models import Span, TimeExpr

_EN_MANY = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous|"
    r"a (?:pair|string|series|spate|rash) of|\d+)"
)
ROUNDUP: dict[str, tuple[str, ...]] = {
    # a lede that sums several happenings: its totals are not the main event's when a specific one follows
    "en": (
        r"(?:separate|unrelated) (?:shootings|incidents|attacks)",
        _EN_MANY + r" (?:separate |different |unrelated )?(?:shootings|incidents|attacks)",
        r"shootings (?:across|around|throughout)",
        r"(?:across|around|throughout) the city",
        r"citywide",
        r"weekend (?:of )?violence",
    ),
    "fr": (r"(?:plusieurs|deux|trois|quatre) (?:fusillades|attaques|incidents)", r"dans toute la ville"),
    "es": (r"(?:varios|dos|tres|cuatro) (?:tiroteos|ataques|incidentes)", r"tiroteos (?:separados|distintos)"),
    "de": (
        r"(?:mehreren|zwei|drei|vier) (?:getrennten )?(?:Schießereien|Angriffen|Vorfällen)",
        r"im ganzen Stadtgebiet",
    ),
    "ar": (r"حوادث (?:متفرقة|منفصلة)", r"هجمات متفرقة"),
    "tr": (r"(?:iki|üç|dört|birkaç) ayrı (?:olayda|saldırıda)", r"şehrin (?:dört bir yanında|çeşitli yerlerinde)"),
}


@dataclass(frozen=True)
class SentenceCues:
    """What segmentation needs to know about one sentence."""

    span: Span
    has_figures: bool
    dates: tuple[TimeExpr, ...] = ()
    new_event: bool = False
    back_reference: bool = False
    event_word: bool = False
    happening: TimeExpr | None = None  # the main happening's own day, when this sentence names it (`dates.happening`)


@dataclass
class _Segment:
    date: TimeExpr | None
    has_figures: bool = False
    opened_by_event: bool = False
    sentences: list[int] = field(default_factory=list)
    told: dict[int, tuple[TimeExpr, ...]] = field(default_factory=dict)  # the dates of its sentences


def compatible(a: str, b: str) -> bool:
    """Two ISO dates that can name the same day ("2023-02" and "2023-02-17")."""
    return a.startswith(b) or b.startswith(a)


def overlaps(t: TimeExpr, other: TimeExpr) -> bool:
    """Two dates that can name the same day: `compatible` values, or a day inside the other's week ("last week"
    and "Thursday"; a week's value is its Monday), or a vague night and the day before it ("overnight" read as the
    publication day, and "Thursday night" the day before: the night began then)."""
    if compatible(t.value, other.value) or _night_of(t, other) or _night_of(other, t):
        return True
    if (t.precision == "week") == (other.precision == "week"):
        return False
    week, day = (t, other) if t.precision == "week" else (other, t)
    gap = _days_after(day.value, week.value)
    return gap is not None and 0 <= gap < 7


def _night_of(vague: TimeExpr, day: TimeExpr) -> bool:
    """`vague` is a night named without its day (`date_tables.NOT_ATTRIBUTIVE`: "overnight") and `day` the day
    before the one it was read as."""
    return vague.text.lower() in _VAGUE_NIGHTS and _days_after(vague.value, day.value) == 1


_VAGUE_NIGHTS = frozenset(w for words in NOT_ATTRIBUTIVE.values() for w in words)
AFTERMATH_DAYS = range(1, 8)  # a day named up to a week after the main event's tells what followed it


def _days_after(value: str, main: str) -> int | None:
    """Days from the main event's day to `value`, both ISO days; None when either is coarser."""
    try:
        return (date.fromisoformat(value) - date.fromisoformat(main)).days
    except ValueError:
        return None


@cache
def _roundup(language: str) -> re.Pattern[str] | None:
    words = ROUNDUP.get(language)
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE) if words else None


def is_roundup(text: str, span: Span, language: str) -> bool:
    """A sentence that sums several happenings ("two men were killed ... in separate shootings across the city")."""
    pattern = _roundup(language[:2].lower())
    return bool(pattern and pattern.search(text, span[0], span[1]))


def lede_index(cues: Sequence[SentenceCues]) -> int:
    """The first sentence that names a happening: the lede (titles and datelines before it join it)."""
    for i, c in enumerate(cues):
        if c.has_figures or c.event_word:
            return i
    return 0


def _main_date(cues: Sequence[SentenceCues], lede: int) -> TimeExpr | None:
    """The main happening's own day where a sentence names it, else the lede's first date."""
    day = next((c.happening for c in cues if c.happening is not None), None)
    if day is not None:
        return day
    for c in cues[: lede + 1]:
        for t in c.dates:
            return t
    return None


def _target(c: SentenceCues, segments: list[_Segment], current: int) -> int:
    """The segment a sentence belongs to; len(segments) means a new one."""
    main = segments[0].date
    if c.happening is not None:
        return 0  # it names the main happening's own day: a follow-up lede ("bond set today") came first
    for t in c.dates:
        for k, seg in enumerate(segments[1:], start=1):
            if seg.date is not None and t.value == seg.date.value:
                return k
    differs = main is not None and any(not overlaps(t, main) for t in c.dates)
    same_as_main = main is not None and any(overlaps(t, main) for t in c.dates)
    if c.new_event:
        return len(segments)
    if differs and not same_as_main:
        if main is not None and all(_days_after(t.value, main.value) in AFTERMATH_DAYS for t in c.dates):
            return 0  # "the victim died Tuesday" after a shooting on Sunday: the same happening, later
        # before the main event has any figure, a figure sentence describes it, whatever its date says
        return len(segments) if segments[0].has_figures or not c.has_figures else 0
    if same_as_main:
        return 0
    if current and _dated_otherwise(c, segments[current]):
        return 0  # the undated main event's own day, not the side happening's ("the death ... last year")
    if current and c.back_reference and segments[current].opened_by_event:
        return current
    if current and segments[current].has_figures:
        return current
    return 0


def _dated_otherwise(c: SentenceCues, side: _Segment) -> bool:
    """A sentence whose dates all differ from every date a side happening's sentences name does not go on telling it:
    "retaliation for the death of a gang member last year" opened a side segment, "The shooting was reported ... Jan.
    22" is not it; "shootings ... Wednesday and Thursday" goes on with "a third shooting early Thursday". Only a
    day says so: "700 more have been shot since January" may still go on with the side's statistics."""
    told = [t for i in side.sentences for t in side.told.get(i, ())]
    day = any(t.precision == "day" for t in c.dates)
    return day and bool(told) and not any(overlaps(t, d) for t in c.dates for d in told)


def segment(cues: Sequence[SentenceCues]) -> list[list[int]]:
    """Sentence indexes per segment; segment 0 is the main event (the lede's)."""
    if not cues:
        return [[]]
    lede = lede_index(cues)
    segments = [_Segment(_main_date(cues, lede), sentences=list(range(lede + 1)))]
    segments[0].has_figures = any(c.has_figures for c in cues[: lede + 1])
    current = 0
    for i in range(lede + 1, len(cues)):
        c = cues[i]
        k = _target(c, segments, current)
        if k == len(segments):
            main = segments[0].date
            date = next((t for t in c.dates if main is None or not overlaps(t, main)), None)
            segments.append(_Segment(date, opened_by_event=c.event_word or c.has_figures))
        elif k == 0 and segments[0].date is None and c.dates:
            segments[0].date = c.dates[0]
        seg = segments[k]
        seg.sentences.append(i)
        seg.told[i] = c.dates
        seg.has_figures = seg.has_figures or c.has_figures
        current = k
    return [s.sentences for s in segments]
