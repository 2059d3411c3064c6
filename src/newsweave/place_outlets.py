"""The outlet's home region: where a local newsroom is, known from its own reports or its name.

Local reports often never name their state ("Springfield police said"): a reader knows it from the outlet.
Two sources, neither using labels: the region most of a host's reports are set in (their datelines, else
the region most of their towns lie in), learned over a batch; and a big city spelled in the host itself
("dallasnews.com", "pittsburgh.cbslocal.com") when no namesake elsewhere comes close. The home is a
weak prior: `rehome` resolves the report's place names again with it, and a state the text names wins.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from newsweave.gazetteer import TOWN, load
from newsweave.models import Annotations, Article, PlaceMention
from newsweave.place_headline import site_name
from newsweave.place_text import opens_a_dateline
from newsweave.places import find_places, home_changes

__all__ = [
    "Home",
    "homes_from_votes",
    "host_city_home",
    "outlet_host",
    "outlet_homes",
    "rehome",
    "report_vote",
    "title_home",
]

Home = tuple[str, str]  # (country ISO2, admin-1 name as the gazetteer spells it): ("US", "Illinois")
MIN_REPORTS = 2  # a host's home needs two reports that state the same region
HOST_CITY_POPULATION = 100_000  # a city spelled in a host name must be a real city ("fox8" names no town)
HOST_CITY_LEAD = 10  # ... and ten times bigger than any namesake ("toledoblade": Toledo, Ohio or Spain)
MIN_HOST_CITY_LETTERS = 5

_ARCHIVE = re.compile(r"^(?:https?://)?(?:web\.)?archive\.org/web/[^/]+/", re.IGNORECASE)
_SCHEME = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
_GENERIC_LABELS = frozenset({"www", "m", "mobile", "amp", "news", "com", "org", "net", "co", "uk", "us"})


def outlet_host(url: str | None) -> str | None:
    """The publisher's host of a report's URL: lower case, no "www.", no port; an archive wrapper is unwrapped
    ("web.archive.org/web/2016.../http://ktla.com:80/..." -> "ktla.com")."""
    if not url:
        return None
    inner = _ARCHIVE.sub("", url.strip())
    host = _SCHEME.sub("", inner).split("/", 1)[0].split("@")[-1].split(":", 1)[0].lower().strip(".")
    host = host.removeprefix("www.")
    return host if "." in host else None


def outlet_homes(articles: Sequence[Article], annotations: Sequence[Annotations]) -> dict[str, Home]:
    """Host -> home region over one batch: `homes_from_votes` of each report's `report_vote`."""
    return homes_from_votes(
        vote for article, notes in zip(articles, annotations, strict=True) if (vote := report_vote(article, notes))
    )


def report_vote(article: Article, annotations: Annotations) -> tuple[str, Home | None] | None:
    """(host, the region this report is set in or None); None when the report has no outlet host. A store keeps
    these votes, so an outlet's home builds up over runs."""
    host = outlet_host(article.url)
    return None if host is None else (host, _report_region(article.text, annotations.places))


def homes_from_votes(votes: Iterable[tuple[str, Home | None]]) -> dict[str, Home]:
    """Host -> home region: the region most of its reports are set in (two reports at least, and more than half
    of those set somewhere), else a big city the host spells when no other region has more of its reports."""
    counts_by_host: dict[str, Counter[Home]] = {}
    reports: Counter[str] = Counter()
    for host, region in votes:
        counts_by_host.setdefault(host, Counter()).update([region] if region else [])
        reports[host] += 1
    homes: dict[str, Home] = {}
    for host, counts in counts_by_host.items():
        home = _clear_majority(counts) if counts else None
        city = host_city_home(host) if home is None else None
        if city is not None and _city_backed(city, counts, reports[host]):
            home = city  # "daytondailynews.com": one report in Ohio, one in Florida
        if home is not None:
            homes[host] = home
    return homes


