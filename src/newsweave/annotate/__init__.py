"""annotate: what each sentence of an article contains — sentences, named entities, counts, dates, places.

    from newsweave.annotate import annotate
    notes = annotate(article)        # notes.quantities[0].value == 53 for "At least 53 people were killed"

Every span is a char offset into `article.text`. Relative dates resolve against `article.published`;
`today` is used only for absolute dates without a year in articles that carry no publication date.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import cache, partial
from itertools import pairwise

from newsweave.annotate import time_tables
from newsweave.annotate.nlp import load
from newsweave.annotate.numbers import find_quantities
from newsweave.annotate.sentence_tables import CONTINUED, TITLES
from newsweave.annotate.times import find_times
from newsweave.models import Annotations, Article, Entity, Span
from newsweave.workers import default_workers, map_chunks

__all__ = [
    "annotate", "annotate_each", "annotate_here", "annotate_many",
    "find_quantities", "find_times", "load", "published_date",
]  # fmt: skip

BATCH_SIZE = 32  # spaCy's nlp.pipe batch
DEFAULT_LANGUAGE = "en"  # for articles whose language is unknown


def annotate(article: Article, *, today: date | None = None) -> Annotations:
    """Sentences, entities, quantities, times and places of one article."""
    return annotate_many([article], today=today)[0]


def annotate_many(
    articles: Sequence[Article], *, today: date | None = None, workers: int | None = None
) -> list[Annotations]:
    """Annotate many articles, one spaCy batch per language; results keep the input order.

    Big batches are shared by `workers` worker processes (default: one per core, see `newsweave.workers`);
    `workers=0` keeps everything in this process. The annotations are the same either way."""
    return list(annotate_each(articles, today=today, workers=workers))


def annotate_each(
    articles: Sequence[Article], *, today: date | None = None, workers: int | None = None
) -> Iterator[Annotations]:
    """annotate_many's results one by one, each as soon as it is ready (for progress bars)."""
    count = default_workers() if workers is None else workers
    return map_chunks(partial(annotate_here, today=today), articles, count)


def annotate_here(articles: Sequence[Article], today: date | None = None) -> list[Annotations]:
    """annotate_many in this process (what each worker runs on its chunk)."""
    by_language: dict[str, list[int]] = defaultdict(list)
    for i, article in enumerate(articles):
        by_language[_language(article)].append(i)
    results: dict[int, Annotations] = {}
    for language, indexes in by_language.items():
        docs = load(language).pipe((articles[i].text for i in indexes), batch_size=BATCH_SIZE)
        for i, doc in zip(indexes, docs, strict=True):
            sentences = ((s.start_char, s.end_char) for s in doc.sents)
            entities = ((e.start_char, e.end_char, e.text, e.label_) for e in doc.ents)
            results[i] = _annotations(articles[i], sentences, entities, language, today)
    return [results[i] for i in range(len(articles))]


def _language(article: Article) -> str:
    return (article.language or DEFAULT_LANGUAGE).lower()[:2]


def _annotations(
    article: Article,
    sentences: Iterable[Span],
    entities: Iterable[tuple[int, int, str, str]],
    language: str,
    today: date | None,
) -> Annotations:
    from newsweave.places import find_places  # written by the places stage; imported late on purpose

    text = article.text
    found = tuple(Entity((start, end), name, label) for start, end, name, label in entities)
    return Annotations(
        article=article.id,
        sentences=tuple(_sentences(text, sentences, language)),
        entities=found,
        quantities=tuple(find_quantities(text, language)),
        times=tuple(find_times(text, language, published_date(article.published), today)),
        places=tuple(find_places(text, found, language)),
    )


def _sentences(text: str, spans: Iterable[Span], language: str) -> list[Span]:
    """spaCy's sentences, also cut at line breaks (headlines, captions), without surrounding whitespace,
    and joined again where spaCy cut after a title ("Sgt."), or before what goes on the sentence: a weekday,
    a month or a lower-case word after "p.m." or "Ave." ("at 10 p.m. | Saturday"), a lower-case word after a
    quote ("“Get down!” | she said")."""
    out: list[Span] = []
    title = _title_pattern(language)
    for span in _lines(text, spans):
        if (
            out
            and "\n" not in text[out[-1][1] : span[0]]
            and (title and title.search(text, out[-1][0], out[-1][1]) or _goes_on(text, out[-1], span, language))
        ):
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def _goes_on(text: str, before: Span, span: Span, language: str) -> bool:
    """The piece at `span` goes on the sentence at `before`: it opens with a lower-case word (not a link or an
    address) after anything but a lower-case word's full stop ("said. | and"), or with a weekday or a month after
    an abbreviation of `sentence_tables.CONTINUED` ("p.m. | Saturday")."""
    first = text[span[0] : span[1]].split(maxsplit=1)[0]
    previous = text[before[0] : before[1]]
    continued = bool(_continued(language).search(previous))
    if first[:1].islower() and not re.search(r"[./@:]\w", first):
        last = previous.split()[-1]
        return continued or not (last.endswith(".") and last[:-1].isalpha() and last[:-1].islower())
    return continued and bool(_day_words(language).match(first))


@cache
def _continued(language: str) -> re.Pattern[str]:
    words = CONTINUED.get(language, ())
    return re.compile(r"(?i)(?<![\w.])(?:" + "|".join(re.escape(w) for w in words) + r")\.$" if words else r"(?!x)x")


@cache
def _day_words(language: str) -> re.Pattern[str]:
    """A weekday or month name opening a piece ("Saturday", "Aug."), from `time_tables`."""
    names = [*time_tables.WEEKDAYS.get(language, {}), *time_tables.MONTHS.get(language, {})]
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?i)(?:{alternatives})(?!\w)" if names else r"(?!x)x")


@cache
def _title_pattern(language: str) -> re.Pattern[str] | None:
    titles = TITLES.get(language)
    if not titles:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in titles) + r")\.$")


# "... police said. * A second man was shot ...": a bullet before a capital, a digit, or Arabic/CJK script
_BULLET = re.compile(r"\s[*•]\s+(?=\d|[A-ZÀ-ÞА-ЯЁІЇЄҐ]|[\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff])")


def _lines(text: str, spans: Iterable[Span]) -> list[Span]:
    """Each span cut at line breaks and at bullets inside a line (" * ", " • " before a capital or a digit)."""
    out: list[Span] = []
    for start, end in spans:
        pos = start
        for line in text[start:end].split("\n"):
            cuts = [0, *(m.end() for m in _BULLET.finditer(line)), len(line)]
            for a, b in pairwise(cuts):
                piece = line[a:b].rstrip(" *•\t")
                stripped = piece.strip()
                if stripped:
                    first = pos + a + piece.index(stripped)
                    out.append((first, first + len(stripped)))
            pos += len(line) + 1
    return out


def published_date(published: str | None) -> date | None:
    """The day of an ISO date or datetime string ("2023-02-18", "2023-02-18T09:30:00Z"); None if unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None
