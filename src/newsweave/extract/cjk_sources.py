"""Sources in scripts written without spaces (Chinese): "据新华社报道" (between 据 and its verb) and "警方表示，"
(the clause before a speech verb that a comma or a colon follows).

Time words that open the clause ("当地时间17日", "周五") and adverbs before the verb ("也", "还") are not the
speaker; a clause longer than a name is no speaker at all (unknown rather than wrong).
"""

from __future__ import annotations

import re
from functools import cache

from newsweave.extract.tables import LanguageTable, Patterns, compile_any
from newsweave.models import Span

MAX_SOURCE_CHARS = 16  # "美国有线电视新闻网", "叙利亚人权观察组织": longer is a clause
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！!？?\n（）()“”\"「」、—]")  # "FRAMINGHAM——当局表示": a dateline's dash
_SPOKEN_AFTER = re.compile(r"[，,：:“\"「]")


def _leading(table: LanguageTable) -> re.Pattern[str]:
    """Time words and links that open a speaker's clause (`LanguageTable.source_trim`)."""
    return _any_of(table.source_trim[0], "^(?:", ")+")


def _trailing(table: LanguageTable) -> re.Pattern[str]:
    """Adverbs and days right before the speech verb (`LanguageTable.source_trim`)."""
    return _any_of(table.source_trim[1], "(?:", ")+$")


@cache
def _any_of(words: Patterns, prefix: str, suffix: str) -> re.Pattern[str]:
    """The words in table order (not longest first, unlike `compile_any`), repeated."""
    return re.compile(prefix + ("|".join(words) or r"(?!x)x") + suffix)


def _source_after_ju(text: str, sentence: Span, table: LanguageTable) -> list[tuple[int, str]]:
    if not table.source_follows:
        return []
    starts = compile_any(table.source_follows, prefix="", suffix="")
    stops = "|".join(table.source_stops) or r"(?!x)x"
    pattern = re.compile(rf"(?P<source>[^，,。；;：:！!？?\n“”\"]{{2,{MAX_SOURCE_CHARS}}}?)(?:{stops})")
    found = []
    for m in starts.finditer(text, sentence[0], sentence[1]):
        source = pattern.match(text, m.end(), sentence[1])
        if source:
            found.append((m.start(), source.group("source")))
    return found


def _source_before(text: str, sentence: Span, table: LanguageTable) -> list[tuple[int, str]]:
    """ "警察によると": the clause before a cue that names its source first (Japanese)."""
    if not table.source_precedes:
        return []
    found = []
    for m in compile_any(table.source_precedes, prefix="", suffix="").finditer(text, sentence[0], sentence[1]):
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, sentence[0], m.start())]
        phrase = _leading(table).sub("", text[breaks[-1] if breaks else sentence[0] : m.start()].strip())
        if 1 <= len(phrase) <= MAX_SOURCE_CHARS:
            found.append((m.start(), phrase))
    return found


def _speakers(text: str, sentence: Span, table: LanguageTable) -> list[tuple[int, str]]:
    found = []
    for m in compile_any(table.speech_verbs, prefix="", suffix="").finditer(text, sentence[0], sentence[1]):
        if not _SPOKEN_AFTER.match(text, m.end()):
            continue
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, sentence[0], m.start())]
        phrase = _leading(table).sub("", text[breaks[-1] if breaks else sentence[0] : m.start()].strip())
        phrase = _trailing(table).sub("", phrase)
        if 1 <= len(phrase) <= MAX_SOURCE_CHARS and not re.search(r"[0-9０-９]", phrase):
            found.append((m.start(), phrase))
    return found


def cjk_sources(text: str, sentence: Span, table: LanguageTable) -> list[tuple[int, str]]:
    """(position, source) of every source the sentence names, in reading order."""
    found = _source_after_ju(text, sentence, table) + _source_before(text, sentence, table)
    return sorted(found + _speakers(text, sentence, table))
