"""The headline as a source of the main event's place: "Man shot in Dexter" over a body that never names Dexter.

A reader uses the headline when the body's lede names no town: weaker than a dateline ("PUYALLUP, Wash. —"),
stronger than a county, a state or a town the body names in passing. The headline is read inside the article's
own region (its dateline's, else the one most of its places lie in), with the site's name cut off
("... - WOWK 13 Charleston"). The headline is not in `text`: a place only the headline gives is claimed with
the title in `headline` (span (0, 0), empty quote), as title figures are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsweave import place_tables as tables
from newsweave.models import Entity, PlaceMention
from newsweave.place_names import name_key, saint_variants
from newsweave.place_text import a_persons_name, aftermath, locative, residence, resident_after, vicinity
from newsweave.places import dateline_of, find_places, home_of, same_place

__all__ = ["headline_place", "headline_text", "site_name", "site_town", "with_headline"]

_ABBREVIATION_BEFORE = re.compile(r"(?<!\w)[A-Z][a-z]{0,3}\.\s*$")  # "Mt. Oliver", "Sgt. Davis"
_HOST_JOINED = re.compile(r"(\.(?:com|net|org|tv))-", re.IGNORECASE)
MIN_HEADLINE_WORDS = 3  # a segment this long before " | " or " - " is the headline; the rest is the site's name


def headline_text(title: str, language: str) -> str:
    """The headline without the site's name a page appends after a separator ("... - KMOV.com")."""
    parts = _separators(language).split(title.strip())
    head = parts[0].strip()
    return head if len(head.split()) >= MIN_HEADLINE_WORDS else title.strip()


def site_name(title: str, language: str) -> str:
    """What a page appends to its headline after a separator: the site's name ("WMC Action News 5 - Memphis,
    Tennessee"); "" when the title has none."""
    head = headline_text(title, language)
    rest = title.strip()[len(head) :] if title.strip().startswith(head) else ""
    rest = _HOST_JOINED.sub(r"\1 - ", rest)  # "WTVM.com-Columbus, GA News"
    return _separators(language).sub(" , ", rest).strip(" ,")


@lru_cache(maxsize=16)
def _separators(language: str) -> re.Pattern[str]:
    marks = tables.HEADLINE_SEPARATORS.get(language, tables.HEADLINE_SEPARATORS["en"])
    return re.compile("|".join(re.escape(mark) for mark in marks))


def headline_place(
    title: str | None,
    text: str,
    article: Sequence[PlaceMention],
    language: str,
    outlet: tuple[str, str] | None = None,
    entities: Sequence[Entity] = (),
) -> PlaceMention | None:
    """The first town the headline names as a scene, its span in `headline_text`: a name the body also gives
    takes the body's reading; a name only the headline gives must be a town of the article's own region
    under its own name (a headline has no NER to tell "Gang" or "Charge" from a town); `outlet` is the outlet's
    home region, the frame when the article's own places give none. A town where someone lives ("Athens man")
    counts only when the headline names no scene."""
    if not title or not title.strip():
        return None
    head = headline_text(title, language)
    home = home_of(text, article)
    region = (home[0], home[1]) if home is not None and home[0] and home[1] else outlet
    body = {name_key(m.text): m for m in article}
    found = [m for m in find_places(head, (), language, home=region) if _a_town(head, m, language)]
    read = [_read(m, body, region) for m in found if body.get(name_key(m.text)) or not _a_person(m, text, entities)]
    towns = [m for m in read if m is not None]
    scenes = [m for m in towns if not _resident(head, m, language)]
    return next(iter(scenes or towns), None) or (None if article else site_town(title, language))


def site_town(title: str, language: str) -> PlaceMention | None:
    """The one town a local site's name spells with its state ("... - WMC Action News 5 - Memphis, Tennessee"):
    where a report that names no place at all is set, as a reader of that station takes it."""
    site = site_name(title, language)
    found = find_places(site, (), language) if site else ()
    towns = {m.place.geonameid: m for m in found if m.place.precision == "town"}
    states = {m.place.admin1 for m in found if m.place.precision == "admin1"}
    if len(towns) != 1:
        return None
    town = next(iter(towns.values()))
    return town if states == {town.place.admin1} else None


def _read(mention: PlaceMention, body: dict[str, PlaceMention], region: tuple[str, str] | None) -> PlaceMention | None:
    """The body's reading of a name it also gives; a name only the headline gives, in the region and named so;
    a city's nickname ("KC" in a Kansas paper) names one city wherever the outlet is."""
    same = body.get(name_key(mention.text))
    if same is not None:
        mention = PlaceMention(mention.span, mention.text, same.place, mention.relation)
    elif not _named_so(mention):
        return None
    if mention.place.precision != "town":
        return None
    if _nickname(mention):
        return mention
    return mention if _in_region(mention, region) or (same is not None and region is None) else None


