"""Links between place mentions and their neighbours: a qualifier after a comma or "in"
("Paris, Texas", "Austin, in Scott County"), a US postal code ("Portland, ME"), a possessive
("Kenya's Dadaab camps"), and names the gazetteer lacks placed in the known name after them
("Fort Detrick, Maryland").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from tidings.places.gazetteer import Gazetteer, fold
from tidings.places.locative import locative_before
from tidings.places.mentions import Mention
from tidings.places.words import CALENDAR_WORDS, word_list

_LOCATED = word_list("located")  # "Crawford County located in Pennsylvania"


def _inside_words(words: list[str]) -> str | None:
    """What the words between two names say of the second: "in" when they place the first
    inside it ("in", ", in", "located in", ", situated in the"), "located" when a participle
    says so outright, else None."""
    words = [w for w in words if w not in (",", "the")]
    if words == ["in"]:
        return "in"
    if len(words) == 2 and words[0] in _LOCATED and words[1] == "in":
        return "located"
    return None


def postal_qualifiers(doc: Doc, gaz: Gazetteer, found: list[Mention],
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


def link_qualifiers(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> None:
    """"Paris, Texas": a mention right after another and a comma qualifies it; so does a name
    that can only be a division or country after "in" or "located in" ("Austin, in Scott
    County", "Crawford County located in Pennsylvania")."""
    text = doc.text
    for n, (left, right) in enumerate(zip(mentions, mentions[1:])):
        if left.sentence != right.sentence:
            continue
        between = " ".join(text[left.end:right.start].split())
        readings = gaz.lookup_key(right.key)
        inside = _inside_words(between.replace(",", " , ").split())
        if inside and readings and all(
                e.kind in ("country", "admin1", "admin2", "region") for e in readings):
            left.qualifier = right  # "Mission in Chad" is no more a place than "Mission"
            right.is_qualifier = True
            if inside == "located" and _holds(gaz, right.key, left.key):
                left.weak = False  # "a town called Lasby located in Jutland" says it outright
            # "the town of Kalam in the Swat Valley" states where the place is
            left.extra["placed"] = inside == "located" or bool(
                locative_before(doc, left.token_start))
        elif between == ",":
            left.qualifier = right
            right.is_qualifier = True
            left.extra["placed"] = not _in_a_list(doc, doc[left.token_start:left.token_end],
                                                  right) and not _list_goes_on(doc, gaz, right)
            # "Malakal, South Sudan": a known container after a comma backs a weak town, and
            # a strong town a weak container; "Nyanza, Rift Valley and Western" is a list
            if left.weak != right.weak and _holds(gaz, right.key, left.key):
                left.weak = right.weak = False


def _holds(gaz: Gazetteer, outer: str, inner: str) -> bool:
    """Some country or admin-1 division called ``outer`` contains a place called ``inner``."""
    inside = gaz.lookup_key(inner)
    return any(gaz.contains(o, i) for o in gaz.lookup_key(outer)
               if o.kind in ("country", "admin1") for i in inside if i is not o)


def link_possessives(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> None:
    """"Kenya's overcrowded Dadaab camps": a country or division in the possessive before a
    name that it contains qualifies it, as "Dadaab, Kenya" would."""
    by_end = {m.token_end: m for m in mentions}
    for m in mentions:
        i = m.token_start - 1
        while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            i -= 1
        if m.qualifier is not None or i < 1 or doc[i].tag_ != "POS":
            continue
        outer = by_end.get(i)
        if outer is not None and outer is not m and _holds(gaz, outer.key, m.key):
            m.qualifier = outer
            outer.is_qualifier = True
            m.weak = False


def _in_a_list(doc: Doc, span: Span, right: Mention) -> bool:
    """"in Kenya, Xyz, Uganda and Tanzania", "According to Bruschke, China is ...": the comma
    after ``span`` joins items of a list or ends a clause; it does not name a container."""
    if span.start and doc[span.start - 1].lower_ in (",", "and", "or"):
        return True
    after = doc[right.token_end] if right.token_end < len(doc) else None
    return after is not None and (after.lower_ in ("and", "or") or after.tag_ == "POS"
                                  or after.pos_ in ("VERB", "AUX"))


def _list_goes_on(doc: Doc, gaz: Gazetteer, right: Mention) -> bool:
    """"Suba, Migori, Homa Bay": a comma and another name after ``right`` that does not hold
    it make a list ("Stroud, Ontario, Canada" is a place, its province and its country)."""
    i = right.token_end
    if i + 1 >= len(doc) or doc[i].text != "," or not doc[i + 1].text[:1].isupper():
        return False
    j = i + 1
    while j < len(doc) and doc[j].text[:1].isupper() and not doc[j].is_punct:
        j += 1
    return not _holds(gaz, fold(doc[i + 1:j].text), right.key)


def unknown_in_known(doc: Doc, unknown: list[Span], found: list[Mention],
                     sent_of: list[int]) -> list[Mention]:
    """"Fort Detrick, Maryland", "the village of Cellardyke in Fife": a name the gazetteer
    lacks, followed by a comma, "in" or "located in" and a known place that can hold others, is
    a place in that one. "in" needs a locative word before the name too ("died from Ebola in
    Congo" names a cause). The mention has no key of its own; the resolver gives it its qualifier's place."""
    starts = {m.token_start: m for m in found}
    out = []
    seen: set[int] = set()
    for span in unknown:
        if span.start in seen or span.start in starts:
            continue
        seen.add(span.start)
        k = span.end
        words = []
        while k < len(doc) and (doc[k].lower_ in (",", "in", "the") or doc[k].lower_ in _LOCATED) \
                and len(words) < 4:
            words.append(doc[k].lower_)
            k += 1
        right = starts.get(k)
        if right is None or not right.extra.get("container") or right.weak:
            continue
        inside = _inside_words(words)
        if inside:
            if inside == "in" and not locative_before(doc, span.start):
                continue
        elif words != [","] or _in_a_list(doc, span, right):
            continue
        out.append(Mention(span.start_char, span.end_char, span.text, "", sent_of[span.start],
                           "unknown name", qualifier=right, token_start=span.start,
                           token_end=span.end, extra={"unknown": True}))
    return out
