"""Reading a predicate's arguments off the parse and matching them against pattern frames.

A verb's *slots* are named the way frames name them: ``subj`` (the doer: the subject of an active
verb, the by-phrase of a passive one), ``obj`` (the undergoer: the object of an active verb, the
subject of a passive one), ``dative``, ``poss``, ``by`` and every preposition ("with", "on", ...).
``obj.with`` is the object's own "with" phrase ("signed an agreement *with the EU*"); ``comp`` is the
subject of a clausal complement ("demanded that *the US* cancel ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from tidings.events.patterns import NO_EVENT, Frame, PatternSet, word_class
from tidings.nlp import syntax
from tidings.nlp.headlines import always_transitive

SLOT_KEYS = frozenset({"subj", "obj", "dative", "poss", "by", "comp", "pred", "mod"})
# where a target is looked for when the frame does not say
VERB_TARGETS = ("obj", "dative", "against", "with", "on", "at", "to", "into", "toward", "towards", "over",
                "obj.to", "obj.for", "obj.against", "obj.on", "obj.with")
NOUN_SOURCES = ("poss", "by")
# named-entity types of a time expression: a prepositional phrase of time names no participant
TIMES = frozenset({"DATE", "TIME"})
# the nouns of a term served or imposed ("jailed *for 25 years*"), kept though they name a time
TERMS = word_class("@terms")
NOUN_TARGETS = ("of", "against", "on", "with", "to", "at", "into", "toward", "towards")


# nouns that only say an event is attempted or organised; the event is their modifier or of-phrase:
# "mediation efforts", "a peace bid", "a campaign of bombings"
EFFORT_HEADS = frozenset({"effort", "bid", "attempt", "initiative", "campaign", "mission", "drive",
                          "process", "programme", "program", "plan", "move", "operation"})
# nouns that count or measure; the event is their of-phrase: "ten days of talks", "a wave of arrests"
MEASURE_HEADS = frozenset({"day", "week", "month", "year", "hour", "series", "wave", "round", "spate",
                           # the instalments of a recurring event: "the tenth edition *of the exercise*"
                           "edition", "phase", "leg", "stage", "iteration",
                           "string", "number", "couple", "lot", "dozen", "hundred", "thousand",
                           # bundles of deals: "a raft *of agreements*", "a slew *of measures*"
                           "raft", "slew", "clutch", "bundle", "set", "array", "range", "pair", "handful",
                           "flurry", "burst", "volley", "barrage", "salvo", "part", "portion", "half",
                           "bulk", "share", "rest", "score", "scores", "group", "batch", "tranche",
                           # bodies of people or vehicles: "a team *of inspectors*", "a column *of tanks*"
                           "team", "contingent", "column", "fleet", "squad",
                           # quantities of goods: "10,000 tonnes *of wheat*", "a convoy *of trucks*"
                           "tonne", "ton", "kilogram", "kilo", "pound", "litre", "liter", "gallon",
                           "barrel", "cubic", "bag", "sack", "box", "crate", "parcel", "dose",
                           "truckload", "shipload", "planeload", "cargo", "load", "consignment",
                           "shipment", "delivery", "supply", "quantity", "amount", "stock",
                           "stockpile", "package", "batch", "worth",
                           # areas of land: "400 acres *of Palestinian land*"
                           "acre", "hectare", "dunam", "dunum", "square"})
# nouns whose of-phrase says what a thing is called ("an *act* of terrorism", "a *form* of
# collective punishment"): the of-phrase is the predicate
KIND_NOUNS = frozenset({"act", "form", "kind", "case", "instance"})
# heads of sums of money ("$2 billion", "50 million euros"); "in" or "of" says what the sum is for
MONEY = frozenset({"$", "€", "£", "billion", "million", "trillion"}) | word_class("@currencies")
# verbs whose complement is a bare infinitive, which the tagger may read as a present tense ("let
# inspectors *enter*")
BARE_INFINITIVE = frozenset({"let", "make", "help"})
ASPECTUAL = word_class("@aspectual")  # "began *pounding*": the complement is the subject's act
# predicates of a copula that are a comment on the prospects ("was optimistic that ...": 012/013)
STANCES = word_class("@hopeful") | word_class("@doubtful")
# partitive heads that make talks a stage of a negotiation ("a second *round* of talks")
SERIES = word_class("@series")
# vehicles that bring relief ("a convoy of trucks *carrying flour*"), and what says they carry it
VEHICLES = word_class("@vehicles")
# prepositions of what a complaint or a dispute is about: their object's possessor is whose act it is
ABOUT_PREPS = frozenset({"over", "about"})
# troops or police "of" a peacekeeping mission are peacekeepers ("the first troops *of the ECOWAS
# Mission*", "a contingent of Kenyan police officers of the MSS mission")
FORCES = word_class("@troops") | word_class("@police")
PEACEKEEPERS = word_class("@peacekeepers")
CARRYING = word_class("@carrying")
RELIEF = word_class("@humanitarian")
ONE_ASSAULT = word_class("@one_assault")
ONLOOKING = word_class("@onlooking")  # "signed the deal, with Ahtisaari *looking on*": a bystander
# particles of phrasal verbs, when the parser reads them as adverbs ("stepped down")
PARTICLES = frozenset({"down", "up", "out", "off", "back", "in", "away", "over", "aside", "together"})
# sums of money, whose "in" phrase says what they are ("$100 million in military aid")
MONEY = frozenset({"$", "€", "£", "million", "billion", "dollar", "euro", "pound", "yen"})
AID_KINDS = word_class("@aid_kinds")
# the prepositions of place that the parser hangs on a named object rather than on the verb
NAME_PLACE_PREPS = frozenset({"at", "in"})
# "kidnapped up to 16 advisers": the parser hangs the object under the quantifying preposition
QUANTIFYING_PREPS = frozenset({"up", "to", "about", "around", "nearly", "over", "some"})
# nouns that sum up an act just told ("a move", "a step"): the object of a relative clause on them
REFERRED = word_class("@referred_acts")
# protests, which police are sent ahead of
PROTESTS = word_class("@protest")
CROWD = word_class("@crowd")  # people in numbers, who may be told doing something in a participle
PLACE_NOUNS = word_class("@place_nouns")  # nouns of places, which do nothing themselves
# verbs of taking part with others in an act told in an "in" gerund ("joined the US *in restricting*")
JOINING = word_class("@joining")
# words that take a part of the noun in their of-phrase ("all *of the crossings*", "the last of")
PARTITIVES = frozenset({"all", "some", "most", "many", "much", "several", "any", "both", "each",
                        "none", "last", "rest", "remainder", "bulk", "majority", "part", "half",
                        "portion", "first", "section", "stretch", "segment"})  # ("blew up *sections of* roads")
# the start of an act named in their of-phrase: "announced *the opening of* an investigation"
ONSETS = word_class("@onsets")

# the key a named place carries besides its own words (written "<place>" in a frame); the coder
# lists the place names the actor resolver found (countries, gazetteer places) in the doc's
# user_data under PLACE_TOKENS, by head token index
PLACE = "<place>"
PLACE_TOKENS = "tidings_place_tokens"
KEYS_MEMO = "tidings_keys"


def keys(tok: Token) -> frozenset[str]:
    """The words a condition may match for this token: lemma, text, and compound + head; for an
    effort noun ("mediation efforts") also its modifiers alone. Memoised per document in
    ``doc.user_data[KEYS_MEMO]`` (the coder empties it once the parse is final)."""
    memo = tok.doc.user_data.setdefault(KEYS_MEMO, {})
    found = memo.get(tok.i)
    if found is None:
        found = memo[tok.i] = frozenset(_keys(tok))
    return found


def _keys(tok: Token) -> set[str]:
    lemma = tok.lemma_.lower()
    out = {lemma, tok.lower_}
    if tok.tag_ in {"NNP", "NNPS"} and tok.lower_.endswith("s"):
        out.add(tok.lower_[:-1])  # "*Rockets* slammed into ...": a capitalised first word tagged as a
        # plural name is the common noun; so is a plural name's last word ("the Abraham *Accords*")
    if tok.tag_ in {"NNP", "NNPS"} and tok.lower_.endswith("men"):
        out.add(tok.lower_[:-3] + "man")  # "*Militiamen* attacked": the same, for a "-men" plural
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SERIES:
        out.add(f"{tok.head.head.lemma_.lower()} {lemma}")  # "a third *round of talks*", "two *days
        # of talks*": the partitive's head names a stage of a negotiation
    if lemma in VEHICLES and _carries_relief(tok):
        out.add(f"aid {lemma}")  # "a U.N. convoy of 19 trucks *carrying flour and medicine*": an aid convoy
    if lemma in FORCES and _of_mission(tok):
        out.add("peacekeeper")
    if tok.i in tok.doc.user_data.get(PLACE_TOKENS, ()):
        out.add(PLACE)  # "seized Goma": a place name stands for the kind of word "town" is
    mods = _modifiers(tok)
    if mods:
        out.add(" ".join([m.lemma_.lower() for m in mods] + [lemma]))
        negated = max((i + 2 for i, m in enumerate(mods) if m.lower_ == "non"), default=0)
        # ("*non-humanitarian* aid" is no humanitarian aid; "non-lethal *military* aid" is military aid)
        for k in range(max(1, negated + 1), len(mods)):  # "more *air defence systems*": the modifiers
            out.add(" ".join([m.lemma_.lower() for m in mods[k:]] + [lemma]))  # nearest the noun
        out.update(" ".join([m.lemma_.lower(), lemma]) for m in mods[negated + 1 if negated else 0:])
        # ("joint (military) exercise")
        for i in range(1, len(mods)):  # "war crimes probe": the modifier's own compound
            if mods[i].dep_ == "compound" and mods[i - 1].head.i == mods[i].i:
                out.add(f"{mods[i - 1].lemma_.lower()} {mods[i].lemma_.lower()} {lemma}")
        if lemma in EFFORT_HEADS:  # (a common noun's modifiers: the World *Food* Programme is a name)
            out.update(m.lemma_.lower() for m in mods if m.dep_ == "compound" and m.ent_type_ != "ORG")
        if tok.pos_ == "PROPN":  # "captured *soldier* Gilad Shalit", "*journalist* Daniel Pearl":
            # a common noun before a name is what the named one is
            out.update(m.lemma_.lower() for m in mods if m.dep_ == "compound" and m.pos_ == "NOUN"
                       and m.head.pos_ == "PROPN")
            # (also a capitalised title: "summoned Russian *Ambassador* Andrei Kelin", "Pakistan's
            # *High Commissioner* Abdul Basit")
            titles = [m for m in mods if m.dep_ == "compound" and m.pos_ == "PROPN" and m.head.pos_ == "PROPN"
                      and m.ent_type_ != "ORG"]  # (not the words of a body's name: "World *Food* Programme")
            out.update(m.lower_ for m in titles)
            out.update(f"{m.lower_} {n.lower_}" for m in mods for n in titles if m.i == n.i - 1 and m.head.i == n.i)
    return out


def _of_mission(tok: Token, depth: int = 0) -> bool:
    """A force's "of" phrase, up to two deep, names a peacekeeping mission or force."""
    for child in tok.children:
        if child.dep_ != "prep" or child.lower_ != "of":
            continue
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            lemma = obj.lemma_.lower()
            if lemma == "mission" or lemma in PEACEKEEPERS or any(
                    m.lemma_.lower() in PEACEKEEPERS or f"{m.lemma_.lower()} {lemma}" in PEACEKEEPERS
                    for m in obj.lefts if m.dep_ in {"compound", "amod"}):  # ("protection force")
                return True
            if depth == 0 and lemma in FORCES and _of_mission(obj, 1):
                return True
    return False


