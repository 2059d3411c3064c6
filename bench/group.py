"""Same-event grouping benchmark: newsweave vs TF-IDF and USE cosine baselines, B-cubed on four gold sets.

    python bench/group.py [--limit N] [--skip-stream | --stream-only] [--stream-per-day N] [--compare-models]

Reads the gold data from ../shared/data (never copied into the repo). Embeddings are cached under
/tmp/newsweave_bench so a second run takes a fraction of the first. Baseline thresholds are chosen on the
same data they are scored on (an upper bound for them); newsweave's threshold comes from linker.json, fitted
by scripts/train_linker.py on the other GVA half and the ECB+ train topics. GVA is split like
bench/extract_gva.py: by the SHA-1 of the incident id (`gva_dev`), so both benches score the same half.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import re
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newsweave.models import Article, ArticleEvent, Claim, Place  # noqa: E402

SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", REPO.parent / "shared"))
DATA = SHARED / "data"
CACHE = Path(os.environ.get("NEWSWEAVE_BENCH_CACHE", "/tmp/newsweave_bench"))
ECB_TEST_TOPICS = frozenset(range(36, 46))


@dataclass(frozen=True)
class Corpus:
    """Articles with their gold event label (one main event per article)."""

    name: str
    articles: tuple[Article, ...]
    gold: dict[str, str]  # article id -> gold event


def _article(doc_id: str, text: str, title: str | None, language: str, published: str | None) -> Article:
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    return Article(id=doc_id, origin=doc_id, text=text, content_hash=digest, title=title,
                   language=language, published=published)


def gva_dev(incident_id: str) -> bool:
    """The GVA split every bench and the linker's training share (bench/extract_gva.py `in_split`): an
    incident is in the dev half when the first byte of the SHA-1 of its id is even, in train otherwise;
    all reports of an incident go with it. The linker is fitted on train and scored here on dev."""
    return hashlib.sha1(incident_id.encode()).digest()[0] % 2 == 0


def load_gva(half: str = "dev", limit: int | None = None) -> Corpus:
    """GVA documents of one half (`gva_dev`): dev is scored, train fits the linker."""
    arts, gold = [], {}
    with open(DATA / "gva" / "documents.jsonl", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if not doc["text"].strip() or gva_dev(doc["incident_id"]) != (half == "dev"):
                continue
            arts.append(_cleaned(doc["doc_id"], doc["text"], doc["title"], doc["dct"], doc.get("url")))
            gold[doc["doc_id"]] = doc["incident_id"]
    return _limit(Corpus(f"GVA {half}", tuple(arts), gold), limit)


def _cleaned(doc_id: str, text: str, title: str | None, published: str | None, url: str | None = None) -> Article:
    """The pipeline's own cleaning (page furniture out); the raw text when cleaning refuses the input."""
    from newsweave.errors import InputError

    try:
        from newsweave.clean import clean
        from newsweave.models import Document
        from newsweave.options import Options

        doc = Document(doc_id, text, id=doc_id, title=title, published=published, language="en", url=url)
        return replace(clean(doc, Options()), id=doc_id)
    except (ImportError, InputError):
        return replace(_article(doc_id, text.lstrip("× ").strip(), title, "en", published), url=url)


def load_ecbplus(topics: str = "test", limit: int | None = None) -> Corpus:
    """ECB+ articles; the event is the sub-topic (topic + ecb/ecbplus). test = topics 36-45."""
    root = DATA / "ecbplus" / "ECB+_LREC2014" / "ECB+"
    arts, gold = [], {}
    for path in sorted(root.glob("*/*.xml")):
        topic = int(path.parent.name)
        if (topic in ECB_TEST_TOPICS) != (topics == "test"):
            continue
        text = _ecb_text(path.read_text(encoding="utf-8"))
        sub = "plus" if path.name.endswith("ecbplus.xml") else "ecb"
        arts.append(_article(path.stem, text, None, "en", None))
        gold[path.stem] = f"{topic}/{sub}"
    return _limit(Corpus(f"ECB+ {topics}", tuple(arts), gold), limit)


