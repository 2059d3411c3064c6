"""Numbers and dates written the Chinese and Japanese way ("三十六人", "1.2万", "30多名", "2月17日", "周五", "昨天").

These scripts put no spaces between words, so the word-bounded rules of `numbers` and `times` never see a count
glued to its classifier ("3人") or a date glued to its particle ("17日晚"). A numeral written in characters counts
only before a classifier or a casualty word ("三人", "两名", "十余人"): alone it is most often part of a word
("一些", "十分", "百姓"). Dates resolve against the publication day, as `times` does: a weekday is the latest such day
on or before it, a month and day without a year the year that puts them on or before it. Words live in
`cjk_tables.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from typing import Literal

from newsweave.annotate import cjk_tables as ct
from newsweave.models import Quantity, TimeExpr

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


# --- numbers -----------------------------------------------------------------------------------------


def numeral_value(written: str) -> int | None:
    """The value of a numeral in characters ("三十六" 36, "两千三百" 2300, "1.2万" 12000), or None."""
    written = written.translate(_FULL_WIDTH).replace(",", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([十百千万亿]*)", written)
    if m:
        value = float(m.group(1))
        for scale in m.group(2):
            value *= ct.SCALES[scale]
        return int(round(value))
    return _characters_value(written)


def _characters_value(written: str) -> int | None:
    if not written or any(ch not in ct.DIGITS and ch not in ct.SCALES for ch in written):
        return None
    total, section, digit = 0, 0, None
    for ch in written:
        if ch in ct.DIGITS:
            digit = ct.DIGITS[ch]
        elif ct.SCALES[ch] >= 10_000:
            total = (total + section + (digit or 0)) * ct.SCALES[ch]
            section, digit = 0, None
        else:
            section += (1 if digit is None else digit) * ct.SCALES[ch]
            digit = None
    return total + section + (digit or 0)


@cache
def _number_pattern() -> re.Pattern[str]:
    chars = "".join(ct.DIGITS) + "".join(s for s in ct.SCALES if s != "万" and s != "亿")
    digits = r"[0-9０-９]+(?:[.,．，][0-9０-９]+)*"
    vague = "|".join(ct.VAGUE)
    return re.compile(
        rf"(?P<vague>{vague})"
        rf"|(?P<digits>{digits}(?:\s*[十百千万亿]+)?)"
        rf"|(?P<chars>[{chars}万亿]+)"
    )


def find_cjk_quantities(text: str, start: int = 0) -> list[Quantity]:
    """Every count in a Chinese or Japanese text, with "多"/"余" after it as more_than; dates, times, ages,
    ordinals and measures are left out."""
    found: list[Quantity] = []
    for m in _number_pattern().finditer(text):
        quantity = _quantity(text, m, start)
        if quantity is not None:
            found.append(quantity)
    return found


def _quantity(text: str, m: re.Match[str], start: int) -> Quantity | None:
    end = m.end()
    if m.group("vague"):
        low, high = ct.VAGUE[m.group("vague")]
        return Quantity((m.start() + start, end + start), m.group(0), low, low, high, "about")
    more = re.match(ct.MORE_AFTER, text[end:])
    after = text[end + (more.end() if more else 0) :]
    before = text[max(0, m.start() - 1) : m.start()]
    if before in ct.ORDINAL_BEFORE or re.match(ct.NOT_COUNT_BEFORE, before) or re.match(ct.NOT_COUNT_GLUED, after):
        return None
    if re.match(ct.NOT_COUNT_AFTER, after):
        return None
    if m.group("chars") and not re.match(ct.CLASSIFIER_AFTER, after):
        return None
    value = numeral_value(m.group(0).replace(" ", ""))
    if value is None or value == 0:
        return None
    if more:
        end += more.end()
    written = text[m.start() : end]
    qualifier = "more_than" if more else _qualifier_after(text[end:])
    return Quantity((m.start() + start, end + start), written, value, value, value, qualifier)


def _qualifier_after(after: str) -> str:
    return next((q for pattern, q in ct.QUALIFIERS_AFTER.items() if re.match(pattern, after)), "exact")


# --- dates -------------------------------------------------------------------------------------------


def find_cjk_times(text: str, published: date | None, start: int = 0) -> list[TimeExpr]:
    """Every date in a Chinese or Japanese text that resolves against `published`, in text order."""
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    for pattern, resolve in _resolvers():
        for m in pattern.finditer(text):
            if any(m.start() < hi and lo < m.end() for lo, hi in taken):
                continue
            resolved = resolve(m, published)
            if resolved is None:
                continue
            value, precision, relative = resolved
            taken.append(m.span())
            found.append(TimeExpr((m.start() + start, m.end() + start), m.group(0), value, precision, relative))
    return sorted(found, key=lambda t: t.span)


Precision = Literal["day", "week", "month", "year"]
Resolved = tuple[str, Precision, bool]  # value, precision, relative
Resolver = Callable[[re.Match[str], date | None], Resolved | None]


@cache
def _resolvers() -> tuple[tuple[re.Pattern[str], Resolver], ...]:
    return tuple((re.compile(p), r) for p, r in _RESOLVERS)


def _num(written: str | None) -> int | None:
    return numeral_value(written) if written else None


def _full(m: re.Match[str], published: date | None) -> Resolved | None:
    year, month, day = _num(m["y"]), _num(m["m"]), _num(m["d"])
    if year is None or month is None:
        return None
    if day is None:
        return (f"{year:04d}-{month:02d}", "month", False) if 1 <= month <= 12 else None
    return _iso(year, month, day, relative=False)


def _month_day(m: re.Match[str], published: date | None) -> Resolved | None:
    month, day = _num(m["m"]), _num(m["d"])
    if published is None or month is None or day is None:
        return None
    resolved = _iso(published.year, month, day, relative=True)
    if resolved is not None and resolved[0] > published.isoformat():
        return _iso(published.year - 1, month, day, relative=True)
    return resolved


def _day_only(m: re.Match[str], published: date | None) -> Resolved | None:
    """ "17日" alone: the 17th of the publication month, or of the month before when that lies ahead."""
    day = _num(m["d"])
    if published is None or day is None or not 1 <= day <= 31:
        return None
    month_start = published.replace(day=1)
    if day > published.day:
        month_start = (month_start - timedelta(days=1)).replace(day=1)
    return _iso(month_start.year, month_start.month, day, relative=True)


def _weekday(m: re.Match[str], published: date | None) -> Resolved | None:
    wanted = ct.WEEKDAYS.get(m["wd"])
    if published is None or wanted is None:
        return None
    back = (published.weekday() - wanted) % 7 + (7 if m["last"] else 0)
    return ((published - timedelta(days=back)).isoformat(), "day", True)


def _relative_day(m: re.Match[str], published: date | None) -> Resolved | None:
    if published is None:
        return None
    return ((published - timedelta(days=ct.RELATIVE_DAYS[m["rel"]])).isoformat(), "day", True)


def _iso(year: int, month: int, day: int, relative: bool) -> Resolved | None:
    try:
        return (date(year, month, day).isoformat(), "day", relative)
    except ValueError:
        return None


_N = r"[0-9０-９]{1,4}|[〇零一二三四五六七八九十]{1,4}"
_RESOLVERS: tuple[tuple[str, Resolver], ...] = (
    (rf"(?P<y>[0-9０-９]{{4}})\s*年\s*(?P<m>{_N})\s*月(?:\s*(?P<d>{_N})\s*[日号])?", _full),
    (rf"(?<![0-9０-９年])(?P<m>{_N})\s*月\s*(?P<d>{_N})\s*[日号]", _month_day),
    (r"(?<![0-9０-９月年第])(?P<d>[0-9０-９]{1,2})\s*[日号](?![元本圆])", _day_only),
    (rf"(?P<last>上个?)?(?P<wd>{'|'.join(sorted(ct.WEEKDAYS, key=len, reverse=True))})", _weekday),
    (rf"(?P<rel>{'|'.join(sorted(ct.RELATIVE_DAYS, key=len, reverse=True))})", _relative_day),
)
