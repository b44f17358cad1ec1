"""Whether a clause reports a particular act that happened: news, not background, description,
habit, summary, hypothesis or the work of nature.

The coder asks :func:`not_reported_act` for every candidate before looking at governing words
(those are :mod:`tidings.events.govern`'s business) and :func:`is_history` once the event's date
is known. Each rule names the shape it drops and why.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from tidings.events.dyads import MEDIATORS, mediated_meeting, mediating_clause, reaction_clause
from tidings.events.patterns import word_class
from tidings.ingest.dateline import MONTHS
from tidings.nlp import syntax

# an event dated this long before the story is background, not news (PETRARCH's gold discards them)
BACKGROUND_DAYS = 180
# adverbs that make a present-tense verb a habit: "police *often* use tear gas"
FREQUENCY = word_class("@frequency")
BLAMING = word_class("@blaming")
WARS = word_class("@wars")
# time nouns that "every"/"each" turn into a habit: "meet *every year*"
PERIODS = word_class("@periods")
# lengths of time that put an "after" clause's act on an earlier day: "*a week* after gunmen attacked"
LAPSES = word_class("@lapses")
# what "last" dates an act to, a month or more back
SEASONS_PAST = word_class("@seasons_past")
CONDITIONS = frozenset({"if", "unless"})
POSSIBLE = frozenset({"can", "could", "may", "might"})
# what a group claims for an attack: the attack's relative clause is then news, not background
CLAIMED = frozenset({"responsibility", "credit"})
# verbs of telling someone something ("*informed* the Bundestag that ...")
TELLING = frozenset({"tell", "inform", "notify", "assure", "brief", "remind", "advise", "warn", "convince"})
# nouns of counted records: what they show is a count of many acts ("police *figures* show")
TALLIES = word_class("@tallies")
# the starts a "since" counts from in a tally of the past: "since *the start* of the year"
STARTS = frozenset({"start", "beginning", "outbreak", "onset"})
# events a tally counts from: "have been killed *since the disputed election*"
SINCE_EVENTS = word_class("@since_events")
# "have been battling insurgencies for more than a *decade*": a struggle of years, summed up
LONG_PERIODS = word_class("@long_periods")
# prepositions whose -ing clause tells an act, not the reason for one: "by placing", "after summoning"
ACTING_PREPS = frozenset({"by", "after", "before", "while", "upon"})
WINNING = word_class("@winning")
SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")
# verbs of winning and losing: with words of a game around them, sport, not violence
CONTEST_VERBS = word_class("@contest")
# nouns whose clause is what someone alleges or reports, not an asserted act: "denied reports that
# troops had crossed", "investigating allegations that soldiers executed prisoners"
HEARSAY_NOUNS = word_class("@hearsay")
RUMOURS = word_class("@rumours")
# plural nouns of charge that the parser may read as verbs ("..., *charges* US officials dismiss")
CHARGE_NOUNS = frozenset({"charges", "claims", "allegations", "accusations"})
# verbs that answer a charge by denying it
DENYING = word_class("@denying")
# verbs whose that-clause is alleged or denied, not asserted: "charged that the CIA's mining
# violated the law", "denied that its troops had crossed the border"
ALLEGING = word_class("@alleging")
# people whose views a present tense states as a standing opinion ("Critics accuse ...")
COMMENTATORS = word_class("@commentators")
# words for a share of a public, whose present tense tells an opinion held: "*many* Israelis blame ..."
PUBLIC_SHARES = frozenset({"many", "most", "some", "few", "more"})
# texts and measures that, in the present tense, say what a rule does, not what anyone did
STANDING = word_class("@standing")
SURVIVING = word_class("@surviving")
TRAVELLING = word_class("@travelling")
# verbs of protest, and of the gathering a protest is the purpose of ("gathered *to protest*")
PROTEST_VERBS = frozenset({"protest", "demonstrate", "march", "rally", "riot"})
# what crowds do in a protest, and the crowds that do it ("protesters *who stormed* parliament")
CROWD_ACTS = frozenset({"storm", "block", "occupy", "barricade", "burn", "torch", "loot", "ransack", "attack"})
CROWDS = word_class("@protest") | {"crowd", "mob", "supporter", "student", "youth"}
NUMBERS = word_class("@multitudes") | word_class("@dozens") | {"dozen", "ten", "tens", "score"}
TALKING = frozenset({"discuss", "talk", "exchange", "review", "consult", "address", "touch"})
GATHERING = frozenset({"gather", "assemble", "converge", "congregate", "take"})
# verbs of what is done to a deal that stands: kept, broken or carried out
KEEPING = frozenset({"break", "violate", "breach", "observe", "respect", "honour", "honor", "uphold", "implement",
                     "extend", "abandon", "undermine", "jeopardise", "jeopardize", "shatter", "wreck", "defy"})


def not_reported_act(host: Token, classes: dict[str, frozenset[str]]) -> str | None:
    """Why the clause of ``host`` reports no particular act (None when it does).

    ``classes`` are the noun classes of classes.tsv: ``@nonagent`` holds the nouns that are never
    doers of a political act (floods, earthquakes, disease), ``@sport`` the words of a game."""
    first = host
    while first.dep_ == "conj" and first.head.tag_ == "VBG" and first.head.i != first.i:
        first = first.head  # "..., opening fire on them *and killing* 30": the same elaboration
    if first.dep_ == "advcl" and first.tag_ == "VBG" and syntax.subject_of(first) is None and \
            host.tag_ == "VBG":
        head = first.head
        if (_present(head) or _present_perfect(head)) and _habitual(head):
            return "habit"  # "vessels *routinely* sail into the waters, *drawing* protests": the
            # elaboration of a habit is a habit, even where it tells an act of its own
        return "elaboration"  # "..., killing eight people": part of the main clause's event
    clause = first
    while clause.dep_ in {"xcomp", "conj"} and clause.head.i != clause.i:
        clause = clause.head  # ("when a man *tried to stab* him")
    if clause.dep_ == "advcl" and clause.head.lemma_.lower() in SURVIVING and \
            any(c.dep_ in {"mark", "advmod"} and c.lower_ == "when" for c in clause.children):
        return "elaboration"  # "survived an assassination attempt *when a gunman opened fire on his
        # car*": the attempt survived, told again
    if any(t.dep_ == "relcl" and not _where_clause(t) and not reaction_clause(t) and
           not _claimed_deed(t) and not mediating_clause(t) and not mediated_meeting(t) and
           not _protest_clause(t) and not _ongoing_visit(t) and not _travelling_subject(t) and
           not _during_clause(t) and not _claim_clause(t) and not _told_clause(t) and
           not syntax.first_to_act(t) for t in [host, *syntax.governing_chain(host)]):
        return "relative clause"  # "guerrillas, who overran the town last month, ...": background
    if _earlier(host):
        return "earlier act"  # "broke off relations, *five days after* a policewoman was shot":
        # told as the cause, days before the story's act
    if host.dep_ in {"csubj", "csubjpass"}:
        return "topic"  # "removing the sanctions is out of the question"
    if _hearsay(host):
        return "hearsay"  # "denied reports *that Vietnamese troops had crossed*", "charged *that
        # the mining violated* international law": what is alleged, denied or reported, not an act
    if _open_question(host):
        return "open question"  # "the junta *has not said when* it will hand power back": no act told
    if _kept_deal(host):
        return "earlier mediation"  # "breaking a truce *brokered by* the United States": the deal was
        # made before; the story's act is what is done to it
    reason = host
    while reason.dep_ in {"conj", "xcomp", "ccomp"} and reason.head.i != reason.i:
        reason = reason.head  # "praised X for *promising to cooperate*", "guilty of kidnapping
        # and *murdering*": what the reason's verb governs or is coordinated with is the reason too
        # ("accused of corruption and *aiding* a terrorist group")
    if (reason.dep_ == "pcomp" and reason.tag_ == "VBG" or  # (and a gerund joined to a noun there:
            reason.dep_ == "pobj" and host.tag_ == "VBG" and reason.i != host.i) and \
            reason.head.lower_ not in ACTING_PREPS and \
            not (reason.head.lower_ == "with" and syntax.subject_of(reason) is not None and
                 reason.lemma_ not in syntax.SPEECH_VERBS):
        # ("opened talks, *with Norway acting* as guarantor", "ended their hostility, *with Abiy and
        # Isaias signing* a declaration": an act of its own doer told beside the main act; but what
        # "*with* a spokesman *saying* ..." reports stays unasserted)
        return "reason"  # "criticised X for selling arms", "arrested for spying" (but "responded
        # *by placing* its forces on alert" is the act itself, and "said *after summoning* the
        # ambassador" tells another)
    doer = syntax.agent_of(host) if syntax.is_passive(host) else syntax.subject_of(host)
    if _doer_words(host, doer) & classes.get("@nonagent", frozenset()):
        return "no agent"  # "floods killed 100 people", "Cyclone Freddy killed", "an earthquake"
    if doer is None and syntax.is_passive(host) and _mishap(host, classes):
        return "no agent"  # "were killed in a helicopter crash", "were killed *when a bus skidded
        # off the road*": an accident or a disaster, no one's act
    if _sport(host, classes.get("@sport", frozenset())):
        return "sport"  # "Argentina beat France on penalties to win the World Cup"
    if host.lemma_.lower() in BLAMING and syntax.is_passive(host) and syntax.agent_of(host) is None and any(
            c.dep_ == "auxpass" and c.tag_ in {"VBP", "VBZ"} for c in host.children):
        return "standing accusation"  # "the Khmer Rouge *are blamed* for 1.7 million deaths", "he *is
        # accused* of ordering the massacre": what someone stands accused of, not a new accusation
    if _answered_charge(host):
        return "standing denial"  # "..., a charge Islamabad *denies*", "..., charges the Kremlin has
        # always *denied*": the answer a standing accusation always gets, not a new denial
    if host.tag_ == "VBZ" and doer is None and host.lower_ in CHARGE_NOUNS and host.dep_ != "conj" and \
            any(c.dep_ == "ccomp" and syntax.subject_of(c) is not None for c in host.children):
        return "noun"  # "..., *charges* US officials dismiss as absurd": a plural noun read as a verb
    if host.tag_ in {"VBP", "VBZ"} and doer is not None and doer.lemma_.lower() in STANDING:
        return "standing rule"  # "the law allows police to detain", "the sanctions target banks"
    top = host
    while (top.dep_ in {"conj", "xcomp"} or top.dep_ == "advcl" and syntax.to_infinitive(top)) and \
            top.head.i != top.i:
        top = top.head  # (the clause a joined or completing verb belongs to)
    bound = "would" in syntax.aux_lemmas(host) | syntax.aux_lemmas(top) or host.dep_ == "xcomp" and \
        host.head.lemma_ == "be" and syntax.to_infinitive(host)  # ("*were to hand over* their weapons")
    texts = [d for d in (doer, syntax.subject_of(top)) if d is not None and d.lemma_.lower() in STANDING]
    if bound and _own_voice(top) and (texts or _under_text(host)):
        return "provision"  # "the proposed pact *would set up* a joint commission", "*under the draft
        # accord*, Kazakhstan and Mongolia *would open* consulates": what a text would do
    if host.tag_ == "VBP" and doer is not None and doer.lemma_.lower() in COMMENTATORS and \
            not any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in doer.children):
        return "generic"  # "Critics accuse the ruling party of ...": an opinion held, not an act
    if host.tag_ == "VBP" and doer is not None and doer.tag_ in {"NNS", "NNPS"} and \
            any(c.dep_ == "amod" and c.lower_ in PUBLIC_SHARES for c in doer.children):
        return "generic"  # "*many Israelis* blame Netanyahu", "most Americans support ...": a public's mood
    listed = _listed_with(host)  # (a list of acts shares its first verb's tense and "since": "since the coup in
    # 2021, the junta has jailed thousands, *shut down* newspapers and *expelled* reporters")
    perfect = any(_present_perfect(h) for h in listed) or host.dep_ == "conj" and _present_perfect(host.head)
    doer_words = _doer_words(host, doer) | (  # (and of a coordinated verb: "has killed ... and *forced*")
        _doer_words(host.head, syntax.subject_of(host.head)) if host.dep_ == "conj" else set())
    progressive = host.tag_ == "VBG" and {"have", "be"} <= {c.lemma_ for c in host.children if c.dep_ == "aux"}
    waged = {c.lemma_.lower() for c in host.children if c.dep_ in syntax.OBJECTS} & (WARS | {"campaign"})
    sinces = [c for h in listed for c in _since_phrases(h)]
    counted_back = perfect or any(_past_perfect(h) for h in listed) and bool(sinces)  # (also "30,035 people
    # *had been killed since* the war began")
    if counted_back and (any(_long_since(c) for c in sinces) or doer_words & WARS or waged or
                         doer is None and any(_since_month(c) for c in sinces) or
                         any(c.dep_ == "advmod" and c.lower_ == "since" for h in listed for c in h.children)) or \
            (perfect or progressive) and _for_years(host):
        return "summary"  # "have fought three wars since 1947", "have *since* waged an insurgency
        # against the government", "have been battling insurgencies for
        # more than a decade", "1,400 people have been killed since
        # the start of the year", "the war has killed 200,000 people": a tally of the past, not a new act
    if _tallied(host):
        return "statistics"  # "rebels have kidnapped 700 people since January, *police figures
        # show*": a count of many acts, not one
    governing = host.head if host.dep_ == "xcomp" or host.dep_ == "conj" and \
        syntax.subject_of(host) is None else host  # "has *repeatedly* threatened to use force",
    # "*regularly* extort money from villagers *and abduct* students"
    if any((_present(h) or _present_perfect(h) or _past_perfect(h)) and _habitual(h) for h in {host, governing}):
        return "habit"  # "the two leaders meet every year", "police often use tear gas", "every
        # year thousands of migrants *are detained*", "militants have often threatened to disrupt
        # it", "China *had always opposed* unilateral sanctions"
    chain = [host, *syntax.governing_chain(host)]
    if _own_voice(host) and {"would", "have"} <= syntax.aux_lemmas(host) or any(
            _inverted_condition(c) and c.i < h.i for h in chain for c in h.children) or any(
            _inverted_condition(h) for h in chain):
        return "counterfactual"  # "(Had NATO not intervened,) Milosevic's forces *would have
        # driven out* the Albanians", "*Had the army tried to storm* the camp, ...": what did not
        # happen
    if host.dep_ == "xcomp" and host.head.lemma_.lower() == "use" and (
            host.head.tag_ == "VBD" and syntax.object_of(host.head) is None and
            not syntax.is_passive(host.head) or syntax.aux_lemmas(host.head) & POSSIBLE):
        return "use"  # "the rebels *used to control* the town", "most of the aid *used to fight*
        # traffickers", "the law *could be used to silence* the media": a past habit or a use,
        # not an act
    clause = host.head.head if host.dep_ == "xcomp" and host.head.lemma_.lower() == "able" and \
        host.head.dep_ == "acomp" else host  # "(If ...,) Tajikistan *will be able to export*"
    if _own_voice(clause) and syntax.aux_lemmas(clause) & {"will", "would"} and any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)
            for c in clause.children):
        # "the rebels will lay down their arms only if ...": a hypothesis in the text's own voice
        # (under "warned" or "said" the governing word decides what it is)
        return "conditional"
    return None


def _answered_charge(host: Token) -> bool:
    """A denial in the present (or present perfect) of a charge noun set in apposition after the
    accusation: "..., a charge Islamabad denies", "..., charges the Kremlin has always denied"."""
    if host.lemma_.lower() not in DENYING or not (_present(host) or _present_perfect(host)):
        return False
    obj, subject = syntax.object_of(host), syntax.subject_of(host)
    if obj is not None and subject is not None and obj.i < subject.i and obj.lemma_.lower() in HEARSAY_NOUNS:
        return True  # the charge fronted before its denier
    head = host.head
    return host.dep_ in {"ccomp", "relcl"} and head.i < host.i and \
        head.lower_ in CHARGE_NOUNS | HEARSAY_NOUNS and syntax.subject_of(head) is None


def _inverted_condition(clause: Token) -> bool:
    """A condition told by inversion: "*Had* NATO not intervened, ...", "*Should* the talks
    collapse, ...", "*Were* the army to attack, ..." (an adverbial clause that opens with "had",
    "should" or "were" before its subject)."""
    subject = syntax.subject_of(clause)
    first = clause.left_edge
    if clause.dep_ != "advcl" or first.lower_ not in {"had", "should", "were"} or \
            first.head.i != clause.i and first.i != clause.i:  # (or the inverted verb heads it: "*Were*
        return False  # Beijing to blockade Taiwan")
    if subject is not None:
        return subject.i > first.i
    # (the parser may read the subject as a compound of the verb: "Should the *talks* collapse")
    return any(t.pos_ in {"NOUN", "PROPN"} for t in clause.doc[first.i + 1:clause.i])


def _own_voice(host: Token) -> bool:
    """The text's own clause, or one it reports from commentators ("..., the United States would
    respond with force, *analysts say*"): a forecast, not an actor's threat or promise."""
    if host.dep_ == "ROOT":
        return True
    if host.dep_ != "ccomp" or host.head.i == host.i:
        return False
    speaker = syntax.subject_of(host.head)
    return speaker is not None and speaker.lemma_.lower() in COMMENTATORS