def _ecb_text(xml: str) -> str:
    sentences: dict[int, list[str]] = defaultdict(list)
    for sent, tok in re.findall(r'<token[^>]*sentence="(\d+)"[^>]*>([^<]*)</token>', xml):
        sentences[int(sent)].append(_unescape(tok))
    return "\n".join(_detok(sentences[k]) for k in sorted(sentences))


def _unescape(token: str) -> str:
    return token.replace("&amp;", "&").replace("&quot;", '"').replace("&apos;", "'").replace("&lt;", "<")


def _detok(tokens: Sequence[str]) -> str:
    text = " ".join(tokens)
    return re.sub(r" ([.,;:!?')])", r"\1", text).replace("( ", "(")


def _conll_docs(path: Path) -> dict[str, str]:
    """doc id -> text, sentences on their own lines, from a CoNLL file (doc, sent, tok, token, ...)."""
    docs: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4 or line.startswith("#"):
                continue
            docs[cols[0]][int(cols[1])].append(cols[3])
    return {d: "\n".join(_detok(s[k]) for k in sorted(s)) for d, s in docs.items()}


def load_meantime(limit: int | None = None) -> Corpus:
    """MEANTIME: each article in en/es/it/nl; the event is the English doc id."""
    arts, gold = [], {}
    for lang in ("en", "es", "it", "nl"):
        for doc, text in sorted(_conll_docs(DATA / "meantime" / lang / "meantime.conll").items()):
            art_id = f"{lang}:{doc}"
            title, dateline, body = (text.split("\n", 2) + ["", ""])[:3]
            arts.append(_article(art_id, body, title, lang, _parse_date(dateline, lang)))
            gold[art_id] = doc
    return _limit(Corpus("MEANTIME", tuple(arts), gold), limit)


def _parse_date(text: str, lang: str) -> str | None:
    """Wikinews puts the publication date on the line after the title."""
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY" if lang != "en" else "MDY"}
    found = dateparser.parse(text, languages=[lang, "en"], settings=settings)
    return found.date().isoformat() if found else None


def load_newswcl50(limit: int | None = None) -> Corpus:
    """NewsWCL50: 10 events x 5 outlets; the event is the number before the first slash."""
    arts, gold = [], {}
    for doc, text in sorted(_conll_docs(DATA / "newswcl50" / "NewsWCL50.conll").items()):
        text = text.replace("\\n", "\n")
        arts.append(_article(doc, text, None, "en", None))
        gold[doc] = doc.split("/")[0]
    return _limit(Corpus("NewsWCL50", tuple(arts), gold), limit)


def _limit(corpus: Corpus, limit: int | None) -> Corpus:
    """Keep whole gold events until `limit` articles, so a limited run is still a fair clustering test."""
    if limit is None or limit >= len(corpus.articles):
        return corpus
    by_event: dict[str, list[Article]] = defaultdict(list)
    for art in corpus.articles:
        by_event[corpus.gold[art.id]].append(art)
    kept: list[Article] = []
    for event in sorted(by_event, key=lambda e: hashlib.md5(e.encode()).hexdigest()):
        if len(kept) >= limit:
            break
        kept.extend(by_event[event])
    return Corpus(corpus.name, tuple(kept), {a.id: corpus.gold[a.id] for a in kept})


# --- events, claims and vectors -------------------------------------------------------------------


