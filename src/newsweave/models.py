"""The data model: plain frozen dataclasses that every stage reads and returns.

Char offsets (`span`) always point into `Article.text`, the cleaned text.
The JSON contract (`../shared/design/contract.md`) is a view of these types, written by `report.to_dict`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal

Span = tuple[int, int]
DocumentKind = Literal["text", "html"]


@dataclass(frozen=True)
class Document:
    """One raw input as ingest read it, before cleaning: decoded text or HTML plus any metadata it carried."""

    origin: str
    content: str
    kind: DocumentKind = "text"
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Article:
    """A cleaned report. `id` is stable within a document: given by the input or a short hash of `text`."""

    id: str
    origin: str
    text: str
    content_hash: str
    outlet: str | None = None
    title: str | None = None
    language: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None
    credits: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    origins: tuple[str, ...] = ()  # every input that carried exactly this text
    copies_of: str | None = None  # id of the article this one near-copies (same wire story)


@dataclass(frozen=True)
class Place:
    """A gazetteer entry (GeoNames), or a relative place kept as text in `relation`."""

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: Literal["town", "admin1", "country", "region"] = "town"


# --- annotate: what a sentence contains ------------------------------------------------------------


@dataclass(frozen=True)
class Entity:
    span: Span
    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP, ...


@dataclass(frozen=True)
class Quantity:
    """A number as written ("1,014", "Fifty-three", "dozens") with how exact the writing is."""

    span: Span
    text: str
    value: int
    low: int
    high: int
    qualifier: str = "exact"  # exact | about | range | at_least | more_than | at_most | up_to


@dataclass(frozen=True)
class TimeExpr:
    """A date resolved against the article's publication date (never against now())."""

    span: Span
    text: str
    value: str  # ISO date: 2023-02-17, 2023-02, 2023
    precision: Literal["day", "week", "month", "year"] = "day"
    relative: bool = False  # resolved from "on Friday", "last Saturday", "earlier in the day"


@dataclass(frozen=True)
class PlaceMention:
    span: Span
    text: str
    place: Place
    relation: str | None = None  # "southeast of", "near", "in the east of"


@dataclass(frozen=True)
class Annotations:
    article: str
    sentences: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    home: tuple[str, str] | None = None  # the outlet's home region (country, admin-1 name), set by `rehome`


# --- extract: what an article states ---------------------------------------------------------------

ClaimValue = int | str | Place | None


@dataclass(frozen=True)
class Claim:
    """One fact as one article states it, with who said it and the sentence that carries it."""

    id: str
    article: str
    event: str  # the article-level event id; after grouping, the cross-article event id
    field: str  # type, date, location, perpetrator, victim, killed, injured, kidnapped, ...
    value: ClaimValue
    span: Span
    quote: str
    qualifier: str = "exact"
    group: str | None = None  # "civilians", "soldiers": a part of a total
    attributed_to: str | None = None  # as the article names the source; None: the outlet itself
    low: int | None = None  # for qualifier range/about
    high: int | None = None
    certainty: str | None = None  # perpetrator: claimed | attributed | blamed | suspected
    relation: str | None = None  # location: "southeast of"
    value_span: Span | None = None  # offsets of the value itself inside the text
    headline: str | None = None  # the title that states it, for a claim only the title makes (span (0, 0), quote "")


@dataclass(frozen=True)
class ArticleEvent:
    """A happening as one article reports it; the lede's event is `main`."""

    id: str
    article: str
    main: bool
    type: str = "other"
    subtype: str | None = None
    date: str | None = None
    date_precision: str | None = None
    place: Place | None = None
    claims: tuple[str, ...] = ()
    sentences: tuple[Span, ...] = ()


# --- group and reconcile: what the sources together establish --------------------------------------


@dataclass(frozen=True)
class DateField:
    value: str
    precision: str
    claims: tuple[str, ...] = ()


@dataclass(frozen=True)
class LocationField:
    place: Place
    claims: tuple[str, ...] = ()
    relation: str | None = None


@dataclass(frozen=True)
class Actor:
    role: str  # perpetrator | victim
    name: str
    claims: tuple[str, ...] = ()
    certainty: str | None = None


@dataclass(frozen=True)
class Figure:
    field: str
    low: int
    best: int
    high: int
    groups: dict[str, int] = dataclasses.field(default_factory=dict)
    claims: tuple[str, ...] = ()
    superseded: tuple[str, ...] = ()  # claims a source itself later revised (updates, not conflicts)


@dataclass(frozen=True)
class TimelinePoint:
    field: str
    published: str | None
    value: int
    source: str | None
    article: str
    claim: str


@dataclass(frozen=True)
class Conflict:
    field: str
    note: str
    claims: tuple[str, ...]
    sides: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class SummarySentence:
    text: str
    claims: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceAddition:
    """What one source alone adds to an event."""

    source: str
    articles: tuple[str, ...]
    claims: tuple[str, ...]


@dataclass(frozen=True)
class Related:
    event: str
    relation: str  # earlier_similar | background_of | mentions


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    title: str
    members: tuple[str, ...]  # the article-level events grouped here
    articles: tuple[str, ...]
    main_in: tuple[str, ...]
    subtype: str | None = None
    date: DateField | None = None
    location: LocationField | None = None
    actors: tuple[Actor, ...] = ()
    figures: tuple[Figure, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
    timeline: tuple[TimelinePoint, ...] = ()
    adds: tuple[SourceAddition, ...] = ()
    related: tuple[Related, ...] = ()


@dataclass(frozen=True)
class Failure:
    """An input that could not be used: named, with the reason, in the output's `errors`."""

    input: str
    kind: str
    message: str


@dataclass(frozen=True)
class Result:
    articles: tuple[Article, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    article_events: tuple[ArticleEvent, ...] = ()
    errors: tuple[Failure, ...] = ()
