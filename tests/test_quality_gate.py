"""The quality gate: fixed subsets of the gold data, scored by the bench code, against stored floors.

Floors live in tests/quality_floors.json and only rise; a commit that lowers one must say why.
The subsets are small so the gate runs in CI; `bench/` measures the full sets.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO

FLOORS: dict[str, Any] = json.loads((REPO / "tests" / "quality_floors.json").read_text("utf-8"))
TOLERANCE = 1e-9


@pytest.fixture(scope="module")
def bench(data_dir: Path) -> Any:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import event_type
        import extract_gva
    finally:
        sys.path.pop(0)
    return extract_gva, event_type


def test_gva_extraction_stays_above_its_floors(bench: Any) -> None:
    from newsweave.annotate import annotate_many
    from newsweave.extract import extract

    extract_gva, _ = bench
    pairs = extract_gva.load("dev", 150)
    outcomes: dict[str, Counter[str]] = {k: Counter() for k in ("killed", "injured", "date", "place")}
    read = [(a, r) for a, r in pairs if a is not None]  # a text cleaning refuses is a miss on every field
    notes = annotate_many([a for a, _ in read])
    for (article, record), ann in zip(read, notes, strict=True):
        events, claims = extract(article, ann)
        for key, value in extract_gva.score(events[0], list(claims), record).items():
            outcomes[key][value] += 1
    floors = FLOORS["gva_extract_first_150_dev"]
    measured = {key: counts["ok"] / len(pairs) for key, counts in outcomes.items()}
    print("GVA gate:", {k: round(v, 3) for k, v in measured.items()})
    for key, floor in floors.items():
        assert measured[key] >= floor - TOLERANCE, f"{key}: {measured[key]:.3f} fell below its floor {floor}"


def test_case2021_event_typing_stays_above_its_floor(bench: Any, shared_dir: Path) -> None:
    from newsweave.taxonomy import classify_many, to_case

    _, event_type = bench
    rows = event_type.load(shared_dir)[:300]
    predicted = classify_many([text for text, _ in rows], ["en"] * len(rows))
    f1, _, _ = event_type.score([gold for _, gold in rows], [to_case(t) for t, _, _ in predicted], None)
    print(f"CASE gate: weighted F1 {f1:.3f}")
    assert f1 >= FLOORS["case2021_first_300_weighted_f1"] - TOLERANCE
