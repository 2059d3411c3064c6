"""Figures (killed, injured, ...): UCDP's low / best / high, parts and totals, revisions and clashes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from newsweave.extract.tables import compile_any
from newsweave.models import Claim, Conflict, Figure
from newsweave.reconcile.context import Context
from newsweave.reconcile.headlines import Headline
from newsweave.reconcile.rules import (
    ALIVE_WORDS,
    DISJOINT_GROUPS,
    FIGURE_FIELDS,
    GROUP_SYNONYMS,
    OTHER_VICTIM_WORDS,
    PARTITIVE_OPENINGS,
    SPECIFICITY,
    TOTAL_GROUPS,
)

Interval = tuple[float, float]
LEDE_CHARS = 400  # a headline and lede: where a report states its toll
SINGLE_VICTIM = 1  # "one man was shot": one of many as often as the whole count
_OTHER_VICTIM = compile_any(tuple(w for words in OTHER_VICTIM_WORDS.values() for w in words))
_ALIVE = compile_any(tuple(w for words in ALIVE_WORDS.values() for w in words))


def is_number(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def group_of(claim: Claim) -> str | None:
    """The part a figure counts ("soldiers"), or None for a total ("53 people", "53 citizens")."""
    if not claim.group:
        return None
    name = claim.group.strip().casefold()
    if name in TOTAL_GROUPS:
        return None
    return GROUP_SYNONYMS.get(name, name)


def is_partitive(group: str) -> bool:
    """ "of them", "of the injured": a part of people already counted, kept as a claim but never a group."""
    return group.startswith(PARTITIVE_OPENINGS)


def _interval(claim: Claim) -> Interval:
    value = float(claim.value) if is_number(claim.value) else 0.0  # type: ignore[arg-type]
    low = float(claim.low) if claim.low is not None else value
    high = float(claim.high) if claim.high is not None else value
    bounds: dict[str, Interval] = {
        "at_least": (value, float("inf")),
        "more_than": (value + 1, float("inf")),
        "at_most": (0.0, value),
        "up_to": (0.0, value),
        "range": (low, high),
        "about": (min(low, value * 0.9), max(high, value * 1.1)),
    }
    return bounds.get(claim.qualifier, (value, value))


def _low(claim: Claim) -> int:
    value = int(claim.value)  # type: ignore[arg-type]
    return claim.low if claim.qualifier == "range" and claim.low is not None else value


def _high(claim: Claim) -> int:
    value = int(claim.value)  # type: ignore[arg-type]
    return claim.high if claim.qualifier == "range" and claim.high is not None else value


def figures_of(claims: Sequence[Claim], ctx: Context) -> tuple[tuple[Figure, ...], list[Conflict]]:
    figures: list[Figure] = []
    conflicts: list[Conflict] = []
    for field in FIGURE_FIELDS:
        numeric = [c for c in claims if c.field == field and is_number(c.value)]
        if numeric:
            figure, found = _figure(field, numeric, ctx)
            figures.append(figure)
            conflicts.extend(found)
    doubted = [_told_deep_only(_silent_majority(f, claims, ctx), claims, ctx) for f in figures]
    return _died_later([_shot_and_died(f, doubted, claims, ctx) for f in doubted], claims, ctx), conflicts


def _shot_and_died(figure: Figure, figures: Sequence[Figure], claims: Sequence[Claim], ctx: Context) -> Figure:
    """No one injured, when the only wounded any report tells of is one victim, never told apart from the dead.

    "The boy was shot in the chest" in a report of his death tells how he died, not of a second victim: a
    lone wounded victim in a deadly event is the one who died, unless a sentence counts the wounded beside the
    dead ("one killed, one wounded") or tells them apart ("another man was wounded", "his brother is in stable
    condition", `OTHER_VICTIM_WORDS`), tells them alive in a report of the death ("his father ... is in critical
    condition", `ALIVE_WORDS`), or a headline tells both ("3 dead, 1 critically wounded"). Best and low become 0,
    the stated count stays as high.
    """
    killed = next((f for f in figures if f.field == "killed"), None)
    if figure.field != "injured" or figure.best != SINGLE_VICTIM or killed is None or killed.best < 1:
        return figure
    wounded = [c for c in claims if c.field == "injured" and is_number(c.value)]
    if any(int(c.value) > SINGLE_VICTIM for c in wounded):  # type: ignore[arg-type]
        return figure
    deadly = {(c.article, c.span) for c in claims if c.field == "killed"}
    if any((c.article, c.span) in deadly or _OTHER_VICTIM.search(c.quote) for c in wounded):
        return figure
    if _alive_beside_death(wounded, claims):
        return figure
    if any({"killed", "injured"} <= ctx.headline(c).fields for c in wounded):
        return figure  # "3 dead, 1 critically wounded in shooting": the headline tells the wounded apart
    return replace(figure, low=0, best=0)


def _alive_beside_death(wounded: Sequence[Claim], claims: Sequence[Claim]) -> bool:
    """A wounded victim told alive ("his father ... is in critical condition") in a report that also tells of a
    death: someone else than the dead (`ALIVE_WORDS`)."""
    telling_death = {c.article for c in claims if c.field == "killed"}
    return any(c.article in telling_death and _ALIVE.search(c.quote) for c in wounded)


def in_lede(claim: Claim) -> bool:
    """Stated in a headline or lede, where a report gives its toll."""
    return claim.headline is not None or claim.span[0] <= LEDE_CHARS


def _told_deep_only(figure: Figure, claims: Sequence[Claim], ctx: Context) -> Figure:
    """No deaths (no wounded), when no report tells of any in its headline or lede and a report as recent
    leads with the wounded (the dead).

    A toll a report counts is in its headline or lede; a death said only deep in a text ("police were
    investigating the death of a child" in a news brief, a sidebar, a retracted early report) or wounded
    counted only there ("at least eight people were killed and 12 wounded in Chicago shootings throughout the
    day") are background to a reader, against a lede that counts the other field: best and low become 0, the
    stated count stays as high. A later report's deep death (the wounded boy "died on Monday night") is a
    victim who died, and deep wounded told apart from the dead ("Three others sustained non-fatal wounds",
    `OTHER_VICTIM_WORDS`, `ALIVE_WORDS`) are victims of this event: both stay. So are a field the report's
    headline tells of (`_headline_tells`): "1 Dead, 3 Injured In Baltimore Quadruple Shooting" over a text that
    counts the three wounded only in its fourth paragraph.
    """
    other = {"killed": "injured", "injured": "killed"}.get(figure.field)
    if other is None or figure.best == 0:
        return figure
    told = [c for c in claims if c.field == figure.field and is_number(c.value) and int(c.value) > 0]  # type: ignore[arg-type]
    if any(in_lede(c) or (other == "killed" and _OTHER_VICTIM.search(c.quote)) for c in told):
        return figure
    if other == "killed" and _alive_beside_death(told, claims):
        return figure
    if any(_headline_tells(figure.field, ctx.headline(c)) for c in told):
        return figure  # the headline tells of them: the text's toll sits deeper than its lede
    stating = {ctx.root(c) for c in told}
    leading = {ctx.root(c) for c in claims if c.field == other and in_lede(c)}
    day = {ctx.root(c): ctx.published(c) for c in claims}
    if not leading or max(day[r] for r in leading) < max(day[r] for r in stating):
        return figure
    return replace(figure, low=0, best=0)


def _headline_tells(field: str, headline: Headline) -> bool:
    """The headline tells of a death ("Deadly shooting", "Man shot dead"), or counts the wounded as a number or
    beside the dead ("2 killed, 1 wounded"): a bare "shot" over a report of a death is most often the victim who
    died."""
    if field != "injured":
        return field in headline.fields
    return field in headline.fields and ("killed" in headline.fields or any(f == field for f, _ in headline.counts))


def _silent_majority(figure: Figure, claims: Sequence[Claim], ctx: Context) -> Figure:
    """No deaths, when most reports count the wounded and tell of no death, none older than a report of one.

    A report that counts the wounded and names no dead says, to a reader, that nobody died; one report's lone
    death against more such reports, as recent, is doubtful ("reports that a victim has died are erroneous"):
    best and low become 0, the stated count stays as high.
    """
    if figure.field != "killed" or figure.best == 0:
        return figure
    stating = {ctx.root(c) for c in claims if c.field == "killed"}
    silent = {ctx.root(c) for c in claims if c.field == "injured"} - stating
    if len(silent) <= len(stating):
        return figure
    day = {ctx.root(c): ctx.published(c) for c in claims}
    if max(day[r] for r in silent) < max(day[r] for r in stating):
        return figure
    return replace(figure, low=0, best=0)


def _died_later(figures: list[Figure], claims: Sequence[Claim], ctx: Context) -> tuple[Figure, ...]:
    """The wounded who died: a death toll that rose after the first day's reports moves that many victims out
    of an injured count only those earlier reports give ("critically wounded" on Monday, "has died" on
    Wednesday: one killed, none injured, as a coder counts them)."""
    by_field = {f.field: f for f in figures}
    killed, injured = by_field.get("killed"), by_field.get("injured")
    days = sorted({ctx.published(c) for c in claims if ctx.published(c)})
    if killed is None or injured is None or injured.best == 0 or len(days) < 2:
        return tuple(figures)
    deaths = [c for c in claims if c.field == "killed" and is_number(c.value) and group_of(c) is None]
    early = max((int(c.value) for c in deaths if ctx.published(c) == days[0]), default=0)  # type: ignore[arg-type]
    rose = [ctx.published(c) for c in deaths if ctx.published(c) > days[0] and int(c.value) > early]  # type: ignore[arg-type]
    backing = [c for c in claims if c.field == "injured" and c.value == injured.best]
    if not rose or killed.best <= early or any(ctx.published(c) >= min(rose) for c in backing):
        return tuple(figures)
    best = max(injured.best - (killed.best - early), 0)
    moved = replace(injured, low=min(injured.low, best), best=best)
    return tuple(moved if f is injured else f for f in figures)


def _figure(field: str, claims: Sequence[Claim], ctx: Context) -> tuple[Figure, list[Conflict]]:
    totals = [c for c in claims if group_of(c) is None]
    parts: dict[str, list[Claim]] = {}
    for claim in claims:
        if (group := group_of(claim)) is not None and not is_partitive(group):
            parts.setdefault(group, []).append(claim)
    superseded = superseded_claims(totals, ctx) | {c for g in parts.values() for c in superseded_claims(g, ctx)}
    current = [c for c in totals if c.id not in superseded] or totals  # all revised away: keep what was said
    groups = {g: _best([c for c in cs if c.id not in superseded] or cs, ctx) for g, cs in parts.items()}
    conflicts = _value_conflicts(field, None, current, ctx)
    for group, members in parts.items():
        conflicts += _value_conflicts(field, group, [c for c in members if c.id not in superseded], ctx)
    low, best, high, part_conflict = _low_best_high(field, totals, current, groups, parts, ctx)
    conflicts += part_conflict
    figure = Figure(field, low, best, high, dict(sorted(groups.items())), tuple(c.id for c in claims),
                    tuple(c.id for c in claims if c.id in superseded))
    return figure, conflicts


def _low_best_high(
    field: str,
    totals: Sequence[Claim],
    current: Sequence[Claim],
    groups: dict[str, int],
    parts: dict[str, list[Claim]],
    ctx: Context,
) -> tuple[int, int, int, list[Conflict]]:
    implied = implied_total(groups)
    if not totals:
        return implied, implied, implied, []
    low, high = min(_low(c) for c in totals), max(_high(c) for c in totals)
    best = _best(current, ctx)
    if implied <= high:
        return low, best, high, []
    if all(_interval(c)[1] == float("inf") for c in current):
        return low, implied, implied, []  # "at least 40" and parts adding to 53 agree on 53
    part_claims = tuple(c.id for cs in parts.values() for c in cs)
    described = ", ".join(f"{n} {g}" for g, n in sorted(groups.items()))
    note = f"{field}: parts add up to {implied} ({described}), more than the total of {high}"
    return low, best, high, [Conflict(field, note, tuple(c.id for c in current) + part_claims,
                                      (tuple(c.id for c in current), part_claims))]


def implied_total(groups: dict[str, int]) -> int:
    """What parts imply: the sum of disjoint parts (civilians + soldiers), else the largest part alone."""
    disjoint = [n for g, n in groups.items() if g in DISJOINT_GROUPS]
    return max(sum(disjoint), max(groups.values(), default=0))


def superseded_claims(claims: Sequence[Claim], ctx: Context) -> set[str]:
    """Counts a source itself revised in a later report, and figures the text calls initial once a later one exists.

    Inside one report a source's smaller figures are parts or lone victims ("one died at the scene"), not
    revisions: its count there is its highest figure. A later report's count revises an earlier report's count
    of the same source when it was published on a later day and counts more than one victim.
    """
    out: set[str] = set()
    by_source: dict[str, dict[str, list[Claim]]] = {}
    for claim in claims:
        by_source.setdefault(ctx.sources[claim.id], {}).setdefault(ctx.root(claim), []).append(claim)
    for reports in by_source.values():
        out |= _revised(list(reports.values()), ctx)
    settled = [c for c in claims if c.qualifier != "initial"]
    for claim in claims:
        if claim.qualifier == "initial" and any(c.value != claim.value for c in settled):
            out.add(claim.id)
    return out


def _revised(reports: list[list[Claim]], ctx: Context) -> set[str]:
    """One source's counts, report by report: each one a later day's different count replaces."""
    out: set[str] = set()
    dated = sorted(reports, key=lambda own: min(ctx.time_key(c) for c in own))
    for n, own in enumerate(dated):
        count = max(int(c.value) for c in own)  # type: ignore[arg-type]
        day = ctx.published(own[0])
        later = [max(int(c.value) for c in o) for o in dated[n + 1:] if day and ctx.published(o[0]) > day]  # type: ignore[arg-type]
        if any(v != count and v > SINGLE_VICTIM for v in later):
            out |= {c.id for c in own if c.value == count}
    return out


def _best(claims: Sequence[Claim], ctx: Context) -> int:
    """The figure most reports lead with, then stated by the most reports, the latest, of the most sources.

    A report's lead figure (`_leads`: the count its headline writes, else its lede's, else its first count of
    more than one victim) is its considered total; later sentences often count one victim or a part ("he had
    been shot"), so they back a figure without voting for it. A toll
    in some report's headline or lede ("Two dead, three wounded") outvotes reports that name one victim alone:
    a follow-up about one victim (a funeral, an arrest) counts that victim, not all. Last resorts: attributed,
    exact, a count of several over a lone victim, then the smaller count (stray numbers, ages and addresses,
    run larger than tolls).
    """
    by_value: dict[int, list[Claim]] = {}
    for claim in claims:
        by_value.setdefault(int(claim.value), []).append(claim)  # type: ignore[arg-type]
    lead_claims = _leads(claims, ctx)
    leads = Counter(int(c.value) for c in lead_claims)  # type: ignore[arg-type]
    if any(int(c.value) > SINGLE_VICTIM and c.span[0] <= LEDE_CHARS for c in lead_claims):  # type: ignore[arg-type]
        leads[SINGLE_VICTIM] = 0  # a lede's toll outvotes a report that names one victim alone

    def score(value: int) -> tuple[int, int, str, int, int, int, bool, int]:
        support = by_value[value]
        return (
            leads[value],
            len({ctx.root(c) for c in support}),
            max(ctx.published(c) for c in support),
            len({ctx.sources[c.id] for c in support}),
            sum(1 for c in support if c.attributed_to),
            -min(SPECIFICITY.get(c.qualifier, 1) for c in support),
            value > SINGLE_VICTIM,
            -value,
        )

    return max(by_value, key=score) if by_value else 0


def _leads(claims: Sequence[Claim], ctx: Context) -> list[Claim]:
    """Each report's own summary of the toll; copies count once.

    A count its headline writes ("1 dead, 6 wounded in ...") first, then the lede's first count of more than one
    victim, then the lede's first figure, and only then a count from deeper in the text: a deep count of more
    ("four people, including the fatally wounded person, were at the scene", a city's toll for the year, a quote
    counting everyone hit) rarely revises the lede's "One person was killed", while a lede that names one victim
    still gives way to a count of several in the same lede.
    """
    first: dict[str, Claim] = {}

    def position(claim: Claim) -> tuple[bool, bool, bool, int, int]:
        titled = (claim.field, claim.value) in ctx.headline(claim).counts
        lone = int(claim.value) <= SINGLE_VICTIM  # type: ignore[arg-type]
        return not titled, not in_lede(claim), lone, ctx.order.get(claim.article, 0), claim.span[0]

    for claim in sorted(claims, key=position):
        first.setdefault(ctx.root(claim), claim)
    return list(first.values())


def _value_conflicts(field: str, group: str | None, claims: Sequence[Claim], ctx: Context) -> list[Conflict]:
    """Each source's own count against the others': figures that cannot both hold at the same time.

    A source's count is its highest current figure (its smaller ones are parts); a single victim ("one man
    was shot") is never a side, being one of many as often as the whole count.
    """
    own: dict[str, Claim] = {}
    for claim in claims:
        held = own.get(ctx.sources[claim.id])
        if int(claim.value) > SINGLE_VICTIM and (held is None or int(claim.value) > int(held.value)):  # type: ignore[arg-type]
            own[ctx.sources[claim.id]] = claim
    counts = list(own.values())
    clashing: set[str] = set()
    for i, a in enumerate(counts):
        for b in counts[i + 1:]:
            if _clash(a, b, ctx):
                clashing |= {a.id, b.id}
    if not clashing:
        return []
    chosen = [c for c in claims if c.value in {x.value for x in counts if x.id in clashing}]
    values = sorted({int(c.value) for c in chosen})  # type: ignore[arg-type]
    sides = tuple(tuple(c.id for c in chosen if c.value == v) for v in values)
    label = f"{field} ({group})" if group else field
    note = f"{label}: " + " vs ".join(f"{v} ({_sources_of(chosen, v, ctx)})" for v in values)
    return [Conflict(field, note, tuple(c.id for c in chosen), sides)]


def _clash(a: Claim, b: Claim, ctx: Context) -> bool:
    (a_low, a_high), (b_low, b_high) = _interval(a), _interval(b)
    if a_low <= b_high and b_low <= a_high:
        return False
    day_a, day_b = ctx.published(a), ctx.published(b)
    if day_a and day_b and day_a != day_b:
        later, earlier = (a, b) if day_a > day_b else (b, a)
        return int(later.value) < int(earlier.value)  # type: ignore[arg-type]  # a rising toll is news
    return True


def _sources_of(claims: Sequence[Claim], value: int, ctx: Context) -> str:
    names = dict.fromkeys(ctx.sources[c.id] for c in claims if c.value == value)
    return ", ".join(names)
