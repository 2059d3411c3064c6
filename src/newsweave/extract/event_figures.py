"""Figures read over a whole event, not one sentence: which people counted are the same, which are more.

`event_figures` turns the event's sentences' figure mentions into the figures its claims carry:
- a lone person told hit ("he was shot in the abdomen", "she was taken to a hospital in critical condition") in an
  event whose text or headline tells of a death, never told apart from the dead ("another man", "survived",
  "expected to recover"), nor told in a sentence naming a death, is how the dead was hit: no one injured;
- a count raised later in the event by a person clearly added to it ("a seventh victim", "an additional victim")
  is that larger count: the count's claim takes the added people, its span the sentences from the count to the
  last addition (what a reader adds up); "Gino Nicolas, 24, was also killed" adds one to one person told before;
- a sentence that counts a field only by its parts ("two teenage girls and two men were shot") states their sum too,
  told before the parts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from newsweave.extract.figures import ALSO, KILLER, FigureMention, is_single
from newsweave.extract.sentences import Sentence
from newsweave.extract.tables import LanguageTable, compile_any
from newsweave.models import Span

ADDITION_REACH = 6  # sentences after a count where a person added to it is still that event's


@dataclass(frozen=True)
class EventFigure:
    """One figure mention as the event's claim gives it: the sentence span carrying it may reach further."""

    sentence: Sentence
    figure: FigureMention
    span: Span


def event_figures(text: str, sentences: list[Sentence], table: LanguageTable, deadly: bool) -> list[EventFigure]:
    """The event's figures in reading order (`deadly`: the headline or a death word of the event tells of a death
    even when no sentence counts one)."""
    found = [EventFigure(s, f, s.span) for s in sentences for f in s.figures]
    found = _lone_hurt_is_the_dead(text, found, table, deadly)
    found = _parts_total(found, table)
    found = _killer_died(text, sentences, found, table)
    return _added_later(text, found, table)


def _parts_total(found: list[EventFigure], table: LanguageTable) -> list[EventFigure]:
    """ "Two teenage girls and two men were shot and wounded": a sentence that counts a field only by its parts states
    their sum as well (four), told before the parts, with the span from the first number to the last. Parts named
    by a casualty word ("12.759 enfermos y 363 muertos") are two counts of different people, not parts: no sum."""
    harm = compile_any(tuple(p for patterns in table.casualty.values() for p in patterns))
    out: list[EventFigure] = []
    done: set[tuple[int, str]] = set()
    for e in found:
        key = (e.sentence.index, e.figure.field)
        if key not in done and e.figure.group is not None:
            done.add(key)
            same = [g.figure for g in found if (g.sentence.index, g.figure.field) == key]
            parts = [f for f in same if f.group is not None and not f.group.startswith(_WHOLE_NAMED)]
            named_harm = any(harm.search(f.group or "") for f in parts)
            if len(parts) >= 2 and len(parts) == len(same) and not named_harm:
                span = (parts[0].value_span[0], parts[-1].value_span[1])
                total = replace(parts[0], value=_sum(f.value for f in parts), group=None, value_span=span, low=None,
                                high=None, cue_span=parts[-1].cue_span)  # fmt: skip
                out.append(replace(e, figure=total))
        out.append(e)
    return out


def _sum(values: Iterable[int]) -> int:
    """The people a list of parts counts: "six people, three men and three women" is six, not twelve."""
    found = list(values)
    biggest = max(found)
    return biggest if len(found) > 2 and 2 * biggest == sum(found) else sum(found)


_WHOLE_NAMED = ("of ", "among ")  # partitive groups ("of them", "of the injured"): parts of people counted elsewhere


KILLER_REACH = 50  # characters around "murder-suicide" read for the words that leave it untold ("attempted")


def _killer_died(
    text: str, sentences: list[Sentence], found: list[EventFigure], table: LanguageTable
) -> list[EventFigure]:
    """ "A 4-year-old boy was killed in a murder-suicide": the killer died too, so one person counted dead is two
    (the Gun Violence Archive counts the shooter). Not when the event counts more dead anywhere (they most often take
    in the killer: "five people were killed in an apparent murder-suicide"), nor for an "attempted murder-suicide" or
    one only asked about ("whether it was a murder-suicide")."""
    if not table.killer_died:
        return found
    dead = [i for i, e in enumerate(found) if e.figure.field == "killed"]
    if not dead or any(found[i].figure.value > 1 or found[i].figure.added == KILLER for i in dead):
        return found  # more dead counted, or the killer's death told on its own (`_added_later` adds it)
    if not _says_murder_suicide(text, sentences, table):
        return found
    first = next((i for i in dead if found[i].figure.group is None), None)
    if first is None:
        return found
    e = found[first]
    out = list(found)
    out[first] = replace(e, figure=replace(e.figure, value=2, group=None))
    return out


