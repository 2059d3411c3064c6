"""Clean: raw Document -> Article whose `text` every later offset points into.

HTML goes through trafilatura (main text) and a cheap read of the page's own tags (title, date, site name,
author); then every text loses page furniture line by line
(phrase tables in `boilerplate.py` plus a few structural rules) and keeps its wire credits. Dropped lines are
listed in `Article.removed` so a reader can check that no real sentence went missing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ftfy

from newsweave.boilerplate import (
    AGENCIES,
    BOILERPLATE,
    CREDIT_JOINERS,
    CREDIT_LEADS,
    CREDIT_TAILS,
    NAV_WORDS,
    PROMPTS,
)
from newsweave.errors import EmptyInput
from newsweave.models import Article, Document
from newsweave.options import Options

_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff\x00-\x08\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\x85]")
_SPACE_RUNS = re.compile(r" {2,}")
_EDGE_SPACES = re.compile(r" ?\n ?")
_BLANK_RUNS = re.compile(r"\n\s*\n")
_LEADING_MARKS = re.compile(r"^(?:[×✕✖]\s*)+")
_NAV_SPLIT = re.compile(r"[\s|·•/]+")
_MARKUP = re.compile(r"^#{2,}.{0,60}#{2,}$|\{\*.{0,60}\*\}")
# UTF-8 read as cp1252/latin-1: a lead byte (Â Ã â Ð Ø Ù ...) then a continuation byte's character, or a C1 control.
_MOJIBAKE_HINT = re.compile(
    "[\u0080-\u009f]|[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_ALNUM = re.compile(r"[^\W_]")
# Sentence ends, in Latin and in scripts that have their own ("。" Chinese/Japanese, "؟" Arabic, "।" Hindi).
_TERMINAL = ".!?…\"'”»)]:;。．！？」』】؟۔।॥։።။"
# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar): two of their
# characters count as one word when a line's length in words is judged.
_SPACELESS = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False, normalization="NFC")
DATELINE_LINES = 3  # the dateline opens the story, after the headline and byline a page may put first
PROMPT_MAX = 200  # a "Read more:" line longer than this carries a real sentence glued on by the crawl
HEADLINE_MIN_WORDS = 4
# Titles of profile pages on social networks ("Denver Police Dept. on Twitter"): a name, not a headline.
_PROFILE_TITLE = re.compile(r"\bon (?:Twitter|X|Facebook|Instagram|TikTok|YouTube|LinkedIn)\s*$|^\S+ \(@\w+\)", re.I)
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,60}$")
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_TIME_TAG = re.compile(r"<time\b[^>]*\bdatetime=[\"']([^\"']{8,40})", re.IGNORECASE)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
TITLE_META = ("og:title", "twitter:title", "headline")
SITE_META = ("og:site_name", "application-name", "publisher")
AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author")
DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date",
    "sailthru.date", "parsely-pub-date", "article.published", "published_time", "og:published_time",
)  # fmt: skip
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section")


@dataclass(frozen=True)
class Extracted:
    """What the page itself gives before line cleaning: its main text and the metadata it declares."""

    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None


def clean(doc: Document, options: Options) -> Article:
    """Turn one Document into an Article; raise EmptyInput when nothing readable is left."""
    extracted = _extract_html(doc) if doc.kind == "html" else Extracted(doc.content)
    kept, removed, credits = _filter(normalise(extracted.text))
    text = "\n\n".join("\n".join(lines) for lines in kept if lines)
    title = doc.title or extracted.title
    if len(text) < max(1, options.min_chars) and removed and _is_headline(title, options):
        text = normalise(title or "")  # a paywall or sign-up box: the headline is all the page says of its story
    if len(text) < max(1, options.min_chars):
        raise EmptyInput(
            doc.origin,
            f"only {len(text)} characters left after cleaning ({len(removed)} lines of page furniture removed)",
        )
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(
        id=doc.id or "a" + digest[:8],
        origin=doc.origin,
        text=text,
        content_hash=digest,
        outlet=doc.outlet or extracted.outlet,
        title=title,
        language=doc.language,
        published=doc.published or extracted.published,
        url=doc.url,
        author=extracted.author,
        credits=tuple(dict.fromkeys(credits)),
        removed=tuple(removed),
        origins=(doc.origin,),
    )


def _is_headline(title: str | None, options: Options) -> bool:
    """A title that can stand in for a story: a sentence's worth of words, not a social media page's name."""
    return (
        title is not None
        and len(title) >= options.min_chars
        and len(title.split()) >= HEADLINE_MIN_WORDS
        and not _PROFILE_TITLE.search(title)
    )


def normalise(text: str) -> str:
    """NFC, mojibake repaired, odd spaces made plain, one kind of line break, paragraphs kept."""
    text = _tidy(_plain_chars(text))
    for _ in range(3):  # ftfy may need a second look once spaces are tidied; stop at a fixed point
        if not _MOJIBAKE_HINT.search(text):  # most texts skip ftfy's costly repair
            break
        fixed = _tidy(_plain_chars(ftfy.fix_text(text, _FTFY)))
        if fixed == text:
            break
        text = fixed
    return text


def _tidy(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _EDGE_SPACES.sub("\n", _SPACE_RUNS.sub(" ", text))
    return _BLANK_RUNS.sub("\n\n", text).strip()


def _plain_chars(text: str) -> str:
    text = _LINE_BREAKS.sub("\n", text).replace("\u2029", "\n\n")
    return _INVISIBLE.sub("", _ODD_SPACES.sub(" ", text))


# --- HTML ---------------------------------------------------------------------------------------------


def _extract_html(doc: Document) -> Extracted:
    """Main text by trafilatura; metadata from the page's own tags (cheaper than trafilatura's search)."""
    import trafilatura

    result: Any = trafilatura.bare_extraction(doc.content, options=_extractor())
    text = getattr(result, "text", None) or ""
    text = text.replace("\n", "\n\n") if text.strip() else _strip_tags(doc.content)
    return dataclasses.replace(page_metadata(doc.content), text=text)


@lru_cache(maxsize=1)
def _extractor() -> Any:
    """trafilatura's settings, built once (per call they cost a fifth of a page); no comments, no images."""
    from trafilatura.settings import Extractor

    return Extractor(output_format="python", comments=False, images=False, with_metadata=False)


