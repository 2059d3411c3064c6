"""Who did it and to whom: perpetrators with how certain the text is, and the victims' role.

Certainty follows the wording: "claimed responsibility" -> claimed, "attributed to" -> attributed,
"blamed on" -> blamed, "suspected" -> suspected, "by Daesh terrorists" -> stated (only when the phrase names an
armed group, so "by the police" or "by a car" are not perpetrators).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsweave.extract.tables import LanguageTable, compile_any
from newsweave.models import Span

MAX_ACTOR_WORDS = 6
_CERTAINTY_ORDER = ("claimed", "attributed", "blamed", "suspected", "stated")


@dataclass(frozen=True)
class ActorMention:
    role: str  # perpetrator | victim
    name: str
    span: Span
    certainty: str | None = None


def _trim(phrase: str, table: LanguageTable) -> str:
    """Cut a captured phrase at the first stop word or open bracket, then drop generic words."""
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


def perpetrators(text: str, sentence: Span, table: LanguageTable) -> list[ActorMention]:
    """Perpetrator mentions in a sentence, most certain wording first."""
    found: list[ActorMention] = []
    groups = compile_any(table.armed_groups, prefix=r"(?<![\w-])")
    for certainty in _CERTAINTY_ORDER:
        for pattern in table.perpetrator.get(certainty, ()):
            for m in re.compile(pattern, re.IGNORECASE).finditer(text, sentence[0], sentence[1]):
                name = _trim(m.group("actor"), table)
                named_group = groups.search(name) is not None
                if not name or (certainty == "stated" and not named_group):
                    continue
                if not named_group and not re.search(r"[A-Z]", name):
                    continue
                found.append(ActorMention("perpetrator", name, m.span("actor"), certainty))
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
