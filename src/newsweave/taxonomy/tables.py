"""Per-language keyword tables for event typing: rules as data, separate from the matching code.

Each entry is `(regex, weight)`, matched on the lower-cased text. A type's keyword score is the sum of the
weights of its patterns that match (each pattern counts once). Weights follow one scale:
4-6 = the words name the type outright ("airstrike", "suicide bomber"), 2-3 = a strong cue, 0.5-1.5 = a weak
cue that only helps break ties, negative = evidence against. English is the richest table; the embedding scorer
(`prototypes.py`) covers languages and wordings the tables miss.

`CONTEXT` adds weight to every type of a category *that already scored*, so "gunmen opened fire" leans to
ACLED violence next to "militants" and to crime next to "police said"; it never creates a type by itself.
`REFINES` lets a finer ACLED type win over the one it refines ("tear gas" + "protest" beats "protest").
`DETAILS` maps words to the optional `subtype` detail inside a type.
`CASUALTIES` are words that report people killed or hurt: a text with one is an incident, so the types in
`NEVER_WITH_CASUALTIES` (news *about* an incident, such as who is blamed for it) cannot win there.
`ORDINARY_CRIME` marks a local police story, on which the fitted head is not asked.
"""

from __future__ import annotations

from newsweave.taxonomy.rules_en import EN, GOV, NSA
from newsweave.taxonomy.rules_europe import IT, PL, PT, RU
from newsweave.taxonomy.rules_more import CASUALTIES as _MORE_CASUALTIES
from newsweave.taxonomy.rules_more import JA, UK, ZH
from newsweave.taxonomy.rules_more import ORDINARY_CRIME as _MORE_CRIME
from newsweave.taxonomy.rules_world import AR, DE, ES, FR, TR

Rules = tuple[tuple[str, float], ...]

# type -> the types it refines: a refined type that has its own evidence adds the best score among them.
# A riot is a protest that turned violent; an intercepted missile is a missile attack that did not happen.
REFINES: dict[str, tuple[str, ...]] = {
    "protest_with_intervention": ("peaceful_protest",),
    "excessive_force_against_protesters": ("peaceful_protest", "protest_with_intervention"),
    "government_regains_territory": ("armed_clash",),
    "non_state_actor_overtakes_territory": ("armed_clash",),
    "non_violent_transfer_of_territory": ("government_regains_territory", "non_state_actor_overtakes_territory"),
    # ACLED: the weapon outranks the target, so an air strike that kills civilians is an air strike
    "air_strike": ("attack",),
    "shelling": ("attack",),
    "remote_explosive": ("attack",),
    "grenade": ("attack",),
    "suicide_bomb": ("remote_explosive", "attack"),
    "chemical_weapon": ("air_strike", "shelling", "attack"),
    "disrupted_weapons_use": ("remote_explosive", "grenade", "shelling", "air_strike", "chemical_weapon",
                              "suicide_bomb"),
    "sexual_violence": ("attack",),
    "mob_violence": ("attack",),
    "violent_demonstration": ("peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters"),
}

# rival types told apart by who acts: when both score, the one whose actor is named first (the subject of the
# lede, as news style puts it) gets SUBJECT_BONUS in the scorer. English only.
SUBJECTS: dict[str, dict[str, str]] = {
    "en": {
        "government_regains_territory": r"\b" + GOV + r"\b",
        "non_state_actor_overtakes_territory": r"\b" + NSA + r"\b",
    },
}

