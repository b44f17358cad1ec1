"""WARC archives (``.warc``, ``.warc.gz``, such as Common Crawl's CC-NEWS) → RawText, one per HTML
response, streamed one record at a time.

The archive is cut into records here and each record is parsed by fastwarc
(``WarcRecord.from_bytes`` + ``parse_http``, which also undoes chunked and gzip transfer). Cutting
records ourselves is what lets a damaged archive be read as far as it goes: fastwarc and warcio both
stop silently at a truncated gzip member and give up at the first broken header, where a crawl
wants "record 37 is broken, 962 others read" and "the archive is truncated after record 998".

Records that are not articles (requests, metadata, warcinfo, images, redirects, HTTP errors) are
counted in :class:`~tidings.ingest.stats.IngestStats` ``passed_over``; damaged or unreadable article
records yield a :class:`~tidings.model.Skip`.
"""

from __future__ import annotations

import gzip
import logging
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Iterator

from tidings.ingest.raw import RawText
from tidings.ingest.stats import IngestStats
from tidings.model import Skip

log = logging.getLogger("tidings.ingest")

MAX_HEADER_BYTES = 64 * 1024  # a WARC header block is a few hundred bytes
HTTP_PEEK_BYTES = 64 * 1024  # enough of an oversized record to read its HTTP headers
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(slots=True)
class _Record:
    """One record as cut from the stream: its WARC header lines and block (None when too large)."""

    offset: int  # in the uncompressed stream
    header: bytes
    fields: dict[str, str]
    block: bytes | None
    length: int  # Content-Length
    peek: bytes = b""  # the start of a block too large to read


@dataclass(slots=True)
class _Broken:
    """The stream at ``offset`` is not a well-formed record; ``resumes`` says whether reading goes on."""

    offset: int
    reason: str
    resumes: bool = True


def read_warc(path: str | Path, *, max_bytes: int, stats: IngestStats | None = None) -> Iterator[RawText | Skip]:
    """Read one WARC file (plain or gzip-compressed, detected by content)."""
    try:
        with open(path, "rb") as handle:
            yield from read_warc_stream(handle, str(path), max_bytes=max_bytes, stats=stats)
    except OSError as exc:
        yield Skip(str(path), f"cannot read: {exc.strerror or exc}")


@dataclass(frozen=True, slots=True)
class WarcPage:
    """An HTML response found in an archive, before extraction."""

    origin: str  # "warc:<archive>#<record id>"
    url: str | None
    crawled: date | None  # WARC-Date
    html: bytes  # the HTTP payload, transfer and content encodings undone


def read_warc_stream(handle: BinaryIO, origin: str, *, max_bytes: int,
                     stats: IngestStats | None = None) -> Iterator[RawText | Skip]:
    """Read WARC records from an open binary stream; ``origin`` names the archive in messages."""
    from tidings.ingest.html import extract_html

    for page in read_warc_pages(handle, origin, max_bytes=max_bytes, stats=stats):
        if isinstance(page, Skip):
            yield page
        else:
            yield extract_html(page.html, page.origin, url=page.url, fallback_date=page.crawled,
                               fallback_source="warc")


def read_warc_pages(handle: BinaryIO, origin: str, *, max_bytes: int,
                    stats: IngestStats | None = None) -> Iterator[WarcPage | Skip]:
    """The HTML responses of an archive, unextracted (so extraction can run elsewhere, in parallel)."""
    stats = stats if stats is not None else IngestStats()
    head = handle.peek(2)[:2] if hasattr(handle, "peek") else handle.read(2)
    if not hasattr(handle, "peek"):
        handle.seek(-len(head), 1)
    stream: BinaryIO = gzip.GzipFile(fileobj=handle, mode="rb") if head == b"\x1f\x8b" else handle  # type: ignore[assignment]
    records = 0
    cutter = _cut(stream, max_bytes)
    while True:
        try:
            record = next(cutter)
        except StopIteration:
            break
        except EOFError:
            yield Skip(origin, f"truncated gzip: the archive ends inside a compressed record "
                               f"(after {records:,} complete records, which were read)")
            break
        except (zlib.error, gzip.BadGzipFile, OSError) as exc:
            yield Skip(origin, f"corrupt gzip data after {records:,} records ({exc}); "
                               "the rest of the archive cannot be read")
            break
        if isinstance(record, _Broken):
            yield Skip(f"{origin}@{record.offset}", record.reason)
            if not record.resumes:
                break
            continue
        records += 1
        stats.records += 1
        result = _html_page(record, origin, max_bytes, stats)
        if result is not None:
            yield result
    log.info("%s: %d WARC records; %s", origin, records, stats.summary())


