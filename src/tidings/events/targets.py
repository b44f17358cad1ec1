"""Whom an event is aimed at when its own words name no one.

The coder (:mod:`tidings.events.coder`) looks for the target in the event's own slots first
("imposed sanctions *on Iran*"). When those name no actor, the rules here try, in order, what
the rest of the clause and sentence says: the aim of an act ("gave $5 million to help flood
victims *in Pakistan*"), the one summoned or called, the place an act of force hit, the one a
threat or a promise is made to; and, last, the defaults of news wording: a protest is aimed at
the protesters' own government and a coordinated dealing at the first verb's party. Emergency
rule that names no place or people ("declared martial law") has no target: most of our gold sets
code it so.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import islice
from typing import Callable

from spacy.tokens import Token

from tidings.actors.resolver import Mentions
from tidings.events.dyads import (ANSWERS, CONCEDED_TO_CROWD, SIDELINES, VIOLENCE, own_side, protested, threatened,
                                  told)
from tidings.events.force import PEOPLE
from tidings.events.govern import doers, is_purpose
from tidings.events.frames import hyphen_agent
from tidings.events.patterns import word_class
from tidings.events.roles import (INSIDE_PREPS, Found, actors_at, aim_targets, noun_phrase_words,
                                  place_targets)
from tidings.model import Actor
from tidings.nlp import syntax

VERBAL_CONFLICT = frozenset({"10", "11", "12", "13", "14"})
# acts done by speaking: their purpose-clause form takes its target from the verb it serves
VERBAL = VERBAL_CONFLICT | {"01", "02", "03", "04", "05"}
# acts of force whose target may be the place they happen in ("shelled villages *in Lebanon*")
FORCE = frozenset({"14", "15", "17", "18", "19", "20"})
# acts for or about the people of a place, whose target may be a place inside their object: aid,
# inquiries and cuts in aid ("suspended funding for projects *in Afghanistan*")
FOR_PLACE = frozenset({"07", "09", "16"})
# acts whose coordinated verb's target they share when they name none: dealings with a party
# ("apologised to Namibia and pledged aid"), not statements or the blows of a fight
FOLLOWS = frozenset({"02", "03", "04", "05", "06", "07", "08", "10", "11", "12", "13", "16"})
CONDOLING = frozenset({"017", "018", "019"})
PROTESTS_CALLED_OFF = word_class("@protest") | {"boycott", "walkout", "blockade", "stoppage"}  # what is called off
HOLDING = word_class("@holding")  # taking or holding people: a passive one's doer holds the captive
STATE_FORCES = frozenset({"MIL", "GOV", "COP"})  # a state's own forces, on its own ground
# verbs of giving in: "bowing to opposition demands", "yielding to pressure from the unions"
YIELDING = word_class("@yielding")
# verbs of a consequence clause that name the victims of an act of force ("..., *killing* 20")
HARMING = word_class("@killing") | word_class("@wounding")
# acts of harm whose denial is aimed at those they harmed
HARMS = HARMING | word_class("@shooting") | {"strike", "hit", "attack", "bomb", "shell", "torture", "beat", "abuse",
                                             "rape", "abduct", "kidnap", "target"}
# where a show of force is staged, relative to whom it is shown to ("off Taiwan", "close to")
# what an inquiry may look into that names no doer: the parties named in it are not its target
MISHAPS = word_class("@mishaps")
NEAR_PREPS = frozenset({"into", "off", "near", "around", "over", "toward", "towards", "close", "along"})
SURROUNDING = word_class("@surrounding")
CONSEQUENCES = word_class("@consequences")  # what a warning says will answer an act
# the modals of a warned clause that tell what the warner's side would do
WARNED_MODALS = frozenset({"would", "could", "will", "may", "might", "'ll"})
# what force against a crowd is for ("fired tear gas *to disperse* students"), and what a crowd does
DISPERSING = word_class("@dispersing")
PROTESTS = word_class("@protest")
# the sectors of a crowd that force may be used on: the people repression falls on, and party members
CROWDS = PEOPLE | {"PTY"}
# participles of mediation and hosting: "a deal *brokered* by China", "a summit *hosted* by Niger's
# ruler": the third party's act towards the parties
MEDIATING = word_class("@mediating")
# what is hosted for parties ("a summit hosted by ..."), unlike a lunch or a dinner
GATHERINGS = word_class("@gatherings")
# a deal that is the act of its clause ("freed them *in* a Qatar-brokered deal")
FRAMING = frozenset({"in", "through", "via"})  # ("under a U.N.-brokered accord": mostly an earlier one)
FRAMED = frozenset({"exchange", "swap", "deal", "agreement", "accord"})  # (not talks one is urged to join)
# acts on a deal or talks under which a hyphenated broker mediates that day ("signed a U.S.-brokered deal")
CONCLUDING = word_class("@concluding")
# conjunctions of the clause that tells what a show of force answers
PROMPTING = frozenset({"after", "as", "when", "following"})
# prepositions of nearness: a show of force staged there faces the country they name
NEAR_PREPS = frozenset({"around", "near", "off", "along", "toward", "towards", "with", "close", "to",
                        "at", "over", "against"})
# sectors of the armed groups that fight a state from within ("rebels", "separatists")
ARMED_SIDES = frozenset({"REB", "SEP", "INS"})
# countries whose armed groups fight another state, not their own (Hamas fights Israel)
STATELESS = frozenset({"PSE"})
# acts that fall on the people of a place: curfews imposed or eased, chemical attacks, bombings,
# beatings and killings in a town or of a country's nationals ("a car bomb exploded in the town of
# Azaz", "gunmen shot dead two Swedish football fans": the tuning sets code 20 of 24 such targets CVL)
ON_PEOPLE = frozenset({"1723", "0813", "2041", "182", "1823", "183", "1831", "1832", "1833"})
# military posts, bases and ships: force on them is force on a country's military (military_objects)
MILITARY_SITES = word_class("@military_sites")
# sites that are military when a modifier says so ("military *targets*", "army *camp*"), those words,
# and the modifiers that make a site no military object ("a *police* post", "a *refugee* camp")
TARGETED_SITES = word_class("@targeted_sites")
MILITARY_WORDS = word_class("@military_words")
# where people live and shop: force on them is force on civilians ("bombed a crowded *market* in
# Kabkabiya", "shelled residential *districts* of Kherson", "attacked *villages* in North Darfur")
DWELLINGS = word_class("@dwellings")
CIVIL_MODIFIERS = word_class("@civil_modifiers")
# what a veto blocks in the UN Security Council ("vetoed a draft resolution")
RESOLUTIONS = frozenset({"resolution", "draft", "text", "motion"})


@dataclass(slots=True)
class Act:
    """What the target rules read of an event being coded."""

    code: str
    kinds: list[str]  # modality: "threat", "intent", ...
    host: Token  # the verb whose governors apply
    trigger: list[Token]
    addressed: bool  # an order or appeal names the one addressed
    reciprocal: bool  # the frame's parties act on each other


def from_clause(act: Act, sources: Found, mentions: Mentions) -> Found:
    """The target the rest of the clause names, tried in order; [] when none does."""
    host, code = act.host, act.code
    found: Found = []
    if code[:2] in {"14", "07"} or code.startswith("033"):
        # "protested to demand X's ...", "gave $5 million to help flood victims in Pakistan"
        found = actors_at(aim_targets(host), mentions)
    if not found and (is_purpose(host) or host.dep_ == "xcomp") and code[:2] in VERBAL:
        # "summoned the ambassador to protest", "telephoned Bush to express condolences": the
        # one summoned or called is the one spoken to (never the speaker's own side)
        own = {a.code for a, _ in sources}
        found = [(a, t) for a, t in actors_at(
            [c for c in host.head.children if c.dep_ in syntax.OBJECTS], mentions) if a.code not in own]
    objects = [c for c in host.children if c.dep_ in syntax.OBJECTS]
    if not found and code[:2] in FORCE:
        found = dispersed(host, sources, mentions, code)
    if not found and not act.addressed and code[:2] in FORCE and \
            not (act.reciprocal and len(sources) > 1):  # parties fighting each other
        found = place_targets([*act.trigger, host, *noun_phrase_words(objects)], sources, mentions)
    if not found and code[:2] in FORCE and not (act.reciprocal and len(sources) > 1):
        # "set off a bomb as a convoy passed, *killing four Indian soldiers*": those it killed
        # (but "the two armies traded fire, killing 12": they fought each other)
        found = victims(host, sources, mentions)
    if not found and not act.addressed and (code[:2] in FOR_PLACE or code[:3] == "087") and \
            not (act.reciprocal and len(sources) > 1):  # (not "A and B signed a truce *in Havana*")
        # (and a retreat from the place it is from: "pulled out of positions *in south Lebanon*")
        nouns = [t for t in act.trigger if t.pos_ in {"NOUN", "PROPN"}]
        if code[:3] == "087":
            nouns += [o for c in [host, *(c for c in host.children if c.dep_ == "prep")]
                      for _, o in syntax.prep_objects(c, {"from", "of"})]
        found = place_targets(noun_phrase_words(nouns + objects), sources, mentions, INSIDE_PREPS)
    if not found and code[:2] == "07" and not act.addressed:
        found = helped_before(host, sources, mentions)
    if not found and code[:2] == "09":
        found = investigated(host, act.trigger, sources, mentions)
    if not found and (code in ANSWERS or code == "055"):
        found = answered_attack(host, sources, mentions)  # "denied any role in the bombing *of the
        # US embassies*", "denied *sinking a South Korean warship*", "apologised for the strike
        # that killed *seven aid workers*"
    if not found and ("threat" in act.kinds or code[:2] == "13"):
        found = threatened(host, sources, mentions)
    if not found and code[:2] == "03" and not act.addressed:
        found = told(host, sources, mentions)  # "Iraq told Annan it would allow ..."
    if not found and code[:2] == "03":
        found = agreed_with(host, sources, mentions)
    if not found and (code[:2] == "08" or code[:3] in {"034", "035"}):  # (and a promise to yield)
        found = yielded_to(host, sources, mentions)  # "resigned, *bowing to* opposition demands"
    if not found and code[:2] == "15":
        found = shown_near(host, objects, sources, mentions)  # "fired missiles into waters *off
        # Taiwan's* ports", "drills *encircling Taiwan*"
    if not found and code[:2] == "15":
        found = prompted_by(host, sources, mentions)  # "put its forces on alert *after China
        # launched drills*"
    return found


# the verbs of a gesture to a country that aid coordinated with it goes to
SOLIDARITY = word_class("@solidarity")


def helped_before(host: Token, sources: Found, mentions: Mentions) -> Found:
    """Whom aid that names no receiver goes to, when the clause it is coordinated with is the same
    country's act aimed at another: "Sharif offered condolences *to Turkey*, and Pakistan sent rescue
    teams": to Turkey."""
    first = host.head
    if host.dep_ != "conj" or first.pos_ != "VERB" or first.lemma_.lower() not in SOLIDARITY:
        return []  # (not "criticised China and sent aid")
    own = {a.country for a, _ in sources}
    doers = actors_at([c for c in first.children if c.dep_ in {"nsubj", "nsubjpass"}], mentions)
    if not doers or {a.country for a, _ in doers} != own:
        return []
    words = [c for c in first.children if c.dep_ in {"dobj", "dative"}]
    words += [o for _, o in syntax.prep_objects(first, {"to"})]
    return [(a, t) for a, t in actors_at(words, mentions) if a.country and a.country not in own]