# words that report casualties, per language (lower-cased text); the scorer's stability rule reads them
CASUALTIES: dict[str, str] = {
    "en": r"\b(?:killed|killing|dead|deaths?|died|dies|lives|bodies|injur(?:ed|ies|ing)|wounded|wounding|"
          r"casualties|fatalit(?:y|ies)|hurt)\b",
    "fr": r"\b(?:tués?|tuées?|morts?|mortes|décès|décédés?|blessés?|blessées?|victimes)\b",
    "es": r"\b(?:muertos?|muertas?|fallecid[oa]s?|asesinad[oa]s?|heridos?|heridas|víctimas)\b",
    "de": r"\b(?:getötet|tote|toten|todesopfer|starben|verletzt\w*|verwundet\w*|opfer)\b",
    "ar": r"(?:قتل|قتلى|مقتل|لقي|مصرع|جرحى|إصابة|أصيب|مصابين|ضحايا)",
    "tr": r"\b(?:öldü\w*|ölü|hayatını kaybetti|yaralan\w*|yaralı|can kaybı)",
    "it": r"\b(?:uccis[oiae]|mort[oiae]|vittime|decedut[oiae]|ferit[oiae])\b",
    "pt": r"\b(?:mort[oa]s?|morreram|morreu|vítimas|ferid[oa]s?)\b",
    "ru": r"\b(?:погиб\w*|убит\w*|жертв\w*|ранен\w*|пострадал\w*|скончал\w*)",
    "pl": r"\b(?:zgin\w+|zabit\w*|ofiar\w*|rann\w+|zmarł\w*|nie żyj\w+)",
    **_MORE_CASUALTIES,
}
NEVER_WITH_CASUALTIES: tuple[str, ...] = ("attribution",)

# spelling variants written to the one form the keyword rules read, per language (lower-cased text): news writes
# "protestors" as often as "protesters", and hyphenates compounds ("air-strike", "tear-gas", "land-mine") the
# rules spell with a space or none. (regex, replacement), applied in order before any rule is matched.
SPELLINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"\bprotestor(s?)\b", r"protester\1"),
        (r"\b(air|gun|tear|water|land|drone|car|truck|suicide|rocket|mortar|pepper|petrol|hand)-(strikes?|raids?|"
         r"battles?|gas|cannons?|mines?|bomb\w*|spray\w*|grenades?|attacks?|shells?)\b", r"\1 \2"),
        (r"\bfire[- ]fight(s?)\b", r"firefight\1"),
        (r"\bshoot[- ]out(s?)\b", r"shootout\1"),
        (r"\bcease fire\b", "ceasefire"),
    ),
}

# cues of an ordinary-crime setting (a local police story), per language: the fitted head (`head.py`) learnt
# from conflict news, where a shooting is an ACLED attack, so it has no say on such texts
ORDINARY_CRIME: dict[str, str] = {
    "en": r"\b(?:police (?:said|say|says|are investigating|department|chief|spokes\w+)|according to (?:the )?police|"
          r"sheriff'?s?|deputies|detectives?|homicide|the suspect|charged with|investigators|district attorney|"
          r"prosecutors?|sentenced|police (?:reported|responded|found|were called)|officers responded|"
          r"gunshot wounds?)\b",
    "fr": r"\b(?:selon la police|le suspect|enquêteurs|gendarmerie|procureur|mis en examen|condamné)\b",
    "es": r"\b(?:según la policía|el sospechoso|fiscalía|investigadores|detenido por|condenado)\b",
    "de": r"\b(?:laut polizei|polizei (?:sagte|teilte mit)|verdächtige\w*|ermittler|staatsanwaltschaft|verurteilt)\b",
    "ar": r"(?:قالت الشرطة|المشتبه|النيابة|المحكمة)",
    "tr": r"\b(?:polis açıklama|şüpheli|savcılık|mahkeme)",
    "it": r"\b(?:secondo la polizia|carabinieri|il sospettato|procura|inquirenti|condannat[oa])\b",
    "pt": r"\b(?:segundo a polícia|o suspeito|delegado|ministério público|investigadores|condenad[oa])\b",
    "ru": r"(?:по данным полиции|подозреваем\w+|следовател\w+|прокуратур\w+|уголовное дело)",
    "pl": r"(?:według policji|podejrzan\w+|prokuratur\w+|śledczy|zarzut\w*)",
    **_MORE_CRIME,
}

KEYWORDS: dict[str, dict[str, Rules]] = {
    "en": EN, "fr": FR, "es": ES, "de": DE, "ar": AR, "tr": TR, "it": IT, "pt": PT, "ru": RU, "pl": PL,
    "zh": ZH, "uk": UK, "ja": JA,
}

# what a protest is for: "marched against corruption" is a protest, not a crime
_PURPOSE = r"(?:\S+ ){0,4}(?:against|over|demanding|calling for|in solidarity|to demand|to protest)\b"