def _tells_killer_died(text: str, sentences: list[Sentence], table: LanguageTable) -> bool:
    """A sentence that tells the killer died: his own death ("then himself") or a murder-suicide."""
    if table.suicide and any(compile_any(table.suicide).search(text, s.span[0], s.span[1]) for s in sentences):
        return True
    return _says_murder_suicide(text, sentences, table)


def _says_murder_suicide(text: str, sentences: list[Sentence], table: LanguageTable) -> bool:
    """ "murder-suicide" in a sentence, not asked about nor attempted."""
    if not table.killer_died:
        return False
    said = compile_any(table.killer_died)
    hedge = compile_any(table.killer_died_not) if table.killer_died_not else None
    for s in sentences:
        for m in said.finditer(text, s.span[0], s.span[1]):
            lo, hi = max(s.span[0], m.start() - KILLER_REACH), min(s.span[1], m.end() + 8)
            if hedge is None or not hedge.search(text[lo : m.start()] + " " + text[m.end() : hi]):
                return True
    return False


def _lone_hurt_is_the_dead(
    text: str, found: list[EventFigure], table: LanguageTable, deadly: bool
) -> list[EventFigure]:
    """ "An 11-year-old boy has been fatally shot (...) the boy was shot in the side": one victim, killed, not hurt.

    Only when every injured mention is one person told by a cue with no number, none in a sentence that counts the
    dead beside it ("one killed, one wounded") and none told apart from the dead (`second_person`, `alive_after`,
    `told_apart`)."""
    hurt = [e for e in found if e.figure.field == "injured"]
    if not hurt or not (deadly or any(e.figure.field == "killed" and e.figure.value > 0 for e in found)):
        return found
    if not all(is_single(e.figure) for e in hurt):
        return found
    apart = compile_any(table.second_person + table.alive_after + table.others_after + table.told_apart)
    deaths = compile_any(table.casualty.get("killed", ()))
    for e in hurt:
        a, b = e.sentence.span
        if deaths.search(text, a, b) or apart.search(text, a, b):
            return found
    return [e for e in found if e.figure.field != "injured"]


def _added_later(text: str, found: list[EventFigure], table: LanguageTable) -> list[EventFigure]:
    """ "Four victims who had been struck by gunfire (...) A fifth male adult victim": five.

    A person added to the people counted before (`FigureMention.added`) within `ADDITION_REACH` sentences raises the
    field's first total: an ordinal counts the victims of every field, so "three were shot to death and a fourth
    person was critically wounded" stays one wounded; "an additional victim" is one more. With no count before, an
    ordinal is the count ("an 8th teen was injured": eight)."""
    out = list(found)
    for field in ("killed", "injured"):
        first: int | None = None
        for i, e in enumerate(out):
            if e.figure.field != field or e.figure.group is not None:
                continue
            if e.figure.added is None or first is None and e.figure.added <= 0:
                first = i if first is None else first
                continue
            if first is not None and e.sentence.index - out[first].sentence.index > ADDITION_REACH:
                break
            if e.figure.added == ALSO and (
                first is None or not is_single(out[first].figure) or e.sentence.index == out[first].sentence.index
            ):
                continue  # "also" adds to one person told before; a count most often takes in those told after it
            if e.figure.added == KILLER and (
                first is None
                or e.sentence.index == out[first].sentence.index
                or _tells_killer_died(text, [out[first].sentence], table)
            ):
                continue  # "killed his wife and two sons before killing himself. (...) then turned the gun on himself"
            value = out[first].figure.value if first is not None else 0
            raised = e.figure.added - _victims_before(out, i, field) if e.figure.added > 0 else value + 1
            if first is None:
                if raised > 1:
                    out[i] = replace(e, figure=replace(e.figure, value=raised))
                first = i
            elif raised > value:
                count = out[first]
                end = max(count.span[1], e.sentence.span[1])
                out[first] = replace(count, figure=replace(count.figure, value=raised), span=(count.span[0], end))
    return out


def _victims_before(found: list[EventFigure], at: int, field: str) -> int:
    """The people of the other casualty fields counted before `at` (each field's first total)."""
    firsts: dict[str, int] = {}
    for e in found[:at]:
        f = e.figure
        if f.field != field and f.field in ("killed", "injured") and f.group is None:
            firsts.setdefault(f.field, f.value)
    return sum(firsts.values())
