"""The output contract (version 1, `shared/design/contract.md`) as plain JSON-ready dicts and lists."""

from __future__ import annotations

from typing import Any

from newsweave.models import (
    Actor,
    Article,
    ArticleEvent,
    Claim,
    Conflict,
    Event,
    Failure,
    Figure,
    LocationField,
    Place,
    Result,
)

SCHEMA = "newsweave/1"


def to_dict(result: Result) -> dict[str, Any]:
    """The contract's JSON document for `result`: deterministic, and `json.dumps` takes it as is."""
    from newsweave import __version__  # lazily: the package imports this module

    return {
        "schema": SCHEMA,
        "generated_by": f"newsweave {__version__}",
        "articles": [article_dict(a) for a in result.articles],
        "claims": [claim_dict(c) for c in result.claims],
        "events": [event_dict(e) for e in result.events],
        "errors": [failure_dict(f) for f in result.errors],
        "article_events": [article_event_dict(e) for e in result.article_events],
    }


def article_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "origin": article.origin,
        "outlet": article.outlet,
        "title": article.title,
        "language": article.language,
        "published": article.published,
        "credits": list(article.credits),
        "text": article.text,
        "removed": list(article.removed),
        "origins": list(article.origins),
        "copies_of": article.copies_of,
        "url": article.url,
        "author": article.author,
    }


def place_dict(place: Place) -> dict[str, Any]:
    return {
        "name": place.name,
        "admin1": place.admin1,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "geonameid": place.geonameid,
        "precision": place.precision,
    }


def claim_dict(claim: Claim) -> dict[str, Any]:
    value = place_dict(claim.value) if isinstance(claim.value, Place) else claim.value
    out: dict[str, Any] = {
        "id": claim.id,
        "article": claim.article,
        "event": claim.event,
        "field": claim.field,
        "value": value,
        "qualifier": claim.qualifier,
        "group": claim.group,
        "attributed_to": claim.attributed_to,
        "span": list(claim.span),
        "quote": claim.quote,
    }
    optional = {"low": claim.low, "high": claim.high, "certainty": claim.certainty, "relation": claim.relation}
    out.update({k: v for k, v in optional.items() if v is not None})
    if claim.value_span is not None:
        out["value_span"] = list(claim.value_span)
    if claim.headline is not None:
        out["headline"] = claim.headline  # stated only in the article's title: span [0, 0], quote ""
    return out


def event_dict(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "type": event.type,
        "subtype": event.subtype,
        "title": event.title,
        "date": _date(event),
        "location": location_dict(event.location) if event.location else None,
        "actors": [actor_dict(a) for a in event.actors],
        "figures": [figure_dict(f) for f in event.figures],
        "articles": list(event.articles),
        "main_in": list(event.main_in),
        "conflicts": [conflict_dict(c) for c in event.conflicts],
        "summary": [{"text": s.text, "claims": list(s.claims), "articles": list(s.articles)} for s in event.summary],
        "related": [{"event": r.event, "relation": r.relation} for r in event.related],
        "timeline": [
            {"field": p.field, "published": p.published, "value": p.value, "source": p.source,
             "article": p.article, "claim": p.claim}
            for p in event.timeline
        ],
        "adds": [{"source": a.source, "articles": list(a.articles), "claims": list(a.claims)} for a in event.adds],
        "members": list(event.members),
    }


def _date(event: Event) -> dict[str, Any] | None:
    if event.date is None:
        return None
    return {"value": event.date.value, "precision": event.date.precision, "claims": list(event.date.claims)}


def location_dict(location: LocationField) -> dict[str, Any]:
    return {**place_dict(location.place), "claims": list(location.claims), "relation": location.relation}


def actor_dict(actor: Actor) -> dict[str, Any]:
    return {"role": actor.role, "name": actor.name, "claims": list(actor.claims), "certainty": actor.certainty}


def figure_dict(figure: Figure) -> dict[str, Any]:
    return {
        "field": figure.field,
        "low": figure.low,
        "best": figure.best,
        "high": figure.high,
        "groups": dict(sorted(figure.groups.items())),
        "claims": list(figure.claims),
        "superseded": list(figure.superseded),
    }


def conflict_dict(conflict: Conflict) -> dict[str, Any]:
    return {
        "field": conflict.field,
        "note": conflict.note,
        "claims": list(conflict.claims),
        "sides": [list(side) for side in conflict.sides],
    }


def failure_dict(failure: Failure) -> dict[str, Any]:
    return {"input": failure.input, "kind": failure.kind, "message": failure.message}


def article_event_dict(event: ArticleEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "article": event.article,
        "main": event.main,
        "type": event.type,
        "subtype": event.subtype,
        "date": event.date,
        "date_precision": event.date_precision,
        "place": place_dict(event.place) if event.place else None,
        "claims": list(event.claims),
        "sentences": [list(s) for s in event.sentences],
    }
