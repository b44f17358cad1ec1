"""Actor resolution: every noun phrase that names a political actor gets a CAMEO-style code.

One pass over a parsed document, sentence by sentence:
  1. lexicon phrases are matched over the tokens (countries, demonyms, seats of government,
     organisations, people, agent nouns);
  2. each noun-phrase head is resolved from what its phrase contains: a known person or
     organisation, a country, an agent noun with a country from its modifiers, its "of"/"from"
     phrase or its apposition — or from the article's context, flagged as a guess;
  3. people named with a title ("Kazakh President Tokayev") are remembered, so later bare mentions
     ("Tokayev") and pronouns ("he") inherit their code (:mod:`tidings.actors.coref`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Token

from tidings.actors.coref import Registry, pronoun_antecedent
from tidings.actors.lexicon import Entry, Lexicon, package_entries, user_entries
from tidings.model import Actor, Document
from tidings.nlp.syntax import np_span, prep_objects

PERSONAL_KINDS = frozenset({"person"})
COUNTRY_KINDS = frozenset({"country", "seat", "demonym"})
ORG_KINDS = frozenset({"igo", "group", "org"})
# modifiers that say an agent is *not* of the article's country ("foreign-trained terrorists")
NO_CONTEXT_MODIFIERS = frozenset({"foreign", "international", "unidentified", "unknown", "external",
                                  "overseas", "outside", "global", "multinational", "western"})
CONTEXT_NOUNS = frozenset({"country", "nation", "state", "republic"})
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its"})
PREPS_OF = frozenset({"of", "from", "in", "for"})


@dataclass(slots=True)
class Match:
    """A lexicon phrase found in the document: tokens [start, end) and what it may mean."""

    start: int
    end: int
    entries: list[Entry]

    def first(self, kinds: frozenset[str]) -> Entry | None:
        return next((e for e in self.entries if e.kind in kinds), None)


@dataclass(slots=True)
class Mentions:
    """The resolved actor mentions of one document, found by their head token."""

    by_head: dict[int, Actor] = field(default_factory=dict)
    refers: dict[int, int] = field(default_factory=dict)  # pronoun head → antecedent head
    countries: dict[int, tuple[str, str]] = field(default_factory=dict)  # token → (country, why)
    main_country: str | None = None  # the country the article is mostly about

    def add(self, head: Token, actor: Actor) -> None:
        self.by_head[head.i] = actor

    def at(self, token: Token) -> Actor | None:
        return self.by_head.get(token.i)

    def actors(self) -> list[Actor]:
        return sorted(self.by_head.values(), key=lambda a: a.start)


class ActorResolver:
    """Resolves actor mentions in parsed documents; load once, use for many documents."""

    def __init__(self, nlp: Language, user_files: Iterable[Path] = ()):
        self._tokenize = tokenize = lambda text: [t.text for t in nlp.tokenizer(text)]  # noqa: E731
        entries = list(package_entries())
        for path in user_files:
            entries.extend(user_entries(Path(path)))
        self.lexicon = Lexicon(entries, tokenize)

    # -- used by the pipeline for text repair --------------------------------------------------
    def is_name(self, word: str) -> bool:
        return any(e.kind != "agent" for e in self.lexicon.lookup([word]))

    # -- resolution ------------------------------------------------------------------------------
    def resolve(self, doc: Doc, document: Document) -> Mentions:
        matches = self._match(doc)
        by_token: dict[int, Match] = {}
        for m in matches:
            for i in range(m.start, m.end):
                by_token[i] = m
        when = document.published
        main = main_country(matches)
        mentions = Mentions(main_country=main)
        for m in matches:
            place = m.first(COUNTRY_KINDS)
            if place is not None and place.country:
                for i in range(m.start, m.end):
                    mentions.countries[i] = (place.country, f"'{place.phrase}' ({place.kind})")
        state = _DocState(doc, by_token, when, main, Registry(), mentions)
        for token in doc:
            if _is_np_head(token):
                actor = self._resolve_head(token, state)
                if actor is not None:
                    state.mentions.add(token, actor)
        return state.mentions

    def code_person(self, name: str, when: date | None) -> tuple[str, str | None, tuple[str, ...]] | None:
        """(code, country, sectors) of a known person on a date, or None if not in the lexicon."""
        entries = [e for e in self.lexicon.lookup(self._tokenize(name)) if e.kind == "person"]
        chosen = _person_role(entries, when)
        return (chosen[0], chosen[1], chosen[2]) if chosen else None

    def _match(self, doc: Doc) -> list[Match]:
        # the lemma is a key only for nouns: "forces" → "force", but "suspected" is not "suspect"
        keys = [(t.lower_, t.lemma_.lower()) if t.pos_ in {"NOUN", "PROPN"} else (t.lower_,)
                for t in doc]
        texts = [t.text for t in doc]
        out, i = [], 0
        while i < len(doc):
            end, entries = self.lexicon.match_at(keys, i, texts)
            entries = [e for e in entries if _case_ok(e, doc, i, end)]
            if entries:
                out.append(Match(i, end, entries))
                i = end
            else:
                i += 1
        return out

    def _resolve_head(self, head: Token, st: "_DocState") -> Actor | None:
        if head.lower_ in PRONOUNS and head.pos_ == "PRON":
            found = pronoun_antecedent(head, st.mentions)
            if found is None:
                return None
            st.mentions.refers[head.i] = found[1]
            return found[0]
        span = np_span(head)
        parts = _Parts.collect(span, head, st)
        actor = parts.compose(head, span, st)
        if actor is not None and actor.kind == "person" and actor.name:
            st.registry.remember(actor)
        return actor


@dataclass(slots=True)
class _DocState:
    doc: Doc
    by_token: dict[int, Match]
    when: date | None
    main_country: str | None
    registry: Registry
    mentions: Mentions


@dataclass(slots=True)
class _Parts:
    """What one noun phrase contains, gathered before a code is chosen."""

    person: Entry | None = None
    person_entries: list[Entry] = field(default_factory=list)
    org: Entry | None = None
    head_country: Entry | None = None  # the head itself names a country or seat
    agent: Entry | None = None  # the head is an agent noun
    title: list[Entry] = field(default_factory=list)  # agent nouns among the modifiers
    country: str | None = None
    country_how: str = ""
    org_mod: Entry | None = None  # an organisation among the modifiers ("UN troops")
    no_context: bool = False

    @classmethod
    def collect(cls, span, head: Token, st: _DocState) -> "_Parts":
        p = cls()
        seen: set[int] = set()
        for tok in span:
            m = st.by_token.get(tok.i)
            if m is None or id(m) in seen:
                continue
            seen.add(id(m))
            covers_head = m.start <= head.i < m.end
            p._take(m, covers_head)
            if tok.lower_ in NO_CONTEXT_MODIFIERS:
                p.no_context = True
        for tok in span:
            if tok.lower_ in NO_CONTEXT_MODIFIERS or tok.lower_.split("-")[0] in NO_CONTEXT_MODIFIERS:
                p.no_context = True
        if p.country is None:
            p._country_from_phrases(head, st, depth=2)
        if p.country is None:
            p._country_stranded_before(span, st)
        return p

    def _country_stranded_before(self, span, st: _DocState) -> None:
        """Scraped text loses possessives at link boundaries: "Russia[link] The peacekeeping force"
        was "Russia's peacekeeping force". A country name standing bare, unattached as an
        argument, right before the phrase is read as its owner."""
        det = span.start - 1
        if det < 1:
            return
        article, prev = st.doc[det], st.doc[det - 1]
        if article.lower_ not in {"the", "a", "an"} or not article.text[:1].isupper():
            return
        m = st.by_token.get(prev.i)
        if m is None or prev.dep_ not in {"npadvmod", "dep", "nmod"}:
            return
        place = m.first(COUNTRY_KINDS)
        if place is not None:
            self.country = place.country
            self.country_how = f"'{place.phrase}' standing before the phrase (a possessive lost in scraping)"

    def _take(self, m: Match, covers_head: bool) -> None:
        person = m.first(PERSONAL_KINDS)
        org = m.first(ORG_KINDS)
        place = m.first(COUNTRY_KINDS)
        agent = m.first(frozenset({"agent"}))
        if covers_head:
            if person:
                self.person = person
                self.person_entries = [e for e in m.entries if e.kind == "person"]
            elif org:
                self.org = org
            elif place:
                self.head_country = place
            elif agent:
                self.agent = agent
        else:
            if org and self.org_mod is None:
                self.org_mod = org
            elif place and self.country is None:
                self.country, self.country_how = place.country, f"'{place.phrase}' ({place.kind})"
            elif agent:
                self.title.append(agent)

    def _country_from_phrases(self, head: Token, st: _DocState, depth: int) -> None:
        """Country from "of"/"from" phrases and appositions: "the president of Kazakhstan"."""
        frontier = [head]
        for _ in range(depth):
            nxt = []
            for node in frontier:
                targets = [obj for _, obj in prep_objects(node, PREPS_OF)]
                targets += [c for c in node.children if c.dep_ == "appos"]
                for obj in targets:
                    for tok in np_span(obj):
                        m = st.by_token.get(tok.i)
                        if m is None:
                            continue
                        org = m.first(ORG_KINDS)
                        place = m.first(COUNTRY_KINDS)
                        agent = m.first(frozenset({"agent"}))
                        if org and self.org_mod is None:
                            self.org_mod = org
                        if place and self.country is None:
                            self.country = place.country
                            self.country_how = f"'{place.phrase}' in '{obj.text}' phrase"
                        if agent and obj.dep_ == "appos":
                            self.title.append(agent)
                    if obj.lower_ in CONTEXT_NOUNS and self.country is None and st.main_country \
                            and [c.lower_ for c in obj.lefts] in (["the"], ["this"]):
                        self.country = st.main_country
                        self.country_how = f"'the {obj.lower_}' = the article's main country"
                    nxt.append(obj)
            frontier = nxt

    def compose(self, head: Token, span, st: _DocState) -> Actor | None:
        text = span.text
        start, end = span.start_char, span.end_char
        if self.person is not None:
            role = _person_role(self.person_entries, st.when)
            if role is not None:
                code, country, sectors, detail = role
                return Actor(text, start, end, code, country, sectors, self.person.name, "lexicon",
                             detail, kind="person")
        if head.pos_ == "PROPN" and self.org is None and self.head_country is None:
            known = st.registry.find(span)
            titled = self.title or self.org_mod
            if titled:
                return self._titled_person(head, span, st)
            if known is not None:
                return known.mention(text, start, end)
        if self.org is not None:
            o = self.org
            sectors = o.sectors + tuple(s for t in self.title for s in t.sectors if s not in o.sectors)
            return Actor(text, start, end, o.code, o.country, sectors, o.name, "lexicon",
                         f"'{o.phrase}' is {o.name} ({o.origin})", kind="organisation")
        if self.head_country is not None:
            c = self.head_country
            how = "lexicon"
            detail = f"'{c.phrase}' names {c.name}" + (" (seat of government)" if c.kind == "seat" else "")
            if c.kind == "demonym" and head.pos_ != "PROPN" and head.tag_ not in {"NNPS", "NNS"}:
                return None  # "Kazakh" as a bare adjective is not an actor
            return Actor(text, start, end, c.code, c.country, c.sectors, c.name, how, detail,
                         kind="country")
        if self.agent is not None:
            return self._agent(head, span, st)
        if head.lower_ in CONTEXT_NOUNS and head.pos_ == "NOUN" and st.main_country and \
                [c.lower_ for c in head.lefts] in (["the"], ["this"]):
            return Actor(text, start, end, st.main_country, st.main_country, (), None, "context",
                         f"'{text}' = the article's main country", guessed=True, kind="country")
        return None

    def _country_for(self, st: _DocState) -> tuple[str | None, str, bool]:
        if self.country:
            return self.country, self.country_how, False
        if self.org_mod is not None:
            return None, "", False
        if not self.no_context and st.main_country:
            return st.main_country, "article's main country (guess)", True
        return None, "", False

    def _agent(self, head: Token, span, st: _DocState) -> Actor:
        sectors = list(self.agent.sectors)
        for t in self.title:
            sectors.extend(s for s in t.sectors if s not in sectors)
        if self.org_mod is not None:
            o = self.org_mod
            extra = tuple(s for s in sectors if s not in o.sectors and s != "GOV")
            return Actor(span.text, span.start_char, span.end_char, o.code + "".join(extra),
                         o.country, o.sectors + extra, o.name, "lexicon",
                         f"'{self.agent.phrase}' of {o.name}")
        country, how, guessed = self._country_for(st)
        code = (country or "---") + "".join(sectors)
        detail = f"'{self.agent.phrase}' → {' '.join(sectors)}" + (f"; country from {how}" if how else "")
        return Actor(span.text, span.start_char, span.end_char, code, country, tuple(sectors), None,
                     "context" if guessed else "lexicon", detail, guessed=guessed)

    def _titled_person(self, head: Token, span, st: _DocState) -> Actor:
        sectors: list[str] = []
        for t in self.title:
            sectors.extend(s for s in t.sectors if s not in sectors)
        if self.org_mod is not None and not self.country:
            o = self.org_mod
            code, country = o.code, o.country
            sectors = list(o.sectors) + [s for s in sectors if s not in o.sectors and s != "GOV"]
            code = o.code + "".join(s for s in sectors if s not in o.sectors)
            guessed, how_c = False, o.name
        else:
            country, how_c, guessed = self._country_for(st)
            code = (country or "---") + "".join(sectors)
        name = _name_of(head)
        titles = ", ".join(t.phrase for t in self.title) or (self.org_mod.phrase if self.org_mod else "")
        detail = f"title '{titles}'" + (f"; country from {how_c}" if how_c else "")
        return Actor(span.text, span.start_char, span.end_char, code, country, tuple(sectors), name,
                     "title", detail, guessed=guessed, kind="person")


def _name_of(head: Token) -> str:
    """The person's name: the proper-noun tokens around the head ("Karim Masimov")."""
    left = head.i
    doc = head.doc
    while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].ent_type_ == head.ent_type_ \
            and head.ent_type_ == "PERSON":
        left -= 1
    return doc[left:head.i + 1].text


