"""Reconcile: what the sources together establish about one event, and where they disagree.

A group of article-level events (one per report) becomes one `Event`. The rules follow UCDP and ACLED practice:

- Figures (killed, injured, ...) get UCDP's low / best / high. `low` is the lowest figure any credible claim
  states, an initial count included (ACLED's conservative figure); `high` the highest; `best` the figure of the
  latest reports, then the most sources, then the most articles, then attributed, then the most exact wording.
- A part ("46 civilians", "7 soldiers") is never in conflict with its total; parts alone imply their sum.
- A source's own revision (same canonical source, 36 then 53, ordered by publication date, then by qualifier
  initial < stated < revised, then by position in text) is an update: both claims stay, the older is
  `superseded`. A figure the text itself calls initial is superseded by any later, non-initial figure.
- Real disagreements become `conflicts` with the claims on each side: two sources that cannot both be right at
  the same time (53 vs 68 on the same day; a later lower toll), two dates at day precision, two towns each
  named by an article that does not name the other, opposite directions from one town, two named perpetrators.
- Copies of one wire story (`Article.copies_of`) count as one report.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from unidecode import unidecode

from newsweave.aliases import Kind, canonical, same
from newsweave.models import (
    Actor,
    Article,
    ArticleEvent,
    Claim,
    Conflict,
    DateField,
    Event,
    Figure,
    LocationField,
    Place,
    SourceAddition,
    TimelinePoint,
)
from newsweave.reconcile_rules import (
    CERTAINTY_ORDER,
    COMPASS,
    COMPASS_WORDS,
    DISJOINT_GROUPS,
    FIGURE_FIELDS,
    GENERIC_ACTORS,
    GROUP_SYNONYMS,
    PLACE_PRECISION,
    SPECIFICITY,
    TOTAL_GROUPS,
    VAGUE_TYPES,
)
from newsweave.summary import make_title, summarize

Interval = tuple[float, float]
SINGLE_VICTIM = 1
NEARBY_KM = 30.0

@dataclass(frozen=True)
class _Context:
    """What the rules need to know about every claim: its article, source and report."""

    articles: dict[str, Article]
    order: dict[str, int]  # article id -> position (publication date, then member order)
    sources: dict[str, str]  # claim id -> canonical source

    def published(self, claim: Claim) -> str:
        article = self.articles.get(claim.article)
        return (article.published or "")[:10] if article else ""

    def root(self, claim: Claim) -> str:
        article = self.articles.get(claim.article)
        return (article.copies_of or article.id) if article else claim.article

    def time_key(self, claim: Claim) -> tuple[str, int, int, int]:
        rank = {"initial": 0, "revised": 2}.get(claim.qualifier, 1)
        return (self.published(claim), rank, self.order.get(claim.article, 0), claim.span[0])


def reconcile(
    event_id: str, members: Sequence[ArticleEvent], claims: Sequence[Claim], articles: Sequence[Article]
) -> Event:
    """One event from the article-level events that report it, with its figures, conflicts and brief."""
    ctx = _context(members, claims, articles)
    claims = sorted(claims, key=lambda c: (ctx.order.get(c.article, 0), c.span[0], c.id))
    figures, conflicts = _figures(claims, ctx)
    date, date_conflicts = _date(claims, members, ctx)
    location, place_conflicts = _location(claims, members, ctx)
    actors, actor_conflicts = _actors(claims, ctx)
    type_, subtype = _type(members)
    article_ids = tuple(sorted({m.article for m in members}, key=lambda a: ctx.order.get(a, 0)))
    main_in = tuple(a for a in article_ids if any(m.main and m.article == a for m in members))
    return Event(
        id=event_id,
        type=type_,
        subtype=subtype,
        title=make_title(type_, subtype, figures, actors, location, _lede(members, ctx)),
        members=tuple(m.id for m in members),
        articles=article_ids,
        main_in=main_in,
        date=date,
        location=location,
        actors=actors,
        figures=figures,
        conflicts=(*figures_conflicts_first(conflicts), *date_conflicts, *place_conflicts, *actor_conflicts),
        summary=summarize(members, claims, ctx.articles, _support(claims, ctx), ctx.order),
        timeline=_timeline(claims, ctx),
        adds=_adds(claims, ctx),
    )


def figures_conflicts_first(conflicts: Sequence[Conflict]) -> tuple[Conflict, ...]:
    """Figure conflicts in field order, so reports read killed before injured."""
    return tuple(sorted(conflicts, key=lambda c: FIGURE_FIELDS.index(c.field) if c.field in FIGURE_FIELDS else 99))


# --- context ----------------------------------------------------------------------------------------


def _context(members: Sequence[ArticleEvent], claims: Sequence[Claim], articles: Sequence[Article]) -> _Context:
    by_id = {a.id: a for a in articles}
    first = {m.article: n for n, m in reversed(list(enumerate(members)))}
    ids = sorted(by_id, key=lambda a: ((by_id[a].published or "~")[:10], first.get(a, len(first)), a))
    order = {a: n for n, a in enumerate(ids)}
    for claim in claims:
        order.setdefault(claim.article, len(order))
    names = {c.id: _raw_source(c, by_id.get(c.article)) for c in claims}
    resolved = resolve_names(names.values(), "source")
    return _Context(by_id, order, {cid: resolved[name] for cid, name in names.items()})


def _raw_source(claim: Claim, article: Article | None) -> str:
    if claim.attributed_to:
        return claim.attributed_to
    if article is None:
        return claim.article
    if article.outlet:
        return canonical(article.outlet, "outlet")
    return article.copies_of or article.id


def resolve_names(names: Iterable[str], kind: Kind) -> dict[str, str]:
    """Each name -> the display name of its group: names that `aliases.same` joins share one."""
    resolved: dict[str, str] = {}
    reps: list[str] = []
    for name in names:
        if name in resolved:
            continue
        canon = canonical(name, kind)
        rep = next((r for r in reps if r == canon or same(r, name, kind)), None)
        if rep is None:
            reps.append(canon)
            rep = canon
        resolved[name] = rep
    return resolved


# --- figures ----------------------------------------------------------------------------------------


def _is_number(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def group_of(claim: Claim) -> str | None:
    """The part a figure counts ("soldiers"), or None for a total ("53 people", "53 citizens")."""
    if not claim.group:
        return None
    name = claim.group.strip().casefold()
    if name in TOTAL_GROUPS:
        return None
    return GROUP_SYNONYMS.get(name, name)


def _interval(claim: Claim) -> Interval:
    value = float(claim.value) if _is_number(claim.value) else 0.0  # type: ignore[arg-type]
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


def _figures(claims: Sequence[Claim], ctx: _Context) -> tuple[tuple[Figure, ...], list[Conflict]]:
    figures: list[Figure] = []
    conflicts: list[Conflict] = []
    for field in FIGURE_FIELDS:
        numeric = [c for c in claims if c.field == field and _is_number(c.value)]
        if numeric:
            figure, found = _figure(field, numeric, ctx)
            figures.append(figure)
            conflicts.extend(found)
    return tuple(figures), conflicts


def _figure(field: str, claims: Sequence[Claim], ctx: _Context) -> tuple[Figure, list[Conflict]]:
    totals = [c for c in claims if group_of(c) is None]
    parts: dict[str, list[Claim]] = {}
    for claim in claims:
        if (group := group_of(claim)) is not None:
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
    ctx: _Context,
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


def superseded_claims(claims: Sequence[Claim], ctx: _Context) -> set[str]:
    """Claims a source itself later revised, and figures the text calls initial once a later one exists."""
    out: set[str] = set()
    by_source: dict[str, list[Claim]] = {}
    for claim in claims:
        by_source.setdefault(ctx.sources[claim.id], []).append(claim)
    for own in by_source.values():
        ordered = sorted(own, key=ctx.time_key)
        latest = ordered[-1].value
        out |= {c.id for c in ordered if c.value != latest}
    settled = [c for c in claims if c.qualifier != "initial"]
    for claim in claims:
        if claim.qualifier == "initial" and any(c.value != claim.value for c in settled):
            out.add(claim.id)
    return out


def _best(claims: Sequence[Claim], ctx: _Context) -> int:
    """The figure most reports lead with, then the latest, then of the most sources, articles, attributions.

    A report's lead figure (its first statement of the count) is its considered total; later sentences often
    count one victim or a part ("he had been shot"), so they back a figure without voting for it.
    """
    by_value: dict[int, list[Claim]] = {}
    for claim in claims:
        by_value.setdefault(int(claim.value), []).append(claim)  # type: ignore[arg-type]
    leads = Counter(int(c.value) for c in _leads(claims, ctx))  # type: ignore[arg-type]

    def score(value: int) -> tuple[int, str, int, int, int, int, int]:
        support = by_value[value]
        return (
            leads[value],
            max(ctx.published(c) for c in support),
            len({ctx.sources[c.id] for c in support}),
            len({ctx.root(c) for c in support}),
            sum(1 for c in support if c.attributed_to),
            -min(SPECIFICITY.get(c.qualifier, 1) for c in support),
            value,
        )

    return max(by_value, key=score) if by_value else 0


def _leads(claims: Sequence[Claim], ctx: _Context) -> list[Claim]:
    """Each report's first figure (copies of one story count once)."""
    first: dict[str, Claim] = {}
    for claim in sorted(claims, key=lambda c: (ctx.order.get(c.article, 0), c.span[0])):
        first.setdefault(ctx.root(claim), claim)
    return list(first.values())


