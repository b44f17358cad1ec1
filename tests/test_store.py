"""The event store: what goes in comes out whole, once, and only into a file that is ours."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import duckdb
import pytest

from tidings.model import Repair, Skip
from tidings.store import (SCHEMA_VERSION, EventFilter, Store, StoreBusy, StoreError,
                           StoreRefused, schema)
from tidings.store.synthetic import example_documents, story, synthetic_documents

TABLES = ("documents", "repairs", "sentences", "actors", "places", "events")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "news.duckdb"


def content(path: Path) -> dict[str, list[tuple]]:
    """Every stored row except when and by which run it was written, in a stable order."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        out = {}
        for table in TABLES:
            cols = [c for c in schema.column_names(table) if c not in ("coded_at", "run_id")]
            select = ", ".join(f'"{c}"' for c in cols)
            out[table] = con.execute(f"SELECT {select} FROM {table} ORDER BY ALL").fetchall()
        return out
    finally:
        con.close()


# -- writing ----------------------------------------------------------------------------------

def test_a_story_goes_in_whole_and_comes_back_the_same(db):
    protests = example_documents()[0]
    protests.document.repairs = [Repair("split", 10, 20, "AlmatyPolice", "Almaty Police",
                                        "glued words")]
    with Store.open(db) as store:
        summary = store.write([protests])
        again = store.document(protests.document.id)
    assert (summary.stored, summary.events) == (1, 2)
    assert again.document == protests.document
    assert again.sentences == protests.sentences
    assert again.actors == protests.actors
    assert again.places == protests.places
    assert again.events == protests.events


def test_ingesting_the_same_stories_twice_adds_nothing(db):
    with Store.open(db) as store:
        first = store.write(example_documents())
    before = content(db)
    with Store.open(db) as store:
        second = store.write(example_documents())
        assert store.count() == 8
    assert (first.stored, first.events) == (4, 8)
    assert (second.stored, second.unchanged, second.events) == (0, 4, 0)
    assert content(db) == before


def test_the_same_text_twice_in_one_run_is_stored_once_with_both_urls(db):
    a = example_documents()[0]
    b = example_documents()[0]
    b.document.urls = ["https://mirror.example/protests"]
    with Store.open(db) as store:
        summary = store.write([a, b])
        urls = store.document(a.document.id).document.urls
    assert (summary.stored, summary.duplicate) == (1, 1)
    assert urls == ["https://news.example/kz/protests", "https://mirror.example/protests"]


def test_the_same_text_at_a_new_url_later_adds_the_url_not_the_events(db):
    with Store.open(db) as store:
        store.write(example_documents()[:1])
        copy = example_documents()[0]
        copy.document.urls = ["https://aggregator.example/p/1"]
        summary = store.write([copy])
        assert summary.unchanged == 1 and summary.events == 0
        assert store.document(copy.document.id).document.urls[-1] == \
            "https://aggregator.example/p/1"
        assert store.count() == 2


def test_a_newer_coder_replaces_a_documents_events_and_keeps_its_version(db):
    with Store.open(db) as store:
        store.write(example_documents(coder_version="0.1.0"))
        newer = example_documents(coder_version="0.2.0")
        # the new coder no longer sees the arrest in the first story
        newer[0].events = newer[0].events[:1]
        summary = store.write(newer, coder_version="0.2.0")
        assert (summary.recoded, summary.stored) == (4, 0)
        assert store.count() == 7
        versions = set(store.events().column("coder_version").to_pylist())
        assert versions == {"0.2.0"}
        # an older coder does not overwrite the newer rows
        older = store.write(example_documents(coder_version="0.1.0"), coder_version="0.1.0")
        assert older.unchanged == 4
        assert store.count() == 7


def test_recode_with_force_rewrites_even_at_the_same_version(db):
    with Store.open(db) as store:
        store.write(example_documents())
        summary = store.write(example_documents(), force=True)
        assert summary.recoded == 4
        assert store.count() == 8


def test_skipped_inputs_are_recorded_with_their_reason(db):
    with Store.open(db) as store:
        summary = store.write([Skip("notes/empty.txt", "empty file"), *example_documents()[:1]])
        items = store.run_items(summary.run_id).to_pylist()
        runs = store.runs().to_pylist()
    assert summary.skipped == 1 and summary.skips[0].origin == "notes/empty.txt"
    assert items[0] == {"seq": 1, "origin": "notes/empty.txt", "doc_id": None,
                        "outcome": "skipped", "reason": "empty file"}
    assert items[1]["outcome"] == "stored"
    assert runs[0]["status"] == "finished" and runs[0]["skipped"] == 1 and runs[0]["stored"] == 1


