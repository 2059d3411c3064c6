"""The fitted e5 head of event typing (taxonomy/head.py) and the gate that decides where it may speak.

Real text is read at test time: CASE 2021 snippets of the dev half only (odd rows, the half the head was fitted
on), MEANTIME business and world news, and GVA reports; nothing of CASE's held-out half is read here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.typing import NDArray

from newsweave.taxonomy import ALL_TYPES, CASE_TO_TYPE, classify_many, parent, scorer
from newsweave.taxonomy import head as head_module
from newsweave.taxonomy.head import HEAD_FILE, head, label_types, softmax, type_probabilities
from newsweave.taxonomy.tables import ORDINARY_CRIME

Probs = NDArray[np.float32]


def _dev_rows(data_dir: Path) -> list[tuple[str, str]]:
    path = data_dir / "case2021_task2" / "test_set_final_release_with_labels.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    return [(r[1], r[2]) for i, r in enumerate(rows) if i % 2 == 1 and len(r) >= 3]


def _gva_texts(data_dir: Path, n: int = 200) -> list[str]:
    with (data_dir / "gva" / "documents.jsonl").open(encoding="utf-8") as lines:
        docs = [json.loads(line) for _, line in zip(range(n), lines, strict=False)]
    return [f"{d['title'] or ''}. {d['text'][:1500]}" for d in docs]


def _meantime_english(data_dir: Path) -> list[str]:
    docs: dict[str, list[str]] = {}
    for line in (data_dir / "meantime" / "en" / "meantime.conll").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 4 and not line.startswith("#"):
            docs.setdefault(cols[0], []).append(cols[3])
    return [" ".join(tokens)[:1500] for _, tokens in sorted(docs.items())]


def _spy(monkeypatch: pytest.MonkeyPatch, answer: int | None = None) -> list[int]:
    """Count the texts the head is asked about; with `answer`, reply all mass on that type instead of e5."""
    asked: list[int] = []
    real = head_module.type_probabilities

    def spy(texts: Sequence[str]) -> Probs:
        asked.append(len(texts))
        if answer is None:
            return real(texts)
        out = np.zeros((len(texts), len(ALL_TYPES)), dtype=np.float32)
        out[:, answer] = 1.0
        return out

    monkeypatch.setattr(scorer, "type_probabilities", spy)
    return asked


def test_every_case_label_spreads_to_known_types() -> None:
    for label in CASE_TO_TYPE:
        types = label_types(label)
        assert types and all(t in ALL_TYPES for t in types)
    assert set(label_types("ATTACK")) == {"attack", "shooting", "homicide"}
    assert {parent(t) for t in label_types("ORG_CRIME")} == {"crime"}


@settings(max_examples=50, deadline=None)
@given(st.lists(st.floats(-1e4, 1e4, allow_nan=False), min_size=2, max_size=30))
def test_softmax_is_a_distribution_even_for_large_logits(row: list[float]) -> None:
    probs = softmax(np.array([row], dtype=np.float32))
    assert np.all(np.isfinite(probs)) and np.all(probs >= 0)
    assert abs(float(probs.sum()) - 1.0) < 1e-4


def test_shipped_head_is_package_data_fitted_on_the_dev_half_labels(data_dir: Path) -> None:
    """The weights ship inside the package (pyproject's package-data takes data/*) and load with no network."""
    assert (Path(scorer.__file__).parents[1] / HEAD_FILE).stat().st_size < 100_000
    fitted = head()
    assert fitted.weights.shape[1] == 384 and fitted.weights.shape[0] == fitted.bias.shape[0]
    assert fitted.weights.shape[0] == len({g for _, g in _dev_rows(data_dir)})


def test_head_reads_real_dev_snippets(data_dir: Path) -> None:
    rows = _dev_rows(data_dir)
    labels = ("AIR_STRIKE", "PEACE_PROTEST", "ARMED_CLASH")
    texts = [next(t for t, g in rows if g == label) for label in labels]
    probs = type_probabilities(texts)
    assert probs.shape == (3, len(ALL_TYPES))
    assert [ALL_TYPES[int(np.argmax(p))] for p in probs] == ["air_strike", "peaceful_protest", "armed_clash"]
    assert type_probabilities([]).shape == (0, len(ALL_TYPES))


def test_head_is_not_asked_about_sure_texts(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Texts whose keywords decide alone never reach the (slow) e5 head."""
    sure = [t for t, g in _dev_rows(data_dir) if g == "CHEM_WEAP" and scorer._sure(scorer._keyword_totals(t, "en"))]
    assert sure
    asked = _spy(monkeypatch)
    assert [t for t, _, _ in classify_many(sure[:2], ["en"] * 2)] == ["chemical_weapon"] * 2
    assert asked == []


def test_business_news_stays_other(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The head never turns news the other scorers call `other` into an incident: MEANTIME's Wikinews stories
    (markets, companies) keep their type even when the head is made to vote for an air strike on everything."""
    texts = _meantime_english(data_dir)[:60]
    monkeypatch.setattr(scorer, "_head_mask", lambda *_: None)
    without = [t for t, _, _ in classify_many(texts, ["en"] * len(texts))]
    monkeypatch.undo()
    _spy(monkeypatch, answer=ALL_TYPES.index("air_strike"))
    with_head = [t for t, _, _ in classify_many(texts, ["en"] * len(texts))]
    assert without.count("other") >= 40
    assert all(b == "other" for a, b in zip(without, with_head, strict=True) if a == "other")


def test_police_stories_are_not_asked(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A GVA report told by the police ("police said", "the sheriff") keeps the rules' crime type."""
    texts = [t for t in _gva_texts(data_dir) if re.search(ORDINARY_CRIME["en"], t.lower())][:20]
    assert len(texts) == 20
    assert all(scorer._ordinary_crime(t, "en", scorer._keyword_totals(t, "en")) for t in texts)
    asked = _spy(monkeypatch)
    classify_many(texts, ["en"] * len(texts))
    assert sum(asked) == 0


@pytest.mark.parametrize(
    ("cue", "language"),
    [
        ("police said", "en"),
        ("according to police", "en"),
        ("officers responded", "en"),
        ("the sheriff", "en"),
    ],
)
def test_english_police_story_cues_on_real_reports(data_dir: Path, cue: str, language: str) -> None:
    text = next(t for t in _gva_texts(data_dir, 400) if cue in t.lower())
    assert re.search(ORDINARY_CRIME[language], text.lower())


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Le suspect a été interpellé samedi, selon la police.", "fr"),
        ("El sospechoso fue detenido el sábado, según la policía.", "es"),
        ("Laut Polizei wurde der Verdächtige am Samstag festgenommen.", "de"),
        ("قالت الشرطة إن المشتبه به اعتقل يوم السبت.", "ar"),
        ("Şüpheli cumartesi günü gözaltına alındı.", "tr"),
    ],
)
def test_police_story_cues_per_language(sentence: str, language: str) -> None:
    assert scorer._ordinary_crime(sentence, language, np.zeros(len(ALL_TYPES)))


def test_mask_keeps_to_categories_with_evidence(data_dir: Path) -> None:
    """The head may only re-rank types of the categories the keywords (or the current type) point to."""
    text = next(t for t, g in _dev_rows(data_dir) if g == "AIR_STRIKE")
    keywords = scorer._keyword_totals(text, "en")
    mask = scorer._head_mask(text, "en", keywords, "air_strike")
    assert mask is not None
    allowed = {parent(t) for t, m in zip(ALL_TYPES, mask, strict=True) if m}
    assert "explosions_remote_violence" in allowed and "other" not in allowed and "protests" not in allowed
    assert scorer._head_mask(text, "en", keywords, "other") is None


def _asked_protest(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str, NDArray[np.float64]]:
    """A real protest snippet the head is asked about: its type without the head, and the head's mask."""
    for text, gold in _dev_rows(data_dir):
        keywords = scorer._keyword_totals(text, "en")
        if gold != "PEACE_PROTEST" or scorer._sure(keywords, scorer.HEAD_MARGIN):
            continue
        with monkeypatch.context() as patch:
            patch.setattr(scorer, "HEAD_MARGIN", 0.0)  # every text is sure enough: the head is never asked
            without = classify_many([text], ["en"])[0][0]
        mask = scorer._head_mask(text, "en", keywords, without)
        if mask is not None:
            return text, without, mask
    raise AssertionError("no protest snippet of the dev half reaches the head")


def test_head_abstains_rather_than_demote_an_incident(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A head voting for a type it may not promote finds no evidence: the text keeps the type it had without it."""
    text, without, mask = _asked_protest(data_dir, monkeypatch)
    assert without != "other"
    forbidden = next(i for i, m in enumerate(mask) if not m)
    asked = _spy(monkeypatch, answer=forbidden)
    assert classify_many([text], ["en"])[0][0] == without
    assert asked == [1]