def _modifiers(tok: Token) -> list[Token]:
    """The compound and adjective modifiers before a noun, with theirs ("joint counter-terrorism
    drills": "joint" hangs under "terrorism") and the nouns coordinated with them ("energy *and
    trade* ties"), in text order."""
    found: list[Token] = []
    todo = [c for c in tok.lefts if c.dep_ in {"compound", "amod", "nmod"}]
    while todo:
        m = todo.pop()
        found.append(m)
        todo.extend(c for c in m.lefts if c.dep_ in {"compound", "amod"})
        todo.extend(c for c in m.rights if c.dep_ == "conj" and c.i < tok.i and c.pos_ == m.pos_)
    return sorted(found, key=lambda t: t.i)


def _shares_object(verb: Token, conj: Token) -> bool:
    """True when ``conj``, with no subject of its own and active, follows ``verb`` right after "and"
    (or, for a verb that always takes an object and is not negated, "or" and an adverb of its own)."""
    doc = verb.doc
    if syntax.subject_of(conj) is not None or syntax.is_passive(conj) or verb.i + 2 > conj.i:
        return False
    after = doc[verb.i + 1].lower_
    if conj.i == verb.i + 2 and after == "and":
        return True
    if verb.lemma_.lower() not in always_transitive() or any(c.dep_ == "neg" for c in verb.children):
        return False
    return conj.i == verb.i + 2 and after == "or" or \
        conj.i == verb.i + 3 and after in {"and", "or"} and doc[verb.i + 2].dep_ == "advmod"


