"""English cue words for extraction (regular-expression fragments, case-insensitive)."""

from __future__ import annotations

from newsweave.extract.tables import LanguageTable

_ACTOR = r"(?P<actor>[^,.;:!?\"“”]{2,90})"

# taken to a hospital: hit, alive or not (a lone one counts injured only when nobody in the report dies)
_TO_HOSPITAL = (
    r"(?:taken|transported|rushed|airlifted|flown|went|driven|brought|sent) to (?:a|an|the|area|local|nearby)"
    r" (?:\w+ ){0,3}(?:hospitals?|medical center)(?!\w)(?!,? (?:for observation|as a precaution))",
    r"(?:taken|transported|rushed|airlifted|flown|driven|brought) to (?:[\w&'’.-]+ ){1,5}(?:hospital|medical center"
    r"|trauma center)(?!\w)(?!,? (?:for observation|as a precaution))",  # not "for observation": unhurt
    # the shooting as the subject: "a shooting that sent 4 people to the hospital", "sent three others to hospitals"
    r"sen(?:t|ding|ds)(?= (?:[\w-]+ ){1,3}to (?:the |a |area |local |nearby |several |different )?hospitals?\b)",
)

# a headline's subject: up to three words ("Fort Worth man", "Teenage girl") ending in a person, after an optional
# "Police:" or "UPDATE:" label; then adverbs and the hit verb before the death ("shot and killed")
_LABEL = r"^(?:[\w' ]{2,20}: )?"
_PERSON = (
    r"(?:[\w'’.-]+ ){0,3}?(?:man|woman|boy|girl|teen|teenager|toddler|child|baby|infant|student"
    r"|resident|officer|deputy|suspect|victim|mother|father|mom|dad|son|daughter|husband|wife|juvenile|person|driver"
    r"|gunman|\d+-(?:year|month)-old)"
    r"|another"  # "Teen Killed, Another Wounded"
)
# a headline's bare object, its article dropped: "8-year-old shoots, injures brother", "wounding girlfriend and her son"
_KIN = (
    r"(?:[\w'’-]+ ){0,2}?(?:man|woman|boy|girl|teen|teenager|toddler|child|baby|infant|wife|husband|son|daughter"
    r"|brother|sister|girlfriend|boyfriend|mother|father|mom|dad|grandson|granddaughter|grandmother|grandfather"
    r"|nephew|niece|cousin|friend|neighbou?r|roommate|officer|deputy|classmate|student)(?![\w-])"
)
# a body part a bullet hits ("in the upper left thigh", "on the forehead")
_BODY = (
    r"(?:(?:left|right|upper|lower|back|front|top|side) (?:of (?:the|his|her) )?){0,3}"
    r"(?:head|forehead|face|cheek|jaw|eye|neck|chest|back|shoulder|arm|elbow|wrist|hand|finger|thumb|abdomen"
    r"|stomach|torso|side|hip|groin|buttocks?|leg|thigh|knee|calf|ankle|foot|toe)s?\b"
)
_ONE = r"(?:man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|juvenile|male|female|person|\d+-year-old)"
_HEADLINE_FILLER = r"(?:(?:found|accidentally|fatally|reportedly|was|is|shot,?|and|&|later)\s+)*"

