"""Place mentions from a spaCy parse: entities, proper nouns after locative prepositions, place
names glued to neighbouring words, comma qualifiers ("Paris, Texas") and the dateline.

A mention is only a span of text and a lookup key; :mod:`tidings.places.resolve` decides which
feature it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from tidings.places.gazetteer import Gazetteer, fold

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Prepositions that put what follows at a place ("in Almaty", "near Iran", "from Kenya").
LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "from",
            "to", "into", "within", "towards", "toward", "via", "between", "along", "off"}
# Words that only say which part of a place: "northern Nigeria" names Nigeria.
_PARTS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
          "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
          "northwestern", "southeastern", "southwestern", "upper", "lower", "downtown", "rural",
          "metropolitan", "greater", "north-east", "north-west", "south-east", "south-west",
          "north-eastern", "north-western", "south-eastern", "south-western"}
# A trailing generic word says what kind of feature is meant: "Almaty region", "Kano city".
_GENERIC = {
    "province": {"admin1", "admin2", "region"}, "state": {"admin1", "region"},
    "region": {"admin1", "admin2", "region"}, "governorate": {"admin1", "admin2"},
    "oblast": {"admin1"}, "prefecture": {"admin1", "admin2"}, "territory": {"admin1", "region"},
    "department": {"admin1", "admin2"}, "county": {"admin2", "admin1"},
    "district": {"admin2", "admin1"}, "municipality": {"admin2", "city"}, "city": {"city"},
    "town": {"city"}, "village": {"city"},
}
# Months and weekdays are also the names of a few small towns ("Jan", "Of"); never places here.
CALENDAR_WORDS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct",
                  "nov", "dec", "january", "february", "march", "april", "june", "july",
                  "august", "september", "october", "november", "december", "monday",
                  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
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


def _trim(span: Span) -> Span:
    """Drop a leading article and a trailing possessive or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                           or doc[end - 1].lower_ in ("'s", "’s")):
        end -= 1
    return doc[start:end]


_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}


def _spellings(key: str) -> list[str]:
    """A folded name and its spelled-out form: "st marc" → "saint marc"."""
    head, _, rest = key.partition(" ")
    if rest and head in _ABBREVIATIONS:
        return [key, f"{_ABBREVIATIONS[head]} {rest}"]
    return [key]


def _keyed(span: Span, gaz: Gazetteer) -> tuple[Span, str, frozenset[str] | None] | None:
    """The part of ``span`` that the gazetteer knows, its key and any kind restriction."""
    if not len(span):
        return None
    for key in _spellings(fold(span.text)):
        if gaz.lookup_key(key):
            return span, key, None
    words = list(span)
    if len(words) > 1 and words[-1].lower_ in _GENERIC:
        inner = span.doc[span.start:span.end - 1]
        found = _keyed(inner, gaz)
        if found:
            return found[0], found[1], frozenset(_GENERIC[words[-1].lower_])
    if len(words) > 1 and words[0].lower_ in _PARTS and words[0].is_lower:
        # "northern Nigeria" is Nigeria; "West Midlands" and "South Sudan" are names
        return _keyed(span.doc[span.start + 1:span.end], gaz)
    return None


def _locative_before(doc: Doc, i: int) -> str | None:
    """The locative preposition just before token ``i`` (skipping "the"), if any."""
    j = i - 1
    while j >= 0 and doc[j].lower_ in ("the", "northern", "southern", "eastern", "western",
                                       "central", "north", "south", "east", "west"):
        j -= 1
    if j >= 0 and doc[j].lower_ in LOCATIVE:
        return doc[j].lower_
    return None


_CONTAINER_KINDS = {"country", "admin1", "region", "continent", "water"}
_PREFIX_KINDS = ("country", "region", "continent", "water")


