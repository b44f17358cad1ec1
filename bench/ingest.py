"""Ingest benchmark: HTML extraction pages/s, WARC reading records/s, peak memory.

Generates a crawl-like archive of N article pages (default 1,000): each page is a few kilobytes of
realistic markup (navigation, share buttons, related-article box, comment section around five
paragraphs), written as request + response records, with an image response every tenth page,
one gzip member per record as crawlers write them. Then times, in one process:

  html      trafilatura + htmldate extraction of every page (bytes → RawText)
  warc      reading the archive record by record (decompress, cut, parse HTTP), no extraction
  warc+html reading and extracting (what `tidings ingest crawl.warc.gz` does before coding)
  document  repair, language check and Document for every extracted text

    .venv/bin/python bench/ingest.py [--pages 1000] [--plain] [--keep DIR]
"""

from __future__ import annotations

import argparse
import gzip
import random
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path

from tidings.ingest import RawText, make_document
from tidings.ingest.html import extract_html
from tidings.ingest.stats import IngestStats
from tidings.ingest.warc import WarcPage, read_warc_pages, read_warc_stream

COUNTRIES = ["Arlandia", "Bexmoor", "Corvania", "Dunmore", "Estavia", "Ferrox", "Galdor", "Halvia"]
ACTORS = ["the government", "opposition leaders", "police", "the army", "rebel fighters",
          "the foreign minister", "protesters", "the central bank", "trade unions", "the president"]
VERBS = ["accused", "met", "criticised", "praised", "threatened", "signed an agreement with",
         "called for talks with", "arrested supporters of", "sent aid to", "condemned"]
FILLER = ["on Tuesday", "last week", "in the capital", "after months of tension",
          "according to state media", "despite international pressure", "for the first time since 2019"]


def paragraph(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(2, 4)):
        a, b = rng.sample(COUNTRIES, 2)
        sentences.append(f"{a}'s {rng.choice(ACTORS).removeprefix('the ')} {rng.choice(VERBS)} "
                         f"{rng.choice(ACTORS)} of {b} {rng.choice(FILLER)}, officials said.")
    return " ".join(s[0].upper() + s[1:] for s in sentences)


def page(n: int, rng: random.Random) -> bytes:
    day = 1 + n % 28
    paras = "".join(f"<p>{paragraph(rng)}</p>" for _ in range(5))
    related = "".join(f"<li><a href='/r/{n}-{k}'>{paragraph(rng)[:60]}</a></li>" for k in range(4))
    comments = "".join(f"<div class='comment'><p>Reader {k}: {paragraph(rng)}</p></div>" for k in range(3))
    nav = "".join(f"<li><a href='/{c.lower()}'>{c}</a></li>" for c in COUNTRIES)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Story {n} | Bench News"
            f"</title><meta property='og:site_name' content='Bench News'>"
            f"<meta property='article:published_time' content='2024-05-{day:02d}T08:00:00Z'>"
            f"<script>var analytics = {{id: {n}}};</script></head><body><header><nav><ul>{nav}</ul>"
            f"</nav></header><main><article><h1>Story {n}</h1><div class='share'><a>Share</a><a>Tweet"
            f"</a></div>{paras}<aside class='related'><h3>Related</h3><ul>{related}</ul></aside>"
            f"</article><section class='comments'>{comments}</section></main><footer><p>&copy; 2024 "
            f"Bench News. All rights reserved.</p></footer></body></html>").encode()


def record(kind: str, url: str, block: bytes, content_type: str) -> bytes:
    header = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
              f"WARC-Date: 2024-05-30T10:00:00Z\r\nWARC-Target-URI: {url}\r\n"
              f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n")
    return header.encode() + block + b"\r\n\r\n"


def write_archive(path: Path, pages: list[bytes], compress: bool) -> int:
    records = 0
    with path.open("wb") as out:
        def put(rec: bytes) -> None:
            nonlocal records
            out.write(gzip.compress(rec, compresslevel=6) if compress else rec)
            records += 1
        put(record("warcinfo", "", b"software: tidings-bench\r\n", "application/warc-fields"))
        for n, body in enumerate(pages):
            url = f"https://bench.example/story/{n}"
            put(record("request", url, f"GET /story/{n} HTTP/1.1\r\nHost: bench.example\r\n\r\n".encode(),
                       "application/http; msgtype=request"))
            http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n"
            put(record("response", url, http.encode() + body, "application/http; msgtype=response"))
            if n % 10 == 0:
                image = b"\x89PNG\r\n\x1a\n" + bytes(2000)
                http = f"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: {len(image)}\r\n\r\n"
                put(record("response", url + ".png", http.encode() + image, "application/http; msgtype=response"))
    return records


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports kilobytes


def timed(label: str, count: int, unit: str, fn) -> tuple[str, int, float, str, float]:
    started = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - started
    return label, result if isinstance(result, int) else count, elapsed, unit, peak_mb()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--plain", action="store_true", help="write an uncompressed .warc")
    parser.add_argument("--keep", type=Path, help="write the archive here and keep it")
    args = parser.parse_args()

    rng = random.Random(7)
    pages = [page(n, rng) for n in range(args.pages)]
    folder = args.keep or Path(tempfile.mkdtemp(prefix="tidings-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    archive = folder / ("bench.warc" if args.plain else "bench.warc.gz")
    total = write_archive(archive, pages, compress=not args.plain)
    print(f"{args.pages:,} pages ({sum(map(len, pages)) / len(pages) / 1000:.1f} KB each), "
          f"{total:,} WARC records, archive {archive.stat().st_size / 1e6:.1f} MB: {archive}")
    baseline = peak_mb()

    texts: list[RawText] = []

    def extract() -> int:
        for n, body in enumerate(pages):
            item = extract_html(body, f"page{n}", url=f"https://bench.example/story/{n}")
            assert isinstance(item, RawText), item
            texts.append(item)
        return len(pages)

    def read_records() -> int:
        stats = IngestStats()
        with archive.open("rb") as handle:
            found = sum(1 for p in read_warc_pages(handle, str(archive), max_bytes=10_000_000, stats=stats)
                        if isinstance(p, WarcPage))
        assert found == args.pages, found
        return stats.records

    def read_and_extract() -> int:
        with archive.open("rb") as handle:
            items = list(read_warc_stream(handle, str(archive), max_bytes=10_000_000))
        assert len(items) == args.pages and all(isinstance(i, RawText) for i in items)
        return len(items)

    def documents() -> int:
        return sum(1 for t in texts if not hasattr(make_document(t), "reason"))

    rows = [timed("html extraction", args.pages, "pages", extract),
            timed("warc reading", total, "records", read_records),
            timed("warc + html extraction", args.pages, "pages", read_and_extract),
            timed("repair + language + Document", args.pages, "docs", documents)]
    print(f"\n{'stage':<30}{'items':>8}{'seconds':>10}{'per second':>14}{'peak RSS MB':>14}")
    for label, count, seconds, unit, peak in rows:
        print(f"{label:<30}{count:>8,}{seconds:>10.2f}{count / seconds:>10,.0f} {unit:<7}{peak:>10.0f}")
    print(f"\npeak memory (getrusage ru_maxrss): {peak_mb():.0f} MB; after generating pages: {baseline:.0f} MB; "
          f"python {sys.version.split()[0]}")
    if args.keep is None:
        archive.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
