"""Which date dates an event: the choice among the dates its sentences state (the primitives are in `dates`).

Before segmenting, weekdays after the lede are read against the main event's day and the dates of the happening's
aftermath are dropped ("police released photos Tuesday" of a shooting "early Saturday"), so that neither splits
the story. After segmenting, each event takes the date its happening words claim first; the main event with no
stated date falls back to a day the headline or text names, else the publication day.
"""

from __future__ import annotations

from dataclasses import replace

from newsweave.extract.dates import (
    HAPPENING_OPENING,
    aftermath_of,
    anchor,
    event_date,
    happening,
    named_day_fallback,
    publication_fallback,
    refined_in_text,
    refines,
    says_nothing,
    settles,
    should_anchor,
    title_day,
)
from newsweave.extract.segment import SentenceCues, lede_index
from newsweave.extract.sentences import Sentence
from newsweave.extract.tables import LanguageTable, compile_any
from newsweave.models import Annotations, Article, TimeExpr

__all__ = ["anchor_weekdays", "drop_aftermath", "fallback_date", "text_date"]


def text_date(
    article: Article,
    ann: Annotations,
    table: LanguageTable,
    sentences: list[Sentence],
    main_date: str | None,
    main: bool,
) -> TimeExpr | None:
    """The date the event's sentences state for it (`main_date` reads the other events' relative dates). A year that
    holds the publication day ("killings so far this year") is passed over for the main event: it dates nothing."""
    text = article.text
    published = article.published is not None
    described = [t for t in _by_relevance(text, sentences, table) if not (main and says_nothing(t, article.published))]
    everything = [t for s in sentences for t in s.times if not (main and says_nothing(t, article.published))]
    tied = [t for s in sentences for t in s.times if settles(text, s.span, t, table)]
    t = event_date(described, main_date, main, published, tied) or event_date(everything, main_date, main, published)
    if t is not None and main:
        t = refined_in_text(t, text, ann.sentences or ((0, len(text)),), ann.times, table)
    return t


def fallback_date(article: Article, ann: Annotations, table: LanguageTable) -> tuple[str, str] | None:
    """The main event's date when its text states none: a day the headline or text names, else publication."""
    published_at, language = article.published, article.language or "en"
    return (
        title_day(article.title, language, published_at, table)
        or named_day_fallback(ann.times, published_at)
        or publication_fallback(published_at)
    )


def _by_relevance(text: str, sentences: list[Sentence], table: LanguageTable) -> list[TimeExpr]:
    """The dates of the sentences that name the happening, best first: dates tied to the happening word itself
    first ("was shot Saturday" before "announced charges Sunday", see `dates.happening`), dates after an
    aftermath word ("arrested Sunday", "a hearing Friday") last, then reading order, then the one closest to
    the happening ("a hearing Friday on the shooting Sunday" -> Sunday)."""
    after = compile_any(table.aftermath, suffix=r"\W+(?:\w+\W+){0,3}$") if table.aftermath else None
    ranked = []
    for order, s in enumerate(x for x in sentences if x.figures or x.event_word):
        for t in s.times:
            tied = t.precision == "day" and happening(text, s.span, t, table)
            late = bool(after and after.search(text[max(0, t.span[0] - 40) : t.span[0]]))
            ranked.append(((not tied, late, order, min((abs(t.span[0] - a) for a in s.anchors), default=0)), t))
    return [t for _, t in sorted(ranked, key=lambda r: r[0])]


def anchor_weekdays(
    text: str, sentences: list[Sentence], cues: list[SentenceCues], table: LanguageTable
) -> tuple[list[Sentence], list[SentenceCues]]:
    """Read weekdays after the lede against the main event's date (see `dates`)."""
    lede = lede_index(cues)
    main = next((t for s in sentences[: lede + 1] for t in s.times if not _placeholder(t)), None)
    if main is None or main.precision != "day":
        return _drop_placeholders(sentences, cues)
    for i in range(lede + 1, len(sentences)):
        s = sentences[i]
        times = tuple(anchor(text, t, main, table) if should_anchor(text, t, cues[i].new_event) else t for t in s.times)
        if times != s.times:
            sentences[i] = replace(s, times=times)
            cues[i] = replace(cues[i], dates=times)
    return _drop_placeholders(sentences, cues)


def drop_aftermath(
    text: str, sentences: list[Sentence], cues: list[SentenceCues], table: LanguageTable
) -> tuple[list[Sentence], list[SentenceCues]]:
    """Drop the dates after the main happening's own day that no happening word claims ("police released photos
    Tuesday" of a shooting "early Saturday"): they date its aftermath, so they neither date nor split it. Coarser
    dates around that day ("last week" of "early Thursday") go too: the day says more."""
    main = _happening_day(text, sentences, cues, table)
    if main is None:
        return sentences, cues
    holder = next(i for i, s in enumerate(sentences) if main in s.times)
    cues[holder] = replace(cues[holder], happening=main)
    for i, s in enumerate(sentences):
        times = tuple(
            t
            for t in s.times
            if t is main or not refines(main, t) and (not aftermath_of(t, main) or happening(text, s.span, t, table))
        )
        if times != s.times:
            sentences[i] = replace(s, times=times)
            cues[i] = replace(cues[i], dates=times)
    return sentences, cues


def _happening_day(
    text: str, sentences: list[Sentence], cues: list[SentenceCues], table: LanguageTable
) -> TimeExpr | None:
    """The first day a happening word claims in the opening (`HAPPENING_OPENING` sentences from the lede, up to the
    first cue of another happening past the sentence right after the lede: "the shooting last month" there still
    speaks of the lede's happening), when it is not after the lede's own first date."""
    lede = lede_index(cues)
    first = next((t for s in sentences[: lede + 1] for t in s.times), None)
    for i in range(min(len(sentences), lede + HAPPENING_OPENING)):
        if i > lede and cues[i].new_event:
            if i > lede + 1:
                return None
            continue
        for t in sentences[i].times:
            if t.precision == "day" and happening(text, sentences[i].span, t, table):
                return t if first is None or not aftermath_of(t, first) else None
    return None


def _placeholder(t: TimeExpr) -> bool:
    return t.value.startswith("weekday:")


def _drop_placeholders(
    sentences: list[Sentence], cues: list[SentenceCues]
) -> tuple[list[Sentence], list[SentenceCues]]:
    """Weekdays that could not be read against a date tell nothing; they are dropped."""
    for i, s in enumerate(sentences):
        times = tuple(t for t in s.times if not _placeholder(t))
        if times != s.times:
            sentences[i] = replace(s, times=times)
            cues[i] = replace(cues[i], dates=times)
    return sentences, cues
