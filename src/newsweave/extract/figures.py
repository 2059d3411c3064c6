"""Casualty figures: tie each number to the nearest casualty word of its clause.

A number counts people only when a cue ("killed", "dead", "kidnapped") sits in the same clause, a few words
away, with no other number in between. Years, ages, units and times never count. A count written as a
breakdown ("46 civilians and 7 troops") or after "including" is a part of a total and carries its group.

Injured means hit and alive (the Gun Violence Archive's convention): a count of people shot loses the deaths
among them, in its sentence or the next three; one person hurt who dies there is killed only ("was rushed to a
hospital but died overnight", "where they were pronounced dead"); a killer's own death ("and then himself") joins
the toll before it. "Two of them are in critical condition" is a part of the injured counted before it, never a
new total. With no number, a list of people after the verb counts them ("killed his girlfriend and her
daughter": two).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from newsweave.extract.tables import LanguageTable, Patterns, compile_any
from newsweave.models import Quantity, Span, TimeExpr

MAX_FORWARD_WORDS = 7  # "13 out of 19 crew members have been abducted"
MAX_BACKWARD_WORDS = 4  # "the death toll rose to 53"
_DASHED = re.compile(r"\s(?:--|—|–|-)\s(?:(?!--|—|–|\s-\s).){1,60}?\s(?:--|—|–|-)\s")
_BREAKS = re.compile(r"[;:?!\n]|\.\s|\.(?=[A-Z])")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Masked:
    """One sentence with every counted number written as "#", sliced with the article's offsets."""

    body: str
    start: int

    def __getitem__(self, where: slice) -> str:
        lo = max(0, (where.start or self.start) - self.start)
        hi = max(0, (where.stop if where.stop is not None else self.start + len(self.body)) - self.start)
        return self.body[lo:hi]


@dataclass(frozen=True)
class Cue:
    span: Span
    field: str
    text: str


@dataclass(frozen=True)
class FigureMention:
    """A count of people as one sentence states it."""

    field: str
    value: int
    qualifier: str
    value_span: Span
    low: int | None = None
    high: int | None = None
    group: str | None = None
    cue_span: Span | None = None  # the casualty word it was tied to
    added: int | None = None  # a person added to the people counted before: "a seventh victim" 7, "an additional" 0


def find_cues(text: str, span: Span, table: LanguageTable) -> list[Cue]:
    """Every casualty word in the sentence, longest first where two overlap."""
    found: list[Cue] = []
    for name, patterns in table.casualty.items():
        for m in compile_any(patterns).finditer(text, span[0], span[1]):
            found.append(Cue((m.start(), m.end()), name, m.group(0)))
    found.sort(key=lambda c: (c.span[0], -(c.span[1] - c.span[0])))
    kept: list[Cue] = []
    for cue in found:
        if kept and cue.span[0] < kept[-1].span[1]:
            continue
        kept.append(cue)
    return kept


def counts_people(text: str, q: Quantity, times: Sequence[TimeExpr], table: LanguageTable) -> bool:
    """False for years, ages, units, clock times and numbers inside dates."""
    if any(t.span[0] <= q.span[0] and q.span[1] <= t.span[1] for t in times):
        return False
    if re.fullmatch(r"(?:1[89]|20)\d\d", q.text.strip()) or ":" in q.text:
        return False
    after = text[q.span[1] : q.span[1] + 20]
    if compile_any(table.not_counts_after, prefix=r"^[\s-]*").search(after):
        return False
    if q.value == 1 and table.one_unit_after and compile_any(table.one_unit_after, prefix=r"^\s+").search(after):
        return False
    before = text[max(0, q.span[0] - 20) : q.span[0]]
    return not compile_any(table.not_counts_before, suffix=r"\s*$").search(before) and not _age_of_name(
        before, after, table
    )


def _age_of_name(before: str, after: str, table: LanguageTable) -> bool:
    """ "Kendra Hill, 28, was killed": the number is her age."""
    ahead, behind = table.age_apposition
    if not (ahead and behind):
        return False
    return bool(
        compile_any(ahead, prefix="", suffix=r"\s*$").search(before) and compile_any(behind, prefix="^").match(after)
    )


def _gap_cost(gap: str, limit: int, table: LanguageTable, forward: bool) -> float | None:
    """Words between a number and a cue, or None when they cannot belong together.

    A part clause inside a forward gap (", including five children,") is skipped over; a backward gap
    ("killed, 12 injured") may not cross a comma or a clause word.
    """
    aside = compile_any(table.parts + table.asides, prefix=r",\s*(?:", suffix=r")[^,]*,")
    closing = any(m.end() == len(gap.rstrip()) for m in aside.finditer(gap))  # "eight people, including them, hurt"
    gap = aside.sub(",", gap)
    gap = _DASHED.sub(" ", gap)  # "three others -- two females and one male -- were taken"
    if table.listed_person:  # "three victims, a 25-year-old man, a 26-year-old man, and a 33-year-old man, were"
        gap = _listed_people(table.listed_person).sub(",", gap)
    if forward and closing:
        gap = gap.rstrip().removesuffix(",") + " "
    if _BREAKS.search(gap) or "#" in gap or (not forward and "," in gap):
        return None
    if table.clause_words and compile_any(table.clause_words).search(gap):
        return None
    words = _WORD.findall(gap)
    if len(words) > limit:
        return None
    conj = compile_any(table.conjunctions, prefix=r"^")
    if forward and ((words and conj.fullmatch(words[-1])) or gap.rstrip().endswith(",")):
        return None
    if not forward and any(conj.fullmatch(w) for w in words) and not _kin_gap(gap, table):
        return None  # "one is dead and three others are hurt" (but "killed his wife and two children")
    return len(words) + 0.5 * gap.count(",")


@lru_cache(maxsize=16)
def _listed_people(person: Patterns) -> re.Pattern[str]:
    """A list of people set between commas: ", a 25-year-old man, a 26-year-old man, and a 33-year-old man,"."""
    item = "(?:" + "|".join(f"(?:{p})" for p in person) + ")"
    return re.compile(rf",\s*{item}(?:(?:,\s*|,?\s+and\s+){item})*\s*,", re.IGNORECASE)


def _mask(text: str, sentence: Span, qs: Sequence[Quantity]) -> _Masked:
    chars = list(text[sentence[0] : sentence[1]])
    for q in qs:
        for i in range(max(q.span[0], sentence[0]), min(q.span[1], sentence[1])):
            if chars[i - sentence[0]].isalnum():
                chars[i - sentence[0]] = "#"
    return _Masked("".join(chars), sentence[0])


def _has_object(text: _Masked, cue: Cue, table: LanguageTable) -> bool:
    if not table.object_after:
        return False
    return compile_any(table.object_after, prefix=r"^\s+").search(text[cue.span[1] : cue.span[1] + 15]) is not None


def _forward_cost(text: _Masked, q: Quantity, cue: Cue, table: LanguageTable) -> float | None:
    gap = text[q.span[1] : cue.span[0]]
    close = bool(table.close_nouns) and compile_any(table.close_nouns, prefix="^", suffix="$").match(cue.text)
    cost = _gap_cost(gap, 2 if close else MAX_FORWARD_WORDS, table, True)
    if cost is None or _has_object(text, cue, table) or _negated(gap, table):
        return None  # "Those two children were not injured"
    if q.value > 1 and table.singular_aux and compile_any(table.singular_aux).search(gap):
        return None
    return cost


