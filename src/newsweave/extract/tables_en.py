"""English cue words for extraction (regular-expression fragments, case-insensitive)."""

from __future__ import annotations

from newsweave.extract.tables import LanguageTable

_ACTOR = r"(?P<actor>[^,.;:!?\"“”]{2,90})"

TABLE = LanguageTable(
    casualty={
        "killed": (
            r"killed", r"killing", r"kills", r"dead", r"died", r"dies", r"deaths?", r"lives",
            r"bodies", r"death toll", r"toll", r"fatalities", r"slain", r"shot dead", r"shot to death",
            r"shot and killed", r"fatally (?:shot|wounded|injured|stabbed)", r"murdered", r"assassinated",
            r"executed", r"perished", r"lost their lives", r"among the (?:dead|killed|victims)",
            r"beheaded", r"massacred", r"(?:were|was) victims? of the (?:attack|shooting)",
        ),
        "injured": (
            r"injured", r"injuring", r"injuries", r"wounded", r"wounding", r"hurt",
            r"hospitali[sz]ed", r"(?:non-?life-threatening|minor|serious) injuries",
            r"shot(?! (?:dead|to death|and killed))", r"struck by (?:gunfire|a bullet|bullets)",
            r"grazed",
        ),
        "kidnapped": (
            r"kidnapped", r"kidnapping", r"abducted", r"abducting", r"abduction",
            r"taken hostage", r"held hostage", r"hostages", r"seized", r"captured",
        ),
        "released": (r"released", r"freed", r"set free", r"rescued", r"let go"),
        "missing": (r"missing", r"unaccounted for", r"disappeared"),
        "arrested": (
            r"arrested", r"arresting", r"detained", r"detaining", r"taken into custody",
            r"in custody", r"apprehended", r"rounded up", r"jailed", r"charged",
        ),
        "displaced": (r"displaced", r"fled", r"forced to flee", r"evacuated", r"homeless", r"refugees"),
        "affected": (r"affected", r"impacted", r"in need of (?:aid|assistance)"),
    },
    qualifiers={
        "at_least": (r"at least", r"no fewer than", r"a minimum of", r"not less than"),
        "more_than": (r"more than", r"over", r"upwards of", r"in excess of"),
        "about": (r"about", r"around", r"some", r"roughly", r"approximately", r"nearly", r"almost", r"an estimated"),
        "at_most": (r"at most", r"no more than", r"a maximum of"),
        "up_to": (r"up to", r"as many as"),
    },
    stages={
        "initial": (r"initial", r"preliminary", r"first (?:toll|count|assessment|report)", r"earlier toll"),
        "revised": (r"revised", r"rose to", r"risen to", r"climbed to", r"raised (?:the toll )?to", r"increased to", r"new toll", r"updated"),
    },
    groups={
        "soldiers": (r"soldiers?", r"troops?", r"military personnel", r"servicem[ae]n", r"service members?", r"army personnel", r"marines?"),
        "civilians": (r"civilians?", r"citizens?", r"residents?", r"villagers?", r"bystanders?"),
        "children": (r"children", r"child", r"kids?", r"boys?", r"girls?", r"minors?", r"infants?", r"babies", r"teenagers?", r"teens?"),
        "women": (r"women", r"woman"),
        "men": (r"men", r"man"),
        "police": (r"police(?:men| officers?)?", r"officers?", r"policem[ae]n", r"gendarmes?", r"deputies", r"deputy"),
        "militants": (r"militants?", r"jihadists?", r"fighters?", r"insurgents?", r"rebels?", r"terrorists?", r"gunmen", r"gunman", r"extremists?", r"assailants?", r"attackers?"),
    },
    parts=(r"including", r"among them", r"among whom", r"of whom", r"of them", r"of which"),
    not_counts_after=(
        r"-?years?[- ]old", r"years?", r"months?", r"weeks?", r"days?", r"hours?", r"minutes?", r"seconds?",
        r"%", r"percent", r"per cent", r"km", r"kilomet(?:er|re)s?", r"miles?", r"meters?", r"metres?", r"feet",
        r"a\.m\.", r"p\.m\.", r"am\b", r"pm\b", r"o'clock", r"times", r"rounds?", r"shots?", r"dollars?",
        r"block", r"th\b", r"st\b", r"nd\b", r"rd\b", r"caliber", r"mm", r"calibre",
    ),
    not_counts_before=(r"aged", r"age", r"ages", r"\$", r"No\.", r"number", r"route", r"highway", r"interstate", r"I-", r"since", r"in", r"of the"),
    singular_before=(r"(?:was|is|has been|had been|got|been) (?:\w+ ){0,2}", r"(?:he|she) (?:later )?", r"victim (?:later )?"),
    singular_after=(r"(?:a|an|one) ",),
    roles=(
        r"truffle hunters", r"worshippers", r"worshipers", r"pilgrims", r"students", r"pupils", r"farmers",
        r"herders", r"fishermen", r"miners", r"workers", r"passengers", r"shoppers", r"journalists",
        r"aid workers", r"protesters", r"demonstrators", r"refugees", r"migrants", r"villagers", r"civilians",
        r"children", r"women", r"soldiers", r"police officers", r"officers", r"teenagers", r"teens",
        r"foragers", r"hunters", r"tourists", r"patients", r"doctors", r"nurses",
    ),
    activities={
        r"truffle hunting|hunting (?:for )?truffles|picking(?: up)? truffles|collect(?:ing)? truffles|truffle picking": "truffle hunters",
        r"praying|at prayers?": "worshippers",
        r"fishing": "fishermen",
        r"herding": "herders",
        r"shopping": "shoppers",
        r"protesting|demonstrating": "protesters",
    },
    source_follows=(r"according to", r"as reported by", r"citing", r"quoted by", r"reported by", r"said by"),
    source_precedes=(),
    speech_verbs=(
        r"said", r"says", r"announced", r"reported", r"told", r"indicated", r"specified", r"stated",
        r"added", r"confirmed", r"claimed", r"explained", r"declared", r"noted", r"tweeted", r"wrote",
        r"had given an initial assessment", r"gave an initial assessment", r"put the toll", r"counted", r"recorded",
        r"estimated", r"quoted", r"cited", r"revealed",
    ),
    source_anaphora=(
        r"the same source", r"the source", r"the NGO", r"the organi[sz]ation", r"the statement",
        r"the monitor", r"the agency", r"the ministry", r"the group", r"the official", r"the spokes(?:man|woman|person)",
        r"she", r"he", r"they", r"it", r"this source",
    ),
    perpetrator={
        "attributed": (rf"attributed to {_ACTOR}", rf"(?:attack|assault|ambush|bombing|raid) (?:was )?(?:carried out )?by {_ACTOR}"),
        "claimed": (
            rf"{_ACTOR} (?:has |have |had )?claimed (?:responsibility|credit)",
            rf"claimed by {_ACTOR}", rf"{_ACTOR} (?:has |have |had )?(?:said it|admitted) (?:was )?(?:carried out|was behind)",
        ),
        "blamed": (rf"blamed (?:it |the attack )?on {_ACTOR}", rf"{_ACTOR} (?:was|were) blamed", rf"accused {_ACTOR}"),
        "suspected": (rf"suspected (?:of being )?{_ACTOR}", rf"believed to be {_ACTOR}", rf"{_ACTOR} (?:is|are|was|were) suspected"),
        "stated": (rf"\bby {_ACTOR}",),
    },
    armed_groups=(
        r"Islamic State", r"IS", r"ISIS", r"ISIL", r"Daesh", r"Daech", r"al-Qaeda", r"al-Qaida", r"al-Shabaab",
        r"Boko Haram", r"Taliban", r"Hamas", r"Hezbollah", r"Houthis?", r"ISWAP", r"JNIM", r"HTS", r"PKK",
        r"FARC", r"ELN", r"militants?", r"jihadists?", r"jihadist group", r"terrorists?", r"rebels?", r"insurgents?",
        r"gunmen", r"gunman", r"militias?", r"armed group", r"extremists?", r"bandits", r"assailants",
        r"guerrillas?", r"shooter", r"suspects?",
    ),
    actor_noise=(
        r"^(?:the|a|an|some|suspected|alleged) ", r" group$", r" organi[sz]ation$", r" terrorists?$", r" militants?$",
        r"^terrorists of ", r"^(?:the )?(?:militants|jihadists|fighters|members) of (?:the )?", r" \([^)]*\)",
    ),
    new_event=(
        r"a few days (?:after|before|earlier)", r"(?:comes|came) (?:\w+ ){0,4}after", r"earlier this (?:month|week|year)",
        r"last (?:year|month|week)", r"a year (?:earlier|ago|before)", r"(?:for )?more than a year", r"(?:months|years|weeks|days) (?:earlier|ago|before)",
        r"meanwhile", r"in a separate (?:incident|attack|development)", r"separately", r"another (?:operation|attack|incident|shooting|raid|ambush|bombing)",
        r"the previous (?:attack|incident|day|week|month|year)", r"since then", r"a similar (?:attack|incident|shooting|ambush)",
        r"in (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}",
        r"in (?:19|20)\d\d", r"in recent (?:years|months)",
    ),
    back_reference=(
        r"this first (?:attack|incident)", r"the first (?:attack|incident)", r"that (?:attack|incident|ambush|raid)",
        r"the (?:attack|incident|ambush|raid|operation|assault|abduction)", r"this (?:attack|incident|ambush|raid|operation)",
        r"the victims of this", r"the same (?:attack|incident)", r"the statement",
    ),
    weekdays=(r"monday", r"tuesday", r"wednesday", r"thursday", r"friday", r"saturday", r"sunday"),
)