def agreed_with(host: Token, sources: Found, mentions: Mentions) -> Found:
    """Whom an intent is agreed with: "Abiy *agreed with* Sisi to finalise a deal" promises it to
    Egypt."""
    agree = host.head
    if host.dep_ != "xcomp" or agree.lemma_.lower() != "agree":
        return []
    own = {a.code for a, _ in sources}
    return [(a, t) for a, t in actors_at([o for _, o in syntax.prep_objects(agree, {"with"})], mentions)
            if a.code not in own]


def shown_near(host: Token, objects: list[Token], sources: Found, mentions: Mentions) -> Found:
    """Whom a show of force is made near: the holder of the waters, coast or island it is staged
    off or around ("into waters *off Taiwan's* main ports", "drills *encircling Taiwan*"), down
    a few steps of place phrases; never the source's own."""
    own = {a.country for a, _ in sources}
    todo = [o for _, o in syntax.prep_objects(host, NEAR_PREPS)]
    around = [c for obj in objects for c in obj.children if c.dep_ in {"acl", "relcl"}]
    around += [c for c in host.children if c.dep_ == "advcl" and c.tag_ == "VBG" and
               c.lemma_.lower() in SURROUNDING]  # "held drills, *encircling* Taiwan"
    todo += [o for c in around for o in [*(g for g in c.children if g.dep_ in syntax.OBJECTS),
                                         *(p for _, p in syntax.prep_objects(c, NEAR_PREPS))]]
    for _ in range(3):
        found = [(a, t) for a, t in actors_at(
            todo + [c for t in todo for c in t.children if c.dep_ == "poss"], mentions)
            if a.country and a.country not in own]
        if found:
            return found
        todo = [o for t in todo for _, o in syntax.prep_objects(t, NEAR_PREPS | {"of", "to"})]
    # "declared a mobilisation, *accusing Azerbaijan* of ...": a country the participle is aimed at
    # (not "raised its readiness, anticipating an attack *by Hezbollah*")
    aimed = [g for c in host.children if c.dep_ == "advcl" and c.tag_ == "VBG"
             for g in c.children if g.dep_ in syntax.OBJECTS]
    return [(a, t) for a, t in actors_at(aimed, mentions)
            if a.kind == "country" and a.country and a.country not in own and mentions.at(t) is a]


