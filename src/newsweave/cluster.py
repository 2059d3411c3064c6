"""Group: which article-level events, across outlets and languages, are the same real-world happening.

Events, not articles, are linked: the main events of two reports of one attack join, the earlier attack both
mention joins its own reports, and one report's background event may join another's main event.

`group` works on a batch: candidate pairs come from nearest neighbours in embedding space (faiss, top `K`) and
from shared rare names or headline words, within `Options.time_window_days` of publication (or dated to the
same day, however far apart published), and, at any publication gap, from a rare person's name both main
events give (a trial or a sentencing months later: the stream keeps a bounded archive of expired main events
for these and for the same day), and from the town both main events are resolved to, published within
`TOWN_DAYS`; each pair is scored by the linker (`linker.py`), and clusters grow by average link: two clusters
merge when the mean probability over all their cross pairs reaches the fitted threshold. Two events of one
report never share a cluster: when a report's background event sits in one cluster and its main event in the
other, the background event is set aside and the clusters may merge (`set_aside`). `EventIndex` does the same
one event at a time for a stream, with memory bounded by the time window: each new event and the live members
of the clusters it links to are clustered again by the same average link, so a later report can undo an
earlier greedy join.

A page whose body starts like the body of a page with another headline (a sign-in form, a newsletter notice,
a social-media wrapper the cleaner kept) takes its names from the headline alone: the shared notice is not
evidence that two shootings are one. Short lines that pages of other headlines carry too (`shared_lines`: an
outlet's playlist of its other videos, a photo credit) leave every page's names, in the batch and the stream.
The late-follow-up path also follows a street address to the block ("the 18800 block of Yaupon").
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, timedelta

import faiss
import numpy as np

from newsweave.embed import E5_DIM, USE_DIM
from newsweave.linker import (
    RARE_DF,
    Linker,
    Profile,
    TermWeights,
    body_key,
    features,
    load_linker,
    profile,
    same_day,
    short_lines,
    vetoed,
)
from newsweave.models import Article, ArticleEvent, Claim
from newsweave.options import Options

K = 20  # nearest neighbours per event
MIN_SHARED_RARE = 2
FAR_DF = 5  # the late-follow-up path: people's names carried by at most this many events of the batch ...
FAR_MIN_SHARED = 1  # ... of which a pair shares at least this many, however far apart published
TOWN_DAYS = 3  # main events resolved to one town and published this close are candidates, whatever their words
ARCHIVE_EVENTS = 20_000  # a stream keeps this many expired main events naming people or a day, for follow-ups
WEIGHT_EVENTS = 20_000  # the stream's term weights count at least this many of the latest events, live or not
LOCAL_CAP = 24  # a stream event and at most this many live events around it are clustered again on each add
_BLOCKS = ((0, USE_DIM), (USE_DIM, USE_DIM + E5_DIM))  # the joint layout of embed.py


def group(
    article_events: Sequence[ArticleEvent],
    claims: Sequence[Claim],
    articles: Sequence[Article],
    vectors: Mapping[str, np.ndarray],
    options: Options,
) -> list[tuple[str, ...]]:
    """Clusters of article-event ids: every id in exactly one, sorted, independent of the input order."""
    return group_with(load_linker(), article_events, claims, articles, vectors, options)


def group_stream(
    article_events: Sequence[ArticleEvent],
    claims: Sequence[Claim],
    articles: Sequence[Article],
    vectors: Mapping[str, np.ndarray],
    options: Options,
) -> list[tuple[str, ...]]:
    """`group` for inputs too large for all pairs: each event, in publication order, into an `EventIndex`."""
    by_id = {a.id: a for a in articles}
    claims_of: dict[str, list[Claim]] = {}
    for claim in claims:
        claims_of.setdefault(claim.event, []).append(claim)
    index = EventIndex(options)
    for event in sorted(article_events, key=lambda e: (by_id[e.article].published or "", e.id)):
        index.add(event, claims_of.get(event.id, []), by_id[event.article], vectors[event.id])
    return index.clusters()


def group_with(
    linker: Linker,
    article_events: Sequence[ArticleEvent],
    claims: Sequence[Claim],
    articles: Sequence[Article],
    vectors: Mapping[str, np.ndarray],
    options: Options,
) -> list[tuple[str, ...]]:
    """`group` with a given linker (the training script tunes the threshold with it)."""
    return thresholds_sweep(linker, article_events, claims, articles, vectors, options)(linker.threshold)


def thresholds_sweep(
    linker: Linker,
    article_events: Sequence[ArticleEvent],
    claims: Sequence[Claim],
    articles: Sequence[Article],
    vectors: Mapping[str, np.ndarray],
    options: Options,
) -> Callable[[float], list[tuple[str, ...]]]:
    """`group_with` at any threshold, the pairs scored once: the training script tries dozens of thresholds,
    and the pair probabilities do not depend on the threshold."""
    profiles, weights = profiles_for(article_events, claims, articles, vectors)
    scorer = _Scorer(linker, weights)
    edges = _candidate_edges(profiles, scorer, options.time_window_days)
    return lambda threshold: _average_link(profiles, edges, scorer, threshold)


def profiles_for(
    article_events: Sequence[ArticleEvent],
    claims: Sequence[Claim],
    articles: Sequence[Article],
    vectors: Mapping[str, np.ndarray],
) -> tuple[list[Profile], TermWeights]:
    """Profiles sorted by event id (so nothing depends on the input order) and the batch's term weights."""
    missing = [e.id for e in article_events if e.id not in vectors]
    if missing:
        raise ValueError(f"no vector for {len(missing)} events ({missing[0]}, ...): run embed.embed_events first")
    by_id = {a.id: a for a in articles}
    by_event: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_event[c.event].append(c)
    furniture = _furniture(articles)
    shared = shared_lines(articles)
    profiles = sorted(
        (profile(e, by_event[e.id], by_id[e.article], vectors[e.id], e.article in furniture, shared)
         for e in article_events),
        key=lambda p: p.id,
    )
    weights = TermWeights()
    for p in profiles:
        weights.add(p.indexed)
    return profiles, weights


