"""``tidings batch``: code shards of input on a Dask cluster into Parquet partitions."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import List, Optional

import typer

from tidings.cli import EXIT_ERROR, EXIT_SKIPPED, UserError, app, parse_date_option


@app.command()
def batch(
    inputs: List[str] = typer.Argument(..., help="JSON Lines files (one article per line: text, "
                                       "id, date, url, title), WARC archives, folders of HTML "
                                       "or text files, or glob patterns ('crawl/*.warc.gz')."),
    out: Path = typer.Option(Path("tidings-batch"), "--out", "-o", file_okay=False,
                             help="Output folder: events/ and documents/ Parquet partitions, one "
                                  "per shard, and manifest.json."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                            help="Dask scheduler to use (tcp://host:8786). "
                                                 "Default: start a local cluster."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=0,
                                          help="Local cluster size in processes (default: one "
                                               "per CPU); 0 codes in this process, without "
                                               "Dask. Ignored with --scheduler."),
    retries: int = typer.Option(2, "--retries", min=0, help="Attempts after a shard fails."),
    published: Optional[str] = typer.Option(None, "--date", help="Publication date "
                                            "(YYYY-MM-DD) for inputs that do not carry one."),
    files_per_shard: int = typer.Option(1000, "--files-per-shard", min=1,
                                        help="Loose files (HTML, text) of a folder per shard."),
    force: bool = typer.Option(False, "--force", help="Code shards again even when the "
                                                      "manifest says they are done."),
) -> None:
    """Code many articles on a Dask cluster. A re-run skips the shards already done."""
    from tidings.scale.batch import run_batch
    from tidings.scale.manifest import ManifestError
    from tidings.scale.shards import ShardError

    day = parse_date_option(published)
    with _Display() as display:
        try:
            summary = run_batch(inputs, out, scheduler=scheduler, workers=workers,
                                retries=retries, published=day, files_per_shard=files_per_shard,
                                force=force, on_outcome=display.outcome)
        except (ShardError, ManifestError, NotADirectoryError) as exc:
            raise UserError(str(exc)) from None
        except OSError as exc:  # e.g. the scheduler address cannot be reached
            if scheduler:
                raise UserError(f"cannot use the Dask scheduler at {scheduler} ({exc}); is one "
                                "running there (`dask scheduler`)? Leave out --scheduler to "
                                "start a local cluster") from None
            raise UserError(f"local cluster: {exc}") from None
    s = summary
    before = f" ({s.finished_before} done before)" if s.finished_before else ""
    print(f"tidings: {s.done} of {s.shards} shards coded{before}, {len(s.failed)} failed; "
          f"{s.documents} documents, {s.events} events, {s.skipped} inputs skipped, "
          f"{s.duplicates} duplicates in {s.seconds:.1f} s; manifest: {s.manifest}",
          file=sys.stderr)
    if s.failed:
        print(f"tidings: error: failed shards (see their errors in the manifest): "
              f"{', '.join(s.failed)}", file=sys.stderr)
        raise typer.Exit(EXIT_ERROR)
    if s.skipped:
        raise typer.Exit(EXIT_SKIPPED)


class _Display:
    """A progress bar over shards with documents, events and documents per second; on a
    terminal only. Retries and failures are printed as lines either way."""

    def __init__(self) -> None:
        from rich.console import Console

        self.console = Console(stderr=True)
        self.started = time.monotonic()
        self.documents = self.events = 0
        self.progress = None

    def __enter__(self) -> "_Display":
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn,
                                   TextColumn, TimeElapsedColumn)

        self.progress = Progress(
            SpinnerColumn(), TextColumn("shards"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[documents]:,} documents"),
            TextColumn("{task.fields[events]:,} events"),
            TextColumn("{task.fields[rate]:.1f} docs/s"), TimeElapsedColumn(),
            console=self.console, disable=not self.console.is_terminal)
        self.progress.__enter__()
        self.task = self.progress.add_task("batch", total=None, documents=0, events=0, rate=0.0)
        return self

    def __exit__(self, *exc) -> None:
        self.progress.__exit__(*exc)

    def outcome(self, outcome) -> None:
        shard = outcome.shard.label()
        self.progress.update(self.task, total=outcome.shards)
        if outcome.status == "retrying":
            self._say(f"tidings: {shard}: attempt {outcome.attempt} failed ({outcome.error}); "
                      "trying again")
        elif outcome.status == "failed":
            self._say(f"tidings: {shard}: failed after {outcome.attempt} attempts "
                      f"({outcome.error})")
        elif outcome.status == "done" and outcome.result is not None:
            self.documents += outcome.result.documents
            self.events += outcome.result.events
            for message in outcome.result.skips:
                self._say(f"tidings: {message}")
            if outcome.result.skipped > len(outcome.result.skips):
                self._say(f"tidings: {shard}: {outcome.result.skipped - len(outcome.result.skips)}"
                          " more skipped (listed in the manifest's counts only)")
        if outcome.status in ("done", "failed", "finished-before"):
            rate = self.documents / max(time.monotonic() - self.started, 1e-6)
            self.progress.update(self.task, advance=1, documents=self.documents,
                                 events=self.events, rate=rate)

    def _say(self, line: str) -> None:
        self.progress.console.print(line, highlight=False, markup=False, soft_wrap=True)
