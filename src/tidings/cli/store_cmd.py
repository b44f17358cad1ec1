"""``tidings ingest | events | stats | export``: fill the event store, look into it, export it."""

from __future__ import annotations

import contextlib
import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import Iterator, List, Optional

import typer

from tidings.cli import EXIT_SKIPPED, UserError, app, parse_date_option
from tidings.store import (DEFAULT_PATH, GROUPS, PERIODS, EventFilter, ExportError, Store,
                           StoreError)

DB_HELP = "Event store file (DuckDB); created by `tidings ingest` when missing."
FORMATS = ("table", "csv", "jsonl")

DbOption = typer.Option(Path(DEFAULT_PATH), "--db", help=DB_HELP, dir_okay=False)


@contextlib.contextmanager
def _open(db: Path, read_only: bool) -> Iterator[Store]:
    try:
        store = Store.open(db, read_only=read_only)
    except StoreError as exc:
        raise UserError(str(exc)) from None
    try:
        yield store
    except (StoreError, ExportError) as exc:
        raise UserError(str(exc)) from None
    except Exception as exc:  # a damaged file can fail deep inside a query
        import duckdb

        if isinstance(exc, duckdb.Error):
            raise UserError(f"{db}: the store could not be read ({str(exc).splitlines()[0]})") \
                from None
        raise
    finally:
        store.close()


# -- filters shared by events, stats and export -----------------------------------------------

def _filter(since, until, actor, source, target, country, sector, cameo, root, quad, plover_type,
            text, min_confidence, statements) -> EventFilter:
    try:
        return EventFilter(
            since=parse_date_option(since, "--since"), until=parse_date_option(until, "--until"),
            actor=tuple(actor),
            source=tuple(source), target=tuple(target), country=tuple(country),
            sector=tuple(sector), cameo=tuple(cameo), root=tuple(root), quad_class=tuple(quad),
            plover=tuple(plover_type), text=text, min_confidence=min_confidence,
            statements=statements)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _filter_options(fn):
    """Add the filter options to a command (one definition for events, stats and export)."""
    import functools
    import inspect

    def many(metavar: str, help: str, *names: str):
        return typer.Option([], *names, metavar=metavar, help=help + " Comma lists and repeats.")

    extra = [
        ("since", Optional[str],
         typer.Option(None, metavar="DATE", help="Events on or after this date (YYYY-MM-DD).")),
        ("until", Optional[str],
         typer.Option(None, metavar="DATE", help="Events on or before this date.")),
        ("actor", List[str], many("CODE", "Source or target actor code or prefix (KAZ).")),
        ("source", List[str], many("CODE", "Source actor code or prefix.")),
        ("target", List[str], many("CODE", "Target actor code or prefix.")),
        ("country", List[str], many("ISO3", "Country of the source, target or place.")),
        ("sector", List[str], many("SECTOR", "Sector of the source or target (MIL, COP).")),
        ("cameo", List[str], many("CODE", "CAMEO event code or prefix (173, 17).")),
        ("root", List[str], many("ROOT", "CAMEO root, 1-20 (14,17).")),
        ("quad", List[str], many("1-4", "Quad class (1 verbal coop ... 4 material conflict).")),
        ("plover_type", List[str],
         many("TYPE", "PLOVER event type (PROTEST, ASSAULT).", "--plover-type")),
        ("text", Optional[str],
         typer.Option(None, help="Words in the sentence (case-insensitive).")),
        ("min_confidence", Optional[float],
         typer.Option(None, "--min-confidence", help="Lowest confidence, 0-1.")),
        ("statements", bool, typer.Option(True, "--statements/--no-statements",
                                          help="Include 'X said ...' statement events.")),
    ]
    sig = inspect.signature(fn)
    params = [p for p in sig.parameters.values() if p.name != "flt"]
    params += [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=d, annotation=t)
               for n, t, d in extra]
    names = [n for n, _, _ in extra]

    @functools.wraps(fn)
    def wrapper(**kw):
        flt = _filter(*(kw.pop(n) for n in names))
        return fn(flt=flt, **kw)

    wrapper.__signature__ = sig.replace(parameters=params)
    # typer reads types through get_type_hints, so the added options need annotations too
    wrapper.__annotations__ = {p.name: p.annotation for p in params}
    return wrapper


# -- ingest -----------------------------------------------------------------------------------

def _inputs(paths: list[str], feeds: list[str], warcs: list[str], feed_memory):
    """Everything to read, as RawText or Skip, in the order given."""
    try:
        from tidings.ingest import read_paths
    except ImportError as exc:
        raise UserError(f"reading inputs is not available in this build ({exc})") from None
    if paths or warcs:  # read_paths recognises WARC archives by their content
        yield from read_paths([*paths, *warcs])
    if feeds:
        from tidings.ingest.feeds import read_feed

        for source in feeds:
            # the store remembers which articles were stored, so a re-run fetches only new ones
            yield from read_feed(source, state=feed_memory)