def _furniture(articles: Sequence[Article]) -> set[str]:
    """Ids of the articles whose body starts like the body of an article with another headline."""
    titles: dict[str, set[str | None]] = defaultdict(set)
    for art in articles:
        titles[body_key(art)].add(art.title)
    return {a.id for a in articles if len(titles[body_key(a)]) > 1}


def shared_lines(articles: Sequence[Article]) -> set[str]:
    """Short lines (`linker.short_lines`) that pages of different headlines carry: the outlet's furniture."""
    titles: dict[str, set[str | None]] = defaultdict(set)
    for art in articles:
        for line in short_lines(art):
            titles[line].add(art.title)
    return {line for line, seen in titles.items() if len(seen) > 1}


class _Scorer:
    """Pair probabilities, memoised, with the hard constraints applied."""

    def __init__(self, linker: Linker, weights: TermWeights) -> None:
        self.linker = linker
        self.weights = weights
        self._memo: dict[tuple[str, str], float] = {}

    def __call__(self, a: Profile, b: Profile) -> float:
        key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if key not in self._memo:
            self._memo[key] = 0.0 if vetoed(a, b) else self.linker.probability(features(a, b, self.weights))
        return self._memo[key]


def _within(a: Profile, b: Profile, window: int) -> bool:
    """Candidates are published within the window of each other; undated reports are always candidates, and
    so are two reports that give the event the same day, however far apart they appeared (a trial or an
    arrest weeks later retells the day of the attack)."""
    if a.published is None or b.published is None:
        return True
    return abs((a.published - b.published).days) <= window or same_day(a, b)


def candidate_pairs(profiles: Sequence[Profile], window: int) -> set[tuple[int, int]]:
    """Index pairs worth scoring: embedding neighbours and events sharing rare names, inside the window; main
    events sharing a rare person's name, at any gap; main events of one town published within TOWN_DAYS."""
    pairs = _neighbour_pairs(profiles) | _rare_name_pairs(profiles)
    near = {(i, j) for i, j in pairs if _within(profiles[i], profiles[j], window)}
    return near | _far_name_pairs(profiles) | _town_pairs(profiles)


def town_of(p: Profile) -> int | None:
    """The GeoNames id of the town a main event is resolved to (None for a region, a country, no place)."""
    place = p.place
    if not p.main or place is None or place.precision != "town" or p.published is None:
        return None
    return place.geonameid


