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
        r"shot",
        r"shooting",
        r"shootings",
        r"shootout",
        r"shoot-out",
        r"fired",
        r"open(?:ed|ing)? fire",
        r"gunfire",
        r"gunshots?",
        r"gunned down",
        r"shots rang out",
        r"killed",
        r"slain",
        r"wounded",
        r"stabbed",
        r"happened",
        r"occurred",
        r"took place",
        r"broke out",
        r"erupted",
        r"attacked",
        r"murdered",
        r"robbed",
        r"struck",
        r"injured",
        r"exploded",
        r"explosion",
        r"blast",
        r"bombing",
        r"attack",
        r"ambush(?:ed)?",
        r"kidnapped",
        r"abducted",
        r"raided",
        r"clashed",
        r"clashes",
        r"wounding",
        r"injuring",
        r"killing",
        r"kills",
        r"fatally",
        r"stabbing",
        r"firing",
        r"went off",
        r"discharged",
        r"shots",
        r"hit by",
        r"found dead",
        r"found shot",
        r"discovered",
        r"responded",
        r"were called",
        r"was called",
        r"dispatched",
        r"summoned",
        r"sustained",
        r"(?:received|got|took) (?:a|an) (?:[\w-]+ )?calls?",  # "Dispatch received a call", "got a 911 call"
    ),
    "fr": (
        r"tués?",
        r"tuées?",
        r"abattu(?:e|s|es)?",
        r"blessé(?:e|s|es)?",
        r"fusillade",
        r"attaque",
        r"attentat",
        r"explosion",
        r"s'est produit(?:e)?",
        r"s’est produit(?:e)?",
        r"a eu lieu",
        r"survenu(?:e)?",
        r"tirs?",
        r"ouvert le feu",
        r"enlevé(?:e|s|es)?",
        r"affrontements",
    ),
    "es": (
        r"asesinad[oa]s?",
        r"muert[oa]s?",
        r"herid[oa]s?",
        r"tiroteo",
        r"balacera",
        r"ataque",
        r"atentado",
        r"explosión",
        r"ocurrió",
        r"tuvo lugar",
        r"disparó",
        r"dispararon",
        r"secuestrad[oa]s?",
        r"enfrentamientos",
    ),
    "de": (
        r"erschossen",
        r"getötet",
        r"verletzt",
        r"schüsse",
        r"schüssen",
        r"angriff",
        r"anschlag",
        r"explosion",
        r"ereignete sich",
        r"fielen",
        r"überfallen",
        r"entführt",
    ),
    "ar": (r"مقتل", r"قتل", r"هجوم", r"انفجار", r"إطلاق نار", r"اشتباكات", r"وقع", r"وقعت", r"غارة", r"اختطاف"),
    "tr": (r"saldırı", r"saldırıda", r"patlama", r"öldürüldü", r"yaralandı", r"silahlı", r"meydana geldi", r"çatışma"),
    "it": (
        r"uccis[oiae]",
        r"mort[oiae]",
        r"ferit[oiae]",
        r"sparatoria",
        r"attacco",
        r"attentato",
        r"esplosione",
        r"è avvenut[oa]",
        r"si è verificat[oa]",
        r"hanno sparato",
        r"ha sparato",
        r"rapit[oiae]",
        r"scontri",
        r"agguato",
    ),
    "pt": (
        r"mort[oa]s?",
        r"morreram",
        r"morreu",
        r"ferid[oa]s?",
        r"tiroteio",
        r"ataque",
        r"atentado",
        r"explosão",
        r"ocorreu",
        r"aconteceu",
        r"dispararam",
        r"sequestrad[oa]s?",
        r"confrontos",
        r"assassinad[oa]s?",
    ),
    "ru": (
        r"погиб\w*",
        r"убит\w*",
        r"ранен\w*",
        r"пострадал\w*",
        r"нападени\w+",
        r"атак\w+",
        r"теракт\w*",
        r"взрыв\w*",
        r"произош(?:ел|ёл|ла|ло|ли)",
        r"обстрел\w*",
        r"стрельб\w+",
        r"похищен\w*",
        r"столкновени\w+",
    ),
    "nl": (
        r"gedood",
        r"omgekomen",
        r"om het leven",
        r"gewond",
        r"aanslag",
        r"aanval",
        r"explosie",
        r"schietpartij",
        r"vond plaats",
        r"gebeurde",
        r"ontvoerd",
        r"doodgeschoten",
        r"beschoten",
    ),
    "pl": (
        r"zgin\w+",
        r"zabit\w*",
        r"rann\w+",
        r"zamach\w*",
        r"atak\w*",
        r"eksplozj\w+",
        r"wybuch\w*",
        r"strzelanin\w+",
        r"doszło do",
        r"porwan\w+",
        r"starci\w+",
        r"zastrzelon\w*",
    ),
}

# Nouns of the happening that a possessive date names ("Sunday's shooting", "Saturday night's fatal crash").
HAPPENING_NOUNS: dict[str, tuple[str, ...]] = {
    "en": (
        r"shootings?",
        r"shootout",
        r"gunfire",
        r"gunfights?",
        r"killings?",
        r"homicides?",
        r"slaying",
        r"murders?",
        r"attacks?",
        r"incident",
        r"violence",
        r"robbery",
        r"stabbing",
        r"rampage",
        r"explosion",
        r"bombing",
    ),
}

