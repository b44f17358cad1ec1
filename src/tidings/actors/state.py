"""What the resolver's stages share about one document: lexicon matches and the walk's state."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from spacy.tokens import Doc, Token

from tidings.actors.coref import Registry
from tidings.actors.lexicon import Entry, is_user
from tidings.model import Actor

PERSONAL_KINDS = frozenset({"person"})
COUNTRY_KINDS = frozenset({"country", "seat", "demonym"})
ORG_KINDS = frozenset({"igo", "group", "org"})
AGENT_KINDS = frozenset({"agent"})
COMMUNITY_KINDS = frozenset({"community"})  # actors.communities: "Tamil", "Kurdish", "Rohingyas"
PlaceCountry = Callable[[str], "str | None"]


@dataclass(slots=True)
class Match:
    """A lexicon phrase found in the document: tokens [start, end) and what it may mean."""

    start: int
    end: int
    entries: list[Entry]

    def first(self, kinds: frozenset[str]) -> Entry | None:
        return next((e for e in self.entries if e.kind in kinds), None)

    def all(self, kinds: frozenset[str]) -> list[Entry]:
        return [e for e in self.entries if e.kind in kinds]


@dataclass(slots=True)
class DocState:
    """What resolution knows about one document while it walks through it."""

    doc: Doc
    by_token: dict[int, Match]
    when: date | None
    main_country: str | None
    registry: Registry
    mentions: "object"  # tidings.actors.resolver.Mentions (not imported: it imports this)
    place_country: PlaceCountry | None
    resolve_at: Callable[[Token], Actor | None]  # resolves (once) the phrase headed by a token
    former_sectors: Callable[[str], tuple[str, ...]]  # sectors of a title without its "former"
    locatives: dict[int, list] = field(default_factory=dict)
    matches: list[Match] = field(default_factory=list)  # every match, in document order
    regions: frozenset[str] = frozenset()  # CAMEO region codes, never an article's main country
    dateline_country: str | None = None
    places: "object" = None  # tidings.actors.placenames.PlaceFinder, or None without a gazetteer
    # surname → the people lexicon's rows of everyone so called ("bush" → both presidents' rows)
    surnames: dict[str, list[Entry]] = field(default_factory=dict)


def how_of(entry: Entry) -> str:
    if entry.origin == "gazetteer":  # a place the lexicon does not know (actors.placenames)
        return "gazetteer"
    return "user" if is_user(entry) else "lexicon"


# words joined to a country by a hyphen that say the phrase names no one of it: a stance towards it
# ("pro-Iranian", "anti-American"), or a likeness, an era or a make ("a Switzerland-sized area",
# "Soviet-style planning", "Soviet-era tanks", "Russian-made rifles")
STANCE_PREFIXES = frozenset({"pro", "anti"})
LIKENESS_SUFFIXES = frozenset({"sized", "size", "style", "era", "made", "built", "type", "like"})


def stance_word(tok: Token) -> bool:
    """True for a word after "pro-" or "anti-" ("*pro*-government militiamen", "anti-government
    rebels"): a stance towards the body it names, not a member of it."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in STANCE_PREFIXES


def no_member(tok: Token) -> bool:
    """True for a country word in such a hyphenated phrase (tokenized "pro", "-", "Iranian";
    "Switzerland", "-", "sized"): it names none of that country's people or bodies."""
    doc = tok.doc
    return stance_word(tok) or \
        (tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in LIKENESS_SUFFIXES)
