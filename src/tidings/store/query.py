"""Reading the store: events as Arrow tables or records, counts over time, whole documents.

Every function takes a DuckDB connection (a cursor of the store's) and an :class:`EventFilter`;
SQL text is fixed here, user values only ever go in as parameters.
"""

from __future__ import annotations

from typing import Iterator

import duckdb
import pyarrow as pa

from tidings.model import CodedDocument
from tidings.store.filters import EventFilter
from tidings.store.rows import (actor_from_row, document_from_row, event_from_row,
                                place_from_row, sentence_from_row)
from tidings.store.schema import column_names

EVENT_ORDER = "date NULLS LAST, doc_id, idx"

# stats(by=...) → the columns counted; the keys are the only SQL that varies, and they come
# from this table, never from the caller's string.
GROUPS: dict[str, tuple[str, ...]] = {
    "root": ("root",),
    "cameo": ("cameo",),
    "quad": ("quad_class",),
    "plover": ("plover",),
    "dyad": ("source_country", "target_country"),  # country pairs: who acts on whom
    "actors": ("source_code", "target_code"),  # full actor-code pairs ("KAZGOV" → "KAZCVL")
}
PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _filtered(flt: EventFilter | None) -> tuple[str, list]:
    return (flt or EventFilter()).where()


def _page(limit: int | None, offset: int) -> tuple[str, list]:
    if limit is None:
        return (" OFFSET ?", [offset]) if offset else ("", [])
    return " LIMIT ? OFFSET ?", [int(limit), int(offset)]


def events(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None, *,
           limit: int | None = None, offset: int = 0,
           columns: list[str] | None = None) -> pa.Table:
    """Matching events, one row per event, every stored column (or ``columns``), in date order."""
    return events_reader(con, flt, limit=limit, offset=offset, columns=columns).read_all()


def events_reader(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None, *,
                  limit: int | None = None, offset: int = 0, columns: list[str] | None = None,
                  batch_rows: int = 65536) -> pa.RecordBatchReader:
    """Like :func:`events` but streamed in record batches, for exports of any size."""
    names = column_names("events")
    cols = columns or names
    unknown = [c for c in cols if c not in names]
    if unknown:
        raise ValueError(f"unknown event column {', '.join(unknown)}")
    where, params = _filtered(flt)
    page, page_params = _page(limit, offset)
    select = ", ".join(f'"{c}"' for c in cols)  # names checked against the schema above
    sql = f"SELECT {select} FROM events WHERE {where} ORDER BY {EVENT_ORDER}{page}"
    return con.sql(sql, params=params + page_params).to_arrow_reader(batch_rows)


def event_records(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None, *,
                  limit: int | None = None, offset: int = 0) -> Iterator:
    """Matching events rebuilt as :class:`tidings.model.Event` records (same order)."""
    for batch in events_reader(con, flt, limit=limit, offset=offset, batch_rows=4096):
        for row in batch.to_pylist():
            yield event_from_row(row)


def count(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None) -> int:
    where, params = _filtered(flt)
    (n,) = con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()
    return int(n)


def stats(con: duckdb.DuckDBPyConnection, by: str = "root", per: str = "week",
          flt: EventFilter | None = None) -> pa.Table:
    """Event counts per period and group: columns ``period`` (first day), the group columns,
    ``events`` and ``goldstein`` (mean). Undated events are left out."""
    if by not in GROUPS:
        raise ValueError(f"cannot count by {by!r}; choose one of {', '.join(GROUPS)}")
    if per not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {per!r}")
    keys = ", ".join(GROUPS[by])
    where, params = _filtered(flt)
    sql = (f"SELECT date_trunc('{PERIODS[per]}', date)::DATE AS period, {keys}, "
           "count(*) AS events, round(avg(goldstein), 2) AS goldstein "
           f"FROM events WHERE date IS NOT NULL AND {where} "
           f"GROUP BY ALL ORDER BY period, events DESC, {keys} NULLS LAST")
    return con.sql(sql, params=params).to_arrow_table()


def document(con: duckdb.DuckDBPyConnection, doc_id: str) -> CodedDocument | None:
    """A stored document with its sentences, actor and place mentions and events."""
    rows = con.sql("SELECT * FROM documents WHERE id = ?", params=[doc_id]).to_arrow_table()
    if rows.num_rows == 0:
        return None

    def children(table: str) -> list[dict]:
        return con.sql(f"SELECT * FROM {table} WHERE doc_id = ? ORDER BY idx",
                       params=[doc_id]).to_arrow_table().to_pylist()

    doc = document_from_row(rows.to_pylist()[0], children("repairs"))
    return CodedDocument(
        document=doc,
        sentences=[sentence_from_row(r) for r in children("sentences")],
        actors=[actor_from_row(r) for r in children("actors")],
        events=[event_from_row(r) for r in children("events")],
        places=[place_from_row(r) for r in children("places")],
    )


def documents(con: duckdb.DuckDBPyConnection, *, limit: int | None = None,
              offset: int = 0) -> pa.Table:
    """Document metadata (no text) with event counts, newest coding first."""
    page, page_params = _page(limit, offset)
    sql = ("SELECT d.id, d.origin, d.title, d.published, d.site, d.language, d.urls, "
           "d.coder_version, d.coded_at, d.run_id, "
           "(SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events "
           f"FROM documents d ORDER BY d.coded_at DESC, d.id{page}")
    return con.sql(sql, params=page_params).to_arrow_table()


def runs(con: duckdb.DuckDBPyConnection) -> pa.Table:
    """Every ingestion run with its counts per outcome."""
    sql = ("SELECT r.id, r.started_at, r.finished_at, r.status, r.command, r.coder_version, "
           "count(i.seq) AS read, "
           + ", ".join(f"count(*) FILTER (WHERE i.outcome = '{o}') AS {o}"
                       for o in ("stored", "recoded", "unchanged", "duplicate", "skipped"))
           + " FROM runs r LEFT JOIN run_items i ON i.run_id = r.id GROUP BY ALL ORDER BY r.id")
    return con.sql(sql).to_arrow_table()


def run_items(con: duckdb.DuckDBPyConnection, run_id: int) -> pa.Table:
    """What one run read, in order, with each input's outcome and reason."""
    return con.sql("SELECT seq, origin, doc_id, outcome, reason FROM run_items "
                   "WHERE run_id = ? ORDER BY seq", params=[run_id]).to_arrow_table()
