"""More perpetrator wordings, per language, read by `actors.perpetrators` after the language table's own.

Kept here (rules as data) so the per-language tables stay the figures' files. Keys are certainties as in
`LanguageTable.perpetrator`, plus three of their own:
- `suspected_group`: a hedged wording ("presumed Shining Path extremists", "apparently belonging to the ELN")
  whose name must be an armed group ("reportedly linked to the kidnapping of Col Carreno" names no one);
- `stated_subject_group`: a group noun with a time phrase before its verb ("two Shining Path members this past
  weekend machinegunned"), the name an armed group too ("Masked gunmen on Tuesday shot" names no one);
- `stated_named_subject`: a *named* group right before an attack verb ("the FMLN has killed", "The Manuel Jose
  Arce Urban Command has sabotaged"); the name must end with a group the table writes with capitals, so "the
  army attacked" or "residents attacked" name no perpetrator here.
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
    r"opened fire|planted|detonated|set off|occupied|hijacked|torched|massacred|shelled|overran)\b"
)
# words that may stand between a group noun and its verb: time phrases and hedges, never a new subject
_EN_BETWEEN = (
    r"(?: (?:this|last|past|early|late|on|the|morning|afternoon|evening|night|weekend|week|today|yesterday|"
    r"tonight|\w+day|reportedly|allegedly|apparently|also|then|again)){0,4}"
)
_EN_GROUP_NOUNS = r"(?:guerrillas?|rebels?|extremists?|terrorists?|militants?|gunmen|members|commandos?|insurgents)"
_EN_HEDGES = r"(?:presumed|presumably|suspected|alleged|allegedly|apparently|possibly|probably|reportedly)"

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
    },
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
    ),
}

# What a group noun's capitalised opener may be without naming anyone: "Unidentified gunmen killed", "Masked
# gunmen shot", "Heavily armed men stormed" tell how the attackers looked, not who they were.
DESCRIBES_ONLY: dict[str, Patterns] = {
    "en": (
        r"(?:(?:heavily|well|lightly) ?-?)?armed",
        r"(?:masked|hooded|unidentified|unknown|unnamed|uniformed|suspected|alleged|presumed|local|foreign|rival)",
        r"(?:a group of|a band of|a gang of|groups of|gangs of|dozens of|scores of|hundreds of)",
    ),
}
