"""Dates as written ("Friday, February 17", "last Saturday", "hier", "17 Şubat"), resolved to ISO dates.

Resolution is against the article's publication date, never against the clock: a weekday is the latest such
day on or before publication ("last Friday" on a Friday: a week before); a day and month without a year
take the year that puts them on or before publication. Without a publication date, only absolute dates
resolve: a yearless one ("On February 10") takes the year nearest the latest day the article pins down itself
("Friday, February 17" -> 2023 by its weekday; "March 3, 2019"), else the one on or before `today` (the
reference day the caller passes). "overnight" is the night that ends on the publication day (GVA: right 23
times against 13 for the night before). A yearless day takes the year the article writes out for the same day
elsewhere ("on Mar. 13" beside "March 13, 2013"). A named holiday ("New Year's Eve", "Memorial Day") is the
latest one within a month before publication. A page that says it was first posted ("Posted: Sunday, March 10,
2013" in its head) before the publication day given is read against that day. A night across two days ("late
Thursday or early Friday") is the day it ends on; "the day before" counts from the day the sentence named before
it, "two days after" the day named before it minus two. "on a given Sunday", "every Sunday" name no day; a
capitalised relative word after a capitalised word in prose is part of a name ("Channel 2 Action News This Morning").
A year written out more than `SAME_DAY_YEARS` before publication lends itself to no yearless day. Words live in
`time_tables.py`.

Values: "2023-02-17" (day), "2023-02-06" (week: its Monday), "2023-02" (month), "2023" (year).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from newsweave.annotate import number_tables as nt
from newsweave.annotate import time_tables as tt
from newsweave.models import TimeExpr

_DIGITS = str.maketrans(nt.DIGIT_MAP)
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
Resolved = tuple[str, str, bool]  # value, precision, relative
WRITTEN_WEEKDAY_DAYS = 14  # how far before its reading from publication a weekday's written-out day may lie
PROSE_WORDS = 3  # lower-case words that make a line prose, not a headline
SAME_DAY_YEARS = 2  # how many years before publication a written-out year may lend itself to a yearless day
POSTED_REACH = 400  # characters from the start of the text where a "Posted:" stamp dates the page itself


@dataclass(frozen=True)
class _Context:
    lang: str
    published: date | None
    today: date | None
    own: date | None = None  # without a publication date: the latest day the article itself pins down

    @property
    def anchor(self) -> date | None:
        return self.published or self.today


Resolver = Callable[[re.Match[str], _Context], "Resolved | None"]


def find_times(
    text: str, language: str, published: date | None, today: date | None = None, start: int = 0
) -> list[TimeExpr]:
    """Every date expression in `text` that can be resolved; spans are offsets into `text` plus `start`."""
    if language and language.lower()[:2] in ("zh", "ja"):  # "2月17日", "周五", "昨天" (newsweave.annotate.cjk)
        from newsweave.annotate.cjk import find_cjk_times

        return find_cjk_times(text, _day(published), start)
    ctx = _Context(language.lower()[:2] if language else "en", _day(published), _day(today))
    norm = text.translate(_DIGITS)
    found = _resolve_all(norm, ctx)
    posted = _posted(norm, found, ctx)
    if posted is not None:  # the page's own "Posted:" day, before the given publication day, is when it was written
        ctx = _Context(ctx.lang, posted, ctx.today)
        found = _resolve_all(norm, ctx)
    if ctx.published is None:
        own = _own_anchor(norm, ctx)
        if own is not None:
            found = _resolve_all(norm, _Context(ctx.lang, None, ctx.today, own))
    found = _weekdays_written_out(norm, _same_day_years(norm, _non_overlapping(found), ctx.published), ctx.lang)
    return [_expr(text, span, resolved, start) for span, resolved in _from_antecedent(norm, found, ctx.lang)]


def _from_antecedent(
    norm: str, found: list[tuple[tuple[int, int], Resolved]], lang: str
) -> list[tuple[tuple[int, int], Resolved]]:
    """A day counted from the day named just before in the same sentence ("on Thursday after ... five people were
    shot the day before" is Wednesday; "the next morning"); words in `time_tables.ANTECEDENT`."""
    words = tt.ANTECEDENT.get(lang)
    if not words:
        return found
    added = []
    for m in re.finditer(rf"(?i)(?<!\w)(?:{_alt(words)})(?!\w)", norm):
        before = [(span, r) for span, r in found if span[1] <= m.start() and r[1] == "day" and len(r[0]) == 10]
        if not before or re.search(r"[.!?]\s|\n", norm[before[-1][0][1] : m.start()]):
            continue
        (_, (value, _, relative)) = before[-1]
        shift = words[re.sub(r"\s+", " ", m.group(0).lower())]
        day = date.fromisoformat(value) + timedelta(days=shift)
        added.append(((m.start(), m.end()), (day.isoformat(), "day", relative)))
    return sorted(found + added, key=lambda f: f[0][0])


def _posted(norm: str, found: list[tuple[tuple[int, int], Resolved]], ctx: _Context) -> date | None:
    """The day the page says it was first posted ("Posted: Sunday, March 10, 2013", "Published 03/10/2013", a dateline's
    "SAVANNAH, GA (August 2, 2015):", `time_tables.DATELINE_STAMP`), when it
    is before the publication day the caller gave (a crawl or update date): relative dates ("early Sunday") were
    written against it. Only the page's head stamps it (`POSTED_REACH` characters), and not a caption's
    "(Published Sunday, Jan. 26, 2014)" of another video; words in `time_tables.POSTED`."""
    words = tt.POSTED.get(ctx.lang)
    if not words or ctx.published is None:
        return None
    stamp = re.search(rf"(?i)(?<![\w(])(?:{_alt(words)})\W{{1,4}}(?:on\W+)?", norm[:POSTED_REACH])
    dateline = re.match(tt.DATELINE_STAMP[ctx.lang], norm) if ctx.lang in tt.DATELINE_STAMP else None
    day = (_stamped_day(norm, found, stamp.end(), "") if stamp else None) or (
        _stamped_day(norm, found, dateline.end(), ")") if dateline else None
    )
    return day if day is not None and day < ctx.published else None


def _stamped_day(norm: str, found: list[tuple[tuple[int, int], Resolved]], start: int, closing: str) -> date | None:
    """The full date (a year written out) that starts right at `start` and is followed by `closing`."""
    at = next((r for (a, b), r in found if a == start and norm[b : b + len(closing)] == closing), None)
    if at is None or at[1] != "day" or at[2] or not _YEAR.search(norm[start : start + 40]):
        return None
    return date.fromisoformat(at[0])


def _same_day_years(
    norm: str, found: list[tuple[tuple[int, int], Resolved]], published: date | None = None
) -> list[tuple[tuple[int, int], Resolved]]:
    """A yearless day ("on Mar. 13") takes the year the article writes out for the same day and month
    elsewhere ("on March 13, 2013"): a follow-up published a year later still names the happening's year. A year
    more than `SAME_DAY_YEARS` before publication names another happening ("the June 13 incident" of a report
    published in June 2016 beside a conviction of "June 13, 2003")."""
    written: dict[str, str] = {}
    for (a, b), (value, precision, _) in found:
        if published is not None and published.year - int(value[:4]) > SAME_DAY_YEARS:
            continue
        if precision == "day" and _YEAR.search(norm[a:b]):
            written.setdefault(value[5:], value[:4])
    result = []
    for (a, b), (value, precision, relative) in found:
        year = written.get(value[5:]) if precision == "day" and not relative else None
        if year and not _YEAR.search(norm[a:b]):
            value = f"{year}{value[4:]}"
        result.append(((a, b), (value, precision, relative)))
    return result


def _weekdays_written_out(
    norm: str, found: list[tuple[tuple[int, int], Resolved]], lang: str
) -> list[tuple[tuple[int, int], Resolved]]:
    """A bare weekday ("was shot Monday night") is the day the article writes out with that weekday ("around 11 p.m.
    Monday, May 23") when that day lies up to `WRITTEN_WEEKDAY_DAYS` before the one read from the publication day:
    the page was dated after it was written. Only one such day may be written out."""
    names = tt.WEEKDAYS.get(lang, {})
    if not names:
        return found
    weekday = re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
    written: dict[int, set[date]] = {}
    for (a, b), (value, precision, relative) in found:
        named = weekday.search(norm[a:b])
        if precision == "day" and not relative and len(value) == 10 and named:
            day = date.fromisoformat(value)
            if names.get(re.sub(r"\s+", " ", named.group(0).lower())) == day.weekday():
                written.setdefault(day.weekday(), set()).add(day)
    result = []
    for (a, b), (value, precision, relative) in found:
        if precision == "day" and relative and len(value) == 10 and weekday.search(norm[a:b]):
            day = date.fromisoformat(value)
            days = [d for d in written.get(day.weekday(), ()) if 0 < (day - d).days <= WRITTEN_WEEKDAY_DAYS]
            if len(days) == 1:
                value = days[0].isoformat()
        result.append(((a, b), (value, precision, relative)))
    return result


def _resolve_all(norm: str, ctx: _Context) -> list[tuple[tuple[int, int], Resolved]]:
    found: list[tuple[tuple[int, int], Resolved]] = []
    for pattern, resolve in _rules(ctx.lang):
        for m in pattern.finditer(norm):
            resolved = resolve(m, ctx)
            if resolved is not None:
                found.append((m.span("t"), resolved))
    return found


def _own_anchor(norm: str, ctx: _Context) -> date | None:
    """Without a publication date, the latest day the article pins down itself (a year written out, or a
    weekday that fixes it: "Friday, February 17"): its yearless dates lie near that day, not near `today`."""
    pinned = []
    for pattern, resolve in _rules(ctx.lang):
        if resolve is not _day_month and resolve is not _iso and resolve is not _numeric:
            continue
        for m in pattern.finditer(norm):
            fixed = resolve is not _day_month or m["year"] or m["wd"] or m.groupdict().get("wd2")
            resolved = resolve(m, ctx) if fixed else None
            if resolved is not None:
                pinned.append(date.fromisoformat(resolved[0]))
    return max(pinned, default=None)


def _day(value: date | None) -> date | None:
    """A datetime passed for a date counts as its day."""
    return value.date() if isinstance(value, datetime) else value


def _expr(text: str, span: tuple[int, int], resolved: Resolved, start: int) -> TimeExpr:
    value, precision, relative = resolved
    return TimeExpr(
        span=(start + span[0], start + span[1]),
        text=text[span[0] : span[1]],
        value=value,
        precision=precision,  # type: ignore[arg-type]
        relative=relative,
    )


def _non_overlapping(
    found: list[tuple[tuple[int, int], Resolved]],
) -> list[tuple[tuple[int, int], Resolved]]:
    kept: list[tuple[tuple[int, int], Resolved]] = []
    for item in sorted(found, key=lambda f: (f[0][0] - f[0][1], f[0][0])):
        (s, e) = item[0]
        if all(e <= ks or s >= ke for (ks, ke), _ in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f[0][0])


# --- patterns ----------------------------------------------------------------------------------------


def _alt(words: Iterable[str]) -> str:
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) or "(?!x)x"


