"""Ethnic and religious communities that stand for the people of one country or a few.

``data/communities.tsv`` lists them ("Tamil", "Kurdish", "Rohingya", "Bosnian Serb"), each with the
countries it is mainly of, most likely first. Their words are matched like any lexicon phrase
(entries of kind ``community``, see :func:`community_entries`), and :mod:`tidings.actors.parts`
uses them in two ways:

- a community word modifying an agent noun gives the agent its country, unless the phrase names a
  country of its own: "Tamil rebels" → LKAREB (:func:`modifies`, :func:`pick_country`);
- a community noun heading a phrase is the community's people: "Rohingyas fled" → MMRCVL
  (:func:`community_people`).

A community of several countries takes the one the text supports: a listed country named in the
same sentence (the nearest), else the listed country the article names most, else the first listed
(a guess).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from tidings.actors.context import DATELINE_WEIGHT
from tidings.actors.lexicon import DATA, Entry, column, data_rows, phrases  # the data files' row reader
from tidings.actors.state import COMMUNITY_KINDS, COUNTRY_KINDS, DocState, Match
from tidings.model import Actor

if TYPE_CHECKING:
    from tidings.actors.parts import Parts

FILE = "communities.tsv"
# how a community word may hang on the noun it modifies; a participle between them ("Tutsi-led")
# makes it the leader of the body, not its owner
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


@dataclass(frozen=True, slots=True)
class Community:
    """One row of communities.tsv."""

    name: str
    nouns: frozenset[str]  # lower-case words that name its people as a noun ("tamils", "bosnian serbs")
    countries: tuple[str, ...]  # most likely first
    sectors: tuple[str, ...]  # of a bare noun: CVL, or a religion's code
    words: tuple[tuple[str, bool], ...]  # every noun and adjective as (phrase, exact), for matching
    origin: str  # file:line
    note: str


@lru_cache(maxsize=1)
def communities() -> dict[str, Community]:
    """The rows of communities.tsv by name."""
    text = (resources.files(DATA) / FILE).read_text(encoding="utf-8")
    out: dict[str, Community] = {}
    for where, cols in data_rows(text, FILE):
        nouns = phrases(column(cols, 1))
        words = tuple(dict.fromkeys(nouns + phrases(column(cols, 2))))
        out[cols[0]] = Community(cols[0], frozenset(" ".join(p.lower().split()) for p, _ in nouns),
                                 tuple(column(cols, 3).split("|")), tuple(column(cols, 4).split()),
                                 words, where, column(cols, 5))
    return out


@lru_cache(maxsize=1)
def community_entries() -> tuple[Entry, ...]:
    """Lexicon entries (kind ``community``) for every noun and adjective of communities.tsv; an
    entry's ``country`` is the community's first country and its ``name`` the row's name."""
    return tuple(Entry("community", phrase, c.countries[0], c.countries[0], c.sectors, c.name,
                       origin=c.origin, exact=exact, note=c.note)
                 for c in communities().values() for phrase, exact in c.words)


def community_of(entry: Entry) -> Community:
    return communities()[entry.name or ""]


def modifies(word: Token, head: Token) -> bool:
    """True when the community word ``word`` modifies the noun ``head`` directly or through other
    modifiers ("*Kurdish* militia fighters"), not through a participle ("the *Tutsi*-led
    government")."""
    tok = word
    while tok.i != head.i:
        if tok.dep_ not in MODIFIER_DEPS or tok.head.i == tok.i or tok.head.tag_ == "VBN":
            return False
        tok = tok.head
    return word.i != head.i


def pick_country(c: Community, head: Token, st: DocState) -> tuple[str, str, bool]:
    """(country, why, guessed) for a mention of community ``c`` at ``head``: see the module's
    docstring."""
    first = c.countries[0]
    if len(c.countries) == 1:
        return first, f"the {c.name} ({c.origin})", False
    sent = head.sent
    named: list[tuple[int, Entry]] = []
    counts: Counter[str] = Counter()
    if st.dateline_country in c.countries:
        counts[st.dateline_country] += DATELINE_WEIGHT
    for m in st.matches:
        e = m.first(COUNTRY_KINDS)
        if e is None or e.country not in c.countries:
            continue
        counts[e.country] += 1
        if sent.start <= m.start < sent.end:
            named.append((abs(m.start - head.i), e))
    if named:
        e = min(named, key=lambda x: x[0])[1]
        return e.country, f"the {c.name}, and '{e.phrase}' in the same sentence", False
    if counts:
        country = max(c.countries, key=lambda k: (counts[k], -c.countries.index(k)))
        return country, f"the {c.name}, and the article names {country} most of their countries", False
    return first, f"the {c.name}, most often of {first} ({c.origin}; guess)", True


def community_people(p: "Parts", m: Match, head: Token, span: Span) -> Actor | None:
    """"Rohingyas fled", "the Druze", "Syrian Kurds": a community noun heading its phrase is its
    people, with the row's sectors and the country :meth:`Parts.collect` chose. None for a word
    that names them only as a modifier ("Tamil" is also the language, "Karen" a given name)."""
    entry = m.first(COMMUNITY_KINDS)
    c = community_of(entry)
    words = " ".join(t.lower_ for t in head.doc[m.start:m.end])
    if words not in c.nouns or not p.country or head.dep_ in MODIFIER_DEPS | {"npadvmod"}:
        return None  # (a modifier: "the *Tutsi*-led government")
    code = p.country + "".join(c.sectors)
    return Actor(span.text, span.start_char, span.end_char, code, p.country, c.sectors, c.name,
                 "context" if p.country_guessed else "lexicon",
                 f"'{head.doc[m.start:m.end].text}' → {' '.join(c.sectors)}; country from {p.country_how}",
                 guessed=p.country_guessed, kind="group")
