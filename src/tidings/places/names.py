"""The shape of place names in text: which part of a span the gazetteer knows ("northern
Nigeria" → "Nigeria", "Kano State" → "Kano" as a division), entities grown to the whole name
("Goz" + "Beida"), and places named inside longer names ("Public Health Agency of Canada").
These helpers read spans and the gazetteer; :mod:`tidings.places.mentions` decides which spans
to ask about.
"""

from __future__ import annotations

from spacy.tokens import Span

from tidings.places.gazetteer import Gazetteer, fold

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
BIG_CITY = 100_000  # a city this big has quarters: "Western Sydney" is in Sydney
# a leading name kept from an entity that swallowed a neighbour ("Kazakhstan Tokayev")
_PREFIX_KINDS = ("country", "region", "continent", "water")


def generic_name(key: str) -> bool:
    """True for a name made only of direction and generic words ("Eastern", "North Eastern
    Province", "Central Region"): a dozen countries have a division so named, so the name alone
    says nothing about where it is."""
    return bool(key) and all(w in _PARTS or w in _GENERIC for w in key.split())



def trim(span: Span) -> Span:
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


def known_part(span: Span, gaz: Gazetteer) -> tuple[Span, str, frozenset[str] | None] | None:
    """The part of ``span`` that the gazetteer knows, its key and any kind restriction."""
    if not len(span):
        return None
    for key in _spellings(fold(span.text)):
        if gaz.lookup_key(key):
            return span, key, None
    words = list(span)
    if len(words) > 1 and words[-1].lower_ in _GENERIC:
        inner = span.doc[span.start:span.end - 1]
        found = known_part(inner, gaz)
        if found:
            return found[0], found[1], frozenset(_GENERIC[words[-1].lower_])
    if len(words) > 1 and words[0].lower_ in _PARTS and words[0].is_lower:
        # "northern Nigeria" is Nigeria; "West Midlands" and "South Sudan" are names; "south
        # coast" is no name at all (though "Coast" is a province of Kenya)
        if not words[1].text[:1].isupper():
            return None
        return known_part(span.doc[span.start + 1:span.end], gaz)
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


def extend(span: Span, gaz: Gazetteer, taken: list[bool]) -> Span:
    """Grow an entity to the right when that makes a longer known name or adds a generic word
    ("Guinea" + "-Bissau", "New York" + "City", "Kano" + "State", "Democratic Republic" + "of
    the Congo")."""
    doc = span.doc
    for extra in (3, 2, 1):
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


def names_inside(span: Span, gaz: Gazetteer, add, cue: str) -> bool:
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


def longest_known_prefix(span: Span, gaz: Gazetteer, add, cue: str,
                          kinds: tuple[str, ...] = ()) -> bool:
    """An entity that swallowed a neighbour ("Kazakhstan Tokayev" from repaired glued text):
    keep its longest leading place name, if that is hard to mistake."""
    for end in range(span.end - 1, span.start, -1):
        keyed = known_part(span.doc[span.start:end], gaz)
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



def shared_head(part: Span, last: Span, gaz: Gazetteer) -> tuple[Span, str, None] | None:
    """"Central" of "Central and South America", "North" of "North and South Carolina": a
    direction word in a list whose last item is a direction and a name shares that name, when
    the two make a known name."""
    words = last.text.split()
    if len(words) < 2 or words[0].lower() not in _PARTS:
        return None
    key = fold(f"{part.text} {' '.join(words[1:])}")
    return (part, key, None) if gaz.lookup_key(key) else None


def generic_kinds(word: str) -> frozenset[str] | None:
    """The feature kinds a generic word names, plurals too ("provinces" → admin1, admin2,
    region; "cities" → city); None for other words."""
    for w in (word, word[:-1] if word.endswith("s") else "",
              word[:-3] + "y" if word.endswith("ies") else ""):
        if w in _GENERIC:
            return frozenset(_GENERIC[w])
    return None
