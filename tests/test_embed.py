"""Embeddings: normalised rows, USE for its languages and e5 for the rest, in blocks that never mix."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsweave.embed import (
    DIM,
    MAX_CHARS,
    USE_DIM,
    e5_embedder,
    embed_texts,
    event_text,
    lead,
    same_space,
    use_embedder,
    uses_use,
)
from newsweave.models import Article, ArticleEvent


class DictCache:
    """A VectorCache in a dict, counting what it was asked to store."""

    def __init__(self) -> None:
        self.data: dict[tuple[str, str], np.ndarray] = {}
        self.puts = 0

    def get_vectors(self, keys: Sequence[str], model: str) -> dict[str, np.ndarray]:
        return {k: self.data[(model, k)] for k in keys if (model, k) in self.data}

    def put_vectors(self, items: Mapping[str, np.ndarray], model: str) -> None:
        self.puts += len(items)
        self.data.update({(model, k): v for k, v in items.items()})


def _meantime_titles(data_dir: Path, lang: str) -> dict[str, str]:
    """doc id -> first sentence (the headline) of each MEANTIME article in `lang`."""
    titles: dict[str, list[str]] = {}
    with open(data_dir / "meantime" / lang / "meantime.conll", encoding="utf-8") as fh:
        for line in fh:
            cols = line.split("\t")
            if len(cols) >= 4 and cols[1] == "0":
                titles.setdefault(cols[0], []).append(cols[3])
    return {doc: " ".join(tokens) for doc, tokens in titles.items()}


def test_models_return_unit_float32_rows() -> None:
    for model, dim in ((use_embedder(), 512), (e5_embedder(), 384)):
        rows = model.encode(["Gunmen killed 53 truffle hunters in Syria.", "Floods hit Valencia."])
        assert rows.shape == (2, dim) and rows.dtype == np.float32
        assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-4)


def test_models_are_created_once() -> None:
    assert use_embedder() is use_embedder()
    assert e5_embedder() is e5_embedder()


def test_translations_are_closer_than_other_stories_of_the_topic(data_dir: Path) -> None:
    """MEANTIME headlines: the Spanish translation beats every other Airbus story in English."""
    en, es = _meantime_titles(data_dir, "en"), _meantime_titles(data_dir, "es")
    docs = sorted(d for d in en if d.startswith("corpus_airbus"))[:8]
    vectors = embed_texts([en[d] for d in docs] + [es[d] for d in docs], ["en"] * 8 + ["es"] * 8)
    sims = vectors[8:] @ vectors[:8].T
    assert (sims.argmax(axis=1) == np.arange(8)).mean() >= 0.75


def test_languages_outside_use_go_to_e5_in_their_own_block() -> None:
    texts = ["Ein Erdbeben der Stärke 6 erschütterte die Türkei.", "तुर्की में भूकंप से 6 लोगों की मौत हो गई।"]
    rows = embed_texts(texts, ["de", "hi"])
    assert rows.shape == (2, DIM)
    assert np.any(rows[0, :USE_DIM]) and not np.any(rows[0, USE_DIM:])
    assert np.any(rows[1, USE_DIM:]) and not np.any(rows[1, :USE_DIM])
    assert not same_space(rows[0], rows[1])
    assert float(rows[0] @ rows[1]) == 0.0
    assert uses_use(None) and uses_use("pt-BR") and not uses_use("sw")


def test_cache_is_read_before_the_model_runs() -> None:
    cache = DictCache()
    texts, langs, keys = ["Police arrested two suspects."], ["en"], ["h1:e0"]
    first = embed_texts(texts, langs, cache, keys)
    again = embed_texts(texts, langs, cache, keys)
    assert cache.puts == 1
    assert np.array_equal(first, again)


def test_mismatched_lengths_are_refused() -> None:
    with pytest.raises(ValueError):
        embed_texts(["a", "b"], ["en"])


def test_event_text_is_title_and_lead_for_the_main_event_and_own_sentences_otherwise(seeds_dir: Path) -> None:
    text = sorted(seeds_dir.glob("*.txt"))[0].read_text(encoding="utf-8")
    art = Article(id="a", origin="a", text=text, content_hash="h", title="IS ambush in Syria")
    at = text.index("This attack comes")
    span = (at, text.index("\n", at))
    main = event_text(ArticleEvent(id="a#0", article="a", main=True), art)
    background = event_text(ArticleEvent(id="a#1", article="a", main=False, sentences=(span,)), art)
    assert main.startswith("IS ambush in Syria. At least 53 people were killed")
    assert "Walid Audi" in main and "initial assessment" not in main  # the first three sentences only
    assert background == text[span[0] : span[1]]


@given(st.text(max_size=2000))
def test_lead_is_bounded_and_keeps_only_words_of_the_text(text: str) -> None:
    out = lead(text)
    assert len(out) <= MAX_CHARS
    assert all(word in text for word in out.split())
    assert out == out.strip()