def _hearsay(host: Token) -> bool:
    """True when ``host`` heads the content of a report, allegation or rumour ("reports that ...",
    "allegations that ..."), or of an accusation verb ("charged that ...", "alleged that ...")."""
    clause = host
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in {"ccomp", "acl", "relcl"} and not (clause.dep_ == "advcl" and syntax.that_marked(clause)):
        return False
    head = clause.head
    if head.pos_ in {"NOUN", "PROPN"}:
        return head.lemma_.lower() in HEARSAY_NOUNS and clause.dep_ != "relcl"
    if clause.dep_ != "ccomp":
        return False
    subject = syntax.subject_of(head)
    if subject is not None and subject.lemma_.lower() in RUMOURS:
        return True  # "*rumours* swept Caracas *that* Maduro had ordered ...": the parser hangs the
        # rumour's content on the verb
    objects = [c for c in head.children if c.dep_ in syntax.OBJECTS]  # "denied reports ... that"
    return head.lemma_.lower() in ALLEGING or any(o.lemma_.lower() in HEARSAY_NOUNS for o in objects) \
        or _after_hearsay_noun(clause)


def _after_hearsay_noun(clause: Token) -> bool:
    """True when the that-clause follows a report or allegation, with at most a time phrase
    between ("investigating reports *on Monday* that ..."), whatever head the parser gave it."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None:
        return False
    for tok in reversed(clause.doc[max(0, mark.i - 4):mark.i]):
        if tok.ent_type_ in {"DATE", "TIME"} or tok.dep_ == "prep" or tok.is_punct:
            continue  # "on Monday", ","
        return tok.lemma_.lower() in HEARSAY_NOUNS and tok.pos_ == "NOUN"
    return False


def _earlier(host: Token) -> bool:
    """True for an act in an "after" or "since" clause measured a day or more back ("two weeks
    after", "a day after"); "hours after" and a bare "after" may be the latest news."""
    clause = host
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"after", "since"}
                                      for c in clause.children):
        measures = list(clause.children) + [  # (the parser may hang "two weeks" on "after")
            g for c in clause.children if c.dep_ == "mark" for g in c.children]
    elif clause.dep_ == "pcomp" and clause.head.lower_ in {"after", "since"}:
        measures = list(clause.children) + list(clause.head.children)  # "two weeks after launching"
    else:
        return False
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in LAPSES for c in measures) or any(
        c.dep_ in {"npadvmod", "advmod"} and c.lemma_.lower() in SEASONS_PAST and
        any(d.lower_ == "last" for d in c.children) for c in clause.children)  # ("after Azerbaijan
    # regained control of the region *last autumn*")


