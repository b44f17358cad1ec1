"""The records every stage passes on: Document, Sentence, Actor, Place, Event, Skip.

Offsets are character offsets (Python ``str`` indices) into ``Document.text``, the repaired text the
coder reads, unless a field says otherwise. ``Document.to_original`` maps them back to the text as
given. Field-by-field documentation lives in ``docs/schema.md``; the JSON form of an Event is
described by ``tidings/schema/event.schema.json``.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

CODER_VERSION = "0.1.0"


@dataclass(slots=True)
class Repair:
    """One change made to the text as given before it was parsed.

    ``start``/``end`` index the original text; ``before`` is what stood there, ``after`` what the
    coder reads instead (``""`` for a dropped line).
    """

    kind: str  # "split" (glued words separated), "drop" (page furniture removed), "normalize"
    start: int
    end: int
    before: str
    after: str
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "before": self.before,
                "after": self.after, "reason": self.reason}


@dataclass(slots=True)
class OffsetMap:
    """Maps offsets in repaired text back to the original text.

    Stored as sorted anchor pairs: from ``clean[i]`` on, ``original = orig[i] + (offset - clean[i])``.
    An empty map is the identity.
    """

    clean: list[int] = field(default_factory=list)
    orig: list[int] = field(default_factory=list)

    def to_original(self, offset: int) -> int:
        if not self.clean:
            return offset
        i = bisect.bisect_right(self.clean, offset) - 1
        if i < 0:
            return offset
        return self.orig[i] + (offset - self.clean[i])


@dataclass(slots=True)
class Document:
    """One article: its clean text plus what is known about where and when it came from."""

    id: str  # content hash of ``text`` (see ``document_id``)
    text: str  # repaired text the coder reads
    original: str  # text as given (after decoding or HTML extraction)
    origin: str = "-"  # path, URL or "-" for stdin
    published: date | None = None
    title: str | None = None
    urls: list[str] = field(default_factory=list)
    site: str | None = None
    author: str | None = None
    language: str = "en"
    repairs: list[Repair] = field(default_factory=list)
    offsets: OffsetMap = field(default_factory=OffsetMap)
    date_source: str | None = None  # "argument", "page", "feed", "text" ... how ``published`` was found

    def to_original(self, offset: int) -> int:
        return self.offsets.to_original(offset)


def document_id(text: str) -> str:
    """Stable id of a document: first 16 hex digits of the SHA-256 of its clean text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Skip:
    """An input that was not coded, and why (one line, meant for people)."""

    origin: str
    reason: str

    def message(self) -> str:
        return f"{self.origin}: skipped: {self.reason}"


@dataclass(slots=True)
class Sentence:
    doc_id: str
    index: int  # position in the document, from 0
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Actor:
    """A resolved actor mention: who, coded CAMEO-style, and how that code was reached."""

    text: str
    start: int
    end: int
    code: str  # country (or IGO/NGO/---) followed by sector codes: "KAZGOV", "RUSMIL", "---CVL"
    country: str | None  # ISO-3166 alpha-3 ("KAZ"), or None for non-state actors
    sectors: tuple[str, ...] = ()
    name: str | None = None  # canonical person/organisation name when known
    how: str = "lexicon"  # lexicon | title | apposition | coreference | pronoun | context | user
    #                       | gazetteer (a place coded by its country) | speech | implied
    detail: str = ""  # human-readable reason for the code
    guessed: bool = False  # True when the country came from context rather than the mention
    kind: str = "group"  # person | group | country | organisation

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "code": self.code,
                "country": self.country, "sectors": list(self.sectors), "name": self.name,
                "how": self.how, "detail": self.detail, "guessed": self.guessed, "kind": self.kind}


@dataclass(slots=True)
class Place:
    """A resolved place mention."""

    text: str
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None
    country: str | None  # ISO-3166 alpha-3
    admin1: str | None = None
    precision: str = "country"  # city | admin2 | admin1 | country | region | inferred
    how: str = ""  # why this place (and, on an event, why this mention) was chosen
    sentence_index: int | None = None  # sentence of the mention, from 0
    geonameid: int | None = None  # GeoNames id when the gazetteer has one
    admin1_code: str | None = None  # GeoNames admin-1 code with its country: "KZ.02", "US.TX"

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "name": self.name,
                "lat": self.lat, "lon": self.lon, "country": self.country, "admin1": self.admin1,
                "precision": self.precision, "how": self.how,
                "sentence_index": self.sentence_index, "geonameid": self.geonameid,
                "admin1_code": self.admin1_code}


@dataclass(slots=True)
class Event:
    """One coded event: source does ``cameo`` to target, in one sentence of one document."""

    id: str
    doc_id: str
    sentence_index: int
    sentence: str
    trigger: str  # the words that express the event
    trigger_start: int
    trigger_end: int
    cameo: str  # "173"
    name: str  # CAMEO label of ``cameo``
    root: str  # "17"
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein: float
    plover: str | None  # PLOVER event type, None for CAMEO 01x/02x which PLOVER drops
    plover_mode: str | None = None
    plover_context: tuple[str, ...] = ()
    source: Actor | None = None
    target: Actor | None = None
    date: date | None = None
    date_text: str | None = None  # the expression the date came from ("on Friday (7th)")
    confidence: float = 0.5
    statement: bool = False  # True for "X said ..." statement events (CAMEO 010)
    pattern: str = ""  # the rule that produced the event, for --explain
    place: Place | None = None
    coder_version: str = CODER_VERSION

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "doc": self.doc_id, "sentence_index": self.sentence_index,
            "sentence": self.sentence, "trigger": self.trigger,
            "trigger_start": self.trigger_start, "trigger_end": self.trigger_end,
            "cameo": self.cameo, "name": self.name, "root": self.root,
            "quad_class": self.quad_class, "goldstein": self.goldstein,
            "plover": self.plover, "plover_mode": self.plover_mode,
            "plover_context": list(self.plover_context),
            "date": self.date.isoformat() if self.date else None, "date_text": self.date_text,
            "confidence": round(self.confidence, 3), "statement": self.statement,
            "source": self.source.as_json() if self.source else None,
            "target": self.target.as_json() if self.target else None,
            "place": self.place.as_json() if self.place else None,
            "pattern": self.pattern, "coder_version": self.coder_version,
        }


def event_id(doc_id: str, sentence_index: int, trigger_start: int, cameo: str,
             source: str | None, target: str | None) -> str:
    """Stable event id: the same document coded by the same rules gives the same ids."""
    key = f"{doc_id}|{sentence_index}|{trigger_start}|{cameo}|{source or ''}|{target or ''}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class CodedDocument:
    """What the pipeline returns for one input: the document and everything found in it."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
