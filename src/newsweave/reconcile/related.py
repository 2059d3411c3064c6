"""Links between reconciled events: an earlier similar incident, and the background a main story mentions.

Run over all events once they are reconciled (ids may still be drafts: the pipeline renames `related` with
the events). Editors read "earlier_similar" as a pattern (the second truffle-hunter attack in a week) and
"mentions" / "background_of" as context, not as the story itself.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from newsweave.models import Event, Related
from newsweave.reconcile.places import place_key

SIMILAR_WINDOW_DAYS = 31


def relate(events: Sequence[Event]) -> list[Event]:
    """Each event with its links to the others added to `related` (existing links kept, none repeated).

    Only events that can be linked are compared: those sharing an article (mentions, background) and those
    dated within `SIMILAR_WINDOW_DAYS` before (earlier similar), so an archive's events are not all paired."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, event in enumerate(events):
        for article in event.articles:
            by_article[article].append(i)
    days = sorted((day, i) for i, e in enumerate(events) if (day := _day(e)) is not None)
    out = []
    for i, event in enumerate(events):
        candidates = {j for a in event.articles for j in by_article[a]}
        if (day := _day(event)) is not None:
            start = bisect_left(days, (day - SIMILAR_WINDOW_DAYS, -1))
            candidates.update(j for d, j in days[start : bisect_left(days, (day, -1))])
        others = (events[j] for j in sorted(candidates) if j != i)
        links = [Related(o.id, r) for o in others if (r := link(event, o)) is not None]
        related = tuple(dict.fromkeys((*event.related, *links)))
        out.append(dataclasses.replace(event, related=related))
    return out


def _day(event: Event) -> int | None:
    """The event's day as an ordinal, when its date is known to the day."""
    if event.date is None:
        return None
    try:
        return date.fromisoformat(event.date.value[:10]).toordinal()
    except ValueError:
        return None


def link(event: Event, other: Event) -> str | None:
    """How `other` relates to `event`: earlier_similar, mentions, background_of, or None."""
    if _earlier_similar(event, other):
        return "earlier_similar"
    if event.main_in and not other.main_in and set(other.articles) <= set(event.main_in):
        return "mentions"
    if other.main_in and not event.main_in and set(event.articles) <= set(other.main_in):
        return "background_of"
    return None


def _earlier_similar(event: Event, other: Event) -> bool:
    if event.date is None or other.date is None or not _same_category(event.type, other.type):
        return False
    days = _days_between(other.date.value, event.date.value)
    return days is not None and 0 < days <= SIMILAR_WINDOW_DAYS and _same_area(event, other)


def _same_category(a: str, b: str) -> bool:
    from newsweave.taxonomy.types import parent  # the taxonomy owns the categories

    return a == b or (parent(a) == parent(b) and parent(a) != "other")


def _days_between(earlier: str, later: str) -> int | None:
    try:
        return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier[:10])).days
    except ValueError:
        return None  # month or year precision: too vague to call it a pattern


def _same_area(a: Event, b: Event) -> bool:
    """Same place, or one place inside the other's admin1 or country."""
    if a.location is None or b.location is None:
        return False
    pa, pb = a.location.place, b.location.place
    if place_key(pa) == place_key(pb):
        return True
    if "admin1" in (pa.precision, pb.precision) and pa.admin1 and pa.admin1 == pb.admin1:
        return True
    return "country" in (pa.precision, pb.precision) and bool(pa.country) and pa.country == pb.country
