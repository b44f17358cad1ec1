"""Place mentions from a spaCy parse: entities, proper nouns after locative prepositions, place
names glued to neighbouring words, comma qualifiers ("Paris, Texas") and the dateline. How
mentions qualify one another is in :mod:`tidings.places.links`.

Which part of a span names the place is in :mod:`tidings.places.names`; whether a place is
expected where a name stands, in :mod:`tidings.places.locative`.

A mention is only a span of text and a lookup key; :mod:`tidings.places.resolve` decides which
feature it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from tidings.places.gazetteer import Gazetteer, fold
from tidings.places.locative import kinds_named_before, locative_before
from tidings.places.names import (BIG_CITY, IN_NAME, extend, generic_kinds, generic_name,
                                  known_part, longest_known_prefix, names_inside, shared_head,
                                  trim)
from tidings.places.words import CALENDAR_WORDS, word_list

PLACE_LABELS = {"GPE", "LOC", "FAC"}
ORGANISATIONS = word_list("organisation")  # never places ("Hamas", not Hamm)
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*")


@dataclass(slots=True)
class Mention:
    """Words that name a place, before resolution. Offsets index ``doc.text``."""

    start: int
    end: int
    text: str
    key: str  # folded gazetteer key (may be shorter than ``text``: "the", "'s", "northern")
    sentence: int
    cue: str  # how it was found: "ner:GPE", "after 'in'", "glued", "dateline", ...
    kinds: frozenset[str] | None = None  # only these feature kinds (from "... province")
    qualifier: Mention | None = None  # "Texas" in "Paris, Texas"
    is_qualifier: bool = False
    weak: bool = False  # kept only when the article's other places back it (see resolve)
    token_start: int = 0
    token_end: int = 0
    extra: dict = field(default_factory=dict)


def _sentence_index(doc: Doc) -> list[int]:
    index = [0] * len(doc)
    for i, sent in enumerate(doc.sents):
        for t in range(sent.start, sent.end):
            index[t] = i
    return index


# Entities that may be a place the gazetteer lacks ("Fort Detrick", "Binh Phuoc, Vietnam").
_UNKNOWN_LABELS = PLACE_LABELS | {"PERSON", "NORP"}
_CONTAINER_KINDS = {"country", "admin1", "region", "continent", "water"}



def find_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Every place mention in ``doc``, in text order, with comma qualifiers linked."""
    from tidings.places.dateline import find_dateline  # these build Mention records
    from tidings.places.links import (link_possessives, link_qualifiers, postal_qualifiers,
                                      unknown_in_known)

    sent_of = _sentence_index(doc)
    taken = [False] * len(doc)
    found: list[Mention] = find_dateline(doc, gaz, sent_of)  # first: it outranks entities
    for m in found:
        for t in range(m.token_start, m.token_end):
            taken[t] = True

    def add(span: Span, key: str, cue: str, kinds: frozenset[str] | None = None,
            weak: bool = False) -> None:
        if any(taken[span.start:span.end]) or key in CALENDAR_WORDS:
            return
        if gaz.demonym(key) and not any(e.kind in _CONTAINER_KINDS
                                        for e in gaz.lookup_key(key)):
            return  # "Kazakh", "Chinese": nationality words, not places ("U.S." is both)
        for t in range(span.start, span.end):
            taken[t] = True
        weak = weak or generic_name(key)  # "Eastern": only with its country named elsewhere
        container = any(e.kind in _CONTAINER_KINDS or e.kind == "admin2"
                        for e in gaz.lookup_key(key))
        named = kinds_named_before(doc, span.start) if kinds is None else None
        found.append(Mention(span.start_char, span.end_char, span.text, key,
                             sent_of[span.start], cue, kinds or named, weak=weak,
                             token_start=span.start, token_end=span.end,
                             extra={"container": container, "strict_kinds": bool(named)}))

    def add_parts(span: Span, cue: str, lists: bool = False) -> None:
        # "Pandi, Bulacan" as one entity: each comma-separated part is a mention; so is each
        # name of a list read as one ("Tunja and Duitama"), and an unknown one may be placed
        pieces = _comma_parts(span, lists)
        for n, piece in enumerate(pieces):
            part = known_part(trim(piece), gaz)
            if part and generic_name(part[1]) and n + 1 < len(pieces):
                part = shared_head(trim(piece), pieces[-1], gaz) or part
            if part:
                add(part[0], part[1], cue, part[2])
            elif lists and _may_be_a_name(trim(piece)):
                unknown.append(trim(piece))

    unknown: list[Span] = []  # names the gazetteer lacks where a place is expected
    for ent in doc.ents:
        span = extend(trim(ent), gaz, taken)
        before = len(found)
        if span.text.lower() in ORGANISATIONS:
            for t in range(ent.start, ent.end):  # "Hamas" is the movement, not Hamm
                taken[t] = True
            continue
        if ent.label_ in PLACE_LABELS:
            cue = f"ner:{ent.label_}"
            keyed = known_part(span, gaz)
            if keyed:
                add(keyed[0], keyed[1], cue, keyed[2])
            elif len(_comma_parts(span, lists=True)) > 1:
                add_parts(span, cue, lists=True)  # "Central and South America" too
            elif not longest_known_prefix(span, gaz, add, cue):
                names_inside(span, gaz, add, cue)
                for t in range(span.start, span.end if len(span) > 1 else span.start):
                    taken[t] = True  # "Creek" of "Eastern Creek" is no place
        elif ent.label_ in ("ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"):
            # the small model often labels a bare country or town as ORG or PERSON (or NORP:
            # "Punjab province"): a large feature, or one after a locative word, is a place; a
            # town alone is kept only if the article's other places confirm its country (weak)
            keyed = known_part(span, gaz)
            if keyed and ent.label_ == "NORP" and gaz.demonym(keyed[1]):
                pass  # "Australian", "Somali": a nationality, whatever else the name is
            elif keyed and keyed[0].start == span.start and keyed[0].end == span.end:
                kinds = {e.kind for e in gaz.lookup_key(keyed[1])}
                prep = locative_before(doc, span.start) if ent.label_ != "NORP" else None
                strong = bool(kinds & _CONTAINER_KINDS or prep)
                add(keyed[0], keyed[1], f"name ({ent.label_})", keyed[2], weak=not strong)
            elif "," in span.text and all(
                    known_part(trim(p), gaz) for p in _comma_parts(span)):
                add_parts(span, f"name ({ent.label_})")  # "Pandi, Bulacan" read as an ORG
            elif len(_comma_parts(span, lists=True)) > 1 and _list_cue(doc, span.start):
                add_parts(span, f"name ({ent.label_})", lists=True)  # "the villages of A and B"
            elif ent.label_ == "PERSON":
                # "Sri Lanka - approximately" read as a person; "George Washington" is not
                longest_known_prefix(span, gaz, add, "name (PERSON)", kinds=("country",))
            else:  # "Public Health Agency of Canada", "the Vietnam war"
                names_inside(span, gaz, add, IN_NAME)
            if ent.label_ != "NORP" or keyed or len(found) > before:  # "KazakhstanThe": glued
                for t in range(ent.start, ent.end):  # the rest of an entity is not a place
                    taken[t] = True
        if len(found) == before and ent.label_ in _UNKNOWN_LABELS and _may_be_a_name(span) \
                and (ent.label_ in PLACE_LABELS or locative_before(doc, span.start)):
            unknown.append(span)  # a person's name only where a place is expected

    _proper_noun_runs(doc, gaz, taken, add, unknown)
    _before_generic_word(doc, gaz, taken, add)
    _glued(doc, gaz, taken, found, sent_of)
    postal_qualifiers(doc, gaz, found, sent_of)
    found += _repeated_names(doc, taken, found, sent_of)
    found.sort(key=lambda m: m.start)
    link_qualifiers(doc, gaz, found)
    link_possessives(doc, gaz, found)
    found += unknown_in_known(doc, unknown, found, sent_of)
    found.sort(key=lambda m: m.start)
    return found


