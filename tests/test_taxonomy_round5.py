"""Round 5 of event typing: the e5 head stays where the gate puts it (unsure conflict news, not police stories),
and `scripts/train_event_type.py --pipeline-cv` scores the whole scorer with out-of-fold head probabilities.

Real text is read at test time: CASE 2021 snippets of the dev half only (odd rows, the half the head was fitted
on) and GVA reports; nothing of CASE's held-out half is read here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from newsweave.taxonomy import ALL_TYPES, classify_many, scorer
from newsweave.taxonomy.head import label_types
from repo_scripts import load_script

REPO = Path(__file__).resolve().parents[1]


def _dev_rows(data_dir: Path) -> list[tuple[str, str]]:
    path = data_dir / "case2021_task2" / "test_set_final_release_with_labels.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    return [(r[1], r[2]) for i, r in enumerate(rows) if i % 2 == 1 and len(r) >= 3]


def _lead(text: str) -> float:
    """The keywords' lead of their best type over the runner-up, as `scorer._sure` reads it."""
    total = np.sort(scorer._keyword_totals(text, "en"))
    return float(total[-1] - max(total[-2], 0.0))


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the texts the head is asked about (uniform answers, so no e5 model is loaded)."""
    asked: list[int] = []

    def spy(texts: Sequence[str]) -> NDArray[np.float32]:
        asked.append(len(texts))
        return np.full((len(texts), len(ALL_TYPES)), 1.0 / len(ALL_TYPES), dtype=np.float32)

    monkeypatch.setattr(scorer, "type_probabilities", spy)
    return asked


def test_head_margin_does_not_reach_sure_texts(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Texts the keywords decide (lead of HEAD_MARGIN or more) never reach the e5 head."""
    sure = [t for t, _ in _dev_rows(data_dir) if _lead(t) >= scorer.HEAD_MARGIN][:20]
    assert len(sure) == 20
    asked = _spy(monkeypatch)
    classify_many(sure, ["en"] * len(sure))
    assert asked == []


def test_head_stays_cheap_on_police_stories(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """GVA reports (local police news) almost never reach the head: its cost stays on conflict news."""
    with (data_dir / "gva" / "documents.jsonl").open(encoding="utf-8") as lines:
        docs = [json.loads(line) for _, line in zip(range(200), lines, strict=False)]
    texts = [f"{d['title'] or ''}. {d['text'][:1500]}" for d in docs]
    asked = _spy(monkeypatch)
    classify_many(texts, ["en"] * len(texts))
    assert sum(asked) <= len(texts) // 20


def test_out_of_fold_probabilities_land_on_our_types() -> None:
    """`--pipeline-cv` hands the scorer each snippet's head probabilities on our types, as the shipped head does:
    three well separated toy labels come back on their own types (ATTACK spread over attack and crime)."""
    script = load_script("train_event_type")
    rng = np.random.default_rng(0)
    centres = {"AIR_STRIKE": (4.0, 0.0), "PEACE_PROTEST": (-4.0, 0.0), "ATTACK": (0.0, 4.0)}
    x = np.vstack([rng.normal(c, 0.3, (10, 2)) for c in centres.values()]).astype(np.float32)
    y = np.array([label for label in centres for _ in range(10)])
    probs = script.out_of_fold(x, y, 5)
    assert probs.shape == (30, len(ALL_TYPES))
    for row, label in zip(probs, y, strict=True):
        assert ALL_TYPES[int(np.argmax(row))] in label_types(str(label))