def _words(table: dict[str, tuple[str, ...]], lang: str) -> str:
    return _alt(table.get(lang, ()))


@cache
def _rules(lang: str) -> tuple[tuple[re.Pattern[str], Resolver], ...]:
    months = _alt(tt.MONTHS.get(lang, tt.MONTHS["en"]))
    wd = _alt(tt.WEEKDAYS.get(lang, tt.WEEKDAYS["en"]))
    mon = rf"(?P<month>{months})(?!\w)(?:\.(?=\s*\d))?"  # "Feb. 6", but not the full stop in "in May."
    day = rf"(?<![\d.,])(?P<day>[0-3]?\d){tt.DAY_SUFFIX}"
    glue = tt.DATE_GLUE.get(lang, tt.DATE_GLUE["default"])
    year_glue = tt.YEAR_GLUE.get(lang, tt.YEAR_GLUE["default"])
    year = r"(?P<year>(?:1[89]|20)\d\d)(?![\d])"
    lead = rf"(?:(?P<wd>{wd})(?!\w)\s*,?\s+(?:(?:the|le|el|den|dem|der|il|de)\s+)?)?"
    trail = rf"(?:\s*,?\s+(?P<wd2>{wd})(?!\w))?"
    specs: list[tuple[str, Resolver]] = [
        (rf"(?<!\w)(?P<t>{lead}{day}(?:{glue}){mon}(?:{year_glue}{year})?{trail})", _day_month),
        (rf"(?<!\w)(?P<t>{lead}{mon}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])(?:,?\s+{year})?)", _day_month),
        (rf"(?<!\w)(?P<t>{mon}{year_glue}{year})", _month_year),
        (rf"(?<!\w)(?P<t>{mon}\s+(?:{_words(tt.LAST_YEAR_AFTER, lang)})(?!\w))", _month_last_year),
        (rf"(?<!\w)(?:{_words(tt.MONTH_BEFORE, lang)})\s+(?P<t>{mon})(?!\w)", _month_alone),
        (rf"(?<!\w)(?:{_words(tt.YEAR_BEFORE, lang)})\s+(?P<t>{year})(?![.,]\d)", _year),
        (rf"(?<![\w.,])(?P<t>{year})(?=(?:{_words(tt.YEAR_AFTER, lang)}))", _year),
        (_weekday_pattern(lang, wd), _weekday),
        *_night_into(lang, wd),
        (rf"(?<!\w)(?P<t>(?P<rel>{_alt(tt.RELATIVE.get(lang, tt.RELATIVE['en']))}))(?!\w)", _relative),
        (r"(?<![\d.])(?P<t>(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d))(?!\d)", _iso),
        (r"(?<![\d.,/])(?P<t>(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}))(?![\d/])", _numeric),
        (r"(?<![\d.,/])(?P<t>(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d\d))(?![\d/])", _numeric_short),
    ]
    holidays = _holiday_names(lang)
    if holidays:
        specs.append((rf"(?<!\w)(?P<t>(?P<holiday>{holidays}))(?!\w)", _holiday))
    ago = _ago_pattern(lang)
    if ago:
        specs.append((ago, _ago))
    return tuple((re.compile(p, re.I), resolver) for p, resolver in specs)