def told_earlier(host: Token, date_token: int, when: date, published: date | None) -> bool:
    """True for an act in a subordinate clause ("after ...", "as ...", "which ...") dated by its
    own words a day or more before the story: the cause or background of the news."""
    if published is None or (published - when).days < 1:
        return False
    clause = host
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ in {"advcl", "relcl", "pcomp"} and not _claimed_deed(clause) and \
        not _told_clause(clause) and clause.left_edge.i <= date_token <= clause.right_edge.i


def _claimed_deed(relcl: Token) -> bool:
    """"claimed responsibility for a suicide bombing *that killed 22 people*", "for an attack on a
    convoy *that killed five soldiers*": the clause tells the claimed attack itself, the news the
    claim is about."""
    noun = relcl.head
    for _ in range(3):
        if noun.dep_ != "pobj":
            return False
        prep = noun.head
        if prep.lower_ == "for":
            break
        noun = prep.head  # (the clause hangs on the attack's target: "an attack on a convoy *that*")
    else:
        return False
    claim = prep.head  # "responsibility for", or "claimed responsibility on Friday for"
    return claim.lemma_.lower() in CLAIMED or any(
        c.dep_ in syntax.OBJECTS and c.lemma_.lower() in CLAIMED for c in claim.children)


def _told_clause(relcl: Token) -> bool:
    """"informed the Bundestag *that Germany had delivered* tanks": a that-clause of what is told,
    which the parser hangs on the one told as if it were a relative clause ("that" is then no
    pronoun of the clause but its mark, and the clause has a subject of its own)."""
    told = relcl.head
    return told.dep_ in {"dobj", "dative"} and told.head.lemma_.lower() in TELLING and \
        syntax.that_marked(relcl) and syntax.subject_of(relcl) is not None


