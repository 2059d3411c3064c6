"""Ingest: files, folders, JSON(L), feeds, web archives, URLs and stdin -> Documents.

`read` yields a Document per article, or an InputError per input it cannot use, and never raises for one
bad input: a batch of a thousand files goes on past a truncated line or a dead link. Sizes are checked before
reading, bytes are decoded without crashing on legacy encodings, and binary junk is refused by name.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, BinaryIO, Literal
from urllib.parse import urlparse

from newsweave.errors import (
    BinaryInput,
    EmptyInput,
    FetchError,
    InputError,
    InputTooLarge,
    MalformedInput,
)
from newsweave.models import Document
from newsweave.options import Options

Item = Document | InputError
Kind = Literal["text", "html", "json", "jsonl", "feed", "warc"]

USER_AGENT = "newsweave/0.1 (news verification; +https://github.com/newsweave)"

# JSON field names other tools use for the fields a Document carries.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "article_id", "uid"),
    "url": ("url", "link", "uri", "source_url"),
    "outlet": ("outlet", "source", "site", "sitename", "publisher", "domain"),
    "language": ("language", "lang", "language_code"),
    "published": ("published", "date", "dct", "pubDate", "published_at", "publish_date", "datetime"),
    "title": ("title", "headline"),
    "text": ("text", "content", "body", "maintext", "article"),
    "html": ("html", "raw_html", "page"),
}


def read(inputs: Sequence[str], options: Options, stdin: BinaryIO | None = None) -> Iterator[Document | InputError]:
    """Yield a Document per article found in `inputs`, or an InputError per input that cannot be used."""
    for spec in inputs:
        yield from _guarded(spec, _read_one(spec, options, stdin))


def _guarded(origin: str, items: Iterator[Item]) -> Iterator[Item]:
    """Turn a parser's failure into one named InputError, so the rest of the batch goes on."""
    try:
        yield from items
    except InputError as error:
        yield error
    except (ValueError, TypeError, LookupError, UnicodeError, RecursionError) as error:
        yield MalformedInput(origin, f"could not be parsed: {type(error).__name__}: {error}")
    except OSError as error:
        yield InputError(origin, f"could not be read: {error.strerror or error}")


def _read_one(spec: str, options: Options, stdin: BinaryIO | None) -> Iterator[Item]:
    if spec == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from parse_bytes("-", _bounded(stream, "-", options), None, options)
    elif spec.startswith(("http://", "https://")):
        yield from _read_url(spec, options)
    elif os.path.isdir(spec):
        for path in _walk(Path(spec)):
            yield from _guarded(str(path), _read_file(path, options))
    else:
        yield from _read_file(Path(spec), options)