def _weekday_pattern(lang: str, wd: str) -> str:
    on = _words(tt.WEEKDAY_BEFORE, lang)
    last, nxt = _words(tt.LAST_BEFORE, lang), _words(tt.NEXT_BEFORE, lang)
    last2, next2 = _words(tt.LAST_AFTER, lang), _words(tt.NEXT_AFTER, lang)
    part, glued = _words(tt.DAY_PARTS, lang), _words(tt.GLUED_DAY_PARTS, lang)
    return (
        rf"(?<!\w)(?:(?P<on>{on})\s+)?(?P<t>(?:(?P<last>{last})\s+|(?P<next>{nxt})\s+)?"
        rf"(?P<wd>{wd})(?:{glued})?(?!\w)"
        rf"(?:\s+(?P<last2>{last2})(?!\w)|\s+(?P<next2>{next2})(?!\w))?(?:\s+(?P<part>{part})(?!\w))?)"
    )


def _night_into(lang: str, wd: str) -> list[tuple[str, Resolver]]:
    """One night across two days ("late Thursday or early Friday"), read as the second (`time_tables.NIGHT_INTO`)."""
    template = tt.NIGHT_INTO.get(lang)
    if template is None:
        return []
    body = template.replace("{wd1}", rf"(?P<wd1>{wd})(?!\w)").replace("{wd2}", rf"(?P<wd>{wd})(?!\w)")
    return [(rf"(?<!\w)(?P<t>{body})(?!\w)", _night_end)]


