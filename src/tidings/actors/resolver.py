"""Actor resolution: every noun phrase that names a political actor gets a CAMEO-style code.

One pass over a parsed document:
  1. lexicon phrases are matched over the tokens (:mod:`tidings.actors.matching`: countries,
     demonyms, seats of government, organisations, people, agent nouns, communities such as
     "Tamil" or "Kurds" (:mod:`tidings.actors.communities`), and phrases that name no actor such
     as "Indian Ocean"), and places the lexicon does not know are added with their
     country from the gazetteer (:mod:`tidings.actors.placenames`);
  2. each noun-phrase head is resolved from what its phrase contains (:mod:`tidings.actors.parts`):
     a known person or organisation coded for the date, a titled or apposed name, a country or
     place, an agent noun with a country from its words, its possessor, its community or the
     context (:mod:`tidings.actors.context`), a community's people;
  3. people are remembered, so later bare mentions ("Tokayev") and pronouns ("he") inherit their
     code (:mod:`tidings.actors.coref`);
  4. countries that modify a word rather than head a phrase of their own become mentions
     (:mod:`tidings.actors.modifiers`), one per coordinated country.

Every :class:`~tidings.model.Actor` says how it was resolved (``how``: lexicon, user, title,
apposition, coreference, pronoun, context, gazetteer) and why (``detail``).

Codes are resolved for the publication date. An event dated otherwise ("on Friday", "in 2019")
asks :meth:`Mentions.recode` for the actor as of its own date.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Token

from tidings.actors.bodies import bare_bodies
from tidings.actors.communities import community_entries
from tidings.actors.context import bare_dateline_place, dateline_place, main_country, place_country, place_label
from tidings.actors.coref import (Registry, definite_bodies, definite_countries, definite_courts,
                                  pair_antecedents, pronoun_antecedent, represented_parties)
from tidings.actors.lexicon import (Entry, Lexicon, is_user, nonactor_entries, package_entries,
                                    region_codes, user_entries)
from tidings.actors.matching import match_document
from tidings.actors.modifiers import coordinated_sides, elliptical_conjuncts, modifier_actors
from tidings.actors.parts import FORMER_WORDS, Parts
from tidings.actors.people import with_former
from tidings.actors.placenames import PlaceFinder, PlacesNamed
from tidings.actors.state import AGENT_KINDS, COUNTRY_KINDS, ORG_KINDS, DocState, Match, PlaceCountry, no_member
from tidings.actors.roles import body_code, extra_sectors, org_row, person_role
from tidings.model import Actor, Document
from tidings.nlp.syntax import np_span

# nouns of a party that also name a stance, which "to" gives away: "its opposition *to* the plan"
STANCE_NOUNS = frozenset({"opposition", "resistance"})
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its"})


@dataclass(slots=True)
class Mentions:
    """The resolved actor mentions of one document, found by their head token."""

    by_head: dict[int, Actor] = field(default_factory=dict)
    refers: dict[int, int] = field(default_factory=dict)  # pronoun head → antecedent head
    countries: dict[int, tuple[str, str]] = field(default_factory=dict)  # token → (country, why)
    place_kinds: dict[int, str] = field(default_factory=dict)  # token → kind of the place it names
    main_country: str | None = None  # the country the article is mostly about
    published: date | None = None  # the date the codes were resolved for
    recoder: Callable[..., Actor] | None = field(default=None, repr=False)
    # known person's name → (titles the text gives them, the titles' sectors, called "former")
    titles: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = field(default_factory=dict)
    # head → tokens of countries coordinated in its phrase ("Hungarian and Romanian officials")
    coordinated_with: dict[int, list[int]] = field(default_factory=dict)

    # token → head of the actor it stands for, without being a mention itself (see _stand_ins)
    stand_ins: dict[int, int] = field(default_factory=dict)

    def add(self, head: Token, actor: Actor) -> None:
        self.by_head[head.i] = actor

    def at(self, token: Token) -> Actor | None:
        found = self.by_head.get(token.i)
        if found is None and token.i in self.stand_ins:
            return self.by_head.get(self.stand_ins[token.i])
        return found

    def coordinated(self, token: Token) -> list[Actor]:
        """The actor at ``token`` and one per country coordinated in its phrase: "Hungarian and
        Romanian officials" → [HUNGOV, ROUGOV]. Empty when ``token`` heads no actor."""
        first = self.at(token)
        if first is None:
            return []
        return [first] + [self.by_head[i] for i in self.coordinated_with.get(token.i, [])]

    def actors(self) -> list[Actor]:
        return sorted(self.by_head.values(), key=lambda a: a.start)

    def recode(self, actor: Actor | None, when: date | None) -> Actor | None:
        """``actor`` as of ``when``: a person's role or an organisation's row on that date.

        Call it for an event whose date differs from the publication date; an actor whose code
        does not depend on the date comes back unchanged (the same object)."""
        if actor is None or self.recoder is None or when == self.published:
            return actor
        return self.recoder(actor, when, self.titles.get(actor.name or ""))


