"""What every reconciliation rule needs to know about a claim: its article, its canonical source, its report.

Also the one test of disagreement the date, place and perpetrator rules share: two values each stated by a
report that does not state the other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from newsweave.aliases import Kind, canonical, narrows, same
from newsweave.extract.attribution import PERSON_PRONOUNS
from newsweave.models import Article, ArticleEvent, Claim, Conflict
from newsweave.reconcile.headlines import NO_HEADLINE, Headline, read_headline

UNRESOLVED_PRONOUNS = frozenset(w for words in PERSON_PRONOUNS.values() for w in words)


@dataclass(frozen=True)
class Context:
    """What the rules need to know about every claim: its article, source and report."""

    articles: dict[str, Article]
    order: dict[str, int]  # article id -> position (publication date, then member order)
    sources: dict[str, str]  # claim id -> canonical source
    headlines: dict[str, Headline] = field(default_factory=dict)  # article id -> what its headline tells

    def published(self, claim: Claim) -> str:
        article = self.articles.get(claim.article)
        return (article.published or "")[:10] if article else ""

    def root(self, claim: Claim) -> str:
        article = self.articles.get(claim.article)
        return (article.copies_of or article.id) if article else claim.article

    def headline(self, claim: Claim) -> Headline:
        return self.headlines.get(claim.article, NO_HEADLINE)

    def time_key(self, claim: Claim) -> tuple[str, int, int, int]:
        rank = {"initial": 0, "revised": 2}.get(claim.qualifier, 1)
        return (self.published(claim), rank, self.order.get(claim.article, 0), claim.span[0])


def build_context(members: Sequence[ArticleEvent], claims: Sequence[Claim], articles: Sequence[Article]) -> Context:
    by_id = {a.id: a for a in articles}
    first = {m.article: n for n, m in reversed(list(enumerate(members)))}
    ids = sorted(by_id, key=lambda a: ((by_id[a].published or "~")[:10], first.get(a, len(first)), a))
    order = {a: n for n, a in enumerate(ids)}
    for claim in claims:
        order.setdefault(claim.article, len(order))
    names = {c.id: _raw_source(c, by_id.get(c.article)) for c in claims}
    resolved = resolve_names(names.values(), "source")
    headlines = {a.id: read_headline(a) for a in articles}
    return Context(by_id, order, {cid: resolved[name] for cid, name in names.items()}, headlines)


def _raw_source(claim: Claim, article: Article | None) -> str:
    """The source as named; a pronoun whose speaker the article left unknown ("he said") is that report's own
    unnamed speaker, never the same source as another report's "he"."""
    if claim.attributed_to and claim.attributed_to.casefold() in UNRESOLVED_PRONOUNS:
        root = (article.copies_of or article.id) if article else claim.article
        return f"{claim.attributed_to} ({root})"
    if claim.attributed_to:
        return claim.attributed_to
    if article is None:
        return claim.article
    if article.outlet:
        return canonical(article.outlet, "outlet")
    return article.copies_of or article.id


def resolve_names(names: Iterable[str], kind: Kind) -> dict[str, str]:
    """Each name -> the display name of its group: names that `aliases.same` joins share one.

    For sources, a general name ("state television", "police") joins the one specific name of the same
    kind the event also uses ("Syrian state television"); with two candidates it stays apart.
    """
    resolved: dict[str, str] = {}
    reps: list[str] = []
    for name in names:
        if name in resolved:
            continue
        canon = canonical(name, kind)
        rep = next((r for r in reps if r == canon or same(r, name, kind)), None)
        if rep is None:
            reps.append(canon)
            rep = canon
        resolved[name] = rep
    if kind == "source":
        narrowed = _narrowed(reps, resolved)
        resolved = {name: narrowed.get(rep, rep) for name, rep in resolved.items()}
    return resolved


def _narrowed(reps: Sequence[str], resolved: dict[str, str]) -> dict[str, str]:
    """General name -> the one specific group it fits: by the group's name or any name it was written as
    ("the regional governor" fits Rosa Quispe, written once as "governor Rosa Quispe")."""
    written: dict[str, list[str]] = {r: [r] for r in reps}
    for name, rep in resolved.items():
        written[rep].append(name)
    out: dict[str, str] = {}
    for general in reps:
        specific = [r for r in reps if r != general and any(narrows(general, w, "source") for w in written[r])]
        if len(specific) == 1 and not any(narrows(w, general, "source") for w in written[specific[0]]):
            out[general] = specific[0]
    return out


def disagreement(
    field: str,
    values: Sequence[str],
    key: Callable[[Claim], str],
    claims: Sequence[Claim],
    ctx: Context,
    label: Callable[[str], str],
) -> list[Conflict]:
    """Values each stated by a report that does not state the other: a real disagreement."""
    by_root: dict[str, set[str]] = {}
    for claim in claims:
        by_root.setdefault(ctx.root(claim), set()).add(key(claim))
    rival = [v for v in values[1:] if _exclusive(values[0], v, by_root)] if values else []
    if not rival:
        return []
    kept = [values[0], *rival]
    sides = tuple(tuple(c.id for c in claims if key(c) == v) for v in kept)
    note = f"{field}: " + " vs ".join(label(v) for v in kept)
    return [Conflict(field, note, tuple(c for side in sides for c in side), sides)]


def _exclusive(a: str, b: str, by_root: dict[str, set[str]]) -> bool:
    only_a = any(a in keys and b not in keys for keys in by_root.values())
    only_b = any(b in keys and a not in keys for keys in by_root.values())
    return only_a and only_b
