"""``tidings code``: events of articles, printed as a table, JSONL or CSV."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from tidings.cli import EXIT_SKIPPED, UserError, app, parse_date_option

FORMATS = ("table", "jsonl", "csv")


def check_files(paths: list[Path], what: str) -> tuple[Path, ...]:
    for p in paths:
        if not p.is_file():
            raise UserError(f"{what} file {p} does not exist")
    return tuple(paths)


@app.command("code")
def code(
    paths: List[str] = typer.Argument(..., help="Articles: text or HTML files, WARC archives, "
                                                 "directories, or - for standard input."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, jsonl or csv."),
    published: Optional[str] = typer.Option(None, "--date", help="Publication date YYYY-MM-DD "
                                            "(relative dates resolve against it; overrides the page's)."),
    explain: bool = typer.Option(False, "--explain", help="Show why each event, actor and place was coded "
                                 "(table format), and the repairs made to the text."),
    statements: bool = typer.Option(True, "--statements/--no-statements",
                                    help="Emit 'X said ...' statement events (CAMEO 010)."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0,
                                         help="Drop events below this confidence."),
    actors: List[Path] = typer.Option([], "--actors", help="Extra actor dictionary (tidings TSV or "
                                      "PETRARCH format); repeatable."),
    verbs: List[Path] = typer.Option([], "--verbs", help="Extra verb/noun pattern file; repeatable."),
    max_bytes: int = typer.Option(10_000_000, "--max-bytes", help="Refuse inputs larger than this."),
) -> None:
    """Code articles into events. Skipped inputs are named on stderr; exit status 3 if any were."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    when = parse_date_option(published)
    from tidings.cli.render import EventWriter
    from tidings.ingest import read_paths
    from tidings.model import Skip
    from tidings.pipeline import Options, Pipeline

    options = Options(actors=check_files(actors, "actor"), verbs=check_files(verbs, "pattern"),
                      statements=statements, min_confidence=min_confidence)
    try:
        pipeline = Pipeline(options)
    except (ValueError, OSError) as exc:
        raise UserError(str(exc)) from None
    writer = EventWriter(fmt, sys.stdout, explain=explain)
    skipped = 0
    for result in pipeline.code_raw(read_paths(paths, max_bytes=max_bytes), published=when):
        if isinstance(result, Skip):
            skipped += 1
            print(f"tidings: {result.message()}", file=sys.stderr)
            continue
        writer.write(result)
    if skipped:
        raise typer.Exit(EXIT_SKIPPED)
