"""Exports of the stored events to the formats other tools read.

All exporters stream: rows come from DuckDB in record batches and go straight to the file, so an
export of millions of events runs in bounded memory. Each returns the number of events written.

* CSV: the ``events`` columns; list columns (sectors, PLOVER contexts) joined with ";".
* JSONL: one event per line in the schema ``tidings code --format jsonl`` prints.
* Parquet: a hive-partitioned folder, ``month=YYYY-MM/`` (``month=undated/`` for undated events).
* PLOVER: a JSON array of POLECAT-style event records (CAMEO 01x/02x, which PLOVER drops, are left
  out).
* GDELT: the 61 GDELT 2.0 event-table columns, tab separated, no header (see docs/gdelt.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.dataset as pads

from tidings.store import gdelt
from tidings.store.filters import EventFilter
from tidings.store.query import event_records, events_reader
from tidings.store.rows import event_from_row


class ExportError(ValueError):
    """The export cannot be written where asked."""


def _list_to_text(batch: pa.RecordBatch) -> pa.RecordBatch:
    arrays = [pc.binary_join(col, ";") if pa.types.is_list(col.type) else col
              for col in batch.columns]
    return pa.RecordBatch.from_arrays(arrays, names=batch.schema.names)


def to_csv(con: duckdb.DuckDBPyConnection, path: str | Path,
           flt: EventFilter | None = None) -> int:
    reader = events_reader(con, flt)
    schema = pa.schema([pa.field(f.name, pa.string()) if pa.types.is_list(f.type) else f
                        for f in reader.schema])
    n = 0
    with _open(path, "wb") as fh, pacsv.CSVWriter(fh, schema) as writer:
        for batch in reader:
            writer.write_batch(_list_to_text(batch))
            n += batch.num_rows
    return n


def to_jsonl(con: duckdb.DuckDBPyConnection, path: str | Path,
             flt: EventFilter | None = None) -> int:
    n = 0
    with _open(path, "w") as fh:
        for event in event_records(con, flt):
            fh.write(json.dumps(event.as_json(), ensure_ascii=False) + "\n")
            n += 1
    return n


def to_parquet(con: duckdb.DuckDBPyConnection, folder: str | Path,
               flt: EventFilter | None = None, *, overwrite: bool = False) -> int:
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} is a file; --parquet takes a folder")
    if folder.exists() and any(folder.iterdir()) and not overwrite:
        raise ExportError(f"{folder} is not empty; pick a new folder (or overwrite, which "
                          "replaces the months being written)")
    reader = events_reader(con, flt)
    counted = {"n": 0}

    def with_month():
        for batch in reader:
            month = pc.fill_null(pc.strftime(batch.column("date"), format="%Y-%m"), "undated")
            counted["n"] += batch.num_rows
            yield pa.RecordBatch.from_arrays([*batch.columns, month],
                                             names=[*batch.schema.names, "month"])

    schema = reader.schema.append(pa.field("month", pa.string()))
    pads.write_dataset(
        pa.RecordBatchReader.from_batches(schema, with_month()), folder, format="parquet",
        partitioning=pads.partitioning(pa.schema([("month", pa.string())]), flavor="hive"),
        basename_template="events-{i}.parquet",
        existing_data_behavior="delete_matching" if overwrite else "overwrite_or_ignore")
    return counted["n"]


def read_parquet(folder: str | Path) -> pa.Table:
    """Read a Parquet export back (the ``month`` partition becomes a column)."""
    return pads.dataset(folder, format="parquet", partitioning="hive").to_table()


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event as a PLOVER/POLECAT-style record (``row`` = events columns + document fields)."""
    e = event_from_row(row)

    def actor(a) -> dict[str, Any] | None:
        if a is None:
            return None
        return {"name": a.name or a.text, "text": a.text, "code": a.code, "country": a.country,
                "sectors": list(a.sectors), "kind": a.kind, "resolved_by": a.how}

    place = e.place
    return {
        "event_id": e.id,
        "event_date": e.date.isoformat() if e.date else None,
        "event_type": e.plover,
        "event_mode": e.plover_mode,
        "event_context": list(e.plover_context),
        "event_text": e.sentence,
        "event_trigger": e.trigger,
        "actor": actor(e.source),
        "recipient": actor(e.target),
        "location": None if place is None else {
            "placename": place.name, "text": place.text, "country": place.country,
            "admin1": place.admin1, "latitude": place.lat, "longitude": place.lon,
            "precision": place.precision},
        "cameo": {"code": e.cameo, "name": e.name, "root": e.root,
                  "quad_class": e.quad_class, "goldstein": e.goldstein},
        "confidence": round(e.confidence, 3),
        "story_id": e.doc_id,
        "story_date": row["published"].isoformat() if row.get("published") else None,
        "headline": row.get("title"),
        "url": (row.get("urls") or [None])[0],
        "publisher": row.get("site"),
        "language": row.get("language"),
        "coder_version": e.coder_version,
    }


def to_plover(con: duckdb.DuckDBPyConnection, path: str | Path,
              flt: EventFilter | None = None) -> int:
    where, params = (flt or EventFilter()).where("e")
    sql = ("SELECT e.*, d.title, d.urls, d.published, d.site, d.language FROM events e "
           "JOIN documents d ON d.id = e.doc_id "
           f"WHERE e.plover IS NOT NULL AND {where} ORDER BY e.date NULLS LAST, e.doc_id, e.idx")
    n = 0
    with _open(path, "w") as fh:
        fh.write("[")
        for batch in con.sql(sql, params=params).to_arrow_reader(4096):
            for row in batch.to_pylist():
                fh.write(",\n" if n else "\n")
                fh.write(json.dumps(plover_record(row), ensure_ascii=False))
                n += 1
        fh.write("\n]\n")
    return n


def to_gdelt(con: duckdb.DuckDBPyConnection, path: str | Path,
             flt: EventFilter | None = None, *, header: bool = False) -> int:
    where, params = (flt or EventFilter()).where("e")
    con.register("_gdelt_countries", gdelt.countries())
    try:
        reader = con.sql(gdelt.select_sql(where), params=params).to_arrow_reader(65536)
        # pyarrow would quote the header names; GDELT's own header lines are bare
        options = pacsv.WriteOptions(include_header=False, delimiter="\t",
                                     quoting_style="none")
        n = 0
        with _open(path, "wb") as fh:
            if header:
                fh.write(("\t".join(gdelt.NAMES) + "\n").encode())
            with pacsv.CSVWriter(fh, reader.schema, write_options=options) as writer:
                for batch in reader:
                    writer.write_batch(batch)
                    n += batch.num_rows
        return n
    finally:
        con.unregister("_gdelt_countries")


def read_gdelt(path: str | Path) -> pa.Table:
    """Read a GDELT export back, every column as text (empty fields become null)."""
    opts = pacsv.ReadOptions(column_names=gdelt.NAMES)
    parse = pacsv.ParseOptions(delimiter="\t", quote_char=False)
    conv = pacsv.ConvertOptions(column_types={n: pa.string() for n in gdelt.NAMES},
                                strings_can_be_null=True)
    return pacsv.read_csv(path, read_options=opts, parse_options=parse, convert_options=conv)


def _open(path: str | Path, mode: str):
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name")
    if not path.parent.exists():
        raise ExportError(f"cannot write {path}: folder {path.parent} does not exist")
    try:
        return path.open(mode, encoding=None if "b" in mode else "utf-8",
                         newline=None if "b" in mode else "\n")
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror}") from exc
