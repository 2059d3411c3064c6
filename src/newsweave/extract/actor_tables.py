"""More perpetrator wordings, per language, read by `actors.perpetrators` after the language table's own.

Kept here (rules as data) so the per-language tables stay the figures' files. Keys are certainties as in
`LanguageTable.perpetrator`, plus some of their own:
- `suspected_group`: a hedged wording ("presumed Shining Path extremists", "apparently belonging to the ELN")
  whose name must be an armed group ("reportedly linked to the kidnapping of Col Carreno" names no one);
- `stated_subject_group`: a group noun with a time phrase before its verb ("two Shining Path members this past
  weekend machinegunned"), the name an armed group too ("Masked gunmen on Tuesday shot" names no one);
- `stated_named_subject`: a *named* group right before an attack verb ("the FMLN has killed", "The Manuel Jose
  Arce Urban Command has sabotaged"); the name must end with a group the table writes with capitals, so "the
  army attacked" or "residents attacked" name no perpetrator here.
`claimed_owns`, `claimed_act`, `attributed_org`, `blamed_org` and `stated_org` are claimed, attributed, blamed and
stated wordings; all but `claimed_act` also take a state body or an organisation named by its head
(`ORGANISATION_HEADS`): "carried out by the 6th Military Detachment", "blamed the army for".
`LEADING_CUT` are words after which a name captured before its verb starts ("Early in the morning of 21 December
FMLN rebels raided" -> "FMLN"): dates, times, counts and hedges are no part of a group's name.
"""

from __future__ import annotations

Patterns = tuple[str, ...]

_ACTOR = r"(?P<actor>[^,.;:!?\"“”]{2,90})"

# what armed groups do to people and property in the news (past tense, as reports tell it)
_EN_ACTS = (
    r"(?:attacked|killed|kidnapped|abducted|bombed|ambushed|murdered|assassinated|dynamited|sabotaged|blew up|"
    r"knocked down|destroyed|burned|set fire|raided|stormed|seized|harassed|machine-?gunned|executed|shot|"
    r"opened fire|planted|detonated|set off|occupied|hijacked|torched|massacred|shelled|overran|"
    # "carried out the attack", "launched five ambushes" (not "launched a cease-fire")
    r"(?:carried\s+out|perpetrated|staged|launched)\s+(?:[\w-]+\s+){0,5}?(?:attacks?|ambush(?:es)?|offensive|raids?|"
    r"bombings?|assaults?|sabotage|massacres?|murders?|killings?|assassinations?|kidnappings?|actions?|operations?))\b"
)
# words that may stand between a group noun and its verb: time phrases and hedges, never a new subject
_EN_BETWEEN = (
    r"(?: (?:this|last|past|early|late|on|the|morning|afternoon|evening|night|weekend|week|today|yesterday|"
    r"tonight|\w+day|reportedly|allegedly|apparently|also|then|again)){0,4}"
)
_EN_GROUP_NOUNS = r"(?:guerrillas?|rebels?|extremists?|terrorists?|militants?|gunmen|members|commandos?|insurgents)"
_EN_HEDGES = r"(?:presumed|presumably|suspected|alleged|allegedly|apparently|possibly|probably|reportedly)"
# taking the blame: "the Salvadoran Army accepted responsibility", "the Zarate Willka group claims responsibility"
_EN_OWNS = r"(?:claims|claiming|accepted|accepts|assumed|assumes|admitted|admits|acknowledged)"

