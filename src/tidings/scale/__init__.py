"""Scaling out: several processes on one machine, or a Dask cluster.

* :func:`code_parallel` / :class:`LocalCoder`: code a stream of inputs on N local processes, in
  input order (``tidings ingest --workers N``).
* :func:`run_batch`: code shards of input (JSON Lines, WARC, folders of HTML) as Dask tasks into
  Parquet partitions plus a manifest (``tidings batch``); :func:`read_events` reads them back.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["BatchSummary", "JSONL_FIELDS", "LocalCoder", "Shard", "ShardOutcome", "code_parallel",
           "find_shards", "read_events", "run_batch"]

_LAZY = {
    "LocalCoder": "tidings.scale.local", "code_parallel": "tidings.scale.local",
    "BatchSummary": "tidings.scale.batch", "ShardOutcome": "tidings.scale.batch",
    "run_batch": "tidings.scale.batch", "Shard": "tidings.scale.shards",
    "find_shards": "tidings.scale.shards", "JSONL_FIELDS": "tidings.scale.shards",
}


def __getattr__(name: str):
    # importing tidings.scale must not import spaCy or Dask until one of them is needed
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'tidings.scale' has no attribute {name!r}")


def read_events(out: str | Path, what: str = "events"):
    """The events (or ``what="documents"``) of a batch output folder as one Arrow table."""
    import pyarrow.dataset as pads

    folder = Path(out) / what
    files = sorted(str(p) for p in folder.glob("*.parquet"))  # temporary files start with "."
    if not files:
        if what == "events":
            from tidings.store.schema import arrow_schema

            return arrow_schema("events").empty_table()
        from tidings.scale.partition import DOCUMENT_COLUMNS

        return DOCUMENT_COLUMNS.empty_table()
    return pads.dataset(files, format="parquet").to_table()
