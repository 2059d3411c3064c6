"""Event typing on CASE 2021 Task 2 (1,019 English snippets with ACLED sub-event labels).

    python bench/event_type.py [--shared ../shared] [--no-embeddings] [--table] [--errors N] [--split dev|test]
                               [--meantime]

Maps our (type, subtype) back to CASE labels with `taxonomy.to_case` and prints weighted F1 for the three
subtasks (1: the 25 ACLED labels; 2: + crime and disasters; 3: + DIPLO and ATTRIB), accuracy, a per-label
F1 table and snippets per second. Only the e5 head (taxonomy/head.py) is fitted, on the dev half alone
(scripts/train_event_type.py): --split dev is in-sample for it, --split test is the honest number.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support

from newsweave.taxonomy import classify_many, parent, to_case

UNSEEN_2 = {"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER"}
UNSEEN_3 = UNSEEN_2 | {"DIPLO", "ATTRIB"}
DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"


def load(shared: Path) -> list[tuple[str, str]]:
    path = shared / "data" / "case2021_task2" / "test_set_final_release_with_labels.tsv"
    rows = [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    return [(r[1], r[2]) for r in rows if len(r) >= 3]


def meantime_docs(shared: Path, language: str) -> dict[str, str]:
    """MEANTIME: the same 120 Wikinews stories in en/es/it/nl, rebuilt from its one-token-per-line CoNLL."""
    docs: dict[str, list[str]] = {}
    path = shared / "data" / "meantime" / language / "meantime.conll"
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 4 and not line.startswith("#"):
            docs.setdefault(cols[0], []).append(cols[3])
    return {doc: " ".join(tokens)[:1500] for doc, tokens in docs.items()}


def cross_lingual(shared: Path, use_embeddings: bool) -> None:
    """How often a translation gets the type (and category) of its English original: no gold needed."""
    english = meantime_docs(shared, "en")
    ids = sorted(english)
    ref = classify_many([english[i] for i in ids], ["en"] * len(ids), use_embeddings)
    print(f"MEANTIME English types: {dict(Counter(t for t, _, _ in ref).most_common(6))}")
    for lang in ("es", "it", "nl"):
        other = meantime_docs(shared, lang)
        got = classify_many([other.get(i, "") for i in ids], [lang] * len(ids), use_embeddings)
        same = sum(a[0] == b[0] for a, b in zip(ref, got, strict=True)) / len(ids)
        same_cat = sum(parent(a[0]) == parent(b[0]) for a, b in zip(ref, got, strict=True)) / len(ids)
        print(f"MEANTIME {lang} vs en (n={len(ids)}): same type {same:.3f}, same category {same_cat:.3f}")


def split(data: list[tuple[str, str]], which: str) -> list[tuple[str, str]]:
    """Odd rows are the dev half, even rows the held-out half: rules were only ever read against dev."""
    if which == "all":
        return data
    return [row for i, row in enumerate(data) if (i % 2 == 1) == (which == "dev")]


def score(gold: list[str], pred: list[str], keep: set[str] | None) -> tuple[float, float, int]:
    pairs = [(g, p) for g, p in zip(gold, pred, strict=True) if keep is None or g in keep]
    g, p = [a for a, _ in pairs], [b for _, b in pairs]
    return f1_score(g, p, average="weighted", zero_division=0), accuracy_score(g, p), len(pairs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--no-embeddings", action="store_true")
    ap.add_argument("--table", action="store_true", help="print the per-label F1 table")
    ap.add_argument("--errors", type=int, default=0, help="print the N most frequent confusions")
    ap.add_argument("--split", choices=("all", "dev", "test"), default="all",
                    help="dev: odd rows (used to read errors while writing rules); test: even rows (held out)")
    ap.add_argument("--show", default="", help="print the snippets with this gold label (dev split only)")
    ap.add_argument("--meantime", action="store_true", help="also measure cross-lingual agreement on MEANTIME")
    args = ap.parse_args()
    if args.meantime:
        cross_lingual(args.shared, not args.no_embeddings)
    data = split(load(args.shared), args.split)
    texts, gold = [t for t, _ in data], [g for _, g in data]
    classify_many(texts[:1], ["en"], not args.no_embeddings)  # warm-up: load the model
    start = time.perf_counter()
    typed = classify_many(texts, ["en"] * len(texts), not args.no_embeddings)
    elapsed = time.perf_counter() - start
    pred = [to_case(t) for t, _, _ in typed]
    seen = set(gold) - UNSEEN_3
    for name, keep in (("subtask 1", seen), ("subtask 2", seen | UNSEEN_2), ("subtask 3", None)):
        f1, acc, n = score(gold, pred, keep)
        print(f"{name}: weighted F1 {f1:.3f}  accuracy {acc:.3f}  (n={n})")
    print(f"speed: {len(texts) / elapsed:.1f} snippets/s ({1000 * elapsed / len(texts):.1f} ms each)")
    if args.table:
        labels = sorted(set(gold))
        p, r, f, s = precision_recall_fscore_support(gold, pred, labels=labels, zero_division=0)
        print(f"{'label':32} {'P':>5} {'R':>5} {'F1':>5} {'n':>4}")
        for row in zip(labels, p, r, f, s, strict=True):
            print(f"{row[0]:32} {row[1]:5.2f} {row[2]:5.2f} {row[3]:5.2f} {row[4]:4d}")
    if args.show and args.split == "dev":
        for text, g, p_, t in zip(texts, gold, pred, typed, strict=True):
            if g == args.show and p_ != g:
                print(f"-> {p_} {t}: {text[:300]}")
    for (g, p_), n in Counter((g, p_) for g, p_ in zip(gold, pred, strict=True) if g != p_).most_common(args.errors):
        print(f"{n:4d}  {g} -> {p_}")


if __name__ == "__main__":
    main()
