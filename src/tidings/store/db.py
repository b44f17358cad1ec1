"""Opening a store safely: refuse files that are not ours, say clearly when another process
holds it.

DuckDB lets one process write a database file at a time and locks the file to enforce it; a
second process (writer or reader) fails to get the lock. We turn that into :class:`StoreBusy`
instead of retrying, because an ingest can hold the lock for hours.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from tidings.store import schema

DEFAULT_PATH = "tidings.duckdb"

# Never fetch or load extensions: tidings works offline, and a foreign file (SQLite, say) must not
# make DuckDB reach for a scanner extension over the network.
_CONFIG = {"autoload_known_extensions": False, "autoinstall_known_extensions": False}

_DUCKDB_MAGIC = b"DUCK"  # bytes 8..12 of every DuckDB database file


class StoreError(Exception):
    """The store cannot be used as asked; the message says why and what to do."""


class StoreBusy(StoreError):
    """Another process has the database open."""


class StoreRefused(StoreError):
    """The file is not a tidings store (corrupt, foreign, or from a newer tidings)."""


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open ``path`` as a tidings store at the current schema version, creating it if needed."""
    if str(path) == ":memory:":
        con = duckdb.connect(":memory:", config=_CONFIG)
        schema.migrate(con, None)
        return con
    path = Path(path)
    _check_file(path, read_only)
    con = _raw_connect(path, read_only)
    try:
        version = schema.stored_version(con)
    except duckdb.Error as exc:
        con.close()
        raise StoreRefused(f"{path} is damaged and cannot be read ({_first_line(exc)})") from exc
    if version == -1:
        tables = ", ".join(sorted(schema.table_names(con))[:5])
        con.close()
        raise StoreRefused(f"{path} is a DuckDB database but not a tidings store "
                           f"(it holds other tables: {tables}); pass another --db")
    if version is not None and version > schema.SCHEMA_VERSION:
        con.close()
        raise StoreRefused(f"{path} was written by a newer tidings (schema version {version}; "
                           f"this one reads up to {schema.SCHEMA_VERSION}); upgrade tidings")
    if version == schema.SCHEMA_VERSION:
        if not read_only:
            _mark_interrupted_runs(con)
        return con
    if read_only:
        # an older (or empty) store must be migrated, which needs a moment of write access
        con.close()
        if version is None:
            raise StoreRefused(f"{path} is an empty DuckDB database, not a tidings store yet; "
                               "`tidings ingest` fills it")
        connect(path, read_only=False).close()
        return _raw_connect(path, read_only=True)
    try:
        schema.migrate(con, version)
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"could not upgrade {path} to schema version "
                         f"{schema.SCHEMA_VERSION}: {_first_line(exc)}") from exc
    _mark_interrupted_runs(con)
    return con


def _check_file(path: Path, read_only: bool) -> None:
    if path.is_dir():
        raise StoreRefused(f"{path} is a folder, not a database file; pass a file to --db")
    if not path.exists():
        if read_only:
            raise StoreError(f"no store at {path}; `tidings ingest PATH --db {path}` creates one")
        if not path.parent.exists():
            raise StoreError(f"cannot create {path}: folder {path.parent} does not exist")
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from exc
    if len(head) < 12 or head[8:12] != _DUCKDB_MAGIC:
        what = "an empty file" if not head else "not a DuckDB database"
        raise StoreRefused(f"{path} is {what}, not a tidings store; refusing to use it "
                           "(pass another --db, or a path that does not exist yet)")


def _raw_connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    config = dict(_CONFIG)
    if not read_only:
        # DuckDB folds its write-ahead log into the file every 16 MB by default, which during an
        # ingest costs about a third of the insert time; 64 MB checkpoints less often while a
        # killed run still leaves little log to replay.
        config["checkpoint_threshold"] = "64MB"
    try:
        return duckdb.connect(str(path), read_only=read_only, config=config)
    except duckdb.Error as exc:
        text = str(exc)
        if re.search(r"could not set lock|conflicting lock", text, re.IGNORECASE):
            pid = re.search(r"PID (\d+)", text)
            who = f"process {pid.group(1)}" if pid else "another process"
            raise StoreBusy(f"database is busy: {path} is in use by {who} (an ingest?); "
                            "wait for it to finish, or query a copy of the file") from exc
        raise StoreRefused(f"{path} cannot be opened as a tidings store: "
                           f"{_first_line(exc)}") from exc


def _mark_interrupted_runs(con: duckdb.DuckDBPyConnection) -> None:
    # We hold the only write lock, so a run still marked "running" belongs to a process that died.
    con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    return re.sub(r"^[A-Za-z ]*Error: ", "", line)
