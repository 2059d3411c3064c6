"""Places: find the place names a report mentions and resolve each to a GeoNames entry.

Candidates come from two sources: the NER's GPE/LOC/FAC entities, and a scan of the text for
capitalised n-grams that the gazetteer knows (the only source for languages without NER).
Ambiguous names resolve inside the countries and regions the article itself names; fuzzy
(transliteration) matches are tried only there. Relative phrasing ("southeast of the town of")
is kept as `PlaceMention.relation`, normalised to English.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module
from typing import NamedTuple, TypeVar

from rapidfuzz import fuzz

from newsweave import place_tables as tables
from newsweave.gazetteer import ADMIN1, COUNTRY, COUNTY, TOWN, Gazetteer, load, sounds_in
from newsweave.models import Entity, Place, PlaceMention
from newsweave.place_names import arabic_variants, bare_key, name_key, script_of, sound_key

Span = tuple[int, int]
T = TypeVar("T")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MAX_WORDS = 4
MIN_POPULATION_ALONE = 15_000  # a lone capitalised word outside the article's countries must be a real town
MIN_POPULATION_PHRASE = 1_000  # likewise for a multi-word name
CITY_OVER_REGION = 100_000  # "Homs" is the city, "Indiana" the state
FAMOUS = 500_000
BIG_REGION = 300_000  # a region this big, named alone ("Texas"), frames the story  # "Paris" in a US story is still Paris, France, unless Texas is named

_WORD = re.compile(r"\w+(?:-\w+)*")
_JOINER = re.compile(r"[ '’]|\. ")
_STATE_AFTER = re.compile(r",\s{1,2}")
_SENTENCE_END = re.compile(r"[.!?\n]\s")
_LEADING_ARTICLE = re.compile(r"^(?:the|la|le|les|el|los|las|der|die|das)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class _Candidate:
    span: Span
    entity: bool  # inside a GPE/LOC/FAC entity
    words: int


@dataclass(frozen=True)
class _Context:
    """What the article names: countries (ISO2) and admin-1 regions (country, code)."""

    countries: frozenset[str]
    regions: frozenset[tuple[str, str | None]]
    primary: str | None = None  # the country named most often


def find_places(text: str, entities: Sequence[Entity], language: str) -> tuple[PlaceMention, ...]:
    """Every place mention in `text` with a resolved Place, in text order."""
    gazetteer = load()
    words = [m.span() for m in _WORD.finditer(text) if not m.group().isdigit()]
    states = _state_hints(text, words, gazetteer)
    candidates = _candidates(text, words, entities, gazetteer, set(states), language)
    context = _context(text, candidates, states, gazetteer, language)
    resolved = _resolve_all(text, candidates, entities, context, states, gazetteer, language)
    wider = _with_home(context, resolved.values())
    if wider != context:  # a US story that never says "US"; a Washington story that names only its towns
        resolved = _resolve_all(text, candidates, entities, wider, states, gazetteer, language)
    mentions = [_state_mention(text, span, code, gazetteer) for span, code in states.items()]
    for span, found in resolved.items():
        mentions.append(PlaceMention(span, text[span[0] : span[1]], found.place, relation(text, span, language)))
    return tuple(sorted(mentions, key=lambda m: m.span))


def _resolve_all(
    text: str,
    candidates: list[_Candidate],
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


def _with_home(context: _Context, found: Iterable[_Found]) -> _Context:
    """Add the country and region most of the article's towns lie in (two at least, and a majority)."""
    local = [f.where for f in found if f.place.precision in ("town", "region")]
    country = _majority([where[0] for where in local])
    region = _majority(local)
    countries = context.countries | ({country} if country else set())
    regions = context.regions | ({region} if region else set())
    return _Context(countries, regions, context.primary or country)


def _majority(items: Sequence[T]) -> T | None:
    if not items:
        return None
    ranked = Counter(items).most_common(2)
    (item, count), runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0)
    return item if count >= 2 and count > runner_up else None


def lookup(name: str, country: str | None = None, admin1: str | None = None) -> Place | None:
    """Resolve one name ("Indianapolis", "Bexar (county)", "Homs") with an optional country and region."""
    gazetteer = load()
    main, _, rest = name.partition("(")
    inner = rest.rstrip(") ")
    if inner.casefold() == "county":
        return _best_county(gazetteer, name_key(main + " County"), country, admin1)
    regions = _regions_named(gazetteer, country, admin1)
    context = _Context(frozenset({country} if country else ()), regions)
    for part in (main, inner):
        key = name_key(part)
        found = _by_key(gazetteer, key, context, admin1_cue=False) if key else None
        if found is None and key and country:
            found = _by_sound(gazetteer, key, context, "")
        if found is not None:
            return found.place
    return None


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


