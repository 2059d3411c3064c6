"""What a report's headline tells of: the figure fields it counts or names, read with extraction's own tables.

Extraction keeps a headline's count only when the text lacks that field, so a toll the title and the text both
state ("1 Dead, 3 Injured In Baltimore Quadruple Shooting") leaves no trace of the title in the claims; the
reconciliation rules that ask where a report states its toll read the title again here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsweave.extract import title_figures
from newsweave.extract.figures import implied_death, tells_death
from newsweave.extract.tables import table_for
from newsweave.models import Article

TITLE_CACHE = 8192


@dataclass(frozen=True)
class Headline:
    """The fields a headline tells of, and the totals it writes as numbers ("2 dead, 3 wounded": killed 2, injured
    3); a person named ("Man killed", "Toddler among five wounded") is one victim, often of more, and no total."""

    fields: frozenset[str] = frozenset()
    counts: frozenset[tuple[str, int]] = frozenset()


NO_HEADLINE = Headline()


def read_headline(article: Article) -> Headline:
    """What the article's headline counts ("2 dead, 3 wounded") or names ("Deadly shooting")."""
    title = (article.title or "").strip()
    return _read(title, article.language or "en") if title else NO_HEADLINE


@lru_cache(maxsize=TITLE_CACHE)
def _read(title: str, language: str) -> Headline:
    table = table_for(language)
    found = title_figures(title, language, None, table)
    fields = {f.field for f in found}
    if implied_death(title, (0, len(title)), table) is not None or tells_death(title, table):
        fields.add("killed")
    written = [f for f in found if f.group is None and f.value_span != f.cue_span]  # "2 dead", not "Man killed"
    return Headline(frozenset(fields), frozenset((f.field, f.value) for f in written))
