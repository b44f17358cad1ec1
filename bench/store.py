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
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def write(store: Store, docs: int, per_doc: int, batch_docs: int, seed: int,
          near_duplicates: bool, chunk: int = 1000) -> tuple[float, float, int]:
    """Write ``docs`` documents; returns (seconds writing, seconds generating, events)."""
    source = synthetic_documents(docs, per_doc, seed=seed, start=date(2020, 1, 1), days=1096)
    writing = generating = 0.0
    events = 0
    with store.run(f"bench {docs}x{per_doc}", batch_docs=batch_docs,
                   near_duplicates=near_duplicates) as run:
        while True:
            t = time.perf_counter()
            group = [d for _, d in zip(range(chunk), source)]
            generating += time.perf_counter() - t
            if not group:
                break
            t = time.perf_counter()
            run.add_all(group)
            run.flush()
            writing += time.perf_counter() - t
            events += sum(len(d.events) for d in group)
    return writing, generating, events


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
        w, _, n = write(store, min(docs, 5000), args.per_doc, batch_docs=64, seed=2,
                        near_duplicates=True)
    rows.append(("insert as `tidings ingest` does", f"{n / w:,.0f} events/s ({n:,} events; "
                 "64-document transactions, near-duplicate detection)"))

    with Store.open(db) as store:
        w, g, n = write(store, docs, args.per_doc, batch_docs=1000, seed=1,
                        near_duplicates=False)
    rows.append(("bulk insert", f"{n / w:,.0f} events/s ({n:,} events in {w:.1f} s; "
                 f"1000-document transactions, no near-duplicate detection; generating the "
                 f"documents took {g:.1f} s more)"))
    size = _size(db)
    rows.append(("store file", f"{size / 2**20:,.1f} MiB ({size / n:,.0f} bytes/event with "
                 "documents, sentences and actor mentions)"))

    with Store.open(db, read_only=True) as store:
        cold, table = _timed(lambda: store.stats(by="dyad", per="week"))
        warm, _ = _timed(lambda: store.stats(by="dyad", per="week"), repeat=5)
        rows.append(("dyad-by-week counts over all events",
                     f"{cold * 1000:.0f} ms cold, {warm * 1000:.0f} ms warm "
                     f"({table.num_rows:,} rows)"))
        t, _ = _timed(lambda: store.stats(by="root", per="month"), repeat=5)
        rows.append(("root-by-month counts", f"{t * 1000:.0f} ms"))
        flt = EventFilter(actor=("KAZ",), root=("14", "17"), since=date(2021, 1, 1))
        t, table = _timed(lambda: store.events(flt), repeat=5)
        rows.append(("events: actor KAZ, roots 14+17, since 2021",
                     f"{t * 1000:.0f} ms ({table.num_rows:,} events)"))
        flt = EventFilter(text="unrest", country=("UKR",))
        t, n_text = _timed(lambda: store.count(flt), repeat=5)
        rows.append(("count: text 'unrest', country UKR", f"{t * 1000:.0f} ms ({n_text:,})"))
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