def prompted_by(host: Token, sources: Found, mentions: Mentions) -> Found:
    """Whose act a show of force answers: the doers of its "after" or "as" clause, of another
    country ("South Korea raised its alert level *after North Korea fired* artillery rounds")."""
    own = {a.country for a, _ in sources}
    for clause in (c for c in host.children if c.dep_ == "advcl" and c.pos_ == "VERB"):
        if not any(m.dep_ == "mark" and m.lower_ in PROMPTING for m in clause.children):
            continue
        found = [(a, t) for a, t in actors_at(doers(clause), mentions)
                 if a.country and a.country not in own]
        if found:
            return found
    return []


def dispersed(host: Token, sources: Found, mentions: Mentions, code: str = "") -> Found:
    """Whom an act of force was to disperse or put down: "fired tear gas *to disperse thousands of
    students*"; for "to break up *the protests*", the protesters of the clause it is coordinated
    with ("students hurled rocks, and police fired tear gas to break up the protests")."""
    own = {a.code for a, _ in sources}
    joined = [v for v in host.children if v.dep_ == "conj" and v.pos_ == "VERB" and syntax.subject_of(v) is None]
    for clause in [c for v in [host, *joined] for c in v.children]:  # (also "fired tear gas and wielded
        # batons *to break up* a rally")
        if not (is_purpose(clause) or clause.dep_ == "xcomp" and syntax.to_infinitive(clause)) or \
                clause.lemma_.lower() not in DISPERSING:
            continue
        objects = [c for c in clause.children if c.dep_ in syntax.OBJECTS] or [
            s for c in clause.children if c.dep_ in {"advcl", "ccomp"} and c.tag_ == "VBG"
            for s in [syntax.subject_of(c)] if s is not None]  # "to disperse [thousands marching]"
        objects += [o for p in objects if p.lemma_.lower() in PROTESTS
                    for _, o in syntax.prep_objects(p, {"by", "of"})]  # "to break up a rally *by supporters*"
        found = [(a, t) for a, t in actors_at(objects, mentions) if a.code not in own]
        if not found and host.dep_ == "conj" and any(o.lemma_.lower() in PROTESTS for o in objects):
            found = [(a, t) for a, t in actors_at(doers(host.head), mentions) if a.code not in own]
        if found:
            return found
    for verb in joined if code == "175" or code[:2] in {"18", "19"} else []:  # "fired tear gas *and
        # clubbed opposition supporters*", "and arrested dozens of protesters": the crowd the force was
        # used on, named by the next act (not "declared martial law and detained activists")
        found = [(a, t) for a, t in actors_at([c for c in verb.children if c.dep_ in syntax.OBJECTS], mentions)
                 if a.code not in own and set(a.sectors) & CROWDS]
        if found:
            return found
    return []


