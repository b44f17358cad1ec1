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

from datetime import date
from typing import TYPE_CHECKING, Sequence

from spacy.tokens import Span, Token

from tidings.actors.context import country_of_tokens
from tidings.actors.roles import KEPT_AFTER_ELI, Role, body_code, extra_sectors, narrowed_by_title, person_role
from tidings.actors.state import DocState, how_of
from tidings.model import Actor
from tidings.nlp.syntax import prep_objects

if TYPE_CHECKING:
    from tidings.actors.parts import Parts


def known_person(p: "Parts", text: str, start: int, end: int, st: DocState) -> Actor | None:
    titles = title_words(p)
    sectors = tuple(dict.fromkeys(s for t in p.title for s in t.sectors if s != "ELI"))
    role = person_role(p.person, st.when, titles, () if p.former else sectors)
    if role is None:
        return None
    role = narrowed_by_title(with_former(role, titles, p.former, st.when), sectors)
    first = role.entry or p.person[0]
    if titles or p.former:  # for recoding at another date (Mentions.recode)
        st.mentions.titles.setdefault(first.name or "", (tuple(titles), sectors, p.former))
    return Actor(text, start, end, role.code, role.country, role.sectors, first.name,
                 how_of(first), role.detail, kind="person")


def title_words(p: "Parts") -> list[str]:
    """The titles the text gives a person, without "former" ("former president" → "president")."""
    out = []
    for t in p.title:
        words = t.phrase.replace("ex-", "ex ", 1).split()
        while words and words[0] in {"former", "ex", "ousted", "deposed", "toppled", "erstwhile", "retired"}:
            words = words[1:]
        if words:
            out.append(" ".join(words))
    return out


def with_former(role: Role, titles: Sequence[str], former: bool, when: date | None) -> Role:
    """``role`` as a former one when the text says "former": with no date always; with a date,
    for the office the text names ("former President X" while the lexicon still has him in
    office), not for another office he holds on that date."""
    if not former or role.former:
        return role
    note = role.entry.note.lower() if role.entry is not None else ""
    if when is None or not titles or any(t in note for t in titles):
        return as_former(role)
    return role


def titled_person(p: "Parts", head: Token, span: Span, st: DocState) -> Actor:
    sectors = p.sectors(st)
    if p.org_mod is not None and (not p.country or p.country_assigned):
        o = p.org_mod  # (the UN's envoy *for* Yemen is the UN's)
        extra = extra_sectors(o, sectors)
        code, country, sectors = body_code(o.code, extra), o.country, list(o.sectors + extra)
        guessed, how_c = False, o.name
    else:
        known = None if p.country or p.person_mod else _country_by_surname(p, head, st)
        country, how_c, guessed = known or p.country_for(head, st, person=True)
        code = (country or "---") + "".join(sectors)
    titles = ", ".join(t.phrase for t in p.title) or (p.org_mod.phrase if p.org_mod else "")
    detail = f"title '{titles}'" + (" (former)" if p.former else "") + \
             (f"; country from {how_c}" if how_c else "")
    return Actor(span.text, span.start_char, span.end_char, code, country, tuple(sectors),
                 name_of(head), "title", detail, guessed=guessed, kind="person")


def _country_by_surname(p: "Parts", head: Token, st: DocState) -> tuple[str, str, bool] | None:
    """"President Bush": no Bush is in the lexicon by surname alone (there are two), but every
    president so called is American. The country of the lexicon's people with the name's surname
    whose office matches the title, when they all share one (and a given name, if the text
    gives one, is one of theirs)."""
    name = name_of(head).split()
    rows = st.surnames.get(name[-1].lower(), []) if name else []
    titles = [t.phrase for t in p.title]
    rows = [r for r in rows if any(t in r.note.lower() for t in titles)]
    if len(name) > 1:
        rows = [r for r in rows if (r.name or "").split()[0].lower() == name[0].lower()]
    countries = {r.country for r in rows}
    if len(countries) != 1 or None in countries:
        return None
    (country,) = countries
    who = sorted({r.name for r in rows})
    return country, f"every {'/'.join(titles)} named {name[-1]} in the lexicon ({', '.join(who)})", False


# nouns of those who lead a body or side: in apposition they give a name the body's code ("Rehman,
# *head* of the opposition alliance"), and they are of the side they lead ("*leaders* of the opposition
# parties", actors/parts.py)
LEADING = frozenset({"head", "leader", "chief", "chairman", "chairwoman", "chairperson", "chair", "founder",
                     "commander", "secretary-general", "convener", "convenor", "coordinator"})


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
        if other is None and tok.lemma_.lower() in LEADING:  # "Rehman, *head of the opposition
            other = next((st.resolve_at(o) for _, o in prep_objects(tok, {"of"})), None)  # alliance*,"
        if other is None or other.kind in {"person", "country"} or not other.sectors:
            continue
        return Actor(span.text, span.start_char, span.end_char, other.code, other.country,
                     other.sectors, name_of(head), "apposition",
                     f"'{other.text}' in apposition ({other.how}: {other.detail})",
                     guessed=other.guessed, kind="person")
    return None


def bracketed_acronym(head: Token, span: Span, st: DocState) -> Actor | None:
    """"the National Liberation Army (ELN)": a name the lexicon does not know, followed by an
    acronym in brackets that it does know as an organisation, takes that organisation's code."""
    for tok in head.children:
        if tok.dep_ != "appos" or not tok.text.isupper() or len(tok.text) < 2 or \
                tok.i == 0 or tok.doc[tok.i - 1].text != "(":
            continue
        other = st.resolve_at(tok)
        if other is not None and other.kind == "organisation":
            return Actor(span.text, span.start_char, span.end_char, other.code, other.country,
                         other.sectors, other.name, other.how,
                         f"'{tok.text}' in brackets names {other.name} ({other.code})",
                         guessed=other.guessed, kind="organisation")
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


def as_former(role: Role) -> Role:
    kept = tuple(s for s in role.sectors if s in KEPT_AFTER_ELI)
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
