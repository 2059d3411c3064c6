"""The event taxonomy, as data: types, categories, and the mapping to CASE 2021 labels.

How the contract's `type` is built
----------------------------------
An event `type` is always a *leaf* slug of the table below (short snake_case, unique across the table);
`parent(type)` gives its category. Conflict and violence use ACLED's sub-event types as leaves and ACLED's
event types as categories, so an ACLED coder reads them directly:

    attack          -> violence_against_civilians     (ACLED "Attack")
    armed_clash     -> battles                        (ACLED "Armed clash")
    air_strike      -> explosions_remote_violence     (ACLED "Air/drone strike")
    earthquake      -> disaster
    road_accident   -> accident
    shooting        -> crime

`subtype` (returned by `classify`, stored on ArticleEvent) is an optional finer detail inside a leaf
("ambush" for an attack, "hurricane" for a storm, "drone" for an air strike), or None.

Decisions an ACLED coder would recognise, documented here because they are judgement calls:
- Criminal violence with no political or organised armed actor (a US shooting reported to the Gun Violence
  Archive, a robbery, a domestic murder) is `crime` (`shooting`, `homicide`, ...), not ACLED `attack`:
  ACLED leaves ordinary criminal violence out. The same words ("gunmen opened fire") next to militants,
  troops or rebels type as ACLED violence.
- A raid by armed forces that kills a militant leader (the US raid on an IS leader in Syria) is
  `armed_clash`: two organised armed groups engage. An assault on a prison held by another armed force
  is `armed_clash` too.
- An ambush on unarmed civilians (truffle hunters) is `attack`; an ambush on soldiers is `armed_clash`.
- Epidemics are `health`/`outbreak`; CASE 2021 files them under NATURAL_DISASTER, see `CASE_TO_TYPE`.
- An incident beats who is blamed for it: "IS claimed responsibility for a car bomb that killed eight" is a
  `remote_explosive` event; `politics`/`attribution` is for news that is only about blame or denial.
- `other` is news that is no incident (markets, companies, products, sport, elections). The keyword tables
  carry evidence *for* it, so "stock markets rally" is not a protest and "market crash" is not an accident.
- ACLED precedence inside protests and riots: a protest is `peaceful_protest`; if the authorities disperse it
  (tear gas, arrests) `protest_with_intervention`; if they use lethal or grave force on peaceful protesters
  `excessive_force_against_protesters`; if the protesters themselves are violent, `violent_demonstration`.
"""

from __future__ import annotations

# category -> its leaf types. Order matters only for reading; every leaf slug is unique.
TAXONOMY: dict[str, tuple[str, ...]] = {
    # ACLED event types and sub-event types
    "battles": ("armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory"),
    "explosions_remote_violence": (
        "chemical_weapon",
        "air_strike",  # air/drone strike
        "suicide_bomb",
        "shelling",  # shelling/artillery/missile attack
        "remote_explosive",  # remote explosive/landmine/IED
        "grenade",
    ),
    "violence_against_civilians": ("sexual_violence", "attack", "abduction"),  # abduction/forced disappearance
    "protests": ("peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters"),
    "riots": ("violent_demonstration", "mob_violence"),
    "strategic_developments": (
        "agreement",
        "arrests",
        "change_to_group",  # change to group/activity
        "disrupted_weapons_use",
        "headquarters_established",  # headquarters or base established
        "looting_property_destruction",
        "non_violent_transfer_of_territory",
        "other_development",  # ACLED strategic development "Other"
    ),
    # incidents outside ACLED
    "disaster": (
        "earthquake",
        "flood",
        "storm",
        "wildfire",
        "landslide",
        "drought",
        "volcano",
        "tsunami",
        "extreme_temperature",
    ),
    "accident": (
        "air_accident",
        "rail_accident",
        "road_accident",
        "sea_accident",
        "industrial_accident",
        "fire",  # a building or vehicle fire
        "structural_collapse",
    ),
    "health": ("outbreak",),
    "crime": ("shooting", "homicide", "robbery", "organized_crime", "other_crime"),
    # news that is about an incident but is no incident itself
    "politics": ("diplomacy", "attribution"),  # sanctions/expulsions/condemnations; blame and claims of responsibility
    "other": ("other",),
}

CATEGORIES: tuple[str, ...] = tuple(TAXONOMY)
ALL_TYPES: tuple[str, ...] = tuple(t for leaves in TAXONOMY.values() for t in leaves)
_PARENT: dict[str, str] = {t: cat for cat, leaves in TAXONOMY.items() for t in leaves}

ACLED_CATEGORIES: frozenset[str] = frozenset(
    {"battles", "explosions_remote_violence", "violence_against_civilians", "protests", "riots",
     "strategic_developments"}
)

# CASE 2021 Task 2 labels -> our type (a leaf) or, for CASE's broad "unseen" labels, our category.
CASE_TO_TYPE: dict[str, str] = {
    "ABDUCT_DISSAP": "abduction",
    "AGREEMENT": "agreement",
    "AIR_STRIKE": "air_strike",
    "ARMED_CLASH": "armed_clash",
    "ARREST": "arrests",
    "ART_MISS_ATTACK": "shelling",
    "ATTACK": "attack",
    "CHANGE_TO_GROUP_ACT": "change_to_group",
    "CHEM_WEAP": "chemical_weapon",
    "DISR_WEAP": "disrupted_weapons_use",
    "FORCE_AGAINST_PROTEST": "excessive_force_against_protesters",
    "GOV_REGAINS_TERIT": "government_regains_territory",
    "GRENADE": "grenade",
    "HQ_ESTABLISHED": "headquarters_established",
    "MOB_VIOL": "mob_violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "non_state_actor_overtakes_territory",
    "NON_VIOL_TERRIT_TRANSFER": "non_violent_transfer_of_territory",
    "OTHER": "other_development",
    "PEACE_PROTEST": "peaceful_protest",
    "PROPERTY_DISTRUCT": "looting_property_destruction",
    "PROTEST_WITH_INTER": "protest_with_intervention",
    "REM_EXPLOS": "remote_explosive",
    "SEX_VIOL": "sexual_violence",
    "SUIC_BOMB": "suicide_bomb",
    "VIOL_DEMONSTR": "violent_demonstration",
    "ORG_CRIME": "crime",
    "NATURAL_DISASTER": "disaster",
    "MAN_MADE_DISASTER": "accident",
    "DIPLO": "diplomacy",
    "ATTRIB": "attribution",
}

# categories whose every leaf maps back to one CASE label (health: CASE counts epidemics as natural disasters)
_CATEGORY_TO_CASE: dict[str, str] = {
    "crime": "ORG_CRIME",
    "disaster": "NATURAL_DISASTER",
    "health": "NATURAL_DISASTER",
    "accident": "MAN_MADE_DISASTER",
    "other": "OTHER",
}
_TYPE_TO_CASE: dict[str, str] = {v: k for k, v in CASE_TO_TYPE.items() if v in _PARENT}


def parent(type_: str) -> str:
    """The category of a leaf type; a category is its own parent. Unknown names fall back to "other"."""
    if type_ in TAXONOMY:
        return type_
    return _PARENT.get(type_, "other")


def is_type(name: str) -> bool:
    """True for a leaf type of the taxonomy."""
    return name in _PARENT


def to_case(type_: str) -> str:
    """The CASE 2021 label for one of our types (for the benchmark)."""
    if type_ in _TYPE_TO_CASE:
        return _TYPE_TO_CASE[type_]
    return _CATEGORY_TO_CASE.get(parent(type_), "OTHER")