def _walk(root: Path) -> Iterator[Path]:
    """Every file under root, sorted, skipping hidden files and folders."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(f for f in files if not f.startswith(".")):
            yield Path(folder) / name


def _read_file(path: Path, options: Options) -> Iterator[Item]:
    origin = str(path)
    if not path.exists():
        raise InputError(origin, "no such file or directory")
    size = path.stat().st_size
    if size > options.max_bytes:
        raise _too_large(origin, options, f"{size:,} bytes")
    kind = kind_from_name(path.name)
    if kind == "warc":
        with path.open("rb") as handle:
            yield from _warc(origin, handle, options)
        return
    yield from parse_bytes(origin, path.read_bytes(), kind, options)


def _bounded(stream: BinaryIO, origin: str, options: Options) -> bytes:
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise _too_large(origin, options)
    return data


def _too_large(origin: str, options: Options, size: str = "the input") -> InputTooLarge:
    return InputTooLarge(origin, f"{size} is over the {options.max_bytes:,}-byte limit (Options.max_bytes)")


def parse_bytes(
    origin: str, data: bytes, kind: Kind | None, options: Options, url: str | None = None
) -> Iterator[Item]:
    """Documents from the raw bytes of one input; `kind` None means: sniff it."""
    if not data.strip():
        raise EmptyInput(origin, "the input is empty")
    kind = kind or sniff(data)
    if kind == "warc":
        yield from _warc(origin, io.BytesIO(data), options)
    elif kind == "feed":
        yield from _feed(origin, data, options)
    elif kind in ("json", "jsonl"):
        yield from _json(origin, decode(origin, data), kind == "jsonl")
    else:
        yield _document(origin, decode(origin, data), kind, url)


def _document(origin: str, content: str, kind: str, url: str | None) -> Document:
    if not content.strip():
        raise EmptyInput(origin, "only whitespace after decoding")
    return Document(origin=origin, content=content, kind="html" if kind == "html" else "text", url=url,
                    outlet=outlet_of(url))  # fmt: skip


# --- JSON and JSON Lines ------------------------------------------------------------------------------


def _json(origin: str, text: str, lines: bool) -> Iterator[Item]:
    if not lines:
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            if text.strip().count("\n") == 0:
                raise MalformedInput(origin, f"invalid JSON at line {error.lineno}: {error.msg}") from None
        else:
            yield from _json_value(origin, value)
            return
    yield from _json_lines(origin, text)


def _json_value(origin: str, value: Any) -> Iterator[Item]:
    if isinstance(value, dict) and isinstance(value.get("articles"), list):
        value = value["articles"]
    rows = value if isinstance(value, list) else [value]
    if not rows:
        raise EmptyInput(origin, "the JSON array is empty")
    for index, row in enumerate(rows):
        yield row_document(f"{origin}[{index}]" if isinstance(value, list) else origin, row)


def _json_lines(origin: str, text: str) -> Iterator[Item]:
    seen = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen = True
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield MalformedInput(
                origin, f"line {lineno}: truncated or invalid JSON ({error.msg}); other lines were read"
            )
            continue
        yield row_document(f"{origin}:{lineno}", row)
    if not seen:
        raise EmptyInput(origin, "no JSON lines")


def row_document(origin: str, row: Any) -> Item:
    """A Document from one JSON object (`id, url, outlet, language, published, title, text` or `html`)."""
    if not isinstance(row, dict):
        return MalformedInput(origin, f"expected a JSON object with a text or html field, got {type(row).__name__}")
    fields = {name: _field(row, aliases) for name, aliases in FIELD_ALIASES.items()}
    body, kind = (fields["html"], "html") if fields["html"] and not fields["text"] else (fields["text"], "text")
    if not body or not body.strip():
        return EmptyInput(origin, "the row has no text or html")
    return Document(
        origin=origin,
        content=body,
        kind="html" if kind == "html" else "text",
        id=fields["id"],
        url=fields["url"],
        outlet=fields["outlet"] or outlet_of(fields["url"]),
        language=fields["language"],
        published=date_iso(fields["published"]),
        title=fields["title"],
    )


def _field(row: dict[str, Any], aliases: tuple[str, ...]) -> str | None:
    for key in aliases:
        value = row.get(key)
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, str | int | float):
            return str(value)
    return None


# --- feeds ----------------------------------------------------------------------------------------------


def _feed(origin: str, data: bytes, options: Options) -> Iterator[Item]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.bozo:
            raise MalformedInput(origin, f"not a valid RSS/Atom feed: {parsed.get('bozo_exception')}")
        raise EmptyInput(origin, "the feed has no items")
    for index, entry in enumerate(parsed.entries):
        yield from _guarded(f"{origin}#item{index + 1}", _feed_item(origin, index, entry, options))


def _feed_item(origin: str, index: int, entry: Any, options: Options) -> Iterator[Item]:
    link = entry.get("link") if isinstance(entry.get("link"), str) else None
    title = entry.get("title") or None
    published = _entry_date(entry)
    summary = _entry_text(entry)
    if link and options.follow_feeds and link.startswith(("http://", "https://")):
        try:
            pages = list(_read_url(link, options))
        except FetchError:
            if not summary:
                raise
        else:
            yield from (_with_entry(page, title, published) for page in pages)
            return
    item_origin = link or f"{origin}#item{index + 1}"
    if not summary:
        raise EmptyInput(item_origin, "the feed item has no text and its link was not followed")
    kind: Literal["html", "text"] = "html" if "<" in summary else "text"
    yield Document(origin=item_origin, content=summary, kind=kind, url=link, outlet=outlet_of(link),
                   published=published, title=title)  # fmt: skip


def _with_entry(page: Item, title: str | None, published: str | None) -> Item:
    """A followed page keeps the feed's title and date when the page itself gives none."""
    if isinstance(page, InputError):
        return page
    return replace(page, title=page.title or title, published=page.published or published)


