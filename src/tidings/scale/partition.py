"""One shard's results as Parquet files, written so that a killed task never leaves half a file.

Each shard gives two files named after it:

* ``events/<shard>.parquet``: one row per event, in the columns of the store's ``events`` table
  (the same columns ``tidings export --parquet`` writes), in document then event order;
* ``documents/<shard>.parquet``: one row per coded document (:data:`DOCUMENT_COLUMNS`).

A file is written under a temporary name in its final folder, flushed to disk and renamed into
place; a rename within one folder is atomic, so readers see the whole partition or none.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from tidings.model import CodedDocument
from tidings.store.rows import event_row
from tidings.store.schema import arrow_schema

DOCUMENT_COLUMNS = pa.schema([
    pa.field("id", pa.string()),  # content hash of the clean text, as in the store
    pa.field("origin", pa.string()),
    pa.field("title", pa.string()),
    pa.field("published", pa.date32()),
    pa.field("date_source", pa.string()),
    pa.field("site", pa.string()),
    pa.field("author", pa.string()),
    pa.field("language", pa.string()),
    pa.field("urls", pa.list_(pa.string())),
    pa.field("sentences", pa.int32()),
    pa.field("events", pa.int32()),
    pa.field("coder_version", pa.string()),
])
TMP_SUFFIX = ".tmp"


@dataclass(slots=True)
class WrittenFile:
    path: str  # relative to the output folder
    rows: int
    bytes: int
    sha256: str

    def as_json(self) -> dict:
        return {"path": self.path, "rows": self.rows, "bytes": self.bytes, "sha256": self.sha256}


class PartitionRows:
    """Rows of one shard, gathered document by document."""

    def __init__(self) -> None:
        self.events: list[tuple] = []
        self.documents: list[tuple] = []

    def add(self, coded: CodedDocument, coder_version: str) -> int:
        """Add a document and its events; returns the number of events kept.

        The coder may report one event twice (two conjoined mentions with the same code give the
        same id); like the store, the first is kept so that an id names exactly one row.
        """
        seen: set[str] = set()
        for e in coded.events:
            if e.id not in seen:
                self.events.append(event_row(e, len(seen)))
                seen.add(e.id)
        d = coded.document
        self.documents.append((d.id, d.origin, d.title, d.published, d.date_source, d.site,
                               d.author, d.language, list(d.urls), len(coded.sentences),
                               len(seen), coder_version))
        return len(seen)

    def tables(self) -> tuple[pa.Table, pa.Table]:
        return _table(self.events, arrow_schema("events")), _table(self.documents,
                                                                   DOCUMENT_COLUMNS)


def _table(rows: list[tuple], schema: pa.Schema) -> pa.Table:
    columns = list(zip(*rows)) if rows else [[] for _ in schema]
    return pa.Table.from_arrays([pa.array(col, type=f.type) for col, f in zip(columns, schema)],
                                schema=schema)


def write_atomic(table: pa.Table, out: Path, relative: str) -> WrittenFile:
    """Write ``table`` to ``out/relative`` all at once (temporary file, fsync, rename)."""
    final = out / relative
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.parent / f".{final.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}{TMP_SUFFIX}"
    try:
        pq.write_table(table, tmp, compression="zstd")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
            digest = hashlib.file_digest(fh, "sha256").hexdigest()
        size = tmp.stat().st_size
        os.replace(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(final.parent)
    return WrittenFile(relative, table.num_rows, size, digest)


def _fsync_dir(folder: Path) -> None:
    # the rename is durable only once the folder entry is on disk (a crash could undo it)
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale(out: Path, shard_name: str) -> None:
    """Delete temporary files a killed attempt of this shard left behind."""
    for folder in ("events", "documents"):
        for tmp in (out / folder).glob(f".{shard_name}.parquet.*{TMP_SUFFIX}"):
            tmp.unlink(missing_ok=True)


def sha256_of(path: Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()