def test_documents_known_before_coding_are_not_coded_again(db):
    with Store.open(db) as store:
        store.write(example_documents())
        with store.run("again") as run:
            raw = [c.document for c in example_documents()[:2]]
            fresh = story(["Mali's junta expelled the French ambassador."], date(2022, 1, 31),
                          [], url="https://news.example/mali")
            to_code = list(run.unseen([*raw, fresh.document, raw[0]]))
            assert [d.id for d in to_code] == [fresh.document.id]
            run.add(fresh)
        assert (run.summary.unchanged, run.summary.duplicate, run.summary.stored) == (2, 1, 1)


def test_a_failure_mid_write_leaves_no_partial_document(db, monkeypatch):
    from tidings.store import rows

    with Store.open(db) as store:
        store.write(example_documents()[:1])
    before = content(db)
    real = rows.Batch.arrow

    def broken(self, table):
        if table == "events":
            raise OSError("disk full")
        return real(self, table)

    monkeypatch.setattr(rows.Batch, "arrow", broken)
    with Store.open(db) as store:
        with pytest.raises(OSError):
            store.write(example_documents()[1:])
        assert store.runs().to_pylist()[-1]["status"] == "interrupted"
    assert content(db) == before


def test_each_transaction_holds_whole_documents_only(db):
    """Kill a writer while a transaction is open; what survives is exactly the committed docs."""
    script = textwrap.dedent(f"""
        import os, sys, time
        from tidings.store import Store, rows
        from tidings.store.synthetic import synthetic_documents
        real = rows.Batch.arrow
        calls = {{"n": 0}}
        def slow(self, table):
            if table == "events":
                calls["n"] += 1
                if calls["n"] == 4:   # inside the 4th transaction: rows of 3 groups committed
                    print("inside", flush=True)
                    time.sleep(60)
            return real(self, table)
        rows.Batch.arrow = slow
        with Store.open({str(db)!r}) as store:
            store.write(synthetic_documents(200, 5), batch_docs=10)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "inside"
    finally:
        proc.kill()
        proc.wait()
    with Store.open(db) as store:
        docs = store.documents().num_rows
        assert docs == 30
        assert store.count() == 30 * 5
        assert store.runs().to_pylist()[0]["status"] == "interrupted"
        # resuming stores the rest, and the result equals an uninterrupted run
        store.write(synthetic_documents(200, 5), batch_docs=10)
    clean = db.with_name("clean.duckdb")
    with Store.open(clean) as store:
        store.write(synthetic_documents(200, 5))
    assert content(db) == content(clean)


def test_every_field_of_the_records_has_a_column():
    """When a record gains a field, the store must learn to keep it (and migrate)."""
    from tidings import model

    renamed = {"start": "start_char", "end": "end_char", "index": "idx"}
    tables = {"documents": (model.Document, {"repairs", "offsets"}),
              "sentences": (model.Sentence, set()), "actors": (model.Actor, set()),
              "places": (model.Place, set()), "repairs": (model.Repair, set()),
              "events": (model.Event, {"source", "target", "place"})}
    for table, (record, elsewhere) in tables.items():
        columns = set(schema.column_names(table))
        for f in dataclasses.fields(record):
            if f.name not in elsewhere:
                assert renamed.get(f.name, f.name) in columns, (table, f.name)
    events = set(schema.column_names("events"))
    for prefix, record in (("source", model.Actor), ("target", model.Actor),
                           ("place", model.Place)):
        for f in dataclasses.fields(record):
            assert f"{prefix}_{f.name}" in events, (prefix, f.name)
    assert {"offsets_clean", "offsets_orig"} <= set(schema.column_names("documents"))


# -- opening ----------------------------------------------------------------------------------

def test_a_new_store_is_created_at_the_current_schema_version(db):
    Store.open(db).close()
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT max(version) FROM tidings_schema").fetchone()[0] == SCHEMA_VERSION
    con.close()


def test_reading_a_store_that_does_not_exist_says_how_to_make_one(db):
    with pytest.raises(StoreError, match="tidings ingest"):
        Store.open(db, read_only=True)
    assert not db.exists()


@pytest.mark.parametrize("make, expected", [
    (lambda p: p.write_text("date,actor,event\n2022-01-05,KAZ,141\n"), "not a DuckDB database"),
    (lambda p: p.write_bytes(b""), "empty file"),
    (lambda p: p.write_bytes(b"\x00" * 8 + b"DUCK" + b"\xff" * 5000), "cannot be opened"),
])
def test_a_file_that_is_not_a_store_is_refused_and_left_untouched(db, make, expected):
    make(db)
    before = db.read_bytes()
    for read_only in (False, True):
        with pytest.raises(StoreRefused, match=expected):
            Store.open(db, read_only=read_only)
    assert db.read_bytes() == before


def test_a_sqlite_database_is_refused_without_reaching_for_the_network(db):
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE events (id TEXT)")
    con.commit()
    con.close()
    with pytest.raises(StoreRefused, match="not a DuckDB database"):
        Store.open(db)


def test_someone_elses_duckdb_database_is_refused(db):
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE sales (day DATE, amount DOUBLE)")
    con.close()
    with pytest.raises(StoreRefused, match="not a tidings store.*sales"):
        Store.open(db)
    con = duckdb.connect(str(db), read_only=True)
    assert schema.table_names(con) == {"sales"}
    con.close()


def test_a_truncated_store_is_refused(db):
    with Store.open(db) as store:
        store.write(synthetic_documents(50, 5))
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    with pytest.raises(StoreRefused, match="damaged|cannot be opened"):
        with Store.open(db, read_only=True) as store:
            store.events()


def test_a_store_from_a_newer_tidings_is_refused(db):
    Store.open(db).close()
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO tidings_schema VALUES (?, now()::TIMESTAMP, 'from the future')",
                [SCHEMA_VERSION + 1])
    con.close()
    with pytest.raises(StoreRefused, match="newer tidings"):
        Store.open(db)


def test_an_older_store_is_migrated_when_opened(db, monkeypatch):
    with Store.open(db) as store:
        store.write(example_documents())
    step = "ALTER TABLE events ADD COLUMN tone DOUBLE"
    monkeypatch.setitem(schema.MIGRATIONS, SCHEMA_VERSION + 1, ("tone per event", [step]))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store.open(db, read_only=True) as store:  # migrates, then reads
        assert store.count() == 8
        cols = store.connection.execute("SELECT * FROM events LIMIT 0").description
        assert "tone" in [c[0] for c in cols]
    con = duckdb.connect(str(db), read_only=True)
    versions = con.execute("SELECT version, note FROM tidings_schema ORDER BY version").fetchall()
    con.close()
    assert versions == [(SCHEMA_VERSION, "created"), (SCHEMA_VERSION + 1, "tone per event")]


def test_a_second_process_is_told_the_database_is_busy(db):
    Store.open(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from tidings.store import Store
            store = Store.open({str(db)!r})
            print("holding", flush=True)
            time.sleep(60)
        """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        for read_only in (False, True):
            with pytest.raises(StoreBusy, match="database is busy") as err:
                Store.open(db, read_only=read_only)
            assert f"process {holder.pid}" in str(err.value)
    finally:
        holder.kill()
        holder.wait()
    with Store.open(db) as store:  # usable again once the holder is gone
        assert store.count() == 0


def test_a_read_only_store_cannot_start_a_run(db):
    Store.open(db).close()
    with Store.open(db, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.run()


def test_filters_reject_what_they_cannot_mean():
    for bad in (dict(root=("21",)), dict(quad_class=(5,)), dict(cameo=("17x",)),
                dict(actor=("KAZ'; DROP TABLE events; --",)), dict(min_confidence=1.5),
                dict(since=date(2022, 2, 1), until=date(2022, 1, 1))):
        with pytest.raises(ValueError):
            EventFilter(**bad)
    assert EventFilter(root=("1", "17")).root == ("01", "17")
    assert dataclasses.replace(EventFilter(), actor=("kaz",)).actor == ("KAZ",)


# -- feeds ------------------------------------------------------------------------------------

def test_feed_links_are_remembered_only_with_what_they_produced(db):
    protests, troops = example_documents()[:2]
    feed = "https://news.example/rss.xml"
    with Store.open(db) as store:
        with pytest.raises(KeyboardInterrupt):
            with store.run("ingest --feed") as run:
                memory = run.feed_memory()
                for story_ in (protests, troops):
                    memory.remember(story_.document.urls[0])
                memory.set_validators(feed, '"etag-1"', None)
                run.add(protests)
                run.flush()
                raise KeyboardInterrupt  # killed while the second article was being coded
        with store.run("ingest --feed again") as run:
            memory = run.feed_memory()
            assert memory.seen(protests.document.urls[0])
            assert not memory.seen(troops.document.urls[0])  # fetched again, not lost
            assert memory.validators(feed) == (None, None)  # so the feed is read in full
            memory.remember(troops.document.urls[0])
            memory.set_validators(feed, '"etag-2"', "Mon, 10 Jan 2022 08:00:00 GMT")
            run.add(troops)
        with store.run("ingest --feed later") as run:
            memory = run.feed_memory()
            assert memory.seen(troops.document.urls[0])
            assert memory.validators(feed) == ('"etag-2"', "Mon, 10 Jan 2022 08:00:00 GMT")


def test_every_table_and_column_is_documented():
    docs = (Path(__file__).resolve().parents[1] / "docs" / "schema.md").read_text("utf-8")
    store_section = docs[docs.index("## Store"):]
    for table, columns in schema.TABLES.items():
        section = store_section[store_section.index(f"#### `{table}`"):]
        section = section[: section.find("\n#### ", 1) if "\n#### " in section[1:] else None]
        for column in columns:
            assert f"| `{column.name}` | {column.sql} |" in section, (table, column.name)


def test_a_schema_1_store_is_upgraded_and_its_texts_signed(db):
    with Store.open(db) as store:
        store.write([*example_documents(), wire_story()])
    con = duckdb.connect(str(db))  # make it look like a schema-1 store
    for table, column in (("documents", "signature"), ("places", "sentence_index"),
                          ("places", "geonameid"), ("places", "admin1_code"),
                          ("events", "place_sentence_index"), ("events", "place_geonameid"),
                          ("events", "place_admin1_code")):
        con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    con.execute("DELETE FROM tidings_schema")
    con.execute("INSERT INTO tidings_schema VALUES (1, now()::TIMESTAMP, 'created')")
    con.close()
    with Store.open(db) as store:
        signed = store.connection.execute(
            "SELECT count(*) FROM documents WHERE signature IS NOT NULL").fetchone()[0]
        assert signed == 5
        assert store.write([syndicated("https://mirror.example/troops")]).duplicate == 1
        rally = next(store.event_records(EventFilter(cameo=("141",))))
        assert rally.place.name == "Almaty" and rally.place.geonameid is None  # not known then


# -- near-duplicates --------------------------------------------------------------------------

WIRE = [
    "President Tokayev ordered troops to fire on the protesters without warning.",
    "He said in a televised address that twenty thousand bandits had attacked Almaty.",
    "Russia sent paratroopers to Kazakhstan as part of a regional security alliance.",
    "The alliance said the mission would protect state buildings and the airport.",
    "Internet access remained cut across much of the country on Friday.",
    "Officials said dozens of people had been killed since the unrest began.",
]


def wire_story():
    return story(WIRE, date(2022, 1, 7), [
        (0, ("KAZGOV", "President Tokayev"), "ordered troops to fire", "175",
         ("KAZCVL", "the protesters")),
        (2, ("RUSMIL", "Russia"), "sent paratroopers", "150", ("KAZ", "Kazakhstan"))],
        url="https://wire.example/2022/01/07/troops")


def syndicated(url: str):
    """The same wire story on another site, with the site's own footer line (not coded)."""
    return story([*WIRE, "Copyright 2022 Mirror Media. All rights reserved."], date(2022, 1, 7),
                 [], url=url)


def test_a_syndicated_copy_is_stored_once_with_both_urls(db):
    troops = wire_story()
    copy = syndicated("https://mirror.example/troops")
    assert copy.document.id != troops.document.id  # not the same text, only nearly
    with Store.open(db) as store:
        store.write([troops])
        summary = store.write([copy])
        assert (summary.stored, summary.duplicate) == (0, 1)
        assert store.document(troops.document.id).document.urls == [
            "https://wire.example/2022/01/07/troops", "https://mirror.example/troops"]
        assert store.document(copy.document.id) is None
        assert store.count() == 2
        (item,) = store.run_items(summary.run_id).to_pylist()
        assert item["doc_id"] == troops.document.id
        assert item["reason"].startswith(f"near-duplicate of {troops.document.id}")


def test_a_copy_met_before_coding_is_not_coded(db):
    troops = wire_story()
    copy = syndicated("https://mirror.example/troops")
    with Store.open(db) as store:
        with store.run() as run:
            assert [d.id for d in run.unseen([troops.document, copy.document])] == [
                troops.document.id]
            run.add(troops)
        assert store.document(troops.document.id).document.urls[-1] == \
            "https://mirror.example/troops"


def test_near_duplicate_detection_can_be_turned_off(db):
    with Store.open(db) as store:
        summary = store.write([wire_story(), syndicated("https://mirror.example/troops")],
                              near_duplicates=False)
        assert summary.stored == 2