def _night_end(m: re.Match[str], ctx: _Context) -> Resolved | None:
    first, second = _weekday_of(m["wd1"], ctx), _weekday_of(m["wd"], ctx)
    if first is None or second is None or (first + 1) % 7 != second or ctx.published is None:
        return None
    back = (ctx.published.weekday() - second) % 7
    return ((ctx.published - timedelta(days=back)).isoformat(), "day", True)


def _holiday_names(lang: str) -> str:
    names = [*tt.FIXED_HOLIDAYS.get(lang, ()), *tt.FLOATING_HOLIDAYS.get(lang, ()), *tt.EASTER_HOLIDAYS.get(lang, ())]
    return _alt(names).replace("'", "['’]?") if names else ""


def _ago_pattern(lang: str) -> str | None:
    if lang not in tt.AGO:
        return None
    template, units = tt.AGO[lang]
    counts = _alt([*tt.AGO_COUNTS.get(lang, {}), "a", "an", "one"])
    core = re.escape(template).replace(r"\{n\}", rf"(?P<n>\d{{1,3}}|{counts})")
    core = core.replace(r"\{unit\}", rf"(?P<unit>{_alt(units)})").replace(r"\ ", r"\s+")
    return rf"(?<!\w)(?P<t>{core})(?!\w)"


