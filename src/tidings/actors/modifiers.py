"""Countries named as modifiers, after every noun phrase has been resolved.

Two kinds of country word are actors without heading a phrase of their own:

- the modifier of a noun that names no actor: "Israel rejected an *Indian* proposal", "a *U.S.*
  request", "a *U.N. Security Council* resolution", "a *British*-flagged tanker" — the country
  (or organisation) is the one proposing, requesting or owning. It is listed as a mention of its
  own (``detail`` says which noun it modifies);
- the second of coordinated modifiers: "*Hungarian* and *Romanian* officials" is one phrase whose
  head takes the first country (HUNGOV); "Romanian" becomes its own mention, ROUGOV, with the
  head's sectors, and :meth:`Mentions.coordinated` lists it with the head. The same when the
  parser splits the phrase ("*Sierra Leonean* and Liberian refugees": SLEREF beside LBRREF) and
  when the noun names no actor ("the *Turkish* and *Greek* sides": TUR and GRC);
- two sides named before a noun of people: "*government* and *rebel* negotiators", "Colombian
  *government* and *FARC* negotiators", "*government* and *rebel* forces" are two parties
  (COLGOV and COLREB; MIL and REB), not one with both sectors (:func:`coordinated_sides`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from tidings.actors.context import FACILITY_NOUNS
from tidings.actors.lexicon import Entry, Lexicon, means_of_force
from tidings.actors.parts import GOVERNMENT_WORDS
from tidings.actors.roles import STATE_SECTORS, org_row
from tidings.actors.state import AGENT_KINDS, COUNTRY_KINDS, ORG_KINDS, Match, how_of
from tidings.model import Actor

if TYPE_CHECKING:
    from tidings.actors.resolver import Mentions

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})


def modifier_actors(doc: Doc, matches: list[Match], mentions: "Mentions") -> None:
    """Add the country modifiers described above to ``mentions``."""
    spans = [(a.start, a.end, a) for a in mentions.by_head.values()]
    for m in matches:
        place = m.first(COUNTRY_KINDS) or org_row(m.all(ORG_KINDS), mentions.published)
        if place is None or not (place.country or place.code):
            continue
        last = doc[m.end - 1]
        own = mentions.by_head.get(last.i)
        if own is not None and not (own.kind == "country" and not own.sectors and last.dep_ == "conj"
                                    and last.head.dep_ in MODIFIER_DEPS):
            continue  # (but "Armenian and *Azerbaijani* troops", the second tagged as a name, is
            # coordinated with the first like any modifier)
        start, end = doc[m.start].idx, last.idx + len(last.text)
        inside = [a for s, e, a in spans if s <= start and end <= e and a is not own]
        if inside:
            owner = min(inside, key=lambda a: a.end - a.start)
            _coordinated(doc[m.start:m.end], place, owner, mentions)
            continue
        first = last
        while first.dep_ == "conj" and first.head.dep_ in MODIFIER_DEPS | {"conj"}:
            first = first.head  # "the Turkish and *Greek* sides": modifies what "Turkish" modifies
        if first.dep_ not in MODIFIER_DEPS or first.head.i == first.i:
            continue
        noun = first.head
        if noun.dep_ == "amod" and noun.tag_ in {"VBN", "JJ"} and noun.head.pos_ in {"NOUN", "PROPN"}:
            noun = noun.head  # "a *British*-flagged tanker", "*Chinese*-owned factories"
        if noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        if place.kind == "seat" and noun.lemma_.lower() in FACILITY_NOUNS:
            continue  # "at *Kabul* airport", "a *Baghdad* market": a place, not the government
        text = doc[m.start:m.end].text
        kind = "country" if place.kind in COUNTRY_KINDS else "organisation"
        if kind == "country" and not place.sectors and _means(noun):
            # "*Israeli* air strikes killed 20 people": the country's armed forces
            mentions.add(last, Actor(text, start, end, place.code + "MIL", place.country, ("MIL",),
                                     place.name, how_of(place), f"'{place.phrase}' names {place.name}, "
                                     f"modifying '{noun.text}' (a means of force: its armed forces)",
                                     kind="group"))
            continue
        mentions.add(last, Actor(text, start, end, place.code, place.country, place.sectors, place.name,
                                 how_of(place), f"'{place.phrase}' names {place.name}, "
                                 f"modifying '{noun.text}' (a noun that names no actor)", kind=kind))


def _means(noun: Token) -> bool:
    """True for a noun of strikes, weapons or craft of war (means.tsv), alone or with its
    compound ("air strike", "cruise missile")."""
    means = means_of_force()
    compounds = [c.lemma_.lower() for c in noun.lefts if c.dep_ == "compound"]
    return noun.lemma_.lower() in means or " ".join(compounds[-1:] + [noun.lemma_.lower()]) in means


def elliptical_conjuncts(doc: Doc, matches: list[Match], mentions: "Mentions") -> None:
    """"Sierra Leonean and Liberian refugees", parsed as "Sierra Leonean" and "Liberian refugees":
    a bare demonym coordinated with a group whose country is a demonym shares the group's noun,
    so it is coded with the group's sectors (SLEREF beside LBRREF)."""
    for m in matches:
        place = m.first(COUNTRY_KINDS)
        head = doc[m.end - 1]
        actor = mentions.at(head)
        if place is None or place.kind != "demonym" or actor is None or actor.sectors or \
                actor.kind != "country":
            continue
        for other in head.conjuncts:
            group = mentions.at(other)
            if group is None or group.kind != "group" or not group.sectors or other.i < head.i:
                continue
            if not any(mentions.countries.get(c.i) and c.dep_ == "amod" for c in other.lefts):
                continue  # "Kazakhs and protesters": the group's noun is not shared
            mentions.add(head, Actor(actor.text, actor.start, actor.end,
                                     place.country + "".join(group.sectors), place.country,
                                     group.sectors, None, how_of(place),
                                     f"'{place.phrase}' shares the noun of '{group.text}': "
                                     f"{place.country} + {' '.join(group.sectors)}", kind="group"))
            mentions.coordinated_with.setdefault(head.i, []).append(other.i)
            break