class ActorResolver:
    """Resolves actor mentions in parsed documents; load once, use for many documents.

    ``user_files`` are the user's dictionaries (tidings TSV or PETRARCH format); their entries
    override the package's for the same phrase. ``country_of_place`` maps a place name the lexicon
    does not know ("Sydney", "Almaty") to an ISO-3 country, or None; ``places_named`` gives every
    country with a place so called and its population, so that places named in the text can be
    actors and the text's countries can decide between namesakes (:mod:`tidings.actors.placenames`).
    The pipeline passes both, built on the places gazetteer.
    """

    def __init__(self, nlp: Language, user_files: Iterable[Path] = (),
                 country_of_place: PlaceCountry | None = None, places_named: PlacesNamed | None = None):
        self._tokenize = lambda text: [t.text for t in nlp.tokenizer(text)]  # noqa: E731
        entries = [*package_entries(), *nonactor_entries(), *community_entries()]
        for path in user_files:
            entries.extend(user_entries(Path(path)))
        self.lexicon = Lexicon(entries, self._tokenize)
        self.country_of_place = country_of_place
        self._regions = region_codes()
        country_names: dict[str, str] = {}
        name_words: set[str] = set()
        for e in entries:
            if e.kind == "country" and e.country and e.name:
                country_names.setdefault(e.country, e.name)
            elif e.kind == "person":
                name_words.update(w.lower() for w in e.phrase.split() if w[:1].isupper())
        self._places = PlaceFinder(places_named, country_names, frozenset(name_words))
        self._surnames: dict[str, list[Entry]] = {}
        for e in entries:
            if e.kind == "person" and e.name and e.phrase == e.name:
                self._surnames.setdefault(e.name.split()[-1].lower(), []).append(e)
        # canonical name → rows, for recoding by date; a user's rows replace the package's
        self._by_name: dict[tuple[str, str], list[Entry]] = {}
        for e in entries:
            if e.name and e.kind in {"person", *ORG_KINDS}:
                kind = "person" if e.kind == "person" else "organisation"
                rows = self._by_name.setdefault((kind, e.name), [])
                if is_user(e) and rows and not any(is_user(r) for r in rows):
                    rows.clear()
                if is_user(e) or not any(is_user(r) for r in rows):
                    if e not in rows:
                        rows.append(e)

    # -- used by the pipeline for text repair --------------------------------------------------
    def is_name(self, word: str) -> bool:
        return any(e.kind != "agent" for e in self.lexicon.lookup([word]))

    # -- resolution ------------------------------------------------------------------------------
    def resolve(self, doc: Doc, document: Document) -> Mentions:
        """Every actor mention of ``doc`` (the parse of ``document.text``), coded for the
        publication date. Offsets are into ``document.text``."""
        dateline = dateline_place(document.text[:120])
        bare = None
        if dateline is None:  # "NEW YORK Vanuatu's envoy ...": a known place in capitals, its dash lost
            bare = bare_dateline_place(document.text[:120])
            dateline = bare = bare if self._dateline_country(bare) and not self._names_country(bare[0]) else None
        dateline_country = self._dateline_country(dateline) or self._label_country(place_label(document.text[:40]))
        matches = [m for m in self._places.add_places(doc, match_document(self.lexicon, doc), dateline_country)
                   if not (m.first(COUNTRY_KINDS) and (no_member(doc[m.start]) or no_member(doc[m.end - 1])))]
        matches = bare_bodies(doc, matches, lambda phrase: self.lexicon.lookup(self._tokenize(phrase)))
        if bare is not None:  # the parser hangs a dashless dateline on the first phrase: its place
            matches = [m for m in matches if doc[m.start].idx >= bare[1]]  # is no part of it
        # (not "the *pro-Iranian* Hizbollah movement", "a *Switzerland*-sized area")
        by_token: dict[int, Match] = {}
        for m in matches:
            for i in range(m.start, m.end):
                by_token[i] = m
        when = document.published
        main = main_country(matches, self._regions, dateline_country)
        mentions = Mentions(main_country=main, published=when, recoder=self.recode)
        for m in matches:
            place = m.first(COUNTRY_KINDS)
            if place is not None and place.country:
                for i in range(m.start, m.end):
                    mentions.countries[i] = (place.country, f"'{place.phrase}' ({place.kind})")
                    mentions.place_kinds[i] = place.kind
        done: dict[int, Actor | None] = {}

        def resolve_at(token: Token) -> Actor | None:
            if token.i not in done:
                done[token.i] = None  # guards against cycles through appositions
                actor = self._resolve_head(token, state)
                done[token.i] = actor
                if actor is not None:
                    mentions.add(token, actor)
            return done[token.i]

        state = DocState(doc, by_token, when, main, Registry(), mentions, self.country_of_place,
                         resolve_at, self._former_sectors, matches=matches, regions=self._regions,
                         dateline_country=dateline_country, places=self._places,
                         surnames=self._surnames)
        inside = _inside_bodies(doc) | _inside_names(matches, doc)
        skip_before = dateline[1] if dateline else 0  # "(Reuters)" in a dateline is no actor
        for token in doc:
            if _is_np_head(token) and token.i not in inside and token.idx >= skip_before:
                resolve_at(token)
        for token in doc:  # "*opposition* demands", "*rebel* positions", "*student* protests"
            if _agent_modifier(token, by_token) and token.head.i not in mentions.by_head and \
                    token.i not in inside:
                resolve_at(token)
        modifier_actors(doc, matches, mentions)
        elliptical_conjuncts(doc, matches, mentions)
        coordinated_sides(doc, matches, mentions, self.lexicon)
        _stand_ins(doc, mentions)
        pair_antecedents(doc, mentions)
        represented_parties(doc, mentions)
        definite_countries(doc, mentions)
        definite_bodies(doc, mentions)
        definite_courts(doc, mentions)
        self._place_groups(doc, mentions, state)
        return mentions

    def recode(self, actor: Actor, when: date | None,
               titled: tuple[tuple[str, ...], tuple[str, ...], bool] | None = None) -> Actor:
        """``actor`` with the code its person or organisation has on ``when``.

        People in the lexicon (and every later mention and pronoun that refers to them) take the
        role that holds on the date, or ELI after it — unless the text's title for them
        (``titled``: titles, their sectors, called "former") says otherwise, as in
        :func:`tidings.actors.roles.person_role`; organisations with dated rows take the row of
        the date. Names known only from the article (a title, an apposition) keep their code."""
        rows = self._by_name.get((actor.kind, actor.name or ""))
        if not rows:
            return actor
        if actor.kind == "person":
            titles, sectors, former = titled or ((), (), False)
            role = person_role(rows, when, titles, () if former else sectors)
            if role is not None:
                role = with_former(role, titles, former, when)
            if role is None or role.code == actor.code:
                return actor
            return replace(actor, code=role.code, country=role.country, sectors=role.sectors,
                           detail=f"{actor.detail}; recoded for {when}: {role.detail}")
        row = org_row(rows, when)
        now = next((r for r in rows if actor.code.startswith(r.code)), None) or next(
            (r for r in rows if r.country and r.code == r.country + "GOV" and actor.code == r.country + "".join(
                s for s in actor.sectors if s not in r.sectors)), None)  # ("Taliban fighters" in power: AFGMIL)
        if row is None or now is None or row.code == now.code:
            return actor
        # the sectors an agent noun added ("Taliban fighters"): re-derived for the new row, and
        # a governing body's fighters (MIL) are plain members of an armed group (nothing added)
        added = [s for s in actor.sectors if s not in now.sectors]
        if "GOV" in now.sectors and "GOV" not in row.sectors:
            added = ["REB" if s == "MIL" else s for s in added]
        extra = extra_sectors(row, added)
        return replace(actor, code=body_code(row.code, extra), country=row.country,
                       sectors=row.sectors + extra,
                       detail=f"{actor.detail}; recoded for {when}: {row.code} from "
                              f"{row.start or '…'} to {row.end or '…'}")

    def code_person(self, name: str, when: date | None) -> tuple[str, str | None, tuple[str, ...]] | None:
        """(code, country, sectors) of a known person on a date, or None if not in the lexicon."""
        entries = [e for e in self.lexicon.lookup(self._tokenize(name)) if e.kind == "person"]
        role = person_role(entries, when)
        return (role.code, role.country, role.sectors) if role else None

    def _label_country(self, label: str | None) -> str | None:
        """The country a place label names ("Mali: ..." → MLI); only the lexicon's countries, so
        that "Analysis:" or "Exclusive:" name none."""
        for e in self.lexicon.lookup(self._tokenize(label)) if label else ():
            if e.kind == "country" and e.country and e.country not in self._regions:
                return e.country
        return None

    def _names_country(self, words: str) -> bool:
        """True when ``words`` are a country's own name ("CHINA", "SOUTH AFRICA")."""
        return any(e.kind == "country" for form in (words, words.title())
                   for e in self.lexicon.lookup(self._tokenize(form)))

    def _dateline_country(self, dateline: tuple[str, int] | None) -> str | None:
        """The country of the place in a wire dateline, when the lexicon or the gazetteer knows
        it ("ALMATY, Jan 5 (Reuters) -" → KAZ)."""
        if not dateline:
            return None
        place = dateline[0]
        for e in self.lexicon.lookup(self._tokenize(place)):
            if e.kind in {"country", "seat"} and e.country and e.country not in self._regions:
                return e.country
        if self.country_of_place is not None:
            return self.country_of_place(place.title() if place.isupper() else place)
        return None

    def _former_sectors(self, phrase: str) -> tuple[str, ...]:
        """Sectors of a title without its "former": "former president" → GOV."""
        words = phrase.replace("ex-", "ex ", 1).split()
        if words and (words[0] in FORMER_WORDS or words[0] in {"ex", "retired"}):
            words = words[1:]
        for e in self.lexicon.lookup(self._tokenize(" ".join(words))):
            if e.kind == "agent":
                return e.sectors
        return ()

    def _place_groups(self, doc: Doc, mentions: Mentions, st: DocState) -> None:
        """A group written "*REB" in organisations.tsv (the Islamic State) is the rebels of the
        country where it acts, among the countries its row lists: of the place named nearest in its
        sentence or just before, else of the first ("IS fighters in Raqqa": SYRREB; with no place
        named, or a place elsewhere, IRQREB)."""
        for i, actor in list(mentions.by_head.items()):
            if not actor.code.startswith("*"):
                continue
            rows = self._by_name.get(("organisation", actor.name or ""), [])
            theatres = {c for r in rows for c in r.theatres}
            country, detail = actor.country, actor.detail
            found = place_country(doc[i], st)
            branch = _branch_country(doc[i], mentions)
            if branch is not None:
                country, detail = branch[0], f"{detail}; its {branch[1]}"
            elif found is not None and found[0] in theatres:
                country, detail = found[0], f"{detail}; acting in {found[0]}: {found[1]}"
            mentions.by_head[i] = replace(actor, code=(country or "---") + actor.code[1:], country=country,
                                          detail=detail)

    def _resolve_head(self, head: Token, st: DocState) -> Actor | None:
        if head.lower_ in PRONOUNS and head.pos_ == "PRON":
            found = pronoun_antecedent(head, st.mentions)
            if found is None:
                return None
            st.mentions.refers[head.i] = found[1]
            return found[0]
        if head.lemma_.lower() in STANCE_NOUNS and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in head.children):
            return None  # "Yeltsin's *opposition to* NATO's expansion": a stance, not a party
        span = np_span(head)
        parts = Parts.collect(span, head, st)
        actor = parts.compose(head, span, st)
        if actor is not None and actor.kind == "person" and actor.name:
            st.registry.remember(actor)
        return actor


