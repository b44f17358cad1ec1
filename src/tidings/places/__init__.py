"""Geolocation: place mentions, their resolution against an offline gazetteer, event places.

    resolver = PlaceResolver()                      # once per process (loads the gazetteer)
    places = resolver.resolve(doc, document)        # every place mention, resolved
    resolver.place_events(events, places, doc, document)   # sets event.place

Each :class:`~tidings.model.Place` says how precise it is (``city``, ``admin2``, ``admin1``,
``country``, ``region``; ``inferred`` for an event placed from the article rather than its own
sentence) and, in ``how``, why it was chosen. Nothing is downloaded; see
:mod:`tidings.places.gazetteer` for the data.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from spacy.tokens import Doc

from tidings.model import Document, Event, Place
from tidings.places.events import main_place, place_events
from tidings.places.gazetteer import Entry, Gazetteer, fold, load_gazetteer
from tidings.places.mentions import Mention, find_mentions
from tidings.places.resolve import Resolution, Resolver, km

__all__ = ["PlaceResolver", "Gazetteer", "Entry", "Mention", "load_gazetteer", "fold", "km"]


class PlaceResolver:
    """Finds and resolves the places of a parsed article and places its events."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or load_gazetteer()
        self._resolver = Resolver(self.gazetteer)

    def mentions(self, doc: Doc) -> list[Mention]:
        return find_mentions(doc, self.gazetteer)

    def resolve(self, doc: Doc, document: Document | None = None) -> list[Place]:
        """Every place mention of ``doc`` (the parse of ``document.text``), in text order.

        Offsets are character offsets into ``document.text``; map them to the text as given
        with ``document.to_original``.
        """
        resolutions = self._resolver.resolve_all(self.mentions(doc), doc)
        return [self._place(r) for r in resolutions]

    def place_events(self, events: Iterable[Event], places: list[Place], doc: Doc,
                     document: Document | None = None) -> None:
        """Set ``event.place`` on each event: see :mod:`tidings.places.events` for the order."""
        place_events(events, places, doc, self.gazetteer)

    def main_place(self, places: list[Place]) -> Place | None:
        return main_place(places, self.gazetteer)

    def _place(self, r: Resolution) -> Place:
        e, m = r.entry, r.mention
        admin1 = None
        if e.kind == "admin1":
            admin1 = e.name
        elif e.kind in ("city", "admin2") and r.precision != "country":
            a1 = self.gazetteer.admin1(e.country, e.admin1)
            admin1 = a1.name if a1 is not None else None
        code = None
        if admin1 is not None and e.admin1:
            iso2 = _alpha2(e.country)
            code = f"{iso2}.{e.admin1}" if iso2 else None
        return Place(m.text, m.start, m.end, e.name, e.lat, e.lon, e.country, admin1,
                     r.precision, r.how, m.sentence, e.id if e.id > 0 else None, code)


@lru_cache(maxsize=None)
def _alpha2(iso3: str | None) -> str | None:
    """ISO alpha-2 of an alpha-3 code: GeoNames writes admin-1 codes as "KZ.02"."""
    import pycountry

    found = pycountry.countries.get(alpha_3=iso3) if iso3 else None
    return found.alpha_2 if found is not None else {"XKX": "XK"}.get(iso3 or "")
