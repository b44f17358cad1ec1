"""``tidings evaluate``: precision and recall of the coder against gold-coded sentences."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from tidings.cli import UserError, app


@app.command("evaluate")
def evaluate(
    gold: Path = typer.Argument(..., help="Gold file: JSON Lines in the benchmark schema "
                                           "(text, date, events with cameo/plover, source, target)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
    errors: bool = typer.Option(False, "--errors", help="List every miss and false alarm with its "
                                "sentence."),
    statements: bool = typer.Option(True, "--statements/--no-statements",
                                    help="Count 'X said ...' statement events (CAMEO 010). Gold made "
                                         "without them (PETRARCH's) needs --no-statements."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0,
                                         help="Score only events with at least this confidence."),
    lines: Optional[str] = typer.Option(None, "--lines", help="Only records on odd or even line "
                                        "numbers of the file (a tuning/held-out split)."),
    actors: List[Path] = typer.Option([], "--actors", help="Extra actor dictionary; repeatable."),
    verbs: List[Path] = typer.Option([], "--verbs", help="Extra verb/noun pattern file; repeatable."),
) -> None:
    """Code every sentence of GOLD and score the events against the gold events."""
    if fmt not in {"table", "json"}:
        raise typer.BadParameter("choose table or json", param_hint="--format")
    if lines not in {None, "odd", "even"}:
        raise typer.BadParameter("choose odd or even", param_hint="--lines")
    if not gold.is_file():
        raise UserError(f"gold file {gold} does not exist")
    from tidings.cli.code_cmd import check_files
    from tidings.evaluate import as_json, format_errors, format_table, load_gold, predict, score
    from tidings.pipeline import Options, Pipeline

    try:
        sentences = load_gold(gold, lines=lines)
    except (ValueError, KeyError) as exc:
        raise UserError(f"{gold} is not a gold file in the benchmark schema: {exc}") from None
    options = Options(actors=check_files(actors, "actor"), verbs=check_files(verbs, "pattern"),
                      statements=True, min_confidence=0.0, places=False)
    try:
        pipeline = Pipeline(options)
    except (ValueError, OSError) as exc:
        raise UserError(str(exc)) from None
    report = score(sentences, predict(sentences, pipeline), name=gold.name,
                   statements=statements, min_confidence=min_confidence)
    if fmt == "json":
        json.dump(as_json(report, errors=errors), sys.stdout, indent=1, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    print(format_table(report))
    if errors:
        print("\nErrors (miss: gold event not coded; differs: paired but not exact; "
              "false alarm: coded event with no gold partner):\n")
        print(format_errors(report))