def _comma_parts(span: Span, lists: bool = False) -> list[Span]:
    """The parts of ``span`` between commas (and, with ``lists``, "and" and "or")."""
    parts, start = [], span.start
    for t in range(span.start, span.end + 1):
        if t == span.end or span.doc[t].text == "," or (
                lists and span.doc[t].lower_ in ("and", "or")):
            if t > start:
                parts.append(span.doc[start:t])
            start = t + 1
    return parts


def _list_cue(doc: Doc, i: int) -> bool:
    """A list of names at token ``i`` is a list of places when "in" or a place noun ("the
    villages of", "towns called") comes before it ("at Johnson and Johnson" is a company)."""
    prep = locative_before(doc, i)
    return prep is not None and (prep == "in" or " " in prep)



def _proper_noun_runs(doc: Doc, gaz: Gazetteer, taken: list[bool], add,
                      unknown: list[Span]) -> None:
    """Capitalised proper-noun runs outside entities: places after a locative preposition,
    weak mentions (kept only with the article's backing) elsewhere. Unknown names after a
    locative preposition go to ``unknown``."""
    i = 0
    while i < len(doc):
        if taken[i] or doc[i].pos_ != "PROPN" or not doc[i].text[:1].isupper():
            i += 1
            continue
        j = i
        while j < len(doc) and not taken[j] and (
                (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()) or _inner_hyphen(doc, j)):
            j += 1
        prep = locative_before(doc, i)
        keyed = known_part(doc[i:j], gaz)
        if keyed:
            cue = f"after '{prep}'" if prep else "proper noun"
            large = any(e.kind in _CONTAINER_KINDS for e in gaz.lookup_key(keyed[1]))
            add(keyed[0], keyed[1], cue, keyed[2], weak=not (prep or large))
        elif not (j - i > 1 and names_inside(doc[i:j], gaz, add, IN_NAME)) and prep and \
                _may_be_a_name(doc[i:j]):  # "SOS Children's Villages Sudan" holds a place
            unknown.append(doc[i:j])  # "the village of Cellardyke"
        i = j


