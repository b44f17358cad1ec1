"""Lexicon phrases found in a parsed document: left to right, longest first, held to the rules a
name must follow to be a name (its capitalisation, not a part of a longer person's name).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tidings.actors.lexicon import Entry, Lexicon
from tidings.actors.state import Match

# a country, capital or community inside a longer PERSON name is a given or family name: "Chad
# Smith", "Jim Jordan", "George Washington", "Karen Smith"
NAME_PART_KINDS = frozenset({"country", "seat", "community"})
# nouns that only say what kind of body a name is: "the *Houthi* group", "the *Hamas* movement"
BODY_NOUNS = frozenset({"group", "movement", "organization", "organisation", "militia"})
BODY_KINDS = frozenset({"group", "org"})


def match_document(lexicon: Lexicon, doc: Doc) -> list[Match]:
    """Every lexicon phrase in ``doc``, in order, none overlapping: at each token the longest
    phrase that starts there, unless a name starting inside it reaches further (see
    :func:`_reaches_further`)."""
    # the lemma is a key only for nouns: "forces" → "force", but "suspected" is not "suspect"
    keys = [_keys(t) for t in doc]
    texts = [t.text for t in doc]
    names = _person_names(doc)

    def at(i: int) -> tuple[int, list[Entry]]:
        end, entries = lexicon.match_at(keys, i, texts)
        entries = [e for e in entries if _case_ok(e, doc, i, end)]
        if any(e.kind == "person" for e in entries) and _hyphenated_name(lexicon, doc, i, end):
            entries = [e for e in entries if e.kind != "person"]
        person = names.get(i)
        if person is not None and person[1] - person[0] > end - i and end <= person[1] and \
                not _title_country(lexicon, doc, person[0], i):
            entries = [e for e in entries if e.kind not in NAME_PART_KINDS]
            if _other_given_name(lexicon, doc, person[0], i, entries):
                entries = [e for e in entries if e.kind != "person"]
        return end, entries

    out, i = [], 0
    while i < len(doc):
        end, entries = at(i)
        inner = _reaches_further(i, end, entries, at)
        if inner is not None:
            # the words before the longer name stand alone: "President" as a title
            end, entries = inner, [e for e in lexicon.lookup(texts[i:inner]) if e.kind == "agent"]
        if entries and end < len(doc) and doc[end].lemma_.lower() in BODY_NOUNS and \
                doc[end - 1].head.i == end and any(e.kind in BODY_KINDS for e in entries):
            end += 1  # the body's name with the noun of its kind: "the Houthi group" is the Houthis
        if entries:
            out.append(Match(i, end, entries))
            i = end
        else:
            i += 1
    return out


def _keys(tok: Token) -> tuple[str, ...]:
    """The lower-case forms a token may match: its text, and for a noun its lemma. A plural proper
    noun keeps its -s in spaCy's lemma, so its singular is added: "Revolutionary Guards"; so does a
    capitalised "-men" plural read as a name ("*Militiamen* attacked", at the start of a sentence)
    or any "-men" plural left unlemmatised."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return (tok.lower_,)
    if tok.lower_.endswith("men") and tok.lemma_.lower() == tok.lower_:  # (or tagged singular:
        # "accused Azerbaijani *servicemen*")
        return (tok.lower_, tok.lower_[:-3] + "man")
    if tok.tag_ == "NNPS" and tok.lower_.endswith("s") and not tok.lower_.endswith("ss"):
        return (tok.lower_, tok.lemma_.lower(), tok.lower_[:-1])
    return (tok.lower_, tok.lemma_.lower())


def _reaches_further(i: int, end: int, entries: list[Entry], at) -> int | None:
    """Where a name that starts inside the phrase [i, end) and reaches past it begins, when both
    name the same person or body: "President Xi" is an alias of Xi Jinping, but in "President Xi
    Jinping" the full name is the match and "President" its title. None otherwise."""
    names = {e.name for e in entries if e.kind not in {"agent", "none"} and e.name}
    if not names or end - i < 2:
        return None
    for j in range(i + 1, end):
        end_j, entries_j = at(j)
        if end_j > end and names & {e.name for e in entries_j}:
            return j
    return None


def _hyphenated_name(lexicon: Lexicon, doc: Doc, start: int, end: int) -> bool:
    """True when the words are glued by a hyphen to a capitalised word no entry knows: a part of
    a hyphenated name ("Deputy Defence Minister *Yunus*-Bek Yevkurov" is not Muhammad Yunus; but
    "the *Kim*-Trump summit" names both)."""
    def unknown_part(j: int) -> bool:
        return 0 <= j < len(doc) and doc[j].text[:1].isupper() and not lexicon.lookup([doc[j].text])
    after = end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and \
        unknown_part(end + 1)
    before = start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and \
        unknown_part(start - 2)
    return after or before


def _other_given_name(lexicon: Lexicon, doc: Doc, ent_start: int, i: int, entries: list[Entry]) -> bool:
    """True when the PERSON name around a matched surname starts with a given name that is not
    the lexicon person's: "Maria Solberg" is not Erna Solberg. Titles and initials are
    skipped."""
    people = [e for e in entries if e.kind == "person"]
    if not people:
        return False
    known = {w.lower().strip(".") for e in people for w in (e.name or "").replace("-", " ").split()}
    for tok in doc[ent_start:i]:
        word = tok.text.strip(".")
        if tok.pos_ != "PROPN" or len(word) <= 1:
            continue  # initials
        if any(e.kind == "agent" for e in lexicon.lookup([tok.text])):
            continue  # "President", "General"
        # the given name decides; a middle name or patronymic after it does not
        # ("Vladimir Vladimirovich Putin")
        return word.lower() not in known
    return False


def _title_country(lexicon: Lexicon, doc: Doc, ent_start: int, i: int) -> bool:
    """True when the words at ``i`` open a PERSON name right after "<title> of": the name the
    tagger ran on from the country is its officer's, "President of *Turkmenistan* Serdar
    Berdimuhamedov"."""
    if i != ent_start or i < 2 or doc[i - 1].lower_ != "of":
        return False
    return any(e.kind == "agent" for e in lexicon.lookup([doc[i - 2].text]))


def _person_names(doc: Doc) -> dict[int, tuple[int, int]]:
    """Token → (start, end) of the multi-word PERSON entity it is part of."""
    out: dict[int, tuple[int, int]] = {}
    for ent in doc.ents:
        end = ent.end - 1 if ent[-1].tag_ == "POS" else ent.end  # ("*St Vincent*'s Prime Minister":
        if ent.label_ == "PERSON" and end - ent.start > 1:  # the tagger's name runs on to the possessive)
            for i in range(ent.start, end):
                out[i] = (ent.start, end)
    return out


def _case_ok(entry: Entry, doc: Doc, start: int, end: int) -> bool:
    """Names must be written as names: "US" is a country, "us" a pronoun; agents, and names the
    data writes in lower case, match any case.
    A short acronym must be written in capitals: "GIA" is an armed group, "Gia" a given name
    (longer ones may be written as words: "Nato", "Isis")."""
    if entry.kind == "agent" or not any(c.isupper() for c in entry.phrase):
        return True  # a common noun used as a name ("pope", "blue helmets") is written either way
    letters = entry.phrase.replace(".", "")
    if letters.isalpha() and letters.isupper() and len(letters) <= 3:
        return all(t.text.replace(".", "").isupper() for t in doc[start:end])
    return any(t.text[:1].isupper() for t in doc[start:end])