def rehome(article: Article, annotations: Annotations, homes: dict[str, Home]) -> Annotations:
    """The annotations with the report's places resolved again inside its outlet's home region (unchanged when the
    outlet has none), and the home kept in `home`. The text's names are not scanned again: `find_places` keeps
    what it read from the batch's texts."""
    host = outlet_host(article.url)
    language = article.language or "en"
    home = (homes.get(host) if host else None) or title_home(article.title, language)
    if home is None:
        return annotations
    abroad = any(m.place.precision == "town" and m.place.country != home[0] for m in annotations.places)
    if not abroad and not home_changes(article.text, annotations.entities, language, home):
        return replace(annotations, home=home)  # the text names the home region itself: the same reading
    places = find_places(article.text, annotations.entities, language, home=home)
    return replace(annotations, places=places, home=home)


def title_home(title: str | None, language: str) -> Home | None:
    """The region the site's name after the headline spells ("... - WTVM.com-Columbus, GA News", "... - WMC
    Action News 5 - Memphis, Tennessee", "... | WBTV Charlotte"): a state it names, else a big city
    (`host_city_home`'s rule), when all it names lie in one region. For an outlet whose reports gave no home."""
    site = site_name(title or "", language)
    if not site:
        return None
    regions = {
        (str(m.place.country), m.place.admin1)
        for m in find_places(site, (), language)
        if m.place.precision == "admin1" and m.place.admin1
    }
    if not regions:  # a state it names settles its cities ("Columbus, GA")
        for word in re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", site):
            city = _host_cities().get(re.sub(r"[^a-z]", "", word.casefold()))
            if city is not None:
                regions.add(city)
    return next(iter(regions)) if len(regions) == 1 else None


def _report_region(text: str, places: Sequence[PlaceMention]) -> Home | None:
    """The region a report is set in: its dateline town's ("PUYALLUP, Wash. —", "CHICAGO —"), else the one most of
    its town mentions lie in (two at least). A "City, State" aside is no vote by itself: papers name the state
    mostly for towns outside their own."""
    for mention in places:
        if mention.place.precision == "town" and mention.place.admin1 and opens_a_dateline(text, mention.span):
            return (str(mention.place.country), mention.place.admin1)
    regions = Counter(
        (str(m.place.country), m.place.admin1) for m in places if m.place.precision == "town" and m.place.admin1
    )
    ranked = regions.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None  # a lone "Germantown" is too weak a vote
    return ranked[0][0]


def _city_backed(city: Home, counts: Counter[Home], reports: int) -> bool:
    """A city a host spells is its home when a report is set there, or when two reports at least set nowhere else
    say so (and no other region has more of its reports): one report of "glasgowcourier.com" set nowhere is no
    evidence for Scotland."""
    if counts[city] < max(counts.values(), default=0):
        return False
    return counts[city] > 0 or reports >= MIN_REPORTS


def _clear_majority(counts: Counter[Home]) -> Home | None:
    ranked = counts.most_common(2)
    home, count = ranked[0]
    return home if count >= MIN_REPORTS and 2 * count > sum(counts.values()) else None


def host_city_home(host: str) -> Home | None:
    """The region of a big city a host spells in a label ("baltimoresun.com", "abc7chicago.com"), when no other
    city of that name comes within a tenth of its size."""
    for label in host.split("."):
        if label in _GENERIC_LABELS or len(label) < MIN_HOST_CITY_LETTERS:
            continue
        for size in range(len(label), MIN_HOST_CITY_LETTERS - 1, -1):
            for part in dict.fromkeys((label[:size], label[-size:])):
                home = _host_cities().get(part)
                if home is not None:
                    return home
    return None


@lru_cache(maxsize=1)
def _host_cities() -> dict[str, Home]:
    """Space-free city name -> region, for names whose biggest town dwarfs every namesake."""
    gazetteer = load()
    best: dict[str, list[tuple[int, int]]] = {}
    for number, row in enumerate(gazetteer.rows[TOWN]):
        name = re.sub(r"[^a-z]", "", str(row[1]).casefold())
        if len(name) >= MIN_HOST_CITY_LETTERS:
            best.setdefault(name, []).append((gazetteer.population(TOWN, number), number))
    cities: dict[str, Home] = {}
    for name, towns in best.items():
        towns.sort(reverse=True)
        (population, number), runner_up = towns[0], (towns[1][0] if len(towns) > 1 else 0)
        place = gazetteer.place(TOWN, number)
        if population >= HOST_CITY_POPULATION and population >= HOST_CITY_LEAD * runner_up and place.admin1:
            cities[name] = (str(place.country), place.admin1)
    return cities