def _claim_clause(relcl: Token) -> bool:
    """"the bombing, *for which the Islamic State claimed responsibility*": a claim told in a relative
    clause on the attack is news of the story, not background; so is a blame told in the past tense
    on the one blamed ("targeted Fuad Shukr, *whom it blamed* for a rocket attack")."""
    if relcl.lemma_.lower() in BLAMING and relcl.tag_ == "VBD" and \
            any(c.dep_ in syntax.OBJECTS and c.tag_ == "WP" for c in relcl.children):
        return True  # (not "whom Nairobi *blames* for the kidnappings": a standing charge)
    if relcl.lemma_.lower() != "claim":
        return False
    kids = list(relcl.children)
    if any(c.dep_ in syntax.OBJECTS and c.tag_ == "WDT" for c in kids):
        return True  # "an attack *which* the group claimed"
    return any(c.dep_ in syntax.OBJECTS and c.lemma_.lower() in CLAIMED for c in kids) and any(
        c.dep_ == "prep" and any(g.tag_ == "WDT" for g in c.children) for c in kids)


def _protest_clause(relcl: Token) -> bool:
    """"detained dozens of demonstrators *who protested* against the result", "dispersed supporters
    *who gathered* in Dakar *to protest*": the protest is the news the crackdown answers, as our gold
    sets code it (5 of 6 such clauses), not a description of the crowd."""
    crowd = relcl.head
    if crowd.lemma_.lower() in NUMBERS:  # ("thousands *of protesters* who stormed ...")
        crowd = next((o for _, o in syntax.prep_objects(crowd, {"of"})), crowd)
    if relcl.lemma_.lower() in CROWD_ACTS and crowd.lemma_.lower() in CROWDS and \
            "had" not in syntax.aux_lemmas(relcl):
        return True  # "fired tear gas at protesters *who stormed* parliament" (not "bowing to students
        # *who had occupied* parliament": told as what came before)
    return relcl.lemma_.lower() in PROTEST_VERBS or relcl.lemma_.lower() in GATHERING and any(
        c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in PROTEST_VERBS and syntax.to_infinitive(c)
        for c in relcl.children)


