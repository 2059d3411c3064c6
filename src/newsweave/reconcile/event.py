"""The Event: everything the reports establish together, assembled from the figure, place and other rules."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date

from newsweave.aliases import canonical
from newsweave.extract.tables import compile_any
from newsweave.models import (
    Actor,
    Article,
    ArticleEvent,
    Claim,
    Conflict,
    DateField,
    Event,
    Figure,
    Place,
    SourceAddition,
    TimelinePoint,
)
from newsweave.reconcile.context import Context, build_context, disagreement, resolve_names
from newsweave.reconcile.figures import figures_of, group_of, is_number
from newsweave.reconcile.places import location_of, place_key
from newsweave.reconcile.rules import CERTAINTY_ORDER, FIGURE_FIELDS, GENERIC_ACTORS, SMALL_HOURS, VAGUE_TYPES
from newsweave.summary import FIGURE_VERBS, make_title, summarize

SMALL_HOURS_REACH = 12  # characters around a day's words where "early" or "morning" qualify it
_SMALL_HOURS = compile_any(tuple(w for words in SMALL_HOURS.values() for w in words))


def reconcile(
    event_id: str, members: Sequence[ArticleEvent], claims: Sequence[Claim], articles: Sequence[Article]
) -> Event:
    """One event from the article-level events that report it, with its figures, conflicts and brief."""
    ctx = build_context(members, claims, articles)
    claims = sorted(claims, key=lambda c: (ctx.order.get(c.article, 0), c.span[0], c.id))
    figures, conflicts = figures_of(claims, ctx)
    date, date_conflicts = _date(claims, members, ctx)
    location, place_conflicts = location_of(claims, members, ctx)
    actors, actor_conflicts = _actors(claims, ctx)
    type_, subtype = _type(members)
    article_ids = tuple(sorted({m.article for m in members}, key=lambda a: ctx.order.get(a, 0)))
    main_in = tuple(a for a in article_ids if any(m.main and m.article == a for m in members))
    return Event(
        id=event_id,
        type=type_,
        subtype=subtype,
        title=make_title(
            type_, subtype, figures, _title_actors(actors, figures, claims), location, _lede(members, ctx)
        ),
        members=tuple(m.id for m in members),
        articles=article_ids,
        main_in=main_in,
        date=date,
        location=location,
        actors=actors,
        figures=figures,
        conflicts=(*figures_conflicts_first(conflicts), *date_conflicts, *place_conflicts, *actor_conflicts),
        summary=summarize(members, claims, ctx.articles, _support(claims, ctx), ctx.order,
                          {c.id: claim_key(c) for c in claims}),
        timeline=_timeline(claims, ctx),
        adds=_adds(claims, ctx),
    )


def figures_conflicts_first(conflicts: Sequence[Conflict]) -> tuple[Conflict, ...]:
    """Figure conflicts in field order, so reports read killed before injured."""
    return tuple(sorted(conflicts, key=lambda c: FIGURE_FIELDS.index(c.field) if c.field in FIGURE_FIELDS else 99))


def precision_of(value: str) -> str:
    """ISO date precision from its shape: 2023-02-17 day, 2023-W07 week, 2023-02 month, 2023 year."""
    if "W" in value:
        return "week"
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "day")


def _date(
    claims: Sequence[Claim], members: Sequence[ArticleEvent], ctx: Context
) -> tuple[DateField | None, list[Conflict]]:
    dated = _possible_dates([c for c in claims if c.field == "date" and isinstance(c.value, str) and c.value], ctx)
    if not dated:
        return _member_date(members), []
    ranked = sorted({str(c.value) for c in dated}, key=lambda v: _date_rank(v, dated, ctx), reverse=True)
    chosen = _night_before(ranked, dated, ctx)
    agree = tuple(c.id for c in dated if _consistent_dates(str(c.value), chosen))
    days = sorted((v for v in ranked if precision_of(v) == "day"), key=lambda v: v != chosen)  # chosen first
    conflicts = disagreement("date", days, lambda c: str(c.value), dated, ctx, lambda v: v)
    return DateField(chosen, precision_of(chosen), agree), conflicts


def _possible_dates(dated: Sequence[Claim], ctx: Context) -> list[Claim]:
    """Dates on or before the first report's publication: an event cannot happen after it was reported.

    Follow-up stories (an arraignment, a funeral) carry later dates that extraction may take for the event's.
    When every date is later (wrong publication dates), all are kept.
    """
    published = [p for p in (ctx.published(c) for c in dated) if len(p) == 10]
    published += [(a.published or "")[:10] for a in ctx.articles.values() if len(a.published or "") >= 10]
    if not published:
        return list(dated)
    floor = min(published)
    possible = [c for c in dated if "W" in str(c.value) or str(c.value) <= floor[: len(str(c.value))]]
    return possible or list(dated)


def _date_rank(value: str, dated: Sequence[Claim], ctx: Context) -> tuple[int, int, str]:
    """Most precise first, then the most reports agreeing with it, then the latest."""
    precise = {"day": 3, "week": 2, "month": 1}.get(precision_of(value), 0)
    support = {ctx.root(c) for c in dated if _consistent_dates(str(c.value), value)}
    return precise, len(support), value


def _night_before(ranked: Sequence[str], dated: Sequence[Claim], ctx: Context) -> str:
    """Of two consecutive days backed alike, the earlier: a night-time event is dated the next morning.

    "Late Saturday" becomes "Sunday" in a report written after midnight, and "last night" or "yesterday"
    read against a publication day one off shift the day by one, never by more. A later day said with its
    small hours ("early Saturday morning", "1:40 a.m. Wednesday") is the event's own: it stays.
    """
    if len(ranked) < 2 or precision_of(ranked[0]) != "day" or precision_of(ranked[1]) != "day":
        return ranked[0]
    first, second = ranked[0], ranked[1]
    alike = _date_rank(first, dated, ctx)[:2] == _date_rank(second, dated, ctx)[:2]
    try:
        gap = (date.fromisoformat(first) - date.fromisoformat(second)).days
    except ValueError:
        return first
    if not alike or gap != 1 or any(_small_hours(c, ctx) for c in dated if c.value == first):
        return first
    return second


def _small_hours(claim: Claim, ctx: Context) -> bool:
    """The day is said with its small hours ("early Saturday morning", "overnight"): the later day is the
    event's, not a night-time event dated the next morning."""
    article = ctx.articles.get(claim.article)
    if article is None or claim.value_span is None:
        return False
    start, end = claim.value_span
    return bool(_SMALL_HOURS.search(article.text[max(start - SMALL_HOURS_REACH, 0) : end + SMALL_HOURS_REACH]))


