"""The store's commands: tidings ingest, events, stats and export, as a user types them.

Most tests code with a scripted pipeline that knows the example stories by heart, so they run
without spaCy; the last one runs the real coder when it is installed.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

import tidings.cli as cli
import tidings.pipeline as pipeline_module
from tidings.model import CodedDocument, Document, Skip, document_id
from tidings.store import Store
from tidings.store.synthetic import example_documents, synthetic_documents

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_6e0f9db512cb93e6.txt"


class ScriptedPipeline:
    """Stands in for :class:`tidings.pipeline.Pipeline`: "codes" the texts it knows by heart."""

    def __init__(self, coded: list[CodedDocument] | None = None, delay: float = 0.0):
        self.known = {c.document.id: c for c in (coded or example_documents())}
        self.delay = delay

    def documents(self, items, published=None):
        for item in items:
            if isinstance(item, Skip):
                yield item
                continue
            text = item.text.strip()
            yield Document(id=document_id(text), text=text, original=item.text,
                           origin=item.origin, published=item.published or published)

    def code_documents(self, items):
        import time

        for item in items:
            if isinstance(item, Skip):
                yield item
                continue
            time.sleep(self.delay)
            known = self.known[item.id]
            print(f"coded {item.origin}", flush=True)
            yield CodedDocument(item, known.sentences, known.actors, known.events, known.places)


@pytest.fixture
def tidings(monkeypatch, capsys):
    """Run ``tidings ARGS...`` in this process; returns (exit status, stdout, stderr)."""
    monkeypatch.setattr(cli, "_register",
                        lambda: importlib.import_module("tidings.cli.store_cmd"))

    def run(*args: str) -> tuple[int, str, str]:
        try:
            cli.main([str(a) for a in args])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def news(tmp_path: Path) -> Path:
    """A folder with the example stories as text files."""
    folder = tmp_path / "news"
    folder.mkdir()
    for i, coded in enumerate(example_documents()):
        (folder / f"story{i}.txt").write_text(coded.document.text + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def db(tmp_path: Path, news: Path, tidings, monkeypatch) -> Path:
    monkeypatch.setattr(pipeline_module, "Pipeline", lambda *a, **k: ScriptedPipeline())
    path = tmp_path / "news.duckdb"
    code, _, err = tidings("ingest", news, "--db", path)
    assert code == 0, err
    return path


# -- ingest -----------------------------------------------------------------------------------

def test_ingest_stores_a_folder_and_again_adds_nothing(tmp_path, news, tidings, monkeypatch):
    monkeypatch.setattr(pipeline_module, "Pipeline", lambda *a, **k: ScriptedPipeline())
    path = tmp_path / "t.duckdb"
    code, _, err = tidings("ingest", news, "--db", path)
    assert code == 0
    assert "4 stored" in err and "8 events" in err
    code, _, err = tidings("ingest", news, "--db", path)
    assert code == 0
    assert "0 stored" in err and "4 already there" in err and "0 events" in err
    with Store.open(path, read_only=True) as store:
        assert store.count() == 8
        assert [r["status"] for r in store.runs().to_pylist()] == ["finished", "finished"]


def test_ingest_names_skipped_inputs_and_exits_3(tmp_path, news, tidings, monkeypatch):
    monkeypatch.setattr(pipeline_module, "Pipeline", lambda *a, **k: ScriptedPipeline())
    (news / "empty.txt").write_text("")
    code, _, err = tidings("ingest", news, tmp_path / "missing.txt", "--db",
                           tmp_path / "t.duckdb")
    assert code == 3
    assert "empty.txt: skipped:" in err
    assert "missing.txt: skipped:" in err
    with Store.open(tmp_path / "t.duckdb", read_only=True) as store:
        assert store.count() == 8
        outcomes = [r["outcome"] for r in store.run_items(1).to_pylist()]
        assert outcomes.count("skipped") == 2 and outcomes.count("stored") == 4


def test_ingest_without_inputs_is_a_usage_error(tidings, tmp_path):
    code, _, err = tidings("ingest", "--db", tmp_path / "t.duckdb")
    assert code == 2 and "at least one PATH" in err


def test_a_killed_ingest_resumes_to_the_same_rows(tmp_path):
    """Kill `tidings ingest` half-way through 100 articles, run it again, and compare with an
    uninterrupted run: same documents, sentences, actors and events, nothing twice."""
    from test_store import content

    folder = tmp_path / "wire"
    folder.mkdir()
    for coded in synthetic_documents(100, 3, seed=7):
        (folder / f"{coded.document.origin.split('/')[-1]}").write_text(coded.document.text)
    script = textwrap.dedent("""
        import sys
        import tidings.pipeline, tidings.cli as cli, importlib
        from tidings.store.synthetic import synthetic_documents
        sys.path.insert(0, {tests!r})
        from test_store_cli import ScriptedPipeline
        coded = list(synthetic_documents(100, 3, seed=7))
        tidings.pipeline.Pipeline = lambda *a, **k: ScriptedPipeline(coded, delay={delay})
        cli._register = lambda: importlib.import_module("tidings.cli.store_cmd")
        cli.main(["ingest", {folder!r}, "--db", sys.argv[1]])
    """)

    def ingest(db: Path, delay: float, kill_after: int | None = None) -> None:
        code = script.format(tests=str(Path(__file__).parent), delay=delay, folder=str(folder))
        proc = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
        try:
            if kill_after is not None:
                for _ in range(kill_after):
                    assert proc.stdout.readline().startswith("coded ")
                proc.kill()
            proc.communicate(timeout=120)
        finally:
            if proc.poll() is None:
                proc.kill()

    interrupted = tmp_path / "interrupted.duckdb"
    ingest(interrupted, delay=0.02, kill_after=75)
    with Store.open(interrupted, read_only=True) as store:
        partial = store.documents().num_rows
    assert 0 < partial < 100  # some groups were committed, the rest was lost with the process
    ingest(interrupted, delay=0.0)
    uninterrupted = tmp_path / "uninterrupted.duckdb"
    ingest(uninterrupted, delay=0.0)
    assert content(interrupted) == content(uninterrupted)
    with Store.open(interrupted, read_only=True) as store:
        runs = store.runs().to_pylist()
    assert [r["status"] for r in runs] == ["interrupted", "finished"]
    assert runs[1]["unchanged"] == partial and runs[1]["stored"] == 100 - partial


# -- events -----------------------------------------------------------------------------------

def test_events_as_jsonl_with_filters(db, tidings):
    code, out, _ = tidings("events", "--db", db, "--actor", "KAZ", "--root", "14,17",
                           "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["source"]["code"], r["cameo"]) for r in rows] == [
        ("KAZCVL", "141"), ("KAZCOP", "173"), ("KAZGOV", "175")]


def test_events_as_csv(db, tidings):
    code, out, _ = tidings("events", "--db", db, "--since", "2022-02-01", "--format", "csv")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith('"id","doc_id"') and len(lines) == 3


def test_events_as_a_table(db, tidings):
    code, out, _ = tidings("events", "--db", db, "--plover-type", "seize")
    assert code == 0
    assert "KAZCOP" in out and "173 Arrest" in out and "arrested" in out


def test_events_table_says_when_it_shows_only_part(db, tidings):
    code, _, err = tidings("events", "--db", db, "--limit", "2")
    assert code == 0 and "showing" not in err
    code, out, err = tidings("events", "--db", db, "--text", "PROTESTERS", "--no-statements",
                             "--min-confidence", "0.8")
    assert code == 0 and out.count("KAZCVL") == 2


@pytest.mark.parametrize("args, message", [
    (("--root", "25"), "not a CAMEO root"),
    (("--since", "yesterday"), "not a date"),
    (("--format", "xml"), "table, csv, jsonl"),
    (("--quad", "9"), "quad class"),
])
def test_bad_filters_are_usage_errors(db, tidings, args, message):
    code, _, err = tidings("events", "--db", db, *args)
    assert code == 2 and message in err


# -- stats and export -------------------------------------------------------------------------

def test_stats_by_dyad_per_week(db, tidings):
    code, out, _ = tidings("stats", "--db", db, "--by", "dyad", "--per", "week",
                           "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0] == {"period": "2022-01-03", "source_country": "KAZ",
                       "target_country": "KAZ", "events": 2, "goldstein": -7.0}
    code, out, _ = tidings("stats", "--db", db, "--by", "quad", "--per", "month")
    assert code == 0 and "2022-02-01" in out


def test_export_every_format_at_once(db, tidings, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = tidings("export", "--db", db, "--gdelt", out / "e.tsv", "--plover",
                           out / "e.json", "--csv", out / "e.csv", "--jsonl", out / "e.jsonl",
                           "--parquet", out / "parquet", "--country", "KAZ")
    assert code == 0, err
    assert "5 events written" in err and "(Parquet)" in err
    assert len((out / "e.tsv").read_text().splitlines()) == 5
    assert len(json.loads((out / "e.json").read_text())) == 5
    assert (out / "parquet" / "month=2022-01").is_dir()


def test_export_needs_a_format(db, tidings):
    code, _, err = tidings("export", "--db", db)
    assert code == 2 and "--gdelt" in err


# -- the file given as --db -------------------------------------------------------------------

def test_reading_a_missing_store_says_how_to_make_one(tidings, tmp_path):
    code, _, err = tidings("events", "--db", tmp_path / "none.duckdb")
    assert code == 1 and "no store at" in err and "tidings ingest" in err
    assert not (tmp_path / "none.duckdb").exists()


def test_a_foreign_file_is_refused(tidings, tmp_path):
    notes = tmp_path / "notes.duckdb"
    notes.write_text("shopping list\n")
    for command in (("events",), ("stats",), ("export", "--csv", tmp_path / "x.csv"),
                    ("ingest", tmp_path)):
        code, _, err = tidings(*command, "--db", notes)
        assert code == 1 and "not a DuckDB database" in err and "Traceback" not in err
    assert notes.read_text() == "shopping list\n"


def test_a_busy_database_is_reported_not_waited_for(db, tidings):
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time
        from tidings.store import Store
        store = Store.open({str(db)!r})
        print("holding", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        code, _, err = tidings("events", "--db", db)
        assert code == 1
        assert err.startswith("tidings: error: database is busy")
    finally:
        holder.kill()
        holder.wait()
    code, _, _ = tidings("events", "--db", db)
    assert code == 0


# -- with the real coder ----------------------------------------------------------------------

@pytest.mark.slow
def test_ingesting_the_seed_article_with_the_real_coder_twice(tidings, tmp_path, monkeypatch):
    try:
        pipeline = pipeline_module.Pipeline()
    except Exception as exc:  # the coder is built in parallel; until it lands there is nothing
        pytest.skip(f"the coding pipeline is not available yet ({exc})")
    # one coder for the whole test, so that what is compared cannot change in between
    monkeypatch.setattr(pipeline_module, "Pipeline", lambda *a, **k: pipeline)
    path = tmp_path / "seed.duckdb"
    code, _, err = tidings("ingest", SEED, "--date", "2022-01-10", "--db", path)
    assert code == 0, err
    with Store.open(path, read_only=True) as store:
        first = store.count()
        assert first > 0
    code, _, err = tidings("ingest", SEED, "--date", "2022-01-10", "--db", path)
    assert code == 0 and "0 stored" in err
    with Store.open(path, read_only=True) as store:
        assert store.count() == first
    # what the store gives back is what the coder produced, field for field
    from tidings.ingest import read_paths

    (coded,) = pipeline.code_raw(read_paths([SEED]), published=date(2022, 1, 10))
    code, out, _ = tidings("events", "--db", path, "--format", "jsonl")
    stored = {e["id"]: e for e in map(json.loads, out.splitlines())}
    assert stored == {e.id: e.as_json() for e in coded.events}
    with Store.open(path, read_only=True) as store:
        again = store.document(coded.document.id)
    assert again.document == coded.document
    assert (again.sentences, again.actors, again.places) == (
        coded.sentences, coded.actors, coded.places)


def test_feeds_are_read_with_the_stores_memory(tmp_path, tidings, monkeypatch):
    """`--feed` hands the feed reader the store's memory, so a second run fetches nothing."""
    import tidings.ingest.feeds as feeds
    from tidings.ingest.raw import RawText

    protests = example_documents()[0].document
    fetched: list[str] = []

    def read_feed(source, *, state=None, **kw):
        link = "https://news.example/kz/protests"
        if state.seen(link):
            return
        fetched.append(link)
        state.remember(link)
        yield RawText(origin=link, text=protests.text, url=link)
        state.set_validators(source, '"v1"', None)

    monkeypatch.setattr(feeds, "read_feed", read_feed)
    monkeypatch.setattr(pipeline_module, "Pipeline", lambda *a, **k: ScriptedPipeline())
    path = tmp_path / "feeds.duckdb"
    for _ in range(2):
        code, _, err = tidings("ingest", "--feed", "https://news.example/rss.xml", "--db", path)
        assert code == 0, err
    assert fetched == ["https://news.example/kz/protests"]
    with Store.open(path, read_only=True) as store:
        assert store.count() == 2
        validators = store.connection.execute("SELECT etag FROM feed_validators").fetchall()
    assert validators == [('"v1"',)]
