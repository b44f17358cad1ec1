"""RSS/Atom feeds → RawText: read the feed (feedparser), fetch each new article politely
(:mod:`tidings.ingest.fetch`), extract it like any HTML page, and remember what was fetched so the
next run fetches only new items.

A source is a feed URL, a feed file on disk, or a text file listing feed URLs (one per line, ``#``
comments). What was fetched is remembered by a :class:`FeedMemory`: :class:`FeedStateFile` keeps it
in a small append-only file; the store may implement the same four methods over its database.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterator, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from tidings.ingest.fetch import FetchFailed, FetchPolicy, PoliteClient
from tidings.ingest.raw import RawText
from tidings.ingest.stats import IngestStats
from tidings.model import Skip

_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b",
                         re.IGNORECASE | re.DOTALL)
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|smid)$", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml", "")


class FeedMemory(Protocol):
    """What a feed reader remembers between runs."""

    def seen(self, url: str) -> bool: ...
    def remember(self, url: str) -> None: ...
    def validators(self, feed_url: str) -> tuple[str | None, str | None]: ...  # ETag, Last-Modified
    def set_validators(self, feed_url: str, etag: str | None, modified: str | None) -> None: ...


class FeedStateFile:
    """:class:`FeedMemory` in an append-only, tab-separated text file (safe to interrupt).

    Lines: ``article<TAB>url<TAB>fetched-at`` and ``feed<TAB>url<TAB>etag<TAB>last-modified``.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._seen: set[str] = set()
        self._validators: dict[str, tuple[str | None, str | None]] = {}
        if self.path.exists():
            for line in self.path.read_text(encoding="utf-8").splitlines():
                cells = line.split("\t")
                if cells[0] == "article" and len(cells) >= 2:
                    self._seen.add(cells[1])
                elif cells[0] == "feed" and len(cells) >= 4:
                    self._validators[cells[1]] = (cells[2] or None, cells[3] or None)

    def seen(self, url: str) -> bool:
        return url in self._seen

    def remember(self, url: str) -> None:
        if url not in self._seen:
            self._seen.add(url)
            self._append(f"article\t{url}\t{datetime.now(timezone.utc).isoformat(timespec='seconds')}")

    def validators(self, feed_url: str) -> tuple[str | None, str | None]:
        return self._validators.get(feed_url, (None, None))

    def set_validators(self, feed_url: str, etag: str | None, modified: str | None) -> None:
        if self._validators.get(feed_url) != (etag, modified):
            self._validators[feed_url] = (etag, modified)
            self._append(f"feed\t{feed_url}\t{_cell(etag)}\t{_cell(modified)}")

    def _append(self, line: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")


class _Forgetful:
    """No memory: every run fetches everything (a one-off read)."""

    def seen(self, url: str) -> bool:
        return False

    def remember(self, url: str) -> None:
        pass

    def validators(self, feed_url: str) -> tuple[str | None, str | None]:
        return None, None

    def set_validators(self, feed_url: str, etag: str | None, modified: str | None) -> None:
        pass


def read_feed(source: str | Path, *, state: FeedMemory | str | Path | None = None,
              policy: FetchPolicy | None = None, client: PoliteClient | None = None,
              stats: IngestStats | None = None, max_items: int | None = None) -> Iterator[RawText | Skip]:
    """Read the articles of one feed source that were not fetched on an earlier run.

    ``source``: a feed URL, a feed file, or a file of feed URLs. ``state``: a :class:`FeedMemory` or
    the path of a state file (None: remember nothing). ``policy``: rate per host, timeouts, retries,
    size cap (see :class:`~tidings.ingest.fetch.FetchPolicy`). ``max_items`` caps the new articles
    fetched per feed. A feed or article that cannot be read gives a Skip naming it and the reason.
    """
    memory: FeedMemory = FeedStateFile(state) if isinstance(state, (str, Path)) else (state or _Forgetful())
    stats = stats if stats is not None else IngestStats()
    own_client = client is None
    polite = client or PoliteClient(policy or FetchPolicy())
    try:
        for item in _feeds(str(source), polite, memory, stats, max_items):
            if isinstance(item, Skip):
                stats.skipped += 1
            else:
                stats.texts += 1
            yield item
    finally:
        if own_client:
            polite.close()


def _feeds(source: str, client: PoliteClient, memory: FeedMemory, stats: IngestStats,
           max_items: int | None) -> Iterator[RawText | Skip]:
    if urlsplit(source).scheme in ("http", "https"):
        yield from _read_remote_feed(source, client, memory, stats, max_items)
        return
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Skip(source, f"cannot read the feed source: {exc.strerror or exc}")
        return
    if _FEED_START.match(data[:4096]):
        yield from _read_entries(source, data, client, memory, stats, max_items)
        return
    urls = [line.strip() for line in data.decode("utf-8", "replace").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]
    if not urls or not all(urlsplit(u).scheme in ("http", "https") for u in urls):
        yield Skip(source, "neither an RSS/Atom feed nor a list of feed URLs (one http(s) URL a line)")
        return
    for url in urls:
        yield from _read_remote_feed(url, client, memory, stats, max_items)


def _read_remote_feed(url: str, client: PoliteClient, memory: FeedMemory, stats: IngestStats,
                      max_items: int | None) -> Iterator[RawText | Skip]:
    etag, modified = memory.validators(url)
    conditional = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", modified)) if v}
    try:
        answer = client.get(url, headers=conditional)
    except FetchFailed as exc:
        yield Skip(url, f"feed not read: {exc.reason}")
        return
    if answer.status == 304:
        stats.passed_over["unchanged feeds"] += 1
        return
    unfinished: list[str] = []
    yield from _read_entries(url, answer.content, client, memory, stats, max_items, unfinished)
    if not unfinished:
        # only a feed whose every item is done may answer "304 Not Modified" next time; otherwise
        # an article that failed for now would never be tried again
        memory.set_validators(url, answer.headers.get("etag"), answer.headers.get("last-modified"))


def _read_entries(feed: str, data: bytes, client: PoliteClient, memory: FeedMemory,
                  stats: IngestStats, max_items: int | None,
                  unfinished: list[str] | None = None) -> Iterator[RawText | Skip]:
    """The new articles of a parsed feed; links left for a later run are added to ``unfinished``."""
    unfinished = unfinished if unfinished is not None else []
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        why = getattr(parsed, "bozo_exception", None) or "no feed elements"
        yield Skip(feed, f"not a readable RSS/Atom feed ({str(why).splitlines()[0][:120]})")
        return
    fetched = 0
    for entry in parsed.entries:
        stats.records += 1
        link = canonical_url(entry.get("link") or entry.get("id") or "")
        if not link:
            stats.passed_over["feed items without a link"] += 1
            continue
        if memory.seen(link):
            stats.passed_over["feed items fetched before"] += 1
            continue
        if max_items is not None and fetched >= max_items:
            stats.passed_over["feed items over the per-feed limit"] += 1
            unfinished.append(link)
            continue
        fetched += 1
        result, permanent = _fetch_article(link, entry, client)
        if permanent:
            memory.remember(link)
        else:
            unfinished.append(link)
        yield result


def _fetch_article(link: str, entry, client: PoliteClient) -> tuple[RawText | Skip, bool]:
    """The article behind one feed item, and whether to remember it (done, or never fetchable)."""
    from tidings.ingest.html import extract_html

    try:
        answer = client.get(link)
    except FetchFailed as exc:
        return Skip(link, exc.reason), exc.permanent
    if answer.content_type not in _HTML_TYPES:
        return Skip(link, f"not an HTML page ({answer.content_type})"), True
    result = extract_html(answer.content, link, url=answer.final_url,
                          fallback_date=_entry_date(entry), fallback_source="feed")
    if isinstance(result, RawText) and not result.title:
        result.title = entry.get("title") or None
    return result, True


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return date(*value[:3])  # feedparser gives a UTC struct_time
    return None


def canonical_url(url: str) -> str:
    """The URL without fragment and tracking parameters, so one article is remembered once."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return url
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not _TRACKING.match(k)])
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", query, ""))


def _cell(value: str | None) -> str:
    return (value or "").replace("\t", " ").replace("\n", " ")
