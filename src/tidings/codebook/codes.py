"""CAMEO event codes: names, hierarchy, quad class and Goldstein scores (``data/cameo.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import _tsv

_COLUMNS = ("code", "name", "root", "quad_class", "level", "goldstein")


class UnknownCode(KeyError):
    """A string that is not a CAMEO event code in the codebook."""

    def __str__(self) -> str:  # KeyError would print the message in quotes
        return str(self.args[0]) if self.args else "unknown CAMEO code"


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code.

    ``code`` keeps its leading zero ("010"); ``root`` is its first two digits; ``quad_class`` is 1
    verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; ``goldstein``
    is the Goldstein score, -10 (most hostile) to +10 (most cooperative); ``level`` is 1 for a root,
    2 for a 3-digit code, 3 for a 4-digit code.
    """

    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    level: int


@cache
def _table() -> dict[str, CameoCode]:
    """All codes by code string, in file (= code) order; built once per process."""
    table: dict[str, CameoCode] = {}
    for row in _tsv.read_table("cameo.tsv", _COLUMNS):
        code = row["code"]
        table[code] = CameoCode(code=code, name=row["name"], root=row["root"],
                                quad_class=int(row["quad_class"]),
                                goldstein=float(row["goldstein"]), level=int(row["level"]))
    return table


@cache
def _ordered() -> tuple[CameoCode, ...]:
    return tuple(sorted(_table().values(), key=lambda c: c.code))


def _normalise(code: str) -> str:
    if not isinstance(code, str):
        raise UnknownCode(f"CAMEO codes are strings such as '173', not {type(code).__name__} {code!r}")
    return code.strip()


def _unknown(code: str) -> UnknownCode:
    return UnknownCode(f"unknown CAMEO code {code!r}: codes are 2-4 digit strings such as '17', '173' "
                       f"or '1711' (leading zero kept: '042'); tidings.codebook.all_cameo() lists them")


def cameo(code: str) -> CameoCode:
    """The CAMEO code ``code`` ("173", surrounding whitespace ignored); raises :class:`UnknownCode`."""
    key = _normalise(code)
    try:
        return _table()[key]
    except KeyError:
        raise _unknown(key) from None


def is_cameo(code: str) -> bool:
    """Whether ``code`` (whitespace ignored) is a CAMEO code in the codebook."""
    return isinstance(code, str) and code.strip() in _table()


def all_cameo() -> list[CameoCode]:
    """Every CAMEO code, in code order ("01", "010", ..., "0211", ..., "2042")."""
    return list(_ordered())


def root_of(code: str) -> str:
    """The root (first two digits) of a CAMEO code: ``root_of("1711") == "17"``.

    The full code need not be in the codebook (so "080!"-style variants from PETRARCH dictionaries
    still find their root), but the root must be one of "01" ... "20".
    """
    key = _normalise(code)
    root = key[:2]
    if len(key) < 2 or not root.isdigit() or root not in _table():
        raise _unknown(key)
    return root
