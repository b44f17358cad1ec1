"""Where each event happened: the place of its own clause, else the nearest place in its
sentence, else its actors' country, else the article's main place.

This module reads events as plain records (``tidings.model.Event``); it never imports the coder.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from tidings.model import Event, Place
from tidings.places.gazetteer import Gazetteer

# Prepositions that locate the action of their clause ("clashed with police in Almaty",
# "troops massed near the border with Iran"). "from" (origin) and "to" (recipient) do not.
CLAUSE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "around",
                "into", "within", "along", "on", "off", "over", "through", "beyond", "onto",
                "towards", "toward", "across", "between", "amid", "nearby"}
_SPECIFIC = {"city": 5, "admin2": 4, "admin1": 3, "country": 2, "region": 1, "inferred": 0}


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _clause_head(tok: Token) -> Token:
    """The verb that heads ``tok``'s clause (the root when there is none)."""
    # spaCy builds a new Token object on every access: compare positions, never identity
    while tok.pos_ not in ("VERB", "AUX") and tok.dep_ != "ROOT" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def clause_preposition(place_root: Token, trigger: Token) -> Token | None:
    """The locative preposition that ties a place to the trigger's clause, if one does.

    Walks up from the place until the first verb: the walk must pass a locative preposition, and
    reach either the trigger itself (a noun trigger: "protests in Almaty") or the verb that
    heads the trigger's clause.
    """
    head = _clause_head(trigger)
    prep = None
    tok = place_root
    while True:
        if tok.dep_ == "prep" and tok.lower_ in CLAUSE_PREPS:
            prep = tok
        up = tok.head
        if up.i == tok.i:
            return None
        if up == trigger or up == head:
            return prep
        if up.pos_ in ("VERB", "AUX"):
            return None  # another clause's place
        tok = up


def main_place(places: list[Place], gaz: Gazetteer) -> Place | None:
    """The article's main place: its dateline, else the country its places fall in most often."""
    for p in places:
        if p.how.startswith("dateline") and p.precision != "region":
            return replace(p, how=f"the article's dateline {p.text!r}")
    counts = Counter(p.country for p in places if p.country)
    if not counts:
        return None
    iso3, n = counts.most_common(1)[0]
    first = next(p for p in places if p.country == iso3)
    country = gaz.country(iso3)
    if country is None:
        return None
    return replace(first, name=country.name, lat=country.lat, lon=country.lon, admin1=None,
                   precision="country", geonameid=country.id if country.id > 0 else None,
                   how=f"the article's main country: {n} of {sum(counts.values())} place "
                       f"mentions are in {country.name}")


def _country_place(iso3: str, gaz: Gazetteer, evidence: Place | None, how: str,
                   event: Event) -> Place | None:
    country = gaz.country(iso3)
    if country is None:
        return None
    text, start, end = "", event.trigger_start, event.trigger_start
    for actor in (event.source, event.target):
        if actor is not None and actor.country == iso3:
            text, start, end = actor.text, actor.start, actor.end
            break
    return Place(text, start, end, country.name, country.lat, country.lon, iso3, None,
                 "country", how, event.sentence_index,
                 country.id if country.id > 0 else None)


def place_events(events: Iterable[Event], places: list[Place], doc: Doc,
                 gaz: Gazetteer) -> None:
    """Set ``event.place`` for every event (left ``None`` when the article names no place)."""
    events = list(events)
    if not events:
        return
    by_sentence: dict[int, list[tuple[Place, Span]]] = {}
    for p in places:
        if p.how.startswith("in-name"):  # "Bank of China" says nothing about where
            continue
        span = _span(doc, p.start, p.end)
        if span is not None and p.sentence_index is not None:
            by_sentence.setdefault(p.sentence_index, []).append((p, span))
    main = main_place(places, gaz)
    text = doc.text  # spaCy rebuilds doc.text from its tokens on every access: read it once
    for event in events:
        event.place = _place_one(event, by_sentence.get(event.sentence_index, []), doc, text, gaz,
                                 main)


def _place_one(event: Event, here: list[tuple[Place, Span]], doc: Doc, text: str,
               gaz: Gazetteer, main: Place | None) -> Place | None:
    trigger_span = _span(doc, event.trigger_start, max(event.trigger_end, event.trigger_start + 1))
    trigger = trigger_span.root if trigger_span is not None else None
    # the parser may run a title or a heading into the next sentence: a line break ends it
    here = [(p, s) for p, s in here if "\n" not in text[min(p.start, event.trigger_start):
                                                          max(p.end, event.trigger_end)]]
    if trigger is not None and here:
        tied = [(p, prep) for p, s in here
                if (prep := clause_preposition(s.root, trigger)) is not None]
        if tied:
            p, prep = max(tied, key=lambda x: (_SPECIFIC.get(x[0].precision, 0),
                                               -abs(x[0].start - event.trigger_start)))
            phrase = doc[prep.i:max(prep.i + 1, _span(doc, p.start, p.end).end)].text
            return replace(p, how=f"the event's clause: {phrase!r} — {p.how}")
        # a place inside the source's or target's words ("Moscow said", "Russia's
        # peacekeepers", "President Tokayev of Kazakhstan") says who acted, not where
        actors = [a for a in (event.source, event.target) if a is not None]
        free = [p for p, _ in here
                if not any(a.start < p.end and p.start < a.end for a in actors)]
        if free:
            p = min(free, key=lambda p: (abs(p.start - event.trigger_start),
                                         -_SPECIFIC.get(p.precision, 0)))
            return replace(p, how=f"nearest place in the sentence — {p.how}")
    why = "the sentence names places only as actors" if here else "no place in the sentence"
    # an actor whose country the actor stage guessed from the article adds nothing the
    # article's main place does not already say: only named countries count here
    actors = [a for a in (event.source, event.target)
              if a is not None and a.country and not a.guessed]
    countries = {a.country for a in actors}
    if countries:
        if main is not None and main.country in countries:
            iso3 = main.country
        elif len(countries) == 1:
            iso3 = next(iter(countries))
        else:
            iso3 = None
        if iso3 is not None:
            roles = ", ".join(f"{'source' if a is event.source else 'target'} {a.code}"
                              for a in actors if a.country == iso3)
            return _country_place(iso3, gaz, main, f"{why}; the actors' country ({roles})",
                                  event)
    if main is not None:
        return replace(main, precision="inferred", how=f"{why}; {main.how}")
    return None
