"""``tidings actors PATH...``: every resolved actor mention in the inputs, with how it was resolved."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, List, Optional

import typer

from tidings.cli import UserError, app, parse_date_option
from tidings.cli.code_cmd import check_files
from tidings.cli.listing import check_format, short, write_mentions
from tidings.model import Actor, Document, Skip


def actor_rows(items: Iterable[Document | Skip], pipeline
               ) -> Iterator[tuple[Document, list[Actor]] | Skip]:
    """(document, its actor mentions in text order) for each document; skips pass through."""
    return pipeline.map_parsed(items, lambda document, doc: (
        document, pipeline.mentions(document, doc).actors()))


def actor_json(document: Document, a: Actor) -> dict:
    """One JSONL record; ``start``/``end`` index the text as given (``Document.original``)."""
    return {"doc": document.id, "origin": document.origin,
            "start": document.to_original(a.start), "end": document.to_original(a.end),
            "text": a.text, "code": a.code, "country": a.country, "sectors": list(a.sectors),
            "name": a.name, "how": a.how, "guessed": a.guessed, "kind": a.kind, "detail": a.detail}


@app.command("actors")
def actors(
    paths: List[str] = typer.Argument(..., help="Text or HTML files, folders, WARC archives; "
                                                "- for standard input."),
    format: str = typer.Option("table", "--format", "-f", help="table | jsonl"),
    published: Optional[str] = typer.Option(None, "--date", help="Publication date YYYY-MM-DD: "
                                            "people are coded for the roles they held that day."),
    user_actors: List[Path] = typer.Option([], "--actors", help="Extra actor dictionary (tidings "
                                           "TSV or PETRARCH format); repeatable; overrides the "
                                           "built-in entries for the same phrase."),
) -> None:
    """List every actor mention with its code and how it was resolved (lexicon, user, title,
    apposition, coreference, pronoun, context). Offsets index the text as given."""
    check_format(format)
    when = parse_date_option(published)
    from tidings.ingest import read_paths
    from tidings.pipeline import Options, Pipeline

    try:
        pipeline = Pipeline(Options(places=False, actors=check_files(user_actors, "actor")))
    except (ValueError, OSError) as exc:
        raise UserError(str(exc)) from None
    header = f"{'where':<24} {'text':<30} {'code':<12} {'how':<11} {'name':<22} why"
    results = actor_rows(pipeline.documents(read_paths(paths), published=when), pipeline)
    write_mentions(results, format, header, actor_json, _actor_line)


def _actor_line(document: Document, a: Actor) -> str:
    where = f"{short(document.origin, 16)}:{document.to_original(a.start)}"
    how = a.how + ("?" if a.guessed else "")
    return (f"{where:<24} {short(a.text, 30):<30} {a.code:<12} {how:<11} "
            f"{short(a.name or '-', 22):<22} {short(a.detail, 90)}")
