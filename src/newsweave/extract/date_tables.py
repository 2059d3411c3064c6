"""Words that tie a date to the happening itself, per language, as data (regular-expression fragments).

`dates.happening` reads them: "was shot about 2 a.m. Saturday", "the shooting happened early Sunday",
"Sunday's deadly shooting" date the event; "announced charges Sunday", "gathered Tuesday evening" do not.
Keys are ISO 639-1 codes; matching is case-insensitive. A language without an entry has no happening dates
(the extract stage then ranks dates by reading order alone).
"""

from __future__ import annotations

# Verbs and nouns of the happening that a date right after them dates ("shot ... Saturday").
HAPPENING: dict[str, tuple[str, ...]] = {
    "en": (
        r"shot", r"shooting", r"shootings", r"shootout", r"shoot-out", r"fired", r"opened fire", r"gunfire",
        r"gunshots?", r"gunned down", r"shots rang out", r"killed", r"slain", r"wounded", r"stabbed",
        r"happened", r"occurred", r"took place", r"broke out", r"erupted", r"attacked", r"murdered",
        r"robbed", r"struck", r"injured", r"exploded", r"explosion", r"blast", r"bombing", r"attack",
        r"ambush(?:ed)?", r"kidnapped", r"abducted", r"raided", r"clashed", r"clashes", r"wounding", r"injuring",
        r"killing", r"kills", r"fatally", r"stabbing", r"firing", r"went off", r"discharged",
        r"shots", r"hit by", r"found dead", r"found shot", r"discovered", r"responded", r"were called",
        r"was called", r"dispatched",
    ),
    "fr": (
        r"tués?", r"tuées?", r"abattu(?:e|s|es)?", r"blessé(?:e|s|es)?", r"fusillade", r"attaque",
        r"attentat", r"explosion", r"s'est produit(?:e)?", r"s’est produit(?:e)?", r"a eu lieu", r"survenu(?:e)?",
        r"tirs?", r"ouvert le feu", r"enlevé(?:e|s|es)?", r"affrontements",
    ),
    "es": (
        r"asesinad[oa]s?", r"muert[oa]s?", r"herid[oa]s?", r"tiroteo", r"balacera", r"ataque", r"atentado",
        r"explosión", r"ocurrió", r"tuvo lugar", r"disparó", r"dispararon", r"secuestrad[oa]s?", r"enfrentamientos",
    ),
    "de": (
        r"erschossen", r"getötet", r"verletzt", r"schüsse", r"schüssen", r"angriff", r"anschlag", r"explosion",
        r"ereignete sich", r"fielen", r"überfallen", r"entführt",
    ),
    "ar": (r"مقتل", r"قتل", r"هجوم", r"انفجار", r"إطلاق نار", r"اشتباكات", r"وقع", r"وقعت", r"غارة", r"اختطاف"),
    "tr": (r"saldırı", r"saldırıda", r"patlama", r"öldürüldü", r"yaralandı", r"silahlı", r"meydana geldi", r"çatışma"),
    "it": (
        r"uccis[oiae]", r"mort[oiae]", r"ferit[oiae]", r"sparatoria", r"attacco", r"attentato", r"esplosione",
        r"è avvenut[oa]", r"si è verificat[oa]", r"hanno sparato", r"ha sparato", r"rapit[oiae]", r"scontri",
        r"agguato",
    ),
    "pt": (
        r"mort[oa]s?", r"morreram", r"morreu", r"ferid[oa]s?", r"tiroteio", r"ataque", r"atentado", r"explosão",
        r"ocorreu", r"aconteceu", r"dispararam", r"sequestrad[oa]s?", r"confrontos", r"assassinad[oa]s?",
    ),
    "ru": (
        r"погиб\w*", r"убит\w*", r"ранен\w*", r"пострадал\w*", r"нападени\w+", r"атак\w+", r"теракт\w*",
        r"взрыв\w*", r"произош(?:ел|ёл|ла|ло|ли)", r"обстрел\w*", r"стрельб\w+", r"похищен\w*", r"столкновени\w+",
    ),
    "nl": (
        r"gedood", r"omgekomen", r"om het leven", r"gewond", r"aanslag", r"aanval", r"explosie", r"schietpartij",
        r"vond plaats", r"gebeurde", r"ontvoerd", r"doodgeschoten", r"beschoten",
    ),
    "pl": (
        r"zgin\w+", r"zabit\w*", r"rann\w+", r"zamach\w*", r"atak\w*", r"eksplozj\w+", r"wybuch\w*",
        r"strzelanin\w+", r"doszło do", r"porwan\w+", r"starci\w+", r"zastrzelon\w*",
    ),
}

