"""The brief an editor reads: per event its facts, who said what, conflicts, a cited summary and timeline."""

from __future__ import annotations

from newsweave.models import Article, Claim, Event, Result
from newsweave.report.text import (
    actor_lines,
    addition_rows,
    as_named,
    by_source,
    claim_text,
    claims_by_id,
    display_sources,
    event_claims,
    evidence,
    figure_line,
    ordered_events,
    place_line,
    quoted,
    reported_in_note,
    said,
    short_quote,
    timeline_rows,
    value_text,
)


def to_markdown(result: Result) -> str:
    """The whole Result as Markdown: events (main first), then sources, then inputs that failed."""
    articles = {a.id: a for a in result.articles}
    lines = [f"# newsweave brief: {len(result.events)} events from {len(result.articles)} articles", ""]
    for number, event in enumerate(ordered_events(result), start=1):
        lines += _event(number, event, result, articles)
    lines += _sources(result.articles)
    lines += _errors(result)
    return "\n".join(lines).rstrip() + "\n"


def _cite(ids: tuple[str, ...] | list[str]) -> str:
    return "".join(f"[{i}]" for i in dict.fromkeys(ids))


def _event(number: int, event: Event, result: Result, articles: dict[str, Article]) -> list[str]:
    claims = claims_by_id(result)
    flagged = {c.field for c in event.conflicts}
    lines = [f"## {number}. {_md(event.title)}", ""]
    lines.append(f"- **Type:** {event.type}" + (f" ({event.subtype})" if event.subtype else ""))
    if event.date:
        warn = " ⚠ sources disagree" if "date" in flagged else ""
        cited = _articles_of(event.date.claims, claims)
        lines.append(f"- **Date:** {event.date.value} ({event.date.precision}){warn} {cited}")
    if place := place_line(event):
        warn = " ⚠ sources disagree" if "location" in flagged else ""
        cited = _articles_of(event.location.claims if event.location else (), claims)
        lines.append(f"- **Place:** {_md(place)}{warn} {cited}")
    for label, names, ids in actor_lines(event):
        warn = " ⚠ sources disagree" if label.casefold() in flagged else ""
        lines.append(f"- **{label}:** {_md(names)}{warn} {_articles_of(ids, claims)}")
    for figure in event.figures:
        warn = " ⚠ sources disagree" if figure.field in flagged else ""
        lines.append(f"- **{figure_line(figure)}**{warn} {_articles_of(figure.claims, claims)}")
    main = f"main subject in {_cite(list(event.main_in))}" if event.main_in else reported_in_note(event)
    lines.append(f"- **Reported in:** {_cite(list(event.articles))}; {main}")
    titles = {e.id: e.title for e in result.events}
    for relation in dict.fromkeys(r.relation for r in event.related):
        linked = [f"{_md(titles.get(r.event, r.event))} ({r.event})" for r in event.related if r.relation == relation]
        lines.append(f"- **{relation.replace('_', ' ').capitalize()}:** {'; '.join(linked)}")
    lines.append("")
    lines += _conflicts(event, claims)
    lines += _who_said_what(event, result, articles)
    lines += _summary(event)
    lines += _adds(event, claims, articles)
    lines += _timeline(event, claims, articles)
    return lines


def _articles_of(ids: tuple[str, ...], claims: dict[str, Claim]) -> str:
    return _cite([claims[i].article for i in ids if i in claims])


def _conflicts(event: Event, claims: dict[str, Claim]) -> list[str]:
    if not event.conflicts:
        return []
    lines = ["### ⚠ Conflicts", ""]
    for conflict in event.conflicts:
        lines.append(f"- **{_md(conflict.note)}**")
        for side in conflict.sides or (conflict.claims,):
            for claim in (claims[i] for i in side if i in claims):
                said = _md(quoted(short_quote(evidence(claim))))
                lines.append(f"  - [{claim.article}] {_md(value_text(claim))}: {said}")
    return lines + [""]


def _who_said_what(event: Event, result: Result, articles: dict[str, Article]) -> list[str]:
    own = said(event_claims(event, result.claims))
    if not own:
        return []
    superseded = {i for f in event.figures for i in f.superseded}
    lines = ["### Who said what", ""]
    names = display_sources(own, articles)
    for claim in by_source(own, names):
        later = " (later revised)" if claim.id in superseded else ""
        named = f" (as “{_md(alias)}”)" if (alias := as_named(claim, names[claim.id])) else ""
        lines.append(
            f"- **{_md(names[claim.id])}**{named} → {_md(claim_text(claim))}{later} [{claim.article}]: "
            f"{_md(quoted(short_quote(evidence(claim))))}"
        )
    return lines + [""]


def _summary(event: Event) -> list[str]:
    if not event.summary:
        return []
    lines = ["### Summary", ""]
    lines += [f"- {_md(' '.join(s.text.split()))} {_cite(list(s.articles))}" for s in event.summary]
    return lines + [""]


def _adds(event: Event, claims: dict[str, Claim], articles: dict[str, Article]) -> list[str]:
    rows = addition_rows(event, claims, articles)
    if not rows:
        return []
    lines = ["### What each source alone adds", ""]
    lines += [f"- **{_md(source)}** {_cite(list(ids))}: {_md(facts)}" for source, ids, facts in rows]
    return lines + [""]


def _timeline(event: Event, claims: dict[str, Claim], articles: dict[str, Article]) -> list[str]:
    rows = timeline_rows(event, claims, articles)
    if not rows:
        return []
    lines = ["### Timeline", ""]
    for when, source, what, ids in rows:
        lines.append(f"- {when + ' · ' if when else ''}{_md(source)}: {_md(what)} {_cite(list(ids))}")
    return lines + [""]


def _sources(articles: tuple[Article, ...]) -> list[str]:
    if not articles:
        return []
    lines = ["## Sources", ""]
    for article in articles:
        facts = [article.outlet, article.published, article.language]
        meta = ", ".join(f for f in facts if f)
        credits = f"; credits: {', '.join(article.credits)}" if article.credits else ""
        copy = f"; copy of [{article.copies_of}]" if article.copies_of else ""
        title = _md(article.title or short_quote(article.text, 80))
        lines.append(f"- [{article.id}] {title} ({_md(meta)}{credits}{copy}) — {_md(article.url or article.origin)}")
    return lines + [""]


def _errors(result: Result) -> list[str]:
    if not result.errors:
        return []
    lines = ["## Inputs that could not be used", ""]
    lines += [f"- {_md(f.input)}: {f.kind} — {_md(f.message)}" for f in result.errors]
    return lines + [""]


def _md(text: str) -> str:
    """Keep report text from turning into Markdown markup (emphasis, links, HTML)."""
    for char in ("\\", "*", "_", "`", "[", "]", "<", ">", "#"):
        text = text.replace(char, "\\" + char)
    return text