def investigated(host: Token, trigger: list[Token], sources: Found, mentions: Mentions) -> Found:
    """Whom an inquiry is into: the doer of what it looks into ("opened an inquiry into allegations
    *that police* took part in the massacre", "into kickbacks paid *by Bofors*", "investigating
    reports that *Kabila's rebels* massacred refugees")."""
    own = {a.code for a, _ in sources}
    nouns = [o for t in [*trigger, host] for c in t.children if c.dep_ in syntax.OBJECTS for o in [c]]
    nouns += [o for t in [*trigger, host] for _, o in syntax.prep_objects(t, {"into", "of", "over", "on"})]
    nouns += [c for c in host.children if c.dep_ == "ccomp"]  # ("investigating reports on Monday
    # *that* ...": the parser hangs the clause on the verb)
    for noun in nouns:
        doers_ = [t for t in noun.subtree if t.i != noun.i and (
            t.dep_ in {"nsubj", "nsubjpass"} and t.head.pos_ in {"VERB", "AUX"} or
            t.dep_ == "pobj" and t.head.dep_ == "agent" or
            t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.lemma_.lower() in HARMS)]  # ("over
        # the missile strike *by the Armenian armed forces*")
        found = [(a, t) for a, t in actors_at(doers_, mentions) if a.code not in own]
        if found:
            return found
    for noun in (o for t in [*trigger, host] for _, o in syntax.prep_objects(t, {"into"})
                 if o.lemma_.lower() not in MISHAPS):  # (not "into *damage* to a cable linking it with Sweden")
        named = [t for t in noun.subtree if t.i != noun.i and mentions.at(t) is not None]
        found = [(a, t) for a, t in actors_at(named[:1], mentions) if a.code not in own]
        if found:  # "an inquiry into traces of uranium found at sites *in Iran*", "into alleged crimes
            return found  # during *Georgia's* war": the first party named in what it looks into
    return []


def answered_attack(host: Token, sources: Found, mentions: Mentions) -> Found:
    """Whom the act a claim or denial answers for was aimed at, the first of: the target of the
    attack noun in its "role in", "responsibility for" phrase ("any role in the bombings *of the
    U.S. embassies*"); those its clause killed ("a bombing that tore apart a bus, killing *22
    people*") or hit ("a bombing that killed *40 Indian police*"); the object of a deed told as a
    verb ("denied sinking *a South Korean warship*"), else in a clause ("denied that its police had
    beaten *the protesters*"). Never the claimant's own."""
    own = {a.code for a, _ in sources}
    objects = [c for c in host.children if c.dep_ in syntax.OBJECTS]
    nouns = objects + [o for t in [host, *objects]
                       for _, o in syntax.prep_objects(t, {"in", "for", "behind"})]
    clauses = [c for n in nouns for c in n.children if c.dep_ in {"relcl", "acl"}]
    deeds = [c for c in host.children if c.dep_ in {"xcomp", "ccomp"} and c.tag_ == "VBG"]
    deeds += [c for c in objects if c.tag_ == "VBG" and c.pos_ == "VERB"]
    told = [c for c in host.children if c.dep_ == "ccomp" and c.tag_ != "VBG" and c.lemma_.lower() in HARMS]
    # "denied that its officers had executed *the teenager*", "denied that *a youth* was tortured" (not
    # "denied that it had sheltered bin Laden": not whom an act was aimed at)
    for words in ([o for n in nouns for _, o in syntax.prep_objects(n, {"of", "on", "against"})
                   if o.pos_ in {"NOUN", "PROPN"}],
                  [g for c in clauses for a in c.children if a.dep_ == "advcl" and a.tag_ == "VBG" and
                   a.lemma_.lower() in HARMING for g in a.children if g.dep_ in syntax.OBJECTS],
                  [o for c in clauses for o in c.children if o.dep_ in syntax.OBJECTS],
                  [o for d in deeds for o in d.children if o.dep_ in syntax.OBJECTS],
                  [o for d in told for o in d.children if o.dep_ in syntax.OBJECTS or o.dep_ == "nsubjpass"]):
        found = [(a, t) for a, t in actors_at(words, mentions) if a.code not in own]
        if found:
            return found
    return []