def find_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Every place mention in ``doc``, in text order, with comma qualifiers linked."""
    from tidings.places.dateline import find_dateline  # it builds Mention records

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
        container = any(e.kind in _CONTAINER_KINDS or e.kind == "admin2"
                        for e in gaz.lookup_key(key))
        found.append(Mention(span.start_char, span.end_char, span.text, key,
                             sent_of[span.start], cue, kinds, weak=weak,
                             token_start=span.start, token_end=span.end,
                             extra={"container": container}))

    def add_parts(span: Span, cue: str) -> None:
        # "Pandi, Bulacan" as one entity: each comma-separated part is a mention
        for piece in _comma_parts(span):
            part = _keyed(_trim(piece), gaz)
            if part:
                add(part[0], part[1], cue, part[2])

    for ent in doc.ents:
        span = _extend(_trim(ent), gaz, taken)
        if ent.label_ in PLACE_LABELS:
            cue = f"ner:{ent.label_}"
            keyed = _keyed(span, gaz)
            if keyed:
                add(keyed[0], keyed[1], cue, keyed[2])
            elif "," in span.text:
                add_parts(span, cue)
            elif not _longest_known_prefix(span, gaz, add, cue):
                _names_inside(span, gaz, add, cue)  # "Central and South America"
        elif ent.label_ in ("ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT"):
            # the small model often labels a bare country or town as ORG or PERSON: a large
            # feature, or one after a locative word, is a place; a town alone is kept only if
            # the article's other places confirm its country (``weak``)
            keyed = _keyed(span, gaz)
            if keyed and keyed[0].start == span.start and keyed[0].end == span.end:
                kinds = {e.kind for e in gaz.lookup_key(keyed[1])}
                prep = _locative_before(doc, span.start)
                strong = bool(kinds & _CONTAINER_KINDS or prep)
                add(keyed[0], keyed[1], f"name ({ent.label_})", keyed[2], weak=not strong)
            elif "," in span.text and all(
                    _keyed(_trim(p), gaz) for p in _comma_parts(span)):
                add_parts(span, f"name ({ent.label_})")  # "Pandi, Bulacan" read as an ORG
            elif ent.label_ == "PERSON":
                # "Sri Lanka - approximately" read as a person; "George Washington" is not
                _longest_known_prefix(span, gaz, add, "name (PERSON)", kinds=("country",))
            else:  # "Public Health Agency of Canada", "the Vietnam war"
                _names_inside(span, gaz, add, IN_NAME)
            for t in range(ent.start, ent.end):  # the rest of an entity is not a place
                taken[t] = True

    _proper_noun_runs(doc, gaz, taken, add)
    _glued(doc, gaz, taken, found, sent_of)
    _postal_qualifiers(doc, gaz, found, sent_of)
    found.sort(key=lambda m: m.start)
    _link_qualifiers(doc, found)
    return found


def _comma_parts(span: Span) -> list[Span]:
    parts, start = [], span.start
    for t in range(span.start, span.end + 1):
        if t == span.end or span.doc[t].text == ",":
            parts.append(span.doc[start:t])
            start = t + 1
    return parts


def _extend(span: Span, gaz: Gazetteer, taken: list[bool]) -> Span:
    """Grow an entity to the right when that makes a longer known name or adds a generic word
    ("Guinea" + "-Bissau", "New York" + "City", "Kano" + "State")."""
    doc = span.doc
    for extra in (2, 1):
        end = span.end + extra
        if end > len(doc) or any(taken[span.end:end]) or not len(span):
            continue
        tail = doc[span.end:end]
        # never across a possessive or punctuation: "Peru's" is not "Perus" (a Brazilian town)
        if any(t.is_sent_start or t.tag_ == "POS" or (t.is_punct and t.text != "-")
               for t in tail):
            continue
        grown = doc[span.start:end]
        if gaz.lookup_key(fold(grown.text)):
            return grown
        if extra == 1 and tail[0].lower_ in _GENERIC and tail[0].text[:1].isupper():
            return grown
    return span


IN_NAME = "in-name"  # cue of a place named inside an organisation's or event's name
_NAME_KINDS = ("country", "admin1", "continent", "region")


def _names_inside(span: Span, gaz: Gazetteer, add, cue: str) -> None:
    """Country, division and big-city names inside a longer name ("Public Health Agency of
    Canada", "NSW Primary Industries Minister", "CDC Atlanta"). Inside an organisation's or an
    event's name they are toponyms but affiliations, not locations (cue ``in-name``)."""
    doc = span.doc
    i = span.start
    while i < span.end:
        for j in range(min(span.end, i + 5), i, -1):
            part = doc[i:j]
            if not part.text[:1].isupper() or (j - i == 1 and part[0].is_stop
                                                and not part[0].text.isupper()):
                continue  # "The", "Of"; but "US" is a name
            if part[0].lower_ in _PARTS or (i > span.start and doc[i - 1].lower_ in _PARTS
                                            and doc[i - 1].text[:1].isupper()):
                continue  # "West Midlands" holds neither "West" nor "Midlands"
            entries = gaz.lookup_key(fold(part.text))
            if any(e.kind in _NAME_KINDS or (e.kind == "city" and e.population >= 300_000)
                   for e in entries):
                add(part, fold(part.text), cue)
                i = j - 1
                break
        i += 1


def _longest_known_prefix(span: Span, gaz: Gazetteer, add, cue: str,
                          kinds: tuple[str, ...] = ()) -> bool:
    """An entity that swallowed a neighbour ("Kazakhstan Tokayev" from repaired glued text):
    keep its longest leading place name, if that is hard to mistake."""
    for end in range(span.end - 1, span.start, -1):
        keyed = _keyed(span.doc[span.start:end], gaz)
        if not keyed:
            continue
        entries = gaz.lookup_key(keyed[1])
        # "Abu" of "Abu Shok" is a town in India and "St. Peter" a parish of Barbados: only
        # countries, world regions and large divisions or cities
        if any(e.kind in (kinds or _PREFIX_KINDS) or (not kinds and e.population >= 1_000_000)
               or (not kinds and e.kind == "city" and e.population >= 100_000)
               for e in entries):
            add(keyed[0], keyed[1], cue, keyed[2])
            return True
    return False


def _proper_noun_runs(doc: Doc, gaz: Gazetteer, taken: list[bool], add) -> None:
    """Capitalised proper-noun runs outside entities: places after a locative preposition,
    weak mentions (kept only with the article's backing) elsewhere."""
    i = 0
    while i < len(doc):
        if taken[i] or doc[i].pos_ != "PROPN" or not doc[i].text[:1].isupper():
            i += 1
            continue
        j = i
        while j < len(doc) and not taken[j] and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
            j += 1
        prep = _locative_before(doc, i)
        keyed = _keyed(doc[i:j], gaz)
        if keyed:
            cue = f"after '{prep}'" if prep else "proper noun"
            large = any(e.kind in _CONTAINER_KINDS for e in gaz.lookup_key(keyed[1]))
            add(keyed[0], keyed[1], cue, keyed[2], weak=not (prep or large))
        elif j - i > 1:
            _names_inside(doc[i:j], gaz, add, IN_NAME)  # "SOS Children's Villages Sudan"
        i = j


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


def _postal_qualifiers(doc: Doc, gaz: Gazetteer, found: list[Mention],
                       sent_of: list[int]) -> None:
    """"Portland, ME": a US postal code after a place and a comma names its state. Never a
    place alone ("ME", "OR" and "IN" are words too)."""
    for m in list(found):
        i = m.token_end
        if i + 1 >= len(doc) or doc[i].text != ",":
            continue
        tok = doc[i + 1]
        if len(tok.text) != 2 or not tok.text.isupper() or tok.text.lower() in CALENDAR_WORDS:
            continue
        state = gaz.admin1("USA", tok.text)
        if state is not None and not any(f.token_start == tok.i for f in found):
            found.append(Mention(tok.idx, tok.idx + 2, tok.text, fold(state.name),
                                 sent_of[tok.i], "US postal code", frozenset({"admin1"}),
                                 token_start=tok.i, token_end=tok.i + 1,
                                 extra={"container": True}))


def _link_qualifiers(doc: Doc, mentions: list[Mention]) -> None:
    """"Paris, Texas": a mention right after another and a comma qualifies it."""
    text = doc.text
    for left, right in zip(mentions, mentions[1:]):
        if text[left.end:right.start].strip() == "," and left.sentence == right.sentence:
            left.qualifier = right
            right.is_qualifier = True
            # "Malakal, South Sudan": a known container after a comma backs a weak town;
            # a weak word after a strong place is backed only if it can be a container
            if left.weak and not right.weak:
                left.weak = False
            elif right.weak and not left.weak and right.extra.get("container"):
                right.weak = False
