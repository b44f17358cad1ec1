"""Rules that settle an event's parties or code from the rest of its clause and sentence: whom a
threat is aimed at, whether a warning is the speaker's own threat, whether a meeting is at a third
location or a trip a visit at all, and which events of a sentence restate another.

The coder (:mod:`tidings.events.coder`) calls these once it has the candidate's actors.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tidings.actors.resolver import Mentions
from tidings.actors.roles import STATE_SECTORS
from tidings.events.frames import REFERRED  # nouns that refer back to an act already told
from tidings.events.govern import doers
from tidings.events.patterns import word_class
from tidings.events.roles import CAPTIVES, CAPTIVITY, Found, actors_at, noun_phrase_words
from tidings.model import Actor, Event, event_id
from tidings.nlp import syntax

# "on the *sidelines* of the summit": where parties met, not a party
SIDELINES = word_class("@sidelines")

# verbs of travel: going somewhere in one's own country is no visit to another party
JOURNEY = word_class("@journey")
# roots of physical violence: a killing told without its doer restates the attack told with one
VIOLENCE = frozenset({"18", "19", "20"})
# what a shooting did to its victim ("shot and *wounded*", "shot and *killed*")
WOUNDING_STEMS = ("wound", "injur", "kill", "maim")
# places of detention: protesters held in another country's are protesting at it
JAILS = word_class("@jails")
# "workers *at* Hyundai", "employees *of* Air France", "staff *for* Amazon": the employer's phrase
EMPLOYER_PREPS = frozenset({"at", "of", "for"})
# dealings between two parties that a third may have mediated: agreements, talks, cooperation, truces
DEALING_ROOTS = frozenset({"03", "04", "05", "06", "08"})
# claims and denials of a part in an act: aimed at the act's victims
ANSWERS = frozenset({"015", "016"})
MEDIATORS = word_class("@mediating") - {"host"}
# verbs of answering an act: with no one named, they answer whoever did the act just told
REACTING = word_class("@reacting")
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# expulsions of people (diplomats, a population, inspectors, a mission): the days given them to leave
# are part of the order, no ultimatum of their own
EXPULSIONS = frozenset({"161", "174", "166", "1662"})
ULTIMATUM = "139"
RIOT = "145"  # a riot; its four-digit kinds (1451: to bring the government down) tell the same riot more
SEATS = frozenset({"GOV", "LEG"})  # the sectors whose buildings a riot against the government storms


def third_place(trigger: list[Token], host: Token, parties: Found, mentions: Mentions) -> bool:
    """True when a meeting between two or more parties is placed ("in", "at") in a country that
    is none of theirs: states meeting abroad, or a government and its rebels meeting for talks in
    a third country ("Ethiopia's government and the TPLF met in Pretoria")."""
    countries = {a.country for a, _ in parties if a.country}
    if not countries or len({a.code for a, _ in parties}) < 2:
        return False
    # (also further down the verb's adverbials: "met *for six hours in Geneva*", "met *face to face
    # in Istanbul*")
    further = [t for c in host.children if c.dep_ in {"prep", "npadvmod", "advmod"} and
               c.lower_ not in {"in", "at", "on"} for t in c.subtree
               if t.dep_ == "pobj" and t.head.lower_ in {"in", "at"}]
    for word in dict.fromkeys([*trigger, host]):
        for obj in [o for _, o in syntax.prep_objects(word, {"in", "at", "on"})] + \
                (further if word is host else []):
            # "met *on the sidelines of a forum in Bangkok*", "*at a villa in Geneva*"
            for tok in noun_phrase_words([obj]):
                tok = next((c for c in tok.children if c.dep_ == "poss"), tok)  # "Singapore's island"
                place = mentions.at(tok)
                country = place.country if place is not None and place.kind == "country" else \
                    (mentions.countries.get(tok.i) or (None,))[0]
                if country:
                    return country not in countries
    # "met *on the sidelines of* the Munich Security Conference", no country named: a gathering of
    # many states is away from home, as our gold sets code it (5 of 5)
    return any(obj.lemma_.lower() in SIDELINES for word in dict.fromkeys([*trigger, host])
               for _, obj in syntax.prep_objects(word, {"on", "at"}))


def no_visit(source: Actor | None, target: Actor | None, host: Token, ordered: bool = False) -> bool:
    """A visit needs someone visited: "voters go to the polls", "a visit to the shrine" name
    none, and "the sailors flew home to London" is a return to one's own country. A journey one
    is ``ordered`` or forced to make is none either ("forced the jet *to fly* to Beirut")."""
    if target is None or ordered and host.lemma_.lower() in JOURNEY:
        return True
    return host.lemma_.lower() in JOURNEY and target.kind == "country" and \
        source is not None and source.country == target.country


def threatened(host: Token, sources: Found, mentions: Mentions) -> Found:
    """Whom a threat that names no target is aimed at: the one warned ("warned the Palestinian
    Authority that Washington would cut aid"), else the one whose act is its condition
    ("would use force *if the island* declared independence", "*unless Seoul* cancelled")."""
    own = {a.code for a, _ in sources}
    warner = host.head if host.dep_ in {"ccomp", "xcomp"} else None
    warned = [c for c in warner.children if c.dep_ in syntax.OBJECTS or c.dep_ == "dative"] \
        if warner is not None else []
    conditions = [syntax.subject_of(c) for v in filter(None, (host, warner)) for c in v.children
                  if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"}
                                               for m in c.children)]
    for words in (warned, [w for w in conditions if w is not None]):
        found = [(a, t) for a, t in actors_at(words, mentions) if a.code not in own]
        if found:
            return found
    return []


def told(host: Token, sources: Found, mentions: Mentions) -> Found:
    """Whom an intent is promised to: the one told, assured or informed ("Iraq *told* UN
    Secretary-General Kofi Annan it would allow inspectors to return"; "pledged *to* Kyiv")."""
    speech = syntax.speech_head(host)
    if speech is None:
        return []
    own = {a.code for a, _ in sources}
    speaker = actors_at([s for s in [syntax.subject_of(speech)] if s is not None], mentions)
    if speaker and not {a.country for a, _ in speaker} & {a.country for a, _ in sources}:
        return []  # a third party reports it: "Milosevic agreed ..., *Ahtisaari told reporters*"
    words = [c for c in speech.children if c.dep_ in syntax.OBJECTS or c.dep_ == "dative"]
    words += [o for _, o in syntax.prep_objects(speech, {"to"})]
    return [(a, t) for a, t in actors_at(words, mentions)  # telling the press promises no one
            if a.code not in own and "MED" not in a.sectors]


def protested(sources: Found, targets: Found, trigger: Token, mentions: Mentions) -> Found:
    """Whom a protest that names no one else is aimed at: the one whose act it is "in protest at"
    ("rioted *in protest at Beijing's* deployment of an oil rig"), else the government of the
    protesters' own country ("students rallied in Bangkok", "workers began a general strike for
    higher wages"). A protest at a foreign party keeps it ("hurled stones at the Japanese embassy")."""
    for _, noun in syntax.prep_objects(trigger, {"in"}):
        if noun.lemma_.lower() == "protest":
            at = [o for _, o in syntax.prep_objects(noun, {"at", "against", "over"})]
            owners = [c for o in at for c in o.children if c.dep_ == "poss"] + at
            found = [(a, t) for a, t in actors_at(owners, mentions) if a.kind != "person" or a.sectors]
            if found:
                return found
    jailer = _jailer(sources, mentions)
    if jailer:  # "Palestinian prisoners *in Israeli jails* began a hunger strike": at their jailer
        return jailer
    employer = [] if targets else _employer(sources, mentions)
    if employer:  # "workers *at Hyundai Motor's* plants staged a strike": at the company
        return employer
    if any(set(a.sectors).intersection(STATE_SECTORS) for a, _ in sources):  # the state itself
        return targets
    countries = {a.country for a, _ in sources if a.country}
    if len(countries) != 1:
        return targets
    (country,) = countries
    if targets and not all(a.country == country and not a.sectors for a, _ in targets):
        return targets
    actor = Actor(trigger.text, trigger.idx, trigger.idx + len(trigger.text), f"{country}GOV",
                  country, ("GOV",), None, "implied",
                  f"a protest that names no other party is aimed at the government of {country}")
    return [(actor, trigger)]


def nationals(sources: Found) -> Found:
    """Protesters named by a plural of their nationality are its people, not its state:
    "*Tunisians* protested for weeks" is TUNCVL, as "tens of thousands of Serbs marched" is SRBCVL
    in our gold sets ("*the Philippines* protested" stays the country)."""
    out: Found = []
    for actor, tok in sources:
        if actor.kind == "country" and actor.code == actor.country and tok.tag_ in {"NNPS", "NNS"} and \
                tok.lower_ not in (actor.name or actor.country).lower() and \
                not any(c.dep_ == "det" for c in tok.children):
            actor = replace(actor, code=actor.country + "CVL", sectors=("CVL",), kind="group",
                            detail=actor.detail + f"; '{tok.text}' protesting are its people")
        out.append((actor, tok))
    return out


STATE_BODIES = frozenset({"GOV", "LEG", "JUD", "COP", "MIL"})


def crowd_of_target(sources: Found, targets: Found) -> Found:
    """Protesters of no known country who protest at one country's body are its people: "thousands
    of women rallied outside *the Sejm*" are POLCVL."""
    countries = {a.country for a, _ in targets}
    country = countries.pop() if len(countries) == 1 else None
    if not country or not country.isalpha() or not all(set(a.sectors) & STATE_BODIES for a, _ in targets):
        return sources
    return [(replace(a, code=country + a.code[3:], country=country, guessed=True,
                     detail=a.detail + f"; protesting at {country}'s body") if a.code.startswith("---") and a.sectors
             else a, t) for a, t in sources]


def _employer(sources: Found, mentions: Mentions) -> Found:
    """The company that workers protesting are named as working for ("workers *at* the El
    Teniente mine *of* Codelco", "unions *at* France Telecom", "employees *of* Air France"): a
    labour dispute is aimed at the employer, as our gold sets code it (round 26)."""
    for actor, tok in sources:
        if "LAB" not in actor.sectors:
            continue
        for word in tok.subtree:
            if word.dep_ == "pobj" and word.head.lower_ in EMPLOYER_PREPS and word.head.head.i >= tok.i:
                found = [(a, t) for a, t in actors_at([word], mentions)
                         if "BUS" in a.sectors and a.start != actor.start]
                found += [(a, t) for c in word.children if c.dep_ == "poss"
                          for a, t in actors_at([c], mentions) if "BUS" in a.sectors]
                if found:
                    return found[:1]
    return []


def _jailer(sources: Found, mentions: Mentions) -> Found:
    """The country whose jails hold the protesters, when it is not their own ("Palestinian
    prisoners in *Israeli* jails")."""
    own = {a.country for a, _ in sources}
    for _, tok in sources:
        for place in tok.subtree:  # ("*Hundreds* of Palestinian prisoners in Israeli jails")
            if place.dep_ == "pobj" and place.head.lower_ == "in" and place.lemma_.lower() in JAILS:
                found = [(a, t) for a, t in actors_at(list(place.children), mentions)
                         if a.country and a.country not in own]
                if found:
                    return found[:1]
            if place.dep_ == "acl" and place.tag_ == "VBN" and place.lemma_.lower() in CAPTIVITY and \
                    place.head.lemma_.lower() in CAPTIVES and (agent := syntax.agent_of(place)) is not None:
                # ("dozens of Palestinians *held by Israel*")
                found = [(a, t) for a, t in actors_at([agent], mentions) if a.country and a.country not in own]
                if found:
                    return found[:1]
    return []


def own_side(speaker: Token, actors: Found, mentions: Mentions) -> bool:
    """True when the ``actors`` are the speaker's side (same country), or the speaker is unknown:
    "Medvedev warned that *Moscow* could strike" is Russia's own threat."""
    speakers = actors_at(doers(speaker), mentions)
    return not speakers or bool({a.country for a, _ in speakers} & {a.country for a, _ in actors})


def claimed(found: list[tuple[Event, dict[str, bool]]]) -> list[tuple[Event, dict[str, bool]]]:
    """"A roadside bomb killed four Israeli soldiers, and Hizbollah *claimed responsibility*": the
    one sole claimant of the sentence did the attacks told without a doer, and its claim is aimed
    at their victims. A claim or a denial of a part in an attack of the sentence that names no one
    ("Moscow *denied any involvement* in the attack") is aimed at the attack's victims too."""
    def doerless(e: Event) -> bool:  # no doer, or one the text names only by its deed ("a suicide bomber")
        return e.root in VIOLENCE and (e.source is None or e.source.country is None)
    claims = [e for e, _ in found if e.cameo == "015" and e.source is not None]
    attacks = [e for e, _ in found if doerless(e)]
    sole = claims[0] if len(claims) == 1 and attacks else None
    claimant = sole.source if sole is not None else None
    victim = next((e.target for e, _ in found if e.root in VIOLENCE and e.target is not None and
                   (sole is None or doerless(e) or e.source == claimant)), None)
    out = []
    for e, evidence in found:
        if sole is not None and doerless(e):
            e = replace(e, source=claimant, pattern=f"{e.pattern}; doer: the claimant '{claimant.text}'")
        elif e.cameo in ANSWERS and e.source is not None and e.target is None and victim is not None and \
                victim.code != e.source.code:
            e = replace(e, target=victim, pattern=f"{e.pattern}; aimed at the victims '{victim.text}'")
        out.append((e, evidence))
    return out


def mutual_breaks(found: list[tuple[Event, dict[str, bool]]]) -> list[tuple[Event, dict[str, bool]]]:
    """"Germany and Iran *recalled their ambassadors*": two parties that together cut their
    relations, naming no one else, cut them with each other."""
    by_act: dict[tuple[int, str], list[Event]] = {}
    for e, _ in found:
        if e.root == "16" and e.target is None and e.source is not None and not e.statement:
            by_act.setdefault((e.trigger_start, e.cameo), []).append(e)
    other: dict[int, Actor] = {}  # id of an event → the other party
    for group in by_act.values():
        if len(group) == 2 and group[0].source.country != group[1].source.country:
            other[id(group[0])], other[id(group[1])] = group[1].source, group[0].source
    return [(replace(e, target=other[id(e)], pattern=f"{e.pattern}; with the other party of the break")
             if id(e) in other else e, evidence) for e, evidence in found]


def mediations_between_dealers(found: list[tuple[Event, dict[str, bool]]], before: list[Event],
                               document_id: str) -> list[tuple[Event, dict[str, bool]]]:
    """"Hamas and Israel agreed a four-day truce; *Qatar and Egypt mediated*": a mediation that
    names no parties is between the two parties of the deal, truce or talks the sentence tells, or
    else the sentence before (``before``: its events)."""
    parties: dict[str, Actor] = {}
    told = [e for e, _ in found]
    if not any(e.cameo == "045" and e.target is None for e in told):
        return found
    for e in told if any(e.root in DEALING_ROOTS and e.cameo != "045" for e in told) else before:
        if not e.statement and e.source is not None and e.target is not None and \
                e.root in DEALING_ROOTS and e.cameo != "045":
            parties.setdefault(e.source.code, e.source)
            parties.setdefault(e.target.code, e.target)
    if len(parties) < 2:
        return found
    out = []
    for e, evidence in found:
        if e.cameo != "045" or e.target is not None or e.source is None or e.statement or \
                e.source.code in parties:
            out.append((e, evidence))
            continue
        for party in parties.values():
            out.append((replace(e, target=party, pattern=f"{e.pattern}; between the parties of the deal told",
                                id=event_id(document_id, e.sentence_index, e.trigger_start, e.cameo,
                                            e.source.code, party.code)), dict(evidence)))
    return out


# why a concession with no one named to yield to is made to the crowd (events/targets.py)
CONCEDED_TO_CROWD = "a concession made as protests go on yields to the protesters"


def pressed_resignations(found: list[tuple[Event, dict[str, bool]]]) -> list[tuple[Event, dict[str, bool]]]:
    """"Hasina resigned *as thousands of protesters stormed her residence*", "Morales resigned
    after the army chief *urged him to step down*": a resignation or other concession with no one
    named to yield to (or only the crowd the protests imply) is made to those whose protest or
    demand against the resigner the sentence tells."""
    out = []
    for e, evidence in found:
        if e.cameo[:3] == "083" and (e.target is None or CONCEDED_TO_CROWD in e.target.detail) and \
                e.source is not None and not e.statement:
            pressers = [f.source for f, _ in found if f.source is not None and f.target is not None and
                        (f.root == "14" or f.cameo[:2] in {"02", "10"}) and
                        f.target.country == e.source.country and f.source.code != e.source.code]
            if pressers:
                e = replace(e, target=pressers[0], pattern=f"{e.pattern}; to those who pressed for it")
        out.append((e, evidence))
    return out


def dispersed_crowds(found: list[tuple[Event, dict[str, bool]]],
                     before: list[Event]) -> list[tuple[Event, dict[str, bool]]]:
    """"Thousands rallied outside parliament, and riot police *used tear gas to disperse them*": force
    used on a crowd (175) that names no one it was used on is aimed at the protesters whose protest
    the sentence tells (or else the sentence before, ``before``: its events), in the country of the
    force."""
    crowds = [f.source for f in [e for e, _ in found] + before
              if f.root == "14" and f.source is not None and not f.statement]
    out = []
    for e, evidence in found:
        crowd = None
        if e.cameo[:3] == "175" and e.target is None and e.source is not None:
            crowd = next((c for c in crowds if c.country and c.country == (e.source.country or c.country)), None)
        if crowd is not None and crowd.code != e.source.code:
            e = replace(e, target=crowd, pattern=f"{e.pattern}; on the protesters the sentence tells")
        out.append((e, evidence))
    return out


def without_restatements(found: list[tuple[Event, dict[str, bool]]]) -> list[tuple[Event, dict[str, bool]]]:
    """Drops an event with no target that restates another of the sentence with one: "Iran freed
    the British sailors ... after the president announced their release" is one release."""
    def restated(e: Event, passive: bool) -> bool:
        # the same code, or the root's generic code under a specific one ("retaliated by bombing")
        size = 2 if len(e.cameo) == 3 and e.cameo.endswith("0") else 3
        if e.source is None and e.target is not None and e.cameo[:2] in VIOLENCE:
            # "soldiers were killed when their patrol was ambushed by rebels": the killing is the
            # ambush's outcome, told without its doer (and "were killed when a roadside bomb struck
            # their patrol": the outcome of a blast that has none either)
            # (and "police fired tear gas at protesters ...; five people were killed": the repression's)
            return any(f is not e and (f.source is not None or passive and not fev.get("passive"))
                       and f.target is not None and (f.cameo[:2] in VIOLENCE or f.cameo == "175") and
                       f.target.country == e.target.country for f, fev in found)
        return e.target is None and e.source is not None and any(
            f is not e and f.target is not None and f.source is not None
            and (f.cameo == e.cameo or len(e.cameo) == 3 and f.cameo[:size] == e.cameo[:size])
            and f.source.country == e.source.country for f, _ in found)  # (but two specific codes of a
        # family are two acts: "declared a state of emergency and imposed a curfew", 1724 and 1723)
    return [(e, ev) for e, ev in found if not restated(e, bool(ev.get("passive")))]


def retold(title: list[Event], found: list[tuple[Event, dict[str, bool]]]
           ) -> tuple[list[Event], list[tuple[Event, dict[str, bool]]]]:
    """A title (a document's first sentence) and the next sentence telling the same act: "Bobi Wine
    arrested on campaign trail | Police detained the opposition candidate ...", "Bolivia's Morales
    quits ... | The president stepped down ...". One event is kept, the one that names more of its
    parties. Returns the title's events to drop and the next sentence's events to keep."""
    dropped: list[Event] = []
    kept = []
    for f, evidence in found:
        twin = next((e for e in title if not any(e is d for d in dropped) and _same_act(e, f)), None)
        if twin is None:
            kept.append((f, evidence))
        elif _named(f) >= _named(twin):
            dropped.append(twin)  # the fuller telling, with a party only the title names
            source, target = _fuller(f.source, twin.source), _fuller(f.target, twin.target)
            kept.append((replace(f, source=source, target=target, id=event_id(
                f.doc_id, f.sentence_index, f.trigger_start, f.cameo, source and source.code,
                target and target.code)), evidence))
    return dropped, kept


def _fuller(a: Actor | None, b: Actor | None) -> Actor | None:
    return b if a is None or b is not None and len(b.code) > len(a.code) else a


def _same_act(e: Event, f: Event) -> bool:
    """The same code between parties that may be the same, one side named in one telling only."""
    def same(a: Actor | None, b: Actor | None) -> bool:  # a bare country, or a shared part of the code
        return a is None or b is None or a.country == b.country and (
            len(a.code) == 3 or len(b.code) == 3 or bool(_parts(a.code) & _parts(b.code)))
    return e.cameo == f.cameo and (e.source is not None or e.target is not None) and \
        (f.source is not None or f.target is not None) and same(e.source, f.source) and same(e.target, f.target)


def _parts(code: str) -> set[str]:
    """The three-letter parts of an actor code after its country ("KENHRINGO": HRI, NGO)."""
    return {code[i:i + 3] for i in range(3, len(code), 3)}


def _named(e: Event) -> int:
    return sum(len(a.code) for a in (e.source, e.target) if a is not None)


def one_per_dyad(found: list[tuple[Event, dict[str, bool]]]) -> list[tuple[Event, dict[str, bool]]]:
    """One event per code and pair of parties in a sentence: "arrested the opposition leader and
    charged him with treason" is one arrest of him, "convicted ..., sentencing him" one sentence.
    The first wording is kept. A shooting told with what it did to the same victim ("shot and
    wounded Malala Yousafzai", "shot and killed a journalist") is one attack: the wounding or
    killing, unless the shooting was read as an attempt on a life or an assassination (185, 186).
    The days an expelled party is given to leave are part of the expulsion ("declared the ambassador
    persona non grata and gave him 72 hours to leave": 161 only). A riot told by its kind is the one
    riot ("stormed parliament and set it on fire": 1451 only)."""
    orders = {(e.source.code, e.target.country) for e, _ in found
              if e.cameo in EXPULSIONS and e.source is not None and e.target is not None}
    found = [(e, ev) for e, ev in found if not (
        e.cameo == ULTIMATUM and e.source is not None and e.target is not None and
        (e.source.code, e.target.country) in orders)]
    kinds = {(e.source.code, e.target.country) for e, _ in found
             if e.cameo.startswith(RIOT) and e.cameo != RIOT and e.source is not None and e.target is not None}
    found = [(e, ev) for e, ev in found if not (
        e.cameo == RIOT and e.source is not None and e.target is not None and
        e.target.code[3:6] in SEATS and (e.source.code, e.target.country) in kinds)]
    harms = [e for e, _ in found if e.cameo[:2] in VIOLENCE and e.source is not None and e.target is not None]

    def shooting(e: Event) -> bool:
        return e.trigger.lower().startswith(("shot", "shoot"))

    def outcome(e: Event) -> bool:
        return e.trigger.lower().startswith(WOUNDING_STEMS)

    def paired(e: Event, told) -> bool:  # another harm of the same pair of parties told so
        return any(f is not e and f.source.code == e.source.code and f.target.code == e.target.code and told(f)
                   for f in harms)

    def attempt(e: Event) -> bool:
        return e.cameo in {"185", "186"}

    dropped = [e for e in harms if shooting(e) and not attempt(e) and paired(e, outcome) or
               outcome(e) and paired(e, lambda f: shooting(f) and attempt(f))]
    found = [(e, ev) for e, ev in found if not any(e is d for d in dropped)]
    met = {frozenset((e.source.country, e.target.country)) for e, _ in found
           if e.cameo[:2] == "04" and e.source is not None and e.target is not None and not discussing(e)}
    found = [(e, ev) for e, ev in found if not (  # "received a Russian delegation, and the two sides
        discussing(e) and e.source is not None and e.target is not None and  # *discussed* ...": one meeting
        frozenset((e.source.country, e.target.country)) in met)]
    seen: set[tuple] = set()
    out = []
    for event, evidence in found:
        key = dyad_key(event)
        if event.cameo == "161" and event.source is not None and event.target is not None:
            key = (event.cameo, event.source.country, event.target.country)  # relations are cut between
            # countries: "severed relations with Kenya and gave Kenyan diplomats seven days to leave" is one
        if key[1] is None or key[2] is None or key not in seen:
            out.append((event, evidence))
        seen.add(key)
    return out


def discussing(event: Event) -> bool:
    """A consultation told by "discussed": what parties who met or called talked about."""
    return event.cameo == "040" and event.trigger.lower().startswith("discuss")


def dyad_key(event: Event) -> tuple[str, str | None, str | None]:
    """(code, source code, target code) of an event."""
    return (event.cameo, event.source.code if event.source else None,
            event.target.code if event.target else None)


def reacts(host: Token) -> bool:
    """True for a verb of answering an earlier act ("vowed to *retaliate*", "*responded* with
    air strikes")."""
    return host.lemma_.lower() in REACTING


def refers_back(host: Token) -> bool:
    """True when the object of ``host`` refers back to an act already told: "Kiev denounced *the
    move*", "Abe condemned *the launch* as ...", "Moscow condemned *the downing*"."""
    if reaction_clause(host) and not any(c.dep_ in syntax.OBJECTS and c.tag_ != "WDT" for c in host.children):
        return True  # "..., *a move* the opposition denounced as a coup", "..., *which* Pyongyang called"
    if any(judged_act(c) for c in host.children):
        return True  # "..., calling *it* creeping annexation": the act just told
    for obj in (c for c in host.children if c.dep_ in syntax.OBJECTS):
        if obj.lemma_.lower() in REFERRED and any(
                c.dep_ == "det" and c.lower_ in DEFINITE for c in obj.children) and \
                not any(c.dep_ in {"poss", "compound"} or c.dep_ == "amod" and (
                    c.ent_type_ in {"NORP", "GPE"} or c.text[:1].isupper()) for c in obj.children):
            return True  # (also "condemned *the brutal aggression*"; not "the Israeli strike")
    return False


def judged_act(tok: Token) -> bool:
    """"..., calling *it* an annexation": "it" or "this" as the object of a verb of judging stands for
    the act just told, not for a party."""
    return tok.dep_ in syntax.OBJECTS and tok.lower_ in {"it", "this"} and tok.head.lemma_.lower() in JUDGING


def mediating_clause(host: Token) -> bool:
    """"..., with Martti Ahtisaari, *who brokered the deal*, looking on": a relative clause of
    mediation on the mediator, told beside the deal it brokered, is an act of the story's day."""
    obj = syntax.object_of(host)
    return host.dep_ == "relcl" and host.lemma_.lower() in MEDIATORS and obj is not None and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children) and \
        not any(t.ent_type_ == "DATE" for t in obj.subtree)  # (not "who mediated *the 2008 deal*")


def mediated_meeting(clause: Token) -> bool:
    """A relative clause on the talks a mediator ran: "mediated talks in Minsk *at which* Russia and
    Ukraine *agreed* to a ceasefire" tells the outcome of the day, not background."""
    noun = clause.head
    return clause.dep_ == "relcl" and noun.dep_ in syntax.OBJECTS and noun.head.lemma_.lower() in MEDIATORS


# verbs of judging an act just told, in a relative clause set off after it
JUDGING = frozenset({"call", "condemn", "denounce", "describe", "decry", "slam", "criticise", "criticize",
                     "brand", "welcome", "praise", "hail"})


def reaction_clause(clause: Token) -> bool:
    """A relative clause on a noun that sums up the act just told, set off after it: "detained
    the mayor, *a move the opposition denounced* as a coup", or a participle with its doer ("passed
    the law, *a step condemned by Taipei*"). It tells a reaction of the day, not background."""
    noun = clause.head
    told = clause.dep_ == "relcl" or clause.dep_ == "acl" and clause.tag_ == "VBN" and \
        syntax.agent_of(clause) is not None or clause.dep_ == "acl" and clause.tag_ in {"VBD", "VBZ", "VBP"} and \
        any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)  # (the parser may read
    # "a move *that* Moldova's prime minister called retaliation" as a clause with "that" as its mark)
    if told and clause.lemma_.lower() in JUDGING and any(
            c.tag_ == "WDT" and c.dep_ in syntax.OBJECTS and c.i > 0 and c.doc[c.i - 1].text == ","
            for c in clause.children):
        return True  # "began joint drills, *which* Pyongyang *called* a rehearsal for invasion"
    if not told or noun.lemma_.lower() not in REFERRED:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in {"VERB", "AUX"}:
        return True  # "expelled a diplomat, *in a move* Islamabad condemned"
    return noun.dep_ in {"npadvmod", "appos", "dobj"} and noun.left_edge.i > 0 and \
        noun.doc[noun.left_edge.i - 1].text == ","