@app.command()
def ingest(
    paths: List[str] = typer.Argument(None, help="Files, folders, WARC archives or - (stdin)."),
    db: Path = DbOption,
    published: Optional[str] = typer.Option(
        None, "--date", help="Publication date (YYYY-MM-DD) for inputs that do not carry one."),
    feed: List[str] = typer.Option(
        [], "--feed", help="RSS/Atom feed URL, or a file listing feed URLs."),
    warc: List[str] = typer.Option([], "--warc", help="WARC archive (.warc or .warc.gz)."),
    recode: bool = typer.Option(
        False, "--recode", help="Code again documents already stored by this coder version."),
    keep_near: bool = typer.Option(
        False, "--keep-near-duplicates",
        help="Store syndicated copies of a story as documents of their own."),
    workers: int = typer.Option(
        1, "--workers", "-w", min=1,
        help="Coding processes, each loading the model: for large inputs, up to one per CPU."),
) -> None:
    """Read, code and store news into the event store. Running it again adds nothing new."""
    paths = list(paths or [])
    if not (paths or feed or warc):
        raise typer.BadParameter("give at least one PATH, --feed or --warc")
    day = parse_date_option(published, "--date")
    command = " ".join(["ingest", *paths, *(f"--feed {f}" for f in feed),
                        *(f"--warc {w}" for w in warc)])
    with _open(db, read_only=False) as store:
        summary = _ingest(store, lambda memory: _inputs(paths, feed, warc, memory), day,
                          command, recode, near_duplicates=not keep_near, workers=workers)
    s = summary
    done = f"{s.stored} stored, {s.recoded} recoded, {s.unchanged + s.duplicate} already there"
    print(f"tidings: {done}, {s.skipped} skipped; {s.events} events written to {db} "
          f"(run {s.run_id})", file=sys.stderr)
    if s.skipped:
        raise typer.Exit(EXIT_SKIPPED)


def _ingest(store: Store, inputs, day: date | None, command: str, recode: bool,
            near_duplicates: bool = True, workers: int = 1):
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from tidings.model import Skip
    from tidings.pipeline import Pipeline

    console = Console(stderr=True)
    pipeline = Pipeline()
    columns = (SpinnerColumn(), TextColumn("{task.completed} documents"),
               TextColumn("{task.fields[events]} events"),
               TextColumn("{task.fields[skipped]} skipped"),
               TextColumn("{task.fields[rate]:.1f} docs/s"), TimeElapsedColumn())
    started = time.monotonic()
    with store.run(command, force=recode, near_duplicates=near_duplicates) as run, \
            Progress(*columns, console=console, disable=not console.is_terminal) as progress:
        task = progress.add_task("ingest", total=None, events=0, skipped=0, rate=0.0)
        documents = run.unseen(pipeline.documents(inputs(run.feed_memory()), published=day))
        if workers > 1:  # results come back in input order, as the run records them
            from tidings.scale.local import code_parallel

            coded = code_parallel(documents, workers)
        else:
            coded = pipeline.code_documents(documents)
        for item in coded:
            if isinstance(item, Skip):
                progress.console.print(f"tidings: {item.message()}", highlight=False,
                                       markup=False, soft_wrap=True)
            run.add(item)
            n, events, skipped = run.progress()
            progress.update(task, completed=n, events=events, skipped=skipped,
                            rate=n / max(time.monotonic() - started, 1e-6))
    return run.summary


# -- events -----------------------------------------------------------------------------------

