"""Rendering coded events for people (rich tables, explanations) and for tools (JSONL, CSV)."""

from __future__ import annotations

import csv
import json
import sys
from typing import IO, Iterable

from rich.console import Console
from rich.table import Table

from tidings.model import Actor, CodedDocument, Event

CSV_COLUMNS = ("id", "doc", "sentence_index", "date", "date_text", "source", "source_country",
               "source_sectors", "source_text", "cameo", "name", "root", "quad_class", "goldstein",
               "plover", "plover_mode", "target", "target_country", "target_sectors", "target_text",
               "trigger", "confidence", "statement", "place", "place_country", "lat", "lon",
               "geo_precision", "sentence")


def _actor_cells(a: Actor | None) -> tuple[str, str, str, str]:
    if a is None:
        return "", "", "", ""
    return a.code, a.country or "", " ".join(a.sectors), a.text


def csv_row(e: Event) -> dict[str, object]:
    s, t, p = e.source, e.target, e.place
    sc, tc = _actor_cells(s), _actor_cells(t)
    return {
        "id": e.id, "doc": e.doc_id, "sentence_index": e.sentence_index,
        "date": e.date.isoformat() if e.date else "", "date_text": e.date_text or "",
        "source": sc[0], "source_country": sc[1], "source_sectors": sc[2], "source_text": sc[3],
        "cameo": e.cameo, "name": e.name, "root": e.root, "quad_class": e.quad_class,
        "goldstein": e.goldstein, "plover": e.plover or "", "plover_mode": e.plover_mode or "",
        "target": tc[0], "target_country": tc[1], "target_sectors": tc[2], "target_text": tc[3],
        "trigger": e.trigger, "confidence": round(e.confidence, 3), "statement": e.statement,
        "place": p.name if p else "", "place_country": p.country or "" if p else "",
        "lat": p.lat if p and p.lat is not None else "", "lon": p.lon if p and p.lon is not None else "",
        "geo_precision": p.precision if p else "", "sentence": e.sentence,
    }


class EventWriter:
    """Writes events as a table, JSONL or CSV, one document at a time."""

    def __init__(self, fmt: str, out: IO[str] | None = None, explain: bool = False):
        self.fmt = fmt
        self.out = out or sys.stdout
        self.explain = explain
        # a pipe or a file gets a wide table rather than rich's 80-column default
        width = None if self.out.isatty() else 160
        self.console = Console(file=self.out, soft_wrap=False, width=width) if fmt == "table" else None
        self._csv = None
        if fmt == "csv":
            self._csv = csv.DictWriter(self.out, fieldnames=CSV_COLUMNS, lineterminator="\n")
            self._csv.writeheader()

    def write(self, coded: CodedDocument) -> None:
        if self.fmt == "jsonl":
            for e in coded.events:
                self.out.write(json.dumps(e.as_json(), ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            for e in coded.events:
                self._csv.writerow(csv_row(e))
        else:
            self._table(coded)
        self.out.flush()

    def _table(self, coded: CodedDocument) -> None:
        doc = coded.document
        title = doc.title or doc.origin
        table = Table(title=f"{title} — {len(coded.events)} events", title_justify="left",
                      show_lines=False, expand=False)
        for col in ("source", "event", "target", "date", "trigger", "conf."):
            table.add_column(col, overflow="fold")
        for e in coded.events:
            table.add_row(_who(e.source), f"{e.cameo} {e.name}" + (" (statement)" if e.statement else ""),
                          _who(e.target), e.date.isoformat() if e.date else "", e.trigger,
                          f"{e.confidence:.2f}")
        self.console.print(table)
        if self.explain:
            self._explain(coded)

    def _explain(self, coded: CodedDocument) -> None:
        c = self.console
        doc = coded.document
        if doc.repairs:
            c.print(f"[bold]Repairs[/bold] ({len(doc.repairs)}):")
            for r in doc.repairs:
                c.print(f"  {r.kind}: {r.before!r} → {r.after!r} — {r.reason}", markup=False)
        for n, e in enumerate(coded.events, 1):
            c.print(f"[bold]{n}. {e.cameo} {e.name}[/bold] — “{e.trigger}” in sentence {e.sentence_index}")
            c.print(f"   rule: {e.pattern}", markup=False)
            for role, a in (("source", e.source), ("target", e.target)):
                if a is not None:
                    c.print(f"   {role}: {explain_actor(a)}", markup=False)
            if e.date_text:
                c.print(f"   date: {e.date} from {e.date_text!r}", markup=False)
            if e.place is not None:
                p = e.place
                c.print(f"   place: {p.name} ({p.precision}) from {p.text!r}: {p.how}", markup=False)
        self._explain_actors(coded)

    def _explain_actors(self, coded: CodedDocument) -> None:
        """Every actor mention once per (words, code, how), in text order, with its reason."""
        seen: dict[tuple[str, str, str], int] = {}
        lines: list[tuple[str, str, str]] = []
        for a in coded.actors:
            key = (a.text, a.code, a.how)
            if key in seen:
                seen[key] += 1
            else:
                seen[key] = 1
                lines.append(key + (explain_actor(a),))
        if not lines:
            return
        self.console.print(f"[bold]Actors[/bold] ({len(coded.actors)} mentions; ? = country guessed "
                           f"from context):")
        for text, code, how, line in lines:
            times = seen[(text, code, how)]
            self.console.print(f"  {line}" + (f"  ×{times}" if times > 1 else ""), markup=False)


def explain_actor(a: Actor) -> str:
    """"'Su Ziyun' → TWNEDU [apposition] 'military expert' in apposition (...)"."""
    how = a.how + ("?" if a.guessed else "")
    return f"{a.text!r} → {a.code} [{how}] {a.detail}"


def _who(a: Actor | None) -> str:
    if a is None:
        return "—"
    text = a.text if len(a.text) <= 30 else a.text[:28] + "…"
    return f"{a.code} ({text})"


def write_all(fmt: str, coded: Iterable[CodedDocument], out: IO[str] | None = None) -> None:
    writer = EventWriter(fmt, out)
    for c in coded:
        writer.write(c)