def _entry_text(entry: Any) -> str:
    for content in entry.get("content") or []:
        value = content.get("value") if isinstance(content, dict) else None
        if isinstance(value, str) and value.strip():
            return value
    summary = entry.get("summary")
    return summary if isinstance(summary, str) else ""


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)
    return None


# --- web archives ----------------------------------------------------------------------------------------


def _warc(origin: str, stream: BinaryIO, options: Options) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = False
    try:
        for number, record in enumerate(ArchiveIterator(stream), start=1):
            page = _warc_page(origin, number, record, options)
            if page is not None:
                found = True
                yield page
    except ArchiveLoadFailed as error:
        raise MalformedInput(origin, f"not a readable WARC archive: {error}") from None
    if not found:
        raise EmptyInput(origin, "the archive holds no HTML responses")


def _warc_page(origin: str, number: int, record: Any, options: Options) -> Item | None:
    if not _valid_record(record):
        raise MalformedInput(origin, f"record {number} has no WARC-Type or target URI: not a WARC/ARC archive")
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.http_headers
    content_type = (headers.get_header("Content-Type") if headers else None) or record.rec_headers.get_header(
        "Content-Type", ""
    )
    if "html" not in (content_type or "").lower():
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    name = url or f"{origin}#record{number}"
    body = record.content_stream().read(options.max_bytes + 1)
    if len(body) > options.max_bytes:
        return _too_large(name, options, f"the record in {origin}")
    try:
        return _document(name, decode(name, body), "html", url)
    except InputError as error:
        return error


def _valid_record(record: Any) -> bool:
    if record.format == "arc":
        uri = record.rec_headers.get_header("uri") or ""
        return bool(uri.startswith(("http://", "https://", "dns:", "filedesc:")))
    return bool(record.rec_headers.get_header("WARC-Type"))


# --- URLs ------------------------------------------------------------------------------------------------


def _read_url(url: str, options: Options) -> Iterator[Item]:
    data, content_type, final = fetch(url, options)
    kind = kind_from_content_type(content_type) or kind_from_name(final.split("?")[0])
    yield from parse_bytes(url, data, kind, options, url=final)


def fetch(url: str, options: Options) -> tuple[bytes, str, str]:
    """GET a URL within `fetch_timeout` and `max_bytes`; returns (body, content type, final URL)."""
    import httpx

    start = time.monotonic()
    try:
        with httpx.stream("GET", url, timeout=options.fetch_timeout, follow_redirects=True,
                          headers={"User-Agent": USER_AGENT}) as response:  # fmt: skip
            if response.status_code >= 400:
                raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
            body = _read_body(url, response, options, start)
            return body, response.headers.get("content-type", ""), str(response.url)
    except httpx.TimeoutException:
        raise FetchError(url, f"timed out after {options.fetch_timeout:g} s (Options.fetch_timeout)") from None
    except httpx.HTTPError as error:
        raise FetchError(url, f"request failed: {error}") from None