def relation(text: str, span: Span, language: str) -> str | None:
    """The relative phrasing around a mention ("to the southwest of the town of" -> "southwest of")."""
    before = _left_window(text, span[0]).casefold()
    for words in sorted(tables.for_language(tables.SETTLEMENT_WORDS, language), key=len, reverse=True):
        if _ends_with_words(before, words):
            before = before[: -len(words)].rstrip()
            break
    phrases = _relations(language)
    for phrase in sorted(phrases, key=len, reverse=True):
        if _ends_with_words(before, phrase):
            return phrases[phrase]
    after = _RELATION_AFTER_WORDS.findall(text[span[1] : span[1] + 60].casefold())[:3]
    after_table = _after_relations(language)
    return next((after_table[word] for word in after if word in after_table), None)


_RELATION_AFTER_WORDS = re.compile(r"\w+")


# --- candidates -------------------------------------------------------------------------------------


def _candidates(
    text: str, words: list[Span], entities: Sequence[Entity], gazetteer: Gazetteer, taken: set[Span], language: str
) -> list[_Candidate]:
    """Name-shaped n-grams the gazetteer knows (longest first), plus place entities it does not."""
    place_spans = [(e.span, e.label) for e in entities if e.label in PLACE_LABELS]
    found: list[_Candidate] = []
    index = 0
    while index < len(words):
        size = _longest_known(text, words, index, gazetteer, _stopwords(language))
        if size:
            span = (words[index][0], words[index + size - 1][1])
            if not any(_overlaps(span, other) for other in taken):
                supported = any(_supported_by(text, span, e, label) for e, label in place_spans)
                found.append(_Candidate(span, supported, size))
            index += size
        else:
            index += 1
    for entity_span, _ in place_spans:
        span = _strip_article(text, entity_span)
        clash = any(_overlaps(span, c.span) for c in found) or any(_overlaps(span, t) for t in taken)
        if span[0] < span[1] and not clash:
            found.append(_Candidate(span, True, len(_WORD.findall(text[span[0] : span[1]]))))
    return sorted(found, key=lambda c: c.span)


def _supported_by(text: str, span: Span, entity: Span, label: str) -> bool:
    """The NER backs a name when its entity is that name, give or take "the", "South", "province", ", Wash."."""
    if not _inside(span, entity):
        return False
    extra = text[entity[0] : span[0]] + " " + text[span[1] : entity[1]]
    if extra.strip() and label == "FAC":
        return False  # "Barack Obama School", "Sherman Boulevard"
    return extra.lstrip().startswith(",") or all(
        w[0].islower() or w.casefold() in tables.NAME_FRAME_WORDS for w in _WORD.findall(extra)
    )


def _longest_known(text: str, words: list[Span], index: int, gazetteer: Gazetteer, stopwords: frozenset[str]) -> int:
    """How many words from `index` on form the longest name the gazetteer knows (0: none)."""
    for size in range(min(MAX_WORDS, len(words) - index), 0, -1):
        group = words[index : index + size]
        if not _name_shaped(text, group):
            continue
        if size == 1 and text[group[0][0] : group[0][1]].casefold() in stopwords and not text[group[0][0]].isupper():
            continue
        if _known(gazetteer, name_key(text[group[0][0] : group[-1][1]])):
            return size
    return 0


def _name_shaped(text: str, group: list[Span]) -> bool:
    """Adjacent words; in Latin script the first and last capitalised, the inner ones names or particles."""
    for (start0, end), (start, _) in zip(group, group[1:], strict=False):
        joiner = _JOINER.fullmatch(text[end:start])
        if joiner is None or (joiner.group() == ". " and end - start0 > 3):  # "St. Louis", not "Syria. Iraq"
            return False
    first, last = text[group[0][0] : group[0][1]], text[group[-1][0] : group[-1][1]]
    if script_of(first) != "latin":
        return True
    inner = [text[s:e] for s, e in group[1:-1]]
    return first[0].isupper() and last[0].isupper() and all(w[0].isupper() or w in tables.NAME_PARTICLES for w in inner)


