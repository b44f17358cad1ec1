"""WARC archives: HTML responses become texts, the rest is counted, damage is reported and survived."""

from __future__ import annotations

import gzip
import tracemalloc
import uuid
from datetime import date
from pathlib import Path

import pytest

from tidings.ingest import IngestStats, RawText, read_paths
from tidings.model import Skip

PARAGRAPH = ("Government troops and rebel fighters clashed near the northern town of {town} on "
             "{day}, local officials said, and at least {n} people were reported wounded in the fighting.")


def page(n: int, *, dated: bool = True) -> bytes:
    meta = f'<meta property="article:published_time" content="2024-04-{n % 28 + 1:02d}">' if dated else ""
    text = PARAGRAPH.format(town=f"Town{n}", day="Tuesday", n=n + 2)
    return (f"<html><head><title>Clashes near Town{n}</title>{meta}</head><body><nav><a href='/'>Home"
            f"</a></nav><article><p>{text}</p><p>The army said it had regained control of the main road "
            f"by the evening.</p></article></body></html>").encode()


def record(kind: str, url: str, block: bytes, *, length: int | None = None,
           content_type: str = "application/http; msgtype=response") -> bytes:
    """One WARC/1.0 record, written by hand so tests can also write broken ones."""
    header = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
              f"WARC-Date: 2024-05-02T10:00:00Z\r\nWARC-Target-URI: {url}\r\n"
              f"Content-Type: {content_type}\r\n"
              f"Content-Length: {len(block) if length is None else length}\r\n\r\n")
    return header.encode() + block + b"\r\n\r\n"


def response(url: str, body: bytes, *, status: str = "200 OK", ctype: str = "text/html; charset=utf-8",
             extra: str = "") -> bytes:
    http = f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{extra}Content-Length: {len(body)}\r\n\r\n"
    return record("response", url, http.encode() + body)


def request(url: str) -> bytes:
    return record("request", url, f"GET {url} HTTP/1.1\r\nHost: news.example\r\n\r\n".encode(),
                  content_type="application/http; msgtype=request")


def crawl() -> list[bytes]:
    """A small crawl: 3 articles, with the records a crawler writes around them."""
    chunked = gzip.compress(page(3))
    return [
        record("warcinfo", "", b"software: test-crawler\r\n", content_type="application/warc-fields"),
        request("https://news.example/1"), response("https://news.example/1", page(1)),
        request("https://news.example/logo.png"),
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(300), ctype="image/png"),
        response("https://news.example/old", b"", status="301 Moved Permanently"),
        response("https://news.example/gone", b"<html>not found</html>", status="404 Not Found"),
        response("https://news.example/2", page(2, dated=False)),
        record("metadata", "https://news.example/2", b"fetchTimeMs: 120\r\n",
               content_type="application/warc-fields"),
        # chunked transfer and gzip content encoding, as servers send them
        response("https://news.example/3",
                 f"{len(chunked):x}\r\n".encode() + chunked + b"\r\n0\r\n\r\n",
                 extra="Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n"),
    ]


def write(path: Path, records: list[bytes], *, compress: bool) -> Path:
    with path.open("wb") as handle:
        for rec in records:  # one gzip member per record, as WARC files are written
            handle.write(gzip.compress(rec) if compress else rec)
    return path


def read(path: Path, stats: IngestStats | None = None) -> list[RawText | Skip]:
    return list(read_paths([path], stats=stats))


@pytest.mark.parametrize("compress", [False, True], ids=["warc", "warc.gz"])
def test_html_responses_become_texts_and_the_rest_is_counted(tmp_path, compress):
    path = write(tmp_path / ("crawl.warc.gz" if compress else "crawl.warc"), crawl(), compress=compress)
    stats = IngestStats()
    items = read(path, stats)
    assert all(isinstance(i, RawText) for i in items), items
    assert [i.url for i in items] == [f"https://news.example/{n}" for n in (1, 2, 3)]
    assert "Town1" in items[0].text and "Home" not in items[0].text
    assert items[0].origin.startswith(f"warc:{path}#urn:uuid:")
    # the page's own date first, the crawl date for a page without one
    assert [(i.published, i.date_source) for i in items] == [
        (date(2024, 4, 2), "page"), (date(2024, 5, 2), "warc"), (date(2024, 4, 4), "page")]
    assert stats.records == 10 and stats.texts == 3 and stats.skipped == 0
    assert dict(stats.passed_over) == {
        "warcinfo records": 1, "request records": 2, "metadata records": 1,
        "not HTML (image/png)": 1, "HTTP 3xx responses": 1, "HTTP 4xx responses": 1}
    assert "7 records passed over" in stats.summary()


