"""One shard's results as Parquet files, written so that a killed task never leaves half a file.

Each shard gives two files named after it:

* ``events/<shard>.parquet``: one row per event, in the columns of the store's ``events`` table
  (the same columns ``tidings export --parquet`` writes), in document then event order;
* ``documents/<shard>.parquet``: one row per coded document (:data:`DOCUMENT_COLUMNS`).

A file is written under a temporary name in its final folder, row group by row group, then
flushed to disk and renamed into place; a rename within one folder is atomic, so readers see the
whole partition or none, and a killed task leaves only a temporary file (``.*.tmp``), which the
next attempt of the shard deletes.
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
ROWS_PER_GROUP = 10_000  # rows buffered before a row group is written


@dataclass(slots=True)
class WrittenFile:
    path: str  # relative to the output folder
    rows: int
    bytes: int
    sha256: str

    def as_json(self) -> dict:
        return {"path": self.path, "rows": self.rows, "bytes": self.bytes, "sha256": self.sha256}


class PartitionWriter:
    """Streams rows into ``out/relative``: row groups go to a temporary file as they fill, so a
    shard of any size is coded in bounded memory; :meth:`commit` puts the whole file in place."""

    def __init__(self, out: Path, relative: str, schema: pa.Schema,
                 rows_per_group: int = ROWS_PER_GROUP):
        self.relative = relative
        self.schema = schema
        self.rows_per_group = rows_per_group
        self.final = out / relative
        self.final.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.final.parent / (f".{self.final.name}.{os.getpid()}-"
                                        f"{uuid.uuid4().hex[:8]}{TMP_SUFFIX}")
        self._writer = pq.ParquetWriter(self.tmp, schema, compression="zstd")
        self._rows: list[tuple] = []
        self.count = 0

    def add(self, row: tuple) -> None:
        self._rows.append(row)
        if len(self._rows) >= self.rows_per_group:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(_table(self._rows, self.schema))
            self.count += len(self._rows)
            self._rows = []

    def commit(self) -> WrittenFile:
        """Close the file, flush it to disk and rename it into place (atomic in one folder)."""
        self._flush()
        self._writer.close()
        with open(self.tmp, "rb") as fh:
            os.fsync(fh.fileno())
            digest = hashlib.file_digest(fh, "sha256").hexdigest()
        size = self.tmp.stat().st_size
        os.replace(self.tmp, self.final)
        _fsync_dir(self.final.parent)
        return WrittenFile(self.relative, self.count, size, digest)

    def abort(self) -> None:
        try:
            self._writer.close()
        except Exception:  # already closed, or the disk is full: the file goes either way
            pass
        self.tmp.unlink(missing_ok=True)


class ShardWriter:
    """The two partitions of one shard, filled document by document."""

    def __init__(self, out: Path, shard_name: str, rows_per_group: int = ROWS_PER_GROUP):
        self.events = PartitionWriter(out, f"events/{shard_name}.parquet",
                                      arrow_schema("events"), rows_per_group)
        self.documents = PartitionWriter(out, f"documents/{shard_name}.parquet",
                                         DOCUMENT_COLUMNS, rows_per_group)

    def add(self, coded: CodedDocument, coder_version: str) -> int:
        """Add a document and its events; returns the number of events kept.

        The coder may report one event twice (two conjoined mentions with the same code give the
        same id); like the store, the first is kept so that an id names exactly one row.
        """
        seen: set[str] = set()
        for e in coded.events:
            if e.id not in seen:
                self.events.add(event_row(e, len(seen)))
                seen.add(e.id)
        d = coded.document
        self.documents.add((d.id, d.origin, d.title, d.published, d.date_source, d.site,
                            d.author, d.language, list(d.urls), len(coded.sentences), len(seen),
                            coder_version))
        return len(seen)

    def commit(self) -> dict[str, WrittenFile]:
        # events first: a documents file in place therefore always has its events file
        return {"events": self.events.commit(), "documents": self.documents.commit()}

    def abort(self) -> None:
        self.events.abort()
        self.documents.abort()


def _table(rows: list[tuple], schema: pa.Schema) -> pa.Table:
    columns = list(zip(*rows)) if rows else [[] for _ in schema]
    return pa.Table.from_arrays([pa.array(col, type=f.type) for col, f in zip(columns, schema)],
                                schema=schema)


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