# nouns of a group's part in one country ("the Islamic State's *Afghan affiliate*")
BRANCH_NOUNS = frozenset({"branch", "affiliate", "wing", "arm", "offshoot", "franchise", "chapter", "province",
                          "cell", "faction"})


def _branch_country(tok: Token, mentions: Mentions) -> tuple[str, str] | None:
    """(country, words) when the group named by ``tok`` is the owner of a branch a country's name
    qualifies: "the Islamic State's *Afghan* branch", "the *Afghan* affiliate of the Islamic State"
    act as that country's rebels, wherever they strike."""
    if tok.dep_ == "poss":
        noun = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of":
        noun = tok.head.head
    else:
        return None
    if noun.lemma_.lower() not in BRANCH_NOUNS:
        return None
    for mod in noun.children:
        actor = mentions.by_head.get(mod.i)
        if mod.dep_ in {"amod", "compound", "nmod"} and actor is not None and actor.kind == "country" and \
                actor.country:
            return actor.country, f"{mod.text} {noun.text}"
    return None


def _stand_ins(doc: Doc, mentions: Mentions) -> None:
    """"The Red Cross operating in Iraq said ...": the parser often reads a noun with a participle
    after it as a clause ("the Red Cross operating in Iraq") that is the subject of the verb, so
    the subject token is the participle. Asked for the actor at that participle,
    :meth:`Mentions.at` answers with the noun's."""
    for tok in doc:
        if tok.tag_ not in {"VBG", "VBN"} or tok.dep_ not in {"nsubj", "nsubjpass", "csubj"}:
            continue
        subject = next((c for c in tok.lefts if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.i in mentions.by_head and tok.i not in mentions.by_head:
            mentions.stand_ins[tok.i] = subject.i


def _inside_bodies(doc: Doc) -> set[int]:
    """Tokens of an organisation's or facility's name other than its head ("University" in "the
    University of Technology Sydney"): the name is one actor, resolved at its head."""
    out: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in {"ORG", "FAC"} and len(ent) > 1:
            root = ent.root
            out.update(t.i for t in ent if t.i != root.i and t.head.i in range(ent.start, ent.end)
                       and t.dep_ in {"nmod", "pobj"})
    return out


def _inside_names(matches: list[Match], doc: Doc) -> set[int]:
    """Tokens of a multi-word name in the lexicon other than its syntactic head ("US" and "State"
    in "the US Secretary of State"): one name, one mention, at its head."""
    out: set[int] = set()
    for m in matches:
        if m.end - m.start > 1 and any(e.kind not in {"agent", "none"} for e in m.entries):
            span = doc[m.start:m.end]
            # the name's heads: its nouns whose head lies outside it (a broken parse may give a
            # name two); when the tagger took none for a noun ("Barack" as a preposition), its
            # last noun
            heads = [t.i for t in span if t.pos_ in {"NOUN", "PROPN"}
                     and not (m.start <= t.head.i < m.end and t.head.i != t.i)]
            if not heads:
                heads = [t.i for t in span if t.pos_ in {"NOUN", "PROPN"}][-1:]
            out.update(i for i in range(m.start, m.end) if i not in heads)
    return out


# sectors of armed or political sides, whose adjective on a noun names them ("rebel-held")
SIDE_SECTORS = frozenset({"REB", "INS", "SEP", "OPP", "RAD"})


def _agent_modifier(token: Token, by_token: dict[int, Match]) -> bool:
    """A word for a kind of actor modifying a noun that names none: the opposition whose demands,
    the rebels whose positions, the students whose protests."""
    match = by_token.get(token.i)
    agent = match.first(AGENT_KINDS) if match is not None and match.end - match.start == 1 else None
    if agent is None or token.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.dep_ == "compound" and token.pos_ in {"NOUN", "PROPN", "ADJ"}:  # (the tagger's "*Junta*
        # aircraft", "the *junta* aircraft")
        return not set(agent.sectors) <= {"CVL", "REF"}  # (a "prisoner exchange" is no party's)
    # an adjective only for a side of its own: "*separatist* positions", not "*military* aid"
    return token.dep_ == "amod" and bool(set(agent.sectors) & SIDE_SECTORS)


# prepositions before which a bare singular noun is a state or a place, not a party ("in exile")
STATE_PREPS = frozenset({"in", "into"})
# the roles in which an adjective the tagger left alone heads a noun phrase ("Zimbabwe's *military*
# placed Mugabe under house arrest")
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _is_np_head(token: Token) -> bool:
    if token.pos_ not in {"NOUN", "PROPN", "PRON"} and not (
            token.pos_ == "ADJ" and token.dep_ in NOMINAL_DEPS):
        return False
    if token.dep_ in {"compound", "flat", "amod"} and token.head.pos_ in {"NOUN", "PROPN"}:
        return False
    if token.tag_ == "NN" and token.dep_ == "pobj" and token.head.lower_ in STATE_PREPS and \
            next(token.children, None) is None:
        return False  # "flew him *into exile*", "debated *in parliament*": a state or a place
    return True