# --- resolvers ---------------------------------------------------------------------------------------


def _month(m: re.Match[str], ctx: _Context) -> int | None:
    """The month number; a name that is also a common word ("may") counts only when capitalised."""
    word = m["month"].rstrip(".")
    key = re.sub(r"\s+", " ", word.lower())
    table = tt.MONTHS.get(ctx.lang, tt.MONTHS["en"])
    if key not in table:
        return None
    ambiguous = key in tt.AMBIGUOUS_MONTHS.get(ctx.lang, frozenset())
    if ambiguous and ctx.lang in tt.CAPITALISED_MONTHS and not word[:1].isupper():
        return None
    return table[key]


def _weekday_of(word: str | None, ctx: _Context) -> int | None:
    if not word:
        return None
    return tt.WEEKDAYS.get(ctx.lang, tt.WEEKDAYS["en"]).get(re.sub(r"\s+", " ", word.lower()))


def _safe_date(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _day_month(m: re.Match[str], ctx: _Context) -> Resolved | None:
    month = _month(m, ctx)
    if month is None:
        return None
    day = int(m["day"])
    if m["year"]:
        found = _safe_date(int(m["year"]), month, day)
    else:
        wd = _weekday_of(m["wd"] or m.groupdict().get("wd2"), ctx)
        found = _year_for(month, day, wd, ctx)
    return (found.isoformat(), "day", False) if found else None


def _year_for(month: int, day: int, weekday: int | None, ctx: _Context) -> date | None:
    """The year that puts day-month on or before publication; with a weekday, the year that matches it."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    if ctx.own is not None and weekday is None:
        return _nearest(month, day, ctx.own)
    if weekday is not None:
        matching = _with_weekday(month, day, weekday, anchor, after=ctx.published is not None)
        if matching is not None:
            return matching
    return _on_or_before(month, day, anchor)


def _with_weekday(month: int, day: int, weekday: int, anchor: date, after: bool) -> date | None:
    """The date nearest to `anchor` that falls on `weekday` ("Wednesday, June 11"). Against a publication
    date: within a year either side (a report may announce a day); against `today`: the latest before it."""
    first, last = (anchor.year + 1, anchor.year - 2) if after else (anchor.year, anchor.year - 40)
    dates = [_safe_date(y, month, day) for y in range(first, last, -1)]
    fitting = [d for d in dates if d and d.weekday() == weekday and (after or d <= anchor)]
    return min(fitting, key=lambda d: abs((d - anchor).days), default=None)


def _nearest(month: int, day: int, anchor: date) -> date | None:
    """The day-month in the year around `anchor` nearest to it ("February 10" near 2023-02-17: 2023-02-10)."""
    dates = [_safe_date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return min((d for d in dates if d), key=lambda d: abs((d - anchor).days), default=None)


def _on_or_before(month: int, day: int, anchor: date) -> date | None:
    for y in (anchor.year, anchor.year - 1):
        found = _safe_date(y, month, day)
        if found and found <= anchor:
            return found
    return _safe_date(anchor.year - 4, month, day)  # 29 February


def _month_year(m: re.Match[str], ctx: _Context) -> Resolved | None:
    month = _month(m, ctx)
    return (f"{int(m['year']):04d}-{month:02d}", "month", False) if month else None


def _month_last_year(m: re.Match[str], ctx: _Context) -> Resolved | None:
    month = _month(m, ctx)
    if month is None or ctx.published is None:
        return None
    return (f"{ctx.published.year - 1:04d}-{month:02d}", "month", True)


def _month_alone(m: re.Match[str], ctx: _Context) -> Resolved | None:
    month, anchor = _month(m, ctx), ctx.own or ctx.anchor
    if month is None or anchor is None:
        return None
    y = anchor.year if month <= anchor.month else anchor.year - 1
    return (f"{y:04d}-{month:02d}", "month", False)


def _year(m: re.Match[str], ctx: _Context) -> Resolved | None:
    return (m["year"], "year", False)


def _weekday(m: re.Match[str], ctx: _Context) -> Resolved | None:
    wd, pub = _weekday_of(m["wd"], ctx), ctx.published
    if wd is None or pub is None:
        return None
    if generic_weekday(m.string[: m.start("t")], ctx.lang):
        return None
    ambiguous = m["wd"].lower() in tt.AMBIGUOUS_WEEKDAYS.get(ctx.lang, frozenset())
    if ambiguous and not any(m[g] for g in ("on", "last", "next", "last2", "next2", "part")):
        return None
    if m["next"] or m["next2"]:
        ahead = (wd - pub.weekday()) % 7 or 7
        return ((pub + timedelta(days=ahead)).isoformat(), "day", True)
    back = (pub.weekday() - wd) % 7
    if back == 0 and (m["last"] or m["last2"]):
        back = 7
    return ((pub - timedelta(days=back)).isoformat(), "day", True)


def _in_name(norm: str, start: int, word: str) -> bool:
    """A capitalised relative word right after a capitalised word inside a line of prose is part of a name ("for
    Channel 2 Action News This Morning", "a USA Today survey"), not a date; a headline's "Shot on Elm St. This
    Morning" is no prose (it has fewer than `PROSE_WORDS` lower-case words)."""
    if not word[:1].isupper() or word.isupper():
        return False
    line_start = norm.rfind("\n", 0, start) + 1
    line_end = norm.find("\n", start)
    line = norm[line_start : line_end if line_end >= 0 else len(norm)]
    before = norm[line_start:start].rstrip(" ")
    previous = before.split()[-1] if before.split() else ""
    lower = sum(1 for w in re.findall(r"[^\W\d_]{3,}", line) if w.islower())
    return previous[:1].isupper() and previous[-1:].isalnum() and lower >= PROSE_WORDS


def generic_weekday(before: str, lang: str) -> bool:
    """Any such weekday, not a date: "fans on a given Sunday" (`time_tables.GENERIC_WEEKDAY`)."""
    words = tt.GENERIC_WEEKDAY.get(lang)
    return bool(words and re.search(rf"(?i)(?<!\w)(?:{_alt(words)})\s+$", before[-20:]))


def _relative(m: re.Match[str], ctx: _Context) -> Resolved | None:
    if _in_name(m.string, m.start("t"), m["rel"]):
        return None
    table = tt.RELATIVE.get(ctx.lang, tt.RELATIVE["en"])
    n, precision = table[re.sub(r"\s+", " ", m["rel"].lower())]
    return _shift(ctx.published, n, precision)


def _holiday(m: re.Match[str], ctx: _Context) -> Resolved | None:
    """The latest such holiday on or before publication, within `HOLIDAY_REACH` days ("New Year's Eve" in a
    January 2 report: December 31)."""
    if ctx.published is None:
        return None
    name = re.sub(r"\s+", " ", m["holiday"].lower().replace("’", "'"))
    name = _holiday_keys(ctx.lang).get(name.replace("'", ""), name)
    for year in (ctx.published.year, ctx.published.year - 1):
        day = _holiday_in(name, year, ctx.lang)
        if day is not None and 0 <= (ctx.published - day).days <= tt.HOLIDAY_REACH:
            return (day.isoformat(), "day", True)
    return None


@cache
def _holiday_keys(lang: str) -> dict[str, str]:
    """Holiday names without apostrophes -> as the tables write them ("new years eve" -> "new year's eve")."""
    names = [*tt.FIXED_HOLIDAYS.get(lang, ()), *tt.FLOATING_HOLIDAYS.get(lang, ()), *tt.EASTER_HOLIDAYS.get(lang, ())]
    return {n.replace("'", ""): n for n in names}


def _holiday_in(name: str, year: int, lang: str) -> date | None:
    if name in tt.FIXED_HOLIDAYS.get(lang, {}):
        return _safe_date(year, *tt.FIXED_HOLIDAYS[lang][name])
    if name in tt.FLOATING_HOLIDAYS.get(lang, {}):
        return _nth_weekday(year, *tt.FLOATING_HOLIDAYS[lang][name])
    if name in tt.EASTER_HOLIDAYS.get(lang, {}):
        return _easter(year) + timedelta(days=tt.EASTER_HOLIDAYS[lang][name])
    return None


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth such weekday of the month (4th Thursday of November); -1 the last (last Monday of May)."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    day_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * day_shift) // 433
    month = (h + day_shift - 7 * m + 90) // 25
    return date(year, month, (h + day_shift - 7 * m + 33 * month + 19) % 32)


def _ago(m: re.Match[str], ctx: _Context) -> Resolved | None:
    _, units = tt.AGO[ctx.lang]
    word = m["n"].lower()
    n = int(word) if word.isdigit() else tt.AGO_COUNTS.get(ctx.lang, {}).get(word, 1)
    _, precision = units[m["unit"].lower()]
    return _shift(ctx.published, n, precision)


def _shift(pub: date | None, n: int, precision: str) -> Resolved | None:
    """The date `n` days/weeks/months/years before publication, at that precision."""
    if pub is None:
        return None
    if precision == "day":
        return ((pub - timedelta(days=n)).isoformat(), "day", True)
    if precision == "week":
        day = pub - timedelta(days=7 * n)
        return ((day - timedelta(days=day.weekday())).isoformat(), "week", True)
    if precision == "month":
        index = pub.year * 12 + pub.month - 1 - n
        return (f"{index // 12:04d}-{index % 12 + 1:02d}", "month", True)
    return (f"{pub.year - n:04d}", "year", True)


def _iso(m: re.Match[str], ctx: _Context) -> Resolved | None:
    found = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (found.isoformat(), "day", False) if found else None


def _numeric_short(m: re.Match[str], ctx: _Context) -> Resolved | None:
    """ "2/17/23": a two-digit year is of the century that keeps the date no later than a year after publication
    (or today); only with slashes, as US forms and police logs write it ("17.2.23" could be anything)."""
    latest = (ctx.anchor or date.today()).year + 1
    year = 2000 + int(m["y"])
    return _numeric_parts(int(m["a"]), int(m["b"]), year if year <= latest else year - 100, ctx)


def _numeric(m: re.Match[str], ctx: _Context) -> Resolved | None:
    return _numeric_parts(int(m["a"]), int(m["b"]), int(m["y"]), ctx)


def _numeric_parts(a: int, b: int, y: int, ctx: _Context) -> Resolved | None:
    order = tt.NUMERIC_ORDER.get(ctx.lang, tt.NUMERIC_ORDER["default"])
    month, day = (a, b) if order == "mdy" and a <= 12 else (b, a)
    if month > 12:
        month, day = day, month
    found = _safe_date(y, month, day)
    return (found.isoformat(), "day", False) if found else None