def _during_clause(relcl: Token) -> bool:
    """"received a phone call from his counterpart, *during which* Shoukry called for a ceasefire":
    what was done in the call or meeting just told is news too (but "during which the two sides
    *discussed* Ukraine" is the call itself)."""
    return relcl.lemma_.lower() not in TALKING and any(
        c.dep_ == "prep" and c.lower_ == "during" and any(g.lower_ == "which" for g in c.children)
        for c in relcl.children)


def _ongoing_visit(relcl: Token) -> bool:
    """"held talks with the president, *who is visiting* Tokyo": a visit going on as the story's act
    happens is part of the news."""
    return relcl.lemma_.lower() == "visit" and relcl.tag_ == "VBG" and \
        any(c.dep_ == "aux" and c.lemma_ == "be" for c in relcl.children)


def _travelling_subject(relcl: Token) -> bool:
    """"Chancellor Scholz, *who travelled to Beijing on Friday*, asked Xi ...": the trip of the one
    whose act the sentence tells, set off on its subject, is the visit the act happens on."""
    return relcl.lemma_.lower() in TRAVELLING and relcl.head.dep_ in {"nsubj", "nsubjpass"} and \
        relcl.head.head.pos_ in {"VERB", "AUX"} and relcl.i > relcl.head.i and \
        relcl.doc[relcl.left_edge.i - 1].text == ","