def _pair(text: _Masked, q: Quantity, cues: Sequence[Cue], table: LanguageTable) -> Cue | None:
    """The cue nearest to the number in its clause (a tie goes to the cue after the number)."""
    best: tuple[float, Cue] | None = None
    for cue in cues:
        if cue.span[0] >= q.span[1]:
            cost = _forward_cost(text, q, cue, table)
            better = cost is not None and (best is None or cost <= best[0])
        elif cue.span[1] <= q.span[0]:
            cost = _gap_cost(text[cue.span[1] : q.span[0]], MAX_BACKWARD_WORDS, table, False)
            better = cost is not None and (best is None or cost < best[0])
        else:
            cost, better = None, False
        if better and cost is not None:
            best = (cost, cue)
    return best[1] if best else None


def group_after(text: str | _Masked, position: int, table: LanguageTable) -> str | None:
    """The normalised group named in the three words after a number ("7 Syrian troops" -> soldiers)."""
    window = " ".join(text[position : position + 40].split()[:3])
    for name, patterns in table.groups.items():
        if compile_any(patterns).search(window):
            return name
    return None


def _qualifier(text: str, q: Quantity, cue: Cue | None, sentence: Span, table: LanguageTable) -> str:
    """How exact the figure is: a stage word (initial, revised) wins over the number's own wording."""
    start = max(sentence[0], q.span[0] - 40)
    end = cue.span[1] if cue and cue.span[1] > q.span[1] else q.span[1]
    for stage, patterns in table.stages.items():
        if compile_any(patterns).search(text, start, end):
            return stage
    if q.qualifier != "exact":
        return q.qualifier
    before = text[max(0, q.span[0] - 25) : q.span[0]]
    for name, patterns in table.qualifiers.items():
        if compile_any(patterns, suffix=r"\s*$").search(before):
            return name
    return "exact"


def _after_part_cue(text: str, q: Quantity, table: LanguageTable) -> bool:
    before = text[max(0, q.span[0] - 25) : q.span[0]]
    return compile_any(table.parts, suffix=r"\s*$").search(before) is not None


def _prefer_objects(
    text: _Masked, qs: Sequence[Quantity], paired: list[Cue | None], skip: set[int], table: LanguageTable
) -> None:
    """A verb with a number right after it ("bombers killed 19 people") does not also count its subject."""
    for i, cue in enumerate(paired):
        if cue is None or i in skip or qs[i].span[1] > cue.span[0]:
            continue
        for j, q in enumerate(qs):
            if paired[j] is cue and j not in skip and q.span[0] >= cue.span[1]:
                gap = text[cue.span[1] : q.span[0]]
                if len(_WORD.findall(gap)) <= 2 and not _ASIDE_OPENS.search(gap):
                    paired[i] = None


_ASIDE_OPENS = re.compile(r"[,;(–—]|\s--?\s")  # "four people injured – two critically –", "three injured -- one"


def _is_part(text: str, q: Quantity, cue: Cue, table: LanguageTable) -> bool:
    """A part of a total: after "including", or "among the killed"."""
    before = text[max(0, q.span[0] - 25) : q.span[0]]
    if compile_any(table.parts, suffix=r"\s*$").search(before):
        return True
    return cue.span[0] > q.span[0] and re.match(r"(?i)among|parmi", cue.text) is not None


def _partitive(text: str, q: Quantity, cue: Cue, table: LanguageTable) -> str | None:
    """ "Two of them are in critical condition": a part of the people already counted, never a new total.

    Only for the injured: "three of the victims died" is the death toll, and "25 of them were released" the
    count of people released. The part's group is the phrase that names its whole ("of them").
    """
    if cue.field != "injured" or not table.partitive_after:
        return None
    m = compile_any(table.partitive_after, prefix=r"\s+").match(text, q.span[1])
    return " ".join(m.group(0).lower().split()) if m else None


def _died_among_hurt(text: str, q: Quantity, cues: Sequence[Cue], table: LanguageTable) -> Span | None:
    """ "after four of the injured died": the span of "of the injured", a part of the hurt who died.

    The injured word names the whole the part leaves; the death right after it is what the number counts.
    """
    if not table.partitive_after:
        return None
    m = compile_any(table.partitive_after, prefix=r"\s+").match(text, q.span[1])
    if m is None or not any(c.field == "injured" and m.start() <= c.span[0] < m.end() for c in cues):
        return None
    dies = any(c.field == "killed" and 0 <= c.span[0] - m.end() <= 12 for c in cues)
    return m.span() if dies else None


def _phrase(text: str, span: Span | None) -> str | None:
    return " ".join(text[span[0] : span[1]].lower().split()) if span else None


def _chains(text: _Masked, qs: Sequence[Quantity], cues: Sequence[Cue], table: LanguageTable) -> dict[int, int]:
    """Index of each number that opens a list ("46 civilians and 7 troops") -> index of the next one."""
    links: dict[int, int] = {}
    joiner = compile_any(table.conjunctions + (",",), prefix=r"^\s*(?:\w+\s*){1,3}(?:,\s*)?", suffix=r"\s*$")
    aside = compile_any(table.asides, prefix=r",\s*(?:", suffix=r")[^,]*,") if table.asides else None
    for i in range(len(qs) - 1):
        gap = text[qs[i].span[1] : qs[i + 1].span[0]]
        gap = aside.sub(",", gap) if aside else gap  # "Two boys, ages 7 and 10, and two adults"
        crossed = any(qs[i].span[1] <= c.span[0] < qs[i + 1].span[0] for c in cues)
        clause = bool(table.clause_words) and compile_any(table.clause_words).search(gap) is not None  # "bini geçti,"
        if joiner.search(gap) and not crossed and not clause and not _fatal_after(text, qs[i + 1], table):
            links[i] = i + 1
    return links


def _fatal_after(text: _Masked, q: Quantity, table: LanguageTable) -> bool:
    """ "shot six people, one fatally": the second number is the deaths among the first, not a part by group."""
    if not table.fatal_adverbs:
        return False
    return compile_any(table.fatal_adverbs, prefix=r"^\s*").search(text[q.span[1] : q.span[1] + 12]) is not None


def _noun_after(text: str, position: int, table: LanguageTable) -> str | None:
    """A part with no group in the table keeps its own noun ("four adults and two children" -> adults); a filler
    word (the table's `no_group_after`: "people", "osób") names no part."""
    m = re.match(r"\s+([^\W\d_]{3,})", text[position : position + 30])
    word = m.group(1).lower() if m else None
    return word if word and word not in table.no_group_after else None


def _mention(text: str, q: Quantity, cue: Cue, sentence: Span, table: LanguageTable, part: bool) -> FigureMention:
    qualifier = _qualifier(text, q, cue, sentence, table)
    group = (group_after(text, q.span[1], table) or _noun_after(text, q.span[1], table)) if part else None
    low, high = (q.low, q.high) if qualifier in ("range", "about") and q.low != q.high else (None, None)
    return FigureMention(cue.field, q.value, qualifier, q.span, low, high, group, cue.span)


def _is_hit_mention(text: str, f: FigureMention, table: LanguageTable) -> bool:
    if f.cue_span is None or not table.hit_cues:
        return False
    return compile_any(table.hit_cues, prefix="^", suffix="$").match(text[f.cue_span[0] : f.cue_span[1]]) is not None


