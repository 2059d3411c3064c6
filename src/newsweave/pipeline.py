"""The pipeline, in the order the product describes it.

    ingest → clean → language → copies → store → annotate → extract → embed → cluster → reconcile

Each stage is a function over the data model (models.py); this module only sequences them, keeps
what the store already knows from being computed again, and turns a bad input into a `Failure` so
the rest of the batch goes on. `report` renders the `Result`.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache, partial
from pathlib import Path
from typing import BinaryIO, Protocol

from newsweave import clean, cluster, copies, embed, ingest, language, place_outlets, reconcile
from newsweave.annotate import annotate_each
from newsweave.errors import InputError
from newsweave.extract import extract
from newsweave.models import Annotations, Article, ArticleEvent, Claim, Event, Failure, Result
from newsweave.options import Options
from newsweave.store import Extraction, SQLiteStore, Store
from newsweave.workers import default_workers, map_chunks

OnFailure = Callable[[Failure], None]


class Progress(Protocol):
    """Where long stages report how far they got; the CLI shows a bar on a terminal."""

    def stage(self, name: str, total: int) -> AbstractContextManager[Callable[[int], None]]: ...


class _Silent:
    def stage(self, name: str, total: int) -> AbstractContextManager[Callable[[int], None]]:
        return nullcontext(lambda n: None)


def analyze(
    inputs: Sequence[str],
    options: Options | None = None,
    *,
    store: Store | None = None,
    stdin: BinaryIO | None = None,
    on_failure: OnFailure | None = None,
    progress: Progress | None = None,
) -> Result:
    """Read the inputs, and return their articles, claims and events (the JSON contract's content).

    With a persistent store, the inputs are grouped together with every article stored before, and the
    result holds the events the inputs take part in.
    """
    options = options or Options()
    own_store = store is None
    active: Store = store if store is not None else SQLiteStore(options.db)
    try:
        articles, failures = read_articles(inputs, options, stdin=stdin, on_failure=on_failure)
        active.add_articles(articles)
        active.add_failures(failures)
        pool = _with_stored(articles, active) if options.db != ":memory:" or store is not None else articles
        return run_stages(pool, options, active, failures, focus=articles, progress=progress)
    finally:
        if own_store:
            active.close()


def export(store: Store, options: Options | None = None, progress: Progress | None = None) -> Result:
    """Everything a store holds, extracted and grouped (cached work is reused)."""
    options = options or Options()
    return run_stages(store.articles(), options, store, tuple(store.failures()), progress=progress)


def run_stages(
    articles: Sequence[Article],
    options: Options,
    store: Store,
    failures: Sequence[Failure] = (),
    *,
    focus: Sequence[Article] | None = None,
    progress: Progress | None = None,
) -> Result:
    """Annotate, extract, group and reconcile `articles`; report the events that involve `focus`."""
    progress = progress or _Silent()
    articles = copies.mark_near_copies(copies.collapse(articles), options.near_copy_threshold)
    if not options.extract:
        return Result(articles=tuple(articles), errors=tuple(failures))
    article_events, claims = extract_all(articles, options, store, progress)
    if not options.group:
        return Result(tuple(articles), tuple(claims), (), tuple(article_events), tuple(failures))
    events, claims = group_all(articles, article_events, claims, options, store, progress)
    result = Result(tuple(articles), tuple(claims), tuple(events), tuple(article_events), tuple(failures))
    return result if focus is None else _focus(result, {a.id for a in focus})


# --- ingest, clean, language ------------------------------------------------------------------


def read_articles(
    inputs: Sequence[str],
    options: Options,
    *,
    stdin: BinaryIO | None = None,
    on_failure: OnFailure | None = None,
) -> tuple[list[Article], list[Failure]]:
    """Every input as a cleaned article with its language; every bad input as a Failure."""
    articles: list[Article] = []
    failures: list[Failure] = []
    for item in ingest.read(inputs, options, stdin=stdin):
        try:
            if isinstance(item, InputError):
                raise item
            articles.append(language.detect(clean.clean(item, options), options))
        except InputError as exc:
            failure = Failure(input=exc.origin, kind=exc.kind, message=str(exc))
            failures.append(failure)
            if on_failure is not None:
                on_failure(failure)
    return copies.collapse(articles), failures


def _with_stored(articles: Sequence[Article], store: Store) -> list[Article]:
    """The stored articles (which include this run's) in stored order, with this run's origins."""
    fresh = {a.content_hash: a for a in articles}
    return [fresh.get(a.content_hash, a) for a in store.articles()]


# --- annotate and extract ---------------------------------------------------------------------


def extract_all(
    articles: Sequence[Article], options: Options, store: Store, progress: Progress
) -> tuple[list[ArticleEvent], list[Claim]]:
    """Article-level events and claims of every article, from the store when already computed.

    Place names are read inside each outlet's home region (`place_outlets`), learned from the regions its
    reports are set in; the store keeps each report's vote, so an outlet's home builds up over runs. An
    extraction is cached with the home it was read under: when a home changes, a later run reads again.
    """
    version = extraction_version()
    homes = _stored_homes(store)
    done: dict[str, tuple[tuple[ArticleEvent, ...], tuple[Claim, ...]]] = {}
    todo: list[Article] = []
    for article in articles:
        cached = store.get_extraction(_extraction_key(article, options, homes), version)
        if cached is None:
            todo.append(article)
        else:
            done[article.id] = cached
    notes: list[Annotations] = []
    with progress.stage("annotating", len(todo)) as advance:
        for article_notes in annotate_each(todo, today=options.today):
            notes.append(article_notes)
            advance(1)
    votes = [
        (a.content_hash, vote) for a, n in zip(todo, notes, strict=True) if (vote := place_outlets.report_vote(a, n))
    ]
    store.put_outlet_regions((h, host, *(region or (None, None))) for h, (host, region) in votes)
    homes = _stored_homes(store)
    with progress.stage("extracting", len(todo)) as advance:
        for article, read in zip(todo, extract_each(list(zip(todo, notes, strict=True)), homes), strict=True):
            done[article.id] = read
            store.put_extraction(_extraction_key(article, options, homes), version, read)
            advance(1)
    events = [e for a in articles for e in done[a.id][0]]
    claims = [c for a in articles for c in done[a.id][1]]
    return events, claims


def extract_each(
    items: Sequence[tuple[Article, Annotations]], homes: Mapping[str, place_outlets.Home], workers: int | None = None
) -> Iterator[Extraction]:
    """Each article's events and claims, read inside its outlet's home region, in input order.

    Big batches are shared by worker processes (`newsweave.workers`); `workers=0` keeps them here."""
    count = default_workers() if workers is None else workers
    return map_chunks(partial(_extract_here, homes=dict(homes)), items, count)


def _extract_here(
    items: Sequence[tuple[Article, Annotations]], homes: dict[str, place_outlets.Home]
) -> list[Extraction]:
    return [extract(article, place_outlets.rehome(article, notes, homes)) for article, notes in items]


def _stored_homes(store: Store) -> dict[str, place_outlets.Home]:
    """Outlet homes from every report's region vote the store holds."""
    rows = store.outlet_regions()
    return place_outlets.homes_from_votes((host, (c, a) if c and a else None) for _, host, c, a in rows)


def _extraction_key(article: Article, options: Options, homes: Mapping[str, place_outlets.Home]) -> str:
    """Extraction depends on the text, the ids claims carry, the outlet's home region and, for undated
    articles, on 'today'."""
    anchor = article.published or (options.today.isoformat() if options.today else "")
    host = place_outlets.outlet_host(article.url)
    home = "/".join(homes[host]) if host is not None and host in homes else ""
    return f"{article.content_hash}:{article.id}:{anchor}:{home}"


@lru_cache(maxsize=1)
def extraction_version() -> str:
    """A hash of newsweave's own code: a changed rule table invalidates cached extractions (and only that)."""
    digest = hashlib.sha1()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# --- embed, cluster, reconcile ----------------------------------------------------------------


def group_all(
    articles: Sequence[Article],
    article_events: Sequence[ArticleEvent],
    claims: Sequence[Claim],
    options: Options,
    store: Store,
    progress: Progress,
) -> tuple[list[Event], list[Claim]]:
    """Group article-level events into events and reconcile each; claims then point at their event."""
    by_id = {a.id: a for a in articles}
    with progress.stage("embedding", len(article_events)) as advance:
        vectors = embed.embed_events(article_events, by_id, cache=store)
        advance(len(article_events))
    # all pairs at once for a batch; past `batch_group_limit`, a stream in publication order (bounded memory)
    grouping = cluster.group if len(article_events) <= options.batch_group_limit else cluster.group_stream
    clusters = grouping(article_events, claims, articles, vectors, options)
    members_by_id = {e.id: e for e in article_events}
    claims_by_event: dict[str, list[Claim]] = {}
    for claim in claims:
        claims_by_event.setdefault(claim.event, []).append(claim)
    drafts: list[Event] = []
    with progress.stage("reconciling", len(clusters)) as advance:
        for number, ids in enumerate(clusters, start=1):
            members = [members_by_id[i] for i in ids]
            own = [c for i in ids for c in claims_by_event.get(i, [])]
            seen = dict.fromkeys(m.article for m in members)
            drafts.append(reconcile.reconcile(f"draft{number}", members, own, [by_id[a] for a in seen]))
            advance(1)
    return _number_events(reconcile.relate(drafts), claims)


def _number_events(drafts: Sequence[Event], claims: Sequence[Claim]) -> tuple[list[Event], list[Claim]]:
    """Stable ids e1, e2, ... (most reported first); every claim points at its event."""
    order = sorted(drafts, key=lambda e: (-len(e.main_in), -len(e.articles), e.date.value if e.date else "", e.title))
    renamed = {d.id: f"e{n}" for n, d in enumerate(order, start=1)}
    events = [dataclasses.replace(d, id=renamed[d.id]) for d in order]
    events = [_rename_related(e, renamed) for e in events]
    owner = {member: e.id for e in events for member in e.members}
    return events, [dataclasses.replace(c, event=owner.get(c.event, c.event)) for c in claims]


def _rename_related(event: Event, renamed: dict[str, str]) -> Event:
    related = tuple(dataclasses.replace(r, event=renamed.get(r.event, r.event)) for r in event.related)
    return dataclasses.replace(event, related=related)


def _focus(result: Result, ids: set[str]) -> Result:
    """Keep the events that involve the given articles, and what those events cite."""
    events = tuple(e for e in result.events if ids & set(e.articles))
    keep = ids | {a for e in events for a in e.articles}
    return Result(
        articles=tuple(a for a in result.articles if a.id in keep),
        claims=tuple(c for c in result.claims if c.article in keep),
        events=events,
        article_events=tuple(e for e in result.article_events if e.article in keep),
        errors=result.errors,
    )
