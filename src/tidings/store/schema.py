"""The store's tables, declared once: DDL, Arrow types and docs/schema.md are all derived from here.

A store is a DuckDB file whose ``tidings_schema`` table names the schema version it is at. Opening a
store brings it up to :data:`SCHEMA_VERSION` by running the steps in :data:`MIGRATIONS` in order,
each in one transaction, so a store is never left between two versions. A file without that table
is not ours and is never written to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

import duckdb
import pyarrow as pa

SCHEMA_VERSION = 3
IDENTITY_TABLE = "tidings_schema"


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    sql: str  # DuckDB type, e.g. "VARCHAR", "VARCHAR[]"
    doc: str


def _actor_columns(prefix: str, role: str) -> list[Column]:
    return [
        Column(f"{prefix}_text", "VARCHAR", f"{role} as written in the sentence"),
        Column(f"{prefix}_start", "INTEGER", f"first character of the {role} mention in the text"),
        Column(f"{prefix}_end", "INTEGER", f"character after the {role} mention"),
        Column(f"{prefix}_code", "VARCHAR", f"CAMEO actor code of the {role} (\"KAZGOV\")"),
        Column(f"{prefix}_country", "VARCHAR", f"ISO-3 country of the {role}, null for non-state"),
        Column(f"{prefix}_sectors", "VARCHAR[]", f"sector codes of the {role} ([\"GOV\"])"),
        Column(f"{prefix}_name", "VARCHAR", f"canonical name of the {role} when known"),
        Column(f"{prefix}_how", "VARCHAR", f"how the {role} code was resolved (lexicon, ...)"),
        Column(f"{prefix}_detail", "VARCHAR", f"why the {role} got its code, for people"),
        Column(f"{prefix}_guessed", "BOOLEAN", f"the {role}'s country came from context"),
        Column(f"{prefix}_kind", "VARCHAR", "person, group, country or organisation"),
    ]


TABLES: dict[str, list[Column]] = {
    "documents": [
        Column("id", "VARCHAR PRIMARY KEY", "content hash of the clean text (16 hex digits)"),
        Column("origin", "VARCHAR", "path, URL or WARC record the text was first read from"),
        Column("title", "VARCHAR", "headline when known"),
        Column("published", "DATE", "publication date"),
        Column("date_source", "VARCHAR", "where the publication date came from"),
        Column("site", "VARCHAR", "publishing site when known"),
        Column("author", "VARCHAR", "author when known"),
        Column("language", "VARCHAR", "language of the text (\"en\")"),
        Column("urls", "VARCHAR[]", "every URL this exact text was seen at"),
        Column("text", "VARCHAR", "the repaired text the coder read; offsets index it"),
        Column("original", "VARCHAR", "the text as given, null when no repair changed it"),
        Column("offsets_clean", "INTEGER[]", "offset map anchors in the clean text"),
        Column("offsets_orig", "INTEGER[]", "matching anchors in the original text"),
        Column("coder_version", "VARCHAR", "coder version that produced this document's rows"),
        Column("coded_at", "TIMESTAMP", "when those rows were written (UTC)"),
        Column("run_id", "INTEGER", "ingestion run that wrote them"),
        Column("signature", "BLOB", "MinHash signature of the text, to find near-duplicates"),
    ],
    "repairs": [
        Column("doc_id", "VARCHAR", "document"),
        Column("idx", "INTEGER", "order of the repair in the document"),
        Column("kind", "VARCHAR", "split, drop or normalize"),
        Column("start_char", "INTEGER", "start in the original text"),
        Column("end_char", "INTEGER", "end in the original text"),
        Column("before", "VARCHAR", "what stood there"),
        Column("after", "VARCHAR", "what the coder read instead"),
        Column("reason", "VARCHAR", "why, for people"),
    ],
    "sentences": [
        Column("doc_id", "VARCHAR", "document"),
        Column("idx", "INTEGER", "position in the document, from 0"),
        Column("start_char", "INTEGER", "start in the clean text"),
        Column("end_char", "INTEGER", "end in the clean text"),
        Column("text", "VARCHAR", "the sentence"),
    ],
    "actors": [
        Column("doc_id", "VARCHAR", "document"),
        Column("idx", "INTEGER", "order of the mention in the document"),
        Column("text", "VARCHAR", "mention as written"),
        Column("start_char", "INTEGER", "start in the clean text"),
        Column("end_char", "INTEGER", "end in the clean text"),
        Column("code", "VARCHAR", "CAMEO actor code"),
        Column("country", "VARCHAR", "ISO-3 country or null"),
        Column("sectors", "VARCHAR[]", "sector codes"),
        Column("name", "VARCHAR", "canonical name when known"),
        Column("how", "VARCHAR", "how the code was resolved"),
        Column("detail", "VARCHAR", "why, for people"),
        Column("guessed", "BOOLEAN", "country came from context"),
        Column("kind", "VARCHAR", "person, group, country or organisation"),
    ],
    "places": [
        Column("doc_id", "VARCHAR", "document"),
        Column("idx", "INTEGER", "order of the mention in the document"),
        Column("text", "VARCHAR", "mention as written"),
        Column("start_char", "INTEGER", "start in the clean text"),
        Column("end_char", "INTEGER", "end in the clean text"),
        Column("name", "VARCHAR", "resolved place name"),
        Column("lat", "DOUBLE", "latitude"),
        Column("lon", "DOUBLE", "longitude"),
        Column("country", "VARCHAR", "ISO-3 country"),
        Column("admin1", "VARCHAR", "first-level administrative division"),
        Column("precision", "VARCHAR", "city, admin1, country, region or inferred"),
        Column("how", "VARCHAR", "how the place was resolved"),
        Column("sentence_index", "INTEGER", "sentence the mention is in"),
        Column("geonameid", "BIGINT", "GeoNames id of the place"),
        Column("admin1_code", "VARCHAR", "GeoNames admin-1 code with its country (\"KZ.02\")"),
    ],
    "events": [
        Column("id", "VARCHAR NOT NULL", "stable event id (16 hex digits)"),
        Column("doc_id", "VARCHAR NOT NULL", "document"),
        Column("idx", "INTEGER", "order of the event in the document's coding"),
        Column("sentence_index", "INTEGER", "sentence the event is in"),
        Column("sentence", "VARCHAR", "that sentence's text"),
        Column("trigger", "VARCHAR", "words that express the event"),
        Column("trigger_start", "INTEGER", "start of the trigger in the clean text"),
        Column("trigger_end", "INTEGER", "end of the trigger"),
        Column("cameo", "VARCHAR NOT NULL", "CAMEO event code (\"173\")"),
        Column("name", "VARCHAR", "CAMEO label of the code"),
        Column("root", "VARCHAR", "CAMEO root (\"17\")"),
        Column("quad_class", "TINYINT",
               "1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict"),
        Column("goldstein", "DOUBLE", "Goldstein scale value of the code"),
        Column("plover", "VARCHAR", "PLOVER event type, null for CAMEO 01x/02x"),
        Column("plover_mode", "VARCHAR", "PLOVER mode"),
        Column("plover_context", "VARCHAR[]", "PLOVER contexts"),
        Column("date", "DATE", "date of the event"),
        Column("date_text", "VARCHAR", "expression the date was resolved from"),
        Column("confidence", "DOUBLE", "0..1"),
        Column("statement", "BOOLEAN", "a \"X said ...\" statement event"),
        Column("pattern", "VARCHAR", "the rule that produced the event"),
        Column("coder_version", "VARCHAR", "coder version that produced the event"),
        *_actor_columns("source", "source"),
        *_actor_columns("target", "target"),
        Column("place_text", "VARCHAR", "where the event happened, as written"),
        Column("place_start", "INTEGER", "start of the place mention"),
        Column("place_end", "INTEGER", "end of the place mention"),
        Column("place_name", "VARCHAR", "resolved place name"),
        Column("place_lat", "DOUBLE", "latitude"),
        Column("place_lon", "DOUBLE", "longitude"),
        Column("place_country", "VARCHAR", "ISO-3 country of the place"),
        Column("place_admin1", "VARCHAR", "first-level administrative division"),
        Column("place_precision", "VARCHAR", "city, admin1, country, region or inferred"),
        Column("place_how", "VARCHAR", "how the place was resolved"),
        Column("place_sentence_index", "INTEGER", "sentence the place mention is in"),
        Column("place_geonameid", "BIGINT", "GeoNames id of the place"),
        Column("place_admin1_code", "VARCHAR", "GeoNames admin-1 code (\"KZ.02\")"),
    ],
    "runs": [
        Column("id", "INTEGER PRIMARY KEY", "run number, from 1"),
        Column("started_at", "TIMESTAMP", "UTC"),
        Column("finished_at", "TIMESTAMP", "UTC, null while running or when interrupted"),
        Column("status", "VARCHAR", "running, finished or interrupted"),
        Column("command", "VARCHAR", "what was asked, for people"),
        Column("coder_version", "VARCHAR", "coder version of the run"),
    ],
    "run_items": [
        Column("run_id", "INTEGER", "run"),
        Column("seq", "INTEGER", "order in which the run met the input"),
        Column("origin", "VARCHAR", "path, URL or WARC record"),
        Column("doc_id", "VARCHAR", "document it became, null when skipped"),
        Column("outcome", "VARCHAR", "stored, recoded, unchanged, duplicate or skipped"),
        Column("reason", "VARCHAR", "why it was skipped or left unchanged"),
    ],
    "feed_articles": [
        Column("url", "VARCHAR PRIMARY KEY", "article link from a feed, fetched and stored"),
        Column("fetched_at", "TIMESTAMP", "UTC"),
        Column("run_id", "INTEGER", "run that stored it"),
    ],
    "feed_validators": [
        Column("feed_url", "VARCHAR PRIMARY KEY", "feed"),
        Column("etag", "VARCHAR", "ETag of the feed when last read in full"),
        Column("modified", "VARCHAR", "Last-Modified of the feed then"),
        Column("updated_at", "TIMESTAMP", "UTC"),
    ],
}

# Secondary indexes are left out on purpose: DuckDB's per-block min/max statistics already prune
# date-range scans, and ART indexes would slow every insert for lookups we rarely do.


def _create_table(name: str) -> str:
    cols = ", ".join(f'"{c.name}" {c.sql}' for c in TABLES[name])
    return f"CREATE TABLE {name} ({cols})"


# A new store is created directly in the current shape (TABLES) and stamped SCHEMA_VERSION.
# An existing store at version ``v`` runs the steps of every version above ``v``, in order.
# To change a table: edit TABLES to the new shape, bump SCHEMA_VERSION, and add the step that
# brings an existing store there (``ALTER TABLE events ADD COLUMN tone DOUBLE``, or a Python
# callable taking the connection, for data fixes).
Step = str | Callable[[duckdb.DuckDBPyConnection], None]
def _backfill_signatures(con: duckdb.DuckDBPyConnection) -> None:
    from tidings.store.dedup import backfill_signatures

    backfill_signatures(con)


MIGRATIONS: dict[int, tuple[str, list[Step]]] = {
    2: ("near-duplicate signatures; sentence and GeoNames id of places", [
        "ALTER TABLE documents ADD COLUMN signature BLOB",
        "ALTER TABLE places ADD COLUMN sentence_index INTEGER",
        "ALTER TABLE places ADD COLUMN geonameid BIGINT",
        "ALTER TABLE events ADD COLUMN place_sentence_index INTEGER",
        "ALTER TABLE events ADD COLUMN place_geonameid BIGINT",
        _backfill_signatures]),
    3: ("admin-1 code of places", [
        "ALTER TABLE places ADD COLUMN admin1_code VARCHAR",
        "ALTER TABLE events ADD COLUMN place_admin1_code VARCHAR"]),
}

_ARROW = {
    "VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "TINYINT": pa.int8(),
    "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"), "VARCHAR[]": pa.list_(pa.string()),
    "INTEGER[]": pa.list_(pa.int32()), "BLOB": pa.binary(),
}


def utcnow() -> datetime:
    """Naive UTC timestamp: DuckDB TIMESTAMP columns carry no zone, so we always store UTC."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def arrow_schema(table: str) -> pa.Schema:
    """Arrow schema matching ``table``'s columns, used to build insert batches."""
    fields = []
    for c in TABLES[table]:
        base = c.sql.replace(" PRIMARY KEY", "").replace(" NOT NULL", "")
        fields.append(pa.field(c.name, _ARROW[base]))
    return pa.schema(fields)