def victims(host: Token, sources: Found, mentions: Mentions) -> Found:
    """Those whom an act of force killed or wounded, told in a participle clause of its
    consequence ("..., killing four soldiers"), other than its doers."""
    own = {a.code for a, _ in sources}
    clauses = [c for c in host.children if c.dep_ == "advcl"]
    for clause in clauses + [g for c in clauses for g in c.children if c.tag_ != "VBG"]:
        # (also under a time clause: "set off a bomb as a convoy passed, killing ...")
        if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.lemma_.lower() in HARMING \
                and syntax.subject_of(clause) is None:
            objects = [c for c in clause.children if c.dep_ in syntax.OBJECTS]
            found = [(a, t) for a, t in actors_at(objects, mentions) if a.code not in own]
            if found:
                return found
    return []


def at_sidelines(tok: Token) -> bool:
    """True for a word inside "on the sidelines (margins) of X": a venue, not a party."""
    return any(t.lemma_.lower() in SIDELINES for t in [tok, *islice(tok.ancestors, 4)])


def mediated(host: Token) -> bool:
    """"a deal *brokered by China*", "talks *mediated by* Russia's defence minister", "a summit
    *hosted by* Niger's ruler": a participle of mediation or hosting with its third party, which
    tells an act of its own, not a description."""
    if host.tag_ != "VBN" or host.lemma_.lower() not in MEDIATING:
        return False
    if host.dep_ == "amod":  # "signed a *U.S.-brokered* deal" (not "broke a U.N.-brokered truce")
        noun = host.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in syntax.OBJECTS:
            noun = noun.head.head  # "ending three weeks of U.S.-brokered talks"
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head  # ("agreed *to* a ... truce")
        framed = noun.dep_ == "pobj" and noun.head.lower_ in FRAMING and \
            noun.lemma_.lower() in FRAMED  # "swap POWs *in a UAE-brokered
        # exchange*", "agreed to restore ties *in a China-brokered deal*": the act the deal is
        clause = next((a for a in noun.head.ancestors if a.pos_ == "VERB"), None) if framed else None
        return host.lemma_.lower() != "host" and hyphen_agent(host) is not None and \
            (noun.dep_ in syntax.OBJECTS or noun.dep_ == "pobj") and (verb.lemma_.lower() in CONCLUDING or
                                                                       clause is not None)
    if syntax.agent_of(host) is None:
        return False
    if host.dep_ == "advcl":  # "held talks in Oslo, *mediated by Norway*": on the talks
        return host.lemma_.lower() != "host" and any(c.dep_ in syntax.OBJECTS and c.lemma_.lower() in GATHERINGS
                                                     for c in host.head.children)
    return host.dep_ == "acl" and (host.lemma_.lower() != "host" or host.head.lemma_.lower() in GATHERINGS)


def mediated_parties(host: Token, sources: Found, mentions: Mentions) -> Found:
    """The parties of a mediated deal or talks: its between-phrase, else the doers of the clause
    the noun hangs on ("Armenia and Azerbaijan agreed to a ceasefire, after talks mediated by ...")."""
    noun = host.head
    own = {a.code for a, _ in sources}
    if host.dep_ == "advcl":  # "*the two sides* held talks, mediated by Norway"
        return [(a, t) for a, t in actors_at(doers(host.head), mentions) if a.code not in own]
    words = [o for _, o in syntax.prep_objects(noun, {"between"})]
    node = noun
    for _ in range(6):
        if words or node.head.i == node.i:
            break
        node = node.head
        if node.pos_ == "VERB":  # (not the mediator's own: "a ceremony *attended by* Mbeki, who mediated")
            words = [t for t in doers(node) if {a.code for a, _ in actors_at([t], mentions)} - own]
    return [(a, t) for a, t in actors_at(words, mentions) if a.code not in own]


def mediation_parties(host: Token, sources: Found, mentions: Mentions, nominal: bool = False) -> Found:
    """Between whom a mediator told as a verb mediated, when no between-phrase names them: the
    doers of a relative clause on what it mediated ("mediated talks in Minsk *at which the
    presidents of Russia and Ukraine agreed*"), else those of the clause it hangs on ("opened
    peace talks, *with Norway acting as guarantor*")."""
    own = {a.code for a, _ in sources}
    if nominal:  # "after mediation by the UAE": the doers of the verb it hangs on
        return [(a, t) for a, t in actors_at(doers(host), mentions) if a.code not in own]
    objects = [c for c in host.children if c.dep_ in syntax.OBJECTS]
    words = [t for o in objects for c in o.children if c.dep_ == "relcl" for t in doers(c)]
    found = [(a, t) for a, t in actors_at(words, mentions) if a.code not in own]
    if found or host.dep_ not in {"advcl", "pcomp", "acl", "xcomp"}:
        return found
    return mediated_parties(host, sources, mentions)


