"""Names the lexicon does not know — or knows, by date — and what the article says about them.

- :func:`known_person`: a person in the lexicon, coded by the role they hold on the date
  (:func:`tidings.actors.roles.person_role`); with no date, the text's title picks the role and its
  "former" makes it a former one;
- :func:`titled_person`: "Kazakh President Tokayev", "Professor Feng Chongyi of the University of
  Technology Sydney" — the title gives the sectors, its modifiers and of/from phrases the country;
- :func:`apposition`: "Su Ziyun, a military expert from the ... Institute of Taiwan" — the phrase in
  apposition is resolved as an actor of its own and the name takes its code;
- :func:`named_body`: a body whose name says what it is ("the University of Technology Sydney");
- :func:`ethnic_group`: "ethnic Albanians in south Serbia" live in Serbia.

Every person found here is remembered by the resolver, so that later mentions of the name and
pronouns inherit the code (:mod:`tidings.actors.coref`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from tidings.actors.context import country_of_tokens
from tidings.actors.roles import STATE_SECTORS, Role, extra_sectors, person_role
from tidings.actors.state import DocState, how_of
from tidings.model import Actor

if TYPE_CHECKING:
    from tidings.actors.parts import Parts


def known_person(p: "Parts", text: str, start: int, end: int, st: DocState) -> Actor | None:
    role = person_role(p.person, st.when, [t.phrase for t in p.title])
    if role is None:
        return None
    if p.former and st.when is None and not role.former:
        role = _as_former(role)  # no date: the text's "former" is the best evidence there is
    first = p.person[0]
    return Actor(text, start, end, role.code, role.country, role.sectors, first.name,
                 how_of(role.entry or first), role.detail, kind="person")


def titled_person(p: "Parts", head: Token, span: Span, st: DocState) -> Actor:
    sectors = p.sectors(st)
    if p.org_mod is not None and not p.country:
        o = p.org_mod
        extra = extra_sectors(o, sectors)
        code, country, sectors = o.code + "".join(extra), o.country, list(o.sectors + extra)
        guessed, how_c = False, o.name
    else:
        country, how_c, guessed = p.country_for(head, st)
        code = (country or "---") + "".join(sectors)
    titles = ", ".join(t.phrase for t in p.title) or (p.org_mod.phrase if p.org_mod else "")
    detail = f"title '{titles}'" + (" (former)" if p.former else "") + \
             (f"; country from {how_c}" if how_c else "")
    return Actor(span.text, span.start_char, span.end_char, code, country, tuple(sectors),
                 name_of(head), "title", detail, guessed=guessed, kind="person")


def apposition(p: "Parts", head: Token, span: Span, st: DocState) -> Actor | None:
    """"Su Ziyun, a military expert from ... of Taiwan": the name takes the code of the
    agent phrase in apposition, resolved on its own (either order: "the former chairman,
    Karim Masimov," too)."""
    candidates = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        candidates.append(head.head)
    for tok in candidates:
        if tok.pos_ != "NOUN":
            continue
        other = st.resolve_at(tok)
        if other is None or other.kind in {"person", "country"} or not other.sectors:
            continue
        return Actor(span.text, span.start_char, span.end_char, other.code, other.country,
                     other.sectors, name_of(head), "apposition",
                     f"'{other.text}' in apposition ({other.how}: {other.detail})",
                     guessed=other.guessed, kind="person")
    return None


def named_body(p: "Parts", head: Token, span: Span, st: DocState) -> Actor:
    """A named body the lexicon does not know, whose name says what it is: "the University
    of Technology Sydney" (EDU, in Australia)."""
    sectors = p.sectors(st)
    own = country_of_tokens(span, st) if p.country is None else None
    if own is not None:  # the name holds a place: "... of Technology Sydney"
        p.country, p.country_how = own[0], f"{own[1]} in the name"
    country, how_c, guessed = p.country_for(head, st)
    words = ", ".join(t.phrase for t in p.title)
    detail = f"'{words}' in the name → {' '.join(sectors)}" + (f"; country from {how_c}" if how_c else "")
    return Actor(span.text, span.start_char, span.end_char, (country or "---") + "".join(sectors),
                 country, tuple(sectors), span.text, "context" if guessed else "lexicon", detail,
                 guessed=guessed, kind="organisation")


def ethnic_group(p: "Parts", head: Token, span: Span, st: DocState) -> Actor:
    """"ethnic Albanians in south Serbia": an ethnic group is coded by the country it lives
    in (its of/in phrase, else the context), as civilians; the demonym's own country only
    when nothing else is known."""
    c = p.head_country
    country, how, guessed = p.country_for(head, st)
    if country is None:
        country, how, guessed = c.country, f"'{c.phrase}' itself (nothing says where they live)", False
    detail = f"ethnic '{c.phrase}' → CVL; country from {how}"
    return Actor(span.text, span.start_char, span.end_char, f"{country}CVL", country, ("CVL",),
                 None, "context" if guessed else how_of(c), detail, guessed=guessed)


def _as_former(role: Role) -> Role:
    kept = tuple(s for s in role.sectors if s in STATE_SECTORS)
    sectors = ("ELI",) + kept
    return Role(f"{role.country or '---'}{''.join(sectors)}", role.country, sectors,
                role.detail + "; called former in the text", former=True, entry=role.entry)


def name_of(head: Token) -> str:
    """The person's name: the proper-noun tokens around the head ("Karim Masimov")."""
    left = head.i
    doc = head.doc
    while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].ent_type_ == head.ent_type_ \
            and head.ent_type_ == "PERSON":
        left -= 1
    end = head.i + 1
    while end < len(doc) and doc[end].dep_ in {"flat", "compound"} and doc[end].head.i == head.i:
        end += 1
    return doc[left:end].text