# category -> cues for the setting an incident happens in (organised armed conflict, ordinary crime, ...)
CONTEXT: dict[str, dict[str, Rules]] = {
    "en": {
        "battles": ((r"\b(?:troops|soldiers|army|militants?|rebels?|insurgents?|jihadists?|militia(?:s|men)?|"
                     r"fighters|taliban|isis|isil|daesh|islamic state|al-shabaab|boko haram|al-qaeda|"
                     r"security forces|armed forces|military)\b", 1.5),),
        "explosions_remote_violence": ((r"\b(?:militants?|insurgents?|jihadists?|taliban|isis|islamic state|"
                                        r"al-shabaab|boko haram|terrorists?|army|military|forces)\b", 1.5),),
        "violence_against_civilians": ((r"\b(?:militants?|rebels?|insurgents?|jihadists?|militia(?:s|men)?|"
                                        r"taliban|isis|islamic state|al-shabaab|boko haram|bandits|"
                                        r"terrorists?|armed (?:men|group))\b", 1.5),),
        "crime": ((r"\b(?:police said|sheriff|deputies|county|detectives?|charged with|the suspect|"
                   r"homicide|investigators|court|sentenced)\b", 1.5),
                  (r"\b(?:militants?|rebels?|insurgents?|jihadists?|militia(?:s|men)?|taliban|isis|isil|daesh|"
                   r"islamic state|al-shabaab|boko haram|al-qaeda|terrorists?|troops|soldiers)\b", -1.0),
                  # a protest over a murder is a protest: the crime is what it is about
                  (r"\b(?:protest(?:s|ed|ers)?|demonstrat(?:ed|ors|ions?)|marche[sd]|rall(?:y|ies|ied)|vigils?)\b",
                   -1.5)),
        # what a protest is about ("marched against corruption") is not the event: the protest is
        "protests": ((r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:ed|es)?|civil disobedience|vigils?) "
                      + _PURPOSE, 1.5),),
        "riots": ((r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:ed|es)?|civil disobedience) " + _PURPOSE,
                   1.5),),
        # houses burned by armed men are no accident
        "accident": ((r"\b(?:militants?|rebels?|insurgents?|jihadists?|militia(?:s|men)?|taliban|isis|islamic state|"
                      r"al-shabaab|boko haram|terrorists?|gunmen|armed men|troops|soldiers|rioters)\b", -1.5),),
    },
    "fr": {
        "battles": ((r"\b(?:soldats|armée|militaires|rebelles|jihadistes|djihadistes|insurgés)\b", 1.5),),
        "violence_against_civilians": ((r"\b(?:jihadistes|djihadistes|hommes armés|terroristes)\b", 1.5),),
        "crime": ((r"\b(?:selon la police|suspect|enquêteurs|gendarmerie)\b", 1.5),),
    },
    "es": {
        "battles": ((r"\b(?:soldados|ejército|militares|rebeldes|guerrilla|yihadistas|insurgentes)\b", 1.5),),
        "violence_against_civilians": (
            (r"\b(?:yihadistas|hombres armados|terroristas|paramilitares)\b", 1.5),
        ),
        "crime": ((r"\b(?:según la policía|sospechoso|fiscalía|investigadores)\b", 1.5),),
    },
    "de": {
        "battles": ((r"\b(?:soldaten|armee|militär|rebellen|dschihadisten|aufständische)\b", 1.5),),
        "violence_against_civilians": ((r"\b(?:dschihadisten|bewaffnete|terroristen|milizen)\b", 1.5),),
        "crime": ((r"\b(?:polizei|verdächtige\w*|ermittler|staatsanwaltschaft)\b", 1.5),),
    },
    "ar": {
        "battles": ((r"(?:الجيش|جنود|القوات|المسلحين|المتمردين|داعش)", 1.5),),
        "violence_against_civilians": ((r"(?:مسلحون|مسلحين|داعش|إرهابيين)", 1.5),),
        "crime": ((r"(?:الشرطة|المشتبه|النيابة)", 1.5),),
    },
    "tr": {
        "battles": ((r"\b(?:asker|ordu|militan|terörist|isyancı|pkk|işid|deaş)", 1.5),),
        "violence_against_civilians": ((r"\b(?:silahlı grup|terörist|militan)", 1.5),),
        "crime": ((r"\b(?:polis|şüpheli|savcılık)", 1.5),),
    },
    "it": {
        "battles": ((r"\b(?:soldati|esercito|militari|ribelli|jihadisti|insorti|miliziani)\b", 1.5),),
        "violence_against_civilians": ((r"\b(?:jihadisti|uomini armati|terroristi|miliziani)\b", 1.5),),
        "crime": ((r"\b(?:secondo la polizia|sospettato|inquirenti|carabinieri|procura)\b", 1.5),),
    },
    "pt": {
        "battles": ((r"\b(?:soldados|exército|militares|rebeldes|jihadistas|insurgentes|milícias?)\b", 1.5),),
        "violence_against_civilians": ((r"\b(?:jihadistas|homens armados|terroristas|milicianos)\b", 1.5),),
        "crime": ((r"\b(?:segundo a polícia|suspeito|delegado|investigadores)\b", 1.5),),
    },
    "ru": {
        "battles": ((r"(?:военн\w+|арми\w+|солдат\w*|боевик\w*|повстанц\w+|вс рф|всу)", 1.5),),
        "violence_against_civilians": ((r"(?:боевик\w*|вооруженн\w+ люд\w+|террорист\w*)", 1.5),),
        "crime": ((r"(?:полици\w+|подозреваем\w+|следовател\w+|прокуратур\w+)", 1.5),),
    },
    "pl": {
        "battles": ((r"(?:wojsk\w+|armi\w+|żołnierz\w*|bojowni\w+|rebelian\w+)", 1.5),),
        "violence_against_civilians": ((r"(?:bojowni\w+|uzbrojen\w+ (?:mężczyź|napastni)\w*|terroryst\w+)", 1.5),),
        "crime": ((r"(?:polic\w+|podejrzan\w+|prokuratur\w+|śledcz\w+)", 1.5),),
    },
}