def _died_of_it(text: str, f: FigureMention, table: LanguageTable) -> bool:
    """The death is phrased as the end of a wound ("later died", "was pronounced dead")."""
    if f.cue_span is None or not table.died_of_it:
        return False
    return compile_any(table.died_of_it).search(text, max(0, f.cue_span[0] - 12), f.cue_span[1] + 1) is not None


def _after(k: FigureMention, f: FigureMention) -> bool:
    """A death toll after the count `f`, not a part of another toll."""
    return k.field == "killed" and k.group is None and k.value_span[0] > f.value_span[1]


def _is_fatal(text: str, f: FigureMention, table: LanguageTable) -> bool:
    if f.cue_span is None or not table.fatal_adverbs:
        return False
    return (
        compile_any(table.fatal_adverbs, prefix="^", suffix="$").match(text[f.cue_span[0] : f.cue_span[1]]) is not None
    )


def _hit_minus_dead(
    text: str, found: list[FigureMention], later: Sequence[FigureMention], table: LanguageTable
) -> list[FigureMention]:
    """GVA-style counts: the injured are the people hit who did not die.

    "Four teenagers were shot, one fatally" and "shot seven people, killing a boy" give injured 3 and 6; so does
    "Four people were shot. Three of the victims died" across two sentences (`later`: the next sentence's deaths).
    A count of wounded (not only hit) loses only "one fatally" in its sentence and, in the next one, deaths
    phrased as the end of a wound ("two later died"): "5 were wounded and 2 died" stays 5 and 2.
    """
    out = []
    for f in found:
        if f.field == "injured" and f.value > 1 and f.group is None:
            hit = _is_hit_mention(text, f, table)
            dead = [k for k in found if (hit or _is_fatal(text, k, table)) and _after(k, f)]
            dead += [k for k in later if (hit or _died_of_it(text, k, table)) and _after(k, f)]
            dead = [k for k in dead if not _names_the_others(text, k, table)]  # "Two others died": not the hit
            total = sum(k.value for k in dead)
            if 0 < total < f.value:
                f = replace(f, value=f.value - total)
            elif hit and total == f.value:
                continue  # "All four people were shot in the head" after "All four bodies were found": none hurt
        out.append(f)
    return out


def _later(table: LanguageTable) -> re.Pattern[str]:
    return compile_any(table.later_words)


def _died_later(
    text: str, singles: list[FigureMention], counted: list[FigureMention], cues: Sequence[Cue], table: LanguageTable
) -> list[FigureMention]:
    """ "He was taken to a hospital, where he died": one person, killed, not also injured.

    A death with no subject of its own ("was rushed to a hospital but died overnight") is that person's: the
    injured one becomes killed.
    """
    deaths = [f.value_span[0] for f in singles + counted if f.field == "killed" and not _own_death(text, f, table)]
    bare = [c.span[0] for c in cues if c.field == "killed" and _died_of_it(text, _as_mention(c), table)]
    out = []
    for f in singles:
        later = [d for d in deaths if d > f.value_span[1] and _same_person(text, f, d, bare, table)]
        if f.field == "injured" and later:
            continue
        ends = [d for d in bare if d > f.value_span[1] and _same_person(text, f, d, bare, table)]
        if f.field == "injured" and f.value == 1 and ends and any(d > ends[0] for d in deaths):
            continue  # "... has now died, bringing the death toll to three": the toll after her death counts her
        out.append(replace(f, field="killed") if f.field == "injured" and f.value == 1 and ends else f)
    return out


def _own_death(text: str, f: FigureMention, table: LanguageTable) -> bool:
    """ "seriously wounding him before fleeing and apparently killing himself": the killer's death, not the hurt's."""
    return f.cue_span is not None and _reflexive(text[f.cue_span[1] : f.cue_span[1] + 20], table)


def _same_person(text: str, f: FigureMention, death: int, dying: Sequence[int], table: LanguageTable) -> bool:
    """The death at `death` is the hurt person's: a 'later' word between ("but died overnight"), or the hurt cue in a
    relative clause whose subject dies ("who was wounded ... has died"), with no conjunction bringing in another."""
    ahead = min(len(text), death + 20)  # a 'later' word may look at the death itself: "shot in the back and died"
    if any(m.start() < death for m in _later(table).finditer(text, f.value_span[1], ahead)):
        return True
    if death not in dying or not _relative(text, f, table):
        return False
    return not compile_any(table.conjunctions).search(text, f.value_span[1], death)


def _relative(text: str, f: FigureMention, table: LanguageTable) -> bool:
    """ "A woman who was wounded in a Sunday night shooting has died": the hurt person is the subject of the death
    later in the sentence, so that death is hers."""
    if f.cue_span is None or not table.relative_before:
        return False
    before = text[max(0, f.cue_span[0] - 40) : f.cue_span[0]]
    return compile_any(table.relative_before, suffix=r"\s*$").search(before) is not None


def _they_died(text: str, f: FigureMention, cues: Sequence[Cue], table: LanguageTable) -> FigureMention:
    """ "The two were taken to the hospital where they were pronounced dead": the people counted died."""
    if f.field != "injured" or f.group is not None or not _is_hit_mention(text, f, table) or f.cue_span is None:
        return f
    end = f.cue_span[1]
    for c in cues:
        if c.field == "killed" and c.span[0] > end and _died_of_it(text, _as_mention(c), table):
            gap = text[end : c.span[0]]
            they = compile_any(table.they_before, suffix="$")
            if _later(table).search(gap) and they.search(gap) and not _BREAKS.search(gap):
                return replace(f, field="killed")
    return f


def _as_mention(cue: Cue) -> FigureMention:
    return FigureMention(cue.field, 1, "exact", cue.span, cue_span=cue.span)


def _is_hit(cue: Cue, table: LanguageTable) -> bool:
    """ "He was shot" says he was hit, not whether he lived: no injured count from a lone singular."""
    return bool(table.hit_cues) and compile_any(table.hit_cues, prefix="^", suffix="$").match(cue.text) is not None


def _lone_noun(cue: Cue, table: LanguageTable) -> bool:
    return (
        bool(table.close_nouns) and compile_any(table.close_nouns, prefix="^", suffix="$").match(cue.text) is not None
    )


def _negated(before: str, table: LanguageTable) -> bool:
    """A negation in the few words before the cue: "was not injured", "no one was hurt"."""
    words = " ".join(_BREAKS.split(before)[-1].split()[-5:])  # never across a sentence end: "None of the victims was"
    return bool(table.negations) and compile_any(table.negations).search(words) is not None


