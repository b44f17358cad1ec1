"""Which events to look at: one filter record shared by the CLI, the web API and the exporters.

:meth:`EventFilter.where` turns it into a WHERE clause made only of fixed SQL text and ``?``
placeholders; user values travel as parameters, never inside the SQL string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Iterable

_CODE = re.compile(r"^[A-Z0-9-]{1,30}$")
_DIGITS = re.compile(r"^[0-9]{1,4}$")


@dataclass(slots=True)
class EventFilter:
    """Every field narrows the selection; an empty filter selects every event.

    Multi-valued fields match any of their values. Actor fields match a CAMEO actor code or its
    prefix ("KAZ" matches "KAZGOV" and "KAZMIL").
    """

    since: date | None = None  # event date on or after
    until: date | None = None  # event date on or before
    actor: tuple[str, ...] = ()  # source or target code/prefix
    source: tuple[str, ...] = ()  # source code/prefix
    target: tuple[str, ...] = ()  # target code/prefix
    country: tuple[str, ...] = ()  # ISO-3 of the source, the target or the event's place
    sector: tuple[str, ...] = ()  # sector code of the source or the target ("MIL", "COP")
    cameo: tuple[str, ...] = ()  # CAMEO code or prefix ("173", "17", "0311")
    root: tuple[str, ...] = ()  # CAMEO root, "1".."20" (written "01".."20" in the store)
    quad_class: tuple[int, ...] = ()  # 1..4
    plover: tuple[str, ...] = ()  # PLOVER event type ("PROTEST")
    text: str | None = None  # words in the sentence, case-insensitive
    min_confidence: float | None = None
    statements: bool = True  # False leaves out "X said ..." statement events
    doc_id: str | None = None

    def __post_init__(self) -> None:
        self.actor = _codes(self.actor, "actor code")
        self.source = _codes(self.source, "actor code")
        self.target = _codes(self.target, "actor code")
        self.country = _codes(self.country, "country code")
        self.sector = _codes(self.sector, "sector code")
        self.plover = tuple(v.strip().upper() for v in _flat(self.plover) if v.strip())
        self.cameo = tuple(_digits(v, "CAMEO code") for v in _flat(self.cameo))
        self.root = tuple(_root(v) for v in _flat(self.root))
        self.quad_class = tuple(_quad(v) for v in _flat(self.quad_class))
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise ValueError(f"confidence must be between 0 and 1, not {self.min_confidence}")
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"--since {self.since} is after --until {self.until}")

    def is_empty(self) -> bool:
        return self == EventFilter()

    def where(self, alias: str = "") -> tuple[str, list[Any]]:
        """SQL condition over the ``events`` table (columns prefixed by ``alias.``) and params."""
        p = f"{alias}." if alias else ""
        parts: list[str] = []
        params: list[Any] = []

        def add(sql: str, *values: Any) -> None:
            parts.append(sql)
            params.extend(values)

        if self.since:
            add(f"{p}date >= ?", self.since)
        if self.until:
            add(f"{p}date <= ?", self.until)
        for values, columns in ((self.actor, ("source_code", "target_code")),
                                (self.source, ("source_code",)), (self.target, ("target_code",))):
            if values:
                # one fixed "starts_with(col, ?)" per (value, column); values only in params
                ors = [f"starts_with({p}{col}, ?)" for _ in values for col in columns]
                add("(" + " OR ".join(ors) + ")", *[v for v in values for _ in columns])
        if self.country:
            cols = ("source_country", "target_country", "place_country")
            add("(" + " OR ".join(f"list_contains(?, {p}{c})" for c in cols) + ")",
                *[list(self.country)] * len(cols))
        if self.sector:
            add(f"(list_has_any({p}source_sectors, ?) OR list_has_any({p}target_sectors, ?))",
                list(self.sector), list(self.sector))
        if self.cameo:
            add("(" + " OR ".join(f"starts_with({p}cameo, ?)" for _ in self.cameo) + ")",
                *self.cameo)
        if self.root:
            add(f"list_contains(?, {p}root)", list(self.root))
        if self.quad_class:
            add(f"list_contains(?, {p}quad_class)", list(self.quad_class))
        if self.plover:
            add(f"list_contains(?, upper({p}plover))", list(self.plover))
        if self.text:
            add(f"contains(lower({p}sentence), ?)", self.text.lower())
        if self.min_confidence is not None:
            add(f"{p}confidence >= ?", self.min_confidence)
        if not self.statements:
            add(f"NOT {p}statement")
        if self.doc_id:
            add(f"{p}doc_id = ?", self.doc_id)
        return (" AND ".join(parts) if parts else "TRUE"), params

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> "EventFilter":
        """Build from strings as they come from a query string or form ("KAZ,RUS" lists too).

        Unknown keys raise ValueError, so a misspelt filter is an error rather than ignored.
        """
        names = {f.name for f in fields(cls)}
        unknown = set(values) - names
        if unknown:
            raise ValueError(f"unknown filter {', '.join(sorted(unknown))}")
        kw: dict[str, Any] = {}
        for key, value in values.items():
            if value is None or value == "" or value == []:
                continue
            if key in ("since", "until"):
                kw[key] = value if isinstance(value, date) else _date(str(value), key)
            elif key == "min_confidence":
                kw[key] = float(value)
            elif key == "statements":
                kw[key] = value if isinstance(value, bool) else str(value).lower() in (
                    "1", "true", "yes", "on")
            elif key in ("text", "doc_id"):
                kw[key] = str(value)
            else:
                kw[key] = tuple(_flat(value if isinstance(value, (list, tuple)) else [value]))
        return cls(**kw)


def _flat(values: Iterable[Any]) -> list[str]:
    """Accept repeated values and comma lists alike: ("KAZ,RUS", "CHN") → KAZ, RUS, CHN."""
    out: list[str] = []
    for v in values:
        out.extend(part.strip() for part in str(v).split(",") if part.strip())
    return out


def _codes(values: Iterable[Any], what: str) -> tuple[str, ...]:
    out = []
    for v in _flat(values):
        v = v.upper()
        if not _CODE.match(v):
            raise ValueError(f"{v!r} is not a valid {what} (letters, digits and '-' only)")
        out.append(v)
    return tuple(out)


def _digits(value: str, what: str) -> str:
    if not _DIGITS.match(value):
        raise ValueError(f"{value!r} is not a valid {what} (up to four digits, like 173)")
    return value


def _root(value: str) -> str:
    if not value.isdigit() or not 1 <= int(value) <= 20:
        raise ValueError(f"{value!r} is not a CAMEO root (01 to 20)")
    return f"{int(value):02d}"


def _quad(value: Any) -> int:
    if not str(value).isdigit() or not 1 <= int(value) <= 4:
        raise ValueError(f"{value!r} is not a quad class (1 to 4)")
    return int(value)


def _date(value: str, name: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} must be a date like 2022-01-31, not {value!r}") from None