def _under_text(host: Token) -> bool:
    """The clause, or one it is joined to or completes, is set "under" a text ("*Under the deal*,
    Tigrayan forces were to hand over their weapons, and federal troops would take control")."""
    node = host
    for _ in range(4):
        if any(c.dep_ == "prep" and c.lower_ == "under" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in STANDING for g in c.children) for c in node.children):
            return True
        if node.dep_ not in {"conj", "xcomp"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _kept_deal(host: Token) -> bool:
    """A participle of mediation on a deal that the sentence's verb keeps, breaks or carries out
    ("breaking a truce *brokered by* the US", "began observing a ceasefire *mediated by* France"):
    the deal stands already (not "agreed to a ceasefire brokered by Egypt": made that day)."""
    deal = host.head
    return host.dep_ == "acl" and host.tag_ == "VBN" and host.lemma_.lower() in MEDIATORS and \
        deal.dep_ in syntax.OBJECTS and deal.head.lemma_.lower() in KEEPING


def _open_question(host: Token) -> bool:
    """A when-, whether- or how-clause under a speech verb that is negated or declined ("has not
    said when it will hand power back", "declined to say whether it would release them"): a
    question left open, not an act."""
    clause = host
    while clause.dep_ in {"conj", "xcomp"} and clause.head.i != clause.i:
        clause = clause.head
    head = clause.head
    unsaid = syntax.is_negated(head) or head.dep_ == "xcomp" and head.head.lemma_.lower() in {"decline", "refuse"}
    told = clause.dep_ == "ccomp" or clause.dep_ == "advcl" and bool(  # (the parser may hang "when it
        syntax.aux_lemmas(clause) & {"will", "would"})  # will ..." as an adverbial clause)
    return told and head.lemma_.lower() in syntax.SPEECH_VERBS and unsaid and any(
        c.dep_ == "mark" and c.lower_ in {"whether", "if"} or
        c.dep_ == "advmod" and c.lower_ in {"when", "how", "where", "why"} for c in clause.children)


def _where_clause(relcl: Token) -> bool:
    """"travelled to Kyiv, *where he met Zelensky*", "received Petro at the palace, *where the two
    leaders signed* a memorandum": a clause on a place the story's actors went to goes on with the
    news; other relative clauses describe their noun (background)."""
    subject = syntax.subject_of(relcl)
    return subject is not None and (subject.pos_ == "PRON" or subject.lower_ == "two" or any(
        c.lower_ in {"two", "both"} and c.dep_ in {"nummod", "det", "predet"} for c in subject.children)) and \
        any(c.dep_ == "advmod" and c.lower_ == "where" for c in relcl.children)


def _sport(verb: Token, sport_words: frozenset[str]) -> bool:
    """A verb of winning or losing that the words of a game hang on: a score ("beat Spain 3-1"),
    "on penalties", "in the final", "to win the cup". Not "beat protesters after the match"."""
    if verb.lemma_.lower() not in CONTEST_VERBS:
        return False
    for child in verb.children:
        if child.dep_ in {"advcl", "xcomp"} and child.lemma_.lower() in WINNING:
            return True
        if SCORE.fullmatch(child.text):
            return True
    return any(obj.lemma_.lower() in sport_words or " ".join(
        [c.lemma_.lower() for c in obj.lefts if c.dep_ == "compound"] + [obj.lemma_.lower()])
        in sport_words for _, obj in syntax.prep_objects(verb, {"on", "in"}))


def _mishap(host: Token, classes: dict[str, frozenset[str]]) -> bool:
    """The harm told happened in an accident or a disaster: an "in" phrase naming one, or a "when"
    clause in which a vehicle or a building skids, capsizes, crashes or collapses."""
    accidents, mishaps = classes.get("@accidents", frozenset()), classes.get("@mishaps", frozenset())
    if any(obj.lemma_.lower() in accidents for _, obj in syntax.prep_objects(host, {"in"})):
        return True
    return any(c.dep_ == "advcl" and c.lemma_.lower() in mishaps and any(
        m.dep_ == "advmod" and m.lower_ == "when" for m in c.children)
        for verb in (host, *host.conjuncts) for c in verb.children)  # ("were killed and 23 *injured when* ...")


def _doer_words(host: Token, doer: Token | None) -> set[str]:
    """The lemmas of the doer's head and its compounds, for every subject the parser gave the verb
    ("A magnitude 6.8 *earthquake* struck": two subjects)."""
    doers = [doer] if doer is not None else []
    if not syntax.is_passive(host):
        doers += [c for c in host.children if c.dep_ in {"nsubj", "nsubjpass"} and c is not doer]
    words = set()
    for d in doers:
        words.add(d.lemma_.lower())
        words.update(c.lemma_.lower() for c in d.children if c.dep_ == "compound")
    return words


def _listed_with(verb: Token) -> list[Token]:
    """``verb`` and the verbs before it in a list of acts with one subject ("jailed thousands, shut
    down newspapers and *expelled* reporters"), nearest first."""
    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head.pos_ in {"VERB", "AUX"} and \
            syntax.subject_of(chain[-1]) is None and len(chain) < 6:
        chain.append(chain[-1].head)
    return chain


def _since_phrases(verb: Token) -> list[Token]:
    """The "since" phrases of a verb: "since 1947", or a clause ("*since it broke out in 1983*",
    given by its verb)."""
    if any(m.tag_ == "JJS" or m.lower_ == "first" for o in verb.children if o.dep_ in syntax.OBJECTS
           for m in o.lefts):
        return []  # "have completed *the biggest* prisoner swap since the Cold War": a comparison,
        # not how long the act has gone on
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "since"] + \
        [c for c in verb.children if c.dep_ == "advcl" and
         any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)]


