"""Actor lexicons: the package's TSV files (and a user's) compiled into a token trie.

Every file in ``actors/data`` starts with ``#`` lines that explain its columns. The loader turns each
row into one or more :class:`Entry` objects keyed by the phrase's tokens (spaCy's tokenizer, lower
case), so a document is scanned once, left to right, longest match first.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Iterator

DATA = "tidings.actors.data"

# kinds of entry, from most to least specific when two phrases of equal length compete
KINDS = ("person", "group", "igo", "org", "country", "seat", "demonym", "agent")


@dataclass(frozen=True, slots=True)
class Entry:
    """What one phrase means as an actor.

    ``code`` is what the phrase codes to on its own ("KAZ" for Kazakhstan, "KAZGOV" for Akorda,
    "IGOUNO" for the UN, "" for an agent noun that needs a country). ``sectors`` are the CAMEO
    sector codes the phrase contributes ("GOV", "MIL", ...). ``start``/``end`` bound the dates a
    person's role holds (inclusive; None = open).
    """

    kind: str
    phrase: str
    code: str
    country: str | None
    sectors: tuple[str, ...] = ()
    name: str | None = None
    start: date | None = None
    end: date | None = None
    origin: str = ""

    def holds_on(self, when: date | None) -> bool:
        if when is None:
            return self.end is None
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


def _rows(text: str, origin: str) -> Iterator[tuple[str, list[str]]]:
    """Yield (file:line, columns) for each data row, skipping comments, blanks and the header."""
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if not header_seen:
            header_seen = True
            continue
        yield f"{origin}:{lineno}", cols


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()] if cell else []


def _date(cell: str) -> date | None:
    if not cell:
        return None
    if len(cell) == 4:  # a bare year means the whole year
        return date(int(cell), 1, 1)
    return date.fromisoformat(cell)


def _col(cols: list[str], i: int) -> str:
    return cols[i] if i < len(cols) else ""


def read_countries(text: str, origin: str) -> Iterator[Entry]:
    """countries.tsv: code, names, demonyms, seats (capitals and seats of government as metonyms)."""
    for where, cols in _rows(text, origin):
        code, names = cols[0], _split(_col(cols, 1))
        canonical = names[0] if names else code
        for n in names:
            yield Entry("country", n, code, code, (), canonical, origin=where)
        for n in _split(_col(cols, 2)):
            yield Entry("demonym", n, code, code, (), canonical, origin=where)
        for n in _split(_col(cols, 3)):
            yield Entry("seat", n, code + "GOV", code, ("GOV",), canonical, origin=where)


def read_agents(text: str, origin: str) -> Iterator[Entry]:
    """agents.tsv: phrase, sectors (space separated), note."""
    for where, cols in _rows(text, origin):
        sectors = tuple(_col(cols, 1).split())
        for phrase in _split(cols[0]):
            yield Entry("agent", phrase, "", None, sectors, None, origin=where)


def read_organisations(text: str, origin: str) -> Iterator[Entry]:
    """organisations.tsv: code, country (or empty), sectors, kind (igo/group/org), names."""
    for where, cols in _rows(text, origin):
        code, country = cols[0], _col(cols, 1) or None
        sectors, kind = tuple(_col(cols, 2).split()), _col(cols, 3) or "org"
        names = _split(_col(cols, 4))
        for n in names:
            yield Entry(kind, n, code, country, sectors, names[0] if names else code, origin=where)


def read_people(text: str, origin: str) -> Iterator[Entry]:
    """people.tsv: name, aliases, country, sectors, start, end, role."""
    for where, cols in _rows(text, origin):
        name, country = cols[0], _col(cols, 2)
        sectors = tuple(_col(cols, 3).split())
        start, end = _date(_col(cols, 4)), _date(_col(cols, 5))
        code = country + "".join(sectors)
        for phrase in [name, *_split(_col(cols, 1))]:
            yield Entry("person", phrase, code, country or None, sectors, name, start, end, where)


READERS: dict[str, Callable[[str, str], Iterable[Entry]]] = {
    "countries.tsv": read_countries,
    "agents.tsv": read_agents,
    "organisations.tsv": read_organisations,
    "people.tsv": read_people,
}


class Lexicon:
    """Phrases → entries, matched over token sequences.

    ``tokenize`` splits a phrase the way the document is split (pass ``nlp.tokenizer``); keys are
    lower-case token texts. Agent phrases also match on the lemma of their last token, so
    "troops" finds "troop".
    """

    def __init__(self, entries: Iterable[Entry], tokenize: Callable[[str], list[str]]):
        self._trie: dict = {}
        self.size = 0
        for e in entries:
            self.add(e, tokenize(e.phrase))

    def add(self, entry: Entry, tokens: list[str]) -> None:
        node = self._trie
        for tok in tokens:
            node = node.setdefault(tok.lower(), {})
        node.setdefault(None, []).append(entry)
        self.size += 1

    def match_at(self, keys: list[tuple[str, ...]], i: int) -> tuple[int, list[Entry]]:
        """Longest phrase starting at token ``i``: (end token index, entries) or (i, [])."""
        node, best, j = self._trie, (i, []), i
        while j < len(keys):
            nxt = None
            for k in keys[j]:
                nxt = node.get(k)
                if nxt is not None:
                    break
            if nxt is None:
                break
            node, j = nxt, j + 1
            if None in node:
                best = (j, node[None])
        return best

    def lookup(self, phrase_tokens: list[str]) -> list[Entry]:
        node = self._trie
        for tok in phrase_tokens:
            node = node.get(tok.lower())
            if node is None:
                return []
        return list(node.get(None, []))


def package_texts() -> Iterator[tuple[str, str]]:
    """(file name, text) of every package lexicon file, in a fixed order."""
    folder = resources.files(DATA)
    for name in READERS:
        yield name, (folder / name).read_text(encoding="utf-8")


def read_entries(name: str, text: str, origin: str | None = None) -> list[Entry]:
    reader = READERS.get(name)
    if reader is None:
        raise ValueError(f"unknown lexicon file kind {name!r}; expected one of {sorted(READERS)}")
    return list(reader(text, origin or name))


@lru_cache(maxsize=1)
def package_entries() -> tuple[Entry, ...]:
    out: list[Entry] = []
    for name, text in package_texts():
        out.extend(read_entries(name, text))
    return tuple(out)


def user_entries(path: Path) -> list[Entry]:
    """Entries from a user's file: a tidings TSV (named like a package file, or with a ``#kind:``
    first line) — PETRARCH-format dictionaries are read by :mod:`tidings.actors.petrarch`."""
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0] if text else ""
    kind = first[len("#kind:"):].strip() if first.startswith("#kind:") else path.name
    if kind not in READERS:
        kind = "people.tsv" if "people" in path.name else "organisations.tsv"
    return [Entry(e.kind, e.phrase, e.code, e.country, e.sectors, e.name, e.start, e.end,
                  "user:" + e.origin) for e in READERS[kind](text, str(path))]


def rows_as_dicts(text: str) -> list[dict[str, str]]:
    """The data rows of a lexicon file as dicts keyed by its header (for tests and tools)."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
