"""annotate: sentences, entities, counts, dates and places over whole articles, with lazily loaded models."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from newsweave.annotate import annotate, annotate_many, nlp, published_date
from newsweave.errors import ModelError
from newsweave.models import Annotations, Article, Entity, PlaceMention, Quantity, TimeExpr


def article(text: str, language: str | None = "en", published: str | None = None, id: str = "a1") -> Article:
    return Article(id=id, origin="test", text=text, content_hash=id, language=language, published=published)


@pytest.fixture(scope="module")
def seed_articles(seeds_dir: Path) -> list[Article]:
    paths = sorted(seeds_dir.glob("*.txt"))
    return [article(p.read_text(encoding="utf-8"), published="2023-02-18", id=p.stem) for p in paths]


def check_spans(a: Article, ann: Annotations) -> None:
    for start, end in ann.sentences:
        assert 0 <= start < end <= len(a.text)
        assert "\n" not in a.text[start:end] and a.text[start:end] == a.text[start:end].strip()
    items: list[Entity | Quantity | TimeExpr | PlaceMention] = [*ann.entities, *ann.quantities, *ann.times]
    for item in [*items, *ann.places]:
        assert a.text[item.span[0]:item.span[1]] == item.text


def test_models_load_lazily() -> None:
    code = "import newsweave.annotate as a; print(a.nlp._load.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_english_pipeline_has_only_sentences_and_ner() -> None:
    pipe = nlp.load("en")
    assert "ner" in pipe.pipe_names and "senter" in pipe.pipe_names
    assert not {"parser", "tagger", "lemmatizer"} & set(pipe.pipe_names)
    assert nlp.load("en") is pipe and nlp.load("EN-us") is pipe


def test_other_languages_get_a_sentencizer() -> None:
    for language in ("ar", "tr", "de"):
        assert nlp.load(language).pipe_names == ["sentencizer"]


def test_missing_model_raises_model_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(nlp.MODELS, "qq", (("no_such_spacy_model_pkg", ""),))
    with pytest.raises(ModelError, match="no_such_spacy_model_pkg"):
        nlp._load.__wrapped__("qq")


def test_seed_article(seed_articles: list[Article]) -> None:
    a = seed_articles[0]
    ann = annotate(a)
    check_spans(a, ann)
    assert ann.article == a.id
    sentences = [a.text[s:e] for s, e in ann.sentences]
    lede = "At least 53 people were killed"
    assert any(s.startswith(lede) and s.endswith("state television.") for s in sentences)
    assert "With AFP" in sentences  # a line of its own is a sentence of its own
    assert any(e.text == "Syria" and e.label == "GPE" for e in ann.entities)
    assert any(q.value == 53 and q.qualifier == "at_least" for q in ann.quantities)
    assert any(t.text == "Friday, February 17" and t.value == "2023-02-17" for t in ann.times)


def test_relative_dates_use_publication_date(seed_articles: list[Article]) -> None:
    ann = annotate(seed_articles[0])
    assert {t.text: t.value for t in ann.times}["last Saturday"] == "2023-02-11"


def test_without_publication_date_only_absolute_dates(seed_articles: list[Article]) -> None:
    a = seed_articles[0]
    bare = Article(id=a.id, origin=a.origin, text=a.text, content_hash=a.content_hash, language="en")
    times = annotate(bare, today=date(2026, 11, 22)).times
    assert all(not t.relative for t in times)
    assert any(t.value == "2023-02-17" for t in times)


def test_many_keeps_order_across_languages(seed_articles: list[Article]) -> None:
    batch = [
        seed_articles[0],
        article("Au moins 53 personnes ont été tuées vendredi près de Homs, en Syrie.", "fr", "2023-02-18", "f"),
        article("قتل 53 شخصا يوم الجمعة في سوريا. وخطف عشرات.", "ar", "2023-02-18", "r"),
        article("Unknown language text with 12 victims.", None, None, "u"),
        seed_articles[1],
    ]
    out = annotate_many(batch)
    assert [x.article for x in out] == [a.id for a in batch]
    for a, ann in zip(batch, out, strict=True):
        check_spans(a, ann)
    assert [q.value for q in out[1].quantities] == [53]
    assert any(e.text == "Syrie" for e in out[1].entities)
    assert len(out[2].sentences) == 2 and [t.value for t in out[2].times] == ["2023-02-17"]
    assert [q.value for q in out[3].quantities] == [12]


def test_gva_batch_spans_are_valid(data_dir: Path) -> None:
    with open(data_dir / "gva" / "documents.jsonl", encoding="utf-8") as f:
        rows = [json.loads(next(f)) for _ in range(20)]
    batch = [article(r["text"], "en", r["dct"], r["doc_id"]) for r in rows]
    for a, ann in zip(batch, annotate_many(batch), strict=True):
        check_spans(a, ann)
        assert ann.sentences


def test_sentence_does_not_end_on_a_title(data_dir: Path) -> None:
    with open(data_dir / "gva" / "documents.jsonl", encoding="utf-8") as f:
        texts = [t for t in (json.loads(line)["text"] for line in f) if "said Detroit police Sgt." in t]
    if not texts:
        pytest.skip("sentence not in the GVA documents")
    a = article(texts[0], "en", None, "sgt")
    ann = annotate(a)
    sentences = [a.text[s:e] for s, e in ann.sentences]
    assert not any(s.endswith("Sgt.") for s in sentences)
    assert any("said Detroit police Sgt. " in s for s in sentences)


def test_empty_batch() -> None:
    assert annotate_many([]) == []


def test_published_date_reads_dates_and_datetimes() -> None:
    assert published_date("2023-02-18T09:30:00Z") == date(2023, 2, 18)
    assert published_date("2023-02-18") == date(2023, 2, 18)
    assert published_date("18 Feb") is None and published_date(None) is None
