"""language.detect: the right ISO 639-1 code on real news, the given code kept, gibberish refused."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.errors import UnknownLanguage
from newsweave.language import detect, detect_text, normalise_code
from newsweave.models import Article
from newsweave.options import Options


def article(text: str, language: str | None = None) -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(id="a1", origin="test-input", text=text, content_hash=digest, language=language)


def test_seeds_are_english(seeds_dir: Path) -> None:
    for seed in sorted(seeds_dir.glob("*.txt")):
        assert detect(article(seed.read_text(encoding="utf-8")), Options()).language == "en"


def test_gva_is_english(data_dir: Path) -> None:
    with (data_dir / "gva" / "documents.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    codes = [detect_text(row["text"]) for row in rows]
    assert codes.count("en") >= len(rows) - 2  # one crawl is a Spanish Facebook login page


def test_semeval_multilingual_sample(data_dir: Path) -> None:
    """Real news in en, de, es, fr, it, pl, tr, ar, ru, zh: cld2 on the paragraphs, lingua where unsure."""
    path = data_dir / "semeval2022_task8" / "partial_texts_train_subset" / "hfl_training_set_example.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))[:400]
    pairs = [(row[f"text{i}"], row[f"lang{i}"]) for row in rows for i in (1, 2) if row[f"text{i}"].strip()]
    right = sum(detect_text(text) == lang for text, lang in pairs)
    assert right / len(pairs) >= 0.98


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Police said two men were shot.", "en"),
        ("Les secours ont évacué une centaine d'habitants.", "fr"),
        ("La policía detuvo a dos hombres tras el tiroteo.", "es"),
        ("Die Polizei nahm am Dienstag zwei Männer fest.", "de"),
        ("قالت الشرطة إن رجلين أصيبا بجروح في إطلاق نار.", "ar"),
        ("Polis, saldırganın olay yerinden kaçtığını açıkladı.", "tr"),
        ("Три человека погибли в результате обстрела.", "ru"),
        ("政府周二宣布了新措施。", "zh"),
        ("Wanajeshi watatu waliuawa katika shambulio hilo.", "sw"),
    ],
)
def test_short_texts(text: str, code: str) -> None:
    assert detect(article(text), Options()).language == code


@pytest.mark.parametrize(("given_code", "kept"), [("fr", "fr"), ("EN-us", "en"), ("pt_BR", "pt"), ("iw", "he")])
def test_given_language_is_kept(given_code: str, kept: str) -> None:
    assert detect(article("Police said two men were shot.", given_code), Options()).language == kept


def test_invalid_given_language_is_detected() -> None:
    assert detect(article("Police said two men were shot on Friday.", "english"), Options()).language == "en"


@pytest.mark.parametrize(
    "text",
    [
        "asdkjh qweoiu zxcmnb lkjasd poiqwe",
        "xkcd qwrt zzzp bvbv mnmn lklk " * 5,
        "1234 5678 !!! 90 -- 12:45",
        "qwrtplkj zxvbnm sdfghj kqwrt pltkj zzvbn mnbvcx lkjhg qwrtypl sdfgh " * 3,
    ],
)
def test_gibberish_is_refused_by_name(text: str) -> None:
    with pytest.raises(UnknownLanguage, match="test-input"):
        detect(article(text), Options())


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_detect_text_gives_a_code_or_unknown_language(text: str) -> None:
    try:
        code = detect_text(text)
    except UnknownLanguage:
        return
    assert normalise_code(code) == code


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=12))
def test_normalise_code_is_none_or_iso(code: str) -> None:
    out = normalise_code(code)
    assert out is None or (len(out) == 2 and normalise_code(out) == out)