def _coordinated(span: Span, place: Entry, owner: Actor, mentions: "Mentions") -> None:
    """A country coordinated with the one its phrase was coded with ("Romanian" in "Hungarian and
    Romanian officials"): its own mention, with the phrase's sectors."""
    tok = span[-1]
    if place.kind not in COUNTRY_KINDS or owner.country == place.country \
            or owner.kind not in {"group", "person"} and not _national_body(owner):
        return
    first = tok.head if tok.dep_ == "conj" else _sibling_before_and(span)
    noun = first.head if first is not None else None
    second = next((c for c in tok.children if c.dep_ == "conj"), None)
    if first is None and second is not None and tok.dep_ in MODIFIER_DEPS:
        first, noun = second, tok.head  # "*Lebanese* and Israeli armies": the phrase was named by the
        # second ("Israeli army"), the first is coordinated with it
    elif first is None or first.dep_ not in MODIFIER_DEPS:
        return
    if noun is None or mentions.at(noun) is not owner:
        return
    code = place.country + "".join(owner.sectors)
    mentions.add(tok, Actor(span.text, span.start_char, span.end_char, code, place.country,
                            owner.sectors, None, how_of(place),
                            f"'{place.phrase}' coordinated with '{first.text}' in '{owner.text}': "
                            f"{place.country} + {' '.join(owner.sectors) or 'no sector'}",
                            kind=owner.kind))
    mentions.coordinated_with.setdefault(noun.i, []).append(tok.i)


def _national_body(actor: Actor) -> bool:
    """A country's own force or body named by its adjective ("the *Israeli army*": ISRMIL), whose
    coordinated adjective names another country's ("the Lebanese and Israeli armies")."""
    return actor.kind == "organisation" and bool(actor.sectors) and bool(actor.country) and \
        actor.code == actor.country + "".join(actor.sectors)