def _value_conflicts(field: str, group: str | None, claims: Sequence[Claim], ctx: _Context) -> list[Conflict]:
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


def _clash(a: Claim, b: Claim, ctx: _Context) -> bool:
    (a_low, a_high), (b_low, b_high) = _interval(a), _interval(b)
    if a_low <= b_high and b_low <= a_high:
        return False
    day_a, day_b = ctx.published(a), ctx.published(b)
    if day_a and day_b and day_a != day_b:
        later, earlier = (a, b) if day_a > day_b else (b, a)
        return int(later.value) < int(earlier.value)  # type: ignore[arg-type]  # a rising toll is news
    return True


def _sources_of(claims: Sequence[Claim], value: int, ctx: _Context) -> str:
    names = dict.fromkeys(ctx.sources[c.id] for c in claims if c.value == value)
    return ", ".join(names)


# --- date -------------------------------------------------------------------------------------------


def precision_of(value: str) -> str:
    """ISO date precision from its shape: 2023-02-17 day, 2023-W07 week, 2023-02 month, 2023 year."""
    if "W" in value:
        return "week"
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "day")


def _date(
    claims: Sequence[Claim], members: Sequence[ArticleEvent], ctx: _Context
) -> tuple[DateField | None, list[Conflict]]:
    dated = [c for c in claims if c.field == "date" and isinstance(c.value, str) and c.value]
    if not dated:
        return _member_date(members), []
    ranked = sorted({str(c.value) for c in dated}, key=lambda v: _date_rank(v, dated, ctx), reverse=True)
    chosen = ranked[0]
    agree = tuple(c.id for c in dated if _consistent_dates(str(c.value), chosen))
    days = [v for v in ranked if precision_of(v) == "day"]
    conflicts = _disagreement("date", days, lambda c: str(c.value), dated, ctx, lambda v: v)
    return DateField(chosen, precision_of(chosen), agree), conflicts


