"""Reconciliation rules as data: which figures exist, which group words name a part, how directions read.

Per-language entries (en, fr, es, de, ar, tr) sit side by side; the other modules of `reconcile` hold the matching code.
"""

from __future__ import annotations

FIGURE_FIELDS = ("killed", "injured", "kidnapped", "released", "missing", "arrested", "displaced", "affected")
# Group words that name the whole count, not a part of it ("53 citizens were killed").
TOTAL_GROUPS = frozenset({"people", "persons", "person", "citizens", "individuals", "victims", "residents",
                          "personnes", "personas", "menschen", "kişi", "أشخاص", "شخصا", "مواطنا"})
GROUP_SYNONYMS = {
    "troops": "soldiers", "soldier": "soldiers", "servicemen": "soldiers", "military personnel": "soldiers",
    "service members": "soldiers", "militaires": "soldiers", "soldats": "soldiers", "soldados": "soldiers",
    "soldaten": "soldiers", "asker": "soldiers", "جنود": "soldiers",
    "civilian": "civilians", "civils": "civilians", "civiles": "civilians", "zivilisten": "civilians",
    "sivil": "civilians", "مدنيين": "civilians", "مدنيون": "civilians",
    "child": "children", "kids": "children", "minors": "children", "enfants": "children", "niños": "children",
    "kinder": "children", "çocuk": "children", "أطفال": "children",
    "police officers": "police", "policemen": "police", "policiers": "police", "policías": "police",
    "polizisten": "police", "polis": "police", "شرطة": "police",
    "jihadists": "militants", "fighters": "militants", "insurgents": "militants", "rebels": "militants",
    "djihadistes": "militants", "combattants": "militants", "combatientes": "militants", "kämpfer": "militants",
    "militan": "militants", "مسلحين": "militants",
    "woman": "women", "femmes": "women", "mujeres": "women", "frauen": "women", "kadın": "women", "نساء": "women",
}
# How a group opens when it names a part of people already counted ("two of them", "4 of the injured",
# "dos de ellos", "deux d'entre eux"): such a part is neither a total nor a group of its own.
PARTITIVE_OPENINGS = ("of ", "among ", "de ", "d'entre ", "d’entre ", "parmi ", "entre ", "von ", "davon",
                      "unter ", "arasından", "içinden", "من ", "منهم")
# Parts that never overlap, so they add up to a total; "children" or "women" cut across them instead.
DISJOINT_GROUPS = frozenset({"civilians", "soldiers", "police", "militants"})
# Words that tell wounded victims apart from the dead ("another man was wounded", "three others were hurt",
# "his brother is in stable condition", "the surviving brother"), per language; regular expressions, matched on
# whole words. "by another" names a shooter ("shot by another 16-year-old"), not a victim.
# A later ordinal ("a fourth man suffered a gunshot wound", "a fifth victim") and "also" before the hurt ("was
# also shot in the hand") count one more victim, not the one who died.
OTHER_VICTIM_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("(?<!by )another", "second", "others", "other (?:people|persons|victims)", "non-fatal", "non-life",
           "surviv(?:ed|ing|or|ors|e)", "stable", "released", "recovering", "doing well",
           "(?:third|fourth|fifth|sixth|seventh|eighth) (?:\\w+ )?"
           "(?:victim|person|man|woman|boy|girl|teen|teenager|child|male|female|individual)",
           "not fatally",
           "also (?:been )?(?:shot|wounded|injured|hurt|hit|struck)"),
    "fr": ("autres?", "deuxième", "second(?:e)?", "survivante?s?", "a survécu", "stable", "hors de danger",
           "(?:troisième|quatrième|cinquième) (?:victime|personne|homme|femme)",
           "(?:également|aussi) (?:été )?blessée?s?"),
    "es": ("otr[oa]s?", "segund[oa]", "sobrevivi(?:ó|ente|entes)", "estable", "fuera de peligro",
           "(?:tercer[oa]?|cuart[oa]|quint[oa]) (?:víctima|persona|hombre|mujer)",
           "también (?:result[óo] )?herid[oa]s?"),
    "de": ("weiterer?", "zweiter?", "anderer?", "überlebte?", "überlebende[rn]?", "stabil", "außer Lebensgefahr",
           "(?:dritte|vierte|fünfte)[rns]? (?:Opfer|Person|Mann|Frau)",
           "(?:ebenfalls|auch) (?:schwer |leicht )?verletzt"),
    "tr": ("diğer", "ikinci", "başka", "kurtuldu", "hayati tehlikesi(?: yok| bulunmuyor)",
           "(?:üçüncü|dördüncü|beşinci) (?:kişi|yaralı)"),
    "ar": ("آخر", "أخرى", "الثاني", "الثانية", "مستقرة", "نجا", "الثالث", "الرابع", "الخامس"),
}
# Words that tell a wounded victim alive as the report is written ("is in critical condition", "remains
# hospitalized", "is fighting for her life"), per language: in a report that also tells of a death, someone else
# than the dead. Across reports they are no such sign: the boy "in critical condition" on Monday may die on Tuesday.
ALIVE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("(?:is|are|remains?) (?:listed |still )?in (?:critical|serious|stable|fair|good) condition",
           "remains? (?:hospitalized|in (?:the )?hospital)",
           "(?:is|are) (?:fighting|clinging) (?:for|to) (?:his|her|their) li(?:fe|ves)",
           "expected to (?:recover|survive)"),
    "fr": ("(?:est|sont) dans un état (?:critique|grave|stable)", "(?:est|sont) toujours hospitalisée?s?",
           "pronostic vital (?:est )?engagé"),
    "es": ("(?:está|están|permanece|permanecen) (?:en estado )?(?:grave|crítico|estable)", "sigue hospitalizad[oa]"),
    "de": ("(?:ist|sind|liegt|liegen) (?:noch |weiterhin )?(?:in kritischem Zustand|schwer verletzt im Krankenhaus)",
           "schwebt in Lebensgefahr", "schweben in Lebensgefahr"),
    "tr": ("tedavisi sürüyor", "durumu ağır", "yoğun bakımda"),
    "ar": ("حالته حرجة", "حالتها حرجة", "لا يزال في المستشفى"),
}
# Words that put a day's event in its small hours ("early Saturday", "Saturday morning", "overnight"), per
# language: such a day is the event's own, not the morning after a night-time event.
SMALL_HOURS: dict[str, tuple[str, ...]] = {
    "en": ("early", "morning", "overnight", "a\\.m\\.", "before dawn", "small hours"),
    "fr": ("matin", "tôt", "dans la nuit de", "à l'aube"), "es": ("madrugada", "por la mañana", "al amanecer"),
    "de": ("früh", "morgen", "frühen Morgen", "in der Nacht zu[mr]?"), "tr": ("sabah", "sabaha karşı", "gece yarısı"),
    "ar": ("فجر", "صباح"),
}
SPECIFICITY = {"exact": 0, "revised": 0, "initial": 0, "at_least": 1, "more_than": 1, "about": 2,
               "at_most": 2, "up_to": 2, "range": 3}
