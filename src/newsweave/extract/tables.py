"""The shape of a per-language rule table, and the lookup by language.

Each language keeps its words in its own module (`tables_en.py`, `tables_fr.py`, ...) as plain data:
regular-expression fragments, matched case-insensitively. The matching code never names a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

Patterns = tuple[str, ...]


@dataclass(frozen=True)
class LanguageTable:
    """Every cue extraction needs for one language."""

    # figures: field -> cue words (verbs and nouns) that say what happened to the people counted
    casualty: dict[str, Patterns]
    # words right before a number that say how exact it is: qualifier -> patterns
    qualifiers: dict[str, Patterns]
    # words in the clause that mark a toll as a first estimate or a revision
    stages: dict[str, Patterns]
    # group name -> the words for it ("troops", "military personnel" -> soldiers)
    groups: dict[str, Patterns]
    # words that introduce a part of a total ("including", "among them")
    parts: Patterns
    # after the number: it counts no people (ages, units, times)
    not_counts_after: Patterns
    # before the number: it counts no people ("aged", "$", "No.")
    not_counts_before: Patterns
    # a singular subject right before the cue ("was killed") or a singular object after it ("killed a")
    singular_before: Patterns
    singular_after: Patterns
    # victim roles worth a `victim` claim, and activities that name a role ("picking truffles")
    roles: Patterns
    activities: dict[str, str]
    # attribution: the source follows these ("according to X"), or precedes ("X'e göre")
    source_follows: Patterns
    source_precedes: Patterns
    speech_verbs: Patterns
    # phrases that point back to the last named source ("the NGO", "she")
    source_anaphora: Patterns
    # perpetrator: certainty -> patterns with a named group `actor`
    perpetrator: dict[str, Patterns]
    # words that name armed groups or mark a noun phrase as one
    armed_groups: Patterns
    # words stripped from an actor's name ("the", "group", "terrorists of")
    actor_noise: Patterns
    # segmentation: a different happening starts, or the text points back to the previous one
    new_event: Patterns
    back_reference: Patterns
    # nouns and verbs that name a happening ("an assault", "a shooting"): a segment they open can be referred back to
    event_words: Patterns
    weekdays: Patterns = field(default=())  # Monday .. Sunday, one pattern each
    # words that end an actor's name in a captured phrase ("in", "who", "claimed")
    actor_stops: Patterns = field(default=())
    # words that join two verbs or two counts ("and", "or")
    conjunctions: Patterns = field(default=())
    # asides skipped between a number and its cue (", mostly civilians,")
    asides: Patterns = field(default=())
    # an object right after a verb cue ("shot him"): the number before the verb counts its subject, not victims
    object_after: Patterns = field(default=())
    # nouns that count only right after their number ("16 dead", "four bodies"), never a lone singular
    close_nouns: Patterns = field(default=())
    # a singular verb between a number above one and its cue means the number is not the subject ("10 friends,
    # including the boy who was killed")
    singular_aux: Patterns = field(default=())
    # words that open a new clause: a number and a cue on either side of one do not belong together
    clause_words: Patterns = field(default=())
    # negations right before a cue ("was not injured", "no one was hurt")
    negations: Patterns = field(default=())
    # words before a date that make it the page's stamp, not the event's ("Posted:", "Updated")
    stamp_words: Patterns = field(default=())
    # "four were shot, one fatally": the killed count is inside the hit count, so the injured are the rest
    hit_cues: Patterns = field(default=())
    # what happens after a happening (arrests, hearings, vigils): a date next to these dates the aftermath
    aftermath: Patterns = field(default=())
    fatal_adverbs: Patterns = field(default=())
    # a reflexive object after a hit cue ("accidentally shot herself"): the subject is the one person hit
    reflexive_after: Patterns = field(default=())
    # words that say a person already counted as hit or hurt died of it ("later died", "was pronounced dead")
    died_of_it: Patterns = field(default=())
    # two people named as a pair right before a cue ("Both were pronounced dead", "A man and his son were found dead")
    pair_before: Patterns = field(default=())
    # the killer's own death after the killings ("killed three people and then himself"): one more dead
    suicide: Patterns = field(default=())
    # an age set off by commas after a name ("Kendra Hill, 28, was killed"): before and after the number
    age_apposition: tuple[Patterns, Patterns] = field(default=((), ()))
    # after a number: it counts a part of people already counted ("two of them", "three of the victims")
    partitive_after: Patterns = field(default=())
    # how each person in a list of objects starts ("killed his wife and her son" -> two), and the words that end
    # such a list ("... inside their home")
    conjunct_start: Patterns = field(default=())
    object_stops: Patterns = field(default=())
    # words between a hurt person and a bare death that make it the same person's ("taken to a hospital, where he
    # died", "but died overnight"), and the plural subject right before such a death ("where they were pronounced")
    later_words: Patterns = field(default=())
    they_before: Patterns = field(default=())
    # a wound named as the cause of a death just stated ("died of a gunshot wound", "found dead with one gunshot
    # wound"): the text before the wound noun, and the wound nouns themselves
    cause_of_death: Patterns = field(default=())
    wound_nouns: Patterns = field(default=())
    # "she and three others were shot": a person named before "and N others" is one more ("others" after the number)
    one_before_others: Patterns = field(default=())
    others_after: Patterns = field(default=())
    # a headline's bare subject ("Teen found shot to death", "Man, 21, killed"): one person
    headline_subject: Patterns = field(default=())
    headline_pair: Patterns = field(default=())  # "Father, daughter found dead": two
    headline_object: Patterns = field(default=())  # "injures brother": a bare object after the verb, one person
    # one person with a wound, no number: "found a man with a gunshot wound", "suffered a gunshot wound"
    wound_before: Patterns = field(default=())
    # a person other than the dead ("another", "a second victim") or one alive ("recovering from"): hit or wounded,
    # counted even when someone in the report died
    second_person: Patterns = field(default=())
    # after the number one, a unit rather than a person: "heard one shot" (but "4 shot, one fatally")
    one_unit_after: Patterns = field(default=())
    # "three men and a teenager were hurt": one more person joined to a count of a group
    and_one_after: Patterns = field(default=())
    # "a father and his two children", "his girlfriend and her three daughters": one person named before the count
    one_and_kin_before: Patterns = field(default=())
    # a sentence that opens with one of these is a link to another story, not this one's report
    link_labels: Patterns = field(default=())
    # after a name, before a hit verb: "Felder was wounded" (the name is the subject of the passive verb)
    name_subject_after: Patterns = field(default=())
    # capitalised words that are no one's name: "Police were shot at", "He was shot"
    not_names: Patterns = field(default=())
    # after a hit verb, in its clause: the person hit lived ("but survived", "with non-life-threatening injuries")
    alive_after: Patterns = field(default=())
    # a subject that names nobody, anywhere before the verb in its clause: "no one else in the car was hurt"
    negated_subjects: Patterns = field(default=())
    # a new subject after a comma or "and", before its verb: "..., and a 15-year-old boy was (shot)"
    new_subject: Patterns = field(default=())
    # before a count: the people counted are not the dead told before ("the other three victims")
    others_before: Patterns = field(default=())
    # auxiliaries right before a verb cue that make it passive ("was shot", "got wounded"): the one hit is its subject
    passive_aux: Patterns = field(default=())
    # the word that brings in the doer after a passive verb ("shot by another teen"): that person is the shooter
    agent_before: Patterns = field(default=())
    # words joining two verb cues that share one count ("shot and wounded five"), besides a comma
    verb_joiners: Patterns = field(default=())
    # a count written as a word before the happening's noun ("a triple homicide": three dead): the words and their
    # numbers (lower case), the nouns per field ("quadruple shooting": four hit), and what adds the killer's own
    # death ("a double murder-suicide": three dead)
    tally_words: dict[str, int] = field(default_factory=dict)
    tally_nouns: dict[str, Patterns] = field(default_factory=dict)
    tally_plus_one: Patterns = field(default=())
    # plural nouns for people after a count: "a young boy and four adults were injured" is five
    people_after: Patterns = field(default=())
    # before a hurt cue, a relative clause whose subject dies later in the sentence ("a woman who was wounded ...
    # has died", "the man injured in a shooting last week died"): one person, killed
    relative_before: Patterns = field(default=())
    # a death named with no count ("a fatal shooting", "her son's shooting death"): at least one killed, for an
    # event whose text counts no dead
    implied_death: Patterns = field(default=())
    # words that open no speaker's name before a speech verb (prepositions, conjunctions): "de" is a preposition in
    # French and Spanish but an article in Dutch ("De politie meldt")
    not_speaker_start: Patterns = field(default=("de", "à", "en", "que", "dass"))
    # ordinal words and their values: "a seventh victim", "an 8th teen was injured" add a person to a count of that many
    # before ("\d+(?:st|nd|rd|th)" digits are read by the code)
    ordinals: dict[str, int] = field(default_factory=dict)
    # the people an ordinal or an addition word names ("victim", "person", "man", "teen")
    added_people: Patterns = field(default=())
    # words before such a person that add one to the count told before ("an additional victim", "one more man")
    added_before: Patterns = field(default=())
    # a clause before a cue whose new subject is "also" hit ("Gino Nicolas, 24, was also", "A woman was also"): one more
    # than a person told one by one before
    also_subject: Patterns = field(default=())
    # words telling a hurt person apart from the dead of the same report ("his brother", "the suspect", "also"), beside
    # `second_person` and `alive_after`: a lone hurt person told without them in a deadly report is the one who died
    told_apart: Patterns = field(default=())
    # False for scripts written without spaces between words (Chinese, Japanese): cues match inside runs of
    # characters, and figures are read by `extract.cjk_figures`
    spaced: bool = True
    # words that end a source's name after its cue when no comma does ("Według policji zginęły", "Secondo fonti
    # locali tre persone", "أفادت مصادر طبية بمقتل"): verbs, auxiliaries, counts; empty keeps the comma rule alone
    source_stops: Patterns = field(default=())
    # a count of casualties, the dead and the hurt together ("12人伤亡"): with one of the two told as its part
    # ("其中3人死亡") the rest are the other; alone it counts neither (read by `extract.cjk_figures`)
    killed_or_injured: Patterns = field(default=())
    # words trimmed off a speaker's phrase in scripts without spaces (`extract.cjk_sources`): time words and links that
    # open it ("当地时间17日", "此外"), adverbs and days right before its verb ("也", "周五")
    source_trim: tuple[Patterns, Patterns] = field(default=((), ()))
    # injured cues that tell no one hurt without a person beside them ("It hurt my heart", "a man shoots at"): never
    # read alone as one injured in a report with no count (`figures.implied_hurt`)
    not_hurt_alone: Patterns = field(default=())
    # words right before an injured cue that make it a thing, not a person hit ("he heard one shot", "a warning shot")
    not_hurt_before: Patterns = field(default=())
    # lower-case words after a count that name no group of its people ("people", "others", "12 osób", "5 innych"): the
    # count stays a whole, not a part named by that word (`figures._noun_after`)
    no_group_after: tuple[str, ...] = ()
    # injured cues that tell the condition of the hurt ("in critical condition", "treated for minor injuries"): counts
    # of the hurt listed one after another by condition in a sentence are parts of one count (`figures._conditions`)
    condition_cues: Patterns = field(default=())
    # a happening whose name tells that the killer died too ("murder-suicide"), and the words before it that leave it
    # untold ("attempted", "whether it was"): one person killed in it is two dead (`event_figures._killer_died`)
    killer_died: Patterns = field(default=())
    killer_died_not: Patterns = field(default=())
    # one person named in a list set between commas after a count ("three victims, a 25-year-old man, a 26-year-old man
    # and a 33-year-old man, were transported"): the list is skipped between the count and its verb
    listed_person: Patterns = field(default=())
    # words opening a source's phrase that are no part of its name (`extract.attribution`): links before it ("bu arada",
    # "также"; English ones are the code's), then what the source gave or a preposition ("informacji PAP", "в МВД")
    source_leading: tuple[Patterns, Patterns] = field(default=((), ()))


# Languages with a rule table of their own; any other is read with the English one.
RULE_LANGUAGES = frozenset({"en", "fr", "es", "de", "ar", "tr", "it", "pt", "ru", "pl", "nl", "uk", "zh", "ja"})


def has_rules(language: str | None) -> bool:
    """Whether `language` has its own rule table (else figures, sources and actors are read with English rules)."""
    return (language or "en")[:2].lower() in RULE_LANGUAGES


@cache
def table_for(language: str | None) -> LanguageTable:
    """The table for `language`; English when the language has none."""
    from newsweave.extract import (
        tables_ar,
        tables_de,
        tables_en,
        tables_es,
        tables_fr,
        tables_it,
        tables_ja,
        tables_nl,
        tables_pl,
        tables_pt,
        tables_ru,
        tables_tr,
        tables_uk,
        tables_zh,
    )

    known = {
        "en": tables_en.TABLE,
        "fr": tables_fr.TABLE,
        "es": tables_es.TABLE,
        "de": tables_de.TABLE,
        "ar": tables_ar.TABLE,
        "tr": tables_tr.TABLE,
        "it": tables_it.TABLE,
        "pt": tables_pt.TABLE,
        "ru": tables_ru.TABLE,
        "pl": tables_pl.TABLE,
        "nl": tables_nl.TABLE,
        "uk": tables_uk.TABLE,
        "zh": tables_zh.TABLE,
        "ja": tables_ja.TABLE,
    }
    return known.get((language or "en")[:2].lower(), tables_en.TABLE)


@lru_cache(maxsize=4096)
def compile_any(patterns: Patterns, prefix: str = r"(?<!\w)", suffix: str = r"(?!\w)") -> re.Pattern[str]:
    """One case-insensitive alternation of `patterns`, longest first, bounded by non-word characters."""
    ordered = sorted(patterns, key=len, reverse=True)
    body = "|".join(f"(?:{p})" for p in ordered) or r"(?!x)x"
    return re.compile(f"{prefix}(?:{body}){suffix}", re.IGNORECASE)
