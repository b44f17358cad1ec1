"""What feeds were read, kept in the store so that a feed is read again only for what is new.

Implements :class:`tidings.ingest.feeds.FeedMemory` for one ingestion run. A fetched article link
is committed in the same transaction as the document (or skip) it produced, and a feed's
validators (ETag, Last-Modified) only when the run finishes: a run killed half-way fetches again
whatever it had not stored, instead of forgetting it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Iterable

import duckdb

from tidings.model import Skip


class FeedLinks:
    """Links and validators a run has been told to remember but has not committed yet."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        self.remembered: set[str] = set()
        self.validators: dict[str, tuple[str | None, str | None]] = {}

    def matched(self, items: Iterable) -> set[str]:
        """The remembered links that ``items`` (documents, known copies, skips) came from."""
        links: set[str] = set()
        if self.remembered:
            for item in items:
                keys = ({item.origin} if isinstance(item, Skip)
                        else {item.document.origin, *item.document.urls})
                links |= keys & self.remembered
        return links

    def insert(self, links: set[str], now: datetime, run_id: int) -> None:
        """Write ``links`` (inside the caller's transaction) and forget them here."""
        if links:
            self.con.executemany("INSERT OR IGNORE INTO feed_articles VALUES (?, ?, ?)",
                                 [[u, now, run_id] for u in sorted(links)])
            self.remembered -= links

    def commit_rest(self, now: datetime, run_id: int) -> None:
        """At the end of a finished run: everything read was stored, so keep all of it."""
        if not (self.remembered or self.validators):
            return
        self.con.begin()
        try:
            self.insert(set(self.remembered), now, run_id)
            for url, (etag, modified) in self.validators.items():
                self.con.execute("INSERT OR REPLACE INTO feed_validators VALUES (?, ?, ?, ?)",
                                 [url, etag, modified, now])
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise
        self.validators.clear()


class FeedMemory:
    """:class:`tidings.ingest.feeds.FeedMemory` over the store, for one run."""

    def __init__(self, links: FeedLinks):
        self.links = links

    def seen(self, url: str) -> bool:
        if url in self.links.remembered:
            return True
        row = self.links.con.execute("SELECT 1 FROM feed_articles WHERE url = ?",
                                     [url]).fetchone()
        return row is not None

    def remember(self, url: str) -> None:
        self.links.remembered.add(url)

    def validators(self, feed_url: str) -> tuple[str | None, str | None]:
        if feed_url in self.links.validators:
            return self.links.validators[feed_url]
        row = self.links.con.execute("SELECT etag, modified FROM feed_validators "
                                     "WHERE feed_url = ?", [feed_url]).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def set_validators(self, feed_url: str, etag: str | None, modified: str | None) -> None:
        self.links.validators[feed_url] = (etag, modified)
