"""``tidings places PATH...``: every place mention in the inputs, resolved, as a table or JSONL."""

from __future__ import annotations

from typing import Iterable, Iterator, List

import typer

from tidings.cli import app
from tidings.cli.listing import check_format, short, write_mentions
from tidings.model import Document, Place, Skip


def place_rows(items: Iterable[Document | Skip], pipeline
               ) -> Iterator[tuple[Document, list[Place]] | Skip]:
    """(document, its places) for each document; skips pass through in order."""
    from tidings.places import PlaceResolver

    resolver = PlaceResolver()
    return pipeline.map_parsed(items, lambda document, doc: (document, resolver.resolve(doc, document)))


def place_json(document: Document, p: Place) -> dict:
    """One JSONL record; offsets index the text as given (``Document.original``)."""
    return {"doc": document.id, "origin": document.origin,
            "start": document.to_original(p.start), "end": document.to_original(p.end),
            "text": p.text, "name": p.name, "lat": p.lat, "lon": p.lon, "country": p.country,
            "admin1": p.admin1, "admin1_code": p.admin1_code, "precision": p.precision,
            "sentence_index": p.sentence_index, "geonameid": p.geonameid, "how": p.how}


@app.command("places")
def places(
    paths: List[str] = typer.Argument(..., help="Text or HTML files, folders, WARC archives; "
                                                "- for standard input."),
    format: str = typer.Option("table", "--format", "-f", help="table | jsonl"),
) -> None:
    """List every place mention with the place it was resolved to, and how precisely."""
    check_format(format)
    from tidings.ingest import read_paths
    from tidings.pipeline import Options, Pipeline

    pipeline = Pipeline(Options(places=False))
    header = (f"{'where':<26} {'text':<24} {'place':<28} {'country':<7} {'admin1':<18} "
              f"{'precision':<9} {'lat':>8} {'lon':>9}")
    results = place_rows(pipeline.documents(read_paths(paths)), pipeline)
    write_mentions(results, format, header, place_json, _place_line)


def _place_line(document: Document, p: Place) -> str:
    where = f"{short(document.origin, 16)}:{document.to_original(p.start)}"
    lat = f"{p.lat:.3f}" if p.lat is not None else "-"
    lon = f"{p.lon:.3f}" if p.lon is not None else "-"
    return (f"{where:<26} {short(p.text, 24):<24} {short(p.name, 28):<28} "
            f"{p.country or '-':<7} {short(p.admin1 or '-', 18):<18} "
            f"{p.precision:<9} {lat:>8} {lon:>9}")