def _singulars(
    text: str,
    cues: Sequence[Cue],
    used: set[Cue],
    table: LanguageTable,
    headline: bool = False,
    qs: Sequence[Quantity] = (),
) -> list[FigureMention]:
    """Cues with no number whose subject or object is one person: "was killed", "killed a senior leader"; in a
    headline, a bare subject too ("Teen found shot to death")."""
    found = []
    before_re = compile_any(table.singular_before, prefix=r"(?<!\w)", suffix=r"$") if table.singular_before else None
    after_re = compile_any(table.singular_after, prefix=r"^\s*(?:of\s+)?", suffix=r"") if table.singular_after else None
    for cue in cues:
        if cue in used or cue.field not in ("killed", "injured", "kidnapped", "released", "missing", "arrested"):
            continue
        before = text[max(0, cue.span[0] - 30) : cue.span[0]]
        after = text[cue.span[1] : cue.span[1] + AFTER_CHARS]
        hit_only = (
            _is_hit(cue, table)
            and not _lone_hit(text, table)
            and not _then_died(text, cue, cues, table)
            and not _other_person(text, cue, table)
        ) or (cue.field == "injured" and not _lone_hit(text, table) and _named_dead(text, cue, table))
        negated = _negated(before, table) or _negated_subject(text, cue, table)
        if _lone_noun(cue, table) or negated or hit_only or _joined_to_counted(text, cue, used, table):
            continue
        if _wound_of_one(text, cue, before, table):
            found.append(FigureMention(cue.field, 1, "exact", cue.span, cue_span=cue.span))
        elif _pair_before(text, cue, table):
            found.append(FigureMention(cue.field, 2, "exact", cue.span, cue_span=cue.span))
        elif after_re and after_re.search(after) and not _headline(cue, after):
            found.append(FigureMention(cue.field, _listed(text, cue, table, qs), "exact", cue.span, cue_span=cue.span))
        elif (before_re and before_re.search(before)) or _reflexive(after, table):
            found.append(_added(text, cue, table) or FigureMention(cue.field, 1, "exact", cue.span, cue_span=cue.span))
        elif headline and (people := _headline_subject(text, cue, table) or _headline_object(text, cue, table, qs)):
            found.append(FigureMention(cue.field, people, "exact", cue.span, cue_span=cue.span))
    return found


AFTER_CHARS = 40  # the object read after a verb with no number: "shot his 9-year-old daughter in the stomach"
ADDED_GAP_WORDS = 5  # words between "an 8th teen" and its verb ("an additional victim, who was grazed")


def _added(text: str, cue: Cue, table: LanguageTable) -> FigureMention | None:
    """ "An 8th teen was injured", "a seventh adult victim": one person, the ordinal the number of victims this person
    brings the count to; "an additional victim, who was grazed": one more (`added` 0). Read over the event
    (`extract.event_figures`): a person told one by one in a sentence says nothing of the total alone."""
    if cue.field not in ("killed", "injured") or not table.added_people or not (table.ordinals or table.added_before):
        return None
    clause = _BREAKS.split(text[max(0, cue.span[0] - 80) : cue.span[0]])[-1]
    people = "|".join(table.added_people)
    for m in _ordinal_person(tuple(table.ordinals), table.added_people).finditer(clause):
        n = m.group("n").lower()
        value = table.ordinals.get(n) or int(re.sub(r"\D", "", n) or 0)
        if value >= 2 and len(_WORD.findall(clause[m.end() :])) <= ADDED_GAP_WORDS:
            return FigureMention(cue.field, 1, "exact", cue.span, cue_span=cue.span, added=value)
    more = compile_any(table.added_before, suffix=rf"\s+(?:[\w-]+ ){{0,2}}?(?:{people})(?!\w)")
    for m in more.finditer(clause) if table.added_before else ():
        if len(_WORD.findall(clause[m.end() :])) <= ADDED_GAP_WORDS:
            return FigureMention(cue.field, 1, "exact", cue.span, cue_span=cue.span, added=0)
    if table.also_subject and compile_any(table.also_subject, prefix="^", suffix=r"\s*$").search(clause.strip()):
        return FigureMention(cue.field, 1, "exact", cue.span, cue_span=cue.span, added=ALSO)
    return None


@lru_cache(maxsize=32)
def _ordinal_person(ordinals: tuple[str, ...], people: Patterns) -> re.Pattern[str]:
    """ "an 8th teen", "a seventh adult victim": built once per table, not per one-person cue."""
    words = "|".join([*(re.escape(w) for w in ordinals), r"\d+(?:st|nd|rd|th)"])
    alternatives = "|".join(people)
    return re.compile(rf"(?i)(?<!\w)an? (?P<n>{words}) (?:[\w-]+ ){{0,2}}?(?:{alternatives})(?!\w)")


ALSO = -1  # `FigureMention.added` of a person "also" hurt or killed: one more than a person told before
KILLER = -2  # `FigureMention.added` of the killer's own death told apart: one more than the dead counted before


def _negated_subject(text: str, cue: Cue, table: LanguageTable) -> bool:
    """ "No one else in the vehicle that showed up to the hospital was hurt": a subject that names nobody."""
    if not table.negated_subjects:
        return False
    clause = _BREAKS.split(text[max(0, cue.span[0] - 90) : cue.span[0]])[-1].split(",")[-1]
    return compile_any(table.negated_subjects).search(clause) is not None


def _joined_to_counted(text: str, cue: Cue, used: set[Cue], table: LanguageTable) -> bool:
    """ "has shot and wounded five teenagers": the verb shares the count of the verb joined to it."""
    joiner = compile_any((",", *table.verb_joiners), prefix=r"^\s*(?:", suffix=r")\s*$")
    return any(0 < u.span[0] - cue.span[1] <= 6 and joiner.match(text[cue.span[1] : u.span[0]]) for u in used)


def _headline_subject(text: str, cue: Cue, table: LanguageTable) -> int:
    """ "Man, 21, killed in accidental shooting": 1; "Father, daughter found dead": 2; else 0. The subject opens the
    headline or its clause after a comma or semicolon ("Man killed, boy injured in drive-by")."""
    before = text[: cue.span[0]]
    if table.headline_pair and compile_any(table.headline_pair, prefix="", suffix="$").match(before):
        return 2
    if not table.headline_subject:
        return 0
    subject = compile_any(table.headline_subject, prefix="", suffix="$")
    clause = re.split(r"[,;]\s+", before)[-1]
    return int(bool(subject.match(before) or (clause != before and clause and subject.match(clause))))


def _headline_object(text: str, cue: Cue, table: LanguageTable, qs: Sequence[Quantity]) -> int:
    """ "8-year-old shoots, injures brother": a headline drops the article, so its bare object is one person (and
    the people joined to it: "wounding girlfriend and her son" is two)."""
    if not table.headline_object:
        return 0
    m = compile_any(table.headline_object, prefix=r"\s+(?:", suffix=r")").match(text, cue.span[1])
    return _listed(text, cue, table, qs) if m else 0


def _wound_of_one(text: str, cue: Cue, before: str, table: LanguageTable) -> bool:
    """ "found a man with a gunshot wound", "suffered a gunshot wound": one person, hurt, when nobody in the report
    dies (else it is most often the wound of the dead: "found Martin suffering from a gunshot wound")."""
    if not table.wound_before or not _is_wound(text, cue.span, table):
        return False
    if not _lone_hit(text, table) and not _other_person(text, cue, table):
        return False
    return compile_any(table.wound_before, suffix="$").search(before) is not None


def _other_person(text: str, cue: Cue, table: LanguageTable) -> bool:
    """ "a fourth victim remains hospitalized with a gunshot wound", "another man was shot", "recovering from a
    gunshot wound": in a report where someone died, the one hit here is someone else, alive."""
    if not table.second_person:
        return False
    clause = _BREAKS.split(text[max(0, cue.span[0] - 60) : cue.span[1]])[-1]
    m = compile_any(table.second_person).search(clause)
    if m is None:
        return _alive_after(text, cue, table)
    if table.agent_before and compile_any(table.agent_before, suffix=r"\s+$").search(clause[: m.start()]):
        return False  # "accidentally shot by another 16-year-old": the other is the shooter
    # "another teen shot Turner": the other is the shooter
    return _passive(text, cue, table) or _object_after(text, cue, table) is None


