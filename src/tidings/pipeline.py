"""Wires the stages together; the only module that knows their order.

    RawText → Document (ingest: language, repair) → spaCy Doc (nlp) → actor mentions (actors)
            → places (places) → events (events)

A :class:`Pipeline` holds everything that is loaded once per process (the spaCy model, lexicons,
verb patterns) and codes documents in batches through ``nlp.pipe``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, TypeVar

from tidings.model import CodedDocument, Document, Sentence, Skip
from tidings.nlp.reparse import reparse
from tidings.ingest.raw import RawText

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tidings.actors.resolver import Mentions

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Options:
    """How to code. Every field has the default a new user gets from ``tidings code``."""

    actors: tuple[Path, ...] = ()  # user actor dictionaries (tidings TSV or PETRARCH format)
    verbs: tuple[Path, ...] = ()  # user verb/noun pattern files
    statements: bool = True  # emit "X said ..." statement events (CAMEO 010, statement=True)
    min_confidence: float = 0.0  # drop events below this confidence
    places: bool = True  # geolocate events
    batch_size: int = 32  # documents per nlp.pipe batch


# regular English endings and what the bare word may end in instead ("asked", "carries", "stopped")
_ENDINGS = (("ied", ("y",)), ("ies", ("y",)), ("ing", ("", "e")), ("ed", ("", "e")), ("es", ("",)),
            ("s", ("",)))


def _inflected(word: str, vocabulary: set[str]) -> bool:
    """True for a regular inflection of a word the vocabulary (lemmas only) knows: "asked", "talks",
    "stopped", "carries", so that "askedWashington" splits like "askWashington" would."""
    for ending, bare in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if any(stem + b in vocabulary for b in bare) or (
                    ending in {"ed", "ing"} and stem[-1] == stem[-2] and stem[:-1] in vocabulary):
                return True
    return False


class Pipeline:
    """Loads the model and data once; codes any number of documents."""

    def __init__(self, options: Options | None = None):
        from tidings.actors.resolver import ActorResolver
        from tidings.events.coder import EventCoder
        from tidings.nlp.loader import load_nlp, word_index

        self.options = options or Options()
        self.nlp = load_nlp()
        words = word_index()
        self._vocabulary = set().union(*words.values())
        self.resolver = ActorResolver(self.nlp, user_files=self.options.actors,
                                      country_of_place=country_of_place, places_named=places_named)
        self.coder = EventCoder(user_files=self.options.verbs)
        self._places = None
        if self.options.places:
            try:
                from tidings.places import PlaceResolver
            except ImportError:  # the places stage is optional until it lands
                PlaceResolver = None
            if PlaceResolver is not None:
                self._places = PlaceResolver()

    # -- inputs ---------------------------------------------------------------------------------
    def is_word(self, word: str) -> bool:
        """True for a known English word or a known actor name (used to repair glued words)."""
        w = word.lower()
        return w in self._vocabulary or _inflected(w, self._vocabulary) or self.resolver.is_name(word)

    def documents(self, items: Iterable[RawText | Skip],
                  published: date | None = None) -> Iterator[Document | Skip]:
        from tidings.ingest.document import make_document

        for item in items:
            if isinstance(item, Skip):
                yield item
            else:
                yield make_document(item, published=published, is_word=self.is_word)

    # -- coding ---------------------------------------------------------------------------------
    def code_raw(self, items: Iterable[RawText | Skip],
                 published: date | None = None) -> Iterator[CodedDocument | Skip]:
        """Code inputs as read by :mod:`tidings.ingest`; skips pass through in order."""
        return self.code_documents(self.documents(items, published))

    def code_documents(self, items: Iterable[Document | Skip]) -> Iterator[CodedDocument | Skip]:
        return self.map_parsed(items, self._code_one)

    def map_parsed(self, items: Iterable[Document | Skip],
                   fn: Callable[[Document, Doc], T]) -> Iterator[T | Skip]:
        """``fn(document, parsed doc)`` for each document, parsed in batches through ``nlp.pipe``;
        skips pass through in order. ``fn`` must return plain records, not spaCy objects."""
        pending: list[Document | Skip] = []
        for item in items:
            pending.append(item)
            if len(pending) >= self.options.batch_size:
                yield from self._map_batch(pending, fn)
                pending = []
        if pending:
            yield from self._map_batch(pending, fn)

    def _map_batch(self, batch: list[Document | Skip],
                   fn: Callable[[Document, Doc], T]) -> Iterator[T | Skip]:
        docs = [d for d in batch if isinstance(d, Document)]
        # spaCy adds every word it has not seen before (names, numbers, typos) to its vocabulary
        # for good: over millions of articles that is a worker's one unbounded growth. A memory
        # zone frees what the batch added. Nothing made in the zone may outlive it, so the batch
        # becomes plain records inside it; zones must not overlap, hence the lock.
        with _ZONE_LOCK, self.nlp.memory_zone():
            parsed = iter(self.nlp.pipe((d.text for d in docs), batch_size=self.options.batch_size))
            done = [item if isinstance(item, Skip) else fn(item, next(parsed)) for item in batch]
        _trim_caches(self.nlp)
        yield from done

    def mentions(self, document: Document, doc: "Doc") -> "Mentions":
        """The actor mentions of ``doc`` (the parse of ``document``), after the parse repairs that
        decide who the actors are (:mod:`tidings.nlp.reparse`)."""
        reparse(doc)
        return self.resolver.resolve(doc, document)

    def _code_one(self, document: Document, doc) -> CodedDocument:
        sentences = [Sentence(document.id, i, s.start_char, s.end_char, s.text)
                     for i, s in enumerate(doc.sents)]
        mentions = self.mentions(document, doc)
        places = self._places.resolve(doc, document) if self._places is not None else []
        events = self.coder.code(doc, document, mentions, statements=self.options.statements)
        if self._places is not None:
            self._places.place_events(events, places, doc, document)
        events = [e for e in events if e.confidence >= self.options.min_confidence]
        return CodedDocument(document, sentences, mentions.actors(), events, places)


_ZONE_LOCK = threading.Lock()
LEMMA_CACHE_LIMIT = 100_000  # entries; a few MB, far more than the words of a day's news


def _trim_caches(nlp) -> None:
    """Empty the lemmatizer's memo (one entry per word form and tag, never evicted) when large."""
    if "lemmatizer" in nlp.pipe_names:
        cache = getattr(nlp.get_pipe("lemmatizer"), "cache", None)
        if isinstance(cache, dict) and len(cache) > LEMMA_CACHE_LIMIT:
            cache.clear()


