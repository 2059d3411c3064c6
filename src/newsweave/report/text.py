"""Words shared by the Markdown and HTML views: how a claim, a figure and a source read to an editor."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsweave.aliases import canonical
from newsweave.models import Article, Claim, Event, Figure, Place, Result

QUALIFIER_WORDS = {
    "at_least": "at least {}", "more_than": "more than {}", "about": "about {}", "at_most": "at most {}",
    "up_to": "up to {}", "initial": "{} (initial)", "revised": "{} (revised)",
}
QUOTE_CHARS = 240
UNATTRIBUTED = "the report itself"  # a claim no source is named for, in a report with no known outlet


def ordered_events(result: Result) -> list[Event]:
    """Main events first, then by how many articles report them (ties keep the Result's order)."""
    return sorted(result.events, key=lambda e: (not e.main_in, -len(e.articles)))


def value_text(claim: Claim) -> str:
    """ "at least 53", "40–60 civilians", "southeast of Sokhne", "2023-02-17"."""
    value = claim.value
    if isinstance(value, Place):
        name = ", ".join(p for p in (value.name, value.admin1, value.country) if p)
        return f"{claim.relation} {name}" if claim.relation else name
    if claim.qualifier == "range" and claim.low is not None and claim.high is not None:
        text = f"{claim.low}–{claim.high}"
    else:
        text = QUALIFIER_WORDS.get(claim.qualifier, "{}").format(value)
    return f"{text} {claim.group}" if claim.group else text


def claim_text(claim: Claim) -> str:
    return f"{claim.field}: {value_text(claim)}"


def source_of(claim: Claim, articles: dict[str, Article], names: Mapping[str, str] | None = None) -> str:
    """Who said it, by canonical name: the named source, else the outlet, else the report itself.

    `names` (from `display_sources`) narrows a general name to the event's specific one.
    """
    if names and claim.id in names:
        return names[claim.id]
    if claim.attributed_to:
        return canonical(claim.attributed_to, "source")
    article = articles.get(claim.article)
    if article and article.outlet:
        return canonical(article.outlet, "outlet")
    return UNATTRIBUTED


def display_sources(claims: Sequence[Claim], articles: dict[str, Article]) -> dict[str, str]:
    """Claim id -> source name as reconcile groups them ("state TV" -> "Syrian state television")."""
    from newsweave.reconcile import resolve_names

    raw = {c.id: c.attributed_to or source_of(c, articles) for c in claims}  # raw names: resolve_names narrows them
    resolved = resolve_names(raw.values(), "source")
    return {cid: resolved[name] for cid, name in raw.items()}


def as_named(claim: Claim, shown: str) -> str | None:
    """How the article itself names the source, when that differs from the name shown."""
    if claim.attributed_to and claim.attributed_to != shown:
        return claim.attributed_to
    return None


def quoted(text: str) -> str:
    """Curly quotes around a sentence, unless it already opens with a quotation mark."""
    return text if text[:1] in "\"“«„'" else f"“{text}”"


def by_source(claims: Sequence[Claim], names: Mapping[str, str]) -> list[Claim]:
    """Claims grouped by source (first mention first), in text order within a source."""
    first: dict[str, int] = {}
    for n, claim in enumerate(claims):
        first.setdefault(names[claim.id], n)
    return sorted(claims, key=lambda c: first[names[c.id]])


def figure_line(figure: Figure) -> str:
    """ "Killed: 53 (low 36 – high 53; 46 civilians, 7 soldiers)"."""
    notes = []
    if figure.low != figure.best or figure.high != figure.best:
        notes.append(f"low {figure.low} – high {figure.high}")
    if figure.groups:
        notes.append(", ".join(f"{n} {g}" for g, n in figure.groups.items()))
    detail = f" ({'; '.join(notes)})" if notes else ""
    return f"{figure.field.capitalize()}: {figure.best}{detail}"


def place_line(event: Event) -> str | None:
    if event.location is None:
        return None
    place = event.location.place
    name = ", ".join(p for p in (place.name, place.admin1, place.country) if p)
    return f"{event.location.relation} {name}" if event.location.relation else name


def evidence(claim: Claim) -> str:
    """The words that carry a claim: its sentence, or the headline for a claim only the title makes."""
    return claim.quote or (f"(headline) {claim.headline}" if claim.headline else "")


def short_quote(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


SAID_FIELDS = frozenset({"perpetrator", "killed", "injured", "kidnapped", "released", "missing", "arrested",
                         "displaced", "affected"})


def said(claims: Sequence[Claim]) -> list[Claim]:
    """The claims "who said what" lists: figures and who did it, the facts sources most often differ on."""
    return [c for c in claims if c.field in SAID_FIELDS]


def actor_lines(event: Event) -> list[tuple[str, str, tuple[str, ...]]]:
    """(Role, "Islamic State (attributed); IS-K", claim ids) per role: one line for all victims."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for actor in event.actors:
        names, ids = out.setdefault(actor.role, ([], []))
        names.append(actor.name + (f" ({actor.certainty})" if actor.certainty else ""))
        ids.extend(actor.claims)
    label = {"perpetrator": "Perpetrator", "victim": "Victims"}
    return [(label.get(role, role.capitalize()), "; ".join(n), tuple(i)) for role, (n, i) in out.items()]


def conflicting_fields(event: Event) -> set[str]:
    return {c.field for c in event.conflicts}


def claims_by_id(result: Result) -> dict[str, Claim]:
    return {c.id: c for c in result.claims}


def event_claims(event: Event, claims: Sequence[Claim]) -> list[Claim]:
    """The claims that belong to `event`: attached to it, or cited by one of its fields."""
    cited = {i for f in event.figures for i in f.claims} | {i for a in event.actors for i in a.claims}
    cited |= set(event.date.claims if event.date else ()) | set(event.location.claims if event.location else ())
    cited |= {i for c in event.conflicts for i in c.claims}
    members = set(event.members)
    return [c for c in claims if c.event == event.id or c.id in cited or c.event in members]


def reported_in_note(event: Event) -> str:
    """ "main subject in a1, a2", or that every report mentions the event only in passing."""
    return f"main subject in {', '.join(event.main_in)}" if event.main_in else "only mentioned in passing"


def timeline_rows(
    event: Event, claims: Mapping[str, Claim], articles: Mapping[str, Article]
) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(when, source, what, articles) per distinct figure statement, oldest first.

    A report repeating its figure, or copies carrying it, make one row citing every article; "when" is empty
    when no report is dated, rather than a column of "undated". A single statement is no timeline: none.
    """
    rows: dict[tuple[str, str, str], list[str]] = {}
    for point in event.timeline:
        what = claim_text(claims[point.claim]) if point.claim in claims else f"{point.field}: {point.value}"
        source = UNATTRIBUTED if not point.source or point.source in articles else point.source
        rows.setdefault((point.published or "", source, what), []).append(point.article)
    dated = any(when for when, _, _ in rows)
    if len(rows) < 2:
        return []
    return [((when or "undated") if dated else "", source, what, tuple(dict.fromkeys(ids)))
            for (when, source, what), ids in rows.items()]


Row = tuple[str, tuple[str, ...], str]


def addition_rows(event: Event, claims: Mapping[str, Claim], articles: Mapping[str, Article]) -> list[Row]:
    """(source, articles, facts) per source that alone states something, when the event has other sources too.

    With one source only, everything is its own and the list would repeat the facts; a source known only by
    its report's id reads as "the report itself".
    """
    if len(event.adds) == 1:
        own = set(event.adds[0].claims)
        cited = {i for f in event.figures for i in f.claims} | {i for a in event.actors for i in a.claims}
        if cited <= own:
            return []
    out = []
    for addition in event.adds:
        facts = "; ".join(dict.fromkeys(claim_text(claims[i]) for i in addition.claims if i in claims))
        name = UNATTRIBUTED if addition.source in articles else addition.source
        out.append((name, addition.articles, facts))
    return out