def test_an_archive_is_recognised_by_content(tmp_path):
    path = write(tmp_path / "crawl.bin", crawl(), compress=True)
    assert len(read(path)) == 3


def test_truncated_gzip_keeps_what_came_before(tmp_path):
    whole = write(tmp_path / "whole.warc.gz", crawl(), compress=True).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[:-40])  # the last member loses its end
    items = read(cut)
    assert [type(i).__name__ for i in items] == ["RawText", "RawText", "Skip"]
    assert items[-1].origin == str(cut)
    assert items[-1].reason.startswith("truncated gzip: the archive ends inside a compressed record "
                                       "(after 9 complete records")


def test_plain_archive_cut_inside_a_record(tmp_path):
    whole = write(tmp_path / "whole.warc", crawl(), compress=False).read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole[:-200])
    items = read(cut)
    assert [type(i).__name__ for i in items] == ["RawText", "RawText", "Skip"]
    assert "the archive ends inside a record" in items[-1].reason


@pytest.mark.parametrize("compress", [False, True], ids=["warc", "warc.gz"])
def test_a_record_with_a_broken_header_is_skipped_and_the_rest_read(tmp_path, compress):
    records = crawl()
    broken = response("https://news.example/broken", page(9)).replace(b"Content-Length: ", b"Content-Length: x", 1)
    records.insert(3, broken)
    path = write(tmp_path / "broken.warc", records, compress=compress)
    items = read(path)
    assert [type(i).__name__ for i in items] == ["RawText", "Skip", "RawText", "RawText"]
    skip = items[1]
    assert skip.origin.startswith(f"{path}@")
    assert skip.reason.startswith("broken WARC header (Content-Length 'x")


def test_garbage_between_records_is_skipped(tmp_path):
    records = crawl()
    records.insert(2, b"this is not a WARC record\r\nnor is this\r\n")
    items = read(write(tmp_path / "junk.warc", records, compress=False))
    assert [type(i).__name__ for i in items] == ["Skip", "RawText", "RawText", "RawText"]
    assert items[0].reason.startswith("not a WARC record here; skipped")


def test_a_page_with_no_text_and_a_30_mb_page_are_skipped_with_reasons(tmp_path):
    shell = b"<html><head><script src='app.js'></script></head><body><div id='root'></div></body></html>"
    huge = page(5).replace(b"</body>", b"<!-- " + b"x" * 30_000_000 + b" --></body>")
    records = [response("https://news.example/shell", shell), response("https://news.example/huge", huge),
               response("https://news.example/1", page(1))]
    items = read(write(tmp_path / "mixed.warc.gz", records, compress=True))
    assert [type(i).__name__ for i in items] == ["Skip", "Skip", "RawText"]
    assert items[0].reason == "no story text in the page (only navigation, scripts or boilerplate)"
    assert items[1].reason == "too large: 30.0 MB page (the limit is 10.0 MB)"
    assert items[1].origin.startswith("warc:")


def test_archives_are_streamed_not_loaded(tmp_path):
    video = response("https://news.example/clip.mp4", b"\x00" * 40_000_000, ctype="video/mp4")
    path = write(tmp_path / "video.warc", [video, response("https://news.example/1", page(1))], compress=False)
    stats = IngestStats()
    tracemalloc.start()
    items = read(path, stats)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [type(i).__name__ for i in items] == ["RawText"]
    assert stats.passed_over["oversized non-HTML responses"] == 1
    assert peak < 8_000_000  # far below the 40 MB record


def test_an_empty_archive_file_is_empty(tmp_path):
    path = tmp_path / "empty.warc.gz"
    path.write_bytes(b"")
    (item,) = read(path)
    assert item.reason == "empty file"