def page_metadata(html: str) -> Extracted:
    """Title, date, site name and author as the page declares them: <meta>, <title>, <h1>, <time>, JSON-LD.

    Only the <head> is parsed (the body's <h1> and <time> are found by pattern): this costs a tenth of
    trafilatura's metadata search, which looks through the whole page for dates.
    """
    end = html.find("</head>", 0, 300_000)
    head = _parse_html(html[: end + 7] if end >= 0 else html[:20_000])
    meta: dict[str, str] = {}
    for el in head.iter("meta") if head is not None else ():
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if key and content:
            meta.setdefault(key, content)
    titles = [_text(el) for el in head.iter("title")] if head is not None else []
    return Extracted(
        text="",
        title=_page_title(html, titles[0] if titles else "", meta),
        published=_page_date(html, meta),
        outlet=_first(meta, SITE_META),
        author=_first(meta, AUTHOR_META),
    )


def _parse_html(html: str) -> Any:
    import lxml.html
    from lxml.etree import ParserError

    try:
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
        return lxml.html.document_fromstring(html.encode("utf-8", errors="replace"), parser=parser)
    except (ParserError, ValueError):
        return None


def _first(meta: dict[str, str], keys: Sequence[str]) -> str | None:
    return next((meta[k] for k in keys if meta.get(k)), None)


def _page_title(html: str, page_title: str, meta: dict[str, str]) -> str | None:
    """The <h1> when the <title> carries it, else og:title, else <title> without its ' | Site' suffix."""
    h1 = _H1.search(html)
    head = " ".join(_TAG.sub(" ", h1.group(1)).split()) if h1 else ""
    if head and head in page_title:
        return head
    return _first(meta, TITLE_META) or (_TITLE_SUFFIX.sub("", page_title) or None)


def _page_date(html: str, meta: dict[str, str]) -> str | None:
    """The first readable date among the date <meta> tags, the first <time>, and JSON-LD datePublished."""
    from newsweave.ingest import date_iso

    for value in _date_candidates(html, meta):
        iso = date_iso(value)
        if iso:
            return iso[:10]
    return None


def _date_candidates(html: str, meta: dict[str, str]) -> Iterator[str]:
    yield from (meta[k] for k in DATE_META if meta.get(k))
    for pattern in (_TIME_TAG, _JSONLD_DATE):
        found = pattern.search(html)
        if found:
            yield found.group(1)


