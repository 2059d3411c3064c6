"""Round 8 of event typing: the e5 head is fitted on the CASE dev half plus our own authored examples
(`scripts/event_type_examples.jsonl`), short news snippets written for this project for each of the 30 CASE labels.

Real text is read at test time: CASE 2021 snippets of the dev half only (odd rows); nothing of CASE's held-out
half is read here. The fresh sentences below were written for these tests and are in no training file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from newsweave.taxonomy import ALL_TYPES, CASE_TO_TYPE, parent
from newsweave.taxonomy.head import head, type_probabilities
from repo_scripts import load_script

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "scripts" / "event_type_examples.jsonl"


def _examples() -> list[dict[str, str]]:
    return [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]


def _dev_rows(data_dir: Path) -> list[tuple[str, str]]:
    path = data_dir / "case2021_task2" / "test_set_final_release_with_labels.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    return [(r[1], r[2]) for i, r in enumerate(rows) if i % 2 == 1 and len(r) >= 3]


def _runs(text: str, n: int = 7) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_authored_examples_cover_every_case_label() -> None:
    """At least 20 distinct snippets for each of the 30 CASE labels, and no label CASE does not have."""
    rows = _examples()
    counts: dict[str, int] = {}
    for row in rows:
        assert set(row) == {"label", "text"} and len(row["text"]) > 30
        counts[row["label"]] = counts.get(row["label"], 0) + 1
    assert set(counts) == set(CASE_TO_TYPE)
    assert min(counts.values()) >= 20
    assert len({row["text"] for row in rows}) == len(rows)


def test_authored_examples_are_not_case_text(data_dir: Path) -> None:
    """Our examples share no run of seven words with a CASE dev-half snippet: they are written, not copied."""
    case = set().union(*(_runs(text) for text, _ in _dev_rows(data_dir)))
    assert not [row["text"] for row in _examples() if _runs(row["text"]) & case]


def test_training_script_reads_the_examples() -> None:
    """`scripts/train_event_type.py` reads the same file, in file order, as (text, CASE label)."""
    script = load_script("train_event_type")
    rows = script.examples()
    assert rows == [(row["text"], row["label"]) for row in _examples()]
    assert 0 < script.EXAMPLE_WEIGHT <= 1


def test_authored_examples_weigh_less_than_case_rows() -> None:
    """A toy label seen only in the authored rows is learnt, but CASE rows outweigh authored rows that disagree."""
    script = load_script("train_event_type")
    rng = np.random.default_rng(1)
    x = np.vstack([rng.normal((3.0, 0.0), 0.3, (12, 2)), rng.normal((-3.0, 0.0), 0.3, (12, 2))]).astype(np.float32)
    y = np.array(["AIR_STRIKE"] * 12 + ["PEACE_PROTEST"] * 12)
    extra_x = np.vstack([rng.normal((0.0, 3.0), 0.3, (12, 2)), rng.normal((3.0, 0.0), 0.3, (6, 2))]).astype(np.float32)
    extra_y = np.array(["GRENADE"] * 12 + ["PEACE_PROTEST"] * 6)
    model = script.fit(x, y, (extra_x, extra_y))
    assert list(model.predict(np.array([[0.0, 3.0], [3.0, 0.0]], dtype=np.float32))) == ["GRENADE", "AIR_STRIKE"]


def test_shipped_head_knows_every_case_label() -> None:
    """The shipped head was fitted on all 30 labels (the authored rows give rare ones like OTHER more weight)."""
    fitted = head()
    assert fitted.weights.shape == (len(CASE_TO_TYPE), 384)


def test_head_types_fresh_sentences() -> None:
    """Sentences in no training file (written for this test) get a type of the right category from the head."""
    cases = {
        "Villagers said an army jet dropped two bombs on the weekly cattle market, killing eleven traders.":
            "explosions_remote_violence",
        "Several thousand nurses walked through the city centre carrying banners about staff shortages.": "protests",
        "Masked men took a doctor from his clinic at gunpoint and drove off with him; his family has had no word.":
            "violence_against_civilians",
        "Heavy rains caused the river to overflow, sweeping away homes in four villages.": "disaster",
        "The two militias signed a truce in the presence of religious leaders, ending a month of fighting.":
            "strategic_developments",
    }
    probs = type_probabilities(list(cases))
    assert probs.shape == (len(cases), len(ALL_TYPES))
    got = [parent(ALL_TYPES[int(np.argmax(row))]) for row in probs]
    assert got == list(cases.values())
