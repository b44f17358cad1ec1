"""The :class:`Store`: one object to open, fill, query and export an event database."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Iterable, Iterator

import duckdb
import pandas as pd
import pyarrow as pa

from tidings.model import CODER_VERSION, CodedDocument, Event, Skip
from tidings.store import db, export, query
from tidings.store.filters import EventFilter
from tidings.store.write import IngestRun, RunSummary


class Store:
    """An event store in a DuckDB file (``tidings.duckdb`` by default).

    >>> with Store.open("news.duckdb") as store:
    ...     store.write(coded_documents)
    ...     store.events(EventFilter(actor=("KAZ",), root=("14",))).to_pandas()

    One process may have a store open for writing; readers in other processes are refused with
    :class:`StoreBusy` while it does (DuckDB locks the file). Within a process a Store may be
    shared by threads: every read runs on its own cursor.
    """

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: str, read_only: bool):
        self.connection = connection
        self.path = path
        self.read_only = read_only
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: str | Path = db.DEFAULT_PATH, *, read_only: bool = False) -> "Store":
        """Open (or, unless ``read_only``, create) the store at ``path``.

        Raises :class:`StoreBusy` when another process has it open, :class:`StoreRefused` for a
        file that is not a tidings store, :class:`StoreError` for other problems.
        """
        return cls(db.connect(path, read_only=read_only), str(path), read_only)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A connection of its own for one thread's reads (close it when done)."""
        with self._lock:
            return self.connection.cursor()

    # -- writing --------------------------------------------------------------------------------
    def run(self, command: str = "", *, coder_version: str = CODER_VERSION, force: bool = False,
            batch_docs: int = 64, max_wait: float = 5.0,
            near_duplicates: bool = True) -> IngestRun:
        """An ingestion run, to use with ``with``; see :class:`IngestRun`."""
        if self.read_only:
            raise db.StoreError(f"{self.path} was opened read-only")
        return IngestRun(self, command, coder_version=coder_version, force=force,
                         batch_docs=batch_docs, max_wait=max_wait,
                         near_duplicates=near_duplicates)

    def write(self, items: Iterable[CodedDocument | Skip], command: str = "", **kw) -> RunSummary:
        """Store coded documents (and record skips) as one run; returns its summary."""
        with self.run(command, **kw) as run:
            run.add_all(items)
        return run.summary

    def coder_version_of(self, doc_id: str) -> str | None:
        """Coder version that produced the stored rows of ``doc_id``; None when not stored."""
        row = self.connection.execute("SELECT coder_version FROM documents WHERE id = ?",
                                      [doc_id]).fetchone()
        return row[0] if row else None

    # -- reading --------------------------------------------------------------------------------
    def _read(self, fn, *args, **kw):
        cur = self.cursor()
        try:
            return fn(cur, *args, **kw)
        except (duckdb.IOException, duckdb.InternalException) as exc:
            raise self._damaged(exc) from exc
        finally:
            cur.close()

    def _damaged(self, exc: Exception) -> db.StoreRefused:
        # a truncated or overwritten file opens fine and fails only when a damaged block is read
        return db.StoreRefused(f"{self.path} is damaged and cannot be read "
                               f"({str(exc).splitlines()[0]}); restore it from a copy")

    def events(self, flt: EventFilter | None = None, *, limit: int | None = None,
               offset: int = 0, columns: list[str] | None = None) -> pa.Table:
        """Matching events as an Arrow table with the ``events`` columns (docs/schema.md)."""
        return self._read(query.events, flt, limit=limit, offset=offset, columns=columns)

    def events_frame(self, flt: EventFilter | None = None, **kw) -> pd.DataFrame:
        """Matching events as a pandas DataFrame."""
        return self.events(flt, **kw).to_pandas()

    def event_records(self, flt: EventFilter | None = None, *, limit: int | None = None,
                      offset: int = 0) -> Iterator[Event]:
        """Matching events as :class:`tidings.model.Event` records, streamed."""
        cur = self.cursor()
        try:
            yield from query.event_records(cur, flt, limit=limit, offset=offset)
        except (duckdb.IOException, duckdb.InternalException) as exc:
            raise self._damaged(exc) from exc
        finally:
            cur.close()

    def count(self, flt: EventFilter | None = None) -> int:
        return self._read(query.count, flt)

    def stats(self, by: str = "root", per: str = "week",
              flt: EventFilter | None = None) -> pa.Table:
        """Counts per ``per`` (day, week, month, year) by ``by`` (root, cameo, quad, plover,
        dyad, actors): columns period, the group columns, events, goldstein (mean)."""
        return self._read(query.stats, by, per, flt)

    def document(self, doc_id: str) -> CodedDocument | None:
        """A stored document with everything found in it, or None."""
        return self._read(query.document, doc_id)

    def documents(self, *, limit: int | None = None, offset: int = 0) -> pa.Table:
        return self._read(query.documents, limit=limit, offset=offset)

    def runs(self) -> pa.Table:
        return self._read(query.runs)

    def run_items(self, run_id: int) -> pa.Table:
        return self._read(query.run_items, run_id)

    # -- exports (each returns the number of events written) ------------------------------------
    def export_csv(self, path: str | Path, flt: EventFilter | None = None) -> int:
        return self._read(export.to_csv, path, flt)

    def export_jsonl(self, path: str | Path, flt: EventFilter | None = None) -> int:
        return self._read(export.to_jsonl, path, flt)

    def export_parquet(self, folder: str | Path, flt: EventFilter | None = None, *,
                       overwrite: bool = False) -> int:
        return self._read(export.to_parquet, folder, flt, overwrite=overwrite)

    def export_plover(self, path: str | Path, flt: EventFilter | None = None) -> int:
        return self._read(export.to_plover, path, flt)

    def export_gdelt(self, path: str | Path, flt: EventFilter | None = None, *,
                     header: bool = False) -> int:
        return self._read(export.to_gdelt, path, flt, header=header)
