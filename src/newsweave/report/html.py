"""One self-contained HTML page: events, their conflicts, and the sources side by side with claims marked.

No scripts, fonts or links leave the page (inline CSS only), everything from the reports is escaped, and it
reads the same with JavaScript off: tooltips are `title` attributes, folding is `<details>`.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from itertools import groupby

from newsweave.models import Article, Claim, Event, Result
from newsweave.report.html_style import CSS
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
)


def to_html(result: Result) -> str:
    """The whole Result as one HTML document."""
    articles = {a.id: a for a in result.articles}
    events = ordered_events(result)
    body = [
        "<header><h1>newsweave brief</h1>",
        f"<p class=meta>{len(events)} events from {len(result.articles)} articles</p>",
        _nav(events),
        "</header><main>",
        *(_event(e, result, articles) for e in events),
        _sources(result),
        _errors(result),
        "</main>",
    ]
    return (
        "<!doctype html>\n<html lang=en><head><meta charset=utf-8>"
        "<meta name=viewport content='width=device-width, initial-scale=1'>"
        f"<title>newsweave brief</title><style>{CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _nav(events: Sequence[Event]) -> str:
    if not events:
        return ""
    items = "".join(
        f"<li><a href='#{_e(e.id)}'>{_e(e.title)}</a>{' <span class=flag>⚠</span>' if e.conflicts else ''}</li>"
        for e in events
    )
    return f"<nav><ol>{items}</ol></nav>"


def _cite(event: Event, article_ids: Sequence[str]) -> str:
    return "".join(f"<a class=cite href='#{_e(event.id)}-{_e(a)}'>[{_e(a)}]</a>" for a in dict.fromkeys(article_ids))


def _event(event: Event, result: Result, articles: dict[str, Article]) -> str:
    claims = event_claims(event, result.claims)
    parts = [
        f"<section class=event id='{_e(event.id)}'>",
        f"<h2>{_e(event.title)}</h2>",
        _facts(event, claims_by_id(result)),
        _related(event, result),
        _conflicts(event, claims_by_id(result)),
        _summary(event),
        _who_said_what(event, claims, articles),
        _adds_and_timeline(event, claims_by_id(result), articles),
        _columns(event, claims, articles),
        "</section>",
    ]
    return "\n".join(p for p in parts if p)


def _facts(event: Event, claims: dict[str, Claim]) -> str:
    flagged = {c.field for c in event.conflicts}

    def row(label: str, value: str, field: str, ids: Sequence[str]) -> str:
        flag = " <span class=flag title='sources disagree: see below'>⚠ disputed</span>" if field in flagged else ""
        cites = _cite(event, [claims[i].article for i in ids if i in claims])
        return f"<dt>{_e(label)}</dt><dd>{_e(value)}{flag} {cites}</dd>"

    rows = [row("Type", event.type + (f" ({event.subtype})" if event.subtype else ""), "type", ())]
    if event.date:
        rows.append(row("Date", f"{event.date.value} ({event.date.precision})", "date", event.date.claims))
    if (place := place_line(event)) and event.location:
        rows.append(row("Place", place, "location", event.location.claims))
    for label, names, ids in actor_lines(event):
        rows.append(row(label, names, "perpetrator" if label == "Perpetrator" else "victim", ids))
    for figure in event.figures:
        label, value = figure_line(figure).split(": ", 1)
        rows.append(row(label, value, figure.field, figure.claims))
    main_note = f"<span class=meta>{_e(reported_in_note(event))}</span>"
    rows.append(f"<dt>Reported in</dt><dd>{_cite(event, event.articles)} {main_note}</dd>")
    return f"<dl class=facts>{''.join(rows)}</dl>"


def _related(event: Event, result: Result) -> str:
    """One line per kind of link: "Mentions: <a>…</a> · <a>…</a>"."""
    titles = {e.id: e.title for e in result.events}
    lines = []
    for relation in dict.fromkeys(r.relation for r in event.related):
        links = " · ".join(
            f"<a href='#{_e(r.event)}'>{_e(titles.get(r.event, r.event))}</a>"
            for r in event.related if r.relation == relation
        )
        lines.append(f"<p class=related><strong>{_e(relation.replace('_', ' ').capitalize())}:</strong> {links}</p>")
    return "".join(lines)


def _conflicts(event: Event, claims: dict[str, Claim]) -> str:
    if not event.conflicts:
        return ""
    items = []
    for conflict in event.conflicts:
        sides = []
        for side in conflict.sides or (conflict.claims,):
            quotes = "".join(
                f"<li>{_e(claim_text(c))} {_cite(event, [c.article])}: "
                f"<span class=quote>{_e(quoted(short_quote(evidence(c), 200)))}</span></li>"
                for c in (claims[i] for i in side if i in claims)
            )
            sides.append(f"<ul class=side>{quotes}</ul>")
        items.append(f"<li><strong>{_e(conflict.note)}</strong>{''.join(sides)}</li>")
    return f"<div class=conflict role=note><h3>⚠ Sources disagree</h3><ul>{''.join(items)}</ul></div>"


def _summary(event: Event) -> str:
    if not event.summary:
        return ""
    items = "".join(f"<li>{_e(' '.join(s.text.split()))} {_cite(event, s.articles)}</li>" for s in event.summary)
    return f"<h3>Summary</h3><ol class=summary>{items}</ol>"


def _who_said_what(event: Event, claims: Sequence[Claim], articles: dict[str, Article]) -> str:
    shown = said(claims)
    if not shown:
        return ""
    superseded = {i for f in event.figures for i in f.superseded}
    disputed = {i for c in event.conflicts for i in c.claims}
    names = display_sources(shown, articles)
    rows = "".join(
        f"<tr class='{'disputed' if c.id in disputed else ''}'><td>{_source_cell(c, names)}</td>"
        f"<td>{_e(claim_text(c))}{' <em>(later revised)</em>' if c.id in superseded else ''}</td>"
        f"<td>{_cite(event, [c.article])}</td><td class=quote>{_e(quoted(short_quote(evidence(c), 160)))}</td></tr>"
        for c in by_source(shown, names)
    )
    head = "<tr><th>Source</th><th>Says</th><th>In</th><th>Sentence</th></tr>"
    return f"<h3>Who said what</h3><table>{head}{rows}</table>"


def _source_cell(claim: Claim, names: dict[str, str]) -> str:
    alias = as_named(claim, names[claim.id])
    named = f"<br><span class=meta>as “{_e(alias)}”</span>" if alias else ""
    return f"{_e(names[claim.id])}{named}"


def _adds_and_timeline(event: Event, claims: dict[str, Claim], articles: dict[str, Article]) -> str:
    adds = "".join(
        f"<li><strong>{_e(source)}</strong> {_cite(event, ids)}: {_e(facts)}</li>"
        for source, ids, facts in addition_rows(event, claims, articles)
    )
    points = "".join(
        f"<li>{_e(when) + ' · ' if when else ''}{_e(source)}: {_e(what)} {_cite(event, ids)}</li>"
        for when, source, what, ids in timeline_rows(event, claims, articles)
    )
    out = f"<details><summary>What each source alone adds</summary><ul>{adds}</ul></details>" if adds else ""
    return out + (f"<details><summary>Timeline of figures</summary><ol>{points}</ol></details>" if points else "")


def _columns(event: Event, claims: Sequence[Claim], articles: dict[str, Article]) -> str:
    disputed = {i for c in event.conflicts for i in c.claims}
    names = display_sources(claims, articles)
    columns = []
    for article_id in event.articles:
        article = articles.get(article_id)
        if article is None:
            continue
        own = [c for c in claims if c.article == article_id]
        columns.append(
            f"<article class=col id='{_e(event.id)}-{_e(article_id)}'>{_article_head(article)}"
            f"<div class=text>{highlight(article.text, own, disputed, names)}</div></article>"
        )
    legend = (
        "<p class=meta><mark class=claim>claim</mark> hover for field, value and source · "
        "<mark class='claim disputed'>disputed</mark> a side of a conflict · <b>bold</b> the value itself</p>"
    )
    return f"<h3>Sources side by side</h3>{legend}<div class=columns>{''.join(columns)}</div>" if columns else ""


def _article_head(article: Article) -> str:
    meta = " · ".join(_e(x) for x in (article.outlet, article.published, article.language) if x)
    credits = f" · credits: {_e(', '.join(article.credits))}" if article.credits else ""
    copy = f" · copy of {_e(article.copies_of)}" if article.copies_of else ""
    title = article.title or short_quote(article.text, 80)
    return f"<h4>[{_e(article.id)}] {_e(title)}</h4><p class=meta>{meta}{credits}{copy}</p>"


def highlight(text: str, claims: Sequence[Claim], disputed: set[str], names: dict[str, str]) -> str:
    """`text` escaped, each claim's sentence in a <mark> whose title says field, value and source.

    Overlapping sentences are cut at every boundary; a claim's value itself is in bold.
    """
    size = len(text)
    cuts = {0, size}
    for claim in claims:
        for span in (claim.span, claim.value_span):
            if span:
                cuts |= {max(0, min(size, span[0])), max(0, min(size, span[1]))}
    bounds = sorted(cuts)
    pieces = [
        (a, b, tuple(c for c in claims if c.span[0] <= a and b <= c.span[1]))
        for a, b in zip(bounds, bounds[1:], strict=False)
    ]
    out = []
    for cover, run in groupby(pieces, key=lambda p: tuple(c.id for c in p[2])):
        run_list = list(run)
        inner = "".join(_piece(text, a, b, claims) for a, b, _ in run_list)
        out.append(_mark(inner, run_list[0][2], disputed, names) if cover else inner)
    return "".join(out)


def _piece(text: str, start: int, end: int, claims: Sequence[Claim]) -> str:
    chunk = _e(text[start:end])
    bold = any(c.value_span and c.value_span[0] <= start and end <= c.value_span[1] for c in claims)
    return f"<b>{chunk}</b>" if bold else chunk


def _mark(inner: str, cover: Sequence[Claim], disputed: set[str], names: dict[str, str]) -> str:
    tip = "\n".join(f"{claim_text(c)} — {names.get(c.id, '')}" for c in cover)
    cls = "claim disputed" if any(c.id in disputed for c in cover) else "claim"
    ids = " ".join(c.id for c in cover)
    return f"<mark class='{cls}' data-claims='{_e(ids)}' title='{_e(tip)}'>{inner}</mark>"


def _sources(result: Result) -> str:
    if not result.articles:
        return ""
    rows = "".join(
        f"<li id='src-{_e(a.id)}'>{_article_head(a)}<p class=meta>from {_e(a.url or a.origin)}"
        f"{f' · {len(a.removed)} boilerplate lines removed' if a.removed else ''}</p></li>"
        for a in result.articles
    )
    return f"<section class=sources><h2>Sources</h2><ul>{rows}</ul></section>"


def _errors(result: Result) -> str:
    if not result.errors:
        return ""
    rows = "".join(f"<li><code>{_e(f.input)}</code>: {_e(f.kind)} — {_e(f.message)}</li>" for f in result.errors)
    return f"<section class=errors><h2>Inputs that could not be used</h2><ul>{rows}</ul></section>"