def _alive_after(text: str, cue: Cue, table: LanguageTable) -> bool:
    """ "was also shot in the chest but survived", "transported with non-life threatening injuries": alive."""
    if not table.alive_after:
        return False
    rest = _BREAKS.split(text[cue.span[1] : cue.span[1] + 90])[0]
    return compile_any(table.alive_after).search(rest) is not None


_NAME = re.compile(r"[A-Z][a-z][\w'’-]+")


def _passive(text: str, cue: Cue, table: LanguageTable) -> bool:
    """ "was shot", "were fatally wounded": an auxiliary, maybe an adverb, right before the verb cue."""
    if not table.passive_aux:
        return False
    pattern = compile_any(table.passive_aux, prefix=r"(?<!\w)(?:", suffix=r")\s+(?:\w+ly\s+)?$")  # not "this shot"
    return pattern.search(text[max(0, cue.span[0] - 30) : cue.span[0]]) is not None


def _object_after(text: str, cue: Cue, table: LanguageTable) -> str | None:
    """The object right after an active verb: a pronoun ("shot him") or a name ("shot Turner")."""
    after = text[cue.span[1] : cue.span[1] + 30]
    m = re.match(r"\s+([A-Z][a-z][\w'’-]+)", after)
    weekday = m is not None and compile_any(table.weekdays).fullmatch(m.group(1)) is not None
    if m and not weekday:
        return m.group(1)
    pronoun = table.object_after and compile_any(table.object_after, prefix=r"^\s+").search(after)
    return pronoun.group(0).strip() if pronoun else None


def _named_dead(text: str, cue: Cue, table: LanguageTable) -> bool:
    """ "Felder was wounded in the head" in a report where "Antrez Felder died": the person hit is the one who died."""
    if not table.name_subject_after:
        return False
    if _passive(text, cue, table):
        subject = compile_any(table.name_subject_after, prefix=r"(?-i:([A-Z][a-z][\w'’-]+))", suffix=r"\s*$")
        m = subject.search(text, max(0, cue.span[0] - 60), cue.span[0])
        name = m.group(1) if m else None
    else:
        name = _object_after(text, cue, table)
    if name is None or not _NAME.fullmatch(name) or compile_any(table.not_names).fullmatch(name):
        return False
    deaths = compile_any(table.casualty.get("killed", ()))
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        start, end = _sentence_around(text, m.start())
        # never its own sentence: "X was pronounced dead and Y was treated and released" is two people; and the
        # death near the name ("Allen was killed ... while Allen's mother, Jaton Watts was also shot": not Watts)
        near = (max(start, m.start() - _NAME_REACH), min(end, m.end() + _NAME_REACH))
        if not start <= cue.span[0] < end and deaths.search(text, *near):
            return True
    return False


_NAME_REACH = 60  # characters around a name where its death is told


def _sentence_around(text: str, at: int) -> Span:
    starts = [m.end() for m in _SENTENCE_SPLIT.finditer(text, max(0, at - 300), at)]
    start = starts[-1] if starts else max(0, at - 300)
    stop = _SENTENCE_SPLIT.search(text, at, at + 300)
    return start, stop.start() if stop else min(len(text), at + 300)


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n")


def _then_died(text: str, cue: Cue, cues: Sequence[Cue], table: LanguageTable) -> bool:
    """ "was taken to Palmer Hospital and later pronounced dead": the person hit is the one who died."""
    return any(
        c.field == "killed"
        and c.span[0] > cue.span[1]
        and _died_of_it(text, _as_mention(c), table)
        and _later(table).search(text, cue.span[1], c.span[0]) is not None
        for c in cues
    )


def _headline(cue: Cue, after: str) -> bool:
    """ "Man Shot, Killed Few Blocks Away": in a title-case headline every word looks like a name."""
    return cue.text[:1].isupper() and after.lstrip()[:1].isupper()


_JOINERS = re.compile(r"(\s*,\s*and\s+|\s+and\s+|\s*,\s*)")
_AGE = re.compile(r"\d{1,3}")


def _listed(text: str, cue: Cue, table: LanguageTable, qs: Sequence[Quantity] = ()) -> int:
    """People named one by one after the verb: "killing her father and 6-year-old daughter" is two.

    Only "and" adds a person: a comma alone may open an apposition ("his brother, Kalif Goens,"). The list ends
    at the clause's end or a stop word ("inside", "then"); an age set off by commas ("Jamie Salazar, 34, and
    ...") is skipped; a conjunct with a verb of its own ("and a woman was hurt") ends it. A conjunct with a count
    of its own ("and her three teenage daughters") adds that count.
    """
    if not table.conjunct_start:
        return 1
    window = _BREAKS.split(text[cue.span[1] : cue.span[1] + 160])[0]
    if table.object_stops:
        stop = compile_any(table.object_stops).search(window)
        window = window[: stop.start()] if stop else window
    starts = compile_any(table.conjunct_start, prefix=r"^", suffix="")
    verbs = compile_any(tuple(p for patterns in table.casualty.values() for p in patterns))
    pieces = _JOINERS.split(window.strip())
    count = 1
    at = cue.span[1] + len(window) - len(window.lstrip()) + len(pieces[0])
    for joiner, item in zip(pieces[1::2], pieces[2::2], strict=True):
        at += len(joiner)
        if _AGE.fullmatch(item):
            at += len(item)
            continue
        if not starts.match(item) or verbs.search(item):
            break
        if "and" in joiner:
            count += _count_in(item, at, qs)
        at += len(item)
    return count


def _count_in(item: str, at: int, qs: Sequence[Quantity]) -> int:
    """ "her three teenage daughters": the count in a conjunct's first two words, else one person."""
    head = at + len(" ".join(item.split()[:2]))
    return next((q.value for q in qs if at <= q.span[0] < head and q.value > 1), 1)


def _pair_before(text: str, cue: Cue, table: LanguageTable) -> bool:
    """ "Both were pronounced dead", "A mother and her son were found dead": two people, no number written."""
    if not table.pair_before:
        return False
    before = text[max(0, cue.span[0] - 60) : cue.span[0]]
    return compile_any(table.pair_before, suffix="$").search(before) is not None


def _lone_hit(text: str, table: LanguageTable) -> bool:
    """ "A boy was shot in the head" counts one injured when nobody in the whole article dies."""
    return compile_any(table.casualty.get("killed", ())).search(text) is None


def _reflexive(after: str, table: LanguageTable) -> bool:
    """ "shot herself", "killed himself": the subject is the one person counted."""
    return bool(table.reflexive_after) and compile_any(table.reflexive_after, prefix=r"^\s*").search(after) is not None


