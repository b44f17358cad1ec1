"""tidings batch: shards on a Dask LocalCluster survive a killed task, match a single-process run,
and a re-run codes only what changed; plus the JSON Lines reader, shard discovery and
multi-process coding in input order."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pytest

from tidings.model import CodedDocument, Skip
from tidings.scale import find_shards, read_events
from tidings.scale.shards import read_jsonl

ARTICLES = [
    "Russian troops shelled Ukrainian positions near Kharkiv on Monday, the Ukrainian army said.",
    "The Kenyan government accused Somali militants of attacking a police station in Garissa.",
    "Police in Minsk arrested dozens of opposition protesters on Saturday.",
    "China and Brazil signed a trade agreement in Beijing on Tuesday.",
    "The United Nations appealed for humanitarian aid to Sudan after heavy fighting.",
    "Iranian officials threatened to expel international inspectors.",
    "Protesters marched through Nairobi to demand lower food prices.",
    "The French president met the German chancellor in Paris to discuss energy policy.",
    "Israel rejected a proposal for a ceasefire, the Egyptian foreign ministry said.",
    "Indian police detained a journalist in Kashmir, press freedom groups said.",
    "Turkey criticised Sweden for allowing a protest outside its embassy.",
]


def write_inputs(root: Path) -> list[str]:
    """Three JSON Lines shards (one gzipped, one with a bad line) and a folder of text files."""
    root.mkdir(parents=True, exist_ok=True)
    for k, name in enumerate(("alpha.jsonl", "bravo.jsonl")):
        with open(root / name, "w", encoding="utf-8") as fh:
            for i, text in enumerate(ARTICLES[k * 3:k * 3 + 3]):
                fh.write(json.dumps({"id": f"{name[0]}{i}", "text": text,
                                     "date": f"2023-05-0{i + 1}", "url": f"https://news.example/{k}/{i}",
                                     "title": text[:30]}) + "\n")
    with open(root / "bravo.jsonl", "a", encoding="utf-8") as fh:
        fh.write("{not json}\n")
        fh.write(json.dumps({"id": "dup", "text": ARTICLES[3]}) + "\n")  # same text again
    with gzip.open(root / "charlie.jsonl.gz", "wt", encoding="utf-8") as fh:
        for text in ARTICLES[6:8]:
            fh.write(json.dumps({"text": text, "date": "2023-06-01T09:30:00Z"}) + "\n")
    pages = root / "pages"
    pages.mkdir(exist_ok=True)
    for i, text in enumerate(ARTICLES[8:]):
        (pages / f"story{i}.txt").write_text(text + "\n", encoding="utf-8")
    return [str(root)]


def sorted_table(out: Path, what: str = "events") -> pa.Table:
    table = read_events(out, what)
    keys = [("doc_id", "ascending"), ("idx", "ascending")] if what == "events" else [("id", "ascending")]
    return table.sort_by(keys)


def manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text())["shards"]


# -- reading and planning (no model) ---------------------------------------------------------

def test_jsonl_fields_become_raw_text_and_bad_lines_skips(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "x1", "text": "Police arrested protesters.", "date": "2024-02-03",
                    "url": "https://e.example/1", "title": "Arrests", "site": "E"}),
        "",
        json.dumps({"text": "No id here.", "date": "2024-02-03T10:00:00+01:00"}),
        "[1, 2]",
        json.dumps({"id": "x3", "body": "wrong field"}),
        json.dumps({"id": "x4", "text": "Bad date.", "date": "yesterday"}),
        "{oops",
    ]) + "\n", encoding="utf-8")
    items = list(read_jsonl(path))
    first, second, *skips = items
    assert first.origin == f"{path}#x1" and first.url == "https://e.example/1"
    assert str(first.published) == "2024-02-03" and first.title == "Arrests" and first.site == "E"
    assert second.origin == f"{path}:3" and str(second.published) == "2024-02-03"
    assert all(isinstance(s, Skip) for s in skips)
    reasons = [s.reason for s in skips]
    assert "not a JSON object" in reasons[0]
    assert '"text"' in reasons[1]
    assert "bad \"date\"" in reasons[2] and skips[2].origin.endswith("#x4")
    assert reasons[3].startswith("not JSON")


def test_shards_are_found_named_stably_and_split(tmp_path):
    inputs = write_inputs(tmp_path / "in")
    shards = find_shards(inputs)
    assert [s.kind for s in shards] == ["jsonl", "jsonl", "jsonl", "files"]
    assert [s.name.split("-")[0] for s in shards] == ["alpha", "bravo", "charlie", "pages"]
    assert find_shards(inputs) == shards  # same inputs, same names: re-runs can find them
    # a pattern and a folder naming the same file give one shard
    assert len(find_shards([str(tmp_path / "in" / "*.jsonl*"), *inputs])) == 4
    assert [len(s.paths) for s in find_shards(inputs, files_per_shard=2) if s.kind == "files"] == [2, 1]


def test_partitions_stream_in_row_groups_and_appear_whole_on_commit(tmp_path):
    import pyarrow.parquet as pq

    from tidings.model import Document, Event
    from tidings.scale.partition import ShardWriter

    def coded(n: int) -> CodedDocument:
        doc = Document(id=f"d{n}", text="x", original="x")
        events = [Event(id=f"e{n}-{k}", doc_id=doc.id, sentence_index=0, sentence="x",
                        trigger="x", trigger_start=0, trigger_end=1, cameo="040", name="Consult",
                        root="04", quad_class=1, goldstein=1.0, plover="CONSULT")
                  for k in (0, 1, 1)]  # the coder may report an event twice: kept once
        return CodedDocument(doc, events=events)

    writer = ShardWriter(tmp_path, "s1", rows_per_group=2)
    assert sum(writer.add(coded(n), "t") for n in range(3)) == 6
    assert not (tmp_path / "events" / "s1.parquet").exists()  # nothing in place before commit
    assert len(list((tmp_path / "events").glob(".s1.parquet.*.tmp"))) == 1
    files = writer.commit()
    events = pq.ParquetFile(tmp_path / files["events"].path)
    assert events.metadata.num_rows == files["events"].rows == 6
    assert events.metadata.num_row_groups == 3  # written as it filled, not held to the end
    assert not list(tmp_path.rglob("*.tmp"))
    aborted = ShardWriter(tmp_path, "s2")
    aborted.add(coded(9), "t")
    aborted.abort()
    assert not list(tmp_path.rglob("*s2*"))


# -- coding (loads the model) ----------------------------------------------------------------

@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The single-process run every distributed run must equal."""
    from tidings.scale.batch import run_batch

    root = tmp_path_factory.mktemp("ref")
    inputs = write_inputs(root / "in")
    summary = run_batch(inputs, root / "out", workers=0)
    assert summary.done == 4 and not summary.failed
    return root / "out", summary