def summed_up_doers(host: Token, sources: Found, mentions: Mentions) -> Found:
    """Who did the act a reaction clause's noun sums up: the doers of the clause it is set off
    after ("Iran stripped IAEA inspectors of their accreditation, *a move Grossi condemned*":
    Iran), whether or not that act is itself coded; never the reactor's own side."""
    if reaction_clause(host):
        told = host.head.head
        while told.pos_ not in {"VERB", "AUX"} and told.head.i != told.i:
            told = told.head  # ("began their largest joint exercise, *a move* North Korea condemned")
    else:
        told = _joined_before(host) if refers_back(host) else None
        if told is None:
            return []
    own = {a.code for a, _ in sources}
    return [(a, t) for a, t in actors_at(doers(told), mentions) if a.code not in own]


def _joined_before(host: Token) -> Token | None:
    """The clause a reaction is joined to, told before it: "the ICJ *awarded* Somalia the area, but
    Nairobi said it rejected *the ruling*" (the ruling is the award's)."""
    node = host
    speech = syntax.speech_head(node)
    if node.dep_ == "ccomp" and speech is not None and speech.i == node.head.i:
        node = node.head  # (through "said it rejected")
    if node.dep_ == "conj" and node.head.pos_ in {"VERB", "AUX"} and node.head.i < node.i:
        return node.head
    return None


def answered(event: Event, earlier: list[Event]) -> list[Actor]:
    """Who did the act a reaction refers back to: the sources of the nearest earlier act (this
    sentence first, then the one before) done by another country ("U.S. and South Korean troops
    began an exercise, and North Korea threatened to respond": both)."""
    def side(actor: Actor | None) -> str | None:  # (the opposition answers the police)
        return actor.code if actor is not None else None
    own = side(event.source)
    for other in reversed(earlier):
        if other.source is not None and side(other.source) != own and not other.statement:
            doers: dict[str, Actor] = {}
            for e in earlier:
                if (e.sentence_index, e.trigger_start) == (other.sentence_index, other.trigger_start) \
                        and e.source is not None and side(e.source) != own:
                    doers.setdefault(e.source.code, e.source)
            return list(doers.values())
    return []
