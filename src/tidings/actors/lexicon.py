"""Actor lexicons: the package's TSV files (and a user's) compiled into a token trie.

Every file in ``actors/data`` starts with ``#`` lines that explain its columns. The loader turns each
row into one or more :class:`Entry` objects keyed by the phrase's tokens (spaCy's tokenizer, lower
case), so a document is scanned once, left to right, longest match first.

Conventions shared by every file:

- a phrase written with a leading ``=`` ("=Chad", "=WHO") matches only when the document spells its
  tokens with exactly this capitalisation; the key is still lower case, so :meth:`Lexicon.match_at`
  can check the spelling only when the caller passes the document's token texts (``texts=``);
- a name (not an agent noun) must be capitalised in the document unless the data writes it all in
  lower case ("pope", "blue helmets": common nouns used as names);
- dates are ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; a partial date stands for its first day as a
  start and for its last day as an end, so ``2019`` to ``2022`` covers both whole years.
"""

from __future__ import annotations

import calendar
import csv
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Iterator

DATA = "tidings.actors.data"

# kinds of entry, from most to least specific when two phrases of equal length compete
KINDS = ("person", "group", "igo", "org", "country", "seat", "demonym", "community", "agent")


@dataclass(frozen=True, slots=True)
class Entry:
    """What one phrase means as an actor.

    ``code`` is what the phrase codes to on its own ("KAZ" for Kazakhstan, "KAZGOV" for Akorda,
    "IGOUNO" for the UN, "" for an agent noun that needs a country). ``sectors`` are the CAMEO
    sector codes the phrase contributes ("GOV", "MIL", ...). ``start``/``end`` bound the dates a
    person's role (or a group's code) holds (inclusive; None = open). ``exact`` is True for a phrase
    that matches only with the capitalisation it was written with (``=`` in the data files).
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
    exact: bool = False
    note: str = ""  # a person's office in words ("president of Kazakhstan"), for explanations
    theatres: tuple[str, ...] = ()  # a group coded by where it acts ("*REB"): the countries it may act in

    def holds_on(self, when: date | None) -> bool:
        if when is None:
            return self.end is None
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


def data_rows(text: str, origin: str) -> Iterator[tuple[str, list[str]]]:
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


def phrases(cell: str) -> list[tuple[str, bool]]:
    """The "|"-separated phrases of a cell as (phrase, exact); "=Chad" is ("Chad", True)."""
    out = []
    for p in _split(cell):
        exact = p.startswith("=")
        p = p[1:].strip() if exact else p
        if p:
            out.append((p, exact))
    return out


def _date(cell: str, last: bool = False) -> date | None:
    """YYYY-MM-DD, YYYY-MM or YYYY; a partial date is its first day, or its last when ``last``."""
    if not cell:
        return None
    if len(cell) == 4:  # a bare year means the whole year
        return date(int(cell), 12, 31) if last else date(int(cell), 1, 1)
    if len(cell) == 7:  # a year and month mean the whole month
        y, m = int(cell[:4]), int(cell[5:])
        return date(y, m, calendar.monthrange(y, m)[1] if last else 1)
    return date.fromisoformat(cell)


def column(cols: list[str], i: int) -> str:
    return cols[i] if i < len(cols) else ""


def read_countries(text: str, origin: str) -> Iterator[Entry]:
    """countries.tsv: code, names, demonyms, seats (capitals and seats of government as metonyms)."""
    for where, cols in data_rows(text, origin):
        code, names = cols[0], phrases(column(cols, 1))
        canonical = names[0][0] if names else code
        for n, exact in names:
            yield Entry("country", n, code, code, (), canonical, origin=where, exact=exact)
        for n, exact in phrases(column(cols, 2)):
            yield Entry("demonym", n, code, code, (), canonical, origin=where, exact=exact)
        for n, exact in phrases(column(cols, 3)):
            yield Entry("seat", n, code + "GOV", code, ("GOV",), canonical, origin=where,
                        exact=exact)


def read_agents(text: str, origin: str) -> Iterator[Entry]:
    """agents.tsv: phrase, sectors (space separated), note."""
    for where, cols in data_rows(text, origin):
        sectors = tuple(column(cols, 1).split())
        for phrase, exact in phrases(cols[0]):
            yield Entry("agent", phrase, "", None, sectors, None, origin=where, exact=exact)


def read_organisations(text: str, origin: str) -> Iterator[Entry]:
    """organisations.tsv: code, country (or empty; for a "*" code, the countries the group acts in,
    space separated, the first its default), sectors, kind (igo/group/org), names, and optionally
    start and end (the dates between which the row's code holds)."""
    for where, cols in data_rows(text, origin):
        code, country = cols[0], column(cols, 1) or None
        theatres = tuple(country.split()) if code.startswith("*") and country else ()
        country = theatres[0] if theatres else country  # ("*REB" rows list the countries it acts in)
        sectors, kind = tuple(column(cols, 2).split()), column(cols, 3) or "org"
        names = phrases(column(cols, 4))
        start, end = _date(column(cols, 5)), _date(column(cols, 6), last=True)
        canonical = names[0][0] if names else code
        for n, exact in names:
            yield Entry(kind, n, code, country, sectors, canonical, start, end, where, exact, theatres=theatres)


def read_people(text: str, origin: str) -> Iterator[Entry]:
    """people.tsv: name, aliases, country, sectors, start, end, role, and optionally code (the full
    actor code when it is not country + sectors: "IGOUNO" for a UN Secretary-General)."""
    for where, cols in data_rows(text, origin):
        name, country = cols[0], column(cols, 2)
        sectors = tuple(column(cols, 3).split())
        start, end = _date(column(cols, 4)), _date(column(cols, 5), last=True)
        code = column(cols, 7) or country + "".join(sectors)
        role = column(cols, 6)
        for phrase, exact in [(name, False), *phrases(column(cols, 1))]:
            yield Entry("person", phrase, code, country or None, sectors, name, start, end, where,
                        exact, role)


def _text(token) -> str:
    """A token's text, whether given as a string or as a spaCy ``Token``."""
    return token if isinstance(token, str) else token.text


READERS: dict[str, Callable[[str, str], Iterable[Entry]]] = {
    "countries.tsv": read_countries,
    "agents.tsv": read_agents,
    "organisations.tsv": read_organisations,
    "people.tsv": read_people,
}


class Lexicon:
    """Phrases → entries, matched over token sequences.

    ``tokenize`` splits a phrase the way the document is split (pass ``nlp.tokenizer``, or any
    function returning token texts); keys are lower-case token texts. Agent phrases also match on
    the lemma of their last token, so "troops" finds "troop".

    Entries written with a leading ``=`` (``Entry.exact``) must match the document's capitalisation
    token for token: "=Chad" finds "Chad" but not "chad" or "CHAD".
    """

    def __init__(self, entries: Iterable[Entry], tokenize: Callable[[str], Iterable]):
        self._trie: dict = {}
        self._forms: dict[Entry, tuple[str, ...]] = {}  # exact entries → their token texts
        self.size = 0
        for e in entries:
            self.add(e, [_text(t) for t in tokenize(e.phrase)])

    def add(self, entry: Entry, tokens: list[str]) -> None:
        """Add ``entry`` under its phrase's tokens. A user's entry (origin ``user:...``) overrides:
        it replaces every package entry of the same phrase, and a package entry added after it
        is ignored."""
        node = self._trie
        for tok in tokens:
            node = node.setdefault(_text(tok).lower(), {})
        here = node.setdefault(None, [])
        if is_user(entry):
            here[:] = [e for e in here if is_user(e)]
        elif any(is_user(e) for e in here):
            return
        here.append(entry)
        if entry.exact:
            self._forms[entry] = tuple(_text(t) for t in tokens)
        self.size += 1

    def _spelled(self, entries: list[Entry], texts: list[str] | None) -> list[Entry]:
        """``entries`` less the exact ones whose capitalisation ``texts`` does not show (all of
        them when ``texts`` is None: the spelling is unknown)."""
        if texts is None or not self._forms:
            return list(entries)
        key = tuple(texts)
        return [e for e in entries if not e.exact or self._forms.get(e) == key]

    def match_at(self, keys: list[tuple[str, ...]], i: int,
                 texts: list[str] | None = None) -> tuple[int, list[Entry]]:
        """Longest phrase starting at token ``i``: (end token index, entries) or (i, []).

        ``keys[j]`` holds the lower-case forms token ``j`` may match (its text, then its lemma).
        ``texts`` is the document's token texts as written; pass it so that exact entries ("=Chad")
        are held to their capitalisation (without it they match like any other entry)."""
        best: tuple[int, list[Entry]] = (i, [])
        # a token may match by its text or by its lemma, and either may lead deeper ("forces" starts
        # "Forces for ..." while "force" is an agent): follow every alternative, keep the longest
        stack = [(self._trie, i)]
        while stack:
            node, j = stack.pop()
            if j > i and None in node and j > best[0]:
                found = self._spelled(node[None], texts[i:j] if texts is not None else None)
                if found:
                    best = (j, found)
            if j < len(keys):
                for k in dict.fromkeys(keys[j]):
                    nxt = node.get(k)
                    if nxt is not None:
                        stack.append((nxt, j + 1))
        return best

    def lookup(self, phrase_tokens: list[str]) -> list[Entry]:
        """Entries for exactly this phrase, given as token texts (exact entries need their case)."""
        node = self._trie
        for tok in phrase_tokens:
            node = node.get(_text(tok).lower())
            if node is None:
                return []
        return self._spelled(node.get(None, []), [_text(t) for t in phrase_tokens])


def is_user(entry: Entry) -> bool:
    """True for an entry read from a user's dictionary (``--actors``)."""
    return entry.origin.startswith("user:")


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
    """Entries from a user's file, each with origin ``user:<file>:<line>``: a PETRARCH/Phoenix
    actor or agent dictionary (recognised by its bracketed codes, read by
    :mod:`tidings.actors.petrarch`), else a tidings TSV named like a package file or with a
    ``#kind: people.tsv`` first line (a file that says neither is read as organisations.tsv, or as
    people.tsv when its name contains "people")."""
    from tidings.actors.petrarch import looks_like_petrarch, read_petrarch

    text = path.read_text(encoding="utf-8")
    if looks_like_petrarch(text):
        return [replace(e, origin="user:" + e.origin) for e in read_petrarch(text, str(path))]
    first = text.splitlines()[0] if text else ""
    kind = first[len("#kind:"):].strip() if first.startswith("#kind:") else path.name
    if kind not in READERS:
        kind = "people.tsv" if "people" in path.name else "organisations.tsv"
    return [replace(e, origin="user:" + e.origin) for e in READERS[kind](text, str(path))]


def rows_as_dicts(text: str) -> list[dict[str, str]]:
    """The data rows of a lexicon file as dicts keyed by its header (for tests and tools)."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def region_codes() -> frozenset[str]:
    """CAMEO region codes (AFR, EUR, MEA, WST ...): the countries.tsv rows after its
    "# CAMEO regions" line. They code actors ("European leaders": EURGOV) but an article is never
    "about" a region the way it is about a country."""
    text = (resources.files(DATA) / "countries.tsv").read_text(encoding="utf-8")
    tail = text[text.index("# CAMEO regions"):]
    return frozenset(ln.split("\t")[0] for ln in tail.splitlines()
                     if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def nonactor_entries() -> tuple[Entry, ...]:
    """nonactors.tsv: phrases that contain an actor's name but name no actor ("Indian Ocean",
    "New Mexico"); matched like any phrase, so the longer match hides the country inside it."""
    text = (resources.files(DATA) / "nonactors.tsv").read_text(encoding="utf-8")
    out = []
    for where, cols in data_rows(text, "nonactors.tsv"):
        for phrase, exact in phrases(cols[0]):
            out.append(Entry("none", phrase, "", None, (), None, origin=where, exact=exact,
                             note=column(cols, 1)))
    return tuple(out)


@lru_cache(maxsize=1)
def means_of_force() -> frozenset[str]:
    """means.tsv: nouns for strikes, weapons and craft of war ("air strike", "cruise missile"),
    with their compounds as written ("air strike")."""
    text = (resources.files(DATA) / "means.tsv").read_text(encoding="utf-8")
    return frozenset(p.strip().lower() for _, cols in data_rows(text, "means.tsv")
                     for p in cols[0].split("|") if p.strip())


@lru_cache(maxsize=1)
def sector_codes() -> frozenset[str]:
    """The sector codes documented in agents.tsv's header ("#   GOV  government: ...")."""
    import re

    text = (resources.files(DATA) / "agents.tsv").read_text(encoding="utf-8")
    return frozenset(re.findall(r"^#\s{3}([A-Z]{3})\s{2}\S", text, flags=re.M))