def _town_pairs(profiles: Sequence[Profile]) -> set[tuple[int, int]]:
    """Main events resolved to one town and published within TOWN_DAYS of each other: two outlets' reports of
    one local shooting may share few words ("KPD still investigating fatal shooting of 2-year-old", "Police
    accuse woman of fatally shooting toddler in Killeen") and so be neither neighbours nor share rare names."""
    postings: dict[int, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        town = town_of(p)
        if town is not None:
            postings[town].append(i)
    pairs = set()
    for members in postings.values():
        members.sort(key=lambda i: profiles[i].published or date.min)  # a big city's year: stop at the window
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if not _close_published(profiles[i], profiles[j]):
                    break
                pairs.add((min(i, j), max(i, j)))
    return pairs


def _close_published(a: Profile, b: Profile) -> bool:
    """Both published, within TOWN_DAYS of each other."""
    if a.published is None or b.published is None:
        return False
    return abs((a.published - b.published).days) <= TOWN_DAYS


def _neighbour_pairs(profiles: Sequence[Profile]) -> set[tuple[int, int]]:
    if len(profiles) < 2:
        return set()
    matrix = np.ascontiguousarray(np.stack([p.vector for p in profiles]).astype(np.float32))
    index = faiss.IndexFlatIP(matrix.shape[1])
    index.add(matrix)
    _, found = index.search(matrix, min(K + 1, len(profiles)))
    return {(min(i, int(j)), max(i, int(j))) for i, row in enumerate(found) for j in row if 0 <= j != i}


def _rare_name_pairs(profiles: Sequence[Profile]) -> set[tuple[int, int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        for t in p.indexed:
            if not t.startswith("#"):
                postings[t].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in postings.values():
        if 1 < len(members) <= RARE_DF:
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    shared[(i, j)] += 1
    return {pair for pair, n in shared.items() if n >= MIN_SHARED_RARE}


def _far_name_pairs(profiles: Sequence[Profile]) -> set[tuple[int, int]]:
    """Main events sharing FAR_MIN_SHARED people's names that few events carry (a victim's, a suspect's), at
    any publication gap: the trial or the sentencing months after a shooting. Stricter than the in-window
    paths (people only, rarer): a city's and an outlet's names recur for years."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        for t in p.far_keys:
            postings[t].append(i)
    return _pairs_sharing(postings.values(), FAR_DF, FAR_MIN_SHARED)


def _pairs_sharing(postings: Iterable[list[int]], max_df: int, min_shared: int) -> set[tuple[int, int]]:
    """Index pairs that co-occur in at least `min_shared` posting lists of at most `max_df` entries."""
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in postings:
        if 1 < len(members) <= max_df:
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    shared[(i, j)] += 1
    return {pair for pair, n in shared.items() if n >= min_shared}


def _candidate_edges(
    profiles: Sequence[Profile], scorer: _Scorer, window: int
) -> list[tuple[float, str, str, int, int]]:
    edges = []
    for i, j in candidate_pairs(profiles, window):
        score = scorer(profiles[i], profiles[j])
        edges.append((-score, profiles[i].id, profiles[j].id, i, j))
    edges.extend(_copy_edges(profiles))
    edges.sort()
    return edges


def _copy_edges(profiles: Sequence[Profile]) -> Iterator[tuple[float, str, str, int, int]]:
    """Syndicated copies: the copy's main event joins its original's main event, before anything else."""
    main_of = {p.article: i for i, p in enumerate(profiles) if p.main}
    for i, p in enumerate(profiles):
        if p.main and p.copies_of in main_of:
            j = main_of[p.copies_of]
            yield (-2.0, profiles[j].id, p.id, j, i)


def _average_link(
    profiles: Sequence[Profile], edges: Sequence[tuple[float, str, str, int, int]], scorer: _Scorer, threshold: float
) -> list[tuple[str, ...]]:
    """Merge along edges, best first, when the mean pair probability between the two clusters passes. A
    background event whose report's main event is in the other cluster is set aside first (`_set_aside`)."""
    root = list(range(len(profiles)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(profiles))}
    for neg, _, _, i, j in edges:
        a, b = _find(root, i), _find(root, j)
        if a == b or -neg < threshold:
            continue
        found = set_aside([profiles[k] for k in members[a]], [profiles[k] for k in members[b]])
        aside = None if found is None else {k for k in (*members[a], *members[b]) if profiles[k].id in found}
        if aside is None or i in aside or j in aside:
            continue
        kept_a = [k for k in members[a] if k not in aside]
        kept_b = [k for k in members[b] if k not in aside]
        if neg <= -2.0 or _mean_score(kept_a, kept_b, profiles, scorer) >= threshold:
            _regroup(root, members, (a, b), kept_a + kept_b, aside)
    clusters = [tuple(sorted(profiles[i].id for i in m)) for m in members.values()]
    return sorted(clusters)


def _regroup(
    root: list[int], members: dict[int, list[int]], old: tuple[int, int], merged: list[int], aside: set[int]
) -> None:
    """Clusters `old` become `merged` (rooted at its first member) and the events set aside, one each."""
    for cluster in old:
        del members[cluster]
    members[merged[0]] = merged
    for k in merged:
        root[k] = merged[0]
    for k in aside:
        root[k] = k
        members[k] = [k]


def set_aside(a: Sequence[Profile], b: Sequence[Profile]) -> set[str] | None:
    """Ids of the events to leave behind so that clusters `a` and `b` can merge, or None when they cannot.

    Two events of one report are never one event. When a report's main event is on one side and its
    background event on the other, the background event (a retelling the segmenter cut from the lede: the
    Dallas ambush in a report on the Dallas ambush) leaves, and the report stays through its main event; two
    background events of one report on both sides keep the clusters apart."""
    mains_a = {p.article for p in a if p.main}
    mains_b = {p.article for p in b if p.main}
    shared = {p.article for p in a} & {p.article for p in b}
    if any((art in mains_a) == (art in mains_b) for art in shared):
        return None
    aside = {p.id for p in (*a, *b) if p.article in shared and not p.main}
    if all(p.id in aside for p in a) or all(p.id in aside for p in b):
        return None
    return aside


def passing_mean(scores: Iterable[float], count: int, threshold: float) -> float | None:
    """The mean of `count` probabilities if it reaches `threshold`, else None, read lazily: it stops as soon as
    the mean cannot pass even if every score left were 1, so most failing candidate clusters of a stream event
    are not scored to the end. The sum runs in order, so a passing mean is the same number as a plain mean's."""
    need = threshold * count - 1e-9  # the margin keeps rounding from dropping a mean that passes
    total = 0.0
    left = count
    for score in scores:
        total += score
        left -= 1
        if total + left < need:
            return None
    mean = total / count
    return mean if mean >= threshold else None


def _find(root: list[int], i: int) -> int:
    while root[i] != i:
        root[i] = root[root[i]]
        i = root[i]
    return i


def _mean_score(a: Sequence[int], b: Sequence[int], profiles: Sequence[Profile], scorer: _Scorer) -> float:
    """Average link; 0 when the clusters share an article (two events of one report are never one event)."""
    total = 0.0
    for i in a:
        for j in b:
            if profiles[i].article == profiles[j].article:
                return 0.0
            total += scorer(profiles[i], profiles[j])
    return total / (len(a) * len(b))


def _precise_day(p: Profile) -> date | None:
    """The day an event is dated to, when it is dated to the day (`linker.same_day`)."""
    return p.day if p.day_precise else None


def _opened_order(cluster: str) -> int:
    """The order a stream cluster id was opened in ("g12" -> 12): the older id wins a tie."""
    return int(cluster[1:])


def _uncount(table: dict[str, Counter[str | None]], key: str, title: str | None) -> None:
    """One headline fewer for `key`; the entry leaves when none is left (bounded by the live window)."""
    seen = table[key]
    seen[title] -= 1
    if seen[title] <= 0:
        del seen[title]
    if not seen:
        del table[key]


class _Window:
    """The live vectors of one embedding block, oldest first, in one matrix.

    Events come in publication order, so expiry drops a prefix: an offset moves on, and the rows are
    compacted when the buffer is full (amortised O(1) an event). A query is one exact search over the live
    rows, whatever the number of days or clusters (one faiss index a day cost a call a day).
    """

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end
        self._rows = np.zeros((1024, end - start), np.float32)
        self._keys = np.zeros(1024, np.int64)
        self._days = np.zeros(1024, np.int64)
        self._head = 0
        self._tail = 0

    def add(self, day: int, vector: np.ndarray, key: int) -> None:
        if self._tail == len(self._keys):
            self._make_room()
        self._rows[self._tail] = vector[self.start : self.end]
        self._keys[self._tail] = key
        self._days[self._tail] = day
        self._tail += 1

    def _make_room(self) -> None:
        """Move the live rows to the front; grow (double) only when they fill more than half the buffer."""
        live = self._tail - self._head
        size = len(self._keys) * 2 if live > len(self._keys) // 2 else len(self._keys)
        for name in ("_rows", "_keys", "_days"):
            old = getattr(self, name)
            fresh = np.zeros((size, *old.shape[1:]), old.dtype)
            fresh[:live] = old[self._head : self._tail]
            setattr(self, name, fresh)
        self._head, self._tail = 0, live

    def search(self, vector: np.ndarray, k: int) -> list[tuple[float, int]]:
        """(similarity, key) of the k most similar live rows."""
        live = self._tail - self._head
        if live == 0:
            return []
        query = np.ascontiguousarray(vector[self.start : self.end].reshape(1, -1), dtype=np.float32)
        sims, found = _knn_one_thread(query, self._rows[self._head : self._tail], min(k, live))
        return [(float(s), int(self._keys[self._head + i])) for s, i in zip(sims[0], found[0], strict=True) if i >= 0]

    def drop_before(self, oldest: int) -> None:
        """Forget the rows at the front of the buffer from days before `oldest` (ordinals)."""
        while self._head < self._tail and self._days[self._head] < oldest:
            self._head += 1


def _knn_one_thread(query: np.ndarray, rows: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Exact inner-product top k on one thread: for one query, starting threads costs more than the search
    (numpy's threaded BLAS was 4x slower than one thread on 2 busy cores, faiss's OpenMP up to 10x)."""
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        sims, found = faiss.knn(query, rows, k, metric=faiss.METRIC_INNER_PRODUCT)
    finally:
        faiss.omp_set_num_threads(threads)
    return sims, found


class EventIndex:
    """Incremental grouping: `add` one event at a time; memory bounded by the publication time window.

    Events published more than `time_window_days` before the newest one leave the search index and the term
    counts; their clusters keep only the member ids, so `clusters()` still lists everything seen. Expired main
    events that name people or are dated to the day stay in a first-in-first-out archive of `ARCHIVE_EVENTS`,
    reachable only by those names or that day (the batch's late-follow-up paths): memory stays bounded, and a
    trial months later can still join. The term weights keep counting expired events up to `WEIGHT_EVENTS`.
    The cost of an `add` depends on the events inside the window, not on how many came before: one matrix
    product a block for the neighbours, and merged clusters keep their member lists (a retired id points to
    its survivor) instead of relabelling every member.
    """

    def __init__(self, options: Options, linker: Linker | None = None) -> None:
        self.window = options.time_window_days
        self.linker = linker or load_linker()
        self.weights = TermWeights()
        self._blocks = [_Window(start, end) for start, end in _BLOCKS]
        self._order: deque[tuple[date, int]] = deque()  # (day, key) in insertion order, for expiry
        self._live: dict[int, Profile] = {}
        self._live_members: dict[str, set[int]] = defaultdict(set)
        self._joined: dict[str, str] = {}  # event id -> the cluster id it joined (maybe retired since)
        self._retired: dict[str, str] = {}  # retired cluster id -> the id it merged into
        self._members: dict[str, list[str]] = {}
        self._main_of_article: dict[str, str] = {}
        self._postings: dict[str, set[int]] = defaultdict(set)
        self._bodies: dict[str, Counter[str | None]] = {}  # body_key -> headlines of live events
        self._lines: dict[str, Counter[str | None]] = {}  # short line -> headlines of live main events
        self._archive: dict[int, Profile] = {}  # expired main events naming people or a day, oldest first
        self._archived_ids: dict[str, int] = {}  # their ids -> keys
        self._archived_days: dict[date, set[int]] = defaultdict(set)  # their keys by the day they give
        self._people: dict[str, set[int]] = defaultdict(set)  # people's names of live and archived main events
        self._towns: dict[int, set[int]] = defaultdict(set)  # live main events by their town's GeoNames id
        self._newest: date | None = None
        self._next = 0
        self._opened = 0
        self._live_ids: dict[str, int] = {}  # live event id -> key
        self._weighed: deque[frozenset[str]] = deque()  # terms of expired events still in the weights
        self._scorer = _Scorer(self.linker, self.weights)

    def add(self, event: ArticleEvent, claims: Sequence[Claim], article: Article, vector: np.ndarray) -> str:
        """Add one article-level event; returns the id of the cluster it joined or opened.

        The event and the live members of the clusters it links to are clustered again by the batch's
        average link (`_regroup_locally`), so a later report can undo an earlier greedy join; when they are
        too many, the event joins the best passing cluster and the others merge if linked (`_join_greedily`).
        Clusters may merge, split or retire their id: `clusters()` is the authority, ids returned earlier
        may be gone.
        """
        key = body_key(article)
        shared = {x for x in short_lines(article) if any(t != article.title for t in self._lines.get(x, ()))}
        p = profile(event, claims, article, vector, any(t != article.title for t in self._bodies.get(key, ())),
                    shared)
        self.weights.add(p.indexed)
        self._scorer = _Scorer(self.linker, self.weights)  # memo for this add only: bounded memory
        self._expire(p.published)
        self._trim_weights()
        candidates = self._candidates(p)
        if p.main:
            self._main_of_article[p.article] = p.id
        cluster = self._regroup_locally(p, candidates)
        return self._join_greedily(p, candidates) if cluster is None else cluster

    def _join_greedily(self, p: Profile, candidates: Sequence[int]) -> str:
        """`p` joins the best passing cluster (a copy its original's); the other passing clusters merge with
        it when linked. Returns the cluster `p` is in."""
        passing = [c for c in [self._copy_target(p)] if c] or self._passing_clusters(p, candidates)
        cluster = passing[0] if passing else self._new_cluster_id()
        self._members.setdefault(cluster, []).append(p.id)
        self._joined[p.id] = cluster
        self._insert(p, cluster)
        for other in passing[1:]:
            self._merge_if_linked(cluster, other)
        return self._cluster_of(p.id)

    def clusters(self) -> list[tuple[str, ...]]:
        """Every event seen, in clusters, sorted like `group`'s output."""
        return sorted(tuple(sorted(m)) for m in self._members.values())

    def live_count(self) -> int:
        return len(self._live)

    def cluster_count(self) -> int:
        return len(self._members)

    def _cluster_of(self, event_id: str) -> str:
        """The current id of the event's cluster, following retirements (and shortening the path)."""
        cluster = self._joined[event_id]
        path = []
        while cluster in self._retired:
            path.append(cluster)
            cluster = self._retired[cluster]
        for old in path:
            self._retired[old] = cluster
        self._joined[event_id] = cluster
        return cluster

    def _copy_target(self, p: Profile) -> str | None:
        original = self._main_of_article.get(p.copies_of or "") if p.main else None
        return self._cluster_of(original) if original else None

    def _passing_clusters(self, p: Profile, candidates: Sequence[int]) -> list[str]:
        """Candidate clusters whose mean probability with `p` passes the threshold, best first: the mean over
        the cluster's live members and its archived members that `p` reached by name."""
        archived: dict[str, list[Profile]] = defaultdict(list)
        for key in candidates:
            other = self._live.get(key) or self._archive[key]
            archived[self._cluster_of(other.id)].extend([] if key in self._live else [other])
        scored = []
        for cluster in sorted(archived):
            members = [self._live[k] for k in sorted(self._live_members.get(cluster, ()))] + archived[cluster]
            if not members or any(q.article == p.article for q in members):
                continue
            score = passing_mean((self._scorer(p, q) for q in members), len(members), self.linker.threshold)
            if score is not None:
                scored.append((-score, cluster))
        return [cluster for _, cluster in sorted(scored)]

    def _regroup_locally(self, p: Profile, candidates: Sequence[int]) -> str | None:
        """Cluster `p` and the live members of the clusters it links to (a candidate scoring at least the
        threshold, or its original) again, by the batch's average link (`_average_link`), and re-partition
        them: a report arriving later can undo an earlier join (E joined {x} at .6; its true partner F scores
        E .95 and x .1: batch merges E with F and refuses x, a greedy join would take F into {x, E}).
        Expired members stay with their cluster's id; the clusters' archived members come along, tied to
        their cluster (batch would count them in the means). Returns `p`'s cluster, or None when the clusters
        hold more than LOCAL_CAP live events or `p` copies another report (then `_join_greedily` decides).
        An event that links to nothing opens a cluster of its own."""
        linked = self._linked_clusters(p, candidates)
        if not linked:
            return None if linked is None else self._open(p)
        linked = {c: self._archived_members(c, hits) for c, hits in linked.items()}
        nodes: list[Profile] = [p]
        for cluster, hits in linked.items():
            nodes.extend(self._live[k] for k in sorted(self._live_members.get(cluster, ())))
            nodes.extend(hits)
        if sum(1 for q in nodes if q.id in self._live_ids) >= LOCAL_CAP:
            return None
        groups = _average_link(nodes, self._local_edges(nodes), self._scorer, self.linker.threshold)
        return self._repartition(p, groups, linked)

    def _linked_clusters(self, p: Profile, candidates: Sequence[int]) -> dict[str, list[Profile]] | None:
        """The clusters `p` has an edge to (its original's, or a candidate's that scores at least the
        threshold), each with the archived members `p` reached; None when `p` copies another report (its
        original's cluster decides, greedily, as the batch's copy edge does)."""
        if self._copy_target(p):
            return None
        linked: dict[str, list[Profile]] = {}
        threshold = self.linker.threshold
        for key in candidates:
            other = self._live.get(key) or self._archive[key]
            if self._scorer(p, other) >= threshold:
                linked.setdefault(self._cluster_of(other.id), []).extend([] if key in self._live else [other])
        return dict(sorted(linked.items()))

    def _archived_members(self, cluster: str, hits: list[Profile]) -> list[Profile]:
        """The cluster's members still in the archive (at most LOCAL_CAP; else the ones `p` reached)."""
        members = [self._archive[k] for m in self._members[cluster] if (k := self._archived_ids.get(m)) is not None]
        return sorted(members, key=lambda q: q.id) if len(members) <= LOCAL_CAP else hits

    def _local_edges(self, nodes: Sequence[Profile]) -> list[tuple[float, str, str, int, int]]:
        """Every passing pair of the local set, best first; archived members of one cluster are tied first
        (they have expired: their cluster cannot split). Only the passing pairs of the new event with the
        candidates it reached would have missed some merges a batch makes through other reports' edges."""
        threshold = self.linker.threshold
        home = {q.id: self._cluster_of(q.id) for q in nodes[1:] if q.id not in self._live_ids}
        edges = []
        for i, a in enumerate(nodes):
            for j in range(i + 1, len(nodes)):
                b = nodes[j]
                if i and a.id in home and b.id in home and home[a.id] == home[b.id]:
                    edges.append((-2.0, a.id, b.id, i, j))
                    continue
                score = self._scorer(a, b)
                if score >= threshold:
                    edges.append((-score, a.id, b.id, i, j))
        edges.sort()
        return edges

    def _repartition(
        self, p: Profile, groups: Sequence[tuple[str, ...]], linked: Mapping[str, Sequence[Profile]]
    ) -> str:
        """The old clusters' live members (and `p`) as `groups` say. A group takes the id of the old cluster
        whose archived members it holds (another such cluster retires into it), else of the old cluster it
        holds most live members of (ties: the older id); each old id goes to one group, the rest open new
        ids. An old cluster no group took keeps its expired members, or leaves when it has none."""
        old = {self._live[k].id: c for c in linked for k in self._live_members.get(c, ())}
        pinned = {q.id: c for c, hits in linked.items() for q in hits}
        names = self._assign(groups, old, pinned)
        moving = set(old)
        rests = {c: [m for m in self._members[c] if m not in moving] for c in linked}
        for c in linked:
            del self._members[c]
            self._live_members.pop(c, None)
        cluster_of_p = ""
        for group, name in zip(groups, names, strict=True):
            members = list(rests.pop(name, []))
            for retired in sorted({pinned[m] for m in group if m in pinned} - {name}):
                if retired in rests and retired not in names:
                    members.extend(rests.pop(retired))
                    self._retired[retired] = name
            members.extend(m for m in group if m not in pinned)
            self._members[name] = members
            for m in group:
                if m in old:
                    self._joined[m] = name
                    self._live_members[name].add(self._live_ids[m])
            if p.id in group:
                cluster_of_p = name
        for c, rest in rests.items():
            if rest:
                self._members[c] = rest
        self._joined[p.id] = cluster_of_p
        self._insert(p, cluster_of_p)
        return cluster_of_p

    def _assign(
        self, groups: Sequence[tuple[str, ...]], old: Mapping[str, str], pinned: Mapping[str, str]
    ) -> list[str]:
        """A cluster id for each group (see `_repartition`)."""
        claims: list[tuple[int, int, int, str]] = []
        for g, group in enumerate(groups):
            held = Counter(old[m] for m in group if m in old)
            for c in {pinned[m] for m in group if m in pinned}:
                held[c] = len(old) + 1  # before any count of live members
            claims.extend((-n, _opened_order(c), g, c) for c, n in held.items())
        names: dict[int, str] = {}
        taken: set[str] = set()
        for _, _, g, c in sorted(claims):
            if g not in names and c not in taken:
                names[g] = c
                taken.add(c)
        return [names.get(g) or self._new_cluster_id() for g in range(len(groups))]

    def _open(self, p: Profile) -> str:
        """`p` alone in a new cluster."""
        cluster = self._new_cluster_id()
        self._members[cluster] = [p.id]
        self._joined[p.id] = cluster
        self._insert(p, cluster)
        return cluster

    def _merge_if_linked(self, keep: str, other: str) -> None:
        """Average link between two live clusters; the merged cluster keeps `keep`'s id. A background event
        whose report's main event is on the other side is set aside into a cluster of its own (`set_aside`).

        The longer member list absorbs the shorter, and `other` is retired (not relabelled member by member),
        so a merge costs the smaller cluster, not the larger.
        """
        if keep == other or keep not in self._members or other not in self._members:
            return
        a = {k: self._live[k] for k in sorted(self._live_members.get(keep, ()))}
        b = {k: self._live[k] for k in sorted(self._live_members.get(other, ()))}
        aside = set_aside(list(a.values()), list(b.values())) if a and b else None
        if aside is None:
            return
        kept_a = [q for q in a.values() if q.id not in aside]
        kept_b = [q for q in b.values() if q.id not in aside]
        mean = sum(self._scorer(x, y) for x in kept_a for y in kept_b) / (len(kept_a) * len(kept_b))
        if mean < self.linker.threshold:
            return
        for cluster, live in ((keep, a), (other, b)):
            for key, q in live.items():
                if q.id in aside:
                    self._leave(cluster, key, q.id)
        small, large = sorted((self._members.pop(other), self._members[keep]), key=len)
        large.extend(small)
        self._members[keep] = large
        self._retired[other] = keep
        self._live_members[keep] |= self._live_members.pop(other, set())

    def _leave(self, cluster: str, key: int, event_id: str) -> None:
        """A live event leaves its cluster for a new one of its own."""
        self._members[cluster].remove(event_id)
        self._live_members[cluster].discard(key)
        alone = self._new_cluster_id()
        self._members[alone] = [event_id]
        self._live_members[alone] = {key}
        self._joined[event_id] = alone

    def _new_cluster_id(self) -> str:
        self._opened += 1
        return f"g{self._opened}"

    def _candidates(self, p: Profile) -> list[int]:
        """Keys of the live events near `p` (neighbours, rare names, in the window), then of the live or
        archived events it shares rare people's names with."""
        found = self._neighbours(p) | self._rare_name_hits(p)
        near = [i for i in sorted(found) if i in self._live and _within(p, self._live[i], self.window)]
        near = sorted(set(near) | self._town_hits(p))
        return near + sorted((self._far_hits(p) | self._same_day_hits(p)) - set(near))

    def _same_day_hits(self, p: Profile) -> set[int]:
        """Keys of the K archived main events most similar to `p` that are dated to its day: a trial or an
        arrest weeks later retells the day of the attack (the batch's same-day allowance, `_within`)."""
        day = _precise_day(p)
        keys = self._archived_days.get(day) if day is not None else None
        if not keys:
            return set()
        sims = sorted((-float(self._archive[k].vector @ p.vector), k) for k in keys)
        return {k for _, k in sims[:K]}

    def _town_hits(self, p: Profile) -> set[int]:
        """Keys of the live main events resolved to `p`'s town and published within TOWN_DAYS (`_town_pairs`)."""
        town = town_of(p)
        hits = self._towns.get(town, ()) if town is not None else ()
        return {i for i in hits if _close_published(p, self._live[i])}

    def _far_hits(self, p: Profile) -> set[int]:
        """Keys of live or archived main events sharing FAR_MIN_SHARED rare people's names with `p`, at any
        publication gap (the batch's `_far_name_pairs`)."""
        if not p.main:
            return set()
        counts: Counter[int] = Counter()
        for t in p.far_keys:
            hits = self._people.get(t)
            if hits and len(hits) < FAR_DF:  # with `p`, at most FAR_DF events carry the name
                counts.update(hits)
        return {i for i, n in counts.items() if n >= FAR_MIN_SHARED}

    def _neighbours(self, p: Profile) -> set[int]:
        """Keys of the K most similar live events, over the blocks the vector fills."""
        hits: list[tuple[float, int]] = []
        for block, filled in zip(self._blocks, p.blocks, strict=True):
            if filled:
                hits.extend(block.search(p.vector, K))
        return {key for _, key in sorted(hits, reverse=True)[:K]}

    def _rare_name_hits(self, p: Profile) -> set[int]:
        counts: dict[int, int] = defaultdict(int)
        for t in p.indexed:
            hits = self._postings.get(t)
            if hits and len(hits) <= RARE_DF and not t.startswith("#"):
                for i in hits:
                    counts[i] += 1
        return {i for i, n in counts.items() if n >= MIN_SHARED_RARE}

    def _insert(self, p: Profile, cluster: str) -> None:
        key = self._next
        self._next += 1
        day = p.published or self._newest or date.max
        for block, filled in zip(self._blocks, p.blocks, strict=True):
            if filled:
                block.add(day.toordinal(), p.vector, key)
        self._order.append((day, key))
        self._live[key] = p
        self._live_ids[p.id] = key
        self._live_members[cluster].add(key)
        for t in p.indexed:
            self._postings[t].add(key)
        for t in p.far_keys:
            self._people[t].add(key)
        town = town_of(p)
        if town is not None:
            self._towns[town].add(key)
        self._bodies.setdefault(p.body_key, Counter())[p.title] += 1
        for line in p.lines:
            self._lines.setdefault(line, Counter())[p.title] += 1

    def _expire(self, published: date | None) -> None:
        """Drop events published more than the window before the newest date seen.

        Expiry follows insertion order (publication order in `group_stream`); an event added out of order
        leaves with its neighbours in the queue, and `_within` keeps it from matching meanwhile.
        """
        if published is not None and (self._newest is None or published > self._newest):
            self._newest = published
        if self._newest is None:
            return
        oldest = self._newest - timedelta(days=self.window)
        while self._order and self._order[0][0] < oldest:
            self._forget(self._order.popleft()[1])
        for block in self._blocks:
            block.drop_before(oldest.toordinal())

    def _forget(self, key: int) -> None:
        """An expired event leaves the search structures; its id stays in its cluster."""
        old = self._live.pop(key)
        if self._live_ids.get(old.id) == key:  # an id added twice stays live with its second copy
            del self._live_ids[old.id]
        cluster = self._cluster_of(old.id)
        self._live_members[cluster].discard(key)
        if not self._live_members[cluster]:
            del self._live_members[cluster]
        self._weighed.append(old.indexed)
        for t in old.indexed:
            self._postings[t].discard(key)
            if not self._postings[t]:
                del self._postings[t]
        town = town_of(old)
        if town is not None:
            self._towns[town].discard(key)
            if not self._towns[town]:
                del self._towns[town]
        _uncount(self._bodies, old.body_key, old.title)
        for line in old.lines:
            _uncount(self._lines, line, old.title)
        self._archive_event(key, old)

    def _trim_weights(self) -> None:
        """The term weights count the live events and, up to WEIGHT_EVENTS in all, the latest expired ones
        (`_weighed`): a quiet window (a few dozen local reports) is too few documents for a fair idf."""
        while self._weighed and self.weights.n > WEIGHT_EVENTS:
            self.weights.remove(self._weighed.popleft())

    def _archive_event(self, key: int, old: Profile) -> None:
        """Keep an expired main event that names people or is dated to the day; the oldest archived one
        leaves when full."""
        day = _precise_day(old) if old.main else None
        if not old.far_keys and day is None:
            return
        self._archive[key] = old
        self._archived_ids[old.id] = key
        if day is not None:
            self._archived_days[day].add(key)
        if len(self._archive) > ARCHIVE_EVENTS:
            first = next(iter(self._archive))
            gone = self._archive.pop(first)
            if self._archived_ids.get(gone.id) == first:
                del self._archived_ids[gone.id]
            gone_day = _precise_day(gone)
            if gone_day is not None and gone_day in self._archived_days:
                self._archived_days[gone_day].discard(first)
                if not self._archived_days[gone_day]:
                    del self._archived_days[gone_day]
            for t in gone.far_keys:
                self._people[t].discard(first)
                if not self._people[t]:
                    del self._people[t]