def _sibling_before_and(span: Span) -> Token | None:
    """The modifier before "and" when the parser hangs both countries on the noun ("Egyptian and
    Sudanese air forces": both amod of "forces"), instead of the second on the first."""
    tok = span[-1]
    before = span.doc[span.start - 2] if span.start >= 2 else None
    if tok.dep_ not in MODIFIER_DEPS or before is None or \
            span.doc[span.start - 1].lower_ not in {"and", "&"}:
        return None
    return before if before.head.i == tok.head.i and before.dep_ in MODIFIER_DEPS else None


def coordinated_sides(doc: Doc, matches: list[Match], mentions: "Mentions", lexicon: "Lexicon") -> None:
    """"Government and rebel negotiators", "Colombian government and FARC negotiators", "army and
    police officers": a plural noun of people with two modifiers joined by "and", each naming a
    side (an agent noun with a sector, or an organisation), is two parties. The head keeps the
    first side, the second modifier becomes a mention of its own, coordinated with the head. A
    side named by an agent noun takes the phrase's country; one named by "government" takes the
    head's own state sector ("government and rebel *forces*": MIL and REB)."""
    by_token = {i: m for m in matches for i in range(m.start, m.end)}
    for head_i, actor in list(mentions.by_head.items()):
        head = doc[head_i]
        noun = by_token.get(head_i)
        agent = noun.first(AGENT_KINDS) if noun is not None else None
        if agent is None or head.tag_ not in {"NNS", "NNPS"} or head_i in mentions.coordinated_with or \
                actor.kind != "group":
            continue
        mods = [c for c in head.lefts if c.dep_ in MODIFIER_DEPS]
        first = next((c for c in mods if any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)), None)
        if first is None:
            continue
        second = next((c for c in first.children if c.dep_ == "conj"), None) or \
            next((c for c in mods if c.i > first.i), None)
        sides = [_side(tok, by_token) for tok in (first, second) if tok is not None]
        if len(sides) != 2 or None in sides or \
                (sides[0].code, sides[0].sectors) == (sides[1].code, sides[1].sectors):
            continue
        own = next((e for e in lexicon.lookup([head.lemma_]) if e.kind in AGENT_KINDS), agent)
        actors = [_side_actor(tok, entry, own, actor) for tok, entry in zip((first, second), sides)]
        mentions.add(head, actors[0])
        mentions.add(second, actors[1])
        mentions.coordinated_with[head_i] = [second.i]


def _side(tok: Token, by_token: dict[int, Match]) -> Entry | None:
    """The side a modifier names: an organisation, or an agent noun with a sector ("rebel")."""
    m = by_token.get(tok.i)
    if m is None:
        return None
    entry = m.first(ORG_KINDS) or m.first(AGENT_KINDS)
    return entry if entry is not None and entry.sectors else None


def _side_actor(tok: Token, entry: Entry, agent: Entry, phrase: Actor) -> Actor:
    """The party one modifier names, with the whole phrase's country when it names none itself.
    ``agent`` is the head noun's own entry ("force": MIL), which a government word takes."""
    country = entry.country or phrase.country
    sectors = tuple(entry.sectors)
    if entry.kind in AGENT_KINDS and entry.phrase.lower() in GOVERNMENT_WORDS and \
            set(agent.sectors) & set(STATE_SECTORS):
        sectors = tuple(agent.sectors)  # "government forces" are the state's troops (MIL)
    if entry.kind in ORG_KINDS:
        code, kind = entry.code, "organisation"
    else:
        code, kind = (country or "---") + "".join(sectors), "group"
    return Actor(tok.text, tok.idx, tok.idx + len(tok.text), code, country, sectors,
                 entry.name if entry.kind in ORG_KINDS else None, how_of(entry),
                 f"'{entry.phrase}', one of two sides named before '{agent.phrase}'",
                 guessed=phrase.guessed and not entry.country, kind=kind)