PERPETRATOR: dict[str, dict[str, Patterns]] = {
    "en": {
        "suspected_group": (
            # "Presumed Shining Path Maoist extremists ambushed": the hedge makes it a suspicion
            rf"\b{_EN_HEDGES} (?P<actor>[^,.;:!?\"“”]{{2,60}}?) {_EN_GROUP_NOUNS}\b",
            # "insurgents apparently belonging to the National Liberation Army placed a bomb"
            rf"\b{_EN_HEDGES} (?:belonging to|members of|linked to|affiliated with|from) (?:the )?{_ACTOR}",
            # "the attack is thought to have been carried out by an ELN group"
            rf"\b(?:thought|believed|presumed|suspected) to have been (?:carried out|committed|perpetrated|staged) "
            rf"by {_ACTOR}",
        ),
        "stated_subject_group": (
            # "two Shining Path members this past weekend machinegunned a civil guard"
            rf"{_ACTOR} {_EN_GROUP_NOUNS}{_EN_BETWEEN} (?:have |had |has )?{_EN_ACTS}",
            rf"\b(?:guerrillas|rebels|insurgents|gunmen|members) (?:belonging to|of) (?:the )?{_ACTOR}",
        ),
        "stated_named_subject": (rf"{_ACTOR} (?:has |have |had )?(?:\w+ly )?{_EN_ACTS}",),
        "claimed_owns": (rf"{_ACTOR} (?:has |have |had )?{_EN_OWNS} (?:full |total )?(?:responsibility|credit)",),
        "claimed_act": (
            # "the FMLN claims it seized El Salitre estate and attacked": the group says it did it
            rf"{_ACTOR} (?:has |have |had )?(?:claimed|claims|admitted|admits) (?:that )?(?:it|they) "
            rf"(?:had |has |have )?{_EN_ACTS}",
        ),
        "attributed_org": (
            # "he attributed the attack to the FMLN"
            rf"\battribut(?:ed|es|ing) (?:the|this|that|these|those|it) ?(?:\w+ )?to {_ACTOR}",
            # "members of the army were responsible for the massacre"
            rf"{_ACTOR} (?:was|were|is|are|had been) (?:directly |solely |also )?responsible for "
            r"(?:the|this|that|these)\b",
            # "the attack was apparently the work of guerrillas of the Maoist Popular Liberation Army"
            rf"\b(?:was|were|is|are) (?:\w+ly )?the work of {_ACTOR}",
        ),
        "blamed_org": (
            # "the presidency accuses the death squads of", "accusing the FMLN of the crime"
            r"\baccus(?:es|ing) (?!of\b)(?P<actor>[^,.;:!?\"“”]{2,60}?) of\b",
            # "the authorities blamed the leftist Army of National Liberation (ELN) guerrillas for the murder"
            r"\bblam(?:ed|es|ing) (?!on\b|it\b|the attack\b)(?P<actor>[^,.;:!?\"“”]{2,80}?) for\b",
        ),
        "stated_org": (
            # "the killing of 3 members of the MPSC carried out by the 6th Military Detachment"
            r"\b(?:attacks?|killings?|murders?|massacres?|bombings?|assassinations?|crimes?|actions?|kidnappings?)"
            rf"(?: [^,.;:!?]{{0,90}}?)? (?:carried out|perpetrated|committed|staged) by {_ACTOR}",
        ),
    },
}

# Words of a subject that deny what its verb says: "No group has claimed responsibility", "the FMLN has not yet
# claimed it": the phrase before the verb names no perpetrator.
NEGATIONS: dict[str, Patterns] = {
    "en": (r"no", r"not", r"yet", r"never", r"none", r"nobody", r"neither", r"nor", r"denied", r"denies"),
}

# Heads that make a phrase an organisation even in text all in capitals, where capitals tell nothing: read only
# in wordings that put the blame on someone (claimed, attributed, blamed), so "members of the armed forces were
# responsible" names the armed forces while "killed by the army" in a clash does not make the army a perpetrator.
ORGANISATION_HEADS: dict[str, Patterns] = {
    "en": (
        r"group",
        r"front",
        r"army",
        r"armed forces",
        r"forces?",
        r"military",
        r"movement",
        r"command",
        r"commandos?",
        r"unit",
        r"alliance",
        r"organi[sz]ation",
        r"brigade",
        r"cartels?",
        r"squads?",
        r"battalion",
        r"detachment",
        r"police",
        r"guard",
        r"mafias?",
        r"rings?",
        r"gangs?",
    ),
}