def _text(el: Any) -> str:
    return " ".join(str(el.text_content()).split())


def _strip_tags(html: str) -> str:
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = "\n\n" + (el.tail or "")
    return str(root.text_content())


# --- lines ----------------------------------------------------------------------------------------------


def _filter(text: str) -> tuple[list[list[str]], list[str], list[str]]:
    """Split into paragraphs of lines, drop furniture, collect credits. Returns (kept, removed, credits)."""
    paragraphs = [[_unmarked(line) for line in p.split("\n")] for p in text.split("\n\n")]
    flat = [(i, line) for i, p in enumerate(paragraphs) for line in p if line]
    drop: set[int] = set()
    credits: list[str] = []
    for n, (_, line) in enumerate(flat):
        found = credit_line(line)
        if found:
            credits.extend(found)
            drop.add(n)
        elif is_boilerplate(line):
            drop.add(n)
            credits.extend(_agencies_in(line) if _is_copyright(line) else ())
    drop |= _trailing_furniture([line for _, line in flat], drop)
    opening = [line for n, (_, line) in enumerate(flat) if n not in drop][:DATELINE_LINES]
    credits[:0] = next((found for found in map(dateline_credits, opening) if found), [])
    kept: list[list[str]] = [[] for _ in paragraphs]
    for n, (i, line) in enumerate(flat):
        if n not in drop:
            kept[i].append(line)
    return kept, [flat[n][1] for n in sorted(drop)], credits


def _unmarked(line: str) -> str:
    """'× Title' (a close button glued to the headline by the crawl) -> 'Title'."""
    return _LEADING_MARKS.sub("", line) if line.startswith(("×", "✕", "✖")) else line


def is_boilerplate(line: str) -> bool:
    """True for a line of page furniture: a known phrase, a share bar, a symbol run or a caps nav fragment."""
    if not _ALNUM.search(line) or ((line[0] == "#" or "{*" in line) and _MARKUP.search(line)):
        return True
    if matches_phrase(line):
        return True
    if line.count(" ") > 8:  # the rules below are for a few words only
        return False
    words = _NAV_SPLIT.split(line.lower().strip(" |·•:"))
    return all(w in NAV_WORDS for w in words if w) or _caps_fragment(line)


def matches_phrase(line: str) -> bool:
    """True when a phrase of the boilerplate tables opens the line (prompts only on short lines)."""
    key = line[:1].lower()[:1]
    phrases, prompts = _phrases(), _prompts()
    if phrases.get(key, phrases[""]).match(line):
        return True
    return len(line) <= PROMPT_MAX and bool(prompts.get(key, prompts[""]).match(line))


def _caps_fragment(line: str) -> bool:
    """'HOME | NEWS | WORLD', 'BREAKING NEWS': short, all capitals, no sentence end."""
    if len(line.split()) > 5 or line[-1] in ".!?-—–,":
        return False
    return any(ch.isupper() for ch in line) and not any(ch.islower() for ch in line)


def _trailing_furniture(lines: Sequence[str], drop: set[int]) -> set[int]:
    """Short lines after the closing credit ('With AFP' then a newsletter box), and a tail of fragments."""
    out: set[int] = set()
    last_credit = max((n for n in drop if credit_line(lines[n])), default=-1)
    tail = range(last_credit + 1, len(lines))
    if last_credit >= len(lines) - 10 and last_credit >= 0 and all(len(lines[n]) < 160 for n in tail):
        out.update(tail)
    n = len(lines) - 1
    while n >= 0 and (n in drop or n in out or _fragment(lines[n])):
        out.add(n)
        n -= 1
    return out - drop


def _fragment(line: str) -> bool:
    """A few words with no sentence end: a leftover button or caption, never a sentence."""
    return len(line.split()) + len(_SPACELESS.findall(line)) // 2 <= 6 and line[-1] not in _TERMINAL


# --- credits -------------------------------------------------------------------------------------------


def credit_line(line: str) -> tuple[str, ...]:
    """Agencies named by a standalone credit line ('With AFP', 'avec AFP et Reuters', '(AA)', '— AP')."""
    body = line.strip().strip("—–-()[] .").strip()
    if not body or len(body) > 80 or not _alias_regex().search(body):
        return ()
    tail = _tails().search(body)
    if tail:
        body = body[: tail.start()].strip()
    else:
        body = _leads().sub("", body, count=1).strip()
    return _only_agencies(body)