# type -> (regex, detail): the optional `subtype` inside a type. English only: details are a nicety.
DETAILS: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "en": {
        "attack": ((r"\bambush", "ambush"), (r"\bmassacre", "massacre"), (r"\bstabb", "stabbing"),
                   (r"\bbehead", "beheading"), (r"\bassassinat", "assassination"), (r"\bshot|\bshooting|\bgunmen",
                                                                                   "shooting")),
        "armed_clash": ((r"\bambush", "ambush"), (r"\braid", "raid"), (r"\bprison|\bjail", "prison_assault")),
        "air_strike": ((r"\bdrones?\b|\buavs?\b", "drone"), (r"\bhelicopter", "helicopter")),
        "shelling": ((r"\bmissiles?\b", "missile"), (r"\brockets?\b", "rocket"), (r"\bmortars?\b", "mortar"),
                     (r"\bartillery|\bshell", "artillery")),
        "remote_explosive": ((r"\bcar bomb|vehicle-borne", "car_bomb"), (r"\bland ?mines?\b|\bmines?\b", "landmine"),
                             (r"\bieds?\b|improvised|roadside", "ied")),
        "storm": ((r"\bhurricane", "hurricane"), (r"\btyphoon", "typhoon"), (r"\bcyclone", "cyclone"),
                  (r"\btornado", "tornado"), (r"\bblizzard|\bsnowstorm", "blizzard")),
        "shooting": ((r"\bmass shooting", "mass_shooting"), (r"\bdrive-by", "drive_by"),
                     (r"\bpolice (?:officers? )?(?:shot|fired)|officer-involved", "police_shooting")),
        "outbreak": ((r"\bcholera", "cholera"), (r"\bebola", "ebola"), (r"\bcovid|coronavirus", "covid-19"),
                     (r"\bmeasles", "measles"), (r"\bdengue", "dengue")),
        "organized_crime": ((r"\bdrug|cocaine|heroin|narcotic|cannabis|marijuana|meth", "drugs"),
                            (r"\bhuman trafficking|migrants|smuggl", "smuggling")),
    },
}