def test_dask_batch_survives_a_killed_task_and_equals_single_process(tmp_path, monkeypatch,
                                                                     reference):
    from tidings.cli import main

    ref_out, ref_summary = reference
    inputs = write_inputs(tmp_path / "in")
    (bravo,) = [s for s in find_shards(inputs) if s.name.startswith("bravo")]
    out = tmp_path / "out"
    # the worker coding "bravo" dies once, half-way through writing its partition
    monkeypatch.setenv("TIDINGS_TEST_FAULT", f"{bravo.name}:kill")
    with pytest.raises(SystemExit) as exit_:
        main(["batch", *inputs, "--out", str(out), "--workers", "2", "--retries", "2"])
    assert exit_.value.code == 3  # the bad JSON line of bravo was skipped, the rest coded

    shards = manifest(out)
    assert {k: v["status"] for k, v in shards.items()} == dict.fromkeys(shards, "done")
    assert shards[bravo.name]["attempts"] == 2
    assert "KilledWorker" in shards[bravo.name]["errors"][0]
    assert all(v["attempts"] == 1 for k, v in shards.items() if k != bravo.name)
    assert shards[bravo.name]["duplicates"] == 1 and shards[bravo.name]["skipped"] == 1

    events, reference_events = sorted_table(out), sorted_table(ref_out)
    assert events.num_rows == ref_summary.events > 0
    assert len(set(events.column("id").to_pylist())) == events.num_rows  # no duplicates
    # documents are equal except their origin, which names the input path
    assert events.equals(reference_events)
    docs, ref_docs = sorted_table(out, "documents"), sorted_table(ref_out, "documents")
    assert docs.drop_columns(["origin"]).equals(ref_docs.drop_columns(["origin"]))
    assert docs.num_rows == ref_summary.documents == len(set(docs.column("id").to_pylist()))
    for name, entry in shards.items():  # the manifest describes the files as they are
        for f in entry["files"].values():
            assert (out / f["path"]).stat().st_size == f["bytes"]
    assert not list(out.rglob("*.tmp")), "a killed task left a temporary file behind"

    # a re-run finds every shard done and starts no cluster
    monkeypatch.delenv("TIDINGS_TEST_FAULT")
    before = (out / "manifest.json").read_text()
    with pytest.raises(SystemExit) as exit_:
        main(["batch", *inputs, "--out", str(out), "--workers", "2"])
    assert exit_.value.code == 0
    assert json.loads((out / "manifest.json").read_text())["shards"] == json.loads(before)["shards"]