def _named_so(mention: PlaceMention) -> bool:
    """The headline writes the town's own name: "St. Paul" for Saint Paul, or a nickname its press uses ("KCK")."""
    written, name = name_key(mention.text), name_key(mention.place.name)
    return written == name or name in saint_variants(written) or _nickname(mention)


def _nickname(mention: PlaceMention) -> bool:
    """ "KC", "KCK": a short name `place_tables.TOWN_NICKNAMES` gives one city."""
    nickname = tables.TOWN_NICKNAMES.get(mention.text.strip())
    return nickname is not None and name_key(nickname[2]) == name_key(mention.place.name)


def _a_person(mention: PlaceMention, text: str, entities: Sequence[Entity]) -> bool:
    """A headline word the body gives as part of a person's name ("grandson of Danny Davis")."""
    return a_persons_name(mention.text, entities, text)


def _a_town(head: str, mention: PlaceMention, language: str) -> bool:
    """A town, not a county ("shot in Burke Co."), the tail of a longer name ("Mt. Oliver"), the middle of an area
    ("in Atlanta suburbs") nor where the wounded were taken."""
    if mention.place.precision != "town" or aftermath(head, mention.span, language):
        return False
    if vicinity(head, mention.span, language):  # "3 people shot to death at home in Atlanta suburbs"
        return False
    if _ABBREVIATION_BEFORE.search(head, 0, mention.span[0]):
        return False
    return _word_after(head, mention) not in tables.HEADLINE_COUNTY_AFTER.get(language, ())


def _resident(head: str, mention: PlaceMention, language: str) -> bool:
    """Where someone lives: "Athens man wounded", "a resident of Magnolia"."""
    return residence(head, mention.span, (), language) or resident_after(head, mention.span, language)


def _word_after(head: str, mention: PlaceMention) -> str:
    following = head[mention.span[1] :].split(maxsplit=1)
    return following[0].casefold().rstrip(",;:") if following else ""


def _in_region(mention: PlaceMention, region: tuple[str, str] | None) -> bool:
    return region is not None and (mention.place.country, mention.place.admin1) == region


def with_headline(
    chosen: PlaceMention | None,
    headline: PlaceMention | None,
    text: str,
    article: Sequence[PlaceMention],
    title: str | None = None,
    language: str = "en",
) -> PlaceMention | None:
    """The main event's place given the headline's town: the body's choice when it is a dateline (unless the
    headline puts the scene in another town of the dateline's region: the dateline is then the bureau, as in
    "CHARLESTON, W.Va." over "4 shot dead in Clarksburg") or the same town; else the headline's town, quoted
    from the body when the body names it somewhere. `title` is the headline the town was read from."""
    if headline is None:
        return chosen
    if chosen is not None and chosen.place.precision == "region" and _resident_title(headline, title, language):
        return chosen  # "Magnolia youth dies in Union County hunting accident": the county is the scene
    if chosen is not None and chosen.place.precision == "town":
        if same_place(chosen.place, headline.place):
            return chosen
        if dateline_of(text, article) is chosen and not _bureau(chosen, headline, title, language):
            return chosen
        if (chosen.place.country, chosen.place.admin1) != (headline.place.country, headline.place.admin1):
            return chosen  # a namesake abroad in the headline ("Madisonville") against the body's own town
    elif chosen is not None and chosen.place.precision != "country" and chosen.place.admin1 != headline.place.admin1:
        return chosen  # "hunting in South Carolina" over the headline's "Atlanta man"
    same = [m for m in article if same_place(m.place, headline.place)]
    return next((m for m in same if m.place.geonameid == headline.place.geonameid), None) or next(iter(same), headline)


def _resident_title(headline: PlaceMention, title: str | None, language: str) -> bool:
    """The headline's town is where someone lives ("Magnolia youth dies ..."), as read in `title`."""
    if title is None:
        return False
    head = headline_text(title, language)
    return headline.text == head[headline.span[0] : headline.span[1]] and _resident(head, headline, language)


def _bureau(dateline: PlaceMention, headline: PlaceMention, title: str | None, language: str) -> bool:
    """A dateline town whose headline puts the scene in another town of its region ("in Wasilla" under
    "ANCHORAGE –", "Florida City Shooting" under "MIAMI –"): a newsroom covering its state."""
    if title is None or (dateline.place.country, dateline.place.admin1) != (
        headline.place.country,
        headline.place.admin1,
    ):
        return False
    head = headline_text(title, language)
    if headline.text != head[headline.span[0] : headline.span[1]]:
        return False
    scene = _word_after(head, headline) in tables.HEADLINE_SCENE_AFTER.get(language, ())  # "Florida City Shooting"
    return scene or locative(head, headline.span, language)