# A transcript's or a wire's tag cut by a sentence end ("Text] Maoist Shining Path guerrillas have killed"): no part of
# a name.
WIRE_TAGS: dict[str, Patterns] = {
    "en": (r"text\]|report\]|excerpts?\]|communiqu[eé]\]|commentary\]|editorial\]|interview\]|recording\]",),
}

# Words that end a name wherever they stand after its first word (a verb, a modal, a count, a place adverb):
# "the FMLN will not", "FMLN terrorist groups launched", "terrorists here", "the FMLN carried out three".
NAME_ENDS: dict[str, Patterns] = {
    "en": (
        r"will|would|could|can|may|might|must|shall|should|did|does|do",
        r"here|there|over|into|between|among|through|throughout|across|against|because",
        r"attacked|killed|kidnapped|abducted|bombed|ambushed|murdered|assassinated|dynamited|sabotaged|blew|"
        r"destroyed|burned|raided|stormed|seized|harassed|executed|shot|opened|planted|detonated|occupied|hijacked|"
        r"torched|massacred|shelled|overran|carried|perpetrated|staged|launched|provide|provided|says|announced",
        r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens?|"
        r"hundreds?|thousands?|several",
    ),
}

# Words that name no one on their own: "blamed the group for", "no organization claimed", "blaming any group".
GENERIC_WORDS: dict[str, Patterns] = {
    "en": (
        r"groups?",
        r"organi[sz]ations?",
        r"units?",
        r"forces?",
        r"commands?",
        r"any|some|this|that|these|those|such|each|every|another|other|same|new|its|their",
    ),
}

# The last word of a phrase that names the act, not who did it: "the resumption of rebel attacks", "the
# latest terrorist attacks", "perpetrating terrorist actions".
ACT_NOUNS: dict[str, Patterns] = {
    "en": (
        r"attacks?",
        r"actions?",
        r"acts?",
        r"offensive",
        r"ambush(?:es)?",
        r"bombings?",
        r"violence",
        r"activit(?:y|ies)",
        r"operations?",
        r"raids?",
        r"killings?",
        r"murders?",
    ),
}

LEADING_CUT: dict[str, Patterns] = {
    "en": (
        r"\d[\d,.]*",
        r"(?:january|february|march|april|may|june|july|august|september|october|november|december)",
        r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?",
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
        r"(?:today|yesterday|tonight|morning|afternoon|evening|night|meanwhile|also|and|but|when|then|as|where)",
        # a count or a hedge before the name: "two Shining Path members", "presumed FMLN guerrillas"
        r"(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|scores|hundreds|several|some|many|few|about|"
        r"around|least)",
        _EN_HEDGES,
        # "a group calling itself the Gerardo Barrios Commando Unit", "the self-styled Zarate Willka group"
        r"(?:itself|themselves|self-styled|self-named|so-called)",
        r"(?:--|—|–)",  # a dateline's dash: "San Salvador, 19 Mar 89 (ACAN-EFE) -- The Salvadoran Army"
    ),
}

# Words that end no name: a time or an adverb between a name and its verb ("the Gerardo Barrios Commando Unit
# tonight claimed responsibility").
TRAILING_CUT: dict[str, Patterns] = {
    "en": (
        r"(?:today|yesterday|tonight|morning|afternoon|evening|night|also|reportedly|allegedly|apparently|then|again|"
        r"recently|later|early|late|earlier|now|already|first)",
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    ),
}

# What a group noun's capitalised opener may be without naming anyone: "Unidentified gunmen killed", "Masked
# gunmen shot", "Heavily armed men stormed" tell how the attackers looked, not who they were.
DESCRIBES_ONLY: dict[str, Patterns] = {
    "en": (
        r"(?:(?:heavily|well|lightly) ?-?)?armed",
        r"(?:masked|hooded|unidentified|unknown|unnamed|uniformed|suspected|alleged|presumed|local|foreign|rival)",
        r"(?:clandestine|secret|new|mysterious)",  # "the clandestine group", "a new group"
        r"(?:a group of|a band of|a gang of|groups of|gangs of|dozens of|scores of|hundreds of)",
    ),
}