def _only_agencies(body: str) -> tuple[str, ...]:
    parts = [body]
    for joiner in CREDIT_JOINERS:
        parts = [piece for part in parts for piece in part.split(joiner)]
    names = [_alias_map().get(_norm_alias(p.strip(" .()"))) for p in parts if p.strip(" .()")]
    if not names or any(n is None for n in names):
        return ()
    return tuple(n for n in names if n)


def dateline_credits(first_line: str) -> list[str]:
    """'DAMASCUS (AFP) -', 'BEIRUT, Feb 17 (Reuters) -', 'ANKARA (AA) -': the agency that filed the story."""
    match = _dateline().match(first_line[:160])
    return [name for name in [_alias_map().get(_norm_alias(match.group(1)))] if name] if match else []


def _is_copyright(line: str) -> bool:
    low = line.lower()
    return "©" in line or "copyright" in low or "all rights reserved" in low


def _agencies_in(line: str) -> list[str]:
    return [_alias_map()[_norm_alias(m.group(0))] for m in _alias_regex().finditer(line)]


def _norm_alias(alias: str) -> str:
    """Short forms (AP, AA, dpa) stay case-sensitive; long names compare case-insensitively."""
    alias = re.sub(r"\s+", " ", alias.strip())
    return alias if len(alias) <= 5 else alias.lower()


# --- compiled tables (built once, on first use) --------------------------------------------------------


@lru_cache(maxsize=1)
def _phrases() -> dict[str, re.Pattern[str]]:
    return _by_opening_letter([p for table in BOILERPLATE.values() for p in table])


@lru_cache(maxsize=1)
def _prompts() -> dict[str, re.Pattern[str]]:
    return _by_opening_letter([p for table in PROMPTS.values() for p in table])


@lru_cache(maxsize=1)
def _leads() -> re.Pattern[str]:
    leads = sorted({lead for table in CREDIT_LEADS.values() for lead in table}, key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(lead) for lead in leads) + r")\s*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _tails() -> re.Pattern[str]:
    return re.compile(r"\s(?:" + "|".join(CREDIT_TAILS) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _alias_map() -> dict[str, str]:
    return {_norm_alias(alias): name for name, aliases in AGENCIES.items() for alias in aliases}


@lru_cache(maxsize=1)
def _alias_regex() -> re.Pattern[str]:
    aliases = sorted((a for aliases in AGENCIES.values() for a in aliases if len(a) > 5), key=len, reverse=True)
    short = sorted(a for aliases in AGENCIES.values() for a in aliases if len(a) <= 5)
    long_part = "(?i:" + "|".join(re.escape(a) for a in aliases) + ")"
    return re.compile(r"(?<!\w)(?:" + long_part + "|" + "|".join(re.escape(a) for a in short) + r")(?!\w)")


@lru_cache(maxsize=1)
def _dateline() -> re.Pattern[str]:
    return re.compile(r"^[^()\n]{0,80}?\((" + _alias_regex().pattern + r")\)\.?\s*[-—–:]")


def _by_opening_letter(patterns: list[str]) -> dict[str, re.Pattern[str]]:
    """One regex per opening letter (plus key "" for the rest): a line is tried against ~20 phrases, not 200."""
    general = [p for p in patterns if not _opening_letter(p)]
    groups: dict[str, list[str]] = {}
    for pattern in patterns:
        letter = _opening_letter(pattern)
        if letter:
            groups.setdefault(letter, []).append(pattern)
    return {"": _alternation(general), **{k: _alternation(v + general) for k, v in groups.items()}}


def _opening_letter(pattern: str) -> str | None:
    """The literal letter a pattern must open with; None when it may open otherwise ('(?:a|b)', '\\d', 'x?')."""
    first = pattern[:1].lower()
    if not first.isalpha() or pattern[1:2] in ("?", "*", "{") or _top_level_bar(pattern):
        return None
    return first


def _top_level_bar(pattern: str) -> bool:
    depth = 0
    for i, ch in enumerate(pattern):
        escaped = i > 0 and pattern[i - 1] == "\\"
        if not escaped and ch in "([":
            depth += 1
        elif not escaped and ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0 and not escaped:
            return True
    return False


def _alternation(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", re.IGNORECASE)