OWN_NAME_FLOOR = 100_000


@lru_cache(maxsize=4096)
def places_named(name: str) -> tuple[tuple[str, int], ...]:
    """(ISO-3 country, population) for every country that has a city, first-level division,
    region or country so called, most populous first; one pair per country, with its largest
    namesake ("Tripoli" → (("LBY", 1579155), ("LBN", 229398), ("GRC", 26561), ("USA", 1342))).
    The actor resolver decides among them with the article's context. A city of OWN_NAME_FLOOR
    people that bears the name as its own outranks places that only list it among their other
    names ("Jayapura" is Indonesia's city, not a Sanskrit form of Jaipur). Loads the gazetteer on
    first use."""
    from tidings.places.gazetteer import fold, load_gazetteer

    found = [e for e in load_gazetteer().lookup(name)
             if e.kind in {"city", "admin1", "country", "region"} and e.country]
    key = fold(name)
    if any(fold(e.name) == key and e.kind == "city" and e.population >= OWN_NAME_FLOOR for e in found):
        found = [e for e in found if fold(e.name) == key]
    best: dict[str, int] = {}
    for e in found:
        best[e.country] = max(best.get(e.country, 0), e.population)
    return tuple(sorted(best.items(), key=lambda cp: -cp[1]))


def country_of_place(name: str) -> str | None:
    """ISO-3 country of a place the actor resolver meets ("Professor X of the University of
    Technology Sydney" → AUS), when the places gazetteer is sure of it: the most populous city,
    first-level division or region so called has 100,000+ people and three times as many as any
    namesake in another country."""
    found = places_named(name)
    if not found:
        return None
    (country, population), rival = found[0], (found[1][1] if len(found) > 1 else 0)
    if population < 100_000 or population < 3 * rival:
        return None
    return country


@lru_cache(maxsize=4)
def pipeline_for(options: Options = Options()) -> Pipeline:
    """A process-wide pipeline for these options (the Python API and ``code_text`` use it), so
    that coding many texts one by one loads the model and the lexicons once."""
    return Pipeline(options)


def default_pipeline() -> Pipeline:
    return pipeline_for(Options())


def parse_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def code_text(text: str, date: str | date | None = None, origin: str = "-",
              options: Options | None = None) -> CodedDocument:
    """Code one text. Raises ValueError when the text cannot be coded (with the reason)."""
    pipeline = pipeline_for(options if options is not None else Options())
    raw = RawText(origin=origin, text=text)
    (result,) = pipeline.code_raw([raw], published=parse_date(date))
    if isinstance(result, Skip):
        raise ValueError(result.message())
    return result
