"""Bodies that meetings coverage names by a bare title: "the Council", "the General Assembly".

UN and regional press releases name the body whose meeting they cover in full once, if at all, and
then as "the Council": "The Council demanded that all parties cease hostilities", "Council members
condemned the attack", "members of the Council". A capitalised "Council" with nothing of its own
before it but "the" (not "the City Council", "the Military Council") and no "of" phrase (not "the
Council of Ministers") is taken for the last international body with "Council" in its name that the
text names before it ("the Human Rights Council", "the AU Peace and Security Council"), else for the
UN Security Council, as such releases use the word. "The General Assembly" with no owner and no
qualifier of its own (not "the Kentucky General Assembly", "the party's General Assembly") is the
UN's. A bare "the Commission" is, the same way, the last international body with "Commission" in
its name named before it (a UN commission of inquiry, the Venice Commission), else the European
Commission, but only in a text about the European Union (it names "the EU", "Brussels", "MEPs",
"Strasbourg" or a "European Commissioner"; a bare "Commissioner" may be a police or an election
commissioner): elsewhere it is as often a national electoral or human-rights commission. The
lexicon leaves these words out on their own, for they name many national bodies too.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Token

from tidings.actors.lexicon import Entry
from tidings.actors.state import Match

# the bare title → the phrase whose lexicon entry is its default body
DEFAULTS = {"Council": "UN Security Council", "Assembly": "UN General Assembly",
            "Commission": "European Commission"}
ORIGIN = "bare title"
# words that make a text one about the European Union, where "the Commission" is its executive
EU_CUES = frozenset({"EU", "E.U.", "Brussels", "Strasbourg", "MEP", "MEPs", "Eurozone"})
EU_BODIES = frozenset({"Union", "Parliament", "Council", "Commission", "Commissioner"})


def bare_bodies(doc: Doc, matches: list[Match], lookup: Callable[[str], list[Entry]]) -> list[Match]:
    """``matches`` with a match added for each bare "Council", "Commission" and "General Assembly" (see the
    module's docstring), in document order. ``lookup`` gives the lexicon entries of a phrase."""
    covered = {i for m in matches for i in range(m.start, m.end)}
    added: list[Match] = []
    about_eu: bool | None = None  # (read once, at the first bare "Commission")
    for tok in doc:
        start = _bare_title(tok, covered)
        if start is None:
            continue
        body = _last_body(matches, tok.i, tok.text.lower()) if tok.text != "Assembly" else None
        default = next((e for e in lookup(DEFAULTS[tok.text]) if e.kind == "igo"), None)
        if tok.text == "Commission" and about_eu is None:
            about_eu = _about_eu(doc)
        if tok.text == "Commission" and not about_eu:
            default = None  # ("the Commission" of an electoral or rights body at home)
        entry = body or default
        if entry is None:
            continue
        title = doc[start:tok.i + 1].text
        source = f"the {entry.phrase} named before" if body else "as press releases use it"
        why = f"'{title}' with no owner: {source}"
        added.append(Match(start, tok.i + 1, [Entry("igo", title, entry.code, entry.country, entry.sectors,
                                                     entry.name, origin=ORIGIN, note=why)]))
    return sorted(matches + added, key=lambda m: m.start) if added else matches


def _about_eu(doc: Doc) -> bool:
    """True when the text names the European Union or its seats ("EU", "BRUSSELS —", "MEPs", "the
    European Parliament")."""
    return any(t.text in EU_CUES or t.text.title() in EU_CUES or
               t.text == "European" and t.i + 1 < len(doc) and doc[t.i + 1].text in EU_BODIES for t in doc)


def _bare_title(tok: Token, covered: set[int]) -> int | None:
    """The first token of a bare "Council", "Commission" or "General Assembly" ending at ``tok``,
    else None."""
    if tok.i in covered or tok.pos_ != "PROPN":
        return None
    if tok.text in {"Council", "Commission"}:
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


def _last_body(matches: list[Match], before: int, word: str) -> Entry | None:
    """The last international body with ``word`` ("council", "commission") in its name matched
    before token ``before``."""
    found = None
    for m in matches:
        if m.start >= before:
            break
        e = m.first(frozenset({"igo"}))
        if e is not None and word in e.phrase.lower() and e.code.startswith("IGO"):
            found = e
    return found
