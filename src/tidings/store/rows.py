"""Records ⇄ table rows: flattening a CodedDocument into column batches, and rebuilding records.

Rows are gathered column-wise (one list per column) because DuckDB inserts an Arrow table far
faster than row-by-row parameter binding; the batch for many documents goes in with one INSERT.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pyarrow as pa

from tidings.model import (Actor, CodedDocument, Document, Event, OffsetMap, Place, Repair,
                           Sentence)
from tidings.store.schema import TABLES, arrow_schema

CHILD_TABLES = ("repairs", "sentences", "actors", "places", "events")


class Batch:
    """Rows for every table, filled by :meth:`add_document` and turned into Arrow tables.

    Rows are tuples in the table's column order (built by the ``*_row`` functions below, whose
    order the store's round-trip tests pin down); :meth:`arrow` transposes them column-wise.
    """

    def __init__(self) -> None:
        self.tables: dict[str, list[tuple]] = {name: [] for name in TABLES}

    def rows(self, table: str) -> int:
        return len(self.tables[table])

    def arrow(self, table: str) -> pa.Table:
        schema = arrow_schema(table)
        rows = self.tables[table]
        columns = list(zip(*rows)) if rows else [[] for _ in schema]
        return pa.Table.from_arrays(
            [pa.array(col, type=f.type) for col, f in zip(columns, schema)], schema=schema)

    def add_document(self, coded: CodedDocument, coder_version: str, coded_at: datetime,
                     run_id: int, urls: list[str] | None = None,
                     signature: bytes | None = None) -> int:
        """Add one document and everything found in it; returns the number of events added.

        ``urls`` replaces the document's own list (the writer merges in URLs seen before).
        """
        doc = coded.document
        doc_id = doc.id
        self.tables["documents"].append(
            document_row(doc, coder_version, coded_at, run_id, urls, signature))
        self.tables["repairs"].extend(
            (doc_id, i, r.kind, r.start, r.end, r.before, r.after, r.reason)
            for i, r in enumerate(doc.repairs))
        self.tables["sentences"].extend(
            (doc_id, s.index, s.start, s.end, s.text) for s in coded.sentences)
        self.tables["actors"].extend(
            (doc_id, i, *_actor(a)) for i, a in enumerate(coded.actors))
        self.tables["places"].extend(
            (doc_id, i, *_place(p)) for i, p in enumerate(coded.places))
        # The coder may report one event twice (two conjoined mentions with the same code give
        # the same id); the store keeps the first so an id always names exactly one row.
        seen: set[str] = set()
        events = self.tables["events"]
        for e in coded.events:
            if e.id not in seen:
                events.append(event_row(e, len(seen)))
                seen.add(e.id)
        return len(seen)

    def add_run_item(self, run_id: int, seq: int, origin: str, doc_id: str | None, outcome: str,
                     reason: str | None = None) -> None:
        self.tables["run_items"].append((run_id, seq, origin, doc_id, outcome, reason))


def document_row(doc: Document, coder_version: str, coded_at: datetime, run_id: int,
                 urls: list[str] | None = None, signature: bytes | None = None) -> tuple:
    return (
        doc.id, doc.origin, doc.title, doc.published, doc.date_source, doc.site, doc.author,
        doc.language, list(doc.urls if urls is None else urls), doc.text,
        # the original is kept only when it differs, which is rare and keeps the file small
        doc.original if doc.original != doc.text else None,
        list(doc.offsets.clean), list(doc.offsets.orig), coder_version, coded_at, run_id,
        signature)


_NO_ACTOR = (None,) * 11
_NO_PLACE = (None,) * 13


def _actor(a: Actor | None) -> tuple:
    if a is None:
        return _NO_ACTOR
    return (a.text, a.start, a.end, a.code, a.country, list(a.sectors), a.name, a.how, a.detail,
            a.guessed, a.kind)


def _place(p: Place | None) -> tuple:
    if p is None:
        return _NO_PLACE
    return (p.text, p.start, p.end, p.name, p.lat, p.lon, p.country, p.admin1, p.precision,
            p.how, p.sentence_index, p.geonameid, p.admin1_code)


def event_row(e: Event, idx: int) -> tuple:
    return (
        e.id, e.doc_id, idx, e.sentence_index, e.sentence, e.trigger, e.trigger_start,
        e.trigger_end, e.cameo, e.name, e.root, e.quad_class, e.goldstein, e.plover,
        e.plover_mode, list(e.plover_context), e.date, e.date_text, e.confidence, e.statement,
        e.pattern, e.coder_version, *_actor(e.source), *_actor(e.target), *_place(e.place))


def _check_shapes() -> None:
    # the tuples above must line up with the declared columns; fail at import, not in a query
    widths = {"documents": 17, "repairs": 8, "sentences": 5, "actors": 2 + len(_NO_ACTOR),
              "places": 2 + len(_NO_PLACE), "events": 22 + 2 * len(_NO_ACTOR) + len(_NO_PLACE),
              "run_items": 6}
    for table, width in widths.items():
        assert len(TABLES[table]) == width, (table, len(TABLES[table]), width)


_check_shapes()


# -- rebuilding records from rows (dicts as given by ``pa.Table.to_pylist``) ------------------

def actor_from_row(row: dict[str, Any], prefix: str = "") -> Actor | None:
    if prefix and row.get(f"{prefix}code") is None and row.get(f"{prefix}text") is None:
        return None
    start = row[f"{prefix}start"] if prefix else row["start_char"]
    end = row[f"{prefix}end"] if prefix else row["end_char"]
    return Actor(text=row[f"{prefix}text"], start=start, end=end, code=row[f"{prefix}code"],
                 country=row[f"{prefix}country"], sectors=tuple(row[f"{prefix}sectors"] or ()),
                 name=row[f"{prefix}name"], how=row[f"{prefix}how"],
                 detail=row[f"{prefix}detail"], guessed=bool(row[f"{prefix}guessed"]),
                 kind=row[f"{prefix}kind"])


def place_from_row(row: dict[str, Any], prefix: str = "") -> Place | None:
    if prefix and row.get(f"{prefix}name") is None and row.get(f"{prefix}text") is None:
        return None
    start = row[f"{prefix}start"] if prefix else row["start_char"]
    end = row[f"{prefix}end"] if prefix else row["end_char"]
    return Place(text=row[f"{prefix}text"], start=start, end=end, name=row[f"{prefix}name"],
                 lat=row[f"{prefix}lat"], lon=row[f"{prefix}lon"],
                 country=row[f"{prefix}country"], admin1=row[f"{prefix}admin1"],
                 precision=row[f"{prefix}precision"], how=row[f"{prefix}how"],
                 sentence_index=row[f"{prefix}sentence_index"],
                 geonameid=row[f"{prefix}geonameid"],
                 admin1_code=row[f"{prefix}admin1_code"])


def event_from_row(row: dict[str, Any]) -> Event:
    return Event(
        id=row["id"], doc_id=row["doc_id"], sentence_index=row["sentence_index"],
        sentence=row["sentence"], trigger=row["trigger"], trigger_start=row["trigger_start"],
        trigger_end=row["trigger_end"], cameo=row["cameo"], name=row["name"], root=row["root"],
        quad_class=row["quad_class"], goldstein=row["goldstein"], plover=row["plover"],
        plover_mode=row["plover_mode"], plover_context=tuple(row["plover_context"] or ()),
        source=actor_from_row(row, "source_"), target=actor_from_row(row, "target_"),
        date=row["date"], date_text=row["date_text"], confidence=row["confidence"],
        statement=bool(row["statement"]), pattern=row["pattern"],
        place=place_from_row(row, "place_"), coder_version=row["coder_version"])


def document_from_row(row: dict[str, Any], repairs: list[dict[str, Any]]) -> Document:
    return Document(
        id=row["id"], text=row["text"],
        original=row["original"] if row["original"] is not None else row["text"],
        origin=row["origin"], published=row["published"], title=row["title"],
        urls=list(row["urls"] or ()), site=row["site"], author=row["author"],
        language=row["language"], date_source=row["date_source"],
        repairs=[Repair(kind=r["kind"], start=r["start_char"], end=r["end_char"],
                        before=r["before"], after=r["after"], reason=r["reason"])
                 for r in repairs],
        offsets=OffsetMap(list(row["offsets_clean"] or ()), list(row["offsets_orig"] or ())))


def sentence_from_row(row: dict[str, Any]) -> Sentence:
    return Sentence(doc_id=row["doc_id"], index=row["idx"], start=row["start_char"],
                    end=row["end_char"], text=row["text"])