def _known(gazetteer: Gazetteer, key: str) -> bool:
    keys = (key, *arabic_variants(key)) if script_of(key) == "arabic" else (key,)
    return any(gazetteer.find(kind, k) for kind in (TOWN, ADMIN1, COUNTY, COUNTRY) for k in keys)


def _strip_article(text: str, span: Span) -> Span:
    match = _LEADING_ARTICLE.match(text[span[0] : span[1]])
    return (span[0] + match.end(), span[1]) if match else span


# --- US datelines: "PUYALLUP, Wash." ----------------------------------------------------------------


def _state_hints(text: str, words: list[Span], gazetteer: Gazetteer) -> dict[Span, str]:
    """Spans of US state names or abbreviations written right after "City, " -> state code."""
    hints: dict[Span, str] = {}
    for _, end in words:
        comma = _STATE_AFTER.match(text, end)
        if comma is None or not text[end - 1 : end].isalpha():
            continue
        found = _state_at(text, comma.end(), gazetteer)
        if found is not None:
            hints[found[0]] = found[1]
    return hints


def _state_at(text: str, start: int, gazetteer: Gazetteer) -> tuple[Span, str] | None:
    for abbreviation, code in tables.US_STATE_ABBREVIATIONS.items():
        if text.startswith(abbreviation, start):
            return (start, start + len(abbreviation)), code
    match = re.compile(r"[A-Z]{2}\b|[A-Z][a-z]+(?: [A-Z][a-z]+)?").match(text, start)
    if match is None:
        return None
    token = match.group()
    if len(token) == 2 and (("US", token) in gazetteer.admin1_names):
        return match.span(), token
    for number in gazetteer.find(ADMIN1, name_key(token)):
        country, code = gazetteer.where(ADMIN1, number)
        if country == "US" and code:
            return match.span(), code
    return None


def _state_mention(text: str, span: Span, code: str, gazetteer: Gazetteer) -> PlaceMention:
    number = next(n for n, row in enumerate(gazetteer.rows[ADMIN1]) if row[0] == "US" and row[1] == code)
    return PlaceMention(span, text[span[0] : span[1]], gazetteer.place(ADMIN1, number))


def _state_before(text: str, span: Span, states: dict[Span, str]) -> str | None:
    """The state code of "City, ST" when `span` is the city."""
    comma = _STATE_AFTER.match(text, span[1])
    if comma is None:
        return None
    return next((code for state_span, code in states.items() if state_span[0] == comma.end()), None)


# --- context ----------------------------------------------------------------------------------------


def _context(
    text: str, candidates: list[_Candidate], states: dict[Span, str], gazetteer: Gazetteer, language: str
) -> _Context:
    """Countries and regions the article names outright: the frame for ambiguous and fuzzy names."""
    countries: Counter[str] = Counter("US" for _ in states.values())
    keys = [(c.span, name_key(text[c.span[0] : c.span[1]])) for c in candidates]
    for _, key in keys:
        countries.update(gazetteer.where(COUNTRY, n)[0] for n in gazetteer.find(COUNTRY, key)[:1])
    regions: set[tuple[str, str | None]] = {("US", code) for code in states.values()}
    for span, key in keys:
        cued = _admin1_cue(text, span, language)
        for number in gazetteer.find(ADMIN1, key):
            where = gazetteer.where(ADMIN1, number)
            if cued or where[0] in countries or (
                gazetteer.population(ADMIN1, number) >= BIG_REGION and _region_over_city(gazetteer, key)
            ):
                regions.add(where)
    if len(regions) > 8:  # a list of regions everywhere narrows nothing
        regions = {("US", code) for code in states.values()}
    countries.update(country for country, _ in regions)
    primary = countries.most_common(1)[0][0] if countries else None
    return _Context(frozenset(countries), frozenset(regions), primary)


def _regions_named(gazetteer: Gazetteer, country: str | None, admin1: str | None) -> frozenset[tuple[str, str | None]]:
    if not admin1:
        return frozenset()
    key = name_key(admin1)
    found = {gazetteer.where(ADMIN1, n) for n in gazetteer.find(ADMIN1, key)}
    if country == "US" and ("US", admin1.upper()) in gazetteer.admin1_names:
        found.add(("US", admin1.upper()))
    return frozenset(r for r in found if country is None or r[0] == country)