def test_rerun_codes_only_changed_or_missing_shards(tmp_path, reference):
    from tidings.scale.batch import run_batch

    inputs = write_inputs(tmp_path / "in")
    out = tmp_path / "out"
    first = run_batch(inputs, out, workers=0)
    assert first.done == 4 and first.finished_before == 0
    names = {s.name.split("-")[0]: s.name for s in find_shards(inputs)}
    stamps = {p.name: p.stat().st_mtime_ns for p in (out / "events").iterdir()}

    with open(tmp_path / "in" / "alpha.jsonl", "a", encoding="utf-8") as fh:  # alpha changes
        fh.write(json.dumps({"id": "new", "text": ARTICLES[10]}) + "\n")
    (out / "documents" / f"{names['pages']}.parquet").unlink()  # pages lost an output file
    second = run_batch(inputs, out, workers=0)
    assert (second.done, second.finished_before) == (2, 2)
    assert manifest(out)[names["alpha"]]["documents"] == 4
    after = {p.name: p.stat().st_mtime_ns for p in (out / "events").iterdir()}
    for short in ("bravo", "charlie"):  # untouched shards were not written again
        assert after[f"{names[short]}.parquet"] == stamps[f"{names[short]}.parquet"]

    third = run_batch(inputs, out, workers=0)
    assert (third.done, third.finished_before) == (0, 4)
    assert run_batch(inputs, out, workers=0, force=True).done == 4


def test_a_failing_shard_is_retried_then_reported(tmp_path, monkeypatch, reference):
    from tidings.scale.batch import run_batch

    inputs = write_inputs(tmp_path / "in")
    (alpha,) = [s for s in find_shards(inputs) if s.name.startswith("alpha")]
    monkeypatch.setenv("TIDINGS_TEST_FAULT", f"{alpha.name}:raise")
    seen = []
    summary = run_batch(inputs, tmp_path / "out", workers=0, retries=0,
                        on_outcome=lambda o: seen.append((o.shard.name, o.status)))
    assert summary.failed == [alpha.name] and summary.done == 3
    entry = manifest(tmp_path / "out")[alpha.name]
    assert entry["status"] == "failed" and "injected fault" in entry["errors"][0]
    assert (alpha.name, "failed") in seen
    # the next run tries it again (the fault fires once per output folder)
    again = run_batch(inputs, tmp_path / "out", workers=0)
    assert (again.done, again.finished_before, again.failed) == (1, 3, [])


def test_code_parallel_keeps_input_order_and_equals_one_process(reference):
    from tidings.ingest.raw import RawText
    from tidings.scale import code_parallel

    items = [RawText(origin=f"t{i}", text=text) for i, text in enumerate(ARTICLES)]
    items.insert(4, Skip("bad", "a skip passes through in place"))
    items.append(RawText(origin="fr", text="Le gouvernement a annoncé de nouvelles mesures "
                                           "pour les agriculteurs de la région."))
    serial = list(code_parallel(items, workers=1))
    parallel = list(code_parallel(items, workers=2, chunk_size=2))

    def summary(results):
        return [(r.origin, r.reason) if isinstance(r, Skip) else
                (r.document.origin, [e.as_json() for e in r.events]) for r in results]

    assert summary(parallel) == summary(serial)
    assert [s[0] for s in summary(parallel)][:6] == ["t0", "t1", "t2", "t3", "bad", "t4"]
    assert isinstance(parallel[-1], Skip) and "not English" in parallel[-1].reason
    assert sum(len(r.events) for r in parallel if isinstance(r, CodedDocument)) > 0