# A verb between the happening word and the date, at most three words before the date, takes the date over
# ("the shooting death of a girl were released Monday", "was shot ... and died early Monday"): case-sensitive
# regular expressions matched at the end of the words between (English: a lower-case past form, not an
# adjective after an article as in "an unidentified gunman"; or an infinitive: "leaders to gather Saturday").
OTHER_VERB: dict[str, str] = {
    "en": r"(?:(?<!\ba )(?<!\ban )(?<!\bthe )\b(?!reported\b)[a-z]{2,}ed\b(?:\W+\S+){0,3}?"
    r"|\bto\s+[a-z]+(?:\s+[a-z]+){0,3})\W*$"
}  # "the shooting that was reported Tuesday night" still dates the shooting

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

# A date that opens its sentence, before a comma, dates the clause after it ("On Nov. 14, police obtained an arrest
# warrant"; "About 8:30 p.m. Nov. 11, officers responded to a call for a shooting"; "Vendredi soir, un homme a été
# tué"; "El sábado, la policía detuvo"): what follows the date up to that comma (a clock time: "On Oct. 30 at around
# 2:45 a.m.,"). German puts the verb right after a fronted date, without a comma: the clause starts right there
# ("Am Freitag wurde der Tatverdächtige festgenommen"; an optional clock time, "Am Freitag gegen 22 Uhr wurde").
FRONTED: dict[str, str] = {
    "en": r"(?:[^,;.]|[ap]\.m\.){0,30}?,",
    "fr": r"[^,;.]{0,30}?,",
    "es": r"[^,;.]{0,30}?,",
    "de": r"",
}

# The first word of a sentence whose date is fronted: a preposition or an adverb ("On Nov. 14,", "About 8:30 p.m.
# Nov. 11,", "Shortly after leaving the game on June 21,", "Late Sunday evening,"), or nothing ("Friday night, ...").
OPENERS: dict[str, str] = {
    "en": r"(?:on|at|about|around|shortly|just|early|late|sometime|before|after|by|in|earlier|later|between|"
    r"approximately|until|then|and|but|also|as|from|during|last|this|that|overnight|again)\b",
    "fr": r"(?:le|la|dans|vers|dès|peu|tôt|tard|en|à|au|puis|et|mais|ce|cette|lors)\b",
    "es": r"(?:el|la|en|a|al|hacia|poco|sobre|durante|pasadas|y|pero|luego|este|esta|ese|esa)\b",
    "de": r"(?:am|an|in|im|gegen|bereits|schon|erst|noch|seit|und|aber|dann)\b",
}

# Words of the victim's state, not of an act that follows the happening: in the clause after a fronted date they
# date nothing ("Late Sunday evening, the little girl was rushed to the hospital in critical condition after a man
# opened fire").
STATES: dict[str, tuple[str, ...]] = {
    "en": (
        r"critical condition",
        r"stable condition",
        r"condition",
        r"remained",
        r"remains",
        r"surgery",
        r"recovering",
        r"fighting for (?:his|her|their) li(?:fe|ves)",
    ),
}

# Verbs before a date that make it no fronted date: it follows its own verb ("He was found Monday, police said").
NOT_FRONTED: dict[str, str] = {
    "en": r"(?i)\b(?:was|were|is|are|has|have|had|will|be|been)\b",
    "fr": r"(?i)\b(?:a|ont|est|sont|été|était)\b",
    "es": r"(?i)\b(?:fue|fueron|ha|han|es|son|está|estaba)\b",
}

# Page stamps besides the extract table's `stamp_words`: a date right after them ("UPDATE (Feb. 20):", "Update, May
# 20:") is the page's, not the happening's.
STAMP_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"update[sd]?", r"date of birth", r"d\.?o\.?b\.?", r"born"),  # a birth date dates no happening either
    "fr": (r"mis à jour", r"mise à jour"),
    "es": (r"actualizado", r"actualización"),
    "de": (r"aktualisiert",),
}

# An embedded tweet's signature ("— David Schuman (@david_schuman) January 23, 2016"): the date after it is the tweet's.
TWEET_STAMP = r"\(@\w+\)"

# A passive report of the happening ("the shooting was reported about 10:12 p.m. Wednesday"): the speech verb does
# not make the date a statement's; it reports when the happening came to be known.
REPORTED: dict[str, str] = {
    "en": r"\b(?:was|were)\s+reported",
    "fr": r"\b(?:a|ont)\s+été\s+signalée?s?",
    "es": r"\bfue(?:ron)?\s+reportad[oa]s?",
}

# A scene between the happening word and an aftermath noun ("opened fire minutes into a vigil Monday evening", "were
# shot at a funeral Saturday"): the noun is where the happening took place, so the date after it stays the happening's.
# Regular expression matched on the whole text between the two words (case-insensitive).
SCENE: dict[str, str] = {
    "en": r"\s+(?:[a-z]+\s+)?(?:at|into|outside|near|during|inside|in front of)\s+(?:an?|the)\s+(?:[a-z-]+\s+)?",
}

# A clause after a date that tells what happened then ("on the night of Nov. 3, 2015, when he and another deputy opened
# fire", "the evening of Feb. 25 when an argument ... resulted in shots being fired"): its happening word claims the
# date. Regular expressions matched right after the date (case-insensitive).
WHEN: dict[str, str] = {
    "en": r"(?:[^,;.]{0,20}?,)?\s+when\s",
    "fr": r"(?:[^,;.]{0,20}?,)?\s+(?:lorsque|quand|alors que)\s",
    "es": r"(?:[^,;.]{0,20}?,)?\s+cuando\s",
    "de": r"(?:[^,;.]{0,20}?,)?\s+als\s",
}

# A day counted back from another ("arrested Thursday, a day after police discovered ...", "released Saturday hours
# after his son shot him": `time_tables.ANTECEDENT`) names the day of the clause after it: it is the happening's day
# when that clause's first cue word is the happening's. Regular expression matched at the end of the expression.
LEADS_CLAUSE: dict[str, str] = {
    "en": r"\b(?:after|before)$",
}