def find_figures(
    text: str,
    sentence: Span,
    quantities: Sequence[Quantity],
    times: Sequence[TimeExpr],
    table: LanguageTable,
    previous_field: str | None = None,
) -> list[FigureMention]:
    """Every count of people in one sentence, in reading order.

    The next sentence is read too when this one counts injured and no dead: its deaths may be among the people
    counted ("Four people were shot. Three of the victims died" -> injured 1; "A man was wounded. He later died"
    -> no injured).
    """
    if not table.spaced:  # Chinese: no spaces, no word boundaries (newsweave.extract.cjk_figures)
        from newsweave.extract.cjk_figures import find_cjk_figures

        return find_cjk_figures(text, sentence, quantities, times, table)
    found = _in_sentence(text, sentence, quantities, times, table, previous_field)
    if not any(f.field == "injured" for f in found) or any(f.field == "killed" for f in found):
        return found
    later = _deaths_ahead(text, sentence, quantities, times, table) or _deaths_behind(
        text, sentence, found, quantities, times, table
    )
    found = _hit_minus_dead(text, found, later, table)
    return [f for f in found if not _wound_was_fatal(text, f, later, table)]


def implied_death(text: str, span: Span, table: LanguageTable) -> FigureMention | None:
    """ "a fatal shooting", "her son's shooting death": one death at least, with no count written; "a murder-suicide"
    (`LanguageTable.killer_died`): two at least, the killer and one killed. Only for an event that counts no dead
    otherwise (the caller's choice): a written toll always says more."""
    if not table.implied_death:
        return None
    m = compile_any(table.implied_death).search(text, span[0], span[1])
    if m is None or _negated(text[max(span[0], m.start() - 30) : m.start()], table):
        return None
    both = bool(table.killer_died) and compile_any(table.killer_died, prefix="^", suffix="$").match(m.group(0))
    return FigureMention("killed", 2 if both else 1, "at_least", m.span(), cue_span=m.span())


def implied_hurt(text: str, span: Span, table: LanguageTable) -> FigureMention | None:
    """ "A teen was struck by what may have been celebratory gunfire (...) and taken to Sunrise Hospital with
    non-life-threatening injuries": someone told hit or hurt with no count written is at least one injured. Only for
    a report that tells of no death at all (the caller's choice): else the person hit is most often the dead."""
    alone = compile_any(table.not_hurt_alone, prefix="^", suffix="$") if table.not_hurt_alone else None
    for cue in find_cues(text, span, table):
        if cue.field != "injured" or _lone_noun(cue, table) or _negated_subject(text, cue, table):
            continue
        if alone is not None and alone.match(cue.text):
            continue  # "It hurt my heart"
        if _unit_shot(text, cue, span, table):
            continue  # "he heard one shot"
        if not _negated(text[max(span[0], cue.span[0] - 40) : cue.span[0]], table):
            return FigureMention("injured", 1, "at_least", cue.span, cue_span=cue.span)
    return None


def _unit_shot(text: str, cue: Cue, span: Span, table: LanguageTable) -> bool:
    """ "he heard one shot", "a warning shot": the noun after a number or an article counts a shot, not a person."""
    if not (table.not_hurt_before and table.one_unit_after):
        return False
    if not compile_any(table.one_unit_after, prefix="^", suffix="$").match(cue.text):
        return False
    before = compile_any(table.not_hurt_before, suffix=r"\s+$")
    return before.search(text, max(span[0], cue.span[0] - 12), cue.span[0]) is not None


def tells_death(text: str, table: LanguageTable) -> bool:
    """A death word anywhere in the text ("killed", "died", "fatal shooting")."""
    implied = bool(table.implied_death) and compile_any(table.implied_death).search(text) is not None
    return not _lone_hit(text, table) or implied


HEADLINE_CHARS = 160  # a text read as one short line is a headline: its bare subject counts
LOOK_AHEAD = 3  # sentences read after a count of injured for the deaths among them


def _deaths_ahead(
    text: str, sentence: Span, quantities: Sequence[Quantity], times: Sequence[TimeExpr], table: LanguageTable
) -> list[FigureMention]:
    """The deaths of the first of the next few sentences that counts any ("He was taken to a hospital. His
    condition was unknown. He died there."); reading stops at a sentence that counts injured again."""
    end = sentence[1]
    for _ in range(LOOK_AHEAD):
        ahead = _next_sentence(text, end)
        if ahead is None:
            return []
        end = ahead[1]
        found = _in_sentence(text, ahead, quantities, times, table)
        deaths = [f for f in found if f.field == "killed"]
        if deaths:
            return deaths
        if any(f.field == "injured" for f in found):
            return []
    return []


def _deaths_behind(
    text: str,
    sentence: Span,
    found: Sequence[FigureMention],
    quantities: Sequence[Quantity],
    times: Sequence[TimeExpr],
    table: LanguageTable,
) -> list[FigureMention]:
    """ "A man was killed Sunday. (...) Police said three people were shot": the dead are among the people hit
    counted after them, unless the count names the others ("three others were shot")."""
    hits = [
        f for f in found if f.field == "injured" and f.value > 1 and f.group is None and _is_hit_mention(text, f, table)
    ]
    if not hits or any(_names_the_others(text, f, table) for f in hits):
        return []
    deaths: list[FigureMention] = []
    start = 0
    while start < sentence[0]:
        ahead = _next_sentence(text, start)
        if ahead is None or ahead[0] >= sentence[0]:
            break
        if table.new_event and compile_any(table.new_event).search(text, ahead[0], ahead[1]):
            start = ahead[1]
            continue  # "a man was shot and killed on the same block last week": another happening's death
        found_here = _in_sentence(text, ahead, quantities, times, table)
        deaths.extend(f for f in found_here if f.field == "killed" and f.group is None)
        if deaths:
            break  # the first death toll of the report is the one the count takes in
        start = ahead[1]
    if not deaths:
        return []
    # placed at the sentence's end: a toll the count takes in, read as if told after it
    return [replace(deaths[0], value_span=(sentence[1], sentence[1]), cue_span=(sentence[1], sentence[1]))]


def _names_the_others(text: str, f: FigureMention, table: LanguageTable) -> bool:
    """ "three others were shot", "the other three victims": people other than the dead."""
    after = bool(table.others_after) and compile_any(table.others_after, prefix=r"\s+").match(text, f.value_span[1])
    before = text[max(0, f.value_span[0] - 20) : f.value_span[0]]
    named_before = bool(table.others_before) and compile_any(table.others_before, suffix=r"\s*$").search(before)
    return bool(after) or bool(named_before)


_SENTENCE_END = re.compile(r"[.!?][\"”’]?(?=\s|$)|\n")


def _next_sentence(text: str, end: int) -> Span | None:
    start = len(text) - len(text[end:].lstrip())
    if start >= len(text):
        return None
    stop = _SENTENCE_END.search(text, start + 1)
    return (start, stop.end() if stop else len(text))


def _wound_was_fatal(text: str, f: FigureMention, later: Sequence[FigureMention], table: LanguageTable) -> bool:
    """One person hurt, then one person who died of it: the same person, killed and not injured."""
    return f.field == "injured" and f.value == 1 and any(k.value == 1 and _died_of_it(text, k, table) for k in later)