def _for_years(verb: Token) -> bool:
    """A "for" phrase of years or decades: "have been battling insurgencies *for more than a
    decade*" (not "for three days", which is still news)."""
    heads = [verb] + [c for o in verb.children if o.dep_ in syntax.OBJECTS for c in o.children if c.dep_ == "acl"]
    # (the parser may hang the phrase on a participle of the object: "insurgencies linked to
    # al-Qaeda *for more than a decade*")
    return any(o.lemma_.lower() in LONG_PERIODS for h in heads for _, o in syntax.prep_objects(h, {"for"}))


def _long_since(since: Token) -> bool:
    """A "since" phrase that reaches back a long way: a year ("since 1947"), a past act told as a
    clause ("since gaining independence") or the start of a period ("since the start of the
    year", "since the war began"); not "since Wednesday" or "since last July", which still make
    news."""
    words = list(since.subtree)
    return any(t.like_num and len(t.text) == 4 and t.text[:2] in {"19", "20"} for t in words) or \
        any(c.dep_ == "pcomp" for c in since.children) or \
        any(t.lemma_.lower() in STARTS for t in words) or \
        any(c.dep_ == "pobj" and c.lemma_.lower() in SINCE_EVENTS for c in since.children) or \
        any(c.dep_ == "nsubj" and c.lemma_.lower() in SINCE_EVENTS for c in since.children)
    # ("since the war began": a clause whose subject is such an event)