def yielded_to(host: Token, sources: Found, mentions: Mentions) -> Found:
    """Whom a concession is made to: the owner of the demands or protests it bows to ("resigned
    on Sunday, *bowing to opposition demands* that he step down" → the opposition; "agreed to
    resign, *bowing to pressure from Washington*"; "stepped down *under pressure from
    Washington*"), told on the act or on the word that governs it."""
    own = {a.code for a, _ in sources}
    for verb in [host, *syntax.governing_chain(host)]:
        clauses = [c for c in verb.children if c.dep_ == "advcl"]
        clauses += [g for c in clauses if c.tag_ != "VBG" for g in c.children if g.dep_ == "advcl"]
        # (also under a time clause: "agreed to resign once a council was in place, *bowing* to ...")
        pressures = [p for c in clauses if c.lemma_.lower() in YIELDING for _, p in syntax.prep_objects(c, {"to"})]
        pressures += [p for _, p in syntax.prep_objects(verb, {"under"}) if p.lemma_.lower() == "pressure"]
        for pressure in pressures:
            words = [pressure] + [o for _, o in syntax.prep_objects(pressure, {"of", "from", "by"})]
            found = [(a, t) for a, t in actors_at(words, mentions) if a.code not in own]
            if found:
                return found
    return []


def not_own_ground(code: str, sources: Found, targets: Found) -> Found:
    """"Drills in the north of the country": one's own ground is where a force is readied, not
    whom it is aimed at."""
    if code[:2] != "15":
        return targets
    own = {a.country for a, _ in sources}
    return [(a, t) for a, t in targets if a.sectors or a.country not in own]


def on_own_ground(code: str, host: Token, sources: Found, targets: Found) -> bool:
    """True for an act that is no act on one's own ground: "soldiers arrived in Kherson to secure the
    city" (074: a force in its own country protects no one else), "Ukrainian troops entered the city"
    (192: a state's forces entering their own country's town, or a place of no one named)."""
    own = {a.country for a, _ in sources}
    if code == "074":
        return bool(sources and targets) and {a.country for a, _ in targets} <= own
    if code == "192" and host.lemma_.lower() == "enter":
        return not targets or bool(sources) and all(set(a.sectors) & STATE_FORCES for a, _ in sources) and \
            all(not a.sectors and a.country in own for a, _ in targets)
    return False


def _implied(host: Token, code: str, country: str | None, sectors: tuple[str, ...], why: str,
             name: str | None = None, kind: str = "group") -> tuple[Actor, Token]:
    """A party the act implies though no word names it, credited to the act's verb."""
    return Actor(host.text, host.idx, host.idx + len(host.text), code, country, sectors, name, "implied", why,
                 kind=kind), host


def _conceded_to(host: Token, sources: Found, mentions: Mentions) -> Found:
    """Those a concession yields to when its sentence tells of protests in the conceding side's own
    country ("Ruto withdrew the finance bill, a day after protesters stormed parliament", "resigned,
    bowing to weeks of street protests"): the protesters named, else its people (CVL), as our
    gold sets code it (14 such concessions with the protesters as target, 5 with none). A party
    the sentence tells pressed for it comes first (dyads.pressed_resignations)."""
    country = sources[0][0].country
    words = [t for t in host.sent if t.lemma_.lower() in PROTESTS]
    if not words or not country or not country.isalpha():
        return []
    own = {a.code for a, _ in sources}
    for word in words:
        found = [(a, t) for a, t in actors_at([word], mentions) if a.code not in own and a.country == country]
        if found:
            return found[:1]
    if f"{country}CVL" in own:
        return []
    return [_implied(host, f"{country}CVL", country, ("CVL",), f"{country}CVL: {CONCEDED_TO_CROWD}")]


