"""Extraction on the MUC-4 test sets (TST3 + TST4): incident type, perpetrator organisation, deaths.

    python bench/extract_muc4.py [--limit N]

Texts: TST4 in its original mixed case, TST3 as released (upper case: expect lower figures there, since
entity and name cues rely on capitals). Scoring is slot-level over messages, micro-averaged, on value sets:
- type: the MUC incident types of the message's templates vs the MUC types our article events map to
  (attack/shooting/armed_clash/homicide -> ATTACK, explosions -> BOMBING, abduction -> KIDNAPPING,
  fire/looting -> ARSON, robbery -> ROBBERY; other types give no MUC type);
- perpetrator: the key's PERP: ORGANIZATION ID strings (a "/" separates alternatives of one organisation) vs
  our `perpetrator` claims; a match when one name contains the other, case and articles ignored;
- deaths: the numeric HUM TGT: NUMBER of targets whose effect is DEATH vs the values of our `killed` claims.
Messages whose only template is "*" (no relevant incident) count for precision only.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from newsweave.annotate import annotate_many
from newsweave.extract import extract
from newsweave.models import Article, ArticleEvent, Claim

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "muc4" / "raw" / "muc34" / "TASK" / "CORPORA"
SETS = {"TST3": ("tst3/tst3-muc4", "tst3/key-tst3.v2"), "TST4": ("tst4/tst4-muc4.mixed-case", "tst4/key-tst4.v2")}
TO_MUC = {
    "attack": "ATTACK",
    "shooting": "ATTACK",
    "armed_clash": "ATTACK",
    "homicide": "ATTACK",
    "remote_explosive": "BOMBING",
    "suicide_bomb": "BOMBING",
    "grenade": "BOMBING",
    "air_strike": "BOMBING",
    "shelling": "BOMBING",
    "abduction": "KIDNAPPING",
    "fire": "ARSON",
    "looting_property_destruction": "ARSON",
    "robbery": "ROBBERY",
}


@dataclass
class Gold:
    types: set[str] = field(default_factory=set)
    perps: list[set[str]] = field(default_factory=list)
    deaths: set[int] = field(default_factory=set)


@dataclass
class Tally:
    tp_p: int = 0  # predictions that match
    pred: int = 0
    tp_r: int = 0  # gold values found
    gold: int = 0

    def row(self, name: str) -> str:
        p = self.tp_p / self.pred if self.pred else 0.0
        r = self.tp_r / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:12} {100 * p:6.1f} {100 * r:6.1f} {100 * f:6.1f}   (pred {self.pred}, gold {self.gold})"


def messages(path: Path) -> Iterator[tuple[str, str]]:
    parts = re.split(r"(?m)^(TST\d-MUC4-\d{4})\s*$", path.read_text(encoding="latin-1"))
    for i in range(1, len(parts) - 1, 2):
        yield parts[i], parts[i + 1].strip()


def _slots(block: str) -> dict[str, list[str]]:
    slots: dict[str, list[str]] = {}
    current = ""
    for line in block.splitlines():
        m = re.match(r"^\d+\.\s+([A-Z :]+?)\s{2,}(.*)$", line)
        if m:
            current = m.group(1).strip()
            slots[current] = [m.group(2).strip()]
        elif line.strip() and current:
            slots[current].append(line.strip())
    return slots


def keys(path: Path) -> dict[str, Gold]:
    gold: dict[str, Gold] = {}
    for block in re.split(r"\n\s*\n", path.read_text(encoding="latin-1")):
        slots = _slots(block)
        if "MESSAGE: ID" not in slots:
            continue
        g = gold.setdefault(slots["MESSAGE: ID"][0], Gold())
        if slots.get("MESSAGE: TEMPLATE", ["*"])[0].startswith("*"):
            continue
        g.types |= {v.split()[0] for v in slots.get("INCIDENT: TYPE", []) if v[:1].isalpha()}
        for value in slots.get("PERP: ORGANIZATION ID", []):
            names = {
                n.strip().strip('"').upper() for n in value.split("/") if n.strip().strip('"') not in ("", "-", "*")
            }
            if names:
                g.perps.append(names)
        g.deaths |= _deaths(slots)
    return gold


def _deaths(slots: dict[str, list[str]]) -> set[int]:
    dead = {m.group(1) for v in slots.get("HUM TGT: EFFECT OF INCIDENT", []) if (m := re.match(r"DEATH: (\".*\")", v))}
    counts = set()
    for v in slots.get("HUM TGT: NUMBER", []):
        m = re.match(r"(\d+)(?:-\d+)?: (\".*\")", v)
        if m and m.group(2) in dead:
            counts.add(int(m.group(1)))
    return counts


def _norm(name: str) -> str:
    return re.sub(r"^(?:THE|A|AN) ", "", re.sub(r"[^A-Z0-9 ]", " ", name.upper())).strip()


def _same_org(pred: str, gold: set[str]) -> bool:
    p = _norm(pred)
    return bool(p) and any(p in _norm(g) or _norm(g) in p for g in gold if _norm(g))


def score(gold: Gold, events: tuple[ArticleEvent, ...], claims: tuple[Claim, ...], t: dict[str, Tally]) -> None:
    types = {TO_MUC[e.type] for e in events if e.type in TO_MUC}
    t["type"].pred += len(types)
    t["type"].tp_p += len(types & gold.types)
    t["type"].gold += len(gold.types)
    t["type"].tp_r += len(types & gold.types)
    perps = {str(c.value) for c in claims if c.field == "perpetrator"}
    t["perpetrator"].pred += len(perps)
    t["perpetrator"].tp_p += sum(any(_same_org(p, g) for g in gold.perps) for p in perps)
    t["perpetrator"].gold += len(gold.perps)
    t["perpetrator"].tp_r += sum(any(_same_org(p, g) for p in perps) for g in gold.perps)
    deaths = {int(c.value) for c in claims if c.field == "killed" and isinstance(c.value, int)}
    t["deaths"].pred += len(deaths)
    t["deaths"].tp_p += len(deaths & gold.deaths)
    t["deaths"].gold += len(gold.deaths)
    t["deaths"].tp_r += len(deaths & gold.deaths)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="messages per test set")
    args = parser.parse_args()
    tallies = {name: {k: Tally() for k in ("type", "perpetrator", "deaths")} for name in (*SETS, "TST3+TST4")}
    start = time.perf_counter()
    n = 0
    for name, (text_file, key_file) in SETS.items():
        gold = keys(CORPORA / key_file)
        docs = list(messages(CORPORA / text_file))[: args.limit]
        articles = [Article(mid, mid, text, mid, language="en") for mid, text in docs]
        for article, ann in zip(articles, annotate_many(articles, today=date(1990, 1, 1)), strict=True):
            events, claims = extract(article, ann)
            for target in (name, "TST3+TST4"):
                score(gold.get(article.id, Gold()), events, claims, tallies[target])
        n += len(docs)
    print(f"MUC-4 slot scores, {n} messages, {time.perf_counter() - start:.0f} s")
    for name, t in tallies.items():
        print(f"\n{name}: {'slot':12} {'P':>6} {'R':>6} {'F1':>6}")
        for slot, tally in t.items():
            print("      " + tally.row(slot))


if __name__ == "__main__":
    main()
