"""Idempotent writes: an ingestion run adds each document once, whole, or not at all.

Documents are buffered and written in groups, each group in one transaction together with the
run's record of what it read (``run_items``). A process killed mid-run therefore leaves only whole
documents behind, and running the same input again stores exactly what is missing:

* a document whose id (content hash) is new is stored with all its rows (``stored``);
* one already stored by the same or a newer coder is left alone (``unchanged``), though a new URL
  for the same text is added to its ``urls``;
* one stored by an older coder (or any, with ``force``) has all its rows replaced (``recoded``);
* the same text met twice in one run counts once (``duplicate``), and so does a near-duplicate
  of a stored or earlier text (a syndicated copy; see :mod:`tidings.store.dedup`): its URLs are
  added to the first copy's document and it is not coded;
* an input that could not be read or coded is recorded with the reason (``skipped``).
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Iterator

import duckdb
from packaging.version import InvalidVersion, Version

from tidings.model import CODER_VERSION, CodedDocument, Document, Skip
from tidings.store.dedup import NearDuplicates
from tidings.store.feeds import FeedLinks, FeedMemory
from tidings.store.rows import CHILD_TABLES, Batch
from tidings.store.schema import utcnow

if TYPE_CHECKING:
    from tidings.store.store import Store

OUTCOMES = ("stored", "recoded", "unchanged", "duplicate", "skipped")


@dataclass(slots=True)
class RunSummary:
    """Counts of one run so far, by outcome; ``skips`` lists what was skipped and why."""

    run_id: int
    read: int = 0
    stored: int = 0
    recoded: int = 0
    unchanged: int = 0
    duplicate: int = 0
    skipped: int = 0
    events: int = 0  # events written by this run
    skips: list[Skip] = field(default_factory=list)


@dataclass(slots=True)
class _Known:
    """A document not to be stored: only its URLs (into document ``into``) and run entry are."""

    document: Document
    outcome: str
    reason: str
    into: str | None = None  # the document that receives the URLs; None: this one's own id

    @property
    def key(self) -> str:
        return self.into or self.document.id


def newer(candidate: str, stored: str | None) -> bool:
    """True when coder version ``candidate`` is newer than ``stored`` (PEP 440 order)."""
    if stored is None:
        return True
    try:
        return Version(candidate) > Version(stored)
    except InvalidVersion:  # a hand-made version string: fall back to plain text order
        return candidate > stored


class IngestRun:
    """One ingestion run over a store. Use as a context manager::

        with store.run("ingest news/") as run:
            for item in pipeline.code_documents(run.unseen(pipeline.documents(raw))):
                run.add(item)
        print(run.summary)

    Queued documents are written in one transaction once there are ``batch_docs`` of them or
    the oldest has waited ``max_wait`` seconds (a commit costs tens of milliseconds, so grouping
    matters; the wait bound keeps a slow coder's work from sitting unsaved). Each document is
    atomic either way.
    """

    def __init__(self, store: "Store", command: str = "", *, coder_version: str = CODER_VERSION,
                 force: bool = False, batch_docs: int = 64, max_wait: float = 5.0,
                 near_duplicates: bool = True):
        self.store = store
        self.con: duckdb.DuckDBPyConnection = store.connection
        self.command = command
        self.coder_version = coder_version
        self.force = force
        self.batch_docs = max(1, batch_docs)
        self.max_wait = max_wait
        self._oldest = 0.0  # monotonic time the first pending item was queued
        self._pending: list[CodedDocument | Skip | _Known] = []
        self._seen: set[str] = set()  # document ids met in this run
        self._written: set[str] = set()  # document ids this run wrote rows for
        self._late_urls: dict[str, list[str]] = {}
        self.near = NearDuplicates(self.con, near_duplicates)
        self.feeds = FeedLinks(self.con)
        self._seq = 0
        self.summary = RunSummary(run_id=0)

    # -- lifecycle ------------------------------------------------------------------------------
    def __enter__(self) -> "IngestRun":
        self.start()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        # On an error elsewhere the buffered documents are still whole and coded: keep them.
        try:
            self.flush()
            if exc_type is None:
                self.feeds.commit_rest(utcnow(), self.summary.run_id)
        except BaseException:
            self._set_status("interrupted")
            raise
        self._set_status("finished" if exc_type is None else "interrupted")

    def start(self) -> None:
        (last,) = self.con.execute("SELECT coalesce(max(id), 0) FROM runs").fetchone()
        self.summary.run_id = int(last) + 1
        self.con.execute("INSERT INTO runs VALUES (?, ?, NULL, 'running', ?, ?)",
                         [self.summary.run_id, utcnow(), self.command, self.coder_version])

    def _set_status(self, status: str) -> None:
        self.con.execute("UPDATE runs SET status = ?, finished_at = ? WHERE id = ?",
                         [status, utcnow() if status == "finished" else None,
                          self.summary.run_id])

    def feed_memory(self) -> FeedMemory:
        """What feeds were read, kept in the store (see :mod:`tidings.store.feeds`)."""
        return FeedMemory(self.feeds)

    # -- input ----------------------------------------------------------------------------------
    def unseen(self, items: Iterable[Document | Skip]) -> Iterator[Document | Skip]:
        """Pass on the documents that need coding; record the rest without coding them.

        Coding is the expensive step, so a re-run should not parse what the store already has.
        """
        group: list[Document | Skip] = []
        for item in items:
            group.append(item)
            if len(group) >= 64:  # one store lookup per group, not per document
                yield from self._sift(group)
                group = []
        yield from self._sift(group)

    def _sift(self, group: list[Document | Skip]) -> Iterator[Document | Skip]:
        versions = {k: v[0] for k, v in self._stored(
            [d.id for d in group if not isinstance(d, Skip)]).items()}
        for item in group:
            if isinstance(item, Skip):
                yield item
                continue
            if item.id in self._seen:
                self._queue(_Known(item, "duplicate", "same text met earlier in this run"))
                continue
            self._seen.add(item.id)
            version = versions.get(item.id)
            if version is not None:
                if not (self.force or newer(self.coder_version, version)):
                    self._queue(_Known(item, "unchanged", f"already stored by coder {version}"))
                    continue
            elif (copy := self._near_copy(item)) is not None:
                self._queue(copy)
                continue
            yield item

    def _near_copy(self, doc: Document) -> _Known | None:
        near = self.near.check(doc)
        if near is None:
            return None
        return _Known(doc, "duplicate", f"near-duplicate of {near[0]} (similarity {near[1]:.2f})",
                      into=near[0])

    def add(self, item: CodedDocument | Skip) -> None:
        """Queue one coded document (or a skip) for the next transaction."""
        if isinstance(item, CodedDocument):
            self._seen.add(item.document.id)
        self._queue(item)

    def add_all(self, items: Iterable[CodedDocument | Skip]) -> RunSummary:
        for item in items:
            self.add(item)
        return self.summary

    def progress(self) -> tuple[int, int, int]:
        """Inputs met, events found and inputs skipped so far, counting what is not yet written."""
        coded = [i for i in self._pending if isinstance(i, CodedDocument)]
        skipped = sum(isinstance(i, Skip) for i in self._pending)
        return (self.summary.read + len(self._pending),
                self.summary.events + sum(len(c.events) for c in coded),
                self.summary.skipped + skipped)

    def _queue(self, item: CodedDocument | Skip | _Known) -> None:
        if not self._pending:
            self._oldest = time.monotonic()
        self._pending.append(item)
        if (len(self._pending) >= self.batch_docs
                or time.monotonic() - self._oldest >= self.max_wait):
            self.flush()

    # -- writing --------------------------------------------------------------------------------
    def flush(self) -> None:
        """Write everything queued in one transaction."""
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        # Building a batch allocates a tuple per row; with a spaCy model in memory every
        # collection the allocations trigger walks a large heap, which costs more than the
        # work itself. Nothing here makes reference cycles, so collection can wait.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._write(pending)
        finally:
            if collecting:
                gc.enable()

    def _write(self, pending: list) -> None:
        pending = self._near_copies(pending)
        # every URL met for each text in this batch, so duplicates still contribute theirs
        urls: dict[str, list[str]] = {}
        for item in pending:
            if not isinstance(item, Skip):
                key = item.key if isinstance(item, _Known) else item.document.id
                urls[key] = _union(urls.get(key, []), item.document.urls)
        stored = self._stored(list(urls))  # id -> (coder_version, urls)
        batch = Batch()
        replace: list[str] = []
        url_updates: dict[str, list[str]] = {}
        counts = {k: 0 for k in OUTCOMES}
        skips: list[Skip] = []
        events = 0
        now = utcnow()
        run_id = self.summary.run_id
        for item in pending:
            self._seq += 1
            if isinstance(item, Skip):
                batch.add_run_item(run_id, self._seq, item.origin, None, "skipped", item.reason)
                counts["skipped"] += 1
                skips.append(item)
                continue
            doc = item.document
            key = item.key if isinstance(item, _Known) else doc.id
            old = stored.get(key)
            if isinstance(item, _Known) or doc.id in self._written:
                outcome, reason = ((item.outcome, item.reason) if isinstance(item, _Known)
                                   else ("duplicate", "same text met earlier in this run"))
            elif old is not None and not (self.force or newer(self.coder_version, old[0])):
                outcome, reason = "unchanged", f"already stored by coder {old[0]}"
            else:
                outcome, reason = ("recoded" if old is not None else "stored"), None
            if outcome in ("stored", "recoded"):
                if old is not None:
                    replace.append(doc.id)
                # keep every URL the text was ever seen at, not only this run's
                own = _union(old[1] if old else [], doc.urls)
                all_urls = _union(_union(own, urls[doc.id]), self._late_urls.pop(doc.id, []))
                events += batch.add_document(item, self.coder_version, now, run_id, all_urls,
                                             self.near.signature(doc))
                self._written.add(doc.id)
            elif old is not None:
                merged = _union(old[1], urls[key])
                if merged != old[1]:
                    url_updates[key] = merged
            elif key not in self._written:
                # a copy of a text still being coded: its URLs join that text's row later
                self._late_urls[key] = _union(self._late_urls.get(key, []), doc.urls)
            batch.add_run_item(run_id, self._seq, doc.origin, key, outcome, reason)
            counts[outcome] += 1
        self._commit(batch, replace, url_updates, self.feeds.matched(pending), now)
        s = self.summary
        s.read += len(pending)
        for k, n in counts.items():
            setattr(s, k, getattr(s, k) + n)
        s.events += events
        s.skips.extend(skips)

    def _near_copies(self, pending: list) -> list:
        """Documents coded without passing through :meth:`unseen` are checked for copies here
        (only those not stored already: an exact match is handled as unchanged or recoded)."""
        fresh = [i.document.id for i in pending if isinstance(i, CodedDocument)
                 and not self.near.checked(i.document.id) and i.document.id not in self._written]
        if not fresh or not self.near.enabled:
            return pending
        stored = self._stored(fresh)
        out = []
        for item in pending:
            copy = None
            if (isinstance(item, CodedDocument) and item.document.id not in stored
                    and item.document.id not in self._written):
                copy = self._near_copy(item.document)
            out.append(copy or item)
        return out

    def _stored(self, ids: list[str]) -> dict[str, tuple[str, list[str]]]:
        """Coder version and URLs of those of ``ids`` already stored."""
        ids = list(dict.fromkeys(ids))
        if not ids:
            return {}
        # an IN list of placeholders (their number is the only variable SQL) lets DuckDB
        # filter while scanning, which is faster than list functions or a join
        marks = ", ".join("?" * len(ids))
        rows = self.con.execute(
            f"SELECT id, coder_version, urls FROM documents WHERE id IN ({marks})", ids).fetchall()
        return {r[0]: (r[1], list(r[2] or ())) for r in rows}

    def _commit(self, batch: Batch, replace: list[str], url_updates: dict[str, list[str]],
                links: set[str], now) -> None:
        con = self.con
        con.begin()
        try:
            if replace:
                for table in CHILD_TABLES:
                    con.execute(f"DELETE FROM {table} WHERE list_contains(?, doc_id)", [replace])
                con.execute("DELETE FROM documents WHERE list_contains(?, id)", [replace])
            for doc_id, urls in url_updates.items():
                con.execute("UPDATE documents SET urls = ? WHERE id = ?", [urls, doc_id])
            for table in ("documents", *CHILD_TABLES, "run_items"):
                if batch.rows(table):
                    # a fixed name per table: the registered view lives only in this connection
                    view = f"_incoming_{table}"
                    con.register(view, batch.arrow(table))
                    try:
                        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {view}")
                    finally:
                        con.unregister(view)
            self.feeds.insert(links, now, self.summary.run_id)
            con.commit()
        except BaseException:
            con.rollback()
            raise


def _union(first: list[str], second: Iterable[str]) -> list[str]:
    out = list(first)
    for u in second:
        if u not in out:
            out.append(u)
    return out
