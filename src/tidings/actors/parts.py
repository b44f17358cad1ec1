"""Composing an actor code from one noun phrase.

:meth:`Parts.collect` gathers what a phrase contains — a known person or organisation, a country, an
agent noun, titles, a "former", the countries of its "of"/"from" phrases — and
:meth:`Parts.compose` chooses the code, in this order:

1. a person in the lexicon, coded for the date;
2. a proper name with a title ("Kazakh President Tokayev"): ``how="title"``;
3. a proper name with an apposition ("Su Ziyun, a military expert from ..."): ``how="apposition"``;
4. a name met before in the document ("Masimov" after "Karim Masimov"): ``how="coreference"``;
5. an organisation (its row for the date), a country or seat of government;
6. an agent noun ("troops", "the government") with a country from its modifiers, its of/from
   phrases, a person or organisation it belongs to ("the Xi Jinping administration"), a community
   it is of ("Tamil rebels"), or else the context (:mod:`tidings.actors.context`), flagged as a
   guess;
7. a community's people ("Rohingyas fled"), coded by :mod:`tidings.actors.communities`.

People and named bodies (1–3, and ethnic groups) are composed in :mod:`tidings.actors.people`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from tidings.actors.communities import community_of, community_people, modifies, pick_country
from tidings.actors.coref import group_nouns, recent_mentions
from tidings.actors.context import (PLACE_PARTS, context_country, country_of_tokens, government_partner,
                                    place_country, rebels_government)
from tidings.actors.lexicon import Entry, region_codes
from tidings.actors.people import (LEADING, apposition, bracketed_acronym, ethnic_group, known_person, named_body,
                                   titled_person)
from tidings.actors.roles import KEPT_AFTER_ELI, STATE_SECTORS, body_code, extra_sectors, org_row, person_role
from tidings.actors.state import (AGENT_KINDS, COMMUNITY_KINDS, COUNTRY_KINDS, ORG_KINDS,
                                  PERSONAL_KINDS, DocState, Match, how_of, stance_word)
from tidings.model import Actor
from tidings.nlp.syntax import np_span, prep_objects, subject_of

# the titles of the head or envoy of an international body: with no country of their own named, the
# head or envoy of the body last named, else of the UN (not a country of the story's places)
BODY_HEADS = {"secretary general": ("IGOUNO", "the United Nations"),
              "secretary-general": ("IGOUNO", "the United Nations"),
              "special envoy": ("IGOUNO", "the United Nations"),
              "special representative": ("IGOUNO", "the United Nations"),
              "high representative": ("IGOEUREEC", "the European Union"),
              "high commissioner": ("IGOUNO", "the United Nations")}  # (a Commonwealth country's is named
# with its country: "the British High Commissioner")

# participles whose modifier is another party than the phrase's own: "*Iran*-backed militias" are
# not Iranian, "*U.S.*-trained troops" not American ("*Saudi*-led coalition" is Saudi: not here)
BACKING = frozenset({"back", "support", "sponsor", "fund", "finance", "arm", "train", "ally", "align",
                     "link", "inspire", "affiliate", "equip", "recognise", "recognize", "install"})
# agents the text calls only by what they did: their country is the one the text names for them, never
# a guess from where they struck
# sectors of an armed side, which name who unidentified doers are ("jihadist gunmen")
ARMED_SIDES = frozenset({"REB", "SEP", "RAD", "INS", "CRM", "MIL", "UAF"})
UNIDENTIFIED_DOERS = frozenset({"gunman", "armed man", "assailant", "attacker", "suicide bomber",
                                "suicide attacker", "hitman", "sniper", "masked man", "kidnapper",
                                "unknown assailant", "unidentified gunman"})
# modifiers that say an agent is *not* of the article's country ("foreign-trained terrorists")
NO_CONTEXT_MODIFIERS = frozenset({"foreign", "international", "unidentified", "unknown", "external",
                                  "overseas", "outside", "global", "multinational", "western"})
# modifiers that only say a body is the state's: on troops or police they add no sector
GOVERNMENT_WORDS = frozenset({"government", "state", "regime", "federal", "official"})
# quantity words before "of" that count people ("thousands of Egyptians")
QUANTITIES = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score",
                        "scores", "million", "millions", "many", "several", "number"})
CONTEXT_NOUNS = frozenset({"country", "nation", "state", "republic"})
# prepositions after which a seat of government is a place: "talks *in* Beijing", "flew *to* Kabul"
# ("to" only after a word of travel: "protested *to* Beijing" addresses its government)
LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "inside", "across", "through",
                      "throughout"})
DIRECTIONAL = frozenset({"to", "into", "toward", "towards"})
TRAVEL = frozenset({"visit", "trip", "journey", "tour", "travel", "fly", "go", "come", "return",
                    "arrive", "head", "send", "deploy", "move", "dispatch", "flight", "march",
                    "drive", "sail", "rush", "airlift", "evacuate", "flee", "deport", "extradite"})
PREPS_OF = frozenset({"of", "from", "in", "for", "at", "throughout", "across", "inside", "within"})
# bodies named after the person who heads them: "the government *of President Santos*" is his country's
RULED_BY = frozenset({"government", "regime", "administration", "cabinet", "junta"})
# those of them that only say where an actor is
LOCATED = PREPS_OF - {"of", "from", "for"}
# words that make a title a former one ("former chairman", "ex-president", "ousted President")
FORMER_WORDS = frozenset({"former", "ex", "ousted", "deposed", "toppled", "erstwhile"})
# named-entity types of a proper name that is a body, not a person ("University of ... Sydney")
BODY_ENTITIES = frozenset({"ORG", "FAC", "NORP"})
# possessive pronouns whose referent owns the agent ("its embassy", "their troops")
OWNER_PRONOUNS = frozenset({"its", "their", "his", "her"})
# how many of/from phrases deep a country may sit ("expert from the Institute of Taiwan")
# nouns of people who back a party: with an "of" phrase naming the opposition or a party, they are
# that side ("supporters of opposition leader Yushchenko rallied": UKROPP, as the gold sets code them)
FOLLOWERS = frozenset({"supporter", "follower", "sympathiser", "sympathizer"})
SIDES = frozenset({"OPP", "PTY"})
PHRASE_DEPTH = 3


@dataclass(slots=True)
class Parts:
    """What one noun phrase contains, gathered before a code is chosen."""

    person: list[Entry] = field(default_factory=list)  # the head is a known person (their rows)
    org: Entry | None = None
    head_country: Entry | None = None  # the head itself names a country or seat
    agent: Entry | None = None  # the head is an agent noun
    nonactor: bool = False  # the head is inside a phrase that names no actor ("Indian Ocean")
    title: list[Entry] = field(default_factory=list)  # agent nouns among the modifiers
    country: str | None = None
    country_how: str = ""
    country_assigned: bool = False  # the country is where the person is sent: "envoy *for* Yemen"
    country_located: bool = False  # the country is where they are: "a Hamas delegation *in Cairo*"
    org_mod: Entry | None = None  # an organisation among the modifiers ("UN troops")
    employer: Entry | None = None  # the agent of a staff noun's "of" phrase ("employees of *the embassy*")
    side: tuple[str, ...] = ()  # the political side of those a follower noun follows ("supporters of *the
    # opposition leader*": OPP)
    owner_body: Actor | None = None  # the organisation a member noun's possessive stands for ("*its* leaders")
    person_mod: Actor | None = None  # a person the phrase belongs to ("the Xi Jinping administration")
    former: bool = False
    no_context: bool = False
    foreign_office: bool = False  # an office for foreign affairs: its country only from where the text
    # places it, never from another state's official named before ("expelled an *Indian* diplomat |
    # The foreign office declared ...") nor the article's main country
    head_match: Match | None = None  # the lexicon phrase that covers the head
    country_guessed: bool = False  # ``country`` is what "the country" was taken to mean
    community: Match | None = None  # a community word: the head ("Kurds") or a modifier ("Kurdish")

    @classmethod
    def collect(cls, span: Span, head: Token, st: DocState) -> "Parts":
        p = cls()
        seen: set[int] = set()
        for tok in span:
            word = tok.lower_
            m = st.by_token.get(tok.i)
            if word in NO_CONTEXT_MODIFIERS or word.split("-")[0] in NO_CONTEXT_MODIFIERS:
                if m is not None and m.end - m.start > 1:  # a word of an office's own name is no
                    p.foreign_office = True  # foreigner: "the *Foreign* Ministry", "*Foreign* Minister"
                else:
                    p.no_context = True
            if word in FORMER_WORDS or word.startswith("ex-"):
                p.former = True
            if m is None or id(m) in seen or not m.start <= head.i < m.end and any(
                    _backer(t, head) for t in span.doc[m.start:m.end]):
                continue  # (any word of the name: "*Islamic State*-linked insurgents")
            seen.add(id(m))
            p._take(m, m.start <= head.i < m.end, st, head)
        p._person_owner(head, span, st)
        if p.country is None and p.agent is not None:
            p._pronoun_owner(head, st)
        own = p.country is not None  # named in the phrase itself, or by its owner
        if p.country is None:
            p._country_from_phrases(head, st)
        if p.community is not None and not own:
            p._community_country(head, st)
        if p.country is None:
            p._country_stranded_before(span, st)
        if p.country is None and p.agent is not None:
            # a place the lexicon does not know, named before the head: "Darfur rebels"
            found = country_of_tokens([t for t in span if t.i < head.i and t.pos_ == "PROPN" and
                                       not _backer(t, head)], st)
            if found is not None:
                p.country, p.country_how = found
        return p

    def _take(self, m: Match, covers_head: bool, st: DocState, head: Token) -> None:
        person = m.all(PERSONAL_KINDS)
        org = org_row(m.all(ORG_KINDS), st.when)
        place = m.first(COUNTRY_KINDS)
        agent = m.first(AGENT_KINDS)
        community = m.first(COMMUNITY_KINDS)
        if covers_head:
            self.head_match = m
            if m.first(frozenset({"none"})):
                self.nonactor = True
            elif person:
                self.person = person
            elif org:
                self.org = org
            elif place:
                self.head_country = place
            elif agent:
                self.agent = agent
                if agent.phrase.split()[0] in FORMER_WORDS or agent.phrase.startswith("ex-"):
                    self.former = True
            elif community:
                self.community = m
        elif person:
            role = person_role(person, st.when)
            if role is not None and self.person_mod is None:
                self.person_mod = Actor(person[0].name or "", 0, 0, role.code, role.country,
                                        role.sectors, person[0].name, how_of(person[0]), role.detail,
                                        kind="person")
        elif org and self.org_mod is None:
            self.org_mod = org
        elif place and self.country is None and not (
                place.country in region_codes() and head.pos_ == "PROPN" and m.end == head.i and
                st.doc[m.start].text[:1].isupper()):  # ("the junta's *Western* Command": a name, not the West)
            self.country, self.country_how = place.country, f"'{place.phrase}' ({place.kind})"
            self.country_assigned = m.start > 0 and st.doc[m.start - 1].lower_ == "for"
        elif agent and not stance_word(st.doc[m.start]):  # (not "*pro-government* militiamen")
            self.title.append(agent)
        elif community and self.community is None:
            self.community = m

    def _person_owner(self, head: Token, span: Span, st: DocState) -> None:
        """"Tokayev's government", "the Xi administration": a possessor or name modifier that is
        a person already resolved gives the phrase its country."""
        if self.person_mod is not None or head.pos_ == "PROPN":
            return
        for child in head.lefts:
            if child.dep_ in {"poss", "compound"} and child.pos_ == "PROPN":
                actor = st.mentions.at(child) if child.dep_ == "poss" else None
                if actor is None:
                    known = st.registry.find(st.doc[child.left_edge.i:child.i + 1])
                    actor = known.first if known is not None else None
                if actor is not None and actor.kind == "person" and actor.country:
                    self.person_mod = actor

    def _pronoun_owner(self, head: Token, st: DocState) -> None:
        """"Turkey said *its* embassy in Kabul was attacked": a possessive pronoun resolved to an
        actor with a country gives the agent its country, before any place in its phrases (the
        embassy is Turkey's, wherever it stands)."""
        for child in head.lefts:
            if child.dep_ != "poss" or child.pos_ != "PRON" or child.lower_ not in OWNER_PRONOUNS:
                continue
            owner = st.resolve_at(child)
            if owner is not None and owner.kind in {"organisation", "group"} and owner.sectors and \
                    head.lemma_.lower() in group_nouns()[4] and not _owns_its_clause(child, head, st):
                self.owner_body = owner  # "dissolved the party and banned *its leaders*": the party's
            if owner is not None and owner.country and not owner.guessed:
                self.country = owner.country
                self.country_how = f"its possessor '{child.text}' ({owner.detail})"

    def _country_from_phrases(self, head: Token, st: DocState) -> None:
        """Country from "of"/"from"/"in" phrases and appositions, up to PHRASE_DEPTH deep: "the
        president of Kazakhstan", "a professor at the University of Technology Sydney"."""
        frontier = [head]
        for _ in range(PHRASE_DEPTH):
            nxt = []
            for node in frontier:
                preps = dict((obj.i, word) for word, obj in prep_objects(node, PREPS_OF))
                targets = [node.doc[i] for i in preps]
                if node.pos_ != "PROPN":  # a name's apposition is resolved as an actor of its own
                    targets += [c for c in node.children if c.dep_ == "appos"]
                for obj in targets:
                    phrase = np_span(obj)
                    if node.i == head.i and preps.get(obj.i) == "of" and head.lemma_.lower() in FOLLOWERS | LEADING:
                        followed = st.resolve_at(obj)
                        if followed is not None:
                            self.side = tuple(s for s in followed.sectors if s in SIDES)
                    for tok in phrase:
                        m = st.by_token.get(tok.i)
                        if m is None or any(_backer(t, obj) for t in st.doc[m.start:m.end]):
                            continue  # ("fighters from the *Islamic State*-linked Allied Democratic Forces")
                        org = org_row(m.all(ORG_KINDS), st.when)
                        agent = m.first(AGENT_KINDS)
                        if org and self.org_mod is None:
                            self.org_mod = org
                        if agent and obj.dep_ == "appos":
                            self.title.append(agent)
                        if agent and tok.i == obj.i and node.i == head.i and preps.get(obj.i) == "of" and \
                                head.lemma_.lower() in group_nouns()[3] and set(agent.sectors) & set(STATE_SECTORS):
                            self.employer = agent
                    if self.country is None:
                        found = country_of_tokens(phrase, st)
                        if found is not None and found[0] in region_codes() and \
                                obj.lemma_.lower() in {"country", "nation"}:
                            found = None  # "across *Africa's* most populous country": one of its
                        if found is not None:
                            self.country = found[0]
                            self.country_how = f"{found[1]} in the phrase '{phrase.text}'"
                            self.country_assigned = preps.get(obj.i) == "for"
                            self.country_located = preps.get(obj.i) in LOCATED
                    if self.country is None and node.i == head.i and preps.get(obj.i) == "of" and \
                            head.lemma_.lower() in RULED_BY:  # "the government *of President Santos*"
                        ruler = st.resolve_at(obj)
                        if ruler is not None and ruler.kind == "person" and ruler.country and not ruler.guessed:
                            self.country = ruler.country
                            self.country_how = f"its head '{ruler.text}' ({ruler.code})"
                    if obj.lower_ in CONTEXT_NOUNS and self.country is None and st.main_country \
                            and [c.lower_ for c in obj.lefts] in (["the"], ["this"]):
                        self.country = st.main_country
                        self.country_how = f"'the {obj.lower_}' = the article's main country (guess)"
                        self.country_guessed = True
                    nxt.append(obj)
            frontier = nxt

    def _community_country(self, head: Token, st: DocState) -> None:
        """"Tamil rebels", "Rohingyas": the community's country, unless an organisation or person
        owns the phrase or its of/in phrases name one of the community's countries ("Kurdish
        leaders in Iran"). Another country there is where they are, not whose they are ("Tamil
        rebels in Oslo" are Sri Lanka's)."""
        m = self.community
        if not m.start <= head.i < m.end and not modifies(st.doc[m.end - 1], head):
            self.community = None  # "the Tutsi-led government"
            return
        c = community_of(m.first(COMMUNITY_KINDS))
        if self.org_mod is not None or self.person_mod is not None or self.country in c.countries:
            return
        self.country, self.country_how, self.country_guessed = pick_country(c, head, st)

    def _country_stranded_before(self, span: Span, st: DocState) -> None:
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

    # -- composing ---------------------------------------------------------------------------------
    def compose(self, head: Token, span: Span, st: DocState) -> Actor | None:
        if self.nonactor:
            return None
        m = self.head_match
        if m is not None and not self.agent and (m.start < span.start or m.end > span.end):
            # a name runs past the parse's phrase: "National Union for the ... of Angola"
            span = st.doc[min(span.start, m.start):max(span.end, m.end)]
        text, start, end = span.text, span.start_char, span.end_char
        if self.person:
            return known_person(self, text, start, end, st)
        known = bracketed_acronym(head, span, st) if head.pos_ in {"PROPN", "NOUN"} and self.org is None else None
        if known is not None:
            return known  # "the National Liberation Army (ELN)": the body its acronym names
        if head.pos_ == "PROPN" and self.org is None and self.head_country is None and self.agent is None:
            if head.ent_type_ in BODY_ENTITIES and self.org_mod is not None:
                o = self.org_mod  # "the United Nations Observer Mission in Angola"
                return Actor(text, start, end, o.code, o.country, o.sectors, o.name, how_of(o),
                             f"'{head.text}' of {o.name} ({o.code})", kind="organisation")
            if self.title and head.ent_type_ in BODY_ENTITIES:
                return named_body(self, head, span, st)
            if self.title or self.org_mod:
                return titled_person(self, head, span, st)
            appos = apposition(self, head, span, st)
            if appos is not None:
                return appos
            known = st.registry.find(span)
            if known is not None:
                return known.mention(text, start, end)
        if self.org is not None:
            state_body = self.org.kind == "org" and bool(set(self.org.sectors).intersection(STATE_SECTORS))
            # an international NGO's national society: "the *Syrian Arab* Red Crescent", "the
            # *Kenya* Red Cross" (SYRNGO, KENNGO), as our gold sets code them
            society = self.org.kind == "org" and not self.org.country and "NGO" in self.org.sectors
            national = self._national_body(head, st, of_only=state_body) \
                if self.org.kind == "igo" or state_body or society else None
            if national is not None and national[0] != self.org.country:
                c, why = national  # ("the National Intelligence Service *of Kenya*": Kenya's, not Korea's)
                own = self.org.sectors if state_body else ("NGO",) if society else ("GOV",)
                return Actor(text, start, end, c + "".join(own), c, own, None, "lexicon",
                             f"'{self.org.phrase}' qualified by {why}: that country's own body, "
                             f"not {self.org.name}", kind="organisation")
            return self._organisation(text, start, end)
        if self.head_country is not None:
            c = self.head_country
            if c.kind == "demonym" and head.pos_ != "PROPN" and head.tag_ not in {"NNPS", "NNS"}:
                return None  # "Kazakh" as a bare adjective is not an actor
            if c.kind == "demonym" and any(t.lower_ == "ethnic" for t in span):
                return ethnic_group(self, head, span, st)
            if c.kind == "demonym" and (counted(head) or people_undergoing(head) or any(
                    d.dep_ == "det" and d.lower_ in {"a", "an", "another"} for d in head.children)):
                # "killed 12 Palestinians", "thousands of Egyptians marched", "the home of *a
                # Palestinian*": people, not the state
                return Actor(text, start, end, f"{c.country}CVL", c.country, ("CVL",), c.name,
                             how_of(c), f"counted '{c.phrase}': people of {c.name} (CVL)",
                             kind="country")
            detail = c.note if how_of(c) == "gazetteer" else \
                f"'{c.phrase}' names {c.name}" + (" (seat of government)" if c.kind == "seat" else "")
            prep = head.head
            if c.kind == "seat" and head.dep_ == "pobj" and (prep.lower_ in LOCATIVE or (
                    prep.lower_ in DIRECTIONAL and prep.head.lemma_.lower() in TRAVEL) or (
                    prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_PARTS)):
                # "arrived *in Tokyo*", "a visit *to Baghdad*", "the Wharf Jeremie area *of
                # Port-au-Prince*": the city as a place, not its rulers
                return Actor(text, start, end, c.country, c.country, (), c.name, how_of(c),
                             f"'{c.phrase}', a place in {c.name}", kind="country")
            return Actor(text, start, end, c.code, c.country, c.sectors, c.name, how_of(c), detail,
                         kind="country")
        if self.agent is not None:
            return self._agent(head, span, st)
        if self.community is not None and m is self.community:
            return community_people(self, m, head, span)
        if head.lower_ in CONTEXT_NOUNS and head.pos_ == "NOUN" and st.main_country and \
                [c.lower_ for c in head.lefts] in (["the"], ["this"]):
            return Actor(text, start, end, st.main_country, st.main_country, (), None, "context",
                         f"'{text}' = the article's main country (guess)", guessed=True, kind="country")
        return None

    def _national_body(self, head: Token, st: DocState, of_only: bool = False) -> tuple[str, str] | None:
        """"Kazakhstan's Security Council", "the Russian Security Council", "the Security Council
        of Russia": an international body's name qualified by a country (its possessor, a
        demonym or name on the name itself, an of-phrase) is that country's own body. With
        ``of_only``, only an of-phrase counts: a state body one country's name stands for ("the
        National Intelligence Service *of Kenya*"; not "the Lebanese and *Israeli* armies")."""
        m = self.head_match
        if m is None:
            return None
        owners = [] if of_only else [t for t in st.doc[m.start:m.end] for t in t.lefts
                                     if not m.start <= t.i < m.end and t.dep_ in {"poss", "amod", "compound", "nmod"}]
        owners += [obj for _, obj in prep_objects(head, {"of"})]
        for tok in owners:
            place = st.by_token.get(tok.i)
            e = place.first(COUNTRY_KINDS) if place is not None else None
            if e is not None and e.country and e.country not in st.regions:
                return e.country, f"'{e.phrase}' ({e.kind})"
        return None

    def _organisation(self, text: str, start: int, end: int) -> Actor:
        o = self.org
        extra = extra_sectors(o, [s for t in self.title for s in t.sectors])
        detail = f"'{o.phrase}' is {o.name} ({o.origin})"
        if o.start or o.end:
            detail += f", {o.code} from {o.start or '…'} to {o.end or '…'}"
        return Actor(text, start, end, body_code(o.code, extra), o.country, o.sectors + extra, o.name,
                     how_of(o), detail, kind="organisation")

    def sectors(self, st: DocState) -> list[str]:
        sectors: list[str] = []
        state_agent = self.agent is not None and bool(set(self.agent.sectors) & set(STATE_SECTORS))
        # "rebel negotiators", "opposition delegates": those who act for a side are of that side
        speaks_for_side = self.agent is not None and self.agent.phrase.lower() in group_nouns()[1] and \
            any(set(t.sectors) - set(STATE_SECTORS) for t in self.title)
        if self.side and self.agent is not None and self.agent.phrase.lower() in FOLLOWERS | LEADING:
            return list(self.side)  # "supporters of the opposition leader", "leaders of the opposition
            # parties" are the opposition's
        agent = self.employer or self.agent  # staff take their employer's sectors
        if agent is self.agent and agent is not None and agent.phrase.lower() in UNIDENTIFIED_DOERS and \
                self._named_side():
            agent = None  # "*jihadist* gunmen", "*Maoist* attackers": the side named is what they are
        for t in ([agent] if agent else []) + self.title:
            if state_agent and t is not self.agent and t.phrase.lower() in GOVERNMENT_WORDS:
                continue  # "government troops": the state's own troops are MIL, not MIL and GOV
            if speaks_for_side and t is self.agent:
                continue
            sectors.extend(s for s in t.sectors if s not in sectors)
        if self.former:
            # only a former holder of state office is an elite: "former rebels" stay rebels
            state: list[str] = []
            for t in ([self.agent] if self.agent else []) + self.title:
                for s in t.sectors if "ELI" not in t.sectors else st.former_sectors(t.phrase):
                    if s in STATE_SECTORS and s not in state:
                        state.append(s)
            if state or "ELI" in sectors:
                sectors = ["ELI"] + [s for s in state if s in KEPT_AFTER_ELI]
        return sectors

    def _named_side(self) -> bool:
        """True when a modifier names the armed side of doers otherwise unidentified ("*jihadist*
        gunmen", "*Maoist* attackers"; not "a *woman* suicide bomber")."""
        return any(set(t.sectors) & ARMED_SIDES for t in self.title)

    def country_for(self, head: Token, st: DocState, person: bool = False,
                    sectors: tuple[str, ...] = ()) -> tuple[str | None, str, bool]:
        opposed = rebels_government(head, st) if not self.country or self.country_located else None
        if opposed is not None:  # "the NDF resumed talks with the *government* (in Oslo)": the rebels'
            return opposed[0], opposed[1], True  # own, not the host's
        if self.country:
            return self.country, self.country_how, self.country_guessed
        if self.person_mod is not None and self.person_mod.country:
            return self.person_mod.country, f"its owner {self.person_mod.name} ({self.person_mod.code})", False
        if self.org_mod is not None or self.no_context:
            return None, "", False
        if self.agent is not None and self.agent.phrase.lower() in UNIDENTIFIED_DOERS and not self._named_side():
            return None, "", False  # "a suicide bomber blew himself up in Quetta": who, the text does
            # not say, and where it happened does not tell (only "Pakistani gunmen" would, or a side:
            # "*jihadist* gunmen" are of the insurgency where they strike)
        partner = government_partner(head, st) if not person or head.tag_ == "NNS" else None
        if partner is not None:  # "Sudan's government and the main rebel *faction*"
            return partner[0], partner[1], True
        earlier = same_kind_before(head, sectors, st) if sectors and not self.foreign_office else None
        if earlier is not None:  # "Israeli troops ... and *soldiers* responded": the same side
            return earlier[0], earlier[1], True
        if self.foreign_office and st.dateline_country and not _placed(head):
            return st.dateline_country, "the dateline's place (guess)", True  # "BERLIN — The Foreign
            # Office urged Germans still in Belarus to leave": a ministry writes from its capital
        found = place_country(head, st) if self.foreign_office else context_country(head, st, person)
        if found is not None:  # (a foreign ministry only where the text places it: the article's
            return found[0], found[1], True  # main country is as often the state it deals with)
        return None, "", False

    def _agent(self, head: Token, span: Span, st: DocState) -> Actor:
        if self.owner_body is not None:
            o = self.owner_body
            return Actor(span.text, span.start_char, span.end_char, o.code, o.country, o.sectors, o.name,
                         "pronoun", f"'{self.agent.phrase}' of the body its possessor stands for ({o.detail})",
                         guessed=o.guessed, kind="organisation")
        sectors = self.sectors(st)
        phrase = self.agent.phrase
        if self.org_mod is not None and (self.country is None or self.country_assigned or self.country_located and (
                head.lemma_.lower() in group_nouns()[1] or self.org_mod.code.startswith("IGO"))):
            o = self.org_mod  # (a body's envoy *for* a country is the body's; a *Hamas* delegation in
            # Cairo is Hamas's, UN peacekeepers in Darfur the UN's; but "Taliban militants in North
            # Waziristan" may be that country's branch of the group)
            extra = extra_sectors(o, sectors)
            base, own = o.code, o.sectors
            if o.country and base == o.country + "GOV" and set(extra) & {"MIL", "COP"}:
                base, own = o.country, ()  # "Sandinista troops" (1980s): the state's army, NICMIL
            elif o.country and "BUS" in own and "LAB" in extra:
                base, own = o.country, ()  # "employees of Air France": the country's labour, FRALAB
            elif "BUS" in own:
                extra = tuple(s for s in extra if s != "MIL")  # "a Ryanair jet": the airline's own
            return Actor(span.text, span.start_char, span.end_char, body_code(base, extra),
                         o.country, own + extra, o.name, how_of(o),
                         f"'{phrase}' of {o.name} ({o.code})", kind="organisation")
        country, how, guessed = self.country_for(head, st, sectors=tuple(sectors))
        if phrase.lower() in BODY_HEADS and (country is None or self.country_assigned or
                                             guessed and "same kind" not in how):
            # (the country of the story's places, not of an envoy named before: "the US special envoy
            # ... the special envoy")
            return self._body_head(head, span, st, phrase)
        code = (country or "---") + "".join(sectors)
        detail = f"'{phrase}' → {' '.join(sectors)}" + (f"; country from {how}" if how else "")
        return Actor(span.text, span.start_char, span.end_char, code, country, tuple(sectors), None,
                     "context" if guessed else how_of(self.agent), detail, guessed=guessed)


    def _body_head(self, head: Token, span: Span, st: DocState, phrase: str) -> Actor:
        """"*The Secretary-General* strongly condemns ...": with no country or body of its own, the
        head of the international body last named (NATO's after "NATO"), else of the United Nations,
        as press releases use the title."""
        body = next((a for i, a in recent_mentions(head, st.mentions.by_head, head.i, 3)  # type: ignore[attr-defined]
                     if a.code.startswith("IGO") and a.how not in {"pronoun", "context"} and
                     a.kind != "person" and
                     head.doc[i].ent_type_ not in {"GPE", "LOC", "FAC"}), None)  # (not "Brussels")
        default, name = BODY_HEADS[phrase.lower()]
        code, sectors = (body.code, body.sectors) if body is not None else (default, ("IGO",))
        why = f"'{phrase}' with no country: the head of {body.text if body else name}"
        return Actor(span.text, span.start_char, span.end_char, code, None, tuple(sectors),
                     body.name if body else name.removeprefix("the "), "context", why, kind="organisation")


def same_kind_before(head: Token, sectors: tuple[str, ...], st: DocState) -> tuple[str, str] | None:
    """(country, why) of the last actor of the same sectors named with its country, in the
    sentence of ``head`` or the one before: a bare "soldiers" after "Israeli troops" are theirs."""
    if any(c.dep_ == "poss" or c.pos_ == "PROPN" for c in head.children):
        return None  # "the South's forces": an owner the resolver could not name
    for _, actor in recent_mentions(head, st.mentions.by_head, head.i):  # type: ignore[attr-defined]
        if actor.sectors == sectors and actor.country and not actor.guessed and \
                actor.country.isalpha() and actor.how != "pronoun":
            return actor.country, f"the same kind of actor named before, '{actor.text}' (guess)"
    return None


def _owns_its_clause(pronoun: Token, head: Token, st: DocState) -> bool:
    """True when a possessive pronoun was read as the subject of the clause its noun is in ("the EU
    condemned the coup and imposed sanctions on *its* leaders": the coup's, whatever the resolver
    says, for a body does not punish its own leaders)."""
    antecedent = st.mentions.refers.get(pronoun.i)
    verb = head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subject = subject_of(verb) or (subject_of(verb.head) if verb.dep_ == "conj" else None)
    return antecedent is not None and subject is not None and antecedent == subject.i


def people_undergoing(head: Token) -> bool:
    """A bare plural demonym that undergoes the act: "began deporting *Afghans*", "attacks on
    *Palestinians*" (people; "talks with *the Palestinians*" may be their leaders)."""
    return head.tag_ == "NNPS" and head.dep_ in {"dobj", "pobj", "nsubjpass"} and \
        not any(c.dep_ in {"det", "poss"} for c in head.children)


def counted(head: Token) -> bool:
    """A plural noun with a number or a quantity on it: "58 Palestinians", "at least 30
    Sudanese", "thousands of Lebanese", "dozens of Ukrainians"."""
    if any(c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in QUANTITIES) for c in head.children):
        return True
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in QUANTITIES


def _backer(tok: Token, head: Token) -> bool:
    """True for the country or body modifying a backing participle inside the phrase of ``head``:
    "*Iran*-backed militias", "the *U.S.*-backed Contra rebels"."""
    verb = tok.head
    while verb.dep_ in {"compound", "npadvmod", "nmod", "amod"} and verb.lemma_.lower() not in BACKING \
            and verb.head.i != verb.i and verb.i < head.i:
        verb = verb.head
    return verb.i != tok.i and verb.i < head.i and verb.tag_ == "VBN" and \
        verb.lemma_.lower() in BACKING and tok.dep_ in {"npadvmod", "compound", "nmod", "amod", "dep"}


def _placed(head: Token) -> bool:
    """A place phrase on the noun itself: "the foreign ministry *in Beijing*"."""
    return any(c.dep_ == "prep" and c.lower_ in {"in", "at"} for c in head.children)