def _read_body(url: str, response: Any, options: Options, start: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > options.max_bytes:
        raise _too_large(url, options, f"{int(declared):,} bytes")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > options.max_bytes:
            raise _too_large(url, options)
        if time.monotonic() - start > options.fetch_timeout:
            raise FetchError(url, f"timed out after {options.fetch_timeout:g} s (Options.fetch_timeout)")
        chunks.append(chunk)
    return b"".join(chunks)


# --- bytes: what they are and how to decode them ---------------------------------------------------------

EXTENSIONS: dict[str, Kind] = {
    ".txt": "text", ".text": "text", ".md": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".warc": "warc", ".warc.gz": "warc", ".arc": "warc", ".arc.gz": "warc",
}  # fmt: skip

# Leading bytes of formats that are not text: refused by name instead of decoded into garbage.
MAGIC: dict[bytes, str] = {
    b"%PDF": "a PDF (convert it to text first)", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image", b"PK\x03\x04": "a ZIP archive (unpack it first)", b"\x7fELF": "a program",
    b"RIFF": "a media file", b"\xd0\xcf\x11\xe0": "an Office document (save it as text or HTML)",
}  # fmt: skip

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)  # fmt: skip
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
MAX_CONTROL_SHARE = 0.01  # text has (almost) no control characters; binary data has many
LEGACY_ENCODINGS = ("cp1252", "cp1256", "latin-1")  # when detection fails: Western and Arabic Windows pages


def kind_from_name(name: str) -> Kind | None:
    low = name.lower()
    for ext in sorted(EXTENSIONS, key=len, reverse=True):
        if low.endswith(ext):
            return EXTENSIONS[ext]
    return None


def kind_from_content_type(content_type: str) -> Kind | None:
    low = content_type.lower()
    if "html" in low:
        return "html"
    if any(word in low for word in ("rss", "atom", "xml")):
        return "feed"
    if "json" in low:
        return "jsonl" if "ndjson" in low or "jsonl" in low else "json"
    if "warc" in low:
        return "warc"
    return "text" if low.startswith("text/") else None


def sniff(data: bytes) -> Kind:
    """What a nameless input (stdin, a URL without a content type) holds, from its first bytes."""
    if data[:2] == b"\x1f\x8b" or data[:5] == b"WARC/":
        return "warc"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head[:1] in (b"{", b"["):
        return "json"
    if head[:1] == b"<":
        if any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf")):
            return "feed"
        is_html = any(tag in head for tag in (b"<html", b"<body", b"<!doctype html", b"<p", b"<div"))
        return "feed" if head.startswith(b"<?xml") and not is_html else "html"
    return "text"


def decode(origin: str, data: bytes) -> str:
    """Bytes -> text: BOM or UTF-8, else detected charset, else a legacy Windows code page; binary refused."""
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            raise BinaryInput(origin, f"this is {what}, not text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data or len(_CONTROL_BYTES.findall(data[:65536])) > MAX_CONTROL_SHARE * min(len(data), 65536):
        raise BinaryInput(origin, "binary data (NUL or control bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_legacy(data)


def _decode_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace")
    for encoding in LEGACY_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


# --- metadata ---------------------------------------------------------------------------------------------


def outlet_of(url: str | None) -> str | None:
    """'https://www.france24.com/en/...' -> 'france24.com'; archive.org copies name the archived site."""
    if not url:
        return None
    inner = re.search(r"web\.archive\.org/web/[^/]+/(https?://.+)", url)
    try:
        host = urlparse(inner.group(1) if inner else url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def date_iso(value: str | None) -> str | None:
    """A publication date as ISO ('2023-02-18' or '2023-02-18T10:00:00+00:00'); None when unreadable."""
    if not value or not value.strip():
        return None
    text = value.strip()
    for parse in (_iso, _rfc822, _loose):
        parsed = parse(text)
        if parsed:
            return parsed
    return None


def _iso(text: str) -> str | None:
    try:
        return date.fromisoformat(text).isoformat() if len(text) == 10 else datetime.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _rfc822(text: str) -> str | None:
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _loose(text: str) -> str | None:
    """'February 17, 2023', '17/02/2023': absolute dates only (relative words would need the clock)."""
    import dateparser

    if not re.search(r"\b(?:1[89]|20)\d\d\b", text):
        return None
    settings: Any = {"REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["custom-formats", "absolute-time"]}
    parsed = dateparser.parse(text[:100], settings=settings)
    return parsed.date().isoformat() if parsed else None