def _since_month(since: Token) -> bool:
    """"since January": the start of this year's count (not "since last July")."""
    return any(c.dep_ == "pobj" and c.lower_ in MONTHS and not any(m.lower_ == "last" for m in c.children)
               for c in since.children)


def _tallied(host: Token) -> bool:
    """True when the clause of ``host`` is what figures, statistics or a tally show or say, or is
    told "according to" them."""
    clause = host
    while clause.dep_ == "conj" and clause.head.i != clause.i and syntax.subject_of(clause) is None:
        clause = clause.head  # (not "..., according to estimates, *and* Russian forces began ...")
    subject = syntax.subject_of(clause)
    named = subject is not None and subject.pos_ == "PROPN"  # "*Russia* has massed 130,000 troops,
    # according to Western estimates": an estimate of one act's size, not a tally of many
    for prep in clause.children:  # "..., *according to United Nations figures*"
        if prep.dep_ == "prep" and prep.lower_ == "according" and any(
                t.dep_ == "pobj" and t.lemma_.lower() in TALLIES and not (named and t.lemma_.lower() == "estimate")
                for t in prep.subtree):
            return True
    if clause.dep_ != "ccomp" and not (clause.dep_ == "ROOT" and any(
            c.dep_ in {"parataxis", "ccomp"} and c.i > clause.i for c in clause.children)):
        return False
    tellers = [clause.head] if clause.dep_ == "ccomp" else [
        c for c in clause.children if c.dep_ in {"parataxis", "ccomp"} and c.i > clause.i]
    for teller in tellers:
        subj = syntax.subject_of(teller)
        if subj is not None and subj.lemma_.lower() in TALLIES:
            return True
    return False


def _present(verb: Token) -> bool:
    """A present tense, active ("meet") or passive ("are detained")."""
    return verb.tag_ in {"VBP", "VBZ"} or verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in {"VBP", "VBZ"} for c in verb.children)


def _past_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _present_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBP", "VBZ"}
                                      for c in verb.children)


def _habitual(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in FREQUENCY:
            return True
        if child.lemma_.lower() == "time" and child.tag_ == "NNS" and any(
                t.lemma_.lower() in PERIODS for t in child.subtree if t is not child):
            return True  # "*several times a week*"
        if child.dep_ in {"npadvmod", "advmod", "obl"} and child.lemma_.lower() in PERIODS and \
                any(d.lower_ in {"every", "each", "once", "twice", "thrice"} for d in child.children):
            return True  # ("meet *twice a year*")
    return False


def is_history(published: date | None, when: date | None, nouns: list[Token]) -> bool:
    """True for an event dated long before the story ("killed in riots in 1999") or an event noun
    with an earlier year written on it ("the 1994 genocide")."""
    if published is None:
        return False
    if when is not None and (published - when).days > BACKGROUND_DAYS:
        return True
    for noun in nouns:
        for child in noun.children:
            if child.like_num and len(child.text) == 4 and child.text.isdigit() and \
                    1900 < int(child.text) < published.year:
                return True
    return False


# nouns of remembering a past act: what their phrase tells is history ("the anniversary *of the siege,
# in which* ... were killed")
COMMEMORATED = word_class("@commemorating")


def commemorated(tokens: list[Token]) -> bool:
    """True for an act told inside the phrase of an anniversary, or anywhere in a sentence that only
    names the anniversary ("Thursday marks the first anniversary of the Beslan school siege, in which
    331 hostages were killed when Russian forces *stormed* the building"): the past act remembered,
    not news."""
    if any(a.lemma_.lower() in COMMEMORATED and a.pos_ == "NOUN" for t in tokens for a in t.ancestors):
        return True
    root = tokens[0].sent.root
    return root.lemma_.lower() in {"mark", "be"} and not any(t.i == root.i for t in tokens) and any(
        c.dep_ in {"dobj", "attr"} and c.lemma_.lower() in COMMEMORATED for c in root.children)