def _admin1_cue(text: str, span: Span, language: str) -> bool:
    before = _left_window(text, span[0]).casefold()
    after = text[span[1] : span[1] + 25].casefold().lstrip()
    cues_before = tables.for_language(tables.ADMIN1_BEFORE, language)
    cues_after = tables.for_language(tables.ADMIN1_AFTER, language)
    return any(_ends_with_words(before, cue) for cue in cues_before) or any(
        re.match(rf"{re.escape(cue)}\b", after) for cue in cues_after
    )


def _region_over_city(gazetteer: Gazetteer, key: str) -> bool:
    if not gazetteer.find(ADMIN1, key):
        return False
    towns = [n for n in gazetteer.find(TOWN, key) if _named_as(gazetteer, TOWN, n, key)]
    return not towns or gazetteer.population(TOWN, towns[0]) < CITY_OVER_REGION


# --- resolution -------------------------------------------------------------------------------------


class _Found(NamedTuple):
    place: Place
    population: int
    where: tuple[str, str | None]  # (country, admin-1 code)
    named: bool  # by its main name, not an alternate one


def _resolve(
    text: str,
    candidate: _Candidate,
    entities: Sequence[Entity],
    context: _Context,
    states: dict[Span, str],
    gazetteer: Gazetteer,
    language: str,
) -> _Found | None:
    """The place a candidate names, or None when it is a common word, a person's name, or unknown."""
    surface = text[candidate.span[0] : candidate.span[1]]
    key = name_key(surface)
    state = _state_before(text, candidate.span, states)
    if state is not None:
        context = _Context(frozenset({"US"}), frozenset({("US", state)}))
    elif _common_word(text, candidate, surface, language) or _inside_other_entity(candidate.span, entities, text):
        return None
    elif not candidate.entity and (_a_persons_name(surface, entities, text) or _street(text, candidate.span, language)):
        return None
    found = _by_key(gazetteer, key, context, _admin1_cue(text, candidate.span, language))
    if _worth_a_closer_look(found, context) and (candidate.entity or relation(text, candidate.span, language)):
        found = _by_sound(gazetteer, key, context, language) or found
    if found is None:
        return None
    cued = relation(text, candidate.span, language) is not None or _admin1_cue(text, candidate.span, language)
    return found if state is not None or _plausible(candidate, found, context, entities, cued) else None


def _plausible(
    candidate: _Candidate, found: _Found, context: _Context, entities: Sequence[Entity], cued: bool
) -> bool:
    """Whether the evidence is strong enough for the kind of match: the rules against false places."""
    in_region = found.where in context.regions
    in_country = found.where[0] in context.countries
    if found.place.precision == "country" or candidate.entity:
        return True
    if found.place.precision == "admin1":
        return cued or in_country or found.population >= BIG_REGION
    if cued and in_country:  # "southeast of the town of Soukhné", in a story that names Syria
        return True
    if any(e.span == candidate.span for e in entities):  # the NER calls it a person or an organisation
        big = found.population >= MIN_POPULATION_ALONE
        return in_region or (in_country and big) or (not context.countries and found.named and big)
    if candidate.words > 1:
        return in_country or found.population >= MIN_POPULATION_PHRASE
    if not found.named:
        return in_region
    if entities and not any(_inside(candidate.span, e.span) for e in entities):
        return in_region  # the NER saw no name here: a capitalised word that is a village somewhere
    if in_region or in_country:
        return True
    return found.population >= (CITY_OVER_REGION if context.countries else MIN_POPULATION_ALONE)


def _worth_a_closer_look(found: _Found | None, context: _Context) -> bool:
    """No match, or a minor namesake abroad while the article names its own countries: try the sound."""
    if found is None:
        return True
    outside = bool(context.countries) and found.place.country not in context.countries
    return outside and found.place.precision == "town" and found.population < FAMOUS


def _by_key(gazetteer: Gazetteer, key: str, context: _Context, admin1_cue: bool) -> _Found | None:
    keys = (key, *arabic_variants(key)) if script_of(key) == "arabic" else (key, bare_key(key))
    for variant in dict.fromkeys(keys):
        found = _pick(gazetteer, variant, context, admin1_cue)
        if found is not None:
            return found
    return None