def _person_role(entries: list[Entry], when: date | None):
    """Choose a person's role for a date: (code, country, sectors, detail) or None."""
    if not entries:
        return None
    holding = [e for e in entries if e.holds_on(when)]
    if holding:
        e = max(holding, key=lambda x: x.start or date.min)
        return e.code, e.country, e.sectors, f"{e.name}: role held on {when or 'today'} ({e.origin})"
    ended = [e for e in entries if e.end is not None and (when is None or e.end < when)]
    if ended:
        e = max(ended, key=lambda x: x.end)
        return (f"{e.country}ELI", e.country, ("ELI",),
                f"{e.name}: former office-holder (role ended {e.end}); coded as elite")
    e = min(entries, key=lambda x: x.start or date.max)
    return e.country or "---", e.country, (), f"{e.name}: before the listed role began ({e.start})"


def _case_ok(entry: Entry, doc: Doc, start: int, end: int) -> bool:
    """Names must be written as names: "US" is a country, "us" a pronoun; agents match any case."""
    if entry.kind == "agent":
        return True
    return any(t.text[:1].isupper() for t in doc[start:end])


def _is_np_head(token: Token) -> bool:
    if token.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    if token.dep_ in {"compound", "flat", "amod"} and token.head.pos_ in {"NOUN", "PROPN"}:
        return False
    if token.dep_ == "poss" and token.pos_ == "PRON":
        return True
    return True


def main_country(matches: list[Match]) -> str | None:
    """The country the article is mostly about: the most often named (first named on a tie)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in matches:
        e = m.first(COUNTRY_KINDS)
        if e is not None and e.country:
            counts[e.country] += 1
            first.setdefault(e.country, m.start)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))