def _date_rank(value: str, dated: Sequence[Claim], ctx: _Context) -> tuple[int, int, int]:
    """Most precise first, then the most reports agreeing with it."""
    precise = {"day": 3, "week": 2, "month": 1}.get(precision_of(value), 0)
    support = {ctx.root(c) for c in dated if _consistent_dates(str(c.value), value)}
    return precise, len(support), -min(ctx.order.get(c.article, 0) for c in dated if c.value == value)


def _consistent_dates(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _member_date(members: Sequence[ArticleEvent]) -> DateField | None:
    votes = Counter((m.date, m.date_precision or precision_of(m.date)) for m in members if m.date)
    if not votes:
        return None
    (value, precision), _ = votes.most_common(1)[0]
    return DateField(value, precision, ())


def _disagreement(
    field: str,
    values: Sequence[str],
    key: Callable[[Claim], str],
    claims: Sequence[Claim],
    ctx: _Context,
    label: Callable[[str], str],
) -> list[Conflict]:
    """Values each stated by a report that does not state the other: a real disagreement."""
    by_root: dict[str, set[str]] = {}
    for claim in claims:
        by_root.setdefault(ctx.root(claim), set()).add(key(claim))
    rival = [v for v in values[1:] if _exclusive(values[0], v, by_root)] if values else []
    if not rival:
        return []
    kept = [values[0], *rival]
    sides = tuple(tuple(c.id for c in claims if key(c) == v) for v in kept)
    note = f"{field}: " + " vs ".join(label(v) for v in kept)
    return [Conflict(field, note, tuple(c for side in sides for c in side), sides)]


def _exclusive(a: str, b: str, by_root: dict[str, set[str]]) -> bool:
    only_a = any(a in keys and b not in keys for keys in by_root.values())
    only_b = any(b in keys and a not in keys for keys in by_root.values())
    return only_a and only_b


# --- location ---------------------------------------------------------------------------------------


def place_key(place: Place) -> str:
    """Places compare by GeoNames id, else by a transliteration skeleton (Sokhne = Al-Sokhna = As Sukhnah)."""
    if place.geonameid:
        return f"geo:{place.geonameid}"
    return f"name:{name_skeleton(place.name)}"


def name_skeleton(name: str) -> str:
    """Consonants of a name without the article: transliterations of one Arabic name share them."""
    text = unidecode(name).casefold()
    text = re.sub(r"^(?:al|as|ash|ad|ar|az|at|an|el|es|ed)[\s-]+", "", text)
    text = re.sub(r"[^a-z]", "", text)
    text = re.sub(r"[aeiouyhw']", "", text)
    skeleton = re.sub(r"(.)\1+", r"\1", text)
    return skeleton if len(skeleton) >= 3 else text or name.casefold()


def _place_of(claim: Claim) -> Place | None:
    if isinstance(claim.value, Place):
        return claim.value
    if isinstance(claim.value, str) and claim.value.strip():
        return Place(name=claim.value.strip())
    return None


def _location(
    claims: Sequence[Claim], members: Sequence[ArticleEvent], ctx: _Context
) -> tuple[LocationField | None, list[Conflict]]:
    located = [(c, p) for c in claims if c.field == "location" and (p := _place_of(c)) is not None]
    if not located:
        places = [m.place for m in sorted(members, key=lambda m: not m.main) if m.place]
        return (LocationField(places[0]) if places else None), []
    finest = min(PLACE_PRECISION.index(p.precision) for _, p in located)
    level = [(c, p) for c, p in located if PLACE_PRECISION.index(p.precision) == finest]
    keys = Counter(place_key(p) for _, p in level)
    ranked = sorted(keys, key=lambda k: (-len({ctx.root(c) for c, p in level if place_key(p) == k}), -keys[k]))
    chosen = [(c, p) for c, p in level if place_key(p) == ranked[0]]
    place = _display_place([p for _, p in chosen])
    names = {place_key(p): p.name for _, p in level}
    sites = {place_key(p): p for _, p in sorted(level, key=lambda cp: cp[1].lat is None)}
    rivals = [ranked[0], *(k for k in ranked[1:] if not _nearby(sites[k], place))]
    conflicts = _disagreement("location", rivals, _key_or_blank, [c for c, _ in level], ctx, lambda k: names[k])
    relation, relation_conflicts = _relation([c for c, _ in chosen], place.name)
    agree = tuple(c.id for c, p in located if _within(p, place))
    return LocationField(place, agree, relation), conflicts + relation_conflicts


def _nearby(a: Place, b: Place) -> bool:
    """Within NEARBY_KM: a neighbourhood and its city, or a village and the town beside it, are one place."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    dlat, dlon = math.radians(b.lat - a.lat), math.radians(b.lon - a.lon)
    across = math.cos(math.radians(a.lat)) * math.cos(math.radians(b.lat))
    h = math.sin(dlat / 2) ** 2 + across * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h))) <= NEARBY_KM


def _key_or_blank(claim: Claim) -> str:
    place = _place_of(claim)
    return place_key(place) if place else ""


def _display_place(places: Sequence[Place]) -> Place:
    """The gazetteer entry when one claim has it, else the most common spelling."""
    geocoded = [p for p in places if p.geonameid or p.lat is not None]
    if geocoded:
        return geocoded[0]
    common = Counter(p.name for p in places).most_common(1)[0][0]
    return next(p for p in places if p.name == common)


def _within(place: Place, chosen: Place) -> bool:
    if place_key(place) == place_key(chosen):
        return True
    if place.precision == "admin1" and chosen.admin1:
        return name_skeleton(place.name) == name_skeleton(chosen.admin1)
    if place.precision == "country" and chosen.country:
        return (place.country or place.name).casefold() in (chosen.country.casefold(), "")
    return False


def compass(relation: str | None) -> str | None:
    """ "to the south-east of", "sud-est de", "جنوب شرق" -> "se"; None for "near", "in"."""
    if not relation:
        return None
    text = relation.casefold().replace("-", "").replace(" ", "")
    for word, direction in COMPASS:
        if word in text:
            return direction
    return None


_BEARING = {"n": 0, "ne": 45, "e": 90, "se": 135, "s": 180, "sw": 225, "w": 270, "nw": 315}


def _relation(claims: Sequence[Claim], name: str) -> tuple[str | None, list[Conflict]]:
    """Keep the direction when the sources agree; opposite bearings (90° or more apart) are a conflict."""
    directed = [(c, d) for c in claims if (d := compass(c.relation)) is not None]
    if not directed:
        plain = [c.relation for c in claims if c.relation]
        return (plain[0] if plain else None), []
    bearings = dict.fromkeys(d for _, d in directed)
    first = next(iter(bearings))
    apart = [d for d in bearings if _angle(_BEARING[first], _BEARING[d]) >= 90]
    if not apart:
        return directed[0][0].relation, []
    kept = [first, *apart]
    sides = tuple(tuple(c.id for c, d in directed if d == k) for k in kept)
    words = " vs ".join(_relation_word(directed, k) for k in kept)
    note = f"location: {words} of {name}"
    return None, [Conflict("location", note, tuple(c for s in sides for c in s), sides)]


def _relation_word(directed: Sequence[tuple[Claim, str]], direction: str) -> str:
    return COMPASS_WORDS.get(direction, direction)


def _angle(a: int, b: int) -> int:
    diff = abs(a - b) % 360
    return min(diff, 360 - diff)


# --- actors and type --------------------------------------------------------------------------------


def _actors(claims: Sequence[Claim], ctx: _Context) -> tuple[tuple[Actor, ...], list[Conflict]]:
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
            conflicts += _disagreement(role, specific, _name_key(resolved), named, ctx, lambda n: n)
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


def _lede(members: Sequence[ArticleEvent], ctx: _Context) -> str | None:
    """The first sentence of the earliest report whose main subject this is."""
    for member in sorted(members, key=lambda m: (not m.main, ctx.order.get(m.article, 0))):
        article = ctx.articles.get(member.article)
        if article and member.sentences:
            start, end = member.sentences[0]
            return article.text[start:end].strip()
    return None


# --- timeline, additions, support --------------------------------------------------------------------


def _timeline(claims: Sequence[Claim], ctx: _Context) -> tuple[TimelinePoint, ...]:
    numeric = [c for c in claims if c.field in FIGURE_FIELDS and _is_number(c.value)]
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
    elif _is_number(value):
        text = f"{group_of(claim) or ''}:{value}"
    else:
        text = str(value).casefold()
    return claim.field, text


def _support(claims: Sequence[Claim], ctx: _Context) -> dict[str, frozenset[str]]:
    """Claim id -> the articles that state the same thing (copies folded into their original)."""
    by_key: dict[tuple[str, str], set[str]] = {}
    for claim in claims:
        by_key.setdefault(claim_key(claim), set()).add(ctx.root(claim))
    return {c.id: frozenset(by_key[claim_key(c)]) for c in claims}


def _adds(claims: Sequence[Claim], ctx: _Context) -> tuple[SourceAddition, ...]:
    """Per source, the claims no other source states."""
    sources_by_key: dict[tuple[str, str], set[str]] = {}
    for claim in claims:
        sources_by_key.setdefault(claim_key(claim), set()).add(ctx.sources[claim.id])
    own: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.field != "type" and len(sources_by_key[claim_key(claim)]) == 1:
            own.setdefault(ctx.sources[claim.id], []).append(claim)
    return tuple(
        SourceAddition(source, tuple(dict.fromkeys(c.article for c in cs)), tuple(c.id for c in cs))
        for source, cs in own.items()
    )
