"""What the words above a predicate do to it: who really acts, and whether it happened at all.

"Tokayev said that he has ordered the troops to fire": the firing is Tokayev's (order), reported
(speech). "China is willing to provide support": an intent (03x). "Obama said he would not provide
support": a refusal (12x). "Russia could attack": nothing happened (drop).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from tidings.events.findings import JUDGING
from tidings.events.modality import Governor, governor_for
from tidings.events.patterns import word_class
from tidings.nlp import syntax

SPECULATIVE = frozenset({"could", "might", "may"})
# obligation: dropped when the text itself says it ("Russia must withdraw" is an opinion), a demand
# when a speaker is reported saying it ("Britain said Russia must withdraw": Britain demands)
OBLIGATION = frozenset({"must", "should", "ought"})
FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})
RELATIVE = frozenset({"who", "that", "which", "whom"})
# subordinate clauses that do not assert their event: conditions ("if", "unless") and events that
# have not yet happened ("before they demobilise", "until their demands are met")
CONDITIONAL = frozenset({"if", "unless", "whether", "until", "till", "before", "once", "lest",
                         "since"})  # "since the war began": background to a summary
# those of them that tell of a past act in the past tense ("before police *arrested* him", "until
# troops *withdrew*"): it happened
TOLD_WHEN_PAST = frozenset({"before", "until", "till"})
# the units an anniversary counts in: "30 *years* since"
PERIODS = frozenset({"day", "week", "month", "year", "decade", "century"})

# particles that make a phrasal verb mean something else than the verb: "pushed *back*" the talks
# is no pushing for them
OTHER_VERB_PARTICLES = frozenset({"back", "off", "aside", "away"})


@dataclass(slots=True)
class Governance:
    """The outcome of walking up from a predicate through the words that govern it."""

    kinds: list[str] = field(default_factory=list)  # innermost first: ["intent"], ["order"], ...
    doers: list[Token] = field(default_factory=list)  # who acts, after control and orders
    addressee: list[Token] = field(default_factory=list)  # the one urged or asked, if any
    negated: bool = False
    future: bool = False
    obliged: bool = False  # must/should/ought in reported speech
    noun_host: Token | None = None  # the noun whose clause the predicate is ("the offer *to host*")
    dropped: str | None = None  # why the event did not happen, when it did not
    joint: bool = False  # the intent's clause names its parties together ("troops of both sides")
    governors: list[str] = field(default_factory=list)  # the governing words, for --explain


# protesting words and the prepositions of what they protest ("rallied *against* the plan to ...")
PROTESTING = word_class("@protest") | {"demonstrate"}  # (the class has march, rally, protest, strike)
PROTESTED_PREPS = frozenset({"against", "over", "at"})
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves"})


def _no_object(verb: Token) -> bool:
    """No object, or only a reflexive one ("committed *itself* to hold talks")."""
    obj = syntax.object_of(verb)
    return obj is None or obj.lower_ in REFLEXIVES


def governor_of(tok: Token) -> Governor | None:
    """The modality row of ``tok`` if it governs another event here."""
    has_obj = syntax.object_of(tok) is not None
    has_comp = any(c.dep_ in {"xcomp", "ccomp"} or c.dep_ == "advcl" and syntax.to_infinitive(c)
                   for c in tok.children)  # ("committed on Thursday *to release*": read as a purpose)
    preps = {p for p, _ in syntax.prep_objects(tok)}
    particle = syntax.particle_of(tok) or next((c.lower_ for c in tok.children if c.dep_ == "advmod" and
                                               c.i == tok.i + 1 and c.lower_ in OTHER_VERB_PARTICLES), None)
    if particle:  # "pushed back", "put off": a phrasal verb is a verb of its own
        found = governor_for(f"{tok.lemma_.lower()} {particle}", tok.pos_, has_obj, has_comp, preps)
        if found is not None or particle in OTHER_VERB_PARTICLES:
            return found
    return governor_for(tok.lemma_.lower(), tok.pos_, has_obj, has_comp, preps)


def noun_governor(noun: Token) -> Governor | None:
    """The modality row of a noun that governs its clause ("the offer *to host*", "calls *to
    free* her"), if any."""
    return governor_for(noun.lemma_.lower(), "NOUN", False, True, set())


def gerund_complement(node: Token, gov: Token) -> bool:
    """A gerund the parser hung on a governing verb as an adverbial clause or object is its
    complement when nothing but a particle, adverbs and a date stands between them ("ruled out on
    Monday *sending* Taurus missiles"); after a comma or a phrase it is a clause of its own
    ("refused, *saying* ...", "went on strike *demanding* higher wages")."""
    if node.tag_ != "VBG" or node.dep_ not in {"advcl", "dobj"} or node.i < gov.i or \
            syntax.subject_of(node) is not None or governor_of(gov) is None:
        return False
    if any(c.dep_ in syntax.OBJECTS and c.i != node.i for c in gov.children):
        return False
    return all(t.dep_ in {"prt", "advmod", "neg"} or t.ent_type_ in {"DATE", "TIME"} or
               t.dep_ == "prep" and any(c.ent_type_ in {"DATE", "TIME"} for c in t.children)
               for t in node.doc[gov.i + 1:node.i])  # (only a particle, adverbs and a date between)


def is_purpose(verb: Token) -> bool:
    """A purpose infinitive: "shot *to suppress* them" — done by whoever does its head."""
    return verb.dep_ == "advcl" and syntax.to_infinitive(verb)


def doers(verb: Token) -> list[Token]:
    """Who performs ``verb``: its subject, or the controller of a subjectless verb."""
    if syntax.is_passive(verb):
        agent = syntax.agent_of(verb)
        return [agent] if agent is not None else []
    subj = syntax.subject_of(verb)
    if subj is not None:
        if subj.lower_ in RELATIVE and verb.dep_ == "relcl":
            return [syntax.antecedent(verb)]
        return [subj]
    head = verb.head
    if head.i == verb.i:
        return []
    if syntax.first_to_act(verb):
        return doers(head.head)  # "Sudan became the first country *to recognise* ...": Sudan
    if (verb.dep_ == "conj" or is_purpose(verb)) and head.pos_ in {"VERB", "AUX"}:
        return doers(head)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and \
            head.head.pos_ in {"VERB", "AUX"}:
        return doers(head.head)  # "the ministry said *after summoning* the ambassador"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ in {"VERB", "AUX"} and \
            not any(c.dep_ == "mark" for c in verb.children):
        return doers(head)  # "the Kremlin rejected the plan, *saying* ...": the Kremlin says it
    if verb.dep_ in {"xcomp", "ccomp"}:
        row = governor_of(head)
        if row is not None and row.controller == "obj":
            obj = syntax.object_of(head)
            return [obj] if obj is not None else []
        if row is not None and row.controller not in {"subj", "comp", "obj"}:
            objs = [o for p, o in syntax.prep_objects(head) if p == row.controller]
            if objs:
                return objs
        if head.pos_ == "ADJ" and head.dep_ in {"acomp", "amod"}:
            return doers(head.head) if head.dep_ == "acomp" else [head.head]
        patient = syntax.passive_subject_of(head)
        if patient is not None and syntax.agent_of(head) is None:
            return [patient]  # "Modi is scheduled to meet Putin", "X was forced to withdraw"
        return doers(head)
    if is_document(verb):
        return owner(head)  # "adopted a resolution condemning ...": the adopter condemns
    if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"}:
        if verb.tag_ == "VBN":  # "soldiers killed in the ambush": the noun undergoes it
            agent = syntax.agent_of(verb)
            return [agent] if agent is not None else []
        return [head]
    return []


def govern(pred: Token) -> Governance:
    """Walk from ``pred`` (a verb, or the verb hosting an event noun) up through its governors."""
    g = Governance()
    _modals(pred, g)
    if syntax.is_negated(pred):
        g.negated = True
    if any(_conditional(t) for t in [pred, *syntax.governing_chain(pred)]):
        g.dropped = "conditional"  # inside an "if"/"unless"/"until" clause, however deep
    if is_subjunctive(pred) and syntax.speech_head(pred) is not None and governor_of(pred.head) is None:
        g.obliged = True  # "X reiterated that Israel ease restrictions": a demand, not an act
    g.doers = doers(pred)
    node = pred
    while node.head.i != node.i:
        gov = node.head
        # "sworn to fight" parsed as a purpose clause of a governing word is its complement
        complement = is_purpose(node) and governor_of(gov) is not None and \
            _no_object(gov) and not any(c.dep_ in {"xcomp", "ccomp"} for c in gov.children)
        complement = complement or gerund_complement(node, gov)
        if _after_phrase(node):
            gov = gov.head  # "would give his reaction *after studying* it": the verb's, through "after"
        called = asked_object(gov) if is_purpose(node) else None
        if called is not None:  # "renewed its call on Washington *to lift* the sanctions": the
            _noun_governor(called, node, g)  # infinitive hangs on the verb, but is what the call asks
            g.addressee = g.addressee or [o for _, o in syntax.prep_objects(called, {"on", "to"})]
            break
        if is_purpose(node) and gov.pos_ == "NOUN" and noun_governor(gov) is not None:
            _noun_governor(gov, node, g)  # "faced calls from ASEAN *to free* her": the call's
            break  # infinitive, which the parser reads as a purpose clause
        if node.dep_ == "conj" or (is_purpose(node) and not complement) or _when_clause(node) or \
                _after_phrase(node):
            _modals(gov, g)  # "will visit A and meet B": both are intents
            node = gov  # coordinated verbs, purpose clauses and "when" clauses share their
            continue  # governors ("are expected to agree a cut *when they meet*": a forecast)
        if syntax.first_to_act(node):
            break  # "became the first country *to recognise*": the subject's own act
        if gov.pos_ in {"NOUN", "PROPN"} and is_clause(node) and (node.dep_ in {"acl", "ccomp"} or (
                node.dep_ == "relcl" and syntax.subject_of(node) is None)):  # "the delegation to visit"
            _noun_governor(gov, node, g)  # "the offer to host", "the demand that Israel ease"
            break
        if node.dep_ not in {"xcomp", "ccomp"} and not complement:
            break
        row = governor_of(gov)
        if row is None:
            break
        g.kinds.append(row.kind)
        g.governors.append(f"{gov.text} ({row.kind})")
        if row.kind == "drop" or syntax.not_yet(gov):
            g.dropped = f"'{gov.text}' ({row.kind})"
        if row.kind in {"appeal", "demand"} and (row.controller != "subj" or node.dep_ == "ccomp"):
            g.addressee = doers(node)  # "urged Iran to ...", "demanded that Iran ..."
        if row.kind == "intent" and node.dep_ == "ccomp" and _both_sides(syntax.subject_of(node)):
            g.doers, g.joint = doers(gov), True  # "A and B agreed that *troops of both sides* should
            # pull back": the act the agreeing parties commit to
        if row.kind == "intent" and gov.lemma_.lower() in PROPOSING and not g.addressee:
            g.addressee = [o for _, o in syntax.prep_objects(gov, {"to"}) if o.pos_ in {"PROPN", "NOUN"}]
            # "proposed *to North Korea* to hold talks": the one the offer is made to
        if syntax.is_negated(gov):
            g.negated = g.negated or row.kind not in {"reject"}
            if row.kind == "reject":
                g.dropped = f"negated refusal '{gov.text}'"
        _modals(gov, g)
        if _conditional(gov):
            g.dropped = "conditional"
        host = gov.head if gov.pos_ == "ADJ" and gov.dep_ == "acomp" else gov
        if row.kind in {"order", "appeal", "demand"}:
            g.doers = doers(host)  # the one who orders or asks is the source
        _modals(host, g)
        if syntax.is_negated(host) and host is not gov:
            g.negated = True
        node = host
    return g


def _both_sides(subj: Token | None) -> bool:
    """A subject that names the governor's parties together: "both sides", "the two sides",
    "troops of both sides", "each side's forces"."""
    return subj is not None and any(
        t.lower_ in {"both", "each"} or (t.lower_ == "two" and t.head.lemma_.lower() in {"side", "party"})
        for t in subj.subtree)


# verbs of an offer made to another party ("proposed to Pyongyang to hold talks")
PROPOSING = frozenset({"propose", "offer", "suggest"})
# verbs whose subject is the one a call or demand is made of: "Myanmar *faced* calls to free her"
RECEIVING = frozenset({"face", "receive", "get", "hear"})


def is_document(verb: Token) -> bool:
    """A participle describing what a text does: "a resolution *condemning* the attacks"."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in syntax.DOCUMENTS


def is_existential(noun: Token) -> bool:
    """The noun a "there is/were" asserts: "There were ten soldiers killed" (its participle is
    the event, not a description)."""
    head = noun.head
    return noun.dep_ in {"attr", "nsubj"} and head.lemma_ == "be" and \
        any(c.dep_ == "expl" for c in head.children)


def is_subjunctive(verb: Token) -> bool:
    """A bare verb with its own subject and no auxiliary in a that-clause: "(demanded) that the US
    *cancel* ...". English uses it for what someone wants done, not for what happened."""
    return verb.dep_ == "ccomp" and verb.tag_ == "VB" and syntax.subject_of(verb) is not None and \
        not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def is_clause(verb: Token) -> bool:
    """An infinitive or a that-clause: "(offer) *to host*", "(demand) *that Israel ease*"."""
    return any(c.dep_ in {"aux", "mark"} and c.lower_ in {"to", "that"} for c in verb.children) or \
        syntax.subject_of(verb) is not None


def owner(noun: Token) -> list[Token]:
    """Whose offer, plan or demand: a possessor, by/from phrase or country adjective (the noun
    itself is returned and the actor found inside it), else the doer of the verb that makes it."""
    pronoun_owner = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    if noun.dep_ in syntax.OBJECTS and noun.head.pos_ in {"VERB", "AUX"} and pronoun_owner:
        return doers(noun.head)  # "X reiterated its demand that ...": X's
    if any(c.dep_ in {"poss", "amod", "compound"} for c in noun.lefts) or \
            any(True for _ in syntax.prep_objects(noun, {"by", "from"})):
        return [noun]
    if noun.dep_ in syntax.OBJECTS and noun.head.pos_ in {"VERB", "AUX"}:
        return doers(noun.head)
    return []


def _noun_governor(noun: Token, clause: Token, g: Governance) -> None:
    row = noun_governor(noun)
    if row is None or row.kind == "drop":
        g.dropped = f"'{noun.text}' + clause is not an act"  # "the right to fire"
        return
    if syntax.is_negated(noun):
        g.dropped = f"negated '{noun.text}'"  # "has no plans to invade": a denial, not an act
        return
    if noun.dep_ == "pobj" and noun.head.lower_ in PROTESTED_PREPS and \
            noun.head.head.lemma_.lower() in PROTESTING:
        g.dropped = f"'{noun.text}' protested"  # "marched *against the government's plan* to curb the
        return  # court's powers": what a protest is against, not an act of its own
    above = governor_of(noun.head) if noun.dep_ in syntax.OBJECTS else None
    if above is not None and above.kind == "drop":
        g.dropped = f"'{noun.head.text} {noun.text}'"  # "denies any plan to attack Ukraine": the plan
        return  # denied, like the act in "denied attacking"
    g.noun_host = noun
    g.governors.append(f"{noun.text} ({row.kind})")
    if row.kind in {"same", "occur"}:
        g.doers = g.doers or owner(noun)
        return
    g.kinds.append(row.kind)
    if row.kind in {"appeal", "demand"}:
        g.addressee = doers(clause) if syntax.subject_of(clause) is not None else []
        if not g.addressee and noun.dep_ in syntax.OBJECTS and noun.head.lemma_.lower() in RECEIVING:
            g.addressee = doers(noun.head)  # "Myanmar *faced* calls from ASEAN to free her"
        g.doers = owner(noun)
    elif not g.doers:
        g.doers = owner(noun)


def asked_object(verb: Token) -> Token | None:
    """The object of a verb when it is a noun of asking or demanding ("renewed *its call*",
    "repeated *his demand*"), whose infinitive the parser hangs on the verb."""
    obj = syntax.object_of(verb)
    if obj is None or obj.pos_ != "NOUN" or any(c.dep_ in {"acl", "relcl"} for c in obj.children):
        return None
    row = noun_governor(obj)
    return obj if row is not None and row.kind in {"appeal", "demand"} else None


def _modals(tok: Token, g: Governance) -> None:
    auxes = syntax.aux_lemmas(tok)
    if auxes & OBLIGATION:
        if syntax.speech_head(tok) is not None:
            g.obliged = True
        elif not (tok.dep_ in {"ccomp", "xcomp"} and governor_of(tok.head) is not None):
            # an obligation the text itself states is an opinion; under "agreed that X should",
            # the governing word says what it is
            g.dropped = f"obligation '{sorted(auxes & OBLIGATION)[0]}'"
    if "can" in auxes and not syntax.is_negated(tok):
        g.dropped = "ability 'can'"  # "a practice that can turn a drive into an ordeal", "Iran can
        # enrich uranium": what one is able to do is not an act ("cannot accept" is a refusal)
    if auxes & SPECULATIVE and not (tok.lemma_.lower() in JUDGING and syntax.speech_head(tok) is not None):
        # (but "said the destruction *may constitute* a war crime" is the speaker's finding)
        row = governor_of(tok.head) if tok.dep_ == "ccomp" else None
        if row is None or row.kind != "threat":  # "warned that Moscow *could* strike": a threat
            g.dropped = f"speculative '{sorted(auxes & SPECULATIVE)[0]}'"
    if auxes & FUTURE or "to" in auxes and tok.tag_ == "VB" and _headline_infinitive(tok):
        g.future = True  # (a headline's "PM *to visit* Beijing" is its future)


def _headline_infinitive(tok: Token) -> bool:
    """"PM to visit Beijing", "France to pull troops out of Niger, Macron says": a headline's
    infinitive with its own subject, alone or before the attribution."""
    if tok.dep_ == "ROOT":
        return True
    return tok.dep_ == "ccomp" and tok.head.i > tok.i and syntax.speech_head(tok) is not None and \
        any(c.dep_ == "nsubj" for c in tok.children)


def _when_clause(tok: Token) -> bool:
    """A clause of the time its head happens in: "(will sign the deal) *when they meet*"."""
    return tok.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "once"}
                                       for c in tok.children)