def by_default(act: Act, sources: Found, targets: Found, mentions: Mentions,
               first_targets: Callable[[Token], list[Token]]) -> Found:
    """The defaults of news wording, for protests, emergency rule, an armed group's truce, an act
    condemned in a country, force elaborated by a participle, a show of force staged next to a
    country and coordinated dealings.
    ``first_targets`` gives the target words of a verb by its own frame."""
    host, code = act.host, act.code
    if code[:2] == "14" and not act.addressed or code == "082" and not targets and any(
            c.dep_ in syntax.OBJECTS and c.lemma_.lower() in PROTESTS_CALLED_OFF for c in host.children):
        targets = protested(sources, targets, host, mentions)  # (and "called off their strike":
        # at the one the protest was aimed at)
    if not targets and code in {"0871", "0873"} and sources and all(
            set(a.sectors) & ARMED_SIDES and a.country and a.country.isalpha() and
            a.country not in STATELESS for a, _ in sources):
        # "Tamil Tiger rebels declared a unilateral ceasefire", "the rebels laid down their arms": a
        # truce or a disarmament before the state they fight
        country = sources[0][0].country
        targets = [_implied(host, f"{country}GOV", country, ("GOV",),
                            f"{country}GOV: an armed group's ceasefire or disarmament is before its own government")]
    if code[:2] == "18" and targets and all(not a.sectors and t.dep_ == "pobj" for a, t in targets):
        # "a car bomb exploded *in a Baghdad market*, killing 40 people": the victims are those it
        # killed there, rather than the country it happened in
        killed = victims(host, sources, mentions)
        if killed and {a.country for a, _ in killed} == {a.country for a, _ in targets}:
            targets = killed[:len(targets)]  # (one event still: "killing a judge and his driver")
    vetoed = syntax.object_of(host) if code == "129" else None
    if not targets and vetoed is not None and vetoed.lemma_.lower() in RESOLUTIONS:
        # "Russia vetoed a draft resolution on Syria": the Security Council, which votes on it
        targets = [_implied(host, "IGOUNO", None, ("IGO",), "IGOUNO: a resolution is vetoed in the Security Council",
                            name="UN Security Council", kind="organisation")]
    if not targets and sources and code[:2] == "11":
        # "condemned the military takeover *in Gabon*": an act with no doer named is the place's
        obj = syntax.object_of(host)
        if obj is not None:
            own = {b.code for b, _ in sources}
            targets = [(a, t) for _, o in syntax.prep_objects(obj, {"in"})
                       for a, t in actors_at([o], mentions) if a.code not in own]
    if not targets and sources and code in {"0253", "1053"}:
        targets = _captors(host, sources, mentions)
    if not targets and sources and code == "016":
        targets = _denied_to(host, sources, mentions)
    if not targets and sources and (code[:2] in VIOLENCE or code == "115") and not act.reciprocal:
        # "broke the ceasefire on Saturday, *shelling the outskirts of Zadar*", "violated the truce,
        # *firing on Pakistani posts*": the elaborating participle names whom the force was used on
        # ("filed a case at the court *accusing Myanmar* of genocide": whom the case is against)
        own = {b.code for b, _ in sources}
        for clause in host.children:
            if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i > host.i and \
                    syntax.subject_of(clause) is None:
                targets = [(a, t) for a, t in actors_at(first_targets(clause), mentions)
                           if a.code not in own]
                if targets:
                    break
    if not targets and sources and code[:2] == "15" and not act.reciprocal:
        targets = _faced(host, sources, mentions)  # "put its forces on alert *along the border with
        # India*", "fired missiles into waters *off Taiwan's* ports": a show of force at the
        # country it is staged next to
    if not targets and sources and code[:3] == "083":
        targets = _conceded_to(host, sources, mentions)  # "withdrew the bill *a day after protesters
        # stormed parliament*": a concession to the protesters
    elaborating = host.dep_ == "advcl" and host.tag_ == "VBG" and host.i > host.head.i and \
        code[:2] in {"03", "06", "07", "16"}  # (a refusal or an accusation told again is one act)
    if not targets and sources and (host.dep_ == "conj" or elaborating) and not act.addressed and \
            (code[:2] in FOLLOWS or code[:3] in CONDOLING) and host.head.pos_ == "VERB" and \
            syntax.subject_of(host) is None:
        # "Germany apologised *to Namibia* and pledged 1.1 billion euros", "telephoned Bush and
        # expressed his condolences", "imposed sanctions on India, *cutting off* aid": the same party
        own = {b.code for b, _ in sources}
        targets = [(a, t) for a, t in actors_at(first_targets(host.head), mentions) if a.code not in own]
    return targets


def people_of_places(code: str, targets: Found) -> Found:
    """The people of the places an act falls on: "imposed a curfew *on Srinagar*", "dropped
    chemical bombs on *the town of Halabja*" are aimed at those who live there (CVL), as our gold
    sets code them, not at the state."""
    if code not in ON_PEOPLE or not targets or not all(a.kind == "country" and not a.sectors and a.country
                                                       for a, _ in targets):
        return targets
    return [(replace(a, code=a.country + "CVL", sectors=("CVL",), detail=f"{a.detail}; the people of the place"), t)
            for a, t in targets]


def military_objects(code: str, targets: Found) -> Found:
    """The armed forces of a country whose military posts, bases or ships force falls on: "shelled
    *Cambodian positions*", "fired cruise missiles at *a Syrian air base*", "struck military targets
    *across Yugoslavia*" are aimed at its military (MIL), as our gold sets code them, not at the
    country; force on its markets, villages and homes is aimed at its people (CVL)."""
    if code[:2] not in VIOLENCE and code != "1712" or not targets:  # (and property destroyed)
        return targets
    out: Found = []
    for actor, tok in targets:
        if actor.kind == "country" and not actor.sectors and actor.country and actor.country.isalpha():
            if _military_object(tok):
                actor = replace(actor, code=actor.country + "MIL", sectors=("MIL",),
                                detail=f"{actor.detail}; its military posts, bases or ships")
            elif (tok.lemma_.lower() in DWELLINGS or tok.lemma_.lower() == "district" and any(
                    c.lemma_.lower() == "residential" for c in tok.children)) and tok.pos_ == "NOUN" or \
                    tok.dep_ in {"amod", "compound", "poss"} and tok.head.lemma_.lower() in DWELLINGS:
                # (also "demolished four *Palestinian* homes": the people whose homes they are)
                # (a district only when residential: not "positions *in the Tovuz district*")
                actor = replace(actor, code=actor.country + "CVL", sectors=("CVL",),
                                detail=f"{actor.detail}; the people of its markets, villages and homes")
        out.append((actor, tok))
    return out


def _military_object(tok: Token) -> bool:
    """True when the word ``tok`` a country was read from names a military object, or names the
    country that a military object's modifier, owner or place phrase gives ("Cambodian *positions*",
    "Syria's *air base*", "military *targets* across Yugoslavia")."""
    noun = tok if tok.pos_ == "NOUN" else tok.head if tok.dep_ in {"amod", "compound", "poss", "nmod"} else \
        tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in {"of", "in", "across", "near", "along"} else None
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    mods = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound"}}
    if mods & CIVIL_MODIFIERS or any(c.dep_ == "acl" and c.tag_ == "VBN" for c in noun.children):
        return False  # ("a police post", "a refugee camp", "civilian targets"; "positions *held by*
        # infiltrators from Pakistan" are the holders')
    lemma = noun.lemma_.lower()
    return lemma in MILITARY_SITES or lemma in TARGETED_SITES and bool(mods & MILITARY_WORDS)


