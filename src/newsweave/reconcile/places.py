"""Where: the most specific place the reports agree on, its direction from a town, and real disagreements."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from unidecode import unidecode

from newsweave.models import ArticleEvent, Claim, Conflict, LocationField, Place
from newsweave.reconcile.context import Context, disagreement
from newsweave.reconcile.rules import COMPASS, COMPASS_WORDS, PLACE_PRECISION

NEARBY_KM = 30.0  # a neighbourhood and its city, a village and the town beside it


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


def location_of(
    claims: Sequence[Claim], members: Sequence[ArticleEvent], ctx: Context
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
    conflicts = disagreement("location", rivals, _key_or_blank, [c for c, _ in level], ctx, lambda k: names[k])
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
    words = " vs ".join(COMPASS_WORDS.get(k, k) for k in kept)
    note = f"location: {words} of {name}"
    return None, [Conflict("location", note, tuple(c for s in sides for c in s), sides)]


def _angle(a: int, b: int) -> int:
    diff = abs(a - b) % 360
    return min(diff, 360 - diff)