def _after_phrase(tok: Token) -> bool:
    """An -ing phrase of time: "(would give his reaction) *after studying* the text"."""
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and \
        tok.head.lower_ in {"after", "before", "upon"} and tok.head.head.pos_ in {"VERB", "AUX"}


def _conditional(tok: Token) -> bool:
    if any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children) and any(
            c.dep_ == "npadvmod" and c.lemma_.lower() in PERIODS for c in tok.children):
        return True  # "30 years *since* 800,000 were killed": an anniversary of history
    if any(c.dep_ == "advmod" and c.lower_ == "otherwise" for c in tok.children) and \
            syntax.aux_lemmas(tok) & {"would", "will"}:
        return True  # "saying that *otherwise* they would recognise Guaido": what follows if not
    if tok.dep_ in {"ccomp", "pcomp"}:  # "it is unclear *whether* he will attend", "no decision *on
        # whether* the president would travel": an open question
        return any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in tok.children)
    if tok.dep_ != "advcl":
        return False
    if tok.head.lower_ == "long" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return True  # "*as long as* India keeps buying its crude": a condition
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if marks & TOLD_WHEN_PAST and not marks & (CONDITIONAL - TOLD_WHEN_PAST) and tok.tag_ == "VBD" and \
            not any(c.dep_ == "aux" for c in tok.children) and tok.head.tag_ in {"VBD", "VBN", "VBZ"} and \
            tok.head.dep_ != "xcomp":
        return False  # "that was *before Moscow expelled* 20 diplomats": it did, after (not "vowed to
        # keep up their walkout *until Milosevic resigned*": a condition told in the past tense)
    return bool(marks & CONDITIONAL)
