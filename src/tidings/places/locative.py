"""Whether a name stands where a place is expected: after a locative preposition ("in Almaty"),
after "the town of", or later in a list that such a word opens ("in Kenya, Uganda and
Tanzania"). The words are lists of ``places/data/words.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.places.names import generic_kinds
from tidings.places.words import word_list

LOCATIVE = word_list("locative")
_SOCIAL_HEADS = word_list("social_head")
_PLACE_NOUNS = word_list("place_noun")
_NAMING = word_list("naming")


def locative_before(doc: Doc, i: int) -> str | None:
    """The locative preposition just before token ``i`` (skipping "the"), if any. It also
    reaches over earlier names of a list ("in Darfur and Malakal", "in Kenya, Uganda and
    Tanzania") and reads "the area of", "the villages of" and "a town called" as locative. A
    preposition that says to
    or from whom something is said or given ("talked to Sydney", "a letter from Jordan") is
    not locative: a person is as likely as a place there."""
    j = _locative_index(doc, i)
    if j is None:
        return None
    if doc[j].lower_ == "of" or doc[j].lower_ in _NAMING:
        return f"{doc[j - 1].lower_} {doc[j].lower_}"
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
    if (word == "of" or word in _NAMING) and j > 0 and place_noun(doc[j - 1]):
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



def place_noun(tok) -> bool:
    """"town", "villages", "communities": a noun that says a place is meant (the lemma, so
    plurals count; capitalised too, for "Barangays of ..." read as a name)."""
    return tok.lower_ in _PLACE_NOUNS or tok.lemma_.lower() in _PLACE_NOUNS


def kinds_named_before(doc: Doc, i: int) -> frozenset[str] | None:
    """"the state of Washington", "the provinces of A, B and C", "a town called X": the kinds
    of feature the noun before a name (or before its list) says it is; None when no such noun.
    Only a bare noun names: "the eastern region of Chad", "nine provinces of Canada" and "the
    villages of Zamfara" are parts of the place named, not its kind."""
    if locative_before(doc, i) is None:
        return None
    j = _locative_index(doc, i)
    if j is None or j < 2 or (doc[j].lower_ != "of" and doc[j].lower_ not in _NAMING):
        return None
    noun = doc[j - 1]
    if doc[j - 2].lower_ not in ("the", "a", "an"):
        return None
    if noun.lemma_.lower() != noun.lower_ and not (j + 2 < i or _list_goes_on(doc, i)):
        return None  # a plural noun names only a list
    return generic_kinds(noun.lower_)