PLACE_PRECISION = ("town", "admin1", "region", "country")
# Types that say little about what happened: they win the vote only when nothing else was seen.
VAGUE_TYPES = frozenset({"other", "attribution", "diplomacy", "other_development", "change_to_group"})
CERTAINTY_ORDER = ("claimed", "attributed", "blamed", "suspected")
# Perpetrators that name nobody: never in conflict with a named one.
GENERIC_ACTORS = frozenset({
    "gunmen", "assailants", "attackers", "unknown", "unknown gunmen", "militants", "armed men", "terrorists",
    "hommes armés", "assaillants", "inconnus", "pistoleros", "atacantes", "hombres armados", "desconocidos",
    "bewaffnete", "angreifer", "unbekannte", "مسلحون", "مسلحين", "مجهولون", "silahlı kişiler", "saldırganlar",
})
# Direction words, compounds first, and words hiding inside others ("ouest", "oeste") before "est".
# Matched on the relation with spaces and hyphens removed.
COMPASS: tuple[tuple[str, str], ...] = (
    ("southeast", "se"), ("southwest", "sw"), ("northeast", "ne"), ("northwest", "nw"),
    ("sudest", "se"), ("sudouest", "sw"), ("nordest", "ne"), ("nordouest", "nw"),
    ("sureste", "se"), ("sudeste", "se"), ("suroeste", "sw"), ("sudoeste", "sw"), ("noreste", "ne"),
    ("nordeste", "ne"), ("noroeste", "nw"),
    ("südöstlich", "se"), ("südwestlich", "sw"), ("nordöstlich", "ne"), ("nordwestlich", "nw"),
    ("güneydoğu", "se"), ("güneybatı", "sw"), ("kuzeydoğu", "ne"), ("kuzeybatı", "nw"),
    ("جنوبشرق", "se"), ("جنوبغرب", "sw"), ("شمالشرق", "ne"), ("شمالغرب", "nw"),
    ("north", "n"), ("south", "s"), ("west", "w"), ("ouest", "w"), ("oeste", "w"), ("east", "e"),
    ("nördlich", "n"), ("südlich", "s"), ("östlich", "e"), ("westlich", "w"),
    ("kuzey", "n"), ("güney", "s"), ("doğu", "e"), ("batı", "w"),
    ("شمال", "n"), ("جنوب", "s"), ("شرق", "e"), ("غرب", "w"),
    ("nord", "n"), ("norte", "n"), ("sud", "s"), ("sur", "s"), ("este", "e"), ("est", "e"),
)
COMPASS_WORDS = {"n": "north", "ne": "northeast", "e": "east", "se": "southeast", "s": "south",
                 "sw": "southwest", "w": "west", "nw": "northwest"}
