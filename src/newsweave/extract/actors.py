"""Who did it and to whom: perpetrators with how certain the text is, and the victims' role.

Certainty follows the wording: "claimed responsibility" -> claimed, "attributed to" -> attributed,
"blamed on" -> blamed, "suspected" -> suspected, "by Daesh terrorists" -> stated (only when the phrase names an
armed group, so "by the police" or "by a car" are not perpetrators); "Shining Path guerrillas attacked" and
"members of the FMLN" are stated too (table key `stated_subject`: the group word is in the pattern itself), and
so is "during an FMLN ambush" (key `stated_named`: only groups the table writes with capitals, i.e. named ones).
Those two say what was done, so they mark `names_the_act`; more wordings (hedged ones, a named group as the
subject of an attack verb) are in `actor_tables.py`. A phrase that denies its verb ("No group has claimed"), names
only the act ("the resumption of rebel attacks") or only generic words ("the group") names no one; in wordings
that put the blame on someone, a state body or an organisation named by its head ("the Salvadoran Army accepted
responsibility", "blamed the army for") is a perpetrator whatever the case. In text all in capitals (wire copy,
MUC-4's TST3) case says nothing: stop words end a name whatever their case, and only phrases naming an armed group
are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsweave.extract.actor_tables import (
    ACT_NOUNS,
    DESCRIBES_ONLY,
    GENERIC_WORDS,
    LEADING_CUT,
    NAME_ENDS,
    NEGATIONS,
    ORGANISATION_HEADS,
    PERPETRATOR,
    TRAILING_CUT,
    WIRE_TAGS,
)
from newsweave.extract.tables import LanguageTable, Patterns, compile_any, table_for
from newsweave.models import Span

MAX_ACTOR_WORDS = 6
_CERTAINTY_ORDER = (
    "claimed",
    "claimed_owns",
    "claimed_act",
    "attributed",
    "attributed_org",
    "blamed",
    "blamed_org",
    "suspected",
    "suspected_group",
    "stated",
    "stated_org",
    "stated_subject",
    "stated_subject_group",
    "stated_named",
    "stated_named_subject",
)
_NAMES_THE_ACT = ("stated_subject", "stated_subject_group", "stated_named", "stated_named_subject")
# wordings that put the blame on someone: there a state body or an organisation named by its head is credible
_BLAMING = ("claimed", "claimed_owns", "attributed", "attributed_org", "blamed", "blamed_org", "stated_org")


@dataclass(frozen=True)
class ActorMention:
    role: str  # perpetrator | victim
    name: str
    span: Span
    certainty: str | None = None
    names_the_act: bool = False  # the wording itself says what was done ("FMLN guerrillas attacked", "an ELN ambush")


def _trim(phrase: str, table: LanguageTable) -> str:
    """Cut a captured phrase at the first stop word or open bracket, then drop generic words."""
    return _denoise(_cut(phrase, table), table)


def _cut(phrase: str, table: LanguageTable) -> str:
    """The name's words: a phrase captured before its verb (marked by a leading NUL) keeps the words after its
    last stop word; the name ends at the next stop word or count, and loses a trailing time word and stray
    brackets ("FMLN] URBAN COMMANDOS" in text whose line broke inside a bracket)."""
    shouting = _shouting(phrase)
    stops = compile_any(table.actor_stops, prefix=r"^", suffix=r"$") if table.actor_stops else None

    ends = _word_pattern(NAME_ENDS, _language(table) or "")

    def stop(w: str) -> bool:
        return bool(stops and (shouting or w == w.lower()) and stops.match(w))

    def end(w: str) -> bool:
        return stop(w) or bool(ends and (shouting or w == w.lower()) and ends.match(w))

    trailing = _word_pattern(TRAILING_CUT, _language(table) or "")
    if phrase.startswith("\x00"):
        words = phrase[1:].split()
        while len(words) > 1 and trailing and trailing.match(words[-1]):  # "... Unit tonight | claimed"
            words.pop()
        leading = _leading_cut(table)
        cut = max((i + 1 for i, w in enumerate(words) if stop(w) or (leading and leading.match(w))), default=0)
        # an article inside opens the name ("thus far this year the ELN"), unless it follows "of" ("Front of the")
        cut = max([cut, *(i for i, w in enumerate(words) if w.lower() == "the" and i and words[i - 1].lower() != "of")])
        phrase = " ".join(words[cut:])
    phrase = phrase.split("(")[0] if phrase.count("(") > phrase.count(")") else phrase
    words = phrase.split()
    tags = _word_pattern(WIRE_TAGS, _language(table) or "")
    while words and (re.fullmatch(r"\[[^\]]*\]", words[0]) or (tags and tags.match(words[0]))):
        words.pop(0)  # a speaker's or a wire's tag: "[Sorto]", "[Text]", "Text]" of a sentence cut inside it
    kept: list[str] = []
    for w in words[: MAX_ACTOR_WORDS + 4]:
        if kept and (end(w) or w.isdigit()):  # "مسلحون 40 مسافرا": a count ends the name
            break
        kept.append(w)
    opening = re.match(_OPENING, " ".join(kept), re.IGNORECASE)
    kept = kept[: MAX_ACTOR_WORDS + len(opening.group(0).split() if opening else ())]  # "guerrillas of the"
    while len(kept) > 1 and trailing and trailing.match(kept[-1]):
        kept.pop()
    return _balanced(" ".join(kept))


# an article and a group's members before the name, not counted in MAX_ACTOR_WORDS: "guerrillas of the Maoist ..."
_MEMBERS = r"(?:guerrillas|rebels|commandos|insurgents|members|militants|fighters|terrorists)"
_OPENING = rf"(?:(?:the|a|an) )?(?:{_MEMBERS} of (?:the )?)?"


def _balanced(name: str) -> str:
    """The name without brackets that open or close nothing inside it ("FMLN [", "[FMLN] URBAN" ->
    "FMLN URBAN"; "ELN [Army of National Liberation]" stays)."""
    drop: set[int] = set()
    for opening, closing in ("[]", "()"):
        stack: list[int] = []
        for i, c in enumerate(name):
            if c == opening:
                stack.append(i)
            elif c == closing:
                if stack:
                    stack.pop()
                else:
                    drop.add(i)
        drop.update(stack)
    kept = "".join(c for i, c in enumerate(name) if i not in drop)
    for opening, closing in ("[]", "()"):
        if kept.startswith(opening) and kept.find(closing) == len(kept) - 1:  # "[Fuerza Civica Gerardo Barrios]"
            kept = kept[1:-1]
    return re.sub(r"\s+", " ", kept).strip()


def _denoise(name: str, table: LanguageTable) -> str:
    """Drop the generic words of `actor_noise` ("the", "group", "members of")."""
    noise = [re.compile(p, re.IGNORECASE) for p in table.actor_noise]
    previous = None
    while previous != name:
        previous = name
        for rx in noise:
            name = rx.sub("", name).strip()
    return name.strip(" ,.'’\"")


def _shouting(phrase: str) -> bool:
    """Text in capitals only (wire copy, MUC-4's TST3): case tells nothing about names there."""
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


_LEADING_ACTOR = re.compile(r"^\(\?P<actor>(\[[^\]]*\])\{2,90\}\)")


def _matches(pattern: str, text: str, span: Span) -> list[tuple[str, Span]]:
    """(actor phrase, its span) for each match. A pattern that starts with the actor is run from its tail,
    taking the actor as the words before it: scanning a 90-character group from every position is slow."""
    lead = _LEADING_ACTOR.match(pattern)
    if lead is None:
        return [(m.group("actor"), m.span("actor")) for m in _compiled(pattern).finditer(text, span[0], span[1])]
    tail, allowed = _compiled(pattern[lead.end() :]), _compiled(lead.group(1) + "*$")
    found = []
    for m in tail.finditer(text, span[0], span[1]):
        window = text[max(span[0], m.start() - 90) : m.start()]
        head = allowed.search(window)
        if head and head.end() - head.start() >= 2:
            start = m.start() - (len(window) - head.start())
            found.append(("\x00" + text[start : m.start()], (start, m.start())))
    return found


@lru_cache(maxsize=64)
def _named_groups(patterns: tuple[str, ...]) -> tuple[str, ...]:
    """The armed-group patterns that name a group (with a capital), not describe one."""
    return tuple(p for p in patterns if re.search(r"[A-Z]", p))


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def perpetrators(text: str, sentence: Span, table: LanguageTable) -> list[ActorMention]:
    """Perpetrator mentions in a sentence, most certain wording first."""
    found: list[ActorMention] = []
    groups = compile_any(table.armed_groups, prefix=r"(?<![\w-])")
    named = compile_any(_named_groups(table.armed_groups), prefix=r"(?<![\w-])")
    extra = _extra(table)
    for certainty in _CERTAINTY_ORDER:
        for pattern in table.perpetrator.get(certainty, ()) + extra.get(certainty, ()):
            for phrase, where in _matches(pattern, text, sentence):
                cut = _cut(phrase, table)
                name = _after_group(_denoise(cut, table), groups)
                if _describes_only(name, table) or _negated(phrase, table) or _no_name(name, table):
                    continue
                organisation = certainty in _BLAMING and _organisation(cut, table)
                if (organisation or _credible(name, certainty, groups, named)) and (
                    certainty != "stated_named_subject" or _ends_named(name, table)
                ):
                    act = certainty in _NAMES_THE_ACT
                    found.append(ActorMention("perpetrator", name, where, certainty.split("_")[0], act))
    return _dedupe(found)


def _language(table: LanguageTable) -> str | None:
    """The language `actor_tables` lists whose table this is, if any."""
    listed = PERPETRATOR.keys() | LEADING_CUT.keys() | DESCRIBES_ONLY.keys()
    return next((lang for lang in sorted(listed) if table_for(lang) is table), None)


def _extra(table: LanguageTable) -> dict[str, Patterns]:
    """This language's wordings from `actor_tables.PERPETRATOR` (none for a language it does not list)."""
    return PERPETRATOR.get(_language(table) or "", {})


def _leading_cut(table: LanguageTable) -> re.Pattern[str] | None:
    """Words that end the dates and times before a name captured before its verb (`actor_tables.LEADING_CUT`)."""
    return _leading_cut_for(_language(table) or "")


@lru_cache(maxsize=16)
def _leading_cut_for(language: str) -> re.Pattern[str] | None:
    return _word_pattern(LEADING_CUT, language)


def _word_pattern(table: dict[str, tuple[str, ...]], language: str) -> re.Pattern[str] | None:
    """One word of a per-language word table, whole."""
    return _word_pattern_for(tuple(table.get(language, ())))


@lru_cache(maxsize=64)
def _word_pattern_for(words: tuple[str, ...]) -> re.Pattern[str] | None:
    return compile_any(words, prefix=r"^", suffix=r"$") if words else None


def _negated(phrase: str, table: LanguageTable) -> bool:
    """A phrase captured before its verb that denies it ("No group has yet", "the FMLN has not")."""
    negation = _word_pattern(NEGATIONS, _language(table) or "")
    return (
        phrase.startswith("\x00") and negation is not None and any(negation.match(w) for w in phrase[1:].split()[-8:])
    )


def _no_name(name: str, table: LanguageTable) -> bool:
    """Only grammar and generic words ("of", "who", "the group", "any"), a letter ("U" of "[the U.S.]"), or a
    phrase that ends by naming the act ("the resumption of rebel attacks", "perpetrating terrorist actions") is
    no one's name."""
    words = name.split()
    language = _language(table) or ""
    stops = _word_pattern_for(tuple(table.actor_stops) + ("of", "the", "an?", "or") + GENERIC_WORDS.get(language, ()))
    acts = _word_pattern(ACT_NOUNS, language)
    if sum(c.isalnum() for c in name) < 2 or (stops and all(stops.match(w) for w in words)):
        return True
    return bool(words and acts and acts.match(words[-1].strip("'’")))


def _organisation(name: str, table: LanguageTable) -> bool:
    """The name ends with an organisation's head ("the Salvadoran Army", "Zarate Willka group", "members of the
    armed forces"), read whatever its case."""
    heads = ORGANISATION_HEADS.get(_language(table) or "", ())
    return bool(heads) and _ends_with_head(name, tuple(heads))


@lru_cache(maxsize=16)
def _heads_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    return compile_any(heads, prefix=r"(?<![\w-])", suffix=r"$")


def _ends_with_head(name: str, heads: tuple[str, ...]) -> bool:
    return _heads_pattern(heads).search(name.strip(" ,.'’\"")) is not None


def _describes_only(name: str, table: LanguageTable) -> bool:
    """The name is only how the attackers looked or how many they were ("Unidentified", "Heavily armed"), as
    `actor_tables.DESCRIBES_ONLY` lists per language: it names no one."""
    pattern = _describes_only_for(_language(table) or "")
    return pattern is not None and pattern.fullmatch(name.strip()) is not None


@lru_cache(maxsize=16)
def _describes_only_for(language: str) -> re.Pattern[str] | None:
    words = DESCRIBES_ONLY.get(language, ())
    if not words:
        return None
    one = "|".join(f"(?:{w})" for w in words)
    return re.compile(rf"(?:(?:{one})(?:\s+|\s*,\s*|\s+and\s+)?)+", re.IGNORECASE)


def _ends_named(name: str, table: LanguageTable) -> bool:
    """The subject of an act is a named group: the name ends with one the table writes with capitals, in the
    case written there unless the text is all capitals ("IS" is a group, "is" a verb)."""
    patterns = _named_groups(table.armed_groups)
    flags = re.IGNORECASE if _shouting(name) else 0
    return any(re.search(rf"(?<![\w-])(?:{p})$", name, flags) for p in patterns)


def _credible(name: str, certainty: str, groups: re.Pattern[str], named: re.Pattern[str]) -> bool:
    """A name worth a claim: a bare "by X" or "an X attack" only for armed groups (named ones for the latter);
    otherwise an armed group or a capitalised name (capitals tell nothing in text all in capitals)."""
    is_group = groups.search(name) is not None
    needs_name = certainty in ("stated_named", "stated_named_subject")
    needs_group = certainty in ("stated", "suspected_group", "stated_subject_group")
    if not name or (needs_group and not is_group) or (needs_name and not named.search(name)):
        return False
    return is_group or (not _shouting(name) and re.search(r"[A-Z]", name) is not None)


def _after_group(name: str, groups: re.Pattern[str]) -> str:
    """Lower-case words after the last group word are no part of the name ("guerrillas dynamited" ->
    "guerrillas"; "FMLN urban guerrillas" stays)."""
    matches = list(groups.finditer(name))
    last = matches[-1] if matches else None
    if last is None or _shouting(name):
        return name
    tail = name[last.end() :]
    return name[: last.end()] if re.search(r"[^\W\d_]", tail) and tail == tail.lower() else name


def victims(text: str, sentence: Span, table: LanguageTable) -> list[ActorMention]:
    """The victims' role: an activity ("picking truffles" -> truffle hunters) or a role noun ("worshippers")."""
    found: list[ActorMention] = []
    for pattern, role in table.activities.items():
        for m in re.compile(pattern, re.IGNORECASE).finditer(text, sentence[0], sentence[1]):
            found.append(ActorMention("victim", role, m.span()))
    if not found and table.roles:
        for m in compile_any(table.roles).finditer(text, sentence[0], sentence[1]):
            found.append(ActorMention("victim", m.group(0).lower(), m.span()))
    return _dedupe(found)


def _dedupe(mentions: list[ActorMention]) -> list[ActorMention]:
    seen: set[str] = set()
    kept = []
    for a in mentions:
        if a.name.lower() not in seen:
            seen.add(a.name.lower())
            kept.append(a)
    return kept