def _in_sentence(
    text: str,
    sentence: Span,
    quantities: Sequence[Quantity],
    times: Sequence[TimeExpr],
    table: LanguageTable,
    previous_field: str | None = None,
) -> list[FigureMention]:
    if table.link_labels and _is_link(text, sentence, table):
        return []  # "MORE: Man dies after shooting in Antioch": another story's headline
    cues = find_cues(text, sentence, table)
    qs = [q for q in quantities if sentence[0] <= q.span[0] < sentence[1] and counts_people(text, q, times, table)]
    if not cues:
        found = _breakdown(text, qs, sentence, table, previous_field)
        return sorted([*found, *_tallies(text, sentence, table)], key=lambda f: f.value_span)
    found = _numbered(text, sentence, qs, cues, table)
    tallies = [t for t in _tallies(text, sentence, table) if not any(_overlaps(t.cue_span, f.cue_span) for f in found)]
    found = sorted([*found, *tallies], key=lambda f: f.value_span)
    found = _with_suicide(text, sentence, found, table)
    return _hit_minus_dead(text, found, (), table)


def _overlaps(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _tallies(text: str, sentence: Span, table: LanguageTable) -> list[FigureMention]:
    """ "a triple homicide": three dead with no number written; "a double murder-suicide": the killer is one more.
    The nouns are per field; English counts only deaths this way ("a quadruple shooting" says four were hit, but its
    dead are most often told apart elsewhere, so it gives no injured count)."""
    if not table.tally_words:
        return []
    words = "|".join(re.escape(w) for w in table.tally_words)
    found = []
    for field, nouns in table.tally_nouns.items():
        plus = table.tally_plus_one if field == "killed" else ()
        suffix = rf")(?P<plus>{'|'.join(plus)})?(?!\w)" if plus else r")(?!\w)"
        pattern = compile_any(nouns, prefix=rf"(?<!\w)(?P<n>{words})[\s-]+(?:", suffix=suffix)
        for m in pattern.finditer(text, sentence[0], sentence[1]):
            if _negated(text[max(sentence[0], m.start() - 40) : m.start()], table):
                continue  # "not a double homicide"
            value = table.tally_words[m.group("n").lower()] + int(bool(plus and m.group("plus")))
            found.append(FigureMention(field, value, "exact", m.span(), cue_span=m.span()))
    return found


def _is_link(text: str, sentence: Span, table: LanguageTable) -> bool:
    """A link line's label opens the sentence or, when the sentence was cut after it, its line ("0:35 Two teens
    charged in Lakewood shooting that killed 15-year-old boy")."""
    if compile_any(table.link_labels, prefix=r"\s*", suffix="").match(text, sentence[0]) is not None:
        return True
    line = text[text.rfind("\n", 0, sentence[0]) + 1 : sentence[0]]
    return (
        bool(line.strip()) and compile_any(table.link_labels, prefix=r"^\s*", suffix=r"\s*$").search(line) is not None
    )


def _numbered(
    text: str, sentence: Span, qs: Sequence[Quantity], cues: list[Cue], table: LanguageTable
) -> list[FigureMention]:
    """The counts tied to the sentence's casualty words, and the people its cues name one by one."""
    original, masked = text, _mask(text, sentence, qs)
    moved = {i: span for i, q in enumerate(qs) if (span := _died_among_hurt(text, q, cues, table))}
    cues = [c for c in cues if not any(lo <= c.span[0] < hi for lo, hi in moved.values())]
    chains = _chains(masked, qs, cues, table)
    paired = [_pair(masked, q, cues, table) for q in qs]
    for i, j in sorted(chains.items(), reverse=True):
        paired[i] = paired[i] or paired[j]
    for i, j in sorted(chains.items()):
        paired[j] = paired[j] or paired[i]
    in_chain = set(chains) | set(chains.values())
    parts = {i for i, q in enumerate(qs) if _after_part_cue(original, q, table)}
    _prefer_objects(masked, qs, paired, in_chain | parts, table)
    found: list[FigureMention] = []
    used: set[Cue] = set()
    for i, q in enumerate(qs):
        cue = paired[i]
        if cue is None and i and found and _after_part_cue(original, q, table):
            cue = next(c for c in cues if c.field == found[-1].field)
        if cue is None:
            continue
        used.add(cue)
        part = i in in_chain or _is_part(original, q, cue, table)
        mention = _mention(original, q, cue, sentence, table, part)
        deaths = [c for c in cues if c.field == "killed" and c.span[1] <= q.span[0]]  # "he" is the dead man
        # unless the death's verb has the list as its object: "fatally shot his wife and two young sons"
        dead_before = bool(deaths) and not _kin_object(original, deaths[-1].span[1], q, table)
        if not part and (extra := _and_others(original, q, table, dead_before)):
            mention = replace(mention, value=mention.value + extra)
        elif i in in_chain and mention.group is None and _others(original, q, table):
            mention = replace(mention, group="others")
        of = _partitive(original, q, cue, table) or _phrase(original, moved.get(i))
        found.append(replace(mention, group=of) if of and mention.group is None else mention)
    found = [_they_died(original, f, cues, table) for f in found]
    headline = sentence == (0, len(text)) and len(text) <= HEADLINE_CHARS and "\n" not in text
    singles = [_among(original, f) for f in _singulars(original, cues, used, table, headline, qs)]
    found.extend(_one_by_one(original, _died_later(original, singles, found, cues, table), table))
    found = _one_then_count(original, sorted(found, key=lambda f: f.value_span), table)
    found = _count_and_others(original, found, table)
    found = _conditions(original, found, table)
    return [f for f in found if not _cause_of_death(original, f, sentence, table)]


def _among(text: str, f: FigureMention) -> FigureMention:
    """ "He was among the dead": one of the dead counted elsewhere, a part named by its whole, not a toll of one."""
    cue = _phrase(text, f.cue_span) or ""
    return replace(f, group=cue) if cue.startswith("among ") else f


def is_single(f: FigureMention) -> bool:
    """One person told by a cue with no number ("a man was killed"): its value span is the cue's own."""
    return f.value == 1 and f.group is None and f.value_span == f.cue_span


def _one_then_count(text: str, found: list[FigureMention], table: LanguageTable) -> list[FigureMention]:
    """One person told before a count of the same field in the sentence is often inside or beside that count.

    "A 20-year-old man was fighting for his life and four others were hospitalized": the others are four more,
    one count of five. "A woman ... has died, bringing the number of fatalities to three": the toll counts her.
    """
    others = compile_any(table.others_after, prefix=r"\s+") if table.others_after else None
    out = list(found)
    for f in found:
        if not is_single(f):
            continue
        later = next((g for g in out if g.field == f.field and g.value_span[0] >= f.value_span[1] and g is not f), None)
        if later is None or is_single(later) or later.group not in (None, "others"):
            continue
        if later.qualifier == "revised" and f.field == "killed":
            out.remove(f)  # the toll it brings counts the death
        elif others is not None and others.match(text, later.value_span[1]):
            out[out.index(later)] = replace(later, value=later.value + 1, group=None)
            out.remove(f)
    return out


def _count_and_others(text: str, found: list[FigureMention], table: LanguageTable) -> list[FigureMention]:
    """ "Two people are in critical condition, four others hurt": a count, then "N others" of the same field in the
    sentence, is one count of six (the others are told apart from the first count, never inside it)."""
    if not table.others_after:
        return found
    others = compile_any(table.others_after, prefix=r"\s+")
    out = list(found)
    for f in found:
        if f not in out or f.group is not None or is_single(f):
            continue
        later = next((g for g in out if g.field == f.field and g.value_span[0] >= f.value_span[1]), None)
        if later is None or is_single(later) or later.group not in (None, "others"):
            continue
        if others.match(text, later.value_span[1]):
            out[out.index(f)] = replace(f, value=f.value + later.value)
            out.remove(later)
    return out


def _conditions(text: str, found: list[FigureMention], table: LanguageTable) -> list[FigureMention]:
    """ "two people are listed in critical condition and three are being treated for non-life threatening wounds":
    counts of the hurt told one after another by their condition, each with its own verb, are one count (five).

    Only when every count of injured in the sentence tells a condition: "four people were shot and two are in
    critical condition" counts two of the four."""
    if not table.condition_cues or not table.passive_aux:
        return found
    hurt = [f for f in found if f.field == "injured"]
    if len(hurt) < 2 or any(f.group is not None or is_single(f) or f.cue_span is None for f in hurt):
        return found
    cond = compile_any(table.condition_cues, prefix="^", suffix="$")
    verb = compile_any(table.passive_aux + ("remains?", "remained"), prefix=r"\s+(?:[\w-]+\s+){0,2}?")
    for f in hurt:
        assert f.cue_span is not None
        if not cond.match(text[f.cue_span[0] : f.cue_span[1]]) or not verb.match(text, f.value_span[1]):
            return found
    total = replace(
        hurt[0], value=sum(f.value for f in hurt), value_span=(hurt[0].value_span[0], hurt[-1].value_span[1])
    )
    return [total if f is hurt[0] else f for f in found if f.field != "injured" or f is hurt[0]]


def _one_by_one(text: str, singles: list[FigureMention], table: LanguageTable) -> list[FigureMention]:
    """ "A 16-year-old boy was shot in the left foot, and a 15-year-old boy was shot in the left thigh": people hurt
    one by one in a sentence, each with a subject of its own, are one count (two), not two counts of one."""
    if not table.new_subject:
        return singles
    switch = compile_any(table.new_subject, prefix=r"(?:[,;]|\band\b)\s*(?:and\s+)?", suffix=r"\s*$")
    out: list[FigureMention] = []
    for f in singles:
        last = out[-1] if out else None
        if (
            last is not None
            and f.added is None
            and last.added is None
            and f.field == last.field == "injured"
            and last.group is None
            and f.group is None
            and switch.search(text, last.value_span[1], f.value_span[0])
        ):
            out[-1] = replace(last, value=last.value + f.value)
            continue
        out.append(f)
    return out


def _is_wound(text: str, cue: Span | None, table: LanguageTable) -> bool:
    if cue is None or not table.wound_nouns:
        return False
    return compile_any(table.wound_nouns, prefix="^", suffix="$").match(text[cue[0] : cue[1]]) is not None


def _cause_of_death(text: str, f: FigureMention, sentence: Span, table: LanguageTable) -> bool:
    """ "died of a gunshot wound", "found dead with one gunshot wound": the wound of the dead, nobody hurt."""
    if f.field != "injured" or not table.cause_of_death or not _is_wound(text, f.cue_span, table):
        return False
    assert f.cue_span is not None
    before = text[max(sentence[0], f.cue_span[0] - 100) : f.cue_span[0]]
    return compile_any(table.cause_of_death, suffix="$").search(before) is not None


def _kin_gap(gap: str, table: LanguageTable) -> bool:
    return bool(table.one_and_kin_before) and (
        compile_any(table.one_and_kin_before, prefix=r"\s*(?:", suffix=r")\s*").fullmatch(gap) is not None
    )


def _kin_object(text: str, verb_end: int, q: Quantity, table: LanguageTable) -> bool:
    """ "killed his wife and two children": one person, then the count, right after the verb."""
    if not table.one_and_kin_before:
        return False
    kin = compile_any(table.one_and_kin_before, prefix=r"\s*(?:", suffix=r")\s*")
    return kin.fullmatch(text, verb_end, q.span[0]) is not None


def _and_others(text: str, q: Quantity, table: LanguageTable, dead_before: bool = False) -> int:
    """ "she and three others were shot": the person named before "and N others" is one more (not after a death
    told before: "he" is then the dead man); so is one joined after ("fatally shot two men and a woman")."""
    after = text[q.span[1] : q.span[1] + 30]
    if table.asides:  # "two children, ages 3 and 5, and their mother"
        after = compile_any(table.asides, prefix=r",\s*(?:", suffix=r")[^,]*,").sub(
            "", text[q.span[1] : q.span[1] + 60]
        )
    if table.and_one_after and compile_any(table.and_one_after, prefix=r"^\s+").search(after):
        return 1
    if dead_before:
        return 0
    before = text[max(0, q.span[0] - 60) : q.span[0]]
    if table.one_and_kin_before and compile_any(table.one_and_kin_before, suffix=r"\s*$").search(before):
        return 1  # "a father and his two children were found dead": three
    if not (table.one_before_others and table.others_after):
        return 0
    named = compile_any(table.one_before_others, suffix=r"\s*$").search(before)
    people = compile_any(table.others_after + table.people_after, prefix=r"^\s+")  # "a young boy and four adults"
    return int(named is not None and people.search(after) is not None)


def _others(text: str, q: Quantity, table: LanguageTable) -> bool:
    """ "one man and three others": the last part of a list, named by what it is not."""
    others = compile_any(table.others_after, prefix=r"\s+") if table.others_after else None
    return others is not None and others.match(text, q.span[1]) is not None


def _with_suicide(text: str, sentence: Span, found: list[FigureMention], table: LanguageTable) -> list[FigureMention]:
    """GVA counts a shooter who died: "killed three people and then himself" is four dead.

    The killer's death joins the sentence's first death toll before it; with none, it is one death more than those
    counted before it in the event ("fatally shot a woman and her daughter. (...) He then turned the gun on himself":
    three; `event_figures._added_later`), unless it is only a conjunct ("shot his wife and himself" says who was hit,
    not who died).
    """
    if not table.suicide:
        return found
    m = compile_any(table.suicide).search(text, sentence[0], sentence[1])
    if m is None:
        return found
    own = [f for f in found if f.cue_span and m.start() <= f.cue_span[0] < m.end()]
    rest = [f for f in found if f not in own]
    toll = next((f for f in rest if f.field == "killed" and f.group is None and f.value_span[1] <= m.start()), None)
    if toll is None:
        bare = (
            compile_any(table.reflexive_after, prefix=r"^(?:[\w-]+,? ){1,2}", suffix="$").match(m.group(0)) is not None
        )
        return (
            found
            if own or bare
            else sorted(
                [*found, FigureMention("killed", 1, "exact", m.span(), cue_span=m.span(), added=KILLER)],
                key=lambda f: f.value_span,
            )
        )
    return [replace(f, value=f.value + 1) if f is toll else f for f in rest]


def _breakdown(
    text: str, qs: Sequence[Quantity], sentence: Span, table: LanguageTable, previous_field: str | None
) -> list[FigureMention]:
    """A sentence of counts by group with no cue ("46 civilians and 7 troops.") continues the last figure.

    It takes a list: one lone count of a group is a story's actors ("three men entered a barber shop"), not a toll.
    """
    if previous_field is None or len(qs) < 2:
        return []
    groups = [group_after(text, q.span[1], table) for q in qs]
    if any(g is None for g in groups):
        return []
    return [
        FigureMention(previous_field, q.value, _qualifier(text, q, None, sentence, table), q.span, group=g)
        for q, g in zip(qs, groups, strict=True)
    ]