# -- cutting the stream into records ---------------------------------------------------------------
def _cut(stream: BinaryIO, max_bytes: int) -> Iterator[_Record | _Broken]:
    """Yield records in order, and a _Broken in place of each damaged one."""
    offset = 0
    pending: bytes | None = None  # a line already read while looking for the next record
    while True:
        line = pending if pending is not None else stream.readline(MAX_HEADER_BYTES)
        pending = None
        if not line:
            return
        if not line.strip():
            offset += len(line)
            continue
        start = offset
        if not line.startswith(b"WARC/"):
            skipped, pending = _resync(stream, len(line))
            offset += skipped
            yield _Broken(start, f"not a WARC record here; skipped {skipped:,} bytes to the next record")
            continue
        header, fields, size, complete = _read_header(stream, line)
        offset += size
        if not complete:
            yield _Broken(start, "the archive ends inside a record header; the records before it "
                                 "were read", resumes=False)
            return
        length_text = fields.get("content-length", "")
        if not length_text.isdigit():
            skipped, pending = _resync(stream, 0)
            offset += skipped
            yield _Broken(start, f"broken WARC header (Content-Length {length_text!r}); "
                                 f"skipped {skipped:,} bytes to the next record")
            continue
        length = int(length_text)
        peek = b""
        if length > max_bytes + HTTP_PEEK_BYTES:
            peek = stream.read(HTTP_PEEK_BYTES)
            received = len(peek) + _discard(stream, length - len(peek))
            block = None
        else:
            block = stream.read(length)
            received = len(block)
        offset += length
        if received < length:
            yield _Broken(start, f"the archive ends inside a record ({received:,} of {length:,} bytes); "
                                 "the records before it were read", resumes=False)
            return
        yield _Record(start, header, fields, block, length, peek)


def _read_header(stream: BinaryIO, first: bytes) -> tuple[bytes, dict[str, str], int, bool]:
    """Header lines up to the blank line; the flag is False when the stream ended first."""
    lines = [first]
    size = len(first)
    complete = True
    while True:
        line = stream.readline(MAX_HEADER_BYTES)
        size += len(line)
        if not line:
            complete = False
            break
        if not line.strip() or size > MAX_HEADER_BYTES:
            break
        lines.append(line)
    fields: dict[str, str] = {}
    for raw in lines[1:]:
        name, sep, value = raw.decode("utf-8", "replace").partition(":")
        if sep:
            fields[name.strip().lower()] = value.strip()
    return b"".join(lines), fields, size, complete


def _resync(stream: BinaryIO, already: int) -> tuple[int, bytes | None]:
    """Read forward to the next line that starts a WARC record; return bytes skipped and that line."""
    skipped = already
    while True:
        line = stream.readline(MAX_HEADER_BYTES)
        if not line:
            return skipped, None
        if line.startswith(b"WARC/1."):
            return skipped, line
        skipped += len(line)


def _discard(stream: BinaryIO, count: int) -> int:
    """Read and drop ``count`` bytes without holding them; return how many there were."""
    dropped = 0
    while dropped < count:
        chunk = stream.read(min(count - dropped, 1 << 20))
        if not chunk:
            break
        dropped += len(chunk)
    return dropped


# -- records → articles ----------------------------------------------------------------------------
def _html_page(record: _Record, origin: str, max_bytes: int, stats: IngestStats) -> WarcPage | Skip | None:
    """The page of an HTML response, a Skip for a damaged or oversized one, None for the rest."""
    from fastwarc.warc import WarcRecord

    kind = record.fields.get("warc-type", "unknown")
    if kind != "response":
        stats.passed_over[f"{kind} records"] += 1
        return None
    record_id = record.fields.get("warc-record-id", "").strip("<>") or f"offset {record.offset}"
    name = f"warc:{origin}#{record_id}"
    url = record.fields.get("warc-target-uri") or None
    if record.block is None:  # too large to read: look at its HTTP headers only
        if not _looks_html(record.peek):
            stats.passed_over["oversized non-HTML responses"] += 1
            return None
        return Skip(name, f"too large: {record.length / 1_000_000:,.1f} MB page (the limit is "
                          f"{max_bytes / 1_000_000:,.1f} MB)")
    try:
        parsed = WarcRecord.from_bytes(record.header + b"\r\n" + record.block + b"\r\n\r\n")
        parsed.parse_http(auto_decode="all")
        status = parsed.http_headers.status_code if parsed.http_headers is not None else None
        content_type = (parsed.http_content_type or "").lower()
        payload = parsed.reader.read()
    except (OSError, ValueError) as exc:
        return Skip(name, f"broken HTTP response in the archive ({exc})")
    if status is None or not 200 <= status < 300:
        stats.passed_over[f"HTTP {status // 100}xx responses" if status else "non-HTTP responses"] += 1
        return None
    if content_type and not content_type.startswith(_HTML_TYPES):
        stats.passed_over[f"not HTML ({content_type})"] += 1
        return None
    if not content_type and not _looks_html(payload[:4096]):
        stats.passed_over["not HTML (no content type)"] += 1
        return None
    if len(payload) > max_bytes:
        return Skip(name, f"too large: {len(payload) / 1_000_000:,.1f} MB page (the limit is "
                          f"{max_bytes / 1_000_000:,.1f} MB)")
    return WarcPage(name, url, _warc_date(record.fields), payload)


def _looks_html(data: bytes) -> bool:
    lowered = data[:4096].lower()
    return b"text/html" in lowered or b"<html" in lowered or b"<!doctype html" in lowered


def _warc_date(fields: dict[str, str]) -> date | None:
    """The crawl date: a stand-in publication date for pages that carry none (news is crawled fresh)."""
    value = fields.get("warc-date", "")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None