# Nouns of the happening that a possessive date names ("Sunday's shooting", "Saturday night's fatal crash").
HAPPENING_NOUNS: dict[str, tuple[str, ...]] = {
    "en": (
        r"shootings?", r"shootout", r"gunfire", r"killings?", r"homicides?", r"slaying", r"murders?",
        r"attacks?", r"incident", r"violence", r"robbery", r"stabbing", r"rampage", r"explosion", r"bombing",
    ),
}

# A verb between the happening word and the date, at most three words before the date, takes the date over
# ("the shooting death of a girl were released Monday", "was shot ... and died early Monday"): case-sensitive
# regular expressions matched at the end of the words between (English: a lower-case past form, not an
# adjective after an article as in "an unidentified gunman"; or an infinitive: "leaders to gather Saturday").
OTHER_VERB: dict[str, str] = {
    "en": r"(?:(?<!\ba )(?<!\ban )(?<!\bthe )\b[a-z]{2,}ed\b(?:\W+\S+){0,3}?|\bto\s+[a-z]+(?:\s+[a-z]+){0,3})\W*$"
}

# How a possessive date is written ("Sunday's", "Saturday night's").
POSSESSIVE: dict[str, str] = {"en": r"['’]s"}

# A date used as a noun's modifier right before the happening noun, with at most one word between ("in Saturday
# shooting", "after a Sunday night fatal shooting", "the Thursday killing"): English only; French, Spanish and
# German put the date after the noun ("la fusillade de samedi" is read by the happening word before the date).
# The one word between is a modifier, never a preposition: "arrested Friday for shooting a man", "charged Monday in
# shooting" date the arrest and the charge, not the shooting.
ATTRIBUTIVE: dict[str, str] = {
    "en": r"\s+(?:(?!(?:the|a|an|and|or|in|for|of|at|on|after|before|during|with|by|from|over|about|near|to|into"
    r"|since|following)\s)[a-z-]+\s+)?"
}
# Date words whose modifier use names no day ("an overnight shooting": the night may have begun the day before).
NOT_ATTRIBUTIVE: dict[str, tuple[str, ...]] = {"en": ("overnight",)}

# Where the happening word stands around its date: before it ("shot Saturday"), and in languages whose
# verb may follow the date also right after it ("am Freitag erschossen", "cuma günü öldürüldü"); Russian and
# Polish order words freely ("во вторник погибли", "we wtorek zginęło").
HAPPENING_SIDES: dict[str, tuple[str, ...]] = {
    "de": ("before", "after"),
    "ru": ("before", "after"),
    "pl": ("before", "after"),
    "tr": ("after",),
    "default": ("before",),
}

# Words that make the date after them the start of a state, not a happening ("a party that had been going on since
# Friday night", "had not seen her husband since Tuesday night"): such a date does not date the event, unless a
# happening word right before claims it ("were wounded since Tuesday afternoon" still dates the shootings).
# Turkish puts the postposition after the date ("salıdan beri"): `time_tables.FOLLOW_UP_SIDES` says where to look.
PERIOD_START: dict[str, tuple[str, ...]] = {
    "en": (r"since",),
    "fr": (r"depuis",),
    "es": (r"desde",),
    "de": (r"seit",),
    "ar": (r"منذ",),
    "tr": (r"beri",),
    "it": (r"da", r"dal", r"dalla", r"sin da"),
    "pt": (r"desde",),
    "nl": (r"sinds",),
    "ru": (r"с",),
    "pl": (r"od",),
}