TABLE = LanguageTable(
    casualty={
        "killed": (
            r"killed",
            r"fatally",
            r"mortally(?! (?:wounded|wounding|injured|injuring|shot))",  # "six people wounded -- two mortally"
            r"(?:claimed|took|taking|claiming|cost) the life of",
            r"fatal(?:ly)? shooting of",
            r"shooting death of",
            r"found dead",
            r"killing",
            r"kills",
            r"(?<!-)dead(?! or alive)",  # not "brain-dead", not "unsure if he was dead or alive"
            r"died",
            r"dies",
            r"die(?=\s+(?:in|after|from|at|as|when|following|of)\b|\s*$|,)",  # a headline's "4 shot, 2 die in ..."
            r"deaths?",
            # not the verb: "One resident who lives around the corner"
            r"(?<!\bwho )(?<!\bthat )(?<!\bhe )(?<!\bshe )(?<!\bstill )(?<!\bnow )(?<!\balso )"
            r"lives(?! (?:in|at|with|near|on|nearby|next|alone|there|here|around|across|down|up)\b)",
            r"bodies",
            r"death toll",
            r"toll(?!-free)",
            r"fatalities",
            r"slain",
            r"shot dead",
            r"shot to death",
            r"(?:was|were|is|are|been) (?:later )?(?:pronounced |declared |found )?deceased",
            # the victim between the verb and its end: "shot his 6-year-old brother to death"
            r"(?:shot|stabbed|beat) (?:his|her|their) (?:[\w-]+ ){0,2}[\w-]+ (?:to death|dead)",
            r"shot and killed",
            r"fatally (?:shot|shooting|wounded|wounding|injured|injuring|stabbed|stabbing)",
            r"mortally (?:wounded|wounding|injured|injuring|shot)",  # "mortally wounding Troyer in the chest"
            r"gunned down",
            r"fatal (?:gunshot )?(?:injuries|injury|wounds?)",
            r"succumbed(?: to (?:his|her|their) (?:injuries|wounds))?",
            r"murdered",
            r"assassinated",
            r"executed",
            r"perished",
            r"lost their lives",
            r"among the (?:dead|killed|victims)",
            r"beheaded",
            r"massacred",
            r"(?:were|was) victims? of the (?:attack|shooting)",
        ),
        "injured": (
            r"injured",
            r"injuring",
            r"injures?",
            r"injuries",
            # "kills three and wounds two": the verb, only right before a count (else "wounds" is the noun)
            r"wounds(?= (?:\w+ )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|others?|people|several)\b)",
            r"wounded",
            r"wounding",
            r"hurt",
            r"hospitali[sz]ed",
            r"(?:non-?life[- ]threatening|life[- ]threatening|minor|serious|critical) injur(?:y|ies)",
            r"treated and released",
            r"shot(?! (?:dead|to death|and killed))",
            r"(?:struck|hit) by (?:a |an )?(?:stray |errant )?(?:gunfire|bullets?|gunshots?|buckshot|pellets?|rounds?)",
            # a bullet that hits a person in a body part: "striking his son in the cheek", "was hit in the head"
            rf"(?:hit(?:ting|s)?|struck|strik(?:ing|es)|grazing)(?= (?:[\w'’-]+ ){{0,4}}(?:in|on) the {_BODY}"
            rf"| (?:the|his|her) (?:back|top|side) of (?:[\w'’-]+ ){{0,2}}{_BODY})",  # "grazing the back of his head"
            # "Man shoots girlfriend" (not "8-year-old shoots, injures brother": the next verb counts)
            r"shoots(?!,| (?:at|up|back|off|down|into|out|video|hoops|photos?|pool|guns?)\b)",
            r"(?<!\ba )(?<!\bthe )shooting(?= (?:his|her|their|a|an) (?:[\w-]+ ){0,2}"
            r"(?:wife|husband|son|daughter|mother|father|brother|sister|girlfriend|boyfriend|cousin|friend|nephew|niece"
            r"|man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|neighbou?r|roommate|officer|deputy|victim)\b)",
            r"grazed",
            r"winged",  # "leaving one person hospitalized in critical condition and three others winged"
            r"shot (?:once |twice )?in (?:the|his|her|their) (?:\w+ ){0,2}(?:legs?|arms?|foot|feet|hands?|hip|back"
            r"|shoulder|stomach|abdomen|buttocks?|thigh|ankle|knee|wrist|side|torso)",
            *_TO_HOSPITAL,
            r"(?:critical|serious|minor|non-?life[- ]threatening|life[- ]threatening) wounds?",
            r"(?:gunshot|gun shot|stab|bullet|graze) wounds?",
            r"(?:gunshot|gun shot) victims?",  # "rushed two gunshot victims to the hospital"
            r"in (?:\w+ly )?(?:critical|serious|stable|fair|grave) condition",  # "in extremely critical condition"
            # "a man was fighting for his life and four others were hurt", "two others are fighting for their lives"
            r"fighting for (?:his|her) life|fighting for their lives",
            r"treated for (?:[\w-]+ ){0,3}?(?:injuries|wounds)",  # "three others are being treated for injuries"
        ),
        "kidnapped": (
            r"kidnapped",
            r"kidnapping",
            r"abducted",
            r"abducting",
            r"abduction",
            r"taken hostage",
            r"held hostage",
            r"hostages(?! (?:were|have been|had been|are) (?:\w+ )?(?:released|freed|rescued))",  # freed: released
            r"seized",
            r"captured",
        ),
        "released": (r"released", r"freed", r"set free", r"rescued", r"let go"),
        "missing": (r"missing", r"unaccounted for", r"disappeared"),
        "arrested": (
            r"arrested",
            r"arresting",
            r"detained",
            r"detaining",
            r"taken into custody",
            r"in custody",
            r"apprehended",
            r"rounded up",
            r"jailed",
            r"charged",
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
        "initial": (
            r"initial",
            r"initially",
            r"preliminary",
            r"first (?:toll|count|assessment|report)",
            r"earlier toll",
        ),
        "revised": (
            r"revised",
            r"rose to",
            r"risen to",
            r"climbed to",
            r"raised (?:the toll )?to",
            r"increased to",
            r"new toll",
            r"updated",
            r"bring(?:ing|s)? the (?:[\w-]+ ){1,4}to",  # "has died, bringing the number of fatalities to three"
        ),
    },
    groups={
        "soldiers": (
            r"soldiers?",
            r"troops?",
            r"military personnel",
            r"servicem[ae]n",
            r"service members?",
            r"army personnel",
            r"marines?",
        ),
        "civilians": (r"civilians?", r"citizens?", r"residents?", r"villagers?", r"bystanders?"),
        "children": (
            r"children",
            r"child",
            r"kids?",
            r"boys?",
            r"girls?",
            r"minors?",
            r"infants?",
            r"babies",
            r"teenagers?",
            r"teens?",
        ),
        "women": (r"women", r"woman"),
        "men": (r"men", r"man"),
        "police": (r"police(?:men| officers?)?", r"officers?", r"policem[ae]n", r"gendarmes?", r"deputies", r"deputy"),
        "militants": (
            r"militants?",
            r"jihadists?",
            r"fighters?",
            r"insurgents?",
            r"rebels?",
            r"terrorists?",
            r"gunmen",
            r"gunman",
            r"extremists?",
            r"assailants?",
            r"attackers?",
        ),
    },
    parts=(r"including", r"among them", r"among whom", r"of whom", r"of them", r"of which"),
    not_counts_after=(
        r"-?years?[- ]old",
        r"years?",
        r"months?",
        r"weeks?",
        r"days?",
        r"hours?",
        r"minutes?",
        r"seconds?",
        r"%",
        r"percent",
        r"per cent",
        r"km",
        r"kilomet(?:er|re)s?",
        r"miles?",
        r"meters?",
        r"metres?",
        r"feet",
        r"a\.m\.",
        r"p\.m\.",
        r"am\b",
        r"pm\b",
        r"o'clock",
        r"(?:more |other )?times?",
        r"['’]s",  # "two people in their 20's": a decade of age  # "shot Malachi one time", "shot three more times"
        r"(?:gunshot |gun shot |bullet |stab )?wounds",  # "had two gunshot wounds": wounds, not people
        r"(?:gunshot|gun shot|bullet|stab) wound\b",  # "with at least one gunshot wound": a wound, not a person
        r"y/?o\b",  # "a 43 y/o man": an age
        r"eleven\b",  # "7-Eleven": a shop's name
        r"rounds?",
        r"(?:hand)?guns?\b",  # "a .380 handgun": a calibre
        r"(?:pistols?|rifles?|revolvers?|shotguns?)\b",
        # things, not people: "fatally shot in an alleyway between two homes"
        r"(?:homes?|houses?|cars?|vehicles?|buildings?|apartments?|doors?|streets?|windows?)\b",
        r"shots",
        r"shot (?:was |had been )?(?:fired|rang|went)",  # "one shot was fired" (but "4 shot, one fatally")
        r"dollars?",
        r"block",
        r"(?-i:(?:[A-Z][\w'.]* ){1,2})block",  # "in the 7700 Utica block": an address
        r"th\b",
        r"st\b",
        r"nd\b",
        r"rd\b",
        r"caliber",
        r"mm",
        r"calibre",
        r"dispatch(?:ers?)?",  # "according to 911 dispatchers"
        r"calls?",
        r"operators?",
        r"(?:to|and|or|-)\s*\d+[\s-]*(?:years?|months?)",  # "range from 19 to 34 years": ages, not counts
    ),
    not_counts_before=(
        r"ages? (?:of )?\d+ (?:to|and|-)",  # "three men between the ages of 18 and 23"
        r"ages? \d+(?:, ?\d+)*(?:,? (?:and|to|or)|,)",  # "three males ages 17, 18 and 22"
        r"(?:men|women|males|females|people|persons|boys|girls|teens|teenagers|victims), \d{1,2}(?:, \d{1,2})*,?"
        r" (?:and|to)",  # "two men, 33 and 19, were shot"
        r"out of",
        r"(?:rose|risen|climbed|jumped|increased) from",  # "the toll rose from seven to eleven": the old toll
        r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?",
        r"January",
        r"February",
        r"March",
        r"April",
        r"May",
        r"June",
        r"July",
        r"August",
        r"September",
        r"October",
        r"November",
        r"December",
        r"aged",
        r"fir(?:ed|ing)(?: off| at least)?",  # "fired one shot"
        r"age",
        r"ages",
        r"\$",
        r"No\.",
        r"number",
        r"route",
        r"highway",
        r"hwy\.?",  # "on Hwy 150"
        r"interstate",
        r"I-",
        r"since",
        r"in",
        r"(?:image|photo|picture|slide)(?: \d+ of)?(?=[ \t]*$)",  # a gallery's caption: "Image 7 of 14"
        r"\((?-i:[A-Z]{2,})",  # a station's name: "LEXINGTON, Ky. (LEX 18) - The Lexington teen killed"
        r"by",  # "was shot by two other teens": the shooters, not the people hit
        r"['’]",  # a year cut short: "NYC ’90 shooting of slain man"
        r"both",  # "Banes and Clark, both 31, of Jackson": their age
        r"of the",
        r"(?:mother|father|mom|dad|parent|grandmother|grandfather|grandparent)s? of",  # "mother of three"
        # a number that names a place or a thing ("Club 21", "Apartment 3"), not people
        r"(?:club|apartment|apt\.|room|suite|unit|building|exit|gate|channel|station|pier|floor|lot|platform"
        r"|engine|ladder|truck|squad|precinct|district|ward|beat|bus)",
    ),
    singular_before=(
        r"(?<!\bit )(?<!\bthat )(?<!\bthis )(?:was|is|has been|had been|got|been) (?:\w+ ){0,2}",
        # the hit told with where or how often: "was shot in the head and died", "was shot several times and died"
        r"(?:was|is|been) (?:shot|struck|hit|stabbed) (?:once|twice|several times|multiple times|numerous times"
        r"|repeatedly|\w+ times|(?:in|to) (?:the|his|her) (?:[\w-]+ ){0,1}[\w-]+),? and (?:later |then )?",
        # "recovering after being shot", not "died after being taken to a hospital" (a death, counted as killed)
        r"(?<!died )(?<!dead )(?<!death )after being (?:\w+ ){0,2}",
        r"(?:has|had) ",
        r"left (?:a|an|one) (?:[\w-]+ ){0,3}",
        r"(?:he|she) (?:later )?",
        r"(?:him|her)self,? (?:and|then) (?:later )?",  # "he accidentally shot himself and died"
        # "left two men dead and a 3-year-old hurt"
        r"(?:a|an|one|another|the) \d+-(?:year|month)-old ",
        r"victim (?:later )?",
        r"(?:a|an|one|another|the|that|this) (?:[\w-]+ ){0,3}(?:man|woman|boy|girl|teen|teenager|person|victim|child"
        r"|baby|driver|officer|student|male|female|toddler|infant)"
        r" (?:later |also |remain(?:s|ed)? )?",  # "A 12-year-old boy remained in critical condition"
        # a name right before the verb: "Thompson died at the scene" (not a plural pronoun or a body)
        r"(?!(?:They|We|Both|All|Police|Officers|Authorities|Deputies|Investigators|Others|Two|Three|Several|It|This"
        r"|That|What|Which|Who|There|Here|Everyone|Everybody|Someone|Somebody|Anyone|Nobody|Nothing|Something)\b)"
        r"(?-i:[A-Z][a-z][\w'’-]*) (?:later |also )?",
        # a name, then a relative clause: "striking Anderson, who died at the scene"
        r"(?-i:[A-Z][a-z][\w'’-]*), who (?:later |also )?",
    ),
    singular_after=(
        r"(?:a|an|one|another) ",
        r"(?:him|her)\b(?!['’])",  # "opened fire on an officer (...), seriously wounding him"
        r"\d+-(?:year|month)-old(?=[\s,.;:!?]|$)",  # "accidentally shot 12-year-old, police say"
        # a name: "hitting and killing Robinson-Foster" (not a day, a month or "Police")
        r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
        r"|August|September|October|November|December|Police|Officers|Authorities)\b)(?-i:[A-Z][a-z][\w'’-]*)",
        r"(?:his|her|their|the) (?:[\w-]+ ){0,2}(?:wife|husband|son|daughter|mother|father|brother|sister|girlfriend"
        r"|boyfriend|grandmother|grandfather|stepfather|stepson|uncle|aunt|cousin|nephew|niece|friend|roommate"
        r"|neighbou?r|man|woman|boy|girl|teen|victim|child|toddler|baby|infant|youngster|student|grandson"
        r"|granddaughter|stepdaughter)\b",
    ),
    roles=(
        r"truffle hunters",
        r"worshippers",
        r"worshipers",
        r"pilgrims",
        r"students",
        r"pupils",
        r"farmers",
        r"herders",
        r"fishermen",
        r"miners",
        r"workers",
        r"passengers",
        r"shoppers",
        r"journalists",
        r"aid workers",
        r"protesters",
        r"demonstrators",
        r"refugees",
        r"migrants",
        r"villagers",
        r"civilians",
        r"children",
        r"women",
        r"soldiers",
        r"teenagers",
        r"foragers",
        r"hunters",
        r"tourists",
        r"patients",
        r"doctors",
        r"nurses",
    ),
    activities={
        r"truffle hunting|hunting (?:for )?truffles|(?:picking|collecting)(?: up)? truffles": "truffle hunters",
        r"praying|at prayers?": "worshippers",
        r"fishing": "fishermen",
        r"herding": "herders",
        r"shopping": "shoppers",
        r"protesting|demonstrating": "protesters",
    },
    source_follows=(
        r"reported (?:\w+ ){0,3}by",
        r"according to",
        r"as reported by",
        r"citing",
        r"quoted by",
        r"reported by",
        r"said by",
    ),
    source_precedes=(),
    speech_verbs=(
        r"said",
        r"says",
        r"announced",
        r"reported",
        r"told",
        r"indicated",
        r"specified",
        r"stated",
        r"added",
        r"confirmed",
        r"explained",
        r"declared",
        r"noted",
        r"tweeted",
        r"wrote",
        r"had given an initial assessment",
        r"gave an initial assessment",
        r"put the toll",
        r"counted",
        r"recorded",
        r"estimated",
        r"quoted",
        r"cited",
        r"revealed",
    ),
    source_anaphora=(
        r"the same source",
        r"the source",
        r"the NGO",
        r"the organi[sz]ation",
        r"the statement",
        r"the monitor",
        r"the agency",
        r"the ministry",
        r"the group",
        r"the official",
        r"the spokes(?:man|woman|person)",
        r"she",
        r"he",
        r"they",
        r"it",
        r"this source",
    ),
    perpetrator={
        "attributed": (rf"attributed to {_ACTOR}",),
        "claimed": (
            rf"{_ACTOR} (?:has |have |had )?claimed (?:responsibility|credit)",
            rf"claimed by {_ACTOR}",
            rf"{_ACTOR} (?:has |have |had )?(?:said it|admitted) (?:was )?(?:carried out|was behind)",
        ),
        "blamed": (
            rf"blamed (?:it |the attack )?on {_ACTOR}",
            rf"{_ACTOR} (?:was|were) blamed",
            r"accused (?!of\b)(?P<actor>[^,.;:!?\"“”]{2,60}?) of\b",  # "accused the FMLN of the crimes"
        ),
        "suspected": (
            rf"suspected (?:of being )?{_ACTOR}",
            rf"believed to be {_ACTOR}",
            rf"{_ACTOR} (?:is|are|was|were) suspected",
        ),
        "stated_subject": (
            rf"{_ACTOR} (?:urban )?(?:guerrillas?|rebels?|militants?|terrorists?|gunmen|commandos?|members|fighters)"
            r" (?:have |had )?(?:attacked|killed|kidnapped|abducted|bombed|ambushed|murdered|assassinated|dynamited"
            r"|set fire|blew up|opened fire|shot|raided|seized|stormed|machine-?gunned|planted|set off|detonated"
            r"|burned)",
            rf"{_ACTOR} (?:urban )?(?:guerrillas?|rebels?|commandos?|units?|detachments?|column|members|forces)"
            r"(?: \[[^\]]{2,60}\])?"  # "EPL [Popular Liberation Army] guerrillas"
            r"(?: (?:today|yesterday|last night|(?:early )?this morning|tonight|reportedly|allegedly|also))?"
            r" (?:have |had )?(?:attacked|killed|kidnapped|abducted|bombed|ambushed|murdered|assassinated|dynamited"
            r"|blew up|opened fire|shot|raided|seized|stormed|occupied|destroyed|initiated|staged|harassed|burned"
            r"|wounded|conducted|entered|took over|taken over|set fire)",
            rf"(?:members|militants|guerrillas|commandos|fighters|terrorists) of (?:the )?{_ACTOR}",
        ),
        "stated": (
            rf"\bby {_ACTOR}",
            rf"at the hands of {_ACTOR}",
        ),
        "stated_named": (  # "during an FMLN ambush": only a group named in `armed_groups` with capitals
            r"\b(?:an?|the) (?P<actor>[\w-]+(?: [\w-]+){0,3}?)"
            r" (?:attack|ambush|offensive|raid|assault|bombing|commando|unit|column|detachment|guerrilla)s?\b",
        ),
    },
    armed_groups=(
        r"guerrillas?",
        r"commandos?",
        r"death squads?",
        r"FMLN",
        r"Shining Path",
        r"Sendero Luminoso",
        r"cartel",
        r"\w+ (?:Liberation|Patriotic|Revolutionary|Popular) (?:Front|Army|Movement|Command)",
        r"Islamic State",
        r"IS",
        r"ISIS",
        r"ISIL",
        r"Daesh",
        r"Daech",
        r"al-Qaeda",
        r"al-Qaida",
        r"al-Shabaab",
        r"Boko Haram",
        r"Taliban",
        r"Hamas",
        r"Hezbollah",
        r"Houthis?",
        r"ISWAP",
        r"JNIM",
        r"HTS",
        r"PKK",
        r"FARC",
        r"ELN",
        r"EPL",
        r"MRTA",
        r"FPMR",
        r"M-19",
        r"Tupac Amaru",
        r"(?:the )?Extraditables",
        r"Army of National Liberation",
        r"Movement of the Revolutionary Left",
        r"\w+ Urban Command",
        r"urban commandos?",
        r"drug traffickers?",
        r"militants?",
        r"jihadists?",
        r"jihadist group",
        r"terrorists?",
        r"rebels?",
        r"insurgents?",
        r"gunmen",
        r"gunman",
        r"militias?",
        r"armed group",
        r"extremists?",
        r"bandits",
        r"assailants",
        r"guerrillas?",
        r"shooter",
        r"suspects?",
    ),
    actor_noise=(
        r"^(?:the|a|an|some|suspected|alleged) ",
        r" group$",
        r" organi[sz]ation$",
        r" terrorists?$",
        r" jihadists?$",
        r" militants?$",
        r"^terrorists of ",
        r"^(?:the )?(?:militants|jihadists|fighters|members) of (?:the )?",
        r"^(?:the )?(?:guerrillas|rebels|commandos|insurgents) of (?:the )?",  # "guerrillas of the Maoist EPL"
        r"^(?:self-styled|self-named|so-called) ",  # "the so-called death squads" are the death squads
        r" \([^)]*\)",
        # a pronoun, an article or a lone adjective names no one
        r"^(?:him|her|them|it|us|me|the|not|our|its|their|suspected|alleged)$",
    ),
    new_event=(
        r"a few days (?:after|before|earlier)",
        r"(?:comes|came) (?:\w+ ){0,4}after",
        r"earlier this (?:month|week|year)",
        r"last (?:year|month|week)",
        r"a year (?:earlier|ago|before)",
        r"(?:for )?more than a year",
        r"(?:months|years|weeks|days) (?:earlier|ago|before)",
        r"meanwhile",
        r"in a separate (?:incident|attack|development)",
        r"separately",
        r"another (?:operation|attack|incident|shooting|raid|ambush|bombing)",
        r"the previous (?:attack|incident|day|week|month|year)",
        r"since then",
        r"a similar (?:attack|incident|shooting|ambush)",
        r"in (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}",
        r"in (?:19|20)\d\d",
        r"in recent (?:years|months)",
        r"(?:other|separate|unrelated) (?:shootings|incidents)",
        r"shootings (?:across|around|throughout) the city",
    ),
    back_reference=(
        r"this first (?:attack|incident)",
        r"the first (?:attack|incident)",
        r"that (?:attack|incident|ambush|raid)",
        r"the (?:attack|incident|ambush|raid|operation|assault|abduction)",
        r"this (?:attack|incident|ambush|raid|operation)",
        r"the victims of this",
        r"the same (?:attack|incident)",
        r"the statement",
    ),
    event_words=(
        r"bombs?",
        r"explosives?",
        r"dynamite",
        r"killings?",
        r"murders?",
        r"assassination",
        r"arson",
        r"sabotage",
        r"attacks?",
        r"assault",
        r"ambush",
        r"raid",
        r"bombing",
        r"explosion",
        r"blast",
        r"shootings?",
        r"operation",
        r"offensive",
        r"strike",
        r"airstrike",
        r"abduction",
        r"kidnapping",
        r"massacre",
        r"clashes",
        r"fighting",
    ),
    weekdays=(r"monday", r"tuesday", r"wednesday", r"thursday", r"friday", r"saturday", r"sunday"),
    actor_stops=(
        "in",
        "on",
        "at",
        "near",
        "while",
        "during",
        "after",
        "before",
        "who",
        "which",
        "that",
        "when",
        "where",
        "with",
        "to",
        "from",
        "for",
        "and",
        "inside",
        "outside",
        "located",
        "claimed",
        "killed",
        "left",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "said",
        "southeast",
        "southwest",
        "northeast",
        "northwest",
        "north",
        "south",
        "east",
        "west",
        "as",
        "against",
        "by",
        "last",
        "today",
        "yesterday",
        "this",
        "early",
        "since",
        "despite",
        "accuses",  # "issued by the presidency accuses the death squads of": the accuser is no perpetrator
        "accused",
        "accusing",
    ),
    conjunctions=("and", "or", "but", "as well as"),
    asides=(r"mostly", r"mainly", r"most of them", r"many of them", r"all of them", r"both", r"age[sd]? \d+"),
    object_after=(r"him", r"her", r"them", r"himself", r"herself", r"themselves", r"his", r"their", r"a", r"an"),
    close_nouns=(
        r"bodies",
        r"body",
        r"lives",
        r"deaths",
        r"toll",
        r"death toll",
        r"fatalities",
        r"injuries",
        r"hostages",
        r"victims?",
        r"refugees",
        r"homeless",
    ),
    singular_aux=(r"was", r"is", r"has"),
    clause_words=(
        r"while",
        r"when",
        r"after(?! being )",  # not "Four people are recovering after being shot": one clause
        r"before",
        r"but",
        r"because",
        r"whereas",
        r"until",
        r"since",
        r"although",
        # the people counted are the accused, not the victims: "Two men accused in a shooting that killed ..."
        r"accused",
        r"charged",
        r"wanted",
        r"indicted",  # "3 Indicted In Death Of 8-Year-Old Camden Girl"
        r"arrested",
        r"convicted",
        r"sentenced",
    ),
    negations=(
        r"not",
        r"n't",
        r"never",
        r"no",
        r"no one",
        r"nobody",
        r"none",
        r"without",
        r"anyone",
        r"anybody",
        r"nearly",  # "a teen was nearly killed"
        r"if",  # "police were not able to say if the man had died": a death asked about, not told
        r"whether",
        r"almost",
        r"(?:could|would|might)(?: \w+)? have",  # "it could easily have killed her": what did not happen
        r"could(?:['’]ve| have)",  # "she could've been dead"
    ),
    stamp_words=(r"posted", r"updated", r"published", r"last modified", r"copyright", r"created"),
    hit_cues=(
        r"shot",
        r"(?:struck|hit) by (?:a |an )?(?:stray |errant )?(?:gunfire|bullets?|gunshots?|buckshot|pellets?|rounds?)",
        r"hit(?:ting|s)?|struck|strik(?:ing|es)|shoots|shooting",  # "striking the cousin in the abdomen"
        *_TO_HOSPITAL,
        # "found three people with gunshot wounds": hit, the dead among them
        r"(?:apparent |multiple )?(?:gunshot|gun shot|bullet) wounds",
        r"(?:gunshot|gun shot) victims?",  # hit: the dead among them
        r"sen(?:t|ding|ds)",  # "sent 4 people to the hospital" (a cue only before "to the hospital")
    ),
    fatal_adverbs=(r"fatally", r"mortally"),
    reflexive_after=(r"himself", r"herself", r"self(?!-)"),  # a headline's "man who shot self"
    age_apposition=(
        (
            r"(?-i:[A-Z][\w'’.-]+),",
            # "one woman, 19,", "two men, 33 and 19, were shot": ages after the people they describe
            r"(?:man|woman|men|women|boys?|girls?|teens?|teenagers?|males?|females?|victims?|persons?|people),",
            # "Female student shooter, 14, dead": a headline's subject and its age
            r"(?:shooter|gunman|suspect|student|child|son|daughter|mother|father|driver|officer|resident),",
        ),
        (r",", r"\s+(?:and|to)\s+\d{1,2},", r"\s+[–—](?=\s)"),  # "Melanie Virgen, 13 – died at the scene"
    ),
    suicide=(
        r"(?:and |before |then |and then |later |also )*(?:killed|killing) (?:him|her)self",
        r"(?:and |before |then |and then )*turn(?:ed|ing)? the (?:gun|weapon|rifle|shotgun|pistol|handgun|firearm)"
        r" on (?:him|her)self",
        r"(?:and |before |then |and then )*t(?:ook|aking) (?:his|her) own life",
        r"and (?:then )?(?:him|her)self",  # "killed four classmates and himself"
        r"[\w-]+, (?:him|her)self",  # "Avoyelles Parish man kills 7-year-old daughter, himself"
        r"[\w-]+,? (?:and )?then (?:him|her)self",  # "Sulphur man kills 4-year-old, then himself"
        r"(?:before |then |and then |and )*(?:he |she )?(?:committed|committing|commits) suicide",
        # "killed one and injured three before shooting himself", "kills two children, then fatally shoots self"
        # not "then shot himself": hit, maybe alive
        r"before (?:fatally )?shooting (?:him|her)self",
        r"(?:then |and then |and )?fatally (?:shooting|shot|shoots) (?:him|her)?self",
        # the killer's death at the hands of the police: "four people were killed by a man (...) before he was shot and
        # killed by police"
        r"(?:before (?:he |she )?(?:was |being )|and (?:was )?(?:then |later )?)"
        r"(?:fatally shot|shot and killed|shot dead|shot to death|killed) by (?:the )?"
        r"(?:police|officers?|deputies|a deputy|an officer|troopers?|a trooper)",
    ),
    pair_before=(
        r"both (?:of them |men |women |victims |boys |girls )?(?:were |are |had been |have been )?"
        r"(?:later |also |pronounced |found |reported |confirmed )*",
        # "Both men inside the Honda were killed"
        r"\bboth (?:men|women|victims|boys|girls|teens|people) (?:(?!that |they |who )[\w-]+ ){1,4}?"
        r"(?:were|are|had been|have been) "
        r"(?:later |also |pronounced |found |reported |confirmed )*",
        r"(?:a|an|the) (?:[\w-]+ ){1,3}and (?:his|her|their|a|an) (?:[\w-]+ ){1,3}(?:were|are|have been|had been)"
        r" (?:later |also )?",
        # "his mom and younger brother were dead", "A mother and son were found fatally shot"
        r"(?:a|an|the|his|her|their) [\w-]+ and (?:his|her|their|a|an )?(?:[\w-]+ ){0,1}[\w-]+ (?:were|are) "
        r"(?:later |also |found |reported )*",
        # two people by name, ages optional: "Ronald Williams, 33, and Kendra Hill, 28, were killed"
        r"(?-i:[A-Z][a-z]+ [A-Z][\w'’-]+),? (?:\d+, )?and (?-i:[A-Z][a-z]+ [A-Z][\w'’-]+),? (?:\d+, )?(?:were|are)"
        r" (?:later |also )?",
        # "two men were shot to death and a woman and a teenage girl injured": two people, the verb left out
        rf"\band (?:a|an|one) (?:[\w-]+ ){{0,2}}?{_ONE} and (?:a|an|one )?(?:[\w-]+ ){{0,2}}?{_ONE} ",
        # "left Fryberg and a female student dead" (not "left a man wounded and a woman dead")
        r"(?:left|leaving|leaves) (?:(?!injured|wounded|hurt|dead)[\w-]+ ){1,3}and"
        r" (?:a|an|the|his|her|their|one|another) (?:[\w-]+ ){0,3}",
    ),
    partitive_after=(
        r"of (?:them|those|these|whom)",
        r"of (?:the|those|these) (?:[\w-]+ ){0,2}(?:victims|injured|wounded|hurt|people|persons|others|shot)",
    ),
    conjunct_start=(
        r"(?:his|her|their|a|an|the|one|another) ",
        r"\d+-(?:year|month)-old ",
        r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
        r"|August|September|October|November|December|Police|Officers)\b)(?-i:[A-Z][a-z][\w'’-]*)",
    ),
    object_stops=(
        r"in",
        r"on",
        r"at",
        r"inside",
        r"outside",
        r"near",
        r"before",
        r"after",
        r"then",
        r"while",
        r"during",
        r"when",
        r"where",
        r"as",
        r"because",
        r"with",
        r"following",
        r"who",
        r"which",
        r"that",
        r"was",
        r"were",
        r"is",
        r"are",
        r"has",
        r"had",
        r"have",
        r"early",
        r"late",
        r"last",
        r"this",
        r"over",
        r"by",
        r"and then",
        r"also",  # "killed Theresa Brown also left her daughter ... with gunshot wounds": a new verb
    ),
    later_words=(
        r"where",
        r"later",
        r"but",
        r"before",
        r"until",
        r"then",
        r"and(?: was| were)?(?= (?:later )?(?:pronounced|declared))",  # "in critical condition and pronounced dead"
        r"and(?= (?:later )?(?:died|succumbed)\b)",  # "was shot in the back and died at a hospital"
    ),
    they_before=(r"(?:they|both|all(?: \w+)?) (?:were |later |had |have |been |pronounced |found )*",),
    cause_of_death=(
        # a death, then the wound it came from, same clause, no second person between
        r"(?:died|dies|dead|killed|death|fatal(?:ly)?|succumbed|passed away)"
        r"(?:(?!\b(?:another|other|second|third|while|but|whereas|and (?!was\b|had\b|then\b))"
        r"|,\s*(?:a|an|one|two|his|her)\b)"
        r"(?:[^.;!?]|\.(?!\s+(?-i:[A-Z]))))*?"  # "pronounced dead about 1 p.m. of a bullet wound"
        r"\b(?:of|from|with|after (?:suffering|sustaining|receiving)|was|is|due to|following)\s+"
        r"(?:(?!and\b)[\w-]+\s+){0,4}",
    ),
    wound_nouns=(r"(?:[\w-]+ )*wounds?", r"(?:[\w-]+ )*injur(?:y|ies)"),
    one_before_others=(
        # a headline's list: "Father, two daughters shot to death" (capitalised, as titles write it)
        r"(?-i:(?:Man|Woman|Father|Mother|Mom|Dad|Husband|Wife|Son|Daughter|Boy|Girl|Teen|Grandmother|Grandfather)),",
        r"(?:she|he|(?-i:[A-Z][a-z][\w'’-]+)|(?:a|an|the) (?:[\w-]+ ){0,3}(?:man|woman|boy|girl|teen|teenager|person"
        r"|victim|child|officer|driver|student|male|female|\d+-year-old))(?:, \d+,)? and",
    ),
    others_after=(
        r"others?",
        r"other (?:[\w-]+ )?(?:people|persons|men|women|victims|teens|teenagers|boys|girls|children|bystanders|adults"
        r"|males|females|juveniles|officers|students|patrons)",
    ),
    and_one_after=(
        r"(?:[\w-]+ )?(?:men|women|people|persons|teens|teenagers|boys|girls|children|adults|juveniles|males|females)"
        r" and (?:a|an|one) (?:(?:[\w-]+ ){0,2}(?:man|woman|teen|teenager|boy|girl|child|juvenile|male|female|person)\b"
        r"|\d+-(?:year|month)-old\b)",
        # "two children and their mother were found dead": three
        r"(?:[\w-]+ )?(?:children|kids|sons|daughters|boys|girls) and (?:his|her|their) (?:mother|father|mom|dad"
        r"|grandmother|grandfather)\b",
    ),
    # a page's link to another story: "MORE: Man dies after shooting", "1:27 1 dead after Fife collision"
    link_labels=(
        r"\d{1,2}:\d\d(?=\s)(?! ?[ap]\.?m)",
        r"(?:read )?more:",
        r"related(?: stories| story| articles?| coverage)?:",
        r"see also:",
        r"also read:",
        r"watch:",
        r"\+ ",
    ),
    others_before=(r"other", r"surviving"),  # "the surviving three gunshot victims": the dead are not among them
    passive_aux=(r"was", r"were", r"been", r"is", r"are", r"got", r"get", r"being"),
    tally_words={"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5},
    # not "a quadruple shooting": four hit, but the dead among them are most often told apart elsewhere
    tally_nouns={"killed": (r"homicides?", r"murders?", r"slayings?", r"killings?", r"fatal shootings?")},
    tally_plus_one=(r"[-/]suicide", r",? (?:and )?suicide"),
    implied_death=(
        # not "non-fatal", not "fatal shootings" (several); "a deadly Hamilton bar shooting"
        r"(?<!-)(?:fatal|deadly)(?: [\w-]+){0,2} shooting(?!s)",
        r"(?:(?<=['’])s|the|an?|in)(?: accidental| apparent)? shooting death(?!s)",  # "17-year-old’s shooting death"
        r"(?<!attempted )(?<!attempted double )murder[-/ ]?suicide(?!s)",  # the killer and one killed at least
    ),
    relative_before=(
        r"who (?:was|were|had been|has been|is|are)(?: (?:\w+ly|also|still|first))?",
        r"(?:man|woman|boy|girl|teen|teenager|child|person|victim|officer|toddler|infant|baby) (?:\w+ly )?",
    ),
    people_after=(
        r"(?:[\w-]+ )?(?:people|persons|men|women|adults|children|kids|teens|teenagers|boys|girls|juveniles|males"
        r"|females|victims|relatives|friends|siblings|brothers|sisters|sons|daughters)",
    ),
    agent_before=(r"by",),
    verb_joiners=(r"and",),
    new_subject=(
        r"(?:a|an|another|one|the other) (?:[\w'’-]+,? ){0,3}?(?:man|woman|boy|girl|teen|teenager|person|victim|child"
        r"|male|female|\d+-year-old)(?:, \d+,)? (?:was|is|who (?:was|is|had been|has been))(?: also)?",
        r"(?-i:[A-Z][a-z][\w'’-]+) (?:was|is)(?: also)?",
    ),
    negated_subjects=(r"no one", r"nobody", r"none of", r"no other", r"neither"),
    alive_after=(
        r"survived",
        # a wound in a limb: "was shot in the right thigh"
        r"(?:in|to) (?:the|his|her) (?:left |right |upper |lower )?(?:legs?|arms?|foot|feet|hands?|thighs?|buttocks?"
        r"|shoulders?|ankles?|knees?|wrists?|fingers?|hips?|calf|calves|toes?)",
        r"non-?life[- ]threatening",
        # "her injuries were not life-threatening", "wounds that weren't considered life-threatening"
        r"(?:not|n['’]t) (?:considered |believed to be |thought to be |appear(?:s|ed)? (?:to be )?)?"
        r"life[- ]threatening",
        r"(?:stable|good|fair) condition",
        r"expected to (?:survive|recover|live)",
        r"treated and released",
    ),
    name_subject_after=(r"(?:,[^,]{1,40},)?\s+(?:was|had been|has been|got|is)\s+(?:\w+ly\s+)?",),
    not_names=(
        r"he",
        r"she",
        r"they",
        r"it",
        r"police",
        r"officers?",
        r"deputies",
        r"authorities",
        r"the",
        r"one",
        r"another",
        r"someone",
        r"nobody",
        r"everybody",
        r"everyone",
    ),
    one_and_kin_before=(
        # "a man and two women", "his wife and two young sons" (one, then a count of kin or people)
        r"(?:a|an|the|his|her|their) (?:[\w-]+ ){0,2}?(?:man|woman|mother|father|mom|dad|husband|wife|girlfriend"
        r"|boyfriend|fianc[ée]e?|partner|grandmother|grandfather|parent|son|daughter) and(?: (?:his|her|their))?",
    ),
    headline_subject=(rf"{_LABEL}(?:{_PERSON})(?:, \d+,)? {_HEADLINE_FILLER}",),
    headline_object=(_KIN,),
    headline_pair=(
        rf"{_LABEL}(?:{_PERSON})(?:, \d+,)?(?:,| and| &) (?:[\w'’.-]+ ){{0,2}}?(?:{_PERSON})(?:, \d+,)?"
        rf" {_HEADLINE_FILLER}",
    ),
    one_unit_after=(r"shot",),
    ordinals={
        "second": 2,
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
        "eleventh": 11,
        "twelfth": 12,
    },
    added_people=(
        r"victims?",
        r"persons?",
        r"people",
        r"individuals?",
        r"adults?",
        r"(?:wo)?m[ae]n",
        r"boys?",
        r"girls?",
        r"teens?",
        r"teenagers?",
        r"child",
        r"juveniles?",
        r"males?",
        r"females?",
        r"students?",
        r"\d+-year-old",
    ),
    added_before=(r"an additional", r"one more", r"one additional"),
    not_hurt_alone=(r"hurt", r"injures?", r"injuring", r"shoots", r"shooting", r"hit(?:ting|s)?", r"strik(?:ing|es)"),
    not_hurt_before=(r"a", r"an", r"one", r"the", r"single", r"warning", r"first", r"second", r"third", r"\d+"),
    no_group_after=("people", "persons", "others", "other", "more", "of", "were", "are", "have", "had", "and"),
    condition_cues=(
        r"in (?:\w+ly )?(?:critical|serious|stable|fair|grave|good) condition",
        r"treated for (?:[\w-]+ ){0,3}?(?:injuries|wounds)",
        r"(?:non-?life[- ]threatening|life[- ]threatening|minor|serious|critical) (?:injur(?:y|ies)|wounds?)",
        r"treated and released",
        r"fighting for (?:his|her) life|fighting for their lives",
    ),
    killer_died=(r"murder[-/ ]?suicides?", r"murder and suicide"),
    listed_person=(
        r"(?:an?|one|another|the other) (?:[\w'’-]+ ){0,2}?(?:man|woman|boy|girl|teen|teenager|male|female|child"
        r"|juvenile|adult|\d+-year-old)(?: (?:man|woman|boy|girl|male|female))?",
    ),
    killer_died_not=(r"attempted", r"whether", r"if", r"not", r"no", r"out", r"considering", r"possibility", r"threat"),
    also_subject=(
        r"(?:a|an|another) (?:[\w-]+,? ){0,3}(?:man|woman|boy|girl|teen|teenager|person|victim|child|male|female"
        r"|officer|deputy|trooper|student|bystander|\d+-year-old)(?:, \d+,)? (?:was|is|had been|has been) also",
        # "German Booker, a 25-year-old customer at the shop, was also killed"
        r"(?-i:[A-Z][a-z][\w'’-]+ [A-Z][\w'’-]+)(?:, [^,]{1,60},)? (?:was|is|had been|has been) also",
    ),
    told_apart=(
        r"also",
        r"surviv\w*",
        r"suspects?",
        r"gunman",
        r"shooter",
        r"people",
        r"additional",
        # kin named with a determiner: "his father was hospitalized", "the mother who is fighting for her life"
        r"(?:his|her|their|the|a) (?:[\w-]+ ){0,2}(?:mother|father|mom|dad|brother|sister|husband|wife|son|daughter"
        r"|girlfriend|boyfriend|grandmother|grandfather|aunt|uncle|cousin|friend)",
    ),
    second_person=(
        r"another",
        r"second",
        r"third",
        r"fourth",
        r"fifth",
        # alive: the wound is not the death told elsewhere
        r"recovering",
        r"survived",
        r"expected to (?:survive|recover|live)",
        r"non-?life[- ]threatening",
    ),
    wound_before=(
        r"(?:suffer(?:ed|ing|s)?|sustain(?:ed|ing|s)?|with|receiv(?:ed|ing)|had|has|recovering)(?: from)?"
        r" (?:a|an|(?:at least )?one|a single)"
        r" (?:[\w-]+ ){0,2}",
    ),
    died_of_it=(
        r"died",
        r"dies",
        r"pronounced dead",
        r"(?:pronounced|declared) deceased",
        r"succumbed",
        r"passed away",
        r"did not survive",
    ),
    aftermath=(
        r"arrested",
        r"arrest",  # "Smith's arrest today"
        r"unsealed",  # "charges unsealed Friday"
        r"charged",
        r"court",
        r"hearing",
        r"judge",
        r"vigil",
        r"funeral",
        r"arraigned",
        r"pleaded",
        r"sentenced",
        r"booked",
        r"held",
        r"spoke",
        r"identified",
        r"autopsy",
        r"memorial",
        r"rally",
        r"trial",
    ),
)
