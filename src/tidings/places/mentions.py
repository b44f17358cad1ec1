"""Place mentions from a spaCy parse: entities, proper nouns after locative prepositions, place
names glued to neighbouring words, comma qualifiers ("Paris, Texas") and the dateline. How
mentions qualify one another is in :mod:`tidings.places.links`.

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
# Words whose "to" or "from" takes a person as readily as a place ("talked to Sydney", "a letter
# from Jordan", "according to Bruschke"), or a cause ("died from Ebola"). A name after them is
# no more than a weak mention.
_SOCIAL_HEADS = {
    "talk", "speak", "say", "tell", "write", "listen", "reply", "respond", "explain", "answer",
    "give", "hand", "sell", "lend", "offer", "show", "belong", "marry", "apologize",
    "apologise", "complain", "introduce", "refer", "mention", "announce", "describe",
    "suggest", "propose", "read", "wave", "email", "hear", "learn", "receive", "thank",
    "letter", "message", "call", "statement", "gift", "donation", "comment", "tribute",
    "apology", "question", "request", "thanks", "accord",
    # and a cause: "died from Ebola", "suffering from cholera"
    "die", "death", "suffer", "recover", "infection", "protect"}
# Nouns that make "the area of Esperance" or "the town of Dadaab" a place.
_PLACE_NOUNS = {"area", "region", "town", "city", "village", "province", "state", "district",
                "county", "outskirts", "suburbs", "capital", "port", "island", "islands",
                "municipality"}
BIG_CITY = 100_000  # a city this big has quarters: "Western Sydney" is in Sydney
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


def generic_name(key: str) -> bool:
    """True for a name made only of direction and generic words ("Eastern", "North Eastern
    Province", "Central Region"): a dozen countries have a division so named, so the name alone
    says nothing about where it is."""
    return bool(key) and all(w in _PARTS or w in _GENERIC for w in key.split())


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
        # "northern Nigeria" is Nigeria; "West Midlands" and "South Sudan" are names; "south
        # coast" is no name at all (though "Coast" is a province of Kenya)
        if not words[1].text[:1].isupper():
            return None
        return _keyed(span.doc[span.start + 1:span.end], gaz)
    return _part_of_place(span, gaz)


def _part_of_place(span: Span, gaz: Gazetteer) -> tuple[Span, str, None] | None:
    """"North-Western Sydney", "Eastern China": capitalised direction words, the whole name
    unknown, before a country, continent or big city name a part of it. Before a division or a
    region they make another name ("West Midlands" is not Zimbabwe's Midlands, "West Nile" is a
    virus); the known ones ("South Sudan", "West Virginia") never get here."""
    i = span.start
    while i < span.end and (span.doc[i].lower_ in _PARTS or span.doc[i].text == "-"):
        i += 1
    if i == span.start or i == span.end:
        return None
    rest = span.doc[i:span.end]
    key = fold(rest.text)
    entries = gaz.lookup_key(key)
    if any(e.kind in ("country", "continent") for e in entries) or (
            entries and not any(e.kind == "admin1" for e in entries)
            and any(e.kind == "city" and e.population >= BIG_CITY for e in entries)):
        return rest, key, None
    return None


def locative_before(doc: Doc, i: int) -> str | None:
    """The locative preposition just before token ``i`` (skipping "the"), if any. It also
    reaches over earlier names of a list ("in Darfur and Malakal", "in Kenya, Uganda and
    Tanzania") and reads "the area of", "the town of" as locative. A preposition that says to
    or from whom something is said or given ("talked to Sydney", "a letter from Jordan") is
    not locative: a person is as likely as a place there."""
    j = _locative_index(doc, i)
    if j is None:
        return None
    if doc[j].lower_ == "of":
        return f"{doc[j - 1].lower_} of"
    if doc[j].lower_ in ("to", "from") and doc[j].head.lemma_.lower() in _SOCIAL_HEADS:
        return None
    return doc[j].lower_


def _locative_index(doc: Doc, i: int, depth: int = 0) -> int | None:
    j = i - 1
    while j >= 0 and doc[j].lower_ in ("the", "northern", "southern", "eastern", "western",
                                       "central", "north", "south", "east", "west"):
        j -= 1
    if j < 0:
        return None
    word = doc[j].lower_
    if word in LOCATIVE:
        return j
    if word == "of" and j > 0 and doc[j - 1].lower_ in _PLACE_NOUNS:
        return j
    if word in ("and", "or", ",") and depth < 4:
        if word == "," and not depth and not _list_goes_on(doc, i):
            return None  # "deaths in Texas, Philmont said": a clause, not a list
        k = j
        while k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].pos_ == "PROPN":
            k -= 1
        if k < j:  # a name before the conjunction: the list's preposition is before it
            return _locative_index(doc, k, depth + 1)
    return None


def _list_goes_on(doc: Doc, i: int) -> bool:
    """The name at token ``i`` is followed by "and", "or" or a comma: an item of a list."""
    while i < len(doc) and doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN":
        i += 1
    return i < len(doc) and doc[i].lower_ in ("and", "or", ",")


# Entities that may be a place the gazetteer lacks ("Fort Detrick", "Binh Phuoc, Vietnam").
_UNKNOWN_LABELS = PLACE_LABELS | {"PERSON", "NORP"}
_CONTAINER_KINDS = {"country", "admin1", "region", "continent", "water"}
_PREFIX_KINDS = ("country", "region", "continent", "water")


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

    unknown: list[Span] = []  # names the gazetteer lacks where a place is expected
    for ent in doc.ents:
        span = _extend(_trim(ent), gaz, taken)
        before = len(found)
        if ent.label_ in PLACE_LABELS:
            cue = f"ner:{ent.label_}"
            keyed = _keyed(span, gaz)
            if keyed:
                add(keyed[0], keyed[1], cue, keyed[2])
            elif "," in span.text:
                add_parts(span, cue)
            elif not _longest_known_prefix(span, gaz, add, cue):
                _names_inside(span, gaz, add, cue)  # "Central and South America"
                for t in range(span.start, span.end if len(span) > 1 else span.start):
                    taken[t] = True  # "Creek" of "Eastern Creek" is no place
        elif ent.label_ in ("ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"):
            # the small model often labels a bare country or town as ORG or PERSON (or NORP:
            # "Punjab province"): a large feature, or one after a locative word, is a place; a
            # town alone is kept only if the article's other places confirm its country (weak)
            keyed = _keyed(span, gaz)
            if keyed and ent.label_ == "NORP" and gaz.demonym(keyed[1]):
                pass  # "Australian", "Somali": a nationality, whatever else the name is
            elif keyed and keyed[0].start == span.start and keyed[0].end == span.end:
                kinds = {e.kind for e in gaz.lookup_key(keyed[1])}
                prep = locative_before(doc, span.start) if ent.label_ != "NORP" else None
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
            if ent.label_ != "NORP" or keyed or len(found) > before:  # "KazakhstanThe": glued
                for t in range(ent.start, ent.end):  # the rest of an entity is not a place
                    taken[t] = True
        if len(found) == before and ent.label_ in _UNKNOWN_LABELS and _may_be_a_name(span) \
                and (ent.label_ in PLACE_LABELS or locative_before(doc, span.start)):
            unknown.append(span)  # a person's name only where a place is expected

    _proper_noun_runs(doc, gaz, taken, add, unknown)
    _glued(doc, gaz, taken, found, sent_of)
    postal_qualifiers(doc, gaz, found, sent_of)
    found += _repeated_names(doc, taken, found, sent_of)
    found.sort(key=lambda m: m.start)
    link_qualifiers(doc, gaz, found)
    link_possessives(doc, gaz, found)
    found += unknown_in_known(doc, unknown, found, sent_of)
    found.sort(key=lambda m: m.start)
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
               for t in tail) or tail[-1].is_punct:
            continue  # nor to a dangling hyphen: "Esperance -" is "Esperance"
        grown = doc[span.start:end]
        if gaz.lookup_key(fold(grown.text)):
            return grown
        if extra == 1 and tail[0].lower_ in _GENERIC and tail[0].text[:1].isupper():
            return grown
    return _extend_left(span, gaz, taken)


def _extend_left(span: Span, gaz: Gazetteer, taken: list[bool]) -> Span:
    """Grow an entity to the left over capitalised proper nouns the parser left out when that
    makes a known name ("Goz" + "Beida", "Lake" + "Victoria")."""
    doc = span.doc
    for extra in (2, 1):
        start = span.start - extra
        if start < 0 or any(taken[start:span.start]) or not len(span) or span[0].is_sent_start:
            continue
        head = doc[start:span.start]
        if any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_
               or (t.is_sent_start and t.i != start) for t in head):
            continue
        grown = doc[start:span.end]
        if gaz.lookup_key(fold(grown.text)):
            return grown
    return span


IN_NAME = "in-name"  # cue of a place named inside an organisation's or event's name
_NAME_KINDS = ("country", "admin1", "continent", "region")


def _names_inside(span: Span, gaz: Gazetteer, add, cue: str) -> bool:
    """Country, division and big-city names inside a longer name ("Public Health Agency of
    Canada", "NSW Primary Industries Minister", "CDC Atlanta"). Inside an organisation's or an
    event's name they are toponyms but affiliations, not locations (cue ``in-name``). True
    when it found one."""
    doc = span.doc
    i = span.start
    found = False
    while i < span.end:
        for j in range(min(span.end, i + 5), i, -1):
            part = doc[i:j]
            if not part.text[:1].isupper() or (j - i == 1 and part[0].is_stop
                                                and not part[0].text.isupper()):
                continue  # "The", "Of"; but "US" is a name
            if (j - i == 1 and part[0].lower_ in _PARTS) or (
                    i > span.start and doc[i - 1].lower_ in _PARTS
                    and doc[i - 1].text[:1].isupper()):
                continue  # "West Midlands" holds neither "West" nor "Midlands"
            entries = gaz.lookup_key(fold(part.text))
            if any(e.kind in _NAME_KINDS or (e.kind == "city" and e.population >= 300_000)
                   for e in entries):
                add(part, fold(part.text), cue)
                found = True
                i = j - 1
                break
        i += 1
    return found


def _longest_known_prefix(span: Span, gaz: Gazetteer, add, cue: str,
                          kinds: tuple[str, ...] = ()) -> bool:
    """An entity that swallowed a neighbour ("Kazakhstan Tokayev" from repaired glued text):
    keep its longest leading place name, if that is hard to mistake."""
    for end in range(span.end - 1, span.start, -1):
        keyed = _keyed(span.doc[span.start:end], gaz)
        if not keyed:
            continue
        if generic_name(keyed[1]):
            continue  # "Eastern" of "Eastern Creek", "North" of "North-Western Sydney"
        entries = gaz.lookup_key(keyed[1])
        # "Abu" of "Abu Shok" is a town in India and "St. Peter" a parish of Barbados: only
        # countries, world regions and large divisions or cities
        if any(e.kind in (kinds or _PREFIX_KINDS) or (not kinds and e.population >= 1_000_000)
               or (not kinds and e.kind == "city" and e.population >= 100_000)
               for e in entries):
            add(keyed[0], keyed[1], cue, keyed[2])
            return True
    return False


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
        while j < len(doc) and not taken[j] and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
            j += 1
        prep = locative_before(doc, i)
        keyed = _keyed(doc[i:j], gaz)
        if keyed:
            cue = f"after '{prep}'" if prep else "proper noun"
            large = any(e.kind in _CONTAINER_KINDS for e in gaz.lookup_key(keyed[1]))
            add(keyed[0], keyed[1], cue, keyed[2], weak=not (prep or large))
        elif not (j - i > 1 and _names_inside(doc[i:j], gaz, add, IN_NAME)) and prep and \
                _may_be_a_name(doc[i:j]):  # "SOS Children's Villages Sudan" holds a place
            unknown.append(doc[i:j])  # "the village of Cellardyke"
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
