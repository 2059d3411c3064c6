"""Extraction on the Gun Violence Archive reports: each report's main event against its incident record.

    python bench/extract_gva.py [--limit N] [--split dev|test|all]

Each text goes through newsweave's own `clean` first, as `newsweave analyze` would read it; a text that
cleaning refuses (a sign-up box, a video page) stays in the denominator and scores "refused" on every field.

Split: an incident is in the dev half when the SHA-1 of its incident_id is even (the first byte's low bit),
the test half otherwise; every report of an incident goes with it. Only reports with a structured record and
a non-empty text are scored.

Scoring per report (the main event, `main=True`):
- killed / injured: the event's figure compared exactly to num_killed / num_injured; the figure is the
  first total in reading order (a claim with no group: usually the lede's summary), else the sum of the
  group parts, else 0 when the text gives none. The rows "killed, best" and "injured, best" score instead the
  figure a user of `newsweave analyze` sees for that report alone: the `best` of the main event reconciled by
  itself (`newsweave.reconcile.event.reconcile`), which weighs headline, lede, revisions and survivors.
- date: the event's date equals the incident date (day precision).
- place: the event's place lies within 25 km of the record's city (`newsweave.places.lookup`, inside the
  record's state: a city cities500 lacks there is "gold city not in gazetteer", not a namesake or a sound-alike
  in another state).
  Outlet homes (`newsweave.place_outlets.outlet_homes`) are learned from the whole batch (no labels), as the
  pipeline does: each report's places are resolved again inside its outlet's home region.
Speed covers annotate + extract (spaCy included) as the pipeline runs them, big batches in worker processes
(one per core); peak memory adds the workers' peaks to this process's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

from newsweave.annotate import annotate_many
from newsweave.clean import clean
from newsweave.errors import InputError
from newsweave.models import Article, ArticleEvent, Claim, Document, Place
from newsweave.options import Options
from newsweave.pipeline import extract_each
from newsweave.place_outlets import outlet_homes
from newsweave.places import distance_km, lookup
from newsweave.reconcile.event import reconcile
from newsweave.workers import MIN_ITEMS
from speed import peak_mb as peak  # this process and its worker processes

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "gva"


def in_split(incident_id: str, split: str) -> bool:
    even = hashlib.sha1(incident_id.encode()).digest()[0] % 2 == 0
    return split == "all" or (split == "dev") == even


def load(split: str, limit: int | None) -> list[tuple[Article | None, dict[str, object]]]:
    """(cleaned article, or None when cleaning refused the text; its incident record) per scored report."""
    incidents = {}
    for line in (DATA / "incidents.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        incidents[str(record["incident_url"]).rstrip("/").rsplit("/", 1)[-1]] = record
    pairs: list[tuple[Article | None, dict[str, object]]] = []
    options = Options()
    for line in (DATA / "documents.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        record = incidents.get(doc["incident_id"])
        if record is None or not doc["text"].strip() or not in_split(doc["incident_id"], split):
            continue
        raw = Document(doc["doc_id"], doc["text"], id=doc["doc_id"], url=doc["url"], language="en",
                       published=doc["dct"], title=doc["title"])
        try:
            article: Article | None = clean(raw, options)
        except InputError:
            article = None
        pairs.append((article, record))
    return pairs[:limit] if limit else pairs


def figure(claims: list[Claim], field: str) -> int:
    totals = [int(c.value) for c in claims if c.field == field and c.group is None and isinstance(c.value, int)]
    if totals:
        return totals[0]
    return sum(int(c.value) for c in claims if c.field == field and isinstance(c.value, int))


def iso(date_text: str) -> str:
    return datetime.strptime(date_text, "%B %d, %Y").date().isoformat()


def score_place(place: Place | None, record: dict[str, object]) -> str:
    if place is None:
        return "no place"
    gold = lookup(str(record["city_or_county"]), "US", str(record["state"]))
    if gold is None:
        return "gold city not in gazetteer"
    km = distance_km(place, gold)
    return "ok" if km is not None and km <= 25 else "far"


def outcome(got: int, gold: int) -> str:
    return "ok" if got == gold else ("none found" if got == 0 else ("over" if got > gold else "under"))


def score(event: ArticleEvent, claims: list[Claim], record: dict[str, object]) -> dict[str, str]:
    mine = [c for c in claims if c.event == event.id]
    result = {}
    for field, gold_key in (("killed", "num_killed"), ("injured", "num_injured")):
        result[field] = outcome(figure(mine, field), int(record[gold_key]))  # type: ignore[call-overload]
    gold_date = iso(str(record["date"]))
    if event.date is None:
        result["date"] = "no date"
    elif event.date == gold_date:
        result["date"] = "ok"
    else:
        result["date"] = "coarser" if gold_date.startswith(event.date) else "other day"
    result["place"] = score_place(event.place, record)
    return result


def score_best(article: Article, event: ArticleEvent, claims: list[Claim], record: dict[str, object]) -> dict[str, str]:
    """The figures as the product reports them for this one report: its main event reconciled alone."""
    mine = [c for c in claims if c.event == event.id]
    figures = {f.field: f.best or 0 for f in reconcile(event.id, [event], mine, [article]).figures}
    result = {}
    for field, gold_key in (("killed", "num_killed"), ("injured", "num_injured")):
        result[f"{field}, best"] = outcome(int(figures.get(field, 0)), int(record[gold_key]))  # type: ignore[call-overload]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    args = parser.parse_args()
    pairs = load(args.split, args.limit)
    n = len(pairs)
    fields = ("killed", "injured", "date", "place", "killed, best", "injured, best")
    outcomes: dict[str, Counter[str]] = {k: Counter() for k in fields}
    for key in outcomes:
        outcomes[key]["refused"] = sum(1 for a, _ in pairs if a is None)
    read = [(a, r) for a, r in pairs if a is not None]
    articles = [a for a, _ in read]
    warm = articles[: 4 * MIN_ITEMS]
    list(extract_each(list(zip(warm, annotate_many(warm), strict=True)), {}))  # load the models before timing
    start = time.perf_counter()
    annotations = annotate_many(articles)
    homes = outlet_homes(articles, annotations)
    extracted = list(extract_each(list(zip(articles, annotations, strict=True)), homes))
    spent = time.perf_counter() - start
    for (article, record), (events, claims) in zip(read, extracted, strict=True):
        main, mine = events[0], list(claims)
        for key, value in (score(main, mine, record) | score_best(article, main, mine, record)).items():
            outcomes[key][value] += 1
    peak_mb = peak()
    print(
        f"GVA {args.split}: {n} reports ({n - len(read)} refused by clean), "
        f"{len(read) / spent:.1f} articles/s (annotate + extract), peak RSS {peak_mb:.0f} MB"
    )
    print(f"outlet homes learned from the batch (no labels): {len(homes)} hosts")
    print(f"{'field':13} {'accuracy':>9}  misses")
    for key, counts in outcomes.items():
        misses = ", ".join(f"{k} {v}" for k, v in counts.most_common() if k != "ok")
        print(f"{key:13} {100 * counts['ok'] / n:8.1f}%  {misses}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
