"""Query parameters → :class:`~tidings.store.EventFilter`, with the names ``tidings events`` uses.

The web API, the explorer page and the command line select events the same way: the parameter
``quad`` is the CLI's ``--quad``, ``plover_type`` its ``--plover-type``, and lists may be given as
repeats (``?actor=KAZ&actor=RUS``) or comma lists (``?actor=KAZ,RUS``). An unknown parameter is
an error, so a misspelt filter never silently selects everything.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence
from urllib.parse import urlencode

from tidings.store import EventFilter

# query parameter → EventFilter field
FILTER_PARAMS: dict[str, str] = {
    "since": "since", "until": "until", "actor": "actor", "source": "source",
    "target": "target", "country": "country", "sector": "sector", "cameo": "cameo",
    "root": "root", "quad": "quad_class", "plover_type": "plover", "text": "text",
    "min_confidence": "min_confidence", "statements": "statements",
}
MULTI = frozenset({"actor", "source", "target", "country", "sector", "cameo", "root", "quad",
                   "plover_type"})

QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
                4: "material conflict"}


class BadQuery(ValueError):
    """A query parameter the server cannot use; the message names it and says what is allowed."""


def filter_from_query(params: Mapping[str, Sequence[str]],
                      other: Iterable[str] = ()) -> EventFilter:
    """Build the filter from query parameters given as name → list of values.

    ``other`` names parameters the caller handles itself (``limit``, ``page`` ...); any other
    name that is not a filter raises :class:`BadQuery`.
    """
    allowed = set(FILTER_PARAMS) | set(other)
    unknown = sorted(set(params) - allowed)
    if unknown:
        raise BadQuery(f"unknown parameter {', '.join(unknown)}; filters are "
                       f"{', '.join(FILTER_PARAMS)}")
    values: dict[str, object] = {}
    for name, field in FILTER_PARAMS.items():
        given = [v for v in params.get(name, []) if v.strip()]
        if not given:
            continue
        if name in MULTI:
            values[field] = given
        elif len(given) > 1:
            raise BadQuery(f"{name} is given {len(given)} times; give it once")
        elif name == "min_confidence":
            values[field] = _confidence(given[0])
        else:
            values[field] = given[0].strip()
    try:
        return EventFilter.from_mapping(values)
    except ValueError as exc:
        raise BadQuery(str(exc)) from None


def _confidence(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise BadQuery(f"min_confidence must be a number from 0 to 1, not {value!r}") from None


def query_lists(items: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Group ``(name, value)`` pairs from a query string into name → values."""
    grouped: dict[str, list[str]] = {}
    for name, value in items:
        grouped.setdefault(name, []).append(value)
    return grouped


def filter_query(params: Mapping[str, Sequence[str]], keep: Iterable[str] = (),
                 **change: str | None) -> str:
    """The query string for the same filters (and the ``keep`` parameters) with some parameters
    changed (None removes one). Used for pagination and for links that narrow the selection.
    """
    pairs: list[tuple[str, str]] = []
    for name in (*FILTER_PARAMS, *keep):
        if name in change:
            continue
        pairs += [(name, v) for v in params.get(name, []) if v.strip()]
    for name, value in change.items():
        if value is not None and value != "":
            pairs.append((name, value))
    return urlencode(pairs)
