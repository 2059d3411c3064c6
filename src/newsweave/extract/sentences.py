"""The sentences extraction works on: each read once for its figures, dates, sources and happening words.

Every later step (segmenting, dating, placing, counting) looks at these, never at raw annotations again, so what
a sentence says is decided in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsweave.extract.attribution import Sources, sentence_sources
from newsweave.extract.dates import event_times, weekday_mentions
from newsweave.extract.figures import FigureMention, find_figures
from newsweave.extract.segment import SentenceCues
from newsweave.extract.tables import LanguageTable, compile_any
from newsweave.models import Annotations, Article, Span, TimeExpr

__all__ = ["Sentence", "bare_sentences", "read_sentences", "sentence_cues", "within"]


@dataclass(frozen=True)
class Sentence:
    index: int
    span: Span
    figures: tuple[FigureMention, ...]
    times: tuple[TimeExpr, ...]
    sources: Sources
    event_word: bool = False
    anchors: tuple[int, ...] = ()  # where the sentence names the happening (casualty cues, event words)


def read_sentences(article: Article, ann: Annotations, table: LanguageTable) -> list[Sentence]:
    """Each sentence with its figures (a count may continue the previous sentence's field), dates and sources."""
    text = article.text
    spans = ann.sentences or ((0, len(text)),)
    sources = sentence_sources(text, spans, ann.entities, table)
    result: list[Sentence] = []
    previous: str | None = None
    for i, span in enumerate(spans):
        figures = find_figures(text, span, ann.quantities, ann.times, table, previous)
        previous = figures[-1].field if figures else None
        times = event_times(text, span, ann.times, table)
        times += tuple(weekday_mentions(text, span, ann.times, table))
        anchors = _anchors(text, span, table)
        result.append(Sentence(i, span, tuple(figures), times, sources[i], bool(anchors), anchors))
    return result


def bare_sentences(article: Article, ann: Annotations) -> list[Sentence]:
    """All sentences with nothing read: where a dateline or a date outside an event's own sentences sits."""
    spans = ann.sentences or ((0, len(article.text)),)
    return [Sentence(i, span, (), (), ()) for i, span in enumerate(spans)]


def _anchors(text: str, span: Span, table: LanguageTable) -> tuple[int, ...]:
    """Where a sentence names the happening itself: event words and casualty cues (not arrests or releases)."""
    words = [m.start() for m in compile_any(table.event_words).finditer(text, span[0], span[1])]
    harm = ("killed", "injured", "kidnapped", "missing")
    cues = [m.start() for f in harm for m in compile_any(table.casualty[f]).finditer(text, span[0], span[1])]
    return tuple(sorted(words + cues))


def sentence_cues(text: str, s: Sentence, table: LanguageTable) -> SentenceCues:
    """What `segment` needs to know of a sentence to tell where another happening starts."""
    a, b = s.span
    return SentenceCues(
        span=s.span,
        has_figures=bool(s.figures),
        dates=s.times,
        new_event=bool(compile_any(table.new_event).search(text, a, b)),
        back_reference=bool(compile_any(table.back_reference).search(text, a, b)),
        event_word=s.event_word,
    )


def within(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] < outer[1]
