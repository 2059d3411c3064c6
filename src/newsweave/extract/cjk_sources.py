"""Sources in scripts written without spaces (Chinese): "据新华社报道" (between 据 and its verb) and "警方表示，"
(the clause before a speech verb that a comma or a colon follows).

Time words that open the clause ("当地时间17日", "周五") and adverbs before the verb ("也", "还") are not the
speaker; a clause longer than a name is no speaker at all (unknown rather than wrong).
"""

from __future__ import annotations

import re

from newsweave.extract.tables import LanguageTable, compile_any
from newsweave.models import Span

MAX_SOURCE_CHARS = 16  # "美国有线电视新闻网", "叙利亚人权观察组织": longer is a clause
# what ends the source after "据": a verb or a noun for what it gave ("据警方通报", "据卫生部统计", "据当地媒体消息")
_AFTER_SOURCE = (
    r"的?(?:报道|報道|报导|報導|称|稱|消息|介绍|介紹|统计|統計|数据|數據|报告|報告|表示|说|說|透露|通报|通報|披露|显示"
    r"|顯示|公布|發布|发布|指出)"
)
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！!？?\n（）()“”\"「」、—]")  # "FRAMINGHAM——当局表示": a dateline's dash
_SPOKEN_AFTER = re.compile(r"[，,：:“\"「]")
_LEADING = re.compile(
    r"^(?:(?:据|據|根据|根據|当地时间|當地時間|北京时间|北京時間|此外|另外|同时|同時|随后|隨後|目前|对此|對此|[0-9０-９]+月|[0-9０-９]+[日号]"
    r"|(?:周|週|星期)[一二三四五六日天]|昨天|今天|昨日|今日|早些时候|晚间|晚上|上午|下午|凌晨)+)"
)
_TRAILING = re.compile(
    r"(?:也|还|還|则|則|已|曾|再次|随后|隨後|今天|昨天|日前|近日|(?:周|週|星期)[一二三四五六日天]|早上|上午|中午|下午|晚上|晚间"
    r"|凌晨|深夜|[0-9０-９]+日)+$"
)


def _source_after_ju(text: str, sentence: Span, table: LanguageTable) -> list[tuple[int, str]]:
    if not table.source_follows:
        return []
    starts = compile_any(table.source_follows, prefix="", suffix="")
    pattern = re.compile(rf"(?P<source>[^，,。；;：:！!？?\n“”\"]{{2,{MAX_SOURCE_CHARS}}}?){_AFTER_SOURCE}")
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
        phrase = _LEADING.sub("", text[breaks[-1] if breaks else sentence[0] : m.start()].strip())
        if 1 <= len(phrase) <= MAX_SOURCE_CHARS:
            found.append((m.start(), phrase))
    return found


def _speakers(text: str, sentence: Span, table: LanguageTable) -> list[tuple[int, str]]:
    found = []
    for m in compile_any(table.speech_verbs, prefix="", suffix="").finditer(text, sentence[0], sentence[1]):
        if not _SPOKEN_AFTER.match(text, m.end()):
            continue
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, sentence[0], m.start())]
        phrase = _TRAILING.sub("", _LEADING.sub("", text[breaks[-1] if breaks else sentence[0] : m.start()].strip()))
        if 1 <= len(phrase) <= MAX_SOURCE_CHARS and not re.search(r"[0-9０-９]", phrase):
            found.append((m.start(), phrase))
    return found


def cjk_sources(text: str, sentence: Span, table: LanguageTable) -> list[tuple[int, str]]:
    """(position, source) of every source the sentence names, in reading order."""
    found = _source_after_ju(text, sentence, table) + _source_before(text, sentence, table)
    return sorted(found + _speakers(text, sentence, table))