def _object_not_light(obj: Token, conj: Token, verb: Token) -> bool:
    """False for a light verb's object with its preposition right after it ("set *fire to* the embassy",
    "put pressure on"); a date there does not count for a verb that always takes an object."""
    transitive = verb.lemma_.lower() in always_transitive() and not (
        conj.i == verb.i + 2 and verb.doc[verb.i + 1].lower_ == "and")  # (not "shot and wounded X on
    # Wednesday": one shooting, told by its result)
    return not any(p.dep_ == "prep" and p.lower_ in {"to", "on"} and p.i == obj.right_edge.i + 1 and
                   not (transitive and any(g.ent_type_ in TIMES for g in p.children)) for p in conj.children)


def _shared_passive(verb: Token, subj: Token | None) -> bool:
    """A past participle coordinated with a passive verb, with no subject of its own."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and subj is None and \
        syntax.is_passive(verb.head) and not any(c.dep_ == "aux" for c in verb.children)


def event_noun(tok: Token) -> Token:
    """The noun that names the event: itself, or the of-phrase of a measure or effort noun
    ("ten days *of talks*", "a campaign *of bombings*"), or what a sum of money is given as
    ("$2 billion *in financial support*", "50 million euros *in loans*")."""
    lemma = tok.lemma_.lower()
    preps = {"of", "in"} if lemma in MONEY else {"of"}
    if lemma in MEASURE_HEADS | EFFORT_HEADS | MONEY or tok.pos_ == "NUM" or lemma in PARTITIVES:
        # (a partitive: "struck *three of* its bases", "captured *most of* Goma")
        for prep, obj in syntax.prep_objects(tok, preps):
            shared = next((c for c in obj.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
            if obj.pos_ == "PROPN" and shared is not None:
                return shared  # "burned dozens of *Masalit and Fur villages*": the parser hangs the
                # noun the two names share as a conjunct of the first
            if obj.pos_ in {"NOUN", "PROPN"}:
                return obj
    return tok


@dataclass(slots=True)
class Args:
    """The words around one predicate (verb or event noun), by slot name."""

    token: Token
    is_noun: bool
    passive: bool = False
    slots: dict[str, list[Token]] = field(default_factory=dict)
    prt: str | None = None
    xcomp: Token | None = None
    purpose: Token | None = None  # the verb's purpose infinitive ("deployed troops *to protect*")
    clause: Token | None = None  # the verb of its that-clause ("denied that its troops *had crossed*")

    @classmethod
    def of_verb(cls, verb: Token) -> "Args":
        a = cls(verb, is_noun=False, passive=syntax.is_passive(verb) or _participle(verb) or _agent_clause(verb))
        subj, obj = syntax.subject_of(verb), _partitive(syntax.object_of(verb) or _quantified_object(verb))
        obj = _shared_head(obj)
        joined_doer = hyphen_agent(verb)
        patient, agent = syntax.passive_subject_of(verb), syntax.agent_of(verb) or joined_doer
        if joined_doer is not None:  # "a *U.S.-brokered* deal": the U.S. brokered the deal
            a.passive, patient = True, verb.head
        elif _participle(verb):
            patient = verb.head  # "ten soldiers *killed* in the ambush": the noun is the patient
        elif _shared_passive(verb, subj):  # "were beaten and *detained* by police": the passive's
            a.passive, patient = True, syntax.passive_subject_of(verb.head)  # patient is shared
            agent = agent or syntax.agent_of(verb.head)
        if a.passive and patient is None and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
            patient = syntax.subject_of(verb.head)  # "rode a bus to Lahore and *was greeted* by Sharif"
        if obj is None and not a.passive:  # "allowed inspectors to visit" parsed as a clause
            obj = next((syntax.subject_of(c) for c in verb.children if c.dep_ == "ccomp" and (
                syntax.to_infinitive(c) or
                (c.tag_ == "VB" or c.tag_ == "VBP" and verb.lemma_ in BARE_INFINITIVE) and
                not any(x.dep_ == "aux" for x in c.children))),
                None)  # also a bare infinitive: "helped Sudan rebuild" (not "said it *would* ...")
        if obj is None and not a.passive and verb.lemma_.lower() not in ONE_ASSAULT:  # "police *beat*
            # and detained protesters": two verbs joined by "and" with nothing between them share the
            # second's object (not a light verb's: "stormed and set *fire* to the embassy"); a verb
            # that always takes an object shares it across "or", an adverb or a date too ("*deported*
            # or forcibly transferred children on Monday")
            obj = next((o for c in verb.children if c.dep_ == "conj" and _shares_object(verb, c)
                        for o in [syntax.object_of(c)] if o is not None and _object_not_light(o, c, verb)), None)
        if obj is None and not a.passive:  # "hand over *power*" parsed with the noun under the particle
            obj = next((g for c in verb.children if c.dep_ == "prt" for g in c.children
                        if g.dep_ == "pobj"), None)
        if obj is None and not a.passive:  # "opposed the US plan ...": a noun read as a clause
            obj = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"), None)
        if obj is None and not a.passive:  # "struck *what* New Delhi called *a camp*", "what it said
            # was a camp": the named thing of a free relative is the object
            for c in (c for c in verb.children if c.dep_ == "ccomp"):
                inner = [c] + [g for g in c.children if g.dep_ == "ccomp"]
                if any(w.tag_ == "WP" and w.lower_ == "what" for v in inner for w in v.children):
                    obj = next((w for v in inner for w in v.children if w.dep_ in {"dobj", "oprd", "attr"}
                                and w.tag_ != "WP" and w.pos_ in {"NOUN", "PROPN"}), None)
        if obj is not None and obj.tag_ == "WP" and obj.lower_ in {"whom", "who"} and verb.dep_ == "relcl":
            obj = syntax.antecedent(verb)  # "Fuad Shukr, *whom* it blamed for the attack": the one named
        if obj is None and not a.passive and verb.dep_ == "relcl" and verb.head.lemma_.lower() in REFERRED \
                and subj is not None and subj.tag_ not in {"WDT", "WP"} and \
                not syntax.that_marked(verb):
            obj = verb.head  # "..., *a move* the Kremlin dismissed as null": the noun is the object
            # (not "a demand *that* Iraq withdraw": what is demanded)
        if subj is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" and \
                not any(c.dep_ == "mark" for c in verb.children):  # "tested a missile, *drawing*
            subj = syntax.subject_of(verb.head)  # condemnation from China": the tester draws it
            clause = verb.head  # (through the verbs it completes: "*began* deporting Afghans, drawing ...")
            while subj is None and clause.dep_ == "xcomp" and clause.head.pos_ in {"VERB", "AUX"}:
                clause = clause.head
                subj = syntax.subject_of(clause)
        if subj is None and verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.pos_ == "VERB" and \
                any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children):  # "*Having placed*
            subj = syntax.subject_of(verb.head)  # Mugabe under house arrest, the army deployed ...": its doer
        if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in CROWD:
            subj = verb.head  # "fired on opposition supporters *protesting* in Harare": the supporters (not
            # "a resolution *condemning* ...", whose adopters act)
        if subj is None and joined_in(verb):  # "Japan *joined* the US *in restricting* exports": the
            subj = syntax.subject_of(verb.head.head)  # joiner acts too
        if subj is None and verb.dep_ == "xcomp" and verb.head.lemma_ in ASPECTUAL:  # "warplanes began
            subj = syntax.subject_of(verb.head)  # *pounding* targets": the warplanes pound them
        if subj is None and not a.passive and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and \
                not syntax.is_passive(verb.head):  # "protesters stormed the parliament *and set* it on
            subj = syntax.subject_of(verb.head)  # fire": the subject the two verbs share
        if subj is not None and subj.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl" and \
                not _place(syntax.antecedent(verb)):
            subj = syntax.antecedent(verb)  # "demonstrators *who* protested": the demonstrators (not
            # "a base in Borno state *that*": the parser often hangs the clause on the place)
        if a.passive:
            a._put("subj", agent)
            a._put("by", agent)
            a._put("obj", patient or obj)
        else:
            a._put("subj", subj)
            a._put("obj", obj)
        a._put("dative", syntax.dative_of(verb))
        for adverb in (c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "ahead"):
            for _, event in syntax.prep_objects(adverb, {"of"}):  # "deployed riot police *ahead of*
                if event.lemma_.lower() in PROTESTS:  # an opposition march": what the deployment is
                    a._put("ahead_of", event)  # for (not "ahead of the court verdict")
        for prep, pobj in [*syntax.prep_objects(verb), *_shared_in_phrase(verb)]:
            if pobj.ent_type_ in TIMES and prep != "until" and not (prep == "for" and pobj.lemma_.lower() in TERMS):
                continue  # "called *on Sunday* for ...", "agreed *on Thursday* to ..." (but a deadline is
                # kept, "gave him *until Friday* to leave", and a term, "jailed *for 25 years*")
            if prep == "with" and any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in ONLOOKING
                                      and pobj.right_edge.i < c.i <= pobj.right_edge.i + 2
                                      for c in verb.children):
                continue  # "signed the deal, *with* Ahtisaari *looking on*": a bystander, no party
            if prep != "by" or not a.passive:
                a._put(prep, pobj)
            if prep == "by" and not a.passive:  # "condemned the demolition *by Israeli forces* of a
                a._put("active_by", pobj)  # school": the parser hangs the act's doer on the verb
            if prep == "in":  # "killed *in clashes with the army*": the other side of the clash
                for sub, sobj in syntax.prep_objects(pobj, {"with", "against", "by"}):
                    a._put(f"in.{sub}", sobj)  # "killed in an attack *by Taliban fighters*"
            if prep in {"in", "with"}:  # "killed in a *PKK* attack", "in a *Colombian* army raid",
                a._put(f"{prep}.mod", next((  # "hit with fresh *US* sanctions"
                    c for c in pobj.children if c.dep_ in {"compound", "poss", "amod"} and
                    (c.pos_ in {"PROPN", "NOUN"} or c.pos_ == "ADJ" and c.text[:1].isupper())), None))
            if prep in {"alongside", "with"}:  # "fought alongside Congolese soldiers *against M23*":
                for _, sobj in syntax.prep_objects(pobj, {"against"}):  # the parser hangs the
                    a._put("against", sobj)  # enemy on the allies
            if prep in ABOUT_PREPS:  # "filed a complaint at the WTO *over China's* restrictions"
                for owner in _owners(pobj):
                    a._put(f"{prep}.poss", owner)
            if prep in {"by", "to", "from"}:  # "spoke *by telephone with* Zelenskiy", "agreed *to talks
                for sub, sobj in syntax.prep_objects(pobj, {"with"}):  # with* the government", "pulled
                    a._put(f"{prep}.{sub}", sobj)  # out *from a pact with* the Tigers"
            if prep == "into":  # "opened an investigation *into* the wiretapping ... *by* the
                a._looked_into(pobj)  # intelligence service": the phrase hung on the light verb
            if prep == "on":  # "lifted its ban *on flights to* Egypt": the parser hangs the ban's
                for sub, sobj in syntax.prep_objects(pobj, {"to", "from"}):  # phrase on the verb
                    a._put(f"on.{sub}", sobj)
            if prep == "under":  # "came *under fire from* Taliban fighters": the attackers
                for sub, sobj in syntax.prep_objects(pobj, {"from", "by"}):
                    a._put(f"under.{sub}", sobj)
            if prep == "with":  # "broke the ceasefire *with an attack on* government troops"
                for sub, sobj in syntax.prep_objects(pobj, {"on", "against"}):
                    a._put(f"with.{sub}", sobj)
            if prep == "to":  # "came *to the defence of Azerbaijan*", "*to Kyiv's* aid"
                for sub, sobj in syntax.prep_objects(pobj, {"of"}):
                    a._put(f"to.{sub}", sobj)
                for c in pobj.children:
                    if c.dep_ == "poss" and c.pos_ != "PRON":
                        a._put("to.poss", c)
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and syntax.to_infinitive(c) and
                       any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)):
            a._put("for_clause", syntax.subject_of(clause))  # "called *for Congo* to suspend the count":
            # the one asked, the subject of the infinitive clause
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and "as" not in a.slots):
            a._put("as", next((g for g in prep.children if g.dep_ in {"amod", "acomp"}), None))
            # ("dismissed them *as groundless*": the parser hangs the adjective as a modifier)
        named = a.first("obj") if not a.passive else None
        if named is not None and (named.pos_ == "PROPN" or named.tag_ == "NN" and all(
                c.pos_ in {"PROPN", "PUNCT", "ADJ"} for c in named.lefts) and any(
                c.pos_ == "PROPN" for c in named.lefts)):  # "welcomed Moon Jae-in *at Pyongyang
            # airport*": a name takes no place phrase of its own; the parser's is the verb's
            for prep, pobj in syntax.prep_objects(named, NAME_PLACE_PREPS):
                a._put(prep, pobj)
        for child in verb.children:  # two-word prepositions: "pulled *out of* the talks"
            if child.dep_ == "prep":
                for prep, pobj in syntax.prep_objects(child):
                    a._put(f"{child.lower_}_{prep}", pobj)
            elif child.dep_ == "advmod" and child.lower_ in PARTICLES:
                for prep, pobj in syntax.prep_objects(child):  # "stay *away from* the talks"
                    if not a.slots.get(prep):
                        a._put(prep, pobj)
        for child in verb.children:  # "gave Saddam *48 hours* to leave": a noun as an adverbial
            if child.dep_ == "npadvmod" and child.pos_ == "NOUN":
                a._put("npadvmod", child)
            elif child.dep_ == "advmod" and child.pos_ == "ADV" and child.i < verb.i:
                a._put("advmod", child)  # "*sexually* assaulted": the manner said before the verb
        a.prt = syntax.particle_of(verb) or _adverb_particle(verb)
        for child in verb.children:  # "calling the seizure *a violation*": a predicative noun (or a
            # participle: "kept him *confined* to his home")
            if child.dep_ == "oprd" and (child.pos_ in {"NOUN", "PROPN"} or child.tag_ in {"VBN", "VBD"}):
                kind = next((o for p, o in syntax.prep_objects(child, {"of"})), None) \
                    if child.lemma_.lower() in KIND_NOUNS else None
                a._put("pred", kind or child)  # ("called the killings *an act of terrorism*")
        for child in verb.children:  # "found him *guilty*", "set streets *ablaze*": a predicative adjective
            if child.pos_ == "ADJ" and child.dep_ in {"oprd", "acomp", "ccomp", "xcomp"} or (
                    child.pos_ == "ADJ" and child.dep_ in {"advmod", "advcl"} and child.i > verb.i):
                a._put("pred", child)
                for c in child.children:  # "was optimistic *that the rebels* would sign"
                    if c.dep_ == "ccomp":
                        a._put("comp", syntax.subject_of(c) or syntax.passive_subject_of(c))
                if a.first("obj") is None:
                    a._put("obj", syntax.subject_of(child))
        for child in verb.children:
            if child.dep_ == "xcomp" or (
                    child.dep_ == "ccomp" and a.xcomp is None and (
                        syntax.to_infinitive(child) or child.tag_ == "VB" and verb.lemma_ in BARE_INFINITIVE) and
                    syntax.subject_of(child) is not None and syntax.subject_of(child) in a.slots.get("obj", [])):
                a.xcomp = child  # "allowed the leader *to hold* a rally", "let a force *deploy*" read as a clause
            elif child.dep_ == "ccomp":  # "demanded that *Iran* release ...": the one asked
                a._put("comp", syntax.subject_of(child) or syntax.passive_subject_of(child))
                if a.clause is None and not syntax.to_infinitive(child):
                    a.clause = child
        a.purpose = next((c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB"
                          and syntax.to_infinitive(c)), None)
        nouns = [t for t in [obj] + [c for c in verb.children if c.dep_ == "npadvmod"]
                 if t is not None and t.pos_ == "NOUN"]  # "faced pressure *to halt*", "gave him 48
        # hours *to leave*" (the parser hangs the infinitive on the noun as a relative clause)
        if a.purpose is None:
            a.purpose = next((c for n in nouns for c in n.children if c.dep_ in {"acl", "advcl", "relcl"}
                              and c.pos_ == "VERB" and syntax.to_infinitive(c)), None)
        head = a.first("obj")
        if head is not None:
            a._object_slots(head)
        return a

    def with_object(self, obj: Token) -> "Args":
        """These words with ``obj`` as the object instead ("suspended aid *and talks with Pyongyang*":
        the second object's own frame)."""
        kept = {k: v for k, v in self.slots.items() if k != "obj" and not k.startswith("obj.")}
        a = Args(self.token, self.is_noun, self.passive, kept, self.prt, self.xcomp, self.purpose,
                 self.clause)
        a._put("obj", obj)
        a._object_slots(obj)
        return a

    def _object_slots(self, head: Token) -> None:
        for c in head.children:  # "shared *Washington's* view"
            if c.dep_ == "poss" and c.pos_ != "PRON":
                self._put("obj.poss", c)
            if c.dep_ == "compound" and c.ent_type_ in {"ORG", "GPE", "NORP"} and c.i < head.i:
                self._put("obj.mod", c)  # "denied *the UN* access": a name the parser hung on the object
        for h in dict.fromkeys([head, event_noun(head)]):  # "part of a program *for Bosnia*"
            for prep, pobj in syntax.prep_objects(h):
                if _when(prep, pobj):
                    continue  # "demanded the resignation of the premier *on Wednesday*": when
                self._put(f"obj.{prep}", pobj)
                if prep in ABOUT_PREPS:  # "a complaint *over China's* restrictions": the one whose
                    for owner in _owners(pobj):  # act it is about, when the act names no one
                        self._put(f"obj.{prep}", owner)
                if prep == "of":  # "a pledge of aid *from Washington*", "normalisation of relations *with*",
                    # "the deployment of a mission *to Mozambique*"
                    for sub, sobj in syntax.prep_objects(pobj, {"from", "by", "with", "between", "to", "in"}):
                        self._put(f"obj.of.{sub}", sobj)
                if prep == "on":  # "controls on exports *to South Korea*", "a ban on imports *from* Iran"
                    for sub, sobj in syntax.prep_objects(pobj, {"to", "from", "of"}):
                        self._put(f"obj.on.{sub}", sobj)
                if prep == "through":  # "a protest through diplomatic channels *to the Chinese side*"
                    for sub, sobj in syntax.prep_objects(pobj, {"to", "with"}):
                        self._put(f"obj.{sub}", sobj)
        own = {k for k in self.slots if k.startswith("obj.")}
        for conj in (c for c in head.conjuncts if c.i > head.i and c.pos_ == "NOUN"):
            for prep, pobj in syntax.prep_objects(conj):  # "lifted its arms embargo and other sanctions
                if f"obj.{prep}" not in own:  # *against Libya*": the last noun's phrase is the first's too
                    self._put(f"obj.{prep}", pobj)
        for c in head.children:  # "rejected mediation *offered by* the land commission": the author of
            if c.dep_ == "acl" and c.tag_ == "VBN":  # what is acted on, told in a participle
                for _, agent in syntax.prep_objects(c, {"by"}):
                    self._put("obj.by", agent)
                for prep, aimed in syntax.prep_objects(c, {"at", "against"}):  # "fired shells *filled
                    self._put(f"obj.{prep}", aimed)  # with mustard gas at Iranian troops*": the parser
                    # hangs the firing's aim on the participle
        for c in head.children:  # "drove a car *packed with explosives into the gate*", "a truck
            if c.dep_ == "acl" and c.tag_ == "VBN" or c.dep_ == "amod" and c.i > head.i:  # *laden with*":
                for prep, what in syntax.prep_objects(c, {"with", "into"}):  # what the object carries,
                    if prep == "with":  # and the goal of the verb, which the parser hung on the participle
                        self._put("obj.with", what)
                    elif prep not in self.slots:
                        self._put(prep, what)
        for c in head.children:  # "ordered the monitors *out of* the country": the parser hangs the
            if c.dep_ == "prep" and c.lower_ == "out" and "out_of" not in self.slots:  # verb's phrase
                for sub, sobj in syntax.prep_objects(c, {"of"}):  # on its object
                    self._put("out_of", sobj)

    @classmethod
    def of_noun(cls, noun: Token) -> "Args":
        a = cls(noun, is_noun=True)
        for child in noun.children:
            if child.dep_ == "poss":
                a._put("poss", child)
            if child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE"} and child.i < noun.i:
                a._put("mod", child)  # "after *Qatari* mediation": a nationality on the noun
        for prep, pobj in syntax.prep_objects(noun):
            if _when(prep, pobj):
                continue  # "the resignation of the premier *on Wednesday*": when, not who
            a._put(prep, pobj)
            if prep == "of":  # "the expulsion of diplomats *from* the Baltic states", "the release
                for sub, sobj in syntax.prep_objects(pobj, {"from", "by"}):  # of hostages *by* Hamas"
                    a._put(f"of.{sub}", sobj)
            if prep == "into":  # "an investigation into *its* drone strike", "into atrocities *by
                a._looked_into(pobj)  # Croatian forces*": whose act is looked into
        for child in noun.children:
            if child.dep_ in {"acl", "ccomp"} and child.pos_ in {"VERB", "AUX"}:
                a._put("comp", syntax.subject_of(child))  # "a demand that *Israel* ease ..."
        return a

    def _looked_into(self, pobj: Token) -> None:
        """The "into.by" and "into.poss" slots of what an inquiry looks into: its doer, by a "by"
        phrase on it or hung lower ("into the wiretapping of the opposition leader's phone *by* the
        intelligence service"), and its owner ("into *its* drone strike")."""
        for head in [pobj] + [t for t in pobj.subtree if t.i != pobj.i and t.pos_ in {"NOUN", "PROPN"}]:
            doers = [sobj for _, sobj in syntax.prep_objects(head, {"by"})]
            for sobj in doers:
                self._put("into.by", sobj)
            if doers:
                break
        self._put("into.poss", next((c for c in pobj.children if c.dep_ == "poss"), None))

    def _put(self, slot: str, tok: Token | None) -> None:
        if tok is not None:
            self.slots.setdefault(slot, []).append(tok)

    def first(self, slot: str) -> Token | None:
        toks = self.slots.get(slot)
        return toks[0] if toks else None

    def holds(self, key: str, values: frozenset[str]) -> bool:
        if key == "prt":
            return self.prt is not None and (self.prt in values or "*" in values)
        if key == "xcomp":
            return self.xcomp is not None and (self.xcomp.lemma_.lower() in values or "*" in values or
                                               "-ing" in values and self.xcomp.tag_ == "VBG")
        if key == "clause":
            return self.clause is not None and (self.clause.lemma_.lower() in values or "*" in values)
        if key == "purpose":  # "to protect", or what it helps to do: "to help *protect*"
            verbs = [self.purpose] if self.purpose is not None else []
            verbs += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
            # ("to break the Taliban's momentum *and train* Afghan forces")
            verbs += [c for v in verbs for c in v.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"]
            return any(v.lemma_.lower() in values or "*" in values for v in verbs)
        toks = self.slots.get(key, [])
        if not toks and "." not in key and key not in SLOT_KEYS:
            toks = self.slots.get(f"obj.{key}", [])  # "accused the minister of corruption"
        if not toks:
            return False
        if "*" in values:
            return True
        return any((keys(t) | keys(event_noun(t))) & values for t in toks)


def joined_in(verb: Token) -> bool:
    """True for the act of an "in" gerund that a main verb of joining takes part in ("Japan has
    *joined* the US *in restricting* exports"; not a participle's, "suspended aid, *joining* France in
    cutting support", which restates the act told)."""
    head = verb.head.head
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "in" and \
        head.pos_ == "VERB" and head.lemma_ in JOINING and head.dep_ not in {"advcl", "acl", "xcomp", "pcomp"}


def _when(prep: str, pobj: Token) -> bool:
    """A noun's phrase of time ("*on Wednesday*"), which names no participant (but "the events *of
    January*" and a deadline, "*until Friday*", are kept)."""
    return pobj.ent_type_ in TIMES and prep not in {"of", "until"}


def _owners(noun: Token) -> list[Token]:
    """The named possessors of a noun ("*China's* restrictions"), not pronouns."""
    return [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]


def _place(tok: Token) -> bool:
    return tok.ent_type_ in {"GPE", "LOC", "FAC"} or tok.lemma_.lower() in PLACE_NOUNS


# what one is "on" that is an act kept up: a strike, an alert
KEPT_UP = frozenset({"strike", "alert", "standby"})


def is_stance(tok: Token) -> bool:
    """A copula whose predicate is a stance on what will happen: "he *was* optimistic that ...",
    or a protest or alert kept up: "prisoners *have been* on hunger strike for forty days", "the army
    was on high alert": the coder reads it like a verb (verbs.tsv codes it 012/013 by its
    predicate, 142 by the strike, 151/152 by the alert)."""
    return tok.pos_ == "AUX" and tok.lemma_ == "be" and tok.dep_ not in {"aux", "auxpass"} and (
        any(c.dep_ == "acomp" and c.lemma_.lower() in STANCES for c in tok.children) or
        any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() in KEPT_UP for g in c.children)
            for c in tok.children))


