"""Gold files (the JSON Lines schema of ``shared/benchmarks/README.md``) read into sentences of dyads.

Scoring works on *dyads*: one event with one source and one target (either may be missing). Gold
events with several actors are expanded, the way the PETR files already write them:

- sources × targets, one dyad per pair ("The US and Russia condemned Iran": US→IRN, RUS→IRN);
- a reciprocal event (``meta.reciprocal``, parties all listed as sources, no target) gives every
  ordered pair of distinct parties ("Hungary and Romania agreed": HUN→ROU and ROU→HUN);
- no source or no target: the dyad has ``None`` there.

Records with the same text are merged into one sentence first (their events pooled), so two gold
records about one sentence are scored against one coding of it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable

from tidings.evaluate.codes import normalise_code


@dataclass(frozen=True, slots=True)
class Dyad:
    """One event as scoring sees it, gold or predicted.

    ``code`` is the CAMEO code ("0841") or None when the gold gives none; ``plover`` the PLOVER type
    under its current (2021) name; ``source``/``target`` normalised actor codes or None.
    """

    code: str | None
    plover: str | None
    source: str | None
    target: str | None
    confidence: float = 1.0
    statement: bool = False
    trigger: str = ""
    pattern: str = ""
    group: int = 0  # gold: index of the gold event it was expanded from
    event_id: str = ""  # predicted: the coded event's id

    @property
    def root(self) -> str | None:
        return self.code[:2] if self.code else None


@dataclass(slots=True)
class GoldSentence:
    """One distinct text with every gold event given for it."""

    ids: list[str]
    text: str
    date: date | None
    events: list[Dyad] = field(default_factory=list)
    n_events: int = 0  # gold events as written, before expansion
    line: int = 0  # line number (from 1) of its first record in the file

    @property
    def id(self) -> str:
        return "+".join(self.ids)


def _plover_of(event: dict) -> str | None:
    """The gold PLOVER type under its 2021 name; for CAMEO-only gold, our codebook's type."""
    if event.get("plover_2021"):
        return event["plover_2021"]
    if event.get("plover"):
        return event["plover"]
    if event.get("cameo"):
        from tidings.codebook import UnknownCode, plover_for
        try:
            mapping = plover_for(event["cameo"])
        except UnknownCode:
            return None
        return mapping.type if mapping else None
    return None


def expand(event: dict, reciprocal: bool, group: int = 0) -> list[Dyad]:
    """A gold event as dyads (see the module docstring)."""
    code = event.get("cameo") or None
    plover = _plover_of(event)
    sources = [normalise_code(a.get("code")) for a in event.get("source", [])] or [None]
    targets = [normalise_code(a.get("code")) for a in event.get("target", [])] or [None]
    if reciprocal and targets == [None] and len(sources) > 1:
        pairs = [(s, t) for s in sources for t in sources if s is not t]
    else:
        pairs = [(s, t) for s in sources for t in targets]
    return [Dyad(code, plover, s, t, group=group) for s, t in pairs]


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def read_gold(lines: Iterable[str], use_dates: bool = True) -> list[GoldSentence]:
    """Sentences from JSON Lines text, records with the same text merged, in first-seen order.

    ``use_dates=False`` ignores the records' dates (PLOVER's are a placeholder, 2000-01-01).
    """
    by_text: dict[str, GoldSentence] = {}
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        text = rec["text"]
        sent = by_text.get(text)
        if sent is None:
            sent = by_text[text] = GoldSentence([], text, _date(rec.get("date")) if use_dates else None,
                                                line=n)
        sent.ids.append(rec["id"])
        reciprocal = bool(rec.get("meta", {}).get("reciprocal"))
        for event in rec.get("events", []):
            sent.events.extend(expand(event, reciprocal, group=sent.n_events))
            sent.n_events += 1
    return list(by_text.values())


def load_gold(path: str | Path, use_dates: bool | None = None,
              lines: str | None = None) -> list[GoldSentence]:
    """Read a gold file. ``use_dates=None`` ignores dates in files whose every date is the
    PLOVER placeholder 2000-01-01. ``lines`` picks records by line number: "odd" or "even"."""
    text = Path(path).read_text(encoding="utf-8").splitlines()
    if lines in {"odd", "even"}:
        keep = 1 if lines == "odd" else 0
        text = [ln if n % 2 == keep else "" for n, ln in enumerate(text, 1)]
    elif lines is not None:
        raise ValueError(f"lines must be 'odd' or 'even', not {lines!r}")
    if use_dates is None:
        dates = {json.loads(ln).get("date") for ln in text if ln.strip()}
        use_dates = dates != {"2000-01-01"}
    return read_gold(text, use_dates=use_dates)
