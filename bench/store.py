"""Store benchmark: insert rate and query times over 1,000,000 synthetic events.

    .venv/bin/python bench/store.py [--events 1000000] [--per-doc 10] [--db PATH]

Prints a table: events/s written (in bulk, and the way `tidings ingest` writes: 64-document
transactions with near-duplicate detection), the file size, and the time of a dyad-by-week count
over all events (cold and warm) plus a few filtered queries and exports. ``--db`` should name a
file that does not exist yet (default: a temporary folder). Generating the synthetic documents is
timed apart and not counted in the insert rate.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from tidings.store import EventFilter, Store
from tidings.store.synthetic import synthetic_documents


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def _timed(fn, repeat: int = 1) -> tuple[float, object]:
    """Median wall time of ``fn`` and its last result."""
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def _ms(wall: float, cpu: float) -> str:
    # CPU time (all threads) next to wall time: on a shared machine the wall time also counts
    # waiting for a core, the CPU time only the work
    return f"{wall * 1000:,.0f} ms (CPU {cpu * 1000:,.0f} ms)"


def _query(fn, repeat: int = 5) -> tuple[float, float, object]:
    """Median wall and CPU time of ``fn`` over ``repeat`` runs after one warm-up."""
    fn()
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus), result


def write(store: Store, docs: int, per_doc: int, batch_docs: int, seed: int,
          near_duplicates: bool, chunk: int = 1000) -> tuple[float, float, int]:
    """Write ``docs`` documents; returns (wall s writing, CPU s writing, wall s generating,
    events)."""
    source = synthetic_documents(docs, per_doc, seed=seed, start=date(2020, 1, 1), days=1096)
    writing = cpu = generating = 0.0
    events = 0
    with store.run(f"bench {docs}x{per_doc}", batch_docs=batch_docs,
                   near_duplicates=near_duplicates) as run:
        while True:
            t = time.perf_counter()
            group = [d for _, d in zip(range(chunk), source)]
            generating += time.perf_counter() - t
            if not group:
                break
            t, c = time.perf_counter(), time.process_time()
            run.add_all(group)
            run.flush()
            writing += time.perf_counter() - t
            cpu += time.process_time() - c
            events += sum(len(d.events) for d in group)
    return writing, cpu, generating, events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--per-doc", type=int, default=10)
    ap.add_argument("--db", type=Path, default=None, help="store file (default: a temp folder)")
    args = ap.parse_args()
    folder = tempfile.TemporaryDirectory(prefix="tidings-bench-")
    db = args.db or Path(folder.name) / "bench.duckdb"
    docs = args.events // args.per_doc
    rows: list[tuple[str, str]] = []

    # what `tidings ingest` does per document (64-document transactions, near-duplicate
    # signatures and lookups), on a small store of its own
    small = db.with_name("small.duckdb")
    with Store.open(small) as store:
        w, c, _, n = write(store, min(docs, 5000), args.per_doc, batch_docs=64, seed=2,
                           near_duplicates=True)
    rows.append(("insert as `tidings ingest` does", f"{n / w:,.0f} events/s, {n / c:,.0f} per "
                 f"CPU second ({n:,} events; 64-document transactions, near-duplicate "
                 "detection)"))

    with Store.open(db) as store:
        w, c, g, n = write(store, docs, args.per_doc, batch_docs=1000, seed=1,
                           near_duplicates=False)
    rows.append(("bulk insert", f"{n / w:,.0f} events/s, {n / c:,.0f} per CPU second "
                 f"({n:,} events in {w:.0f} s; 1000-document transactions, no near-duplicate "
                 f"detection; generating the documents took {g:.0f} s more)"))
    size = _size(db)
    rows.append(("store file", f"{size / 2**20:,.1f} MiB ({size / n:,.0f} bytes/event with "
                 "documents, sentences and actor mentions)"))

    with Store.open(db, read_only=True) as store:
        t = time.perf_counter()
        table = store.stats(by="dyad", per="week")
        cold = time.perf_counter() - t
        w, c, _ = _query(lambda: store.stats(by="dyad", per="week"))
        rows.append(("dyad-by-week counts, all events",
                     f"{_ms(w, c)} warm, {cold * 1000:,.0f} ms cold ({table.num_rows:,} rows)"))
        w, c, _ = _query(lambda: store.stats(by="root", per="month"))
        rows.append(("root-by-month counts", _ms(w, c)))
        flt = EventFilter(actor=("KAZ",), root=("14", "17"), since=date(2021, 1, 1))
        w, c, table = _query(lambda: store.events(flt))
        rows.append(("events: actor KAZ, roots 14+17, since 2021",
                     f"{_ms(w, c)} ({table.num_rows:,} events, every column)"))
        flt = EventFilter(text="unrest", country=("UKR",))
        w, c, n_text = _query(lambda: store.count(flt))
        rows.append(("count: text 'unrest', country UKR", f"{_ms(w, c)} ({n_text:,})"))
        out = Path(folder.name)
        t, n_out = _timed(lambda: store.export_gdelt(out / "all.tsv"))
        rows.append(("export GDELT, all events", f"{t:.1f} s ({n_out / t:,.0f} events/s)"))
        t, n_out = _timed(lambda: store.export_parquet(out / "parquet"))
        rows.append(("export Parquet by month, all events",
                     f"{t:.1f} s ({n_out / t:,.0f} events/s)"))

    width = max(len(k) for k, _ in rows)
    print(f"tidings store benchmark: {args.events:,} synthetic events, "
          f"{args.per_doc} per document")
    for k, v in rows:
        print(f"  {k:<{width}}  {v}")
    folder.cleanup()


if __name__ == "__main__":
    main()
