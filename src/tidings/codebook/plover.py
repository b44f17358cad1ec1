"""PLOVER event types, modes and contexts, and the CAMEO -> PLOVER translation.

PLOVER (Political Language Ontology for Verifiable Event Records) is the Open Event Data Alliance's
successor to CAMEO. The data lives in ``data/plover_*.tsv`` and ``data/cameo_plover.tsv``; each file's
header explains its columns and choices.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import _tsv
from .codes import _normalise, _table, _unknown

# PLOVER keeps no type for these CAMEO roots (public statements and appeals).
DROPPED_ROOTS = frozenset({"01", "02"})


@dataclass(frozen=True, slots=True)
class PloverType:
    """A PLOVER event type: its name ("ASSAULT"), a one-line description, and its quad class (1-4)."""

    name: str
    description: str
    quad_class: int


@dataclass(frozen=True, slots=True)
class PloverMapping:
    """What a CAMEO code means in PLOVER: a type, a mode of that type (or None), and contexts."""

    type: str
    mode: str | None
    context: tuple[str, ...]


@cache
def _types() -> dict[str, PloverType]:
    rows = _tsv.read_table("plover_types.tsv", ("type", "quad_class", "description"))
    return {r["type"]: PloverType(r["type"], r["description"], int(r["quad_class"])) for r in rows}


@cache
def _modes() -> dict[tuple[str, str], str]:
    rows = _tsv.read_table("plover_modes.tsv", ("type", "mode", "description"))
    return {(r["type"], r["mode"]): r["description"] for r in rows}


@cache
def _contexts() -> dict[str, str]:
    rows = _tsv.read_table("plover_contexts.tsv", ("context", "kind", "description"))
    return {r["context"]: r["description"] for r in rows}


def mappings_from_rows(rows: list[dict[str, str]]) -> dict[str, PloverMapping]:
    """The explicit rows of a CAMEO -> PLOVER table, keyed by CAMEO code (no inheritance applied)."""
    return {r["code"]: PloverMapping(type=r["type"], mode=r["mode"] or None,
                                     context=tuple(c for c in r["context"].split(";") if c))
            for r in rows}


@cache
def _mappings() -> dict[str, PloverMapping]:
    rows = _tsv.read_table("cameo_plover.tsv", ("code", "type", "mode", "context", "note"))
    return mappings_from_rows(rows)


def resolve(code: str, explicit: dict[str, PloverMapping]) -> PloverMapping | None:
    """The mapping of ``code`` in ``explicit``, with the table's inheritance rules.

    01x/02x codes give None. A 4-digit code without a row takes its 3-digit parent's; a root takes its
    generic code's ("17" -> "170"). None when nothing applies.
    """
    if code[:2] in DROPPED_ROOTS:
        return None
    if code in explicit:
        return explicit[code]
    if len(code) == 4:
        return explicit.get(code[:3])
    if len(code) == 2:
        return explicit.get(code + "0")
    return None


@cache
def _resolved() -> dict[str, PloverMapping | None]:
    """Every codebook code's PLOVER mapping, computed once so lookups are one dict access."""
    explicit = _mappings()
    return {code: resolve(code, explicit) for code in _table()}


def plover_for(code: str) -> PloverMapping | None:
    """The PLOVER type, mode and contexts of CAMEO ``code``; None for 01x/02x, which PLOVER drops.

    Raises :class:`~tidings.codebook.UnknownCode` for a string that is not a CAMEO code.
    """
    key = _normalise(code)
    try:
        return _resolved()[key]
    except KeyError:
        raise _unknown(key) from None


def plover_types() -> dict[str, PloverType]:
    """The 16 PLOVER event types by name, in the order verbal cooperation ... material conflict."""
    return dict(_types())


def plover_modes() -> dict[tuple[str, str], str]:
    """Descriptions of PLOVER modes keyed by (type, mode): ``("COERCE", "arrest")``."""
    return dict(_modes())


def plover_contexts() -> dict[str, str]:
    """Descriptions of PLOVER contexts keyed by name ("economic", "cbrn", ..., "negation")."""
    return dict(_contexts())
