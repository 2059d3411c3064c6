"""ingest.read: every kind of input, every kind of bad input, and the batch going on past each one."""

from __future__ import annotations

import http.server
import io
import json
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsweave.errors import (
    BinaryInput,
    EmptyInput,
    FetchError,
    InputError,
    InputTooLarge,
    MalformedInput,
)
from newsweave.ingest import date_iso, decode, outlet_of, read, sniff
from newsweave.models import Document
from newsweave.options import Options

GOOD = "Police said two men were wounded in a shooting on Main Street on Friday night."
ARTICLE_HTML = f"""<!doctype html><html><head><title>Two wounded on Main Street</title>
<meta property="og:site_name" content="Local News"><meta name="date" content="2023-02-18"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Two wounded on Main Street</h1>
<p>{GOOD}</p><p>The victims were taken to a hospital in stable condition, a police spokesman said.</p>
</article><footer>Follow us on Facebook</footer></body></html>"""


def items(inputs: list[str], options: Options | None = None, stdin: io.BytesIO | None = None) -> list[object]:
    return list(read(inputs, options or Options(), stdin=stdin))


def docs(found: list[object]) -> list[Document]:
    return [x for x in found if isinstance(x, Document)]


def errors(found: list[object]) -> list[InputError]:
    return [x for x in found if isinstance(x, InputError)]


@pytest.fixture
def good_file(tmp_path: Path) -> str:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return str(path)


def assert_one_error(found: list[object], kind: type[InputError], name: str) -> InputError:
    """The bad input gives exactly one error of `kind` naming it, and the good input still yields."""
    errs = errors(found)
    assert [type(e) for e in errs] == [kind], errs
    assert name in str(errs[0])
    assert any(d.content == GOOD for d in docs(found))
    return errs[0]


# --- real inputs ---------------------------------------------------------------------------------------


def test_gva_jsonl_gives_every_row_with_metadata(data_dir: Path) -> None:
    found = items([str(data_dir / "gva" / "documents.jsonl")])
    assert not errors(found)
    assert len(found) == 3057
    first = docs(found)[0]
    assert first.id == "d774b2133b7bc9dce06c54a5b801d58d"
    assert first.outlet == "q13fox.com"  # from the archived URL inside the web.archive.org address
    assert first.published == "2014-05-16"
    assert first.origin.endswith("documents.jsonl:1")


def test_folder_reads_seeds_sorted_and_skips_hidden(seeds_dir: Path, tmp_path: Path) -> None:
    for seed in sorted(seeds_dir.glob("*.txt")):
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / ".hidden.txt").write_text(GOOD)
    found = items([str(tmp_path)])
    assert [Path(d.origin).name for d in docs(found)] == sorted(p.name for p in seeds_dir.glob("*.txt"))
    assert "truffle" in docs(found)[0].content


# --- bad inputs: each one named, the batch goes on -----------------------------------------------------


def test_empty_file(tmp_path: Path, good_file: str) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert_one_error(items([str(tmp_path / "empty.txt"), good_file]), EmptyInput, "empty.txt")


def test_whitespace_only_file_is_empty(tmp_path: Path, good_file: str) -> None:
    (tmp_path / "blank.html").write_bytes(b" \n\t\r\n ")
    assert_one_error(items([str(tmp_path / "blank.html"), good_file]), EmptyInput, "blank.html")


def test_binary_junk(tmp_path: Path, good_file: str) -> None:
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 40)
    assert_one_error(items([str(tmp_path / "junk.txt"), good_file]), BinaryInput, "junk.txt")