def _captors(host: Token, sources: Found, mentions: Mentions) -> Found:
    """Whom a call for a release is aimed at, when it names no one: the captors the freed are
    held by ("demanded the release of the hostages *held by Hamas*", "of two soldiers *captured by
    Hezbollah*")."""
    own = {a.code for a, _ in sources}
    objects = [o for o in host.children if o.dep_ in syntax.OBJECTS]
    for obj in objects + [o for _, o in syntax.prep_objects(host, {"for"})]:
        for _, held in syntax.prep_objects(obj, {"of"}):
            for acl in held.subtree:  # (also "of 49 nationals, including the consul, *who were seized by*")
                agent = syntax.agent_of(acl) if acl.dep_ == "acl" and acl.tag_ == "VBN" or \
                    acl.dep_ == "relcl" and syntax.is_passive(acl) else None
                found = [(a, t) for a, t in actors_at([agent], mentions) if a.code not in own] if agent else []
                if found:
                    return found
    for verb in host.sent:  # "demanded the release of its president *after he was detained by police*"
        if verb.lemma_.lower() in HOLDING and verb.pos_ == "VERB" and (
                syntax.is_passive(verb) or verb.dep_ == "acl" and verb.tag_ == "VBN"):  # (", *detained by*")
            agent = syntax.agent_of(verb)
            found = [(a, t) for a, t in actors_at([agent], mentions) if a.code not in own] if agent else []
            if found:
                return found
    return []


def _denied_to(host: Token, sources: Found, mentions: Mentions) -> Found:
    """Whom a denial answers, when it names no one: the first party named in what is denied
    ("denied any role in the bombing of a bus carrying *Israeli tourists*", "denied involvement
    in the *Mumbai* attacks", "rejected accusations in a report by *UN experts*")."""
    obj = syntax.object_of(host)
    if obj is None:
        return []
    own = {a.code for a, _ in sources} | {a.country for a, _ in sources}
    for tok in obj.subtree:
        if tok.i > obj.i:
            found = [(a, t) for a, t in actors_at([tok], mentions) if a.code not in own and a.country not in own]
            if found:
                return found[:1]
    return []


def _faced(host: Token, sources: Found, mentions: Mentions) -> Found:
    """The first country other than the doers' named in a phrase of nearness under ``host``."""
    own = {a.country for a, _ in sources}
    subject = syntax.subject_of(host)
    skip = set(t.i for t in subject.subtree) if subject is not None else set()
    for tok in host.subtree:
        if tok.dep_ != "pobj" or tok.head.lower_ not in NEAR_PREPS or tok.i in skip:
            continue
        found = [(a, t) for a, t in actors_at(list(tok.subtree), mentions)
                 if a.country and a.country.isalpha() and a.country not in own]
        if found:
            return found[:1]
    return []


def warned_of_own(warn: Token, sources: Found, mentions: Mentions, code: str,
                  targets: Found) -> tuple[str, Found]:
    """"Russia warned that *Moscow could resort* to nuclear weapons if Ukraine struck": a warning
    of what the warner's own side would do is a threat (130, made specific later), aimed at whoever
    the condition or the clause names; a warning about anyone else stays a comment (012)."""
    clause = next((c for c in warn.children if c.dep_ == "ccomp" and syntax.aux_lemmas(c) & WARNED_MODALS),
                  None)
    subj = syntax.subject_of(clause) if clause is not None else None
    if subj is None or not sources:
        return code, targets
    # the clause's subject must name a party itself ("warned that *Belgium's coalition talks*
    # could drag on": a warning about talks, not of an act of Belgium's)
    own = actors_at([subj], mentions) if mentions.at(subj) is not None or subj.pos_ == "PRON" else []
    answered = any(c.dep_ == "dobj" and c.lemma_.lower() in CONSEQUENCES for c in clause.children)
    # ("warned that its recognition would *have serious consequences*": a threat, as "warned of
    # serious consequences" is)
    if not (own and own_side(warn, own, mentions) or subj.lower_ in {"we", "anyone", "those"} or answered):
        return code, targets
    mine = {a.country for a, _ in sources}
    named = [(a, t) for a, t in actors_at(
        [t for t in clause.subtree if t.dep_ in {"nsubj", "dobj", "pobj"} and t.i != subj.i], mentions)
        if a.country not in mine]
    return "130", targets or named[:1]


def own_things_dropped(targets: Found, sources: Found) -> Found:
    """Targets other than the doers' own things: "pulled out of *their* last positions in south
    Lebanon" is not aimed at the troops themselves (the place may be). A country's own ("China
    eased *its* restrictions") stands for its people, and stays."""
    own = {a.code for a, _ in sources}
    return [(a, t) for a, t in targets
            if not (t.dep_ == "poss" and t.pos_ == "PRON" and a.code in own and a.sectors)]
