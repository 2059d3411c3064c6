"""Who did it and to whom: perpetrators with how certain the text is, and the victims' role.

Certainty follows the wording: "claimed responsibility" -> claimed, "attributed to" -> attributed,
"blamed on" -> blamed, "suspected" -> suspected, "by Daesh terrorists" -> stated (only when the phrase names an
armed group, so "by the police" or "by a car" are not perpetrators); "Shining Path guerrillas attacked" and
"members of the FMLN" are stated too (table key `stated_subject`: the group word is in the pattern itself).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsweave.extract.tables import LanguageTable, compile_any
from newsweave.models import Span

MAX_ACTOR_WORDS = 6
_CERTAINTY_ORDER = ("claimed", "attributed", "blamed", "suspected", "stated", "stated_subject")


@dataclass(frozen=True)
class ActorMention:
    role: str  # perpetrator | victim
    name: str
    span: Span
    certainty: str | None = None


def _trim(phrase: str, table: LanguageTable) -> str:
    """Cut a captured phrase at the first stop word or open bracket, then drop generic words.

    A phrase captured before its verb (marked by a leading NUL) keeps the words after its last stop word."""
    if phrase.startswith("\x00"):
        words = phrase[1:].split()
        stops = compile_any(table.actor_stops, prefix=r"^", suffix=r"$") if table.actor_stops else None
        cut = max((i + 1 for i, w in enumerate(words) if stops and w.islower() and stops.match(w)), default=0)
        phrase = " ".join(words[cut:])
    phrase = phrase.split("(")[0] if phrase.count("(") > phrase.count(")") else phrase
    words = phrase.split()
    stops = compile_any(table.actor_stops, prefix=r"^", suffix=r"$") if table.actor_stops else None
    kept: list[str] = []
    for w in words[: MAX_ACTOR_WORDS + 4]:
        if stops and kept and w.islower() and stops.match(w):
            break
        kept.append(w)
    name = " ".join(kept[:MAX_ACTOR_WORDS])
    noise = [re.compile(p, re.IGNORECASE) for p in table.actor_noise]
    previous = None
    while previous != name:
        previous = name
        for rx in noise:
            name = rx.sub("", name).strip()
    return name.strip(" ,.'’\"")


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


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def perpetrators(text: str, sentence: Span, table: LanguageTable) -> list[ActorMention]:
    """Perpetrator mentions in a sentence, most certain wording first."""
    found: list[ActorMention] = []
    groups = compile_any(table.armed_groups, prefix=r"(?<![\w-])")
    for certainty in _CERTAINTY_ORDER:
        for pattern in table.perpetrator.get(certainty, ()):
            for phrase, where in _matches(pattern, text, sentence):
                name = _trim(phrase, table)
                named_group = groups.search(name) is not None
                if not name or (certainty == "stated" and not named_group):
                    continue
                if not named_group and not re.search(r"[A-Z]", name):
                    continue
                found.append(ActorMention("perpetrator", name, where, certainty.removesuffix("_subject")))
    return _dedupe(found)


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