def match(frames: list[Frame], args: Args, nouns: PatternSet | None = None) -> Frame | None:
    """The most specific frame whose conditions hold (the earlier one on a tie); None when that
    frame says the words are no event ("met the conditions")."""
    best, best_score = None, -1
    for f in frames:
        if f.no_object and args.first("obj") is not None:
            continue
        if f.voice is not None and (f.voice == "passive") != args.passive:
            continue
        if not all(args.holds(k, v) for k, v in f.conditions):
            continue
        score = f.specificity
        if f.code == "=obj":
            obj = args.first("obj")
            if nouns is None or noun_event(obj, nouns) is None:
                continue
            score += 1
        if score > best_score:
            best, best_score = f, score
    return None if best is not None and best.code == NO_EVENT else best


def noun_event(tok: Token | None, patterns: PatternSet) -> Frame | None:
    """The frame an event noun is coded by, None when it has none or none of its frames holds
    ("exchanges between their armed forces": "exchange" is an event only of prisoners)."""
    frames = noun_frames(tok, patterns) if tok is not None else None
    return match(frames, Args.of_noun(event_noun(tok))) if frames else None


def noun_frames(tok: Token, patterns: PatternSet) -> list[Frame] | None:
    """Frames of an event noun, found by compound + head ("hunger strike") before the head alone."""
    tok = event_noun(tok)
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    mods = [m.lemma_.lower() for m in _modifiers(tok)]
    nearest = {" ".join(mods[k:] + [tok.lemma_.lower()]) for k in range(len(mods))}
    # more words first; among as many, the modifiers nearest the noun ("an indefinite *hunger strike*",
    # not an "indefinite strike"), then the longer
    for k in sorted(keys(tok), key=lambda k: (k.count(" "), k in nearest, len(k)), reverse=True):
        frames = patterns.nouns.get(k)
        if frames:
            return frames
    return None