def _consistent_dates(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _member_date(members: Sequence[ArticleEvent]) -> DateField | None:
    votes = Counter((m.date, m.date_precision or precision_of(m.date)) for m in members if m.date)
    if not votes:
        return None
    (value, precision), _ = votes.most_common(1)[0]
    return DateField(value, precision, ())




def _actors(claims: Sequence[Claim], ctx: Context) -> tuple[tuple[Actor, ...], list[Conflict]]:
    actors: list[Actor] = []
    conflicts: list[Conflict] = []
    for role in ("perpetrator", "victim"):
        named = [c for c in claims if c.field == role and isinstance(c.value, str) and c.value.strip()]
        resolved = resolve_names([str(c.value) for c in named], "actor")
        groups: dict[str, list[Claim]] = {}
        for claim in named:
            groups.setdefault(resolved[str(claim.value)], []).append(claim)
        ranked = sorted(groups, key=lambda n: -len({ctx.root(c) for c in groups[n]}))
        actors += [Actor(role, n, tuple(c.id for c in groups[n]), _certainty(groups[n])) for n in ranked]
        if role == "perpetrator":
            specific = [n for n in ranked if n.casefold() not in GENERIC_ACTORS]
            conflicts += disagreement(role, specific, _name_key(resolved), named, ctx, lambda n: n)
    return tuple(actors), conflicts


def _name_key(resolved: dict[str, str]) -> Callable[[Claim], str]:
    return lambda claim: resolved.get(str(claim.value), "")


def _certainty(claims: Sequence[Claim]) -> str | None:
    found = [c.certainty for c in claims if c.certainty in CERTAINTY_ORDER]
    return min(found, key=CERTAINTY_ORDER.index) if found else None


def _type(members: Sequence[ArticleEvent]) -> tuple[str, str | None]:
    """Majority over the member events, a report's main event counting double; vague types only if alone."""
    votes: dict[str, float] = {}
    for member in members:
        weight = 0.01 if member.type in VAGUE_TYPES else 1.0
        votes[member.type] = votes.get(member.type, 0.0) + (2.0 if member.main else 1.0) * weight
    if not votes:
        return "other", None
    type_ = max(votes, key=lambda t: (votes[t], -[m.type for m in members].index(t)))
    subtypes = Counter(m.subtype for m in members if m.type == type_ and m.subtype)
    return type_, (subtypes.most_common(1)[0][0] if subtypes else None)


def _title_actors(actors: Sequence[Actor], figures: Sequence[Figure], claims: Sequence[Claim]) -> tuple[Actor, ...]:
    """The actors a title may name with its figure: a victim said only in sentences that also count another
    field is left out ("Homsi was killed …, four soldiers were injured": the one killed was no soldier)."""
    field = next((f.field for f in figures if f.field in FIGURE_VERBS), None)
    if field is None:
        return tuple(actors)
    by_id = {c.id: c for c in claims}
    mixed = {(c.article, c.span) for c in claims if c.field in FIGURE_FIELDS and c.field != field}

    def fits(actor: Actor) -> bool:
        said = [(by_id[i].article, by_id[i].span) for i in actor.claims if i in by_id]
        return actor.role != "victim" or not said or not all(s in mixed for s in said)

    return tuple(a for a in actors if fits(a))


def _lede(members: Sequence[ArticleEvent], ctx: Context) -> str | None:
    """The first sentence of the earliest report whose main subject this is."""
    for member in sorted(members, key=lambda m: (not m.main, ctx.order.get(m.article, 0))):
        article = ctx.articles.get(member.article)
        if article and member.sentences:
            start, end = member.sentences[0]
            return article.text[start:end].strip()
    return None


def _timeline(claims: Sequence[Claim], ctx: Context) -> tuple[TimelinePoint, ...]:
    numeric = [c for c in claims if c.field in FIGURE_FIELDS and is_number(c.value)]
    numeric.sort(key=ctx.time_key)
    return tuple(
        TimelinePoint(c.field, ctx.published(c) or None, int(c.value), ctx.sources[c.id], c.article, c.id)  # type: ignore[arg-type]
        for c in numeric
    )


def claim_key(claim: Claim) -> tuple[str, str]:
    """What a claim asserts, comparable across reports and languages."""
    value = claim.value
    if isinstance(value, Place):
        text = place_key(value)
    elif claim.field in ("perpetrator", "victim") and isinstance(value, str):
        text = canonical(value, "actor").casefold()
    elif is_number(value):
        text = f"{group_of(claim) or ''}:{value}"
    else:
        text = str(value).casefold()
    return claim.field, text


def _support(claims: Sequence[Claim], ctx: Context) -> dict[str, frozenset[str]]:
    """Claim id -> the articles that state the same thing (copies folded into their original)."""
    by_key: dict[tuple[str, str], set[str]] = {}
    for claim in claims:
        by_key.setdefault(claim_key(claim), set()).add(ctx.root(claim))
    return {c.id: frozenset(by_key[claim_key(c)]) for c in claims}


def _adds(claims: Sequence[Claim], ctx: Context) -> tuple[SourceAddition, ...]:
    """Per source, the claims no other source states, figures first, as an editor reads them.

    A victim group some figure already counts ("soldiers" beside "7 soldiers") adds nothing new; sources that
    add the most come first.
    """
    sources_by_key: dict[tuple[str, str], set[str]] = {}
    for claim in claims:
        sources_by_key.setdefault(claim_key(claim), set()).add(ctx.sources[claim.id])
    counted = {g for c in claims if c.field in FIGURE_FIELDS and (g := group_of(c))}
    own: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.field == "type" or len(sources_by_key[claim_key(claim)]) > 1:
            continue
        if claim.field == "victim" and isinstance(claim.value, str) and _victim_group(claim.value) in counted:
            continue
        own.setdefault(ctx.sources[claim.id], []).append(claim)
    ranked = sorted(own.items(), key=lambda item: -len({claim_key(c) for c in item[1]}))
    return tuple(
        SourceAddition(source, tuple(dict.fromkeys(c.article for c in cs)),
                       tuple(c.id for c in sorted(cs, key=_reading_rank)))
        for source, cs in ranked
    )


def _victim_group(value: str) -> str | None:
    return group_of(Claim("", "", "", "victim", None, (0, 0), "", group=value))


def _reading_rank(claim: Claim) -> int:
    """Figures in their field order, then when, where, who."""
    order = (*FIGURE_FIELDS, "date", "location", "perpetrator", "victim")
    return order.index(claim.field) if claim.field in order else len(order)
