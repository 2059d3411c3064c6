"""When an event happened: which time expressions date the happening, not the report.

- "the prosecutor announced Friday": a date right after a speech verb dates the statement; it is skipped.
- "a similar attack on Saturday", "kidnapped last Saturday": a weekday in a sentence about an earlier happening
  is read against the main event's date (the Saturday before Friday, February 17 is February 11), not against
  the publication date.
- A relative date ("on Friday") is trusted as an event date only when the article's publication date is
  known, or when it was read against a trusted main event date; otherwise it still separates events but
  gives no `date` claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from newsweave.extract.segment import compatible
from newsweave.extract.tables import LanguageTable, compile_any
from newsweave.models import Span, TimeExpr

_LAST = re.compile(r"(?i)\b(?:last|dernier|pasado|letzten|vergangenen|geçen)\b")


def event_times(text: str, sentence: Span, times: Sequence[TimeExpr], table: LanguageTable) -> tuple[TimeExpr, ...]:
    """The time expressions of a sentence that can date a happening (statement dates left out)."""
    said = compile_any(table.speech_verbs, suffix=r"\s+(?:(?:on|late|early|this|last)\s+)?$")
    stamp = compile_any(table.stamp_words, suffix=r"[^.]{0,12}$") if table.stamp_words else None
    body = len(text[sentence[0] : sentence[1]].split())
    kept = []
    for t in times:
        if not sentence[0] <= t.span[0] < sentence[1]:
            continue
        before = text[max(0, t.span[0] - 30) : t.span[0]]
        if said.search(before) or (stamp and stamp.search(before)):
            continue
        if len(t.text.split()) * 2 >= body:  # a date line ("March 1, 2014 5:40 PM") stamps the page
            continue
        kept.append(t)
    return tuple(kept)


def weekday_of(t: TimeExpr, table: LanguageTable) -> int | None:
    """0 (Monday) .. 6 (Sunday) when the expression names a weekday."""
    for i, pattern in enumerate(table.weekdays):
        if re.search(rf"(?i)\b{pattern}", t.text):
            return i
    return None


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


def event_date(times: Sequence[TimeExpr], main_date: str | None, main: bool, published: bool) -> TimeExpr | None:
    """The main event: its first trusted date, refined by a more specific compatible one.
    Another event: its first trusted date that differs from the main event's."""
    trusted = [t for t in times if (published or not t.relative) and not t.value.startswith("weekday:")]
    if not trusted:
        return None
    if main:
        best = trusted[0]
        for t in trusted[1:]:
            if compatible(t.value, best.value) and len(t.value) > len(best.value):
                best = t
        return best
    for t in trusted:
        if main_date is None or not compatible(t.value, main_date):
            return t
    return None


def weekday_mentions(text: str, sentence: Span, known: Sequence[TimeExpr], table: LanguageTable) -> list[TimeExpr]:
    """Weekdays that no time expression covers ("on Saturday" in an undated article), left unresolved.

    `anchor` later reads them against the main event's date; without one they stay out of the segmentation.
    """
    found = []
    for day, pattern in enumerate(table.weekdays):
        for m in re.finditer(rf"(?i)\b{pattern}\b", text[sentence[0] : sentence[1]]):
            span = (sentence[0] + m.start(), sentence[0] + m.end())
            if not any(t.span[0] <= span[0] < t.span[1] for t in known):
                found.append(TimeExpr(span, m.group(0), f"weekday:{day}", "day", True))
    return found