def _adverb_particle(verb: Token) -> str | None:
    """A particle the parser attached as an adverb ("stepped *down*", "pulled *out*"): one of
    PARTICLES right after the verb or after its object."""
    obj = syntax.object_of(verb)
    after = {verb.i + 1} | ({obj.right_edge.i + 1} if obj is not None else set())
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in PARTICLES and child.i in after:
            return child.lower_
    return None


def _participle(verb: Token) -> bool:
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}


def hyphen_agent(verb: Token) -> Token | None:
    """The doer joined by a hyphen to a participle before a noun ("a *U.S.-brokered* deal",
    "an *Egyptian-mediated* truce"), or None."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.i == 0 or verb.doc[verb.i - 1].text != "-":
        return None
    return next((c for c in verb.children if c.dep_ in {"npadvmod", "compound", "nmod"} and c.i == verb.i - 2), None)


def _carries_relief(vehicle: Token) -> bool:
    """True for a vehicle told as carrying relief: "a convoy of trucks *carrying food*", "planes
    *loaded with* blankets", "a plane *with aid* for survivors"."""
    for tok in vehicle.subtree:
        if tok.lemma_.lower() in CARRYING and tok.dep_ in {"acl", "amod", "relcl"}:
            loads = [c for c in tok.children if c.dep_ in syntax.OBJECTS] + \
                [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            if any(keys(w) & RELIEF for load in loads for w in syntax.with_conjuncts(event_noun(load))):
                # ("carrying 500 *tonnes of food*")
                return True
    return False


def _agent_clause(verb: Token) -> bool:
    """A past participle with its doer, hung on a clause ("held talks in Oslo, *mediated by
    Norway*"): passive, with the agent as its doer."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and syntax.agent_of(verb) is not None and \
        syntax.subject_of(verb) is None


def _onset(tok: Token) -> bool:
    """"the *opening* of an investigation": the start of an act (not "a test *launch* of a missile")."""
    return tok.lemma_.lower() in ONSETS and not any(c.dep_ in {"compound", "amod"} for c in tok.children)


def _shared_in_phrase(verb: Token) -> list[tuple[str, Token]]:
    """The "in" phrase of a passive participle coordinated after a passive with none of its own:
    "four soldiers were killed and five wounded *in an ambush by Taliban insurgents*"."""
    if verb.tag_ != "VBN" or any(True for _ in syntax.prep_objects(verb, {"in"})):
        return []
    return [("in", o) for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"
            for _, o in syntax.prep_objects(c, {"in"})][:1]


def _partitive(tok: Token | None) -> Token | None:
    """The noun a part is taken of: "closed all but two *of the crossing points*", "handed in the
    last *of their weapons*", and the kind of a sum of money ("$100 million *in military aid*");
    ``tok`` itself when it is no part of anything."""
    for _ in range(3):
        if tok is not None and (tok.lower_ in MONEY or tok.lemma_.lower() in MONEY):
            kind = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                         for g in c.children if g.dep_ == "pobj" and any(
                             m.lemma_.lower() in AID_KINDS for m in g.children)), None)
            return kind if kind is not None else tok  # "$100 million *in military aid*" (money
            # "in aid" stays money: economic aid)
        if tok is None or not (tok.lower_ in PARTITIVES or tok.pos_ == "NUM" or _onset(tok)):
            return tok
        whole = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" or
                      c.dep_ == "cc" and c.lower_ == "but" for g in c.children if g.dep_ == "pobj"), None)
        if whole is None and any(c.dep_ == "cc" and c.lower_ == "but" for c in tok.children):
            whole = next((c for c in tok.children if c.dep_ == "conj"), None)  # "all but *three*"
        if whole is None:
            return tok
        tok = whole
    return tok


def _shared_head(obj: Token | None) -> Token | None:
    """"launched *air and artillery strikes*": the parser reads the first modifier as the object
    and the noun the two modifiers share as its conjunct; the object is that noun."""
    if obj is None or obj.pos_ != "NOUN" or any(c.dep_ in {"det", "poss", "nummod", "amod", "compound"}
                                                for c in obj.children):
        return obj
    noun = next((c for c in obj.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
    if noun is None or not any(c.dep_ == "compound" for c in noun.children):
        return obj
    between = obj.doc[obj.i + 1:noun.i]
    return noun if all(t.dep_ == "cc" or t.dep_ == "compound" and t.head.i == noun.i for t in between) else obj


def _quantified_object(verb: Token) -> Token | None:
    node = verb
    for _ in range(2):
        step = next((c for c in node.children if c.dep_ in {"prep", "advmod", "quantmod"} and
                     c.lower_ in QUANTIFYING_PREPS and (c.lower_ != "to" or node is not verb)),
                    None)  # "up *to* 300 troops", but not "led *to* three wars"
        if step is None:
            return None
        obj = next((c for c in step.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if obj is not None:
            return obj if any(c.dep_ == "nummod" for c in obj.children) else None
        node = step
    return None


def slot_alternatives(args: Args, slots: tuple[str, ...]) -> list[list[Token]]:
    """The tokens of every filled slot among ``slots``, in order (the coder takes the first that
    names an actor: "rioted *at a jail* *in Israel*")."""
    out = []
    for i in range(len(slots)):
        found = slot_tokens(args, slots[i:i + 1])
        if found is not None:
            out.append(found[1])
    return out


def slot_tokens(args: Args, slots: tuple[str, ...]) -> tuple[str, list[Token]] | None:
    """The first of ``slots`` that the predicate fills, with its tokens."""
    for s in slots:
        toks = args.slots.get(s)
        if not toks and "." not in s and s not in {"subj", "obj", "dative", "poss", "by"}:
            toks = args.slots.get(f"obj.{s}")  # "provide support to X": "to X" hangs off the object
        if toks:
            return s, toks
    return None


def source_slots(frame: Frame, args: Args) -> tuple[str, ...]:
    if frame.source:
        return frame.source
    return NOUN_SOURCES if args.is_noun else ("subj",)


def target_slots(frame: Frame, args: Args) -> tuple[str, ...]:
    if frame.target:
        return () if frame.target == ("none",) else frame.target
    if args.is_noun:
        return tuple(s for s in NOUN_TARGETS if s not in frame.source)
    return VERB_TARGETS