def _pick(gazetteer: Gazetteer, key: str, context: _Context, admin1_cue: bool) -> _Found | None:
    """Country > region (named as one, or no big namesake town nearer home) > county > town."""
    countries = gazetteer.find(COUNTRY, key)
    regions = _ranked(gazetteer, ADMIN1, gazetteer.find(ADMIN1, key), context, key)
    if countries and not (regions and gazetteer.where(ADMIN1, regions[0])[0] in context.countries):
        return _found(gazetteer, COUNTRY, countries[0], key)
    counties = _ranked(gazetteer, COUNTY, gazetteer.find(COUNTY, key), context, key)
    if counties and key.endswith(" county"):
        return _found(gazetteer, COUNTY, counties[0], key)
    towns = _ranked(gazetteer, TOWN, gazetteer.find(TOWN, key), context, key)
    region = _found(gazetteer, ADMIN1, regions[0], key) if regions else None
    town = _found(gazetteer, TOWN, towns[0], key) if towns else None
    if region is not None and (admin1_cue or town is None or _region_wins(region, town, context)):
        return region
    return town


def _region_wins(region: _Found, town: _Found, context: _Context) -> bool:
    """ "Indiana" is the state, "Homs" the city, "Bethlehem" in a story from Pennsylvania the town."""
    if town.named and town.population >= CITY_OVER_REGION:
        return False
    return _where_weight(region.where, context) >= _where_weight(town.where, context)


def _found(gazetteer: Gazetteer, kind: str, number: int, key: str) -> _Found:
    place, population = gazetteer.place(kind, number), gazetteer.population(kind, number)
    return _Found(place, population, gazetteer.where(kind, number), _named_as(gazetteer, kind, number, key))


def _ranked(gazetteer: Gazetteer, kind: str, numbers: list[int], context: _Context, key: str) -> list[int]:
    """Best first: in the article's regions or countries, named so (not by an old alias), most populous.

    A famous namesake abroad still beats a small town at home ("Paris" in a story from Ohio).
    """
    if not numbers:
        return []
    scores = {number: _score(gazetteer, kind, number, context, key) for number in numbers}
    ordered = sorted(numbers, key=lambda number: -scores[number])
    top, biggest = ordered[0], numbers[0]
    famous = max(FAMOUS, 50 * max(gazetteer.population(kind, top), 1_000))
    if gazetteer.population(kind, biggest) >= famous and _named_as(gazetteer, kind, biggest, key):
        return [biggest, *[n for n in ordered if n != biggest]]
    return ordered


def _score(gazetteer: Gazetteer, kind: str, number: int, context: _Context, key: str) -> float:
    named = 1.5 if _named_as(gazetteer, kind, number, key) else 0.0
    where = _where_weight(gazetteer.where(kind, number), context)
    return where + named + math.log10(gazetteer.population(kind, number) + 1) / 2


def _where_weight(where: tuple[str, str | None], context: _Context) -> float:
    if where in context.regions:
        return 3.0
    if where[0] == context.primary:
        return 2.5
    return 1.0 if where[0] in context.countries else 0.0


def _named_as(gazetteer: Gazetteer, kind: str, number: int, key: str) -> bool:
    """Matched by its main name rather than by an alternate (often historic) one."""
    main = name_key(gazetteer.name(kind, number))
    return key == main or (key == bare_key(main) and main.split(" ", 1)[0] in tables.ARABIC_ARTICLES)


def _best_county(gazetteer: Gazetteer, key: str, country: str | None, admin1: str | None) -> Place | None:
    context = _Context(frozenset({country} if country else ()), _regions_named(gazetteer, country, admin1))
    counties = _ranked(gazetteer, COUNTY, gazetteer.find(COUNTY, key), context, key)
    return gazetteer.place(COUNTY, counties[0]) if counties else None


def _by_sound(gazetteer: Gazetteer, key: str, context: _Context, language: str) -> _Found | None:
    """A transliteration variant ("Sokhne" for As Sukhnah), only inside the article's countries."""
    sound = sound_key(key, language)
    if len(sound) < 3:
        return None
    best: tuple[float, int, int] | None = None
    for country in sorted(context.countries):
        for number in sounds_in(country).get(sound, ()):
            names = gazetteer.rows[TOWN][number][7]
            similarity = max(fuzz.ratio(bare_key(key), name) for name in names)
            in_region = (country, gazetteer.where(TOWN, number)[1]) in context.regions
            score = (similarity + (15 if in_region else 0), gazetteer.population(TOWN, number), number)
            if best is None or score[:2] > best[:2]:
                best = score
    return _found(gazetteer, TOWN, best[2], key) if best is not None and best[0] >= 50 else None