class FileCache:
    """A VectorCache in one .npz per model under CACHE: enough for benchmarks, not for the product."""

    def __init__(self, name: str) -> None:
        self.name = name

    def _path(self, model: str) -> Path:
        return CACHE / f"{self.name}.{re.sub(r'[^A-Za-z0-9]+', '_', model)}.npz"

    def get_vectors(self, keys: Sequence[str], model: str) -> dict[str, np.ndarray]:
        path = self._path(model)
        if not path.exists():
            return {}
        with np.load(path) as data:
            names = set(data.files)
            return {k: data[_name(k)] for k in keys if _name(k) in names}

    def put_vectors(self, items: Mapping[str, np.ndarray], model: str) -> None:
        CACHE.mkdir(parents=True, exist_ok=True)
        path = self._path(model)
        old = dict(np.load(path)) if path.exists() else {}
        old.update({_name(k): v for k, v in items.items()})
        np.savez(path, **old)


def _name(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def events_for(corpus: Corpus) -> tuple[list[ArticleEvent], list[Claim]]:
    """Article-level events and claims: the real extraction when it imports, else one main event each."""
    extracted = _extracted(corpus)
    if extracted is not None:
        events, claims = extracted
        with_main = {e.article for e in events if e.main}
        extra = [ArticleEvent(id=f"{a.id}#e0", article=a.id, main=True) for a in corpus.articles
                 if a.id not in with_main]
        return list(events) + extra, list(claims)
    return [ArticleEvent(id=f"{a.id}#e0", article=a.id, main=True) for a in corpus.articles], []


def _extracted(corpus: Corpus) -> tuple[list[ArticleEvent], list[Claim]] | None:
    if os.environ.get("NEWSWEAVE_NO_EXTRACT"):
        return None
    try:
        from newsweave.annotate import annotate_many
        from newsweave.extract import extract
        from newsweave.place_outlets import outlet_homes, rehome
    except ImportError:
        return None
    import pickle

    path = CACHE / f"extract.{corpus.name.replace(' ', '_')}.{len(corpus.articles)}.pkl"
    if path.exists():
        with open(path, "rb") as fh:
            cached: tuple[list[ArticleEvent], list[Claim]] = pickle.load(fh)
            return cached
    events: list[ArticleEvent] = []
    claims: list[Claim] = []
    try:
        notes = annotate_many(corpus.articles)
        homes = outlet_homes(corpus.articles, notes)  # as the pipeline does: learned over the batch, no labels
        for art, art_notes in zip(corpus.articles, notes, strict=True):
            evs, cls = extract(art, rehome(art, art_notes, homes))
            events.extend(evs)
            claims.extend(cls)
    except Exception as err:  # noqa: BLE001 - a half-done stage must not stop the benchmark
        print(f"# extraction failed on {corpus.name} ({err!r}); using one main event per article")
        return None
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        pickle.dump((events, claims), fh)
    return events, claims


def vectors_for(corpus: Corpus, events: Sequence[ArticleEvent]) -> dict[str, np.ndarray]:
    from newsweave.embed import embed_events

    articles = {a.id: a for a in corpus.articles}
    return embed_events(events, articles, FileCache(corpus.name.split()[0]))


# --- scoring --------------------------------------------------------------------------------------


def bcubed(pred: Iterable[Sequence[str]], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over the items of `gold`."""
    cluster_of = {item: i for i, members in enumerate(pred) for item in members}
    pred_members: dict[int, set[str]] = defaultdict(set)
    gold_members: dict[str, set[str]] = defaultdict(set)
    for item, label in gold.items():
        pred_members[cluster_of[item]].add(item)
        gold_members[label].add(item)
    p = r = 0.0
    for item, label in gold.items():
        both = len(pred_members[cluster_of[item]] & gold_members[label])
        p += both / len(pred_members[cluster_of[item]])
        r += both / len(gold_members[label])
    p, r = p / len(gold), r / len(gold)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def article_clusters(clusters: Sequence[Sequence[str]], events: Sequence[ArticleEvent]) -> list[list[str]]:
    """Article-level clusters: each article goes with its main event's cluster."""
    main = {e.id: e.article for e in events if e.main}
    out = [[main[m] for m in c if m in main] for c in clusters]
    return [c for c in out if c]


def threshold_clusters(ids: Sequence[str], sims: np.ndarray, threshold: float) -> list[list[str]]:
    """Average-link agglomerative clustering of a full similarity matrix (the baselines)."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    if len(ids) < 2:
        return [list(ids)]
    dist = np.clip(1.0 - sims, 0.0, 2.0)
    np.fill_diagonal(dist, 0.0)
    labels = fcluster(linkage(squareform(dist, checks=False), "average"), 1.0 - threshold, "distance")
    groups: dict[int, list[str]] = defaultdict(list)
    for item, label in zip(ids, labels, strict=True):
        groups[int(label)].append(item)
    return list(groups.values())


def best_baseline(
    ids: Sequence[str], sims: np.ndarray, gold: Mapping[str, str]
) -> tuple[float, tuple[float, float, float]]:
    """The baseline at its best threshold on this very data (an upper bound for it)."""
    best = (-1.0, (0.0, 0.0, 0.0))
    for thr in np.arange(0.10, 0.96, 0.05):
        score = bcubed(threshold_clusters(ids, sims, float(thr)), gold)
        if score[2] > best[1][2]:
            best = (float(thr), score)
    return best


def tfidf_sims(corpus: Corpus) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(sublinear_tf=True, min_df=1).fit_transform([a.text for a in corpus.articles])
    return np.asarray((matrix @ matrix.T).todense())


def use_sims(corpus: Corpus, vectors: Mapping[str, np.ndarray], events: Sequence[ArticleEvent]) -> np.ndarray:
    main = {e.article: e.id for e in events if e.main}
    rows = np.stack([vectors[main[a.id]] for a in corpus.articles])
    return np.asarray(rows @ rows.T)


# --- the run --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """One data set's row of the table, plus what is needed to list its errors."""

    corpus: Corpus
    ours: tuple[float, float, float]
    tfidf: tuple[float, tuple[float, float, float]]
    use: tuple[float, tuple[float, float, float]]
    agree: tuple[float, float, float]
    seconds: float
    clusters: list[tuple[str, ...]]
    events: list[ArticleEvent]


def evaluate(corpus: Corpus) -> Outcome:
    from newsweave.cluster import group
    from newsweave.options import Options

    events, claims = events_for(corpus)
    vectors = vectors_for(corpus, events)
    started = time.perf_counter()
    clusters = group(events, claims, corpus.articles, vectors, Options())
    seconds = time.perf_counter() - started
    ids = [a.id for a in corpus.articles]
    return Outcome(
        corpus=corpus, ours=bcubed(article_clusters(clusters, events), corpus.gold),
        tfidf=best_baseline(ids, tfidf_sims(corpus), corpus.gold),
        use=best_baseline(ids, use_sims(corpus, vectors, events), corpus.gold),
        agree=agreement(corpus, events, claims, vectors, clusters), seconds=seconds, clusters=clusters,
        events=events,
    )


def agreement(corpus: Corpus, events: Sequence[ArticleEvent], claims: Sequence[Claim],
              vectors: Mapping[str, np.ndarray], batch: Sequence[tuple[str, ...]]) -> tuple[float, float, float]:
    """B-cubed F1 of the stream (EventIndex, publication order) and of reversed input against the batch, and
    the stream's own F1 against the gold events: a stream that differs from batch may still be as right."""
    from newsweave.cluster import EventIndex, group
    from newsweave.options import Options

    by_id = {a.id: a for a in corpus.articles}
    by_event: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_event[c.event].append(c)
    index = EventIndex(Options())
    for e in sorted(events, key=lambda e: (by_id[e.article].published or "", e.article, e.id)):
        index.add(e, by_event[e.id], by_id[e.article], vectors[e.id])
    reverse = group(list(reversed(events)), claims, list(reversed(corpus.articles)), vectors, Options())
    truth = {m: str(i) for i, c in enumerate(batch) for m in c}
    stream = index.clusters()
    gold = bcubed(article_clusters(stream, events), corpus.gold)[2]
    return bcubed(stream, truth)[2], bcubed(reverse, truth)[2], gold


def errors(result: Outcome, n: int = 3) -> list[str]:
    """A few wrong merges and splits, named by gold event, to read by hand."""
    corpus = result.corpus
    found = article_clusters(result.clusters, result.events)
    merges = [c for c in found if len({corpus.gold[a] for a in c}) > 1]
    where: dict[str, set[int]] = defaultdict(set)
    for i, c in enumerate(found):
        for a in c:
            where[corpus.gold[a]].add(i)
    splits = [g for g, cs in where.items() if len(cs) > 1]
    lines = [f"  merged: {sorted({corpus.gold[a] for a in c})} ({len(c)} articles)" for c in merges[:n]]
    lines += [f"  split: gold event {g} over {len(where[g])} clusters" for g in splits[:n]]
    return [f"  {len(merges)} wrong merges, {len(splits)} split events", *lines]


def print_table(results: Sequence[Outcome]) -> None:
    print("| data | docs | events | newsweave P / R / F1 | TF-IDF P / R / F1 (thr) | USE P / R / F1 (thr) |")
    print("|---|---|---|---|---|---|")
    for r in results:
        name, docs, events = r.corpus.name, len(r.corpus.articles), len(set(r.corpus.gold.values()))
        print(f"| {name} | {docs} | {events} | {_prf(r.ours)} | {_prf(r.tfidf[1])} ({r.tfidf[0]:.2f}) "
              f"| {_prf(r.use[1])} ({r.use[0]:.2f}) |")


def _prf(score: Sequence[float]) -> str:
    return " / ".join(f"{x:.3f}" for x in score)


def stream_bench(
    total: int = 100_000, per_day: int = 1000, budget: float = 300.0, dim: int = 512, seed: int = 7
) -> list[str]:
    """Throughput and memory of EventIndex.add on a synthetic stream (random vectors, dates, places).

    Rates are per tenth of the stream; once the window is full (per_day x 15 live events) they should
    stay flat. The run stops after `budget` seconds, saying how far it got.
    """
    from newsweave.cluster import EventIndex
    from newsweave.options import Options

    rng = np.random.default_rng(seed)
    index = EventIndex(Options())
    centres = rng.standard_normal((total // 4, dim)).astype(np.float32)
    lines, started, batch_start, done = [], time.perf_counter(), time.perf_counter(), 0
    cpu = time.process_time()  # on a busy machine the CPU seconds compare two versions better than the rate
    for i in range(total):
        if time.perf_counter() - started > budget:
            lines.append(f"stopped at {i:,} events: over the {budget:.0f} s budget")
            break
        event, article, vector = _synthetic(i, per_day, centres, rng, dim)
        index.add(event, (), article, vector)
        done = i + 1
        if done % (total // 10) == 0:
            gc.collect()
            rss = _rss_mib()
            rate = (total // 10) / (time.perf_counter() - batch_start)
            lines.append(f"| {i + 1:,} | {rate:,.0f} events/s | RSS {rss:,.0f} MiB | "
                         f"live events {index.live_count():,} | clusters {index.cluster_count():,} |")
            batch_start = time.perf_counter()
    lines.append(f"total {done:,} events in {time.perf_counter() - started:.1f} s "
                 f"({time.process_time() - cpu:.1f} s of CPU)")
    return lines


def _rss_mib() -> float:
    """Resident memory now (not the peak), from /proc."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def _synthetic(
    i: int, per_day: int, centres: np.ndarray, rng: np.random.Generator, dim: int
) -> tuple[ArticleEvent, Article, np.ndarray]:
    """Event i: a noisy copy of one of total/4 centres; `per_day` articles a day; a few thousand places."""
    day = i // per_day
    centre = (i // 4 + int(rng.integers(0, 3))) % len(centres)
    vector = centres[centre] + 0.3 * rng.standard_normal(dim).astype(np.float32)
    vector = np.concatenate([vector / np.linalg.norm(vector), np.zeros(384, np.float32)])
    date = f"{2020 + day // 360:04d}-{day % 360 // 30 + 1:02d}-{day % 30 + 1:02d}"
    place = Place(name=f"P{centre % 3000}", lat=float(centre % 3000) / 40 - 30, lon=float(centre % 97),
                  geonameid=centre % 3000)
    article = Article(id=f"a{i}", origin="synthetic", text=f"Report {i} about case {centre}.", content_hash=str(i),
                      title=None, language="en", published=date)
    event = ArticleEvent(id=f"a{i}#e0", article=article.id, main=True, type="attack", date=date,
                         date_precision="day", place=place)
    return event, article, vector.astype(np.float32)


def compare_models() -> list[str]:
    """USE vs e5 on MEANTIME: cosine + best threshold, each model alone on all four languages."""
    from newsweave.embed import e5_embedder, event_text, use_embedder

    corpus = load_meantime()
    events, _ = events_for(corpus)
    articles = {a.id: a for a in corpus.articles}
    texts = [event_text(e, articles[e.article]) for e in events]
    ids = [e.article for e in events]
    lines = []
    for model in (use_embedder(), e5_embedder()):
        path = CACHE / f"meantime.{model.name}.npy"
        if not path.exists():
            CACHE.mkdir(parents=True, exist_ok=True)
            np.save(path, model.encode(texts))
        rows = np.load(path)
        thr, score = best_baseline(ids, rows @ rows.T, corpus.gold)
        lines.append(f"| {model.name} | {_prf(score)} | {thr:.2f} |")
    return ["| MEANTIME, cosine only | P / R / F1 | best threshold |", "|---|---|---|", *lines]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="articles per data set (whole events kept)")
    parser.add_argument("--skip-stream", action="store_true", help="no 100k synthetic stream")
    parser.add_argument("--stream-only", action="store_true", help="only the synthetic stream")
    parser.add_argument("--stream-size", type=int, default=100_000)
    parser.add_argument("--stream-per-day", type=int, default=1000, help="synthetic articles a day")
    parser.add_argument("--stream-budget", type=float, default=300.0, help="seconds before the stream stops")
    parser.add_argument("--embed-only", action="store_true", help="fill the embedding cache and stop")
    parser.add_argument("--compare-models", action="store_true", help="USE vs e5 on MEANTIME, then stop")
    args = parser.parse_args(argv)
    if args.compare_models:
        print("\n".join(compare_models()))
        return
    if args.stream_only:
        print("\n".join(stream_bench(args.stream_size, args.stream_per_day, args.stream_budget)))
        return
    corpora = [load_gva("dev", args.limit), load_ecbplus("test", args.limit), load_meantime(args.limit),
               load_newswcl50(args.limit)]
    if args.embed_only:
        for corpus in corpora + [load_gva("train"), load_ecbplus("train")]:
            events, _ = events_for(corpus)
            vectors_for(corpus, events)
            print(f"{corpus.name}: {len(events)} events embedded", flush=True)
        return
    results = [evaluate(c) for c in corpora]
    print_table(results)
    for r in results:
        print(f"\n{r.corpus.name}: grouping {r.seconds:.1f} s; B3 F1 vs batch: stream {r.agree[0]:.3f}, "
              f"reversed input {r.agree[1]:.3f}; stream vs gold {r.agree[2]:.3f} (batch {r.ours[2]:.3f})")
        print("\n".join(errors(r)))
    if not args.skip_stream:
        print(f"\nsynthetic stream ({args.stream_size:,} events, {args.stream_per_day:,} a day, EventIndex.add):")
        print("\n".join(stream_bench(args.stream_size, args.stream_per_day, args.stream_budget)))


if __name__ == "__main__":
    main()
