"""Bodies that meetings coverage names by a bare title: "the Council", "the General Assembly".

UN and regional press releases name the body whose meeting they cover in full once, if at all, and
then as "the Council": "The Council demanded that all parties cease hostilities", "Council members
condemned the attack", "members of the Council". A capitalised "Council" with nothing of its own
before it but "the" (not "the City Council", "the Military Council") and no "of" phrase (not "the
Council of Ministers") is taken for the last international body with "Council" in its name that the
text names before it ("the Human Rights Council", "the AU Peace and Security Council"), else for the
UN Security Council, as such releases use the word. "The General Assembly" with no owner and no
qualifier of its own (not "the Kentucky General Assembly", "the party's General Assembly") is the
UN's. The lexicon leaves both words out on their own, for they name many national bodies too.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Token

from tidings.actors.lexicon import Entry
from tidings.actors.state import Match

# the bare title → the phrase whose lexicon entry is its default body
DEFAULTS = {"Council": "UN Security Council", "Assembly": "UN General Assembly"}
ORIGIN = "bare title"


def bare_bodies(doc: Doc, matches: list[Match], lookup: Callable[[str], list[Entry]]) -> list[Match]:
    """``matches`` with a match added for each bare "Council" and "General Assembly" (see the
    module's docstring), in document order. ``lookup`` gives the lexicon entries of a phrase."""
    covered = {i for m in matches for i in range(m.start, m.end)}
    added: list[Match] = []
    for tok in doc:
        start = _bare_title(tok, covered)
        if start is None:
            continue
        body = _last_council(matches, tok.i) if tok.text == "Council" else None
        default = next((e for e in lookup(DEFAULTS[tok.text]) if e.kind == "igo"), None)
        entry = body or default
        if entry is None:
            continue
        title = doc[start:tok.i + 1].text
        source = f"the {entry.phrase} named before" if body else "as press releases use it"
        why = f"'{title}' with no owner: {source}"
        added.append(Match(start, tok.i + 1, [Entry("igo", title, entry.code, entry.country, entry.sectors,
                                                     entry.name, origin=ORIGIN, note=why)]))
    return sorted(matches + added, key=lambda m: m.start) if added else matches


def _bare_title(tok: Token, covered: set[int]) -> int | None:
    """The first token of a bare "Council" or "General Assembly" ending at ``tok``, else None."""
    if tok.i in covered or tok.pos_ != "PROPN":
        return None
    if tok.text == "Council":
        start = tok.i
    elif tok.text == "Assembly" and tok.i > 0 and tok.nbor(-1).text == "General" and tok.i - 1 not in covered:
        start = tok.i - 1
    else:
        return None
    own = [c for c in tok.lefts if c.i < start]
    if any(not (c.dep_ == "det" and c.lower_ == "the") for c in own):
        return None  # "the City Council", "the party's General Assembly", "Kenya's Council"
    if start > 0 and (tok.doc[start - 1].text[:1].isupper() and tok.doc[start - 1].lower_ != "the" and
                      not tok.doc[start - 1].is_sent_start or tok.doc[start - 1].tag_ == "POS"):
        return None  # a longer name the parser split ("the Sovereign Council")
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
        return None  # "the Council of Ministers", "the Council of Europe"
    return start


def _last_council(matches: list[Match], before: int) -> Entry | None:
    """The last international body with "Council" in its name matched before token ``before``."""
    found = None
    for m in matches:
        if m.start >= before:
            break
        e = m.first(frozenset({"igo"}))
        if e is not None and "council" in e.phrase.lower() and e.code.startswith("IGO"):
            found = e
    return found
