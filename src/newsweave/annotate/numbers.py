"""Counts as written ("1,014", "Fifty-three", "dozens", "between 6,000 and 10,000"), turned into Quantities.

Only numbers that could count people or things come out: years, times, dates, ordinals, ages, percentages,
money, measures, codes and phone numbers are dropped (see `number_tables.EXCLUDE_*`). The rules live in
`number_tables.py`; this module only reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from text_to_num import text2num

from newsweave.annotate import number_tables as nt
from newsweave.annotate import time_tables as tt
from newsweave.models import Quantity

_DIGITS = str.maketrans(nt.DIGIT_MAP)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
MAX_RUN = 10  # number words read as one number at most ("one hundred and twenty-three thousand ...")


@dataclass(frozen=True)
class _Hit:
    """A number found in the text, before ranges and qualifiers are applied."""

    start: int
    end: int
    value: int
    low: int
    high: int
    qualifier: str = "exact"
    kind: str = "digits"  # digits | words | vague
    scale: int = 1


@dataclass(frozen=True)
class _Patterns:
    digits: re.Pattern[str]
    scale: re.Pattern[str] | None
    number_part: re.Pattern[str] | None
    vague: re.Pattern[str] | None
    vague_values: tuple[tuple[int, int, int], ...]
    before: re.Pattern[str]
    after: re.Pattern[str]
    qualifier_before: re.Pattern[str] | None
    glued: re.Pattern[str]


def find_quantities(text: str, language: str, start: int = 0) -> list[Quantity]:
    """Every count in `text`, in order; spans are offsets into `text` plus `start`."""
    lang = language.lower()[:2] if language else "en"
    if lang in ("zh", "ja"):  # written without spaces: "三十六人", "1.2万" (newsweave.annotate.cjk)
        from newsweave.annotate.cjk import find_cjk_quantities

        return find_cjk_quantities(text, start)
    pats = _patterns(lang)
    norm = text.translate(_DIGITS)
    masked = _masked(norm)
    hits = _digit_hits(norm, lang, pats) + _word_hits(text, lang) + _vague_hits(text, pats)
    hits = _scaled_parts(text, _non_overlapping(hits), lang)
    hits = [h for h in _ranges(text, hits, lang) if not _excluded(norm, h, lang, pats, masked)]
    hits = [_qualify(text, h, lang, pats) for h in hits]
    return [_quantity(text, h, start) for h in hits]


# --- patterns ----------------------------------------------------------------------------------------


def _table(table: dict[str, str], lang: str) -> str:
    return table.get(lang, table["default"])


def _alternation(words: Iterable[str]) -> str:
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


@cache
def _patterns(lang: str) -> _Patterns:
    groups = re.escape(_table(nt.GROUP_SEPARATORS, lang))
    dec = re.escape(_table(nt.DECIMAL_MARK, lang))
    digits = re.compile(
        rf"(?<!\d)(?<!\d[.,])(?P<int>\d{{1,3}}(?P<sep>[{groups}])\d{{3}}(?:(?P=sep)\d{{3}})*|\d+)"
        rf"(?:(?P<dec>{dec})(?P<frac>\d+))?(?!\d)"
    )
    scales = nt.SCALES.get(lang, {}) | nt.SCALES["en"]
    parts = nt.NUMBER_PARTS.get(lang)
    vague = nt.VAGUE.get(lang, {})
    return _Patterns(
        digits=digits,
        scale=re.compile(rf"\s*({_alternation(scales)})(?!\w)", re.I),
        number_part=re.compile(rf"(?:{_alternation(parts)})(?:-?(?:{_alternation(parts)}))*") if parts else None,
        vague=_vague_pattern(vague),
        vague_values=tuple(vague.values()),
        before=re.compile("(?:" + "|".join(nt.EXCLUDE_BEFORE["all"] + nt.EXCLUDE_BEFORE.get(lang, ())) + ")$", re.I),
        after=re.compile("(?:" + "|".join(nt.EXCLUDE_AFTER["all"] + nt.EXCLUDE_AFTER.get(lang, ())) + ")", re.I),
        qualifier_before=_qualifier_pattern(lang),
        glued=re.compile(_table(nt.GLUED_BEFORE, lang)),
    )


def _vague_pattern(vague: dict[str, tuple[int, int, int]]) -> re.Pattern[str] | None:
    if not vague:
        return None
    named = "|".join(f"(?P<v{i}>{key})" for i, key in enumerate(vague))
    return re.compile(rf"(?<!\w)(?:{named})(?!\w)", re.I)


def _qualifier_pattern(lang: str) -> re.Pattern[str] | None:
    words = nt.QUALIFIERS_BEFORE.get(lang, {})
    if not words:
        return None
    return re.compile(rf"(?<!\w)({_alternation(words)})\s+$", re.I)


# --- finding ----------------------------------------------------------------------------------------


def _masked(norm: str) -> list[tuple[int, int]]:
    return [m.span() for pattern in nt.MASKS for m in re.finditer(pattern, norm)]


def _digit_hits(norm: str, lang: str, pats: _Patterns) -> list[_Hit]:
    hits = []
    for m in pats.digits.finditer(norm):
        hit = _digit_hit(norm, m, pats)
        if hit is not None:
            hits.append(hit)
    return hits


def _digit_hit(norm: str, m: re.Match[str], pats: _Patterns) -> _Hit | None:
    whole = int(re.sub(r"\D", "", m["int"]))
    number = float(f"{whole}.{m['frac']}") if m["frac"] else float(whole)
    scale, end = 1, m.end()
    found = pats.scale.match(norm, end) if pats.scale else None
    if found:
        scale, end = _scale_value(found.group(1)), found.end()
    bare = not m["sep"] and (_is_year(m["int"]) or len(m["int"]) > nt.MAX_BARE_DIGITS)
    if scale == 1 and (m["frac"] or bare):
        return None
    value = round(number * scale)
    return _Hit(m.start(), end, value, value, value, scale=scale)


def _scale_value(word: str) -> int:
    key = re.sub(r"\s+", " ", word.lower())
    for table in nt.SCALES.values():
        if key in table:
            return table[key]
    return 1


def _is_year(digits: str) -> bool:
    low, high = nt.YEAR_RANGE
    return len(digits) == 4 and low <= int(digits) <= high


def _word_hits(text: str, lang: str) -> list[_Hit]:
    tokens = [m for m in _WORD.finditer(text) if _is_number_word(_fold(m.group(), lang), lang)]
    hits: list[_Hit] = []
    for run in _runs(text, tokens, lang):
        hits.extend(_parse_run(text, run, lang))
    return hits


def _fold(word: str, lang: str) -> str:
    if lang in nt.TURKIC_CASE:
        word = word.replace("İ", "i").replace("I", "ı")
    return word.lower()


@lru_cache(maxsize=65536)
def _is_number_word(word: str, lang: str) -> bool:
    if word in nt.NUMBER_JOINERS.get(lang, ()) or word in nt.DOZEN_WORDS.get(lang, ()):
        return True
    values = nt.WORD_VALUES.get(lang)
    if values is not None:
        return _strip_prefix(word, lang) in values
    part = _patterns(lang).number_part
    return bool(part and part.fullmatch(word))


def _strip_prefix(word: str, lang: str) -> str:
    values = nt.WORD_VALUES.get(lang, {})
    for prefix in nt.WORD_PREFIXES.get(lang, ()):
        if word.startswith(prefix) and word[len(prefix):] in values:
            return word[len(prefix):]
    return word


def _prefix_length(word: str, lang: str) -> int:
    """The length of a clitic glued to the first number word ("و" in "وسبعة"), left out of the span."""
    return len(word) - len(_strip_prefix(word, lang))


def _runs(text: str, tokens: list[re.Match[str]], lang: str) -> list[list[re.Match[str]]]:
    """Group number words that follow each other with only spaces between them."""
    runs: list[list[re.Match[str]]] = []
    for token in tokens:
        if runs and not text[runs[-1][-1].end():token.start()].strip():
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def _parse_run(text: str, run: list[re.Match[str]], lang: str) -> list[_Hit]:
    """Split a run of number words into the longest pieces that read as numbers."""
    hits, i = [], 0
    while i < len(run):
        for j in range(min(len(run), i + MAX_RUN), i, -1):
            value = _words_value([_fold(t.group(), lang) for t in run[i:j]], lang)
            if value is not None:
                start = run[i].start() + _prefix_length(_fold(run[i].group(), lang), lang)
                hits.append(_Hit(start, run[j - 1].end(), value, value, value, kind="words"))
                i = j
                break
        else:
            i += 1
    return hits


def _words_value(words: list[str], lang: str) -> int | None:
    joiners = nt.NUMBER_JOINERS.get(lang, ())
    if words[0] in joiners or words[-1] in joiners:
        return None
    if len(words) == 1 and words[0] in nt.ALONE_NOT_A_NUMBER.get(lang, frozenset()):
        return None
    if words[-1] in nt.DOZEN_WORDS.get(lang, ()):
        count = _words_value(words[:-1], lang) if len(words) > 1 else None
        return count * 12 if count else None
    if lang in nt.WORD_VALUES:
        return _additive([nt.WORD_VALUES[lang][_strip_prefix(w, lang)] for w in words])
    try:
        return int(text2num(" ".join(words), lang if lang in nt.TEXT2NUM_LANGUAGES else "en"))
    except (ValueError, KeyError, IndexError, AssertionError):
        return None


def _additive(values: list[int]) -> int:
    """Read word values the way Arabic and Turkish compose them: units add, hundreds/thousands multiply."""
    total, current = 0, 0
    for value in values:
        if value == 100:
            current = max(current, 1) * 100
        elif value in nt.MULTIPLIERS:
            total, current = total + max(current, 1) * value, 0
        else:
            current += value
    return total + current


def _vague_hits(text: str, pats: _Patterns) -> list[_Hit]:
    if pats.vague is None:
        return []
    hits = []
    for m in pats.vague.finditer(text):
        index = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
        value, low, high = pats.vague_values[index]
        hits.append(_Hit(m.start(), m.end(), value, low, high, "about", kind="vague"))
    return hits


def _non_overlapping(hits: list[_Hit]) -> list[_Hit]:
    """Keep the longest of overlapping hits; return them in text order."""
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


# --- excluding ---------------------------------------------------------------------------------------


def _excluded(norm: str, hit: _Hit, lang: str, pats: _Patterns, masked: list[tuple[int, int]]) -> bool:
    """True when the number is a year, time, date, age, percentage, sum, measure or code."""
    if any(hit.start < e and hit.end > s for s, e in masked):
        return True
    before, after = norm[max(0, hit.start - 40):hit.start], norm[hit.end:hit.end + 40]
    if pats.before.search(before) or pats.after.match(after):
        return True
    if hit.kind == "digits" and pats.glued.search(before):
        return True
    if hit.kind == "words" and re.search(r"\d-$", before):
        return True  # "7-Eleven": a name, not a count
    if hit.kind != "vague" and (_next_to_month(before, after, lang) or _is_age(before, after)):
        return True
    return _is_pronoun(norm[hit.start:hit.end], before, lang)


_WORD_BEFORE = re.compile(r"(\w+)\.?\s*(?:de\s+)?$")
_WORD_AFTER = re.compile(r"^(?:st|nd|rd|th|er|e)?\.?\s*(?:de\s+|of\s+)?(\w+)")


def _next_to_month(before: str, after: str, lang: str) -> bool:
    """ "February 17", "17 février", "17. Februar": the number is a day of the month (a comma breaks the tie:
    "In February, 36 people")."""
    words = [m.group(1) for m in (_WORD_BEFORE.search(before), _WORD_AFTER.match(after)) if m]
    return any(_is_month(word, lang) for word in words)


def _is_month(word: str, lang: str) -> bool:
    key = word.lower()
    names, ambiguous = _month_names(lang)
    return key in names and (key not in ambiguous or word[:1].isupper() or lang not in tt.CAPITALISED_MONTHS)


@cache
def _month_names(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    names = frozenset(tt.MONTHS.get(lang, {})) | frozenset(tt.MONTHS["en"])
    ambiguous = tt.AMBIGUOUS_MONTHS.get(lang, frozenset()) | tt.AMBIGUOUS_MONTHS["en"]
    return names, ambiguous


def _is_age(before: str, after: str) -> bool:
    return any(re.search(b + "$", before) and re.match(a, after) for b, a in nt.AGE_CONTEXTS)


def _is_pronoun(written: str, before: str, lang: str) -> bool:
    if written.lower() != "one" or lang not in nt.ONE_NOT_AFTER:
        return False
    words = "|".join(re.escape(w) for w in nt.ONE_NOT_AFTER[lang])
    return bool(re.search(rf"(?<!\w)(?:{words})\s*$", before, re.I))


# --- ranges and qualifiers ----------------------------------------------------------------------------


def _scaled_parts(text: str, hits: list[_Hit], lang: str) -> list[_Hit]:
    """Join "16 bin 563" into 16,563 where the language writes big numbers as scaled parts: a scaled number and,
    after nothing but a space, a smaller one in digits."""
    if lang not in nt.SCALED_PARTS:
        return hits
    out: list[_Hit] = []
    for hit in hits:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == hit.kind == "digits"
            and last.scale > 1
            and last.qualifier == hit.qualifier == "exact"
            and hit.value < last.scale
            and text[last.end : hit.start].isspace()
        ):
            value = last.value + hit.value
            out[-1] = _Hit(last.start, hit.end, value, value, value, scale=min(last.scale, hit.scale))
        else:
            out.append(hit)
    return out


def _ranges(text: str, hits: list[_Hit], lang: str) -> list[_Hit]:
    """Join "between 6,000 and 10,000", "two or three", "10-15" into one range."""
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        joined = _range(text, hits[i], hits[i + 1], lang) if i + 1 < len(hits) else None
        out.append(joined or hits[i])
        i += 2 if joined else 1
    return out


def _range(text: str, a: _Hit, b: _Hit, lang: str) -> _Hit | None:
    if a.kind == "vague" or b.kind == "vague":
        return None
    if a.scale == 1 and b.scale > 1 and a.value < 1000:
        a = replace(a, value=a.value * b.scale, low=a.low * b.scale, high=a.high * b.scale)
    if b.value <= a.value:
        return None
    between, before = text[a.end:b.start], text[max(0, a.start - 30):a.start]
    if a.kind != b.kind and not between.strip(" -"):
        return None  # "7-Eleven" is a shop: a range joins numbers written alike ("10-15", "two or three")
    for lead, joiner in nt.RANGES.get(lang, nt.RANGES["en"]):
        if not re.fullmatch(rf"\s*{re.escape(joiner)}\s*", between, re.I):
            continue
        start = _range_start(before, a.start, lead, lang)
        if start is not None:
            return _Hit(start, b.end, a.low, a.low, b.high, "range", a.kind, b.scale)
    return None


def _range_start(before: str, start: int, lead: str, lang: str) -> int | None:
    if lead:
        m = re.search(rf"(?<!\w){re.escape(lead)}\s+$", before, re.I)
        return start - len(m.group()) if m else None
    stops = "|".join(re.escape(w) for w in nt.RANGE_NOT_AFTER.get(lang, ()))
    if stops and re.search(rf"(?<!\w)(?:{stops})\s+$", before, re.I):
        return None
    return start


def _qualify(text: str, hit: _Hit, lang: str, pats: _Patterns) -> _Hit:
    """Widen the hit over "at least", "plus de", "'den fazla" and set its qualifier."""
    if pats.qualifier_before is not None and hit.qualifier != "range":
        m = pats.qualifier_before.search(text, max(0, hit.start - 30), hit.start)
        if m:
            word = re.sub(r"\s+", " ", m.group(1).lower())
            return replace(hit, start=m.start(), qualifier=nt.QUALIFIERS_BEFORE[lang][word])
    if hit.qualifier == "exact":
        for pattern, qualifier in nt.QUALIFIERS_AFTER.get(lang, {}).items():
            m = re.compile(pattern, re.I).match(text, hit.end)
            if m:
                return replace(hit, end=m.end(), qualifier=qualifier)
    return hit


def _quantity(text: str, hit: _Hit, start: int) -> Quantity:
    return Quantity(
        span=(start + hit.start, start + hit.end),
        text=text[hit.start:hit.end],
        value=hit.value,
        low=hit.low,
        high=hit.high,
        qualifier=hit.qualifier,
    )
