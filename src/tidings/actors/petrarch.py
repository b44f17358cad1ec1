"""A reader for PETRARCH/Phoenix (and TABARI-style) actor and agent dictionaries.

Users with years of work in these dictionaries can pass them to ``--actors`` unchanged. The subset
of the format read here (written from the format's documentation, not from PETRARCH's code):

- ``#`` starts a comment that runs to the end of the line; ``<!-- ... -->`` comments may span
  lines. Blank lines are skipped.
- An entry starts with its primary phrase on a line of its own, words joined by ``_`` and usually
  in upper case: ``KASSYM_JOMART_TOKAYEV_``. A trailing ``_`` (a word boundary) is dropped; case
  is not significant.
- Lines that start with ``+`` are synonyms of the entry above: ``+TOKAYEV_``.
- Codes stand in brackets, on the phrase's line or on lines of their own below it:
  ``[KAZGOV]``, or restricted to dates: ``[KAZLEG <20190320]`` (before), ``[KAZGOV >20190320]``
  (from that day on), ``[KAZGOV 20190320-20240101]`` (a range, inclusive). Dates are
  ``YYYYMMDD`` or TABARI's ``YYMMDD`` (years 00–49 are 20xx, 50–99 19xx).
- An agent dictionary's codes start (or end) with ``~``: ``PEACEKEEPER_ [~MIL]`` adds MIL to
  the actor it is attached to. Plural or other forms may follow the phrase in braces:
  ``PEACEKEEPER_ {PEACEKEEPERS_} [~MIL]``.

What each entry becomes (a :class:`~tidings.actors.lexicon.Entry`):

- agent codes → ``agent`` entries with the code's three-letter sectors;
- an entry with any date-restricted code → a ``person`` with one role per code (PETRARCH's
  dictionaries date-restrict people's offices);
- a bare country code (``[KAZ]``) → a ``country`` name;
- any other code → an ``org`` whose country is the code's first three letters when they are a
  country (``KAZSPY``), else none (``IGOUNO``, ``NGO...``).

Not read (a line that uses them is skipped and counted in :func:`read_petrarch`'s warnings):
substitution sets (``!minist!``) and TABARI's conditional or compound-actor syntax.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tidings.actors.lexicon import Entry, package_entries, sector_codes

_CODE = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{([^}]*)\}")
_COMMENT_XML = re.compile(r"<!--.*?-->", re.S)
# first slots that are not a state: intergovernmental, non-governmental, multinational bodies
NON_STATE = frozenset({"IGO", "NGO", "IMG", "MNC", "UIS"})


def looks_like_petrarch(text: str) -> bool:
    """True when ``text`` reads as a PETRARCH dictionary: bracketed codes, and no tidings TSV
    header ("code", "phrase" or "name" then a tab) on its first line."""
    lines = [ln for ln in _strip_comments(text).splitlines() if ln.strip()]
    if not lines or lines[0].split("\t")[0].strip().lower() in {"code", "phrase", "name"}:
        return False
    coded = sum(1 for ln in lines if _CODE.search(ln))
    return coded > 0 and coded >= len(lines) // 10


def read_petrarch(text: str, origin: str, warnings: list[str] | None = None) -> list[Entry]:
    """Entries of a PETRARCH actor or agent dictionary. ``warnings`` (if given) collects one line
    per skipped line, "file:line: why"."""
    out: list[Entry] = []
    block: _Block | None = None
    for lineno, raw in enumerate(_strip_comments(text).splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        where = f"{origin}:{lineno}"
        if "!" in line:
            _warn(warnings, f"{where}: substitution sets (!...!) are not read")
            continue
        codes = _CODE.findall(line)
        phrase_part = _CODE.sub(" ", line)
        forms = [f for group in _BRACES.findall(phrase_part) for f in group.split()]
        phrase_part = _BRACES.sub(" ", phrase_part).strip()
        if phrase_part.startswith("+"):
            if block is None:
                _warn(warnings, f"{where}: a synonym with no entry above it")
                continue
            block.phrases.append(_phrase(phrase_part[1:]))
        elif phrase_part:
            if block is not None:
                out.extend(block.entries(warnings))
            block = _Block(where, [_phrase(phrase_part)])
        elif block is None:
            _warn(warnings, f"{where}: a code with no entry above it")
            continue
        block.phrases.extend(_phrase(f) for f in forms)
        for code in codes:
            parsed = _parse_code(code)
            if parsed is None:
                _warn(warnings, f"{where}: cannot read the code [{code}]")
            else:
                block.codes.append(parsed)
    if block is not None:
        out.extend(block.entries(warnings))
    return out


class _Block:
    """One dictionary entry: its phrases and its (possibly dated) codes."""

    def __init__(self, where: str, phrases: list[str]):
        self.where = where
        self.phrases = phrases
        self.codes: list[tuple[str, date | None, date | None]] = []

    def entries(self, warnings: list[str] | None) -> list[Entry]:
        phrases = list(dict.fromkeys(p for p in self.phrases if p))
        if not self.codes or not phrases:
            _warn(warnings, f"{self.where}: '{self.phrases[0]}' has no code")
            return []
        name = " ".join(w.capitalize() for w in phrases[0].split())
        if all(c.startswith("~") or c.endswith("~") for c, _, _ in self.codes):
            sectors = tuple(dict.fromkeys(s for c, _, _ in self.codes for s in _chunks(c.strip("~"))))
            return [Entry("agent", p, "", None, sectors, None, origin=self.where) for p in phrases]
        dated = any(start or end for _, start, end in self.codes)
        out = []
        for code, start, end in self.codes:
            code = code.strip("~")
            country, sectors = _split(code)
            if dated:
                kind = "person"
            elif len(code) == 3 and country == code:
                kind = "country"
            else:
                kind = "org"
            out.extend(Entry(kind, p, code, country, sectors, name, start, end, self.where,
                             note="user dictionary code") for p in phrases)
        return out


def _strip_comments(text: str) -> str:
    text = _COMMENT_XML.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    return "\n".join(ln.split("#", 1)[0] for ln in text.splitlines())


def _phrase(raw: str) -> str:
    """``KASSYM_JOMART_TOKAYEV_`` → ``kassym jomart tokayev``."""
    words = raw.strip().strip("_").replace("_", " ").split()
    return " ".join(words).lower()


def _parse_code(cell: str) -> tuple[str, date | None, date | None] | None:
    parts = cell.split()
    if not parts or not re.fullmatch(r"~?[A-Z0-9\-]+~?", parts[0]):
        return None
    code, start, end = parts[0], None, None
    if len(parts) > 1:
        restriction = "".join(parts[1:])
        try:
            if restriction.startswith(">"):
                start = _date(restriction[1:])
            elif restriction.startswith("<"):
                end = _date(restriction[1:]) - timedelta(days=1)
            elif "-" in restriction:
                a, b = restriction.split("-", 1)
                start, end = _date(a), _date(b)
            else:
                return None
        except ValueError:
            return None
    return code, start, end


def _date(cell: str) -> date:
    if len(cell) == 8:
        return date(int(cell[:4]), int(cell[4:6]), int(cell[6:]))
    if len(cell) == 6:
        yy = int(cell[:2])
        return date((2000 if yy < 50 else 1900) + yy, int(cell[2:4]), int(cell[4:]))
    raise ValueError(cell)


def _chunks(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3) if len(code[i:i + 3]) == 3]


_COUNTRIES: frozenset[str] | None = None


def _split(code: str) -> tuple[str | None, tuple[str, ...]]:
    """(country, sectors) of a full code: ``KAZSPY`` → (KAZ, (SPY,)); ``IGOUNO`` → (None,
    (IGO,)). Three-letter tags that are not sectors (``UNO``, ``HMS``) stay in the code only."""
    global _COUNTRIES
    if _COUNTRIES is None:
        _COUNTRIES = frozenset(e.country for e in package_entries() if e.kind == "country" and e.country)
    head, rest = code[:3], _chunks(code[3:])
    known = sector_codes()
    if head in NON_STATE:
        return None, (head,) + tuple(s for s in rest if s in known and s != head)
    country = head if head in _COUNTRIES else None
    return country, tuple(s for s in rest if s in known)


def _warn(warnings: list[str] | None, message: str) -> None:
    if warnings is not None:
        warnings.append(message)
