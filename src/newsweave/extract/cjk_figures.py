"""Casualty figures in scripts written without spaces (Chinese; the `spaced=False` tables).

The count and its casualty word sit in one clause with no punctuation between them, either the count first
("造成36人死亡", "3名士兵受伤", "3死5伤") or the word first ("死亡人数升至12人", "打死3名"). Counts joined by "和"
or "、" before one word ("两名士兵和一名平民死亡") are parts of one toll and carry their group. Qualifiers are the
words right before the count ("至少", "超过", "约") or the number's own "多"/"余". A count after "其中" ("among
them") is a part. The cue words live in the language's table; this module only reads them, without word boundaries.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.extract.figures import FigureMention
from newsweave.extract.tables import LanguageTable, compile_any
from newsweave.models import Quantity, Span, TimeExpr

MAX_FORWARD_CHARS = 10  # "3名叙利亚政府军士兵受伤": classifier and group between count and cue
# a count of people ("一名英国男子") is a subject: its verb may end a long clause
# ("一名英国男子在新年前夜庆祝活动中因烟花在他的脸上爆炸而死亡"), with no comma and no other number between
MAX_SUBJECT_CHARS = 32
_PERSON_CLASSIFIER = re.compile(r"\s*[多余餘]?\s*(?:名|人|位)")
# "一个" is most often the article "a" ("一个占领他们的领土并杀害..."): one person only right before the cue
# ("一个人死亡")
_INDEFINITE = re.compile(r"\s*[个個]")
MAX_INDEFINITE_CHARS = 3
MAX_BACKWARD_CHARS = 4  # "打死了3名", "死亡人数为12"
QUALIFIER_CHARS = 6  # "造成至少36人", "少なくとも3人": the qualifier right before the count
_BREAK = re.compile(r"[，,。；;：:！!？?\n（）()“”\"「」]")
_LIST = re.compile(r"[、和及与與]")


def _bare(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return compile_any(patterns, prefix="", suffix="")


def _cues(text: str, sentence: Span, table: LanguageTable) -> list[tuple[Span, str]]:
    """Every casualty word in the sentence, the longest where two overlap."""
    found = [
        (m.span(), name)
        for name, patterns in table.casualty.items()
        for m in _bare(patterns).finditer(text, sentence[0], sentence[1])
    ]
    found.sort(key=lambda c: (c[0][0], -(c[0][1] - c[0][0])))
    kept: list[tuple[Span, str]] = []
    for cue in found:
        if not kept or cue[0][0] >= kept[-1][0][1]:
            kept.append(cue)
    return kept


def _limit(q: Quantity, gap: str) -> int:
    if _PERSON_CLASSIFIER.match(gap):
        return MAX_SUBJECT_CHARS
    return MAX_INDEFINITE_CHARS if q.value == 1 and _INDEFINITE.match(gap) else MAX_FORWARD_CHARS


def _forward(text: str, q: Quantity, cues: Sequence[tuple[Span, str]], nxt: int) -> tuple[Span, str] | None:
    """The first cue after the count in its clause, before the next number."""
    for span, name in cues:
        if span[0] < q.span[1]:
            continue
        gap = text[q.span[1] : span[0]]
        limit = _limit(q, gap)
        if span[0] > nxt or len(gap) > limit or _BREAK.search(gap) or _LIST.search(gap):
            return None
        return span, name
    return None


def _backward(text: str, q: Quantity, cues: Sequence[tuple[Span, str]], prev: int) -> tuple[Span, str] | None:
    """The cue right before the count ("死亡人数升至12人", "打死3名")."""
    for span, name in reversed(cues):
        if span[1] > q.span[0]:
            continue
        gap = text[span[1] : q.span[0]]
        if span[1] < prev or len(gap) > MAX_BACKWARD_CHARS or _BREAK.search(gap):
            return None
        return span, name
    return None


def _qualifier(text: str, q: Quantity, table: LanguageTable) -> str:
    if q.qualifier != "exact":
        return q.qualifier
    before = text[max(0, q.span[0] - QUALIFIER_CHARS) : q.span[0]]
    for name, patterns in table.qualifiers.items():
        if compile_any(patterns, prefix="", suffix=r"\s*$").search(before):
            return name
    return "exact"


def _group(text: str, q: Quantity, cue: Span | None, table: LanguageTable) -> str | None:
    window = text[q.span[1] : cue[0] if cue and cue[0] > q.span[1] else q.span[1] + 6]
    for name, patterns in table.groups.items():
        if _bare(patterns).search(window):
            return name
    return None


def _negated(text: str, q: Quantity, cue: Span, table: LanguageTable) -> bool:
    """A negation right before the count or the cue: "3人未受伤" (not hurt), "试图逃避逮捕" (tried to evade arrest)."""
    if not table.negations:
        return False
    negation = compile_any(table.negations, prefix="", suffix=r"\s*$")
    return any(negation.search(text[max(0, at - 3) : at]) for at in (q.span[0], cue[0]))


def _is_part(text: str, q: Quantity, sentence: Span, table: LanguageTable) -> bool:
    before = text[max(sentence[0], q.span[0] - 6) : q.span[0]]
    return bool(table.parts) and _bare(table.parts).search(before) is not None


def find_cjk_figures(
    text: str, sentence: Span, quantities: Sequence[Quantity], times: Sequence[TimeExpr], table: LanguageTable
) -> list[FigureMention]:
    """Every count of people in one sentence of a text written without spaces, in reading order."""
    things = compile_any(table.not_counts_after, prefix=r"\s*", suffix="")  # "一家百货公司", "七起枪击事件"
    qs = [q for q in quantities if sentence[0] <= q.span[0] < sentence[1] and not things.match(text, q.span[1])]
    cues = _cues(text, sentence, table)
    paired: list[tuple[Span, str] | None] = []
    for i, q in enumerate(qs):
        nxt = qs[i + 1].span[0] if i + 1 < len(qs) else sentence[1]
        prev = qs[i - 1].span[1] if i else sentence[0]
        paired.append(_forward(text, q, cues, nxt) or _backward(text, q, cues, prev))
    forward = {cue[0] for q, cue in zip(qs, paired, strict=True) if cue and cue[0][0] >= q.span[1]}
    paired = [
        None if cue and cue[0][1] <= q.span[0] and cue[0] in forward else cue for q, cue in zip(qs, paired, strict=True)
    ]
    chained = _chain(text, qs, paired)
    found = []
    for i, q in enumerate(qs):
        cue = paired[i]
        if cue is None or _negated(text, q, cue[0], table):
            continue
        part = i in chained or _is_part(text, q, sentence, table)
        group = _group(text, q, cue[0], table) if part else None
        qualifier = _qualifier(text, q, table)
        low, high = (q.low, q.high) if qualifier in ("range", "about") and q.low != q.high else (None, None)
        found.append(FigureMention(cue[1], q.value, qualifier, q.span, low, high, group, cue[0]))
    return found + _rest_of_casualties(text, qs, found, table)


def _rest_of_casualties(
    text: str, qs: Sequence[Quantity], found: Sequence[FigureMention], table: LanguageTable
) -> list[FigureMention]:
    """"造成12人伤亡，其中3人死亡": casualties (the dead and the hurt together) with the dead told after them as
    their only part leave the rest hurt (9); with the hurt told, the rest dead. Alone they count neither."""
    if not table.killed_or_injured:
        return []
    word = _bare(table.killed_or_injured)
    rest: list[FigureMention] = []
    for q in qs:
        at = _PERSON_CLASSIFIER.match(text, q.span[1])
        cue = word.match(text, at.end() if at else q.span[1])
        if cue is None or q.qualifier not in ("exact", "at_least", "more_than"):
            continue
        after = [f for f in found if f.value_span[0] > q.span[1] and f.field in ("killed", "injured")]
        if len(after) != 1 or after[0].qualifier != "exact" or not 0 < after[0].value < q.value:
            continue
        other = "injured" if after[0].field == "killed" else "killed"
        qualifier = _qualifier(text, q, table)
        rest.append(FigureMention(other, q.value - after[0].value, qualifier, q.span, cue_span=cue.span()))
    return rest


def _chain(text: str, qs: Sequence[Quantity], paired: list[tuple[Span, str] | None]) -> set[int]:
    """ "两名士兵和一名平民死亡": a count joined by "和"/"、" to the next one takes its cue; both are parts."""
    chained: set[int] = set()
    for i in range(len(qs) - 2, -1, -1):
        gap = text[qs[i].span[1] : qs[i + 1].span[0]]
        if paired[i] is None and paired[i + 1] is not None and len(gap) <= 8 and _LIST.search(gap[-2:] or "x"):
            if not _BREAK.search(gap):
                paired[i] = paired[i + 1]
                chained.update((i, i + 1))
    return chained
