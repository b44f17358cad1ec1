"""Reading files, directories and standard input into RawText, refusing what is not news text.

What a file is follows from its content, not its name: HTML is recognised by its tags, WARC by its
header (compressed or not), and binary formats by their signatures. Every refusal is a
:class:`~tidings.model.Skip` with a one-line reason that names what to do, so one bad file never
stops a run.
"""

from __future__ import annotations

import io
import re
import sys
import zlib
from pathlib import Path
from typing import Iterable, Iterator

from tidings.ingest.raw import RawText
from tidings.ingest.stats import IngestStats
from tidings.model import Skip

DEFAULT_MAX_BYTES = 10_000_000  # one article is kilobytes; ten megabytes is a page gone wrong

# File signatures of formats people drop into a news folder by mistake.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document (convert it to text first)"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx; unpack or convert it first)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document (save it as plain text)"),
    (b"{\\rtf", "an RTF document (save it as plain text)"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"RIFF", "a media file"), (b"\x7fELF", "an executable"), (b"MZ\x90\x00", "a Windows executable"),
    (b"BZh", "a bzip2 archive (decompress it first)"),
    (b"\xfd7zXZ", "an xz archive (decompress it first)"),
    (b"(\xb5/\xfd", "a zstd archive (decompress it first)"),
    (b"\x1f\x8b", "gzip-compressed (decompress it first; only .warc.gz archives are read compressed)"),
    (b"SQLite format 3", "an SQLite database"), (b"PAR1", "a Parquet file"),
)
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b", re.IGNORECASE)
_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html)\b", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def read_paths(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES,
               stats: IngestStats | None = None) -> Iterator[RawText | Skip]:
    """Read files, directories (recursively, in sorted order, hidden files left out) and ``"-"``
    (standard input) into RawText, one per article; a WARC archive yields one per HTML response.

    Bad input yields a Skip naming the input and the reason; reading goes on with the next one.
    ``max_bytes`` caps each text or page (a WARC archive itself may be any size: it is streamed and
    the cap applies to each record). ``stats``, when given, is updated as inputs are read.
    """
    stats = stats if stats is not None else IngestStats()
    for item in paths:
        items = _read_stdin(max_bytes, stats) if str(item) == "-" else _read_path(Path(item), max_bytes, stats)
        for result in items:
            if isinstance(result, Skip):
                stats.skipped += 1
            else:
                stats.texts += 1
            yield result


def _read_stdin(max_bytes: int, stats: IngestStats) -> Iterator[RawText | Skip]:
    stats.files += 1
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield Skip("-", f"too large: standard input is over {_mb(max_bytes)} (the limit)")
        return
    yield from read_bytes(data, "-", max_bytes=max_bytes, stats=stats)


def _read_path(path: Path, max_bytes: int, stats: IngestStats) -> Iterator[RawText | Skip]:
    origin = str(path)
    try:
        if path.is_dir():
            yield from _read_dir(path, max_bytes, stats)
            return
        if not path.exists():
            yield Skip(origin, "no such file or directory")
            return
        if not path.is_file():
            yield Skip(origin, "not a regular file")
            return
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4096)
            if _is_warc(head):
                stats.files += 1
                handle.seek(0)
                from tidings.ingest.warc import read_warc_stream

                yield from read_warc_stream(handle, origin, max_bytes=max_bytes, stats=stats)
                return
            stats.files += 1
            if size == 0:
                yield Skip(origin, "empty file")
                return
            if size > max_bytes:
                yield Skip(origin, f"too large: {_mb(size)} (the limit is {_mb(max_bytes)})")
                return
            data = head + handle.read()
    except PermissionError:
        yield Skip(origin, "permission denied")
        return
    except OSError as exc:
        yield Skip(origin, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(data, origin, max_bytes=max_bytes, stats=stats)


def _read_dir(root: Path, max_bytes: int, stats: IngestStats) -> Iterator[RawText | Skip]:
    files = sorted(p for p in root.rglob("*")
                   if not any(part.startswith(".") for part in p.relative_to(root).parts)
                   and not p.is_dir())
    if not files:
        yield Skip(str(root), "directory has no files")
    for path in files:
        yield from _read_path(path, max_bytes, stats)


def _is_warc(head: bytes) -> bool:
    if head.startswith(b"WARC/"):
        return True
    if head.startswith(b"\x1f\x8b"):
        try:  # a gzip member: decompress just enough to see the first line
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 5).startswith(b"WARC/")
        except zlib.error:
            return False
    return False


def read_bytes(data: bytes, origin: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
               stats: IngestStats | None = None, url: str | None = None) -> Iterator[RawText | Skip]:
    """Turn the bytes of one input into RawText (plain text or an HTML page), or say why not."""
    stats = stats if stats is not None else IngestStats()
    if not data.strip():
        yield Skip(origin, "empty file" if not data else "no text (only white space)")
        return
    if len(data) > max_bytes:
        yield Skip(origin, f"too large: {_mb(len(data))} (the limit is {_mb(max_bytes)})")
        return
    if _is_warc(data[:4096]):
        from tidings.ingest.warc import read_warc_stream

        yield from read_warc_stream(io.BytesIO(data), origin, max_bytes=max_bytes, stats=stats)
        return
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            yield Skip(origin, f"binary file: {what}")
            return
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark (Windows tools)
        try:
            yield _text(data.decode("utf-16"), origin, url)
        except UnicodeDecodeError:
            yield Skip(origin, "not valid UTF-16 although it starts with a UTF-16 byte-order mark")
        return
    head = data[:4096]
    if b"\x00" in head:
        yield Skip(origin, "binary file (contains NUL bytes)")
        return
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"<") and _FEED.search(head) and not _HTML_ROOT.search(head):
        yield Skip(origin, "an RSS/Atom feed: read its articles with `tidings ingest --feed FILE`")
        return
    if start.startswith(b"<") and _HTML.search(head):
        from tidings.ingest.html import extract_html

        yield extract_html(data, origin, url=url)
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield Skip(origin, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start:,}); "
                           "convert it to UTF-8")
        return
    yield _text(text, origin, url)


def _text(text: str, origin: str, url: str | None) -> RawText | Skip:
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > 0.005 * min(len(text), 65536):
        return Skip(origin, f"binary file ({controls} control characters in the first 64 KB)")
    return RawText(origin=origin, text=text, url=url)


def _mb(size: int) -> str:
    return f"{size / 1_000_000:,.1f} MB"