def _in_context(place: Place, context: _Context) -> bool:
    return place.precision in ("country", "admin1") or place.country in context.countries


# --- common words and other entities ----------------------------------------------------------------


def _common_word(text: str, candidate: _Candidate, surface: str, language: str) -> bool:
    """A lone word that the language uses as an ordinary word ("May", "Police", "Mobile home")."""
    if candidate.words > 1 or script_of(surface) not in ("latin", "arabic", "cyrillic"):
        return False
    word = surface.casefold()
    if surface.isupper() and len(surface) <= 3:
        return False  # an acronym: "US", "UAE"
    if word in _stopwords(language):
        return True
    if candidate.entity or script_of(surface) != "latin":
        return False
    return re.search(rf"(?<!\w){re.escape(surface.lower())}(?!\w)", text) is not None


def _inside_other_entity(span: Span, entities: Sequence[Entity], text: str) -> bool:
    """Part of a longer name: a person ("Hamza al-Homsi"), or an organisation or building that does not
    start with the place ("Sham FM", "Barack Obama School"; but "Puyallup Police Department")."""
    for entity in entities:
        if entity.label in PLACE_LABELS - {"FAC"} or not _inside(span, entity.span) or entity.span == span:
            continue
        if entity.label in ("PERSON", "PER"):
            return True
        words = {w.casefold() for w in _WORD.findall(text[entity.span[0] : entity.span[1]])}
        starts = _strip_article(text, entity.span)[0] == span[0]
        if not (starts and words & tables.INSTITUTION_WORDS):
            return True
    return False


def _a_persons_name(surface: str, entities: Sequence[Entity], text: str) -> bool:
    """A word that is part of a full name elsewhere in the text ("Murphy" after "Kenneth Murphy")."""
    for entity in entities:
        if entity.label in ("PERSON", "PER"):
            words = _WORD.findall(text[entity.span[0] : entity.span[1]])
            if len(words) > 1 and surface in words:
                return True
    return False


def _street(text: str, span: Span, language: str) -> bool:
    """ "Arlington Avenue", "rue de Paris": a street named after a place is not the place."""
    after = text[span[1] : span[1] + 16]
    before = text[max(0, span[0] - 20) : span[0]].casefold()
    words_after = tables.for_language(tables.STREET_AFTER, language)
    words_before = tables.for_language(tables.STREET_BEFORE, language)
    return any(re.match(rf"\s+{re.escape(word)}\b", after) for word in words_after) or any(
        re.search(rf"\b{re.escape(word)}\s+(?:(?:de|du|des|del|de la|d')\s*)?$", before) for word in words_before
    )


@lru_cache(maxsize=16)
def _stopwords(language: str) -> frozenset[str]:
    """Our table plus spaCy's stop words for the language (no model needed)."""
    words = set(tables.STOPWORDS.get(language, frozenset().union(*tables.STOPWORDS.values())))
    try:
        module = import_module(f"spacy.lang.{language}.stop_words")
        words.update(getattr(module, "STOP_WORDS", ()))
    except ImportError:
        pass
    return frozenset(w.casefold() for w in words)


# --- relations --------------------------------------------------------------------------------------


@lru_cache(maxsize=16)
def _relations(language: str) -> dict[str, str]:
    if language in tables.RELATIONS_BEFORE:
        return tables.RELATIONS_BEFORE[language]
    return {phrase: rel for table in tables.RELATIONS_BEFORE.values() for phrase, rel in table.items()}


@lru_cache(maxsize=16)
def _after_relations(language: str) -> dict[str, str]:
    if language in tables.RELATIONS_AFTER:
        return tables.RELATIONS_AFTER[language]
    return {phrase: rel for table in tables.RELATIONS_AFTER.values() for phrase, rel in table.items()}


def _left_window(text: str, start: int) -> str:
    window = text[max(0, start - 100) : start]
    ends = list(_SENTENCE_END.finditer(window))
    return (window[ends[-1].end() :] if ends else window).rstrip(" ,")


def _ends_with_words(text: str, phrase: str) -> bool:
    if not text.endswith(phrase):
        return False
    before = text[: -len(phrase)]
    return not before or not before[-1].isalnum() or phrase[0] in "'’"


def _inside(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]