def test_image_is_refused_by_name(tmp_path: Path, good_file: str) -> None:
    (tmp_path / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x10" * 100)
    error = assert_one_error(items([str(tmp_path / "photo.html"), good_file]), BinaryInput, "photo.html")
    assert "PNG" in error.reason


def test_invalid_utf8_is_decoded_not_fatal(tmp_path: Path) -> None:
    raw = GOOD.encode("utf-8") + b" Witnesses heard \xff\xfe shots. " + GOOD.encode("utf-8")
    (tmp_path / "bad_utf8.txt").write_bytes(raw)
    (doc,) = items([str(tmp_path / "bad_utf8.txt")])
    assert isinstance(doc, Document)
    assert GOOD in doc.content and "Witnesses heard" in doc.content


def test_cp1252_file(tmp_path: Path) -> None:
    text = "The café owner said the “attack” – at 5 p.m. – left two people dead, according to police. " * 3
    (tmp_path / "legacy.txt").write_bytes(text.encode("cp1252"))
    (doc,) = items([str(tmp_path / "legacy.txt")])
    assert isinstance(doc, Document)
    assert "café" in doc.content and "“attack”" in doc.content


def test_cp1256_file(tmp_path: Path) -> None:
    text = (
        "قالت الشرطة إن رجلين أصيبا بجروح في إطلاق نار في الشارع الرئيسي مساء الجمعة. "
        "ونقل المصابون إلى المستشفى وحالتهم مستقرة، بحسب المتحدث باسم الشرطة. "
    )
    (tmp_path / "arabic.txt").write_bytes((text * 3).encode("cp1256"))
    (doc,) = items([str(tmp_path / "arabic.txt")])
    assert isinstance(doc, Document)
    assert "إطلاق نار" in doc.content


def test_truncated_jsonl_line_names_file_and_line(tmp_path: Path) -> None:
    rows = [json.dumps({"id": "r1", "text": GOOD}), '{"id": "r2", "text": "Police sa', json.dumps({"text": GOOD})]
    (tmp_path / "batch.jsonl").write_text("\n".join(rows), encoding="utf-8")
    found = items([str(tmp_path / "batch.jsonl")])
    (error,) = errors(found)
    assert isinstance(error, MalformedInput)
    assert "batch.jsonl" in str(error) and "line 2" in str(error)
    assert [d.id for d in docs(found)] == ["r1", None]
    assert docs(found)[1].origin.endswith("batch.jsonl:3")


def test_huge_html_is_refused_quickly(tmp_path: Path, good_file: str) -> None:
    """A 50 MB page is refused by size (20 MB default) before it is read, so it costs no time or memory."""
    path = tmp_path / "huge.html"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("<html><body>")
        for _ in range(50 * 1024):
            handle.write("<p>" + "x" * 1017 + "</p>")
    assert Options().max_bytes >= 20_000_000
    start = time.monotonic()
    found = items([str(path), good_file])
    assert time.monotonic() - start < 2
    assert_one_error(found, InputTooLarge, "huge.html")


def test_feed_that_is_not_xml(tmp_path: Path, good_file: str) -> None:
    (tmp_path / "news.rss").write_text("this is not a feed, just words\nand more words", encoding="utf-8")
    assert_one_error(items([str(tmp_path / "news.rss"), good_file]), MalformedInput, "news.rss")


def test_missing_file(tmp_path: Path, good_file: str) -> None:
    assert_one_error(items([str(tmp_path / "nope.txt"), good_file]), InputError, "nope.txt")


def test_garbage_warc(tmp_path: Path, good_file: str) -> None:
    (tmp_path / "crawl.warc").write_bytes(b"WARC/1.0\r\nthis is not a record header\r\n\r\n" + b"x" * 50)
    assert_one_error(items([str(tmp_path / "crawl.warc"), good_file]), MalformedInput, "crawl.warc")


# --- formats -------------------------------------------------------------------------------------------


def test_json_array_and_single_object(tmp_path: Path) -> None:
    (tmp_path / "many.json").write_text(json.dumps([{"text": GOOD, "language": "en"}, {"html": ARTICLE_HTML}]))
    (tmp_path / "one.json").write_text(json.dumps({"text": GOOD, "url": "https://www.example.org/a"}))
    found = docs(items([str(tmp_path / "many.json"), str(tmp_path / "one.json")]))
    assert [d.kind for d in found] == ["text", "html", "text"]
    assert found[0].language == "en" and found[2].outlet == "example.org"


def test_json_row_without_text_is_empty(tmp_path: Path) -> None:
    (tmp_path / "rows.jsonl").write_text(json.dumps({"title": "No body"}) + "\n" + json.dumps({"text": GOOD}))
    found = items([str(tmp_path / "rows.jsonl")])
    assert [type(x) for x in found] == [EmptyInput, Document]
    assert "rows.jsonl:1" in str(found[0])


def test_rss_file_items_without_following(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text(rss(["https://news.example.com/a1"], summary=GOOD), encoding="utf-8")
    (doc,) = items([str(tmp_path / "feed.xml")], Options(follow_feeds=False))
    assert isinstance(doc, Document)
    assert doc.content == GOOD and doc.title == "Item 0" and doc.outlet == "news.example.com"
    assert doc.published == "2023-02-17T10:00:00+00:00"


def test_warc_response_records(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for uri, ctype, body in [
            ("https://www.example.com/a", "text/html; charset=utf-8", ARTICLE_HTML.encode()),
            ("https://www.example.com/logo.png", "image/png", b"\x89PNG"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            )
    (doc,) = items([str(path)])
    assert isinstance(doc, Document)
    assert doc.kind == "html" and doc.url == "https://www.example.com/a" and doc.outlet == "example.com"


def test_stdin_sniffs_jsonl_html_and_text() -> None:
    jsonl = (json.dumps({"text": GOOD}) + "\n" + json.dumps({"text": GOOD})).encode()
    assert len(docs(items(["-"], stdin=io.BytesIO(jsonl)))) == 2
    (page,) = items(["-"], stdin=io.BytesIO(ARTICLE_HTML.encode()))
    assert isinstance(page, Document) and page.kind == "html"
    (text,) = items(["-"], stdin=io.BytesIO(GOOD.encode()))
    assert isinstance(text, Document) and text.kind == "text" and text.origin == "-"


def test_sniff_table() -> None:
    assert sniff(b'  {"text": "x"}') == "json"
    assert sniff(b'<?xml version="1.0"?><rss version="2.0">') == "feed"
    assert sniff(b"<!DOCTYPE html><html>") == "html"
    assert sniff(b"WARC/1.0\r\n") == "warc"
    assert sniff(b"Plain words.") == "text"


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.france24.com/en/middle-east/20230218-x", "france24.com"),
        ("http://web.archive.org/web/20151026092316/http://q13fox.com/2014/05/16/x/", "q13fox.com"),
        ("https://news.bbc.co.uk/a", "news.bbc.co.uk"),
        (None, None),
        ("not a url", None),
    ],
)
def test_outlet_from_url(url: str | None, outlet: str | None) -> None:
    assert outlet_of(url) == outlet


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2014-05-16", "2014-05-16"),
        ("Fri, 17 Feb 2023 10:00:00 GMT", "2023-02-17T10:00:00+00:00"),
        ("2023-02-17T10:00:00Z", "2023-02-17T10:00:00+00:00"),
        ("February 17, 2023", "2023-02-17"),
        ("yesterday", None),
        ("", None),
    ],
)
def test_publication_dates(raw: str, iso: str | None) -> None:
    assert date_iso(raw) == iso