def _inner_hyphen(doc: Doc, j: int) -> bool:
    """The hyphen of "Rhône-Alpes" or "Baden-Württemberg": between two capitalised words, no
    spaces around it."""
    return (doc[j].text == "-" and 0 < j < len(doc) - 1 and not doc[j - 1].whitespace_
            and not doc[j].whitespace_ and doc[j - 1].text[:1].isupper()
            and doc[j + 1].text[:1].isupper())


def _before_generic_word(doc: Doc, gaz: Gazetteer, taken: list[bool], add) -> None:
    """"Heze city", "Kano state": a capitalised word the parser did not take for a name,
    before a lower-case generic word, is a place of that kind when the gazetteer has one so
    named (a division, or a city of BIG_CITY people or more)."""
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        kinds = generic_kinds(nxt.text) if nxt.is_lower else None
        if (kinds is None or taken[tok.i] or not tok.is_title or tok.is_stop
                or tok.pos_ == "PROPN"):  # a proper noun had its chance as a run
            continue
        key = fold(tok.text)
        if any(e.kind in kinds and (e.kind != "city" or e.population >= BIG_CITY)
               for e in gaz.lookup_key(key)):
            add(tok.doc[tok.i:tok.i + 1], key, f"before '{nxt.text}'", kinds)


def _glued(doc: Doc, gaz: Gazetteer, taken: list[bool], found: list[Mention],
           sent_of: list[int]) -> None:
    """Country, division or large-city names glued to a neighbour word in scraped text
    ("KazakhstanLarge-scale", "close toXinjiang") that ingest did not split."""
    for tok in doc:
        text = tok.text
        if taken[tok.i] or len(text) < 6 or text.islower() or text.isupper():
            continue
        if not any(a.islower() and b.isupper() for a, b in zip(text, text[1:])):
            continue
        if gaz.lookup_key(fold(text)):  # a real name with inner capitals ("DeKalb")
            continue
        for m in _CAMEL.finditer(text):
            piece = m.group(0)
            if len(piece) < 4:
                continue
            key = fold(piece)
            entries = gaz.lookup_key(key)
            if any(e.kind in _CONTAINER_KINDS or e.population >= 100_000 for e in entries):
                start = tok.idx + m.start()
                found.append(Mention(start, start + len(piece), piece, key, sent_of[tok.i],
                                     "glued", token_start=tok.i, token_end=tok.i + 1))


def _may_be_a_name(span: Span) -> bool:
    """Capitalised words without digits or dates: "Fort Detrick", not "H5N1" or "September"."""
    return bool(len(span)) and span.text[:1].isupper() and all(
        not any(c.isdigit() for c in t.text) and t.lower_ not in CALENDAR_WORDS
        and t.ent_type_ not in ("DATE", "TIME") for t in span)


def _repeated_names(doc: Doc, taken: list[bool], found: list[Mention],
                    sent_of: list[int]) -> list[Mention]:
    """"Esperance residents" (parsed as a common noun) after "near Esperance" (a place to the
    parser): a capitalised word that repeats the name of a place entity elsewhere in the
    article is a weak mention; the resolver gives it that entity's place."""
    keys = {m.key for m in found if m.cue.startswith("ner:") and not m.weak}
    out = []
    for tok in doc:
        if taken[tok.i] or not tok.is_title or tok.ent_type_ or fold(tok.text) not in keys:
            continue
        if any(m.token_start <= tok.i < m.token_end for m in found) or any(
                0 <= j < len(doc) and doc[j].is_title and not doc[j].is_sent_start
                for j in (tok.i - 1, tok.i + 1)):
            continue  # "Esperance Lakes Nature Reserve" is another name
        out.append(Mention(tok.idx, tok.idx + len(tok), tok.text, fold(tok.text),
                           sent_of[tok.i], "same name", weak=True, token_start=tok.i,
                           token_end=tok.i + 1))
    return out
