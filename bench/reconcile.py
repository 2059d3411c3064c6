"""Reconciliation benchmark on GVA incidents reported by several articles: are the reconciled figures right?

    python bench/reconcile.py [--limit N]

For each gold incident with 2+ reports (SemEval-2018 Task 5 / Gun Violence Archive, ../shared/data/gva), every
report is read as `newsweave analyze` reads it (cleaned, annotated and extracted in one batch, inside its outlet's
home region learned from that batch), its main event is taken, and `reconcile` merges them (gold grouping, so this
measures extraction + reconciliation, not clustering). A report cleaning refuses adds nothing. The reconciled
`best` killed / injured is compared with GVA's num_killed / num_injured, against two one-report baselines: the
earliest report's own figure, and the figure most reports state (a plain vote). The reconciled date is compared
with GVA's date, against the earliest report's own event date. Also counted: incidents given a figure or date
conflict (GVA has one truth for each, so these are mostly extraction errors made visible, or real discrepancies
between reports).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newsweave.annotate import annotate_many  # noqa: E402
from newsweave.clean import clean  # noqa: E402
from newsweave.errors import InputError  # noqa: E402
from newsweave.models import Article, ArticleEvent, Claim, Document  # noqa: E402
from newsweave.options import Options  # noqa: E402
from newsweave.pipeline import extract_each  # noqa: E402
from newsweave.place_outlets import outlet_homes  # noqa: E402
from newsweave.reconcile import group_of, reconcile  # noqa: E402
from newsweave.store import Extraction  # noqa: E402

GVA = REPO.parent / "shared" / "data" / "gva"
FIELDS = ("killed", "injured")


def load(limit: int) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    incidents = {i["incident_id"]: i for i in map(json.loads, (GVA / "incidents.jsonl").open())}
    docs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in map(json.loads, (GVA / "documents.jsonl").open()):
        docs[doc["incident_id"]].append(doc)
    multi = sorted(i for i, ds in docs.items() if len(ds) >= 2 and i in incidents)
    return [(incidents[i], sorted(docs[i], key=lambda d: (d["dct"] or "", d["doc_id"]))) for i in multi[:limit]]


def article(doc: dict[str, Any], options: Options) -> Article | None:
    """The report as `analyze` reads it, or None when cleaning refuses it."""
    raw = Document(doc["doc_id"], doc["text"], id=doc["doc_id"][:10], url=doc["url"], language="en",
                   published=doc["dct"], title=doc["title"])
    try:
        return clean(raw, options)
    except InputError:
        return None


def main_event(extraction: Extraction) -> tuple[ArticleEvent | None, list[Claim]]:
    events, claims = extraction
    main = next((e for e in events if e.main), None)
    return main, [c for c in claims if main is not None and c.event == main.id]


def read_all(cases: list[tuple[dict[str, Any], list[dict[str, Any]]]]) -> list[list[tuple[Article, Extraction]]]:
    """Every incident's readable reports with their extraction, all read in one batch as `analyze` does."""
    options = Options()
    per_case = [[a for a in (article(d, options) for d in docs) if a is not None] for _, docs in cases]
    articles = [a for case in per_case for a in case]
    annotations = annotate_many(articles)
    homes = outlet_homes(articles, annotations)
    extracted = iter(extract_each(list(zip(articles, annotations, strict=True)), homes))
    return [[(a, next(extracted)) for a in case] for case in per_case]


def report_figure(claims: list[Claim], field: str) -> int:
    """One report alone: its largest total for the field (0 when it states none)."""
    totals = [int(c.value) for c in claims if c.field == field and isinstance(c.value, int) and group_of(c) is None]
    parts = [int(c.value) for c in claims if c.field == field and isinstance(c.value, int) and group_of(c)]
    return max(totals) if totals else sum(parts)


def run(limit: int) -> dict[str, Any]:
    cases = load(limit)
    started = time.perf_counter()
    out = score_all(cases, read_all(cases))
    out["seconds"] = round(time.perf_counter() - started, 1)
    return out


def score_all(
    cases: list[tuple[dict[str, Any], list[dict[str, Any]]]], read: list[list[tuple[Article, Extraction]]]
) -> dict[str, Any]:
    """The share of incidents whose reconciled figures and date equal the record (no report read: a miss)."""
    score: Counter[str] = Counter()
    conflicts = Counter[str]()
    for (incident, _), reports in zip(cases, read, strict=True):
        articles = [a for a, _ in reports]
        extracted = [main_event(x) for _, x in reports]
        members = [m for m, _ in extracted if m is not None]
        if not members:
            continue
        claims = [c for _, cs in extracted for c in cs]
        event = reconcile("e1", members, claims, articles)
        conflicts["with_figure_conflict"] += any(c.field in FIELDS for c in event.conflicts)
        conflicts["with_date_conflict"] += any(c.field == "date" for c in event.conflicts)
        gold_day = datetime.strptime(incident["date"], "%B %d, %Y").date().isoformat()
        score["date_reconciled"] += bool(event.date and event.date.value == gold_day)
        first = next((m.date for m, _ in extracted if m is not None), None)
        score["date_earliest_report"] += first == gold_day
        best = {f.field: f.best for f in event.figures}
        for field in FIELDS:
            gold = int(incident[f"num_{field}"])
            per_report = [report_figure(cs, field) for _, cs in extracted]
            vote = Counter(per_report).most_common(1)[0][0] if per_report else 0
            score[f"{field}_reconciled"] += best.get(field, 0) == gold
            score[f"{field}_earliest_report"] += (per_report[0] if per_report else 0) == gold
            score[f"{field}_vote"] += vote == gold
    n = len(cases)
    out: dict[str, Any] = {k: round(v / n, 3) for k, v in sorted(score.items())}
    out.update(incidents=n, reports=sum(len(d) for _, d in cases), read=sum(map(len, read)), **conflicts)
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=120, help="number of multi-report incidents")
    print(json.dumps(run(parser.parse_args().limit), indent=2))