@app.command()
@_filter_options
def events(
    db: Path = DbOption,
    fmt: str = typer.Option("table", "--format", help="table, csv or jsonl."),
    limit: Optional[int] = typer.Option(
        None, help="At most this many events (table: 100 unless given)."),
    offset: int = typer.Option(0, help="Skip this many events first."),
    flt: EventFilter = None,
) -> None:
    """List stored events that match the filters, in date order."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    with _open(db, read_only=True) as store:
        if fmt == "jsonl":
            for e in store.event_records(flt, limit=limit, offset=offset):
                sys.stdout.write(json.dumps(e.as_json(), ensure_ascii=False) + "\n")
        elif fmt == "csv":
            _write_csv(store.events(flt, limit=limit, offset=offset))
        else:
            shown = limit if limit is not None else 100
            table = store.events(flt, limit=shown, offset=offset)
            _print_events(table)
            total = store.count(flt)
            if limit is None and total > offset + table.num_rows:
                print(f"tidings: showing {table.num_rows} of {total} events; "
                      "--limit N or --format csv for more", file=sys.stderr)


def _write_csv(table) -> None:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    cols = [pc.binary_join(c, ";") if pa.types.is_list(c.type) else c for c in table.columns]
    out = pa.Table.from_arrays(cols, names=table.column_names)
    sink = pa.BufferOutputStream()
    pacsv.write_csv(out, sink)
    sys.stdout.buffer.write(sink.getvalue().to_pybytes())


def _print_events(table) -> None:
    from rich.table import Table

    t = Table(box=None, header_style="bold")
    for name in ("date", "source", "event", "target", "trigger", "conf"):
        # codes and dates are never cut; labels and triggers wrap when the terminal is narrow
        wrap = name in ("event", "trigger")
        t.add_column(name, no_wrap=not wrap, min_width=None if wrap else len(name))
    for r in table.to_pylist():
        t.add_row(str(r["date"] or "-"), r["source_code"] or "-", f"{r['cameo']} {r['name'] or ''}",
                  r["target_code"] or "-", r["trigger"] or "", f"{r['confidence']:.2f}")
    _console().print(t)


def _console():
    from rich.console import Console

    # piped output is read by tools and pagers, not squeezed into 80 columns
    return Console(markup=False, highlight=False, width=None if sys.stdout.isatty() else 200)


# -- stats ------------------------------------------------------------------------------------

@app.command()
@_filter_options
def stats(
    db: Path = DbOption,
    by: str = typer.Option("root", help=f"Count by {', '.join(GROUPS)}."),
    per: str = typer.Option("week", help=f"Period: {', '.join(PERIODS)}."),
    fmt: str = typer.Option("table", "--format", help="table, csv or jsonl."),
    flt: EventFilter = None,
) -> None:
    """Event counts per day, week or month, by CAMEO root, quad class, PLOVER type or dyad."""
    if by not in GROUPS:
        raise typer.BadParameter(f"choose one of {', '.join(GROUPS)}", param_hint="--by")
    if per not in PERIODS:
        raise typer.BadParameter(f"choose one of {', '.join(PERIODS)}", param_hint="--per")
    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    with _open(db, read_only=True) as store:
        table = store.stats(by=by, per=per, flt=flt)
    if fmt == "csv":
        _write_csv(table)
    elif fmt == "jsonl":
        for row in table.to_pylist():
            row["period"] = row["period"].isoformat()
            sys.stdout.write(json.dumps(row) + "\n")
    else:
        from rich.table import Table

        t = Table(box=None, header_style="bold")
        for name in table.column_names:
            t.add_column(name, justify="right" if name in ("events", "goldstein") else "left")
        for row in table.to_pylist():
            t.add_row(*("-" if v is None else str(v) for v in row.values()))
        _console().print(t)


# -- export -----------------------------------------------------------------------------------

@app.command()
@_filter_options
def export(
    db: Path = DbOption,
    gdelt: Optional[Path] = typer.Option(
        None, "--gdelt", help="GDELT 2.0 event table (61 tab-separated columns)."),
    plover: Optional[Path] = typer.Option(None, "--plover", help="PLOVER/POLECAT-style JSON."),
    csv: Optional[Path] = typer.Option(None, "--csv", help="CSV with every event column."),
    jsonl: Optional[Path] = typer.Option(
        None, "--jsonl", help="JSON Lines, the `tidings code` event schema."),
    parquet: Optional[Path] = typer.Option(
        None, "--parquet", help="Folder for Parquet files partitioned by month."),
    overwrite: bool = typer.Option(
        False, "--overwrite", help="Allow --parquet into a folder that is not empty."),
    gdelt_header: bool = typer.Option(
        False, "--gdelt-header", help="Put GDELT's column names on the first line."),
    flt: EventFilter = None,
) -> None:
    """Export the events that match the filters, in one or more formats."""
    if not any((gdelt, plover, csv, jsonl, parquet)):
        raise typer.BadParameter("give at least one of --gdelt, --plover, --csv, --jsonl, "
                                 "--parquet")
    with _open(db, read_only=True) as store:
        for path, what, write in (
                (gdelt, "GDELT", lambda p: store.export_gdelt(p, flt, header=gdelt_header)),
                (plover, "PLOVER", lambda p: store.export_plover(p, flt)),
                (csv, "CSV", lambda p: store.export_csv(p, flt)),
                (jsonl, "JSONL", lambda p: store.export_jsonl(p, flt)),
                (parquet, "Parquet", lambda p: store.export_parquet(p, flt,
                                                                     overwrite=overwrite))):
            if path is not None:
                n = write(path)
                print(f"tidings: {n} events written to {path} ({what})", file=sys.stderr)


__all__ = ["events", "export", "ingest", "stats"]
