"""How force is used: the weapon an attack is made with, whom and how many it kills.

CAMEO codes conventional military force by weapon (193 small arms, 194 artillery and tanks, 195
aerial weapons); the weapon words are data (``data/weapons.tsv``). It codes force that police or
soldiers use on protesters as repression (175), the killing of many civilians as a mass killing
(202), deporting people by the thousand as a mass expulsion (201), and the use of chemical
weapons as 2041.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events import govern
from tidings.events.patterns import word_class, word_rows
from tidings.events.roles import Found
from tidings.nlp import syntax

# killing many non-combatants is a mass killing: the verbs, the victims and how many is many
KILLING = word_class("@killing")
HARM = KILLING | word_class("@wounding") | {"hit", "destroy", "damage", "target", "pound", "flatten"}
# civilians, of any trade or faith: killing many of them is mass killing (202)
VICTIMS = frozenset({"CVL", "REF", "AGR", "LAB", "EDU", "MED", "HLH", "REL", "CHR", "MUS", "HIN", "BUD", "JEW"})
MANY = 40
# killed by hand (shot, hacked, in a raid on a village: 180 by gunmen, the generic 190, 193 small arms, 1823), a
# score of civilians killed by a named side is a massacre (our gold sets: "paramilitaries killed at
# least 36 villagers", "soldiers killed 21 civilians" are 202, "gunmen killed 31 villagers" 1823); by
# air strike or bomb it stays the weapon's code below 40
MANY_BY_HAND = 20
BY_HAND = frozenset({"180", "190", "193", "1823"})
DOZENS = word_class("@dozens")
BOMBING = word_class("@bombing")
# the sectors of a named person whose killing is an assassination (186), a rebel leader's too
# (most of our gold: "troops killed Tamil Tiger leader Velupillai Prabhakaran")
PROMINENT = frozenset({"GOV", "MIL", "OPP", "ELI", "LEG", "JUD", "PTY", "SPY", "REB", "SEP", "INS"})
# words before "strike" that make it an act of war, not a labour strike ("air strikes")
STRIKES_OF_WAR = word_class("@strikes_of_war")
# verbs of shooting at someone ("fired at", "opened fire on", "shot"): at a prominent person who is
# not killed, an assassination attempt (185)
SHOOTING = word_class("@shooting")
# the sectors of those who fight: killing them is military force (190), not a murder (1823)
FIGHTERS = frozenset({"MIL", "COP", "REB", "INS", "SEP", "UAF", "SPY"})
MULTITUDES = word_class("@multitudes")
# verbs of protest itself ("thousands *marched*", "*rallied*", "*joined* the strike"), not of gathering
PROTESTING = govern.PROTESTING | {"join"}
# expelling people by the thousands is a mass expulsion (201)
EXPELLING = word_class("@expelling")
MANY_EXPELLED = 5000  # (our gold sets: 1,500 and 2,000 deported are expulsions, 174; 10,000 a mass one)
# chemical weapons (2041), in the attack's words
CHEMICAL = word_class("@chemical")
# phrases of a cause: what an attack answers is not what it is made with
CAUSE_PREPS = frozenset({"after", "following", "despite"})
ANSWERS = frozenset({"retaliation", "response", "revenge", "reprisal", "answer", "reaction"})
# weapons of mass destruction other than chemical ones, for threats (1385)
NUCLEAR = word_class("@mass_destruction")
# threats to do what is not specified, or to use force: made specific by a weapon of mass destruction
THREATS_OF_FORCE = frozenset({"130", "138", "1384"})
# prepositions of what force is aimed at, and nouns of the sites it may hit
AIM_PREPS = frozenset({"on", "against", "at", "near", "into", "toward", "towards"})
SITES = word_class("@sites")
# fights whose words can name the weapon, in the "in" phrase of a killing ("killed in a gunbattle")
WEAPON_EVENTS = word_class("@fights")
# objects that are shooting itself, whose modifiers name the weapon
SHOTS = word_class("@shots")
# the words of protest in a sentence ("during mass protests", "demonstrators", "tear gas")
PROTEST_WORDS = word_class("@protest") | {"tear gas", "water cannon", "rubber bullet"}
# who represses: the state's armed and police forces
ENFORCERS = frozenset({"COP", "MIL", "SPY"})
# armed groups that are no state's: what they seize, they abduct
IRREGULARS = frozenset({"REB", "INS", "SEP", "UAF", "CRM", "RAD"})
# who abducts rather than arrests: armed groups and gangs, and civilians
ABDUCTORS = IRREGULARS | {"CVL"}
# who is repressed: people, the opposition, workers, students
PEOPLE = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "REF", "MED", "HRI"})


def weapon_code(code: str, host: Token, trigger: list[Token]) -> tuple[str, str | None]:
    """A generic use of force (190) made specific by the weapon it names ("attacked four air bases
    *with drones*" → 1952), an air strike (195) by drone or guided munitions, and a bombing (183) by
    the kind of bomb ("a *roadside bomb* killed three soldiers" → 1833); ``code`` and None when none
    is named."""
    if code not in {"190", "195", "183"}:
        return code, None
    words: list[Token] = []
    for head in dict.fromkeys([host, *trigger]):
        for prep, obj in syntax.prep_objects(head, {"with", "by", "in"}):
            if prep != "in":
                words += list(obj.subtree)
            elif obj.lemma_.lower() in WEAPON_EVENTS:  # "killed *in a gunbattle*", "*in a bombing raid*
                # on a camp*", "*in an exchange of fire*": the fight's own words, not what it hit
                words += [t for t in obj.subtree if t.i <= obj.i] + [
                    t for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
        for obj in (c for c in head.children if c.dep_ in syntax.OBJECTS):
            if obj.lemma_.lower() in SHOTS:  # "exchanged *small-arms* fire" (not "shot down a jet"),
                words += [head] + [t for t in obj.subtree if t.i <= obj.i]  # "*exchanged* fire"
            elif code in {"195", "183"}:  # "dropped *precision-guided* bombs", "a *roadside* bomb"
                words += [t for t in obj.subtree if t.i <= obj.i]
        if code in {"195", "183"} or head is host:  # "a missile fired from *a Predator drone*
            # destroyed a car", "a *car bomb* exploded", "a *roadside bomb* struck a patrol"
            subject = syntax.subject_of(head)
            if subject is not None and subject.tag_ in {"WP", "WDT"} and head.dep_ == "relcl":
                subject = syntax.antecedent(head)  # "a suicide attack *that* killed ...": the attack's
                words += [t for t in subject.subtree if t.i <= subject.i]  # own words
            elif subject is not None:
                words += list(subject.subtree)
    for noun in trigger:  # "launched *drone* strikes on Kyiv": the event noun's own modifiers
        if noun.i != host.i and noun.pos_ == "NOUN":
            words += [m for m in noun.lefts if m.dep_ in {"compound", "amod"}] + [noun]
    text = f" {' '.join(t.lemma_.lower() for t in words)} ".replace(" - ", "-")  # "small-arm"
    for weapon_code_, table in word_rows("weapons.tsv"):
        if weapon_code_[:3] != code[:3] and code != "190":
            continue  # an air strike is only made more specific: by drone, by guided bombs
        hit = sorted(w for w in table if f" {w} " in text)
        if hit:
            return weapon_code_, hit[0]
    if code == "190" and any(t.lemma_.lower() == "strike" for t in [host, *trigger, *words]):
        return "195", "strike"  # "the United States *struck* three nuclear sites", "carried out *strikes*":
        # with no weapon named, a strike is one from the air, as our gold sets code it (51 to 8)
    return code, None


def repression(code: str, sources: Found, targets: Found, sentence) -> str:
    """Force that police or soldiers use on people in a sentence about protest is repression
    (175): "security forces stormed a protest camp, killing dozens of demonstrators". Beating
    them stays a beating (182)."""
    if not (code[:2] == "19" or code == "1823") or not sources or not targets:
        return code
    own = {a.country for a, _ in sources}
    if not all(set(a.sectors) & ENFORCERS for a, _ in sources) or not all(
            set(a.sectors) & PEOPLE or (not a.sectors and a.country in own) for a, _ in targets):
        return code  # (a bare country of their own: "stormed a protest camp *in Khartoum*")
    lemmas = ["" if t.text == "March" and _dated(t) else
              t.lemma_.lower() if not (t.lemma_ == "strike" and (
        t.pos_ == "VERB" or t.i > 0 and t.doc[t.i - 1].lower_ in STRIKES_OF_WAR or
        t.dep_ == "nsubj" and t.head.lemma_.lower() in HARM)) else ""
        for t in sentence]  # ("jets *to strike* targets", "*air* strikes", "Israeli strikes *killed*"
    # are no labour strike)
    pairs = {f"{a} {b}" for a, b in zip(lemmas, lemmas[1:])}
    return "175" if (set(lemmas) | pairs) & PROTEST_WORDS else code


def _dated(month: Token) -> bool:
    """"1 March", "March 1", "in March 2012": the month, not a protest march."""
    doc = month.doc
    near = [doc[i] for i in (month.i - 1, month.i + 1) if 0 <= i < len(doc)]
    return month.ent_type_ == "DATE" or any(t.like_num or t.lower_ in {"in", "of", "early", "late", "mid", "since",
                                                                       "until", "by", "last", "next", "this"}
                                            for t in near)


def abduction(code: str, sources: Found) -> str:
    """An arrest (173) made by an armed group, a gang or civilians is an abduction (181): "Hezbollah
    guerrillas *captured* two Israeli soldiers", "residents *detained* 14 police officers". Only a
    state detains."""
    if code == "173" and sources and all(
            set(a.sectors) & ABDUCTORS and not set(a.sectors) & ENFORCERS for a, _ in sources):
        return "181"
    return code


def _cause(child: Token) -> bool:
    """True for a phrase that tells what the force answers ("*in retaliation for* a chemical
    attack", "*after* the gas attack"), which is not what it is made with."""
    if child.dep_ != "prep":
        return False
    if child.lower_ in CAUSE_PREPS:
        return True
    return child.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in ANSWERS for o in child.children)


def mass_violence(code: str, targets: Found, host: Token, trigger: list[Token], doer_named: bool = True) -> str:
    """Mass expulsions (201: "deported *tens of thousands of* Afghans"), chemical weapons (2041:
    "dropped *sarin* on the town", "a *chlorine gas* attack"), threats
    with weapons of mass destruction (1385) and the killing of many civilians (202: "massacred
    *more than 200* civilians", "killed *thousands of* Tutsi civilians") made specific, the
    killing of soldiers, police or fighters told as force (190), and that of a named leader as an
    assassination (186); any other code unchanged."""
    if code == "174" and host.lemma_.lower() in EXPELLING:  # "deported *more than 10,000* Haitians"
        return "201" if any(_many(v, MANY_EXPELLED) for v in host.children
                            if v.dep_ in syntax.OBJECTS) else code
    if code[:2] not in {"18", "19", "20"} and code not in THREATS_OF_FORCE:
        return code
    aimed_at = {t.i for head in dict.fromkeys([host, *trigger]) for c in head.children
                if (c.dep_ == "prep" and c.lower_ in AIM_PREPS) or _cause(c) or
                (c.dep_ in syntax.OBJECTS and c.lemma_.lower() in SITES) for t in c.subtree}
    words = [t for head in dict.fromkeys([host, *trigger]) for t in head.subtree
             if t.i not in aimed_at]
    # (what the force hits is not what it is made with: "missile strikes *on chemical weapons
    # facilities*" use no chemical weapons)
    text = f" {' '.join(t.lemma_.lower() for t in words)} "
    if code in THREATS_OF_FORCE:  # "threatened to burn half of Israel *with chemical weapons*"
        return "1385" if any(f" {w} " in text for w in CHEMICAL | NUCLEAR) else code
    if any(f" {w} " in text for w in CHEMICAL):
        return "2041"
    killed = host.lemma_.lower() in KILLING or (host.lemma_.lower() == "shoot" and any(
        t.lower_ == "dead" for t in host.doc[host.i + 1:host.i + 3]))  # "shot dead" (not wounded)
    if code in {"1823", "190", "193", "195"} and killed and \
            targets and all(a.kind == "person" and set(a.sectors) & PROMINENT for a, _ in targets):
        return "186"  # "killed Iran's top general, Qassem Soleimani": a prominent person killed
    if code in {"190", "193"} and not killed and host.lemma_.lower() in SHOOTING and targets and \
            all(a.kind == "person" and set(a.sectors) & PROMINENT for a, _ in targets):
        return "185"  # "a gunman fired two shots at President Gorbachev", "was shot and wounded":
        # shooting at a prominent person who lives is an attempt on their life
    if code == "1823" and host.lemma_.lower() == "kill" and targets and \
            all(set(a.sectors) & FIGHTERS for a, _ in targets):
        return "190"  # "seven soldiers were killed by rebels": fighting, not a murder
    killings = [host] if killed else []
    if code in BY_HAND:  # ("attacked the village, *killing* at least 30 civilians"; a bomb or an air
        # strike "killing more than 100 people" keeps the weapon's code)
        killings += [c for c in host.children if c.dep_ == "advcl" and c.lemma_.lower() in KILLING]
    if not killings or not targets or not all(set(a.sectors) & VICTIMS for a, _ in targets):
        return code
    victims = [c for k in killings for c in k.children if c.dep_ in syntax.OBJECTS or c.dep_ == "nsubjpass"]
    doer = host.head if host.dep_ == "relcl" else next((c for c in host.children if c.dep_ == "nsubj"), None)
    by_hand = doer_named and code in BY_HAND and not (doer is not None and doer.lemma_.lower() in BOMBING)
    many = MANY_BY_HAND if by_hand else MANY  # ("at least 134 villagers *were killed*"; "a bombing *that
    # killed* dozens of worshippers" is a bomb's; "gunmen killed 31 villagers", by no named side, 1823)
    return "202" if any(_many(v, many) for v in victims) else code


def _many(noun: Token, many: int = MANY) -> bool:
    """At least ``many``: "300 civilians", "more than 200", "hundreds of civilians"."""
    if noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in MULTITUDES:
        return True
    if noun.lemma_.lower() in MULTITUDES:
        return True
    for child in noun.children:
        if child.dep_ == "nummod":
            digits = child.text.replace(",", "")
            if digits.isdigit() and int(digits) >= many or child.lower_ in MULTITUDES:
                return True
        if child.dep_ == "prep" and child.lower_ == "of" and (noun.lemma_.lower() in MULTITUDES or (
                many <= MANY_BY_HAND and noun.lower_ in DOZENS)):
            return True
    return False