def column_names(table: str) -> list[str]:
    return [c.name for c in TABLES[table]]


def table_names(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()
    return {r[0] for r in rows}


def stored_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """Schema version of an open store; None for an empty database; -1 for someone else's."""
    names = table_names(con)
    if IDENTITY_TABLE not in names:
        return None if not names else -1
    (version,) = con.execute(f"SELECT coalesce(max(version), 0) FROM {IDENTITY_TABLE}").fetchone()
    return int(version)


def migrate(con: duckdb.DuckDBPyConnection, current: int | None) -> list[int]:
    """Bring a store to SCHEMA_VERSION (``current`` None: create it); return versions applied.

    Each version is applied in its own transaction, so a store is never left between two.
    """
    if current is None:
        _in_transaction(con, [
            f"CREATE TABLE {IDENTITY_TABLE} (version INTEGER PRIMARY KEY, applied_at TIMESTAMP, "
            "note VARCHAR)", *(_create_table(name) for name in TABLES)],
            SCHEMA_VERSION, "created")
        return [SCHEMA_VERSION]
    applied = []
    for version in range(current + 1, SCHEMA_VERSION + 1):
        note, steps = MIGRATIONS[version]
        _in_transaction(con, steps, version, note)
        applied.append(version)
    return applied


def _in_transaction(con: duckdb.DuckDBPyConnection, steps: list[Step], version: int,
                    note: str) -> None:
    con.begin()
    try:
        for step in steps:
            if callable(step):
                step(con)
            else:
                con.execute(step)
        con.execute(f"INSERT INTO {IDENTITY_TABLE} VALUES (?, ?, ?)", [version, utcnow(), note])
        con.commit()
    except BaseException:
        con.rollback()
        raise


def markdown() -> str:
    """The table reference for docs/schema.md, generated so it cannot drift from the DDL."""
    out = []
    for name, cols in TABLES.items():
        out.append(f"#### `{name}`\n\n| column | type | meaning |\n|---|---|---|")
        for c in cols:
            out.append(f"| `{c.name}` | {c.sql} | {c.doc} |")
        out.append("")
    return "\n".join(out)
