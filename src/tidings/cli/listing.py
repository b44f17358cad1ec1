"""What ``tidings actors`` and ``tidings places`` share: one table line or JSON record per mention
of every document, skipped inputs reported on stderr (exit status 3 when any was skipped)."""

from __future__ import annotations

import json
import sys
from typing import Callable, Iterable, TypeVar

import typer

from tidings.cli import EXIT_SKIPPED
from tidings.model import Document, Skip

FORMATS = ("table", "jsonl")
M = TypeVar("M")


def check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}: use one of {', '.join(FORMATS)}", param_hint="--format")


def short(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def write_mentions(results: Iterable[tuple[Document, list[M]] | Skip], fmt: str, header: str,
                   as_json: Callable[[Document, M], dict],
                   as_line: Callable[[Document, M], str]) -> None:
    """Write every mention of every document to stdout as ``fmt``; raise Exit(3) after skips."""
    out = sys.stdout
    if fmt == "table":
        out.write(header + "\n")
    skipped = 0
    for result in results:
        if isinstance(result, Skip):
            print(f"tidings: {result.message()}", file=sys.stderr)
            skipped += 1
            continue
        document, found = result
        for m in found:
            if fmt == "jsonl":
                out.write(json.dumps(as_json(document, m), ensure_ascii=False) + "\n")
            else:
                out.write(as_line(document, m) + "\n")
    if skipped:
        raise typer.Exit(EXIT_SKIPPED)