# --- URLs, on a local server ---------------------------------------------------------------------------


def rss(links: list[str], summary: str = "") -> str:
    items_xml = "".join(
        f"<item><title>Item {i}</title><link>{link}</link><description>{summary}</description>"
        "<pubDate>Fri, 17 Feb 2023 10:00:00 GMT</pubDate></item>"
        for i, link in enumerate(links)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items_xml}</channel></rss>'


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # http.server's name for the GET handler
        base = f"http://127.0.0.1:{self.server.server_port}"  # type: ignore[attr-defined]
        routes = {
            "/article.html": ("text/html; charset=utf-8", ARTICLE_HTML),
            "/feed.xml": ("application/rss+xml", rss([f"{base}/article.html", f"{base}/gone"], summary=GOOD)),
            "/plain": ("text/plain", GOOD),
        }
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path not in routes:
            self.send_response(404)
            self.end_headers()
            return
        ctype, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.end_headers()
        self.wfile.write(body.encode("utf-8"))

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_article_page(server: str) -> None:
    (doc,) = items([f"{server}/article.html"])
    assert isinstance(doc, Document)
    assert doc.kind == "html" and doc.outlet == "127.0.0.1" and "Main Street" in doc.content


def test_url_404(server: str, good_file: str) -> None:
    error = assert_one_error(items([f"{server}/missing", good_file]), FetchError, f"{server}/missing")
    assert "404" in error.reason


def test_url_timeout(server: str, good_file: str) -> None:
    found = items([f"{server}/slow", good_file], Options(fetch_timeout=0.3))
    error = assert_one_error(found, FetchError, f"{server}/slow")
    assert "timed out" in error.reason


def test_feed_url_follows_items(server: str) -> None:
    """The first item's page is fetched; the second links to a 404, so its summary stands in."""
    found = items([f"{server}/feed.xml"])
    page, summary = docs(found)
    assert page.kind == "html" and page.origin.endswith("/article.html")
    assert page.published == "2023-02-17T10:00:00+00:00" and page.title == "Item 0"
    assert summary.content == GOOD and summary.origin.endswith("/gone")


def test_feed_url_not_followed(server: str) -> None:
    found = docs(items([f"{server}/feed.xml"], Options(follow_feeds=False)))
    assert [d.content for d in found] == [GOOD, GOOD]


# --- properties: read never raises, whatever the bytes -------------------------------------------------

EXTENSIONS = [".txt", ".html", ".json", ".jsonl", ".rss", ".warc", ".warc.gz", ".bin"]
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["id", "text", "html", "url", "title", "published", "x"]), inner, max_size=5)
    ),
    max_leaves=12,
)


def read_as(data: bytes, ext: str) -> list[object]:
    """read() on one file holding `data`: the reader is chosen by the extension, as for a user's file."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{ext}"
        path.write_bytes(data)
        return list(read([str(path)], Options(follow_feeds=False)))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600), ext=st.sampled_from(EXTENSIONS))
def test_random_bytes_give_documents_or_input_errors(data: bytes, ext: str) -> None:
    out = read_as(data, ext)
    assert out and all(isinstance(x, Document | InputError) for x in out)


@settings(max_examples=200, deadline=None)
@given(value=JSON, ext=st.sampled_from([".json", ".jsonl"]))
def test_random_json_gives_documents_or_input_errors(value: object, ext: str) -> None:
    line = json.dumps(value).encode()
    out = read_as(line + b"\n" + line[: len(line) // 2], ext)
    assert out and all(isinstance(x, Document | InputError) for x in out)
    assert all(d.content.strip() for d in out if isinstance(d, Document))


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=400))
def test_decode_never_raises_but_binary(data: bytes) -> None:
    try:
        assert isinstance(decode("x", data), str)
    except BinaryInput:
        pass
