"""Repairs of the parse that decide who the actors are, made before the actor resolver runs.

The repairs in :mod:`tidings.events.repair` re-attach words the resolver has already read; a
misparse that hides an actor's noun phrase itself has to be mended earlier, here. Names read as other
words are recognised in :mod:`tidings.nlp.names`, headline and tracker wording (a left-out "was", a
date between subject and verb) in :mod:`tidings.nlp.headlines`; :func:`reparse` applies them all,
word by word, in one order.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tidings.nlp import syntax
from tidings.nlp.headlines import (always_transitive, clause_after_label, comma_joined_subjects, date_before_verb,
                                    hang_date_on_verb, headline_fragment, headline_passive, infinitive_under_name,
                                    known_verbs, make_verb, mend_headline, subject_of_infinitive, verb_read_as_subject)
from tidings.nlp.names import (acronym_read_as_auxiliary, acronym_read_as_gerund, acronym_read_as_modifying_verb,
                               acronym_read_as_verb, demonym_read_as_object, make_subject_of, name_read_as_noun,
                               name_read_as_second_subject, name_read_as_verb)

# the dependencies of a noun phrase that names a party to a clause
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
# prepositions of place the tagger reads as adjectives before a bare noun ("gathered *outside* parliament")
PLACE_PREPOSITIONS = frozenset({"outside", "inside"})
# verbs whose particle "down" the parser may read as a preposition ("shoots down Russian warplane")
DOWN_VERBS = frozenset({"shoot", "gun", "bring", "shut", "cut", "tear", "hunt", "track", "take", "turn", "hand",
                        "put", "strike", "close", "pull"})
# verbs of asking that take "for ... to": "called *for Congo to suspend* the count"
APPEALING = frozenset({"call", "appeal", "press", "push", "plead", "clamour", "clamor", "lobby"})
# verbs that call their object something ("called the decision unacceptable")
DEEMING = frozenset({"call", "term", "deem", "consider", "declare", "brand", "label", "find", "judge"})
# verbs that report, and the acts of a reporter that may follow a report: "Amnesty *said* the
# execution followed a sham trial, and *urged* the authorities to halt executions"
REPORTING = frozenset({"say", "state", "announce", "report", "note", "add", "find", "conclude", "tell"})
REPORTER_ACTS = frozenset({"urge", "call", "demand", "appeal", "ask", "condemn", "denounce", "deplore",
                           "welcome", "reiterate", "press", "implore", "exhort", "recommend"})
# verbs of a speech act told by a participle after the main clause ("..., *accusing* Dushanbe of
# delaying"), and the nouns of texts that do such acts themselves ("a statement accusing ...")
SPEECH_PARTICIPLES = frozenset({"accuse", "blame", "urge", "warn", "threaten", "demand", "charge"})
TEXT_NOUNS = syntax.DOCUMENTS | {"post", "video", "editorial", "article", "speech", "address", "petition",
                                 "complaint", "lawsuit", "tweet", "interview"}
# what "live" describes in reports of shooting ("fired tear gas and *live* ammunition")
LIVE_FIRE = frozenset({"ammunition", "round", "bullet", "fire"})
# the entity types of a name that may be a clause's doer
ACTOR_ENTITIES = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# verbs that reject or condemn a thing as what they call it ("dismissed *as baseless* the claims")
DESCRIBING = frozenset({"reject", "dismiss", "denounce", "condemn", "brand", "describe", "deny", "refute",
                        "slam", "criticise", "criticize", "decry"})
# nouns of a ruling body that a name may head before "and" ("the Sandinista *government* and contra rebels")
RULERS = frozenset({"government", "regime", "administration", "junta", "army", "military"})
# nouns that sum up an act just told ("..., *a move* Moscow condemned")
SUMMING = frozenset({"move", "step", "decision", "measure", "action", "act", "verdict", "ruling"})
# verbs that let or bring others somewhere ("allowed inspectors *back* into the country")
LETTING = frozenset({"allow", "let", "permit", "admit", "invite", "welcome", "bring", "send", "take"})
# the endings of nouns that name an event, not a party: "the execution", "the killing", "the closure"
EVENT_NOUN_ENDINGS = ("tion", "sion", "ment", "ing", "ure", "al")


# verbs of handing or sending something to someone
HANDING = frozenset({"hand", "dispatch", "send", "deliver", "supply", "ship", "give", "donate", "transfer",
                     "extradite", "deport", "repatriate", "return", "provide", "extend", "airlift", "gift"})


# verbs of turning to someone for something ("appealed to India *for tents*")
ASKING_OF = frozenset({"appeal", "turn", "apply", "plead"})


def reparse(doc: Doc) -> int:
    """Apply every repair to ``doc``; returns how many were made."""
    fixed = 0
    for tok in doc:
        if _verb_read_as_adjective(tok):
            _make_main_verb(tok)  # "Thailand's military *seized* power": a clause, not a noun
            fixed += 1
        noun = _verb_with_subject_read_as_adjective(tok)
        if noun is not None:  # "A court in the capital *sentenced* activist Maria Kolesnikova to
            for child in list(noun.children):  # eleven years": the court's verb, and its object
                if child.i > noun.i:
                    child.head = tok
            tok.head, tok.dep_ = tok, "ROOT"
            noun.head, noun.dep_ = tok, "dobj"
            fixed += 1
        obj = _participle_read_after_to(tok)
        if obj is not None:
            to = next(c for c in tok.children if c.dep_ == "aux")  # "awarding the prize to *jailed*
            to.head, to.dep_, to.pos_ = tok.head, "prep", "ADP"  # dissident Liu Xiaobo": whom it is
            obj.head, obj.dep_ = to, "pobj"  # given to, described as jailed; not an act of jailing
            tok.head, tok.dep_, tok.pos_, tok.tag_ = obj, "amod", "ADJ", "JJ"
            fixed += 1
        if _listed_verb_read_as_clause(tok):
            tok.dep_ = "conj"  # "declared an emergency, *placed* leaders under arrest and vowed
            fixed += 1  # ...": the second of three coordinated acts, with the same subject
        verb = acronym_read_as_verb(tok)
        if verb is not None:
            make_subject_of(tok, verb)  # "*ECOWAS* imposed sanctions": a name, not a verb
            fixed += 1
        if acronym_read_as_modifying_verb(tok):
            noun = tok.doc[tok.i + 1]  # "*ECOWAS* Heads of State imposed sanctions": the body whose
            if noun.head.i == tok.i:  # ("*ECOWAS* leaders meeting in Abuja gave ...": read as its object)
                for child in list(tok.children):
                    if child.i != noun.i:
                        child.head, child.dep_ = noun, "acl" if child.tag_ == "VBG" else child.dep_
                noun.head, noun.dep_ = tok.head, "nsubj"
            tok.head, tok.dep_, tok.pos_, tok.tag_ = noun, "compound", "PROPN", "NNP"  # heads they
            tok.lemma_ = tok.text  # are, not a verb of their clause
            fixed += 1
        noun = acronym_read_as_gerund(tok)
        if noun is not None:
            for child in list(tok.children):
                if child.i != noun.i:
                    child.head = noun  # "a proposal by *ECOWAS* mediators": the body the mediators are
            noun.head, noun.dep_ = tok.head, "pobj"  # from, not a gerund with them for its object
            tok.head, tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = noun, "compound", "PROPN", "NNP", tok.text
            fixed += 1
        if acronym_read_as_auxiliary(tok):
            tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = "nsubj", "PROPN", "NNP", tok.text  # "*IS* claimed
            tok.head.tag_ = "VBD"  # responsibility": the group, not "is"
            fixed += 1
        if _subject_read_into_adjective(tok):
            noun = next(c for c in tok.children if c.dep_ == "nsubj")  # "protesters *dissatisfied*
            noun.head, noun.dep_ = tok.head, "nsubj"  # with fuel prices pointed the finger at ...":
            tok.head, tok.dep_ = noun, "amod"  # the verb's subject, described by the adjective
            fixed += 1
        subject = _subject_inside_opening(tok)
        if subject is not None:
            subject.head, subject.dep_ = tok, "nsubj"  # "Speaking in Addis Ababa, *the chairman* has
            for child in tok.children:  # called on ...": the subject, not an apposition of the city
                if child.dep_ == "csubj" and child.tag_ == "VBG":
                    child.dep_ = "advcl"
            fixed += 1
        if _object_read_as_subject_of_back(tok):
            obj = next(c for c in tok.children if c.dep_ == "nsubj")  # "allowed UN inspectors *back*
            obj.head, obj.dep_ = tok.head, "dobj"  # into the country": the inspectors are let in,
            for child in list(tok.children):  # the adverb says where to
                if child.dep_ == "prep":
                    child.head = tok.head
            tok.dep_ = "advmod"
            fixed += 1
        noun = _second_verb_read_as_adjective(tok)
        if noun is not None:
            first = noun.head  # "soldiers raped and *sexually assaulted* women": the second of two
            # joined verbs, with the noun its object, not a noun described as assaulted
            tok.head, tok.dep_, tok.pos_ = first, "conj", "VERB"
            noun.head, noun.dep_ = tok, "dobj"
            fixed += 1
        if _gerund_read_as_second_verb(tok):
            tok.head = tok.doc[tok.i - 2]  # "accuse him of corruption and *aiding* a terrorist group":
            fixed += 1  # the second charge, joined to the first, not a second act of the accusers
        if name_read_as_verb(tok):
            tok.pos_, tok.tag_, tok.lemma_ = "PROPN", "NNP", tok.text  # "Putin congratulates *Trump*":
            tok.dep_ = "dobj"  # a person the tagger took for a verb, the object of the verb before
            fixed += 1
        name = _subjunctive_read_as_noun(tok)
        if name is not None:
            tok.pos_, tok.tag_ = "VERB", "VB"  # "demanded that President Keita *resign*": the name's
            name.dep_ = "nsubj"  # verb in the demanded clause, not a noun the name modifies
            fixed += 1
        noun = _subjunctive_read_as_compound(tok)
        if noun is not None:  # "demanded that the agency *resume* food deliveries": the clause's verb,
            tok.head, tok.dep_ = noun.head, noun.dep_  # with the noun phrase after it as its object
            for child in list(noun.children):
                if child.i < tok.i:
                    child.head = tok  # ("that", the subject)
            noun.head, noun.dep_ = tok, "dobj"
            fixed += 1
        obj = _participle_read_as_clause(tok)
        if obj is not None:
            for child in list(tok.children):  # "accused *detained* French teacher Cecile Kohler of
                if child.i > obj.i:  # spying": the teacher is the one accused, described as detained
                    child.head = tok.head
            obj.head, obj.dep_ = tok.head, "dobj"
            tok.head, tok.dep_, tok.pos_, tok.tag_ = obj, "amod", "ADJ", "VBN"
            fixed += 1
        if name_read_as_noun(tok):
            tok.pos_, tok.tag_, tok.lemma_ = "PROPN", "NNP", tok.text  # "urged President Evo Morales to
            fixed += 1  # step down, and *Morales* resigned": the name again, not "morale"
        if _verb_read_as_clause_of_its_subject(tok) or _verb_with_read_as_participle(tok):
            noun = tok.head  # "Egypt, which has brokered every truce since 2008, *offered* on Tuesday
            for child in list(noun.children):  # to mediate": the name's verb after its relative clause,
                if child.i > tok.i:  # not a participle describing the name
                    child.head = tok
            tok.head, tok.dep_, tok.tag_ = tok, "ROOT", "VBD"
            noun.head, noun.dep_ = tok, "nsubj"
            for child in tok.children:
                if child.dep_ == "advcl" and child.i > tok.i and \
                        any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                    child.dep_ = "xcomp"  # "offered ... *to mediate*"
            fixed += 1
        if _appeal_clause_read_as_purpose(tok):
            tok.dep_ = "ccomp"  # "called *for Congo to suspend* the count": what is asked, of the
            fixed += 1  # clause's subject (as in "demanded that Congo suspend"), not a purpose
        if _verb_read_as_noun_root(tok):
            tok.pos_ = "VERB"  # "Tens of thousands *march* in Paris": the subject's verb, not a noun
            tok.tag_ = "VBZ" if tok.lower_.endswith("s") else "VBP"
            fixed += 1
        verb = _subject_read_into_opening_date(tok)
        if verb is not None:
            date = next(c for c in tok.children if c.dep_ == "compound" and c.ent_type_ == "DATE")
            date.head, date.dep_ = tok.head, "pobj"  # "On Friday *Beijing* slapped duties on ...": the
            tok.head, tok.dep_ = verb, "nsubj"  # subject, not a noun the date modifies
            fixed += 1
        noun = _object_after_its_description(tok)
        if noun is not None:
            adjective = tok.doc[tok.i + 1]  # "rejected *as baseless* accusations by Congo": the object
            noun.head, noun.dep_ = tok.head, "dobj"  # put after what it is called, not a noun under "as"
            adjective.head, adjective.dep_ = tok, "amod"
            fixed += 1
        noun = _object_after_its_date(tok)
        if noun is not None:  # "signed in Addis Ababa *on Thursday* nine cooperation agreements": the
            noun.head, noun.dep_ = tok.head, "dobj"  # verb's object, put after its date, not the date's
            for child in list(tok.children):  # (the number the parser hung on the date is the object's)
                for c in list(child.children):
                    if c.dep_ == "nummod" and c.i == child.i + 1 and c.i < noun.i:
                        c.head = noun
            fixed += 1
        verb = _request_read_into_addressee(tok)
        if verb is not None:
            tok.head = verb  # "appealed to India, China and other countries *for tents*": what is asked
            fixed += 1  # for, not a phrase of the countries
        verb = _recipient_read_into_object(tok)
        if verb is not None:
            tok.head = verb  # "handed over a businessman wanted for fraud *to the Malaysian police*": to
            fixed += 1  # whom he was handed, not a phrase of the fraud
        if _recipient_read_under_worth(tok):
            tok.head = _worth_owner(tok.head)  # "extend loans worth 500 million dollars *to Vietnam*":
            fixed += 1  # to whom the loans go, not what they are worth to
        summed = _reaction_read_into_its_subject(tok)
        if summed is not None:
            _make_reaction_clause(tok, summed)  # "..., a move the agency's chief *called* disproportionate":
            fixed += 1  # the chief's verb, on the noun that sums up the act, not a participle on "chief"
        if _object_read_as_verb(tok):
            tok.pos_, tok.tag_ = "NOUN", "NNS" if tok.lower_.endswith("s") else "NN"  # "rejected a United
            fixed += 1  # Nations *plan*": a noun with its article, though tagged as a verb
        if _plural_read_as_verb(tok):
            _make_second_object(tok)  # "imposed travel bans and asset *freezes* on 40 officials": the
            fixed += 1  # second of two objects, not a clause with the first for its subject
        if _particle_read_as_preposition(tok):
            obj = next(c for c in tok.children if c.dep_ == "pobj")  # "Turkey shoots *down* Russian
            tok.dep_, tok.pos_, tok.tag_ = "prt", "ADP", "RP"  # warplane": the particle of "shoot down",
            obj.head, obj.dep_ = tok.head, "dobj"  # and what was shot down its object
            fixed += 1
        if _preposition_read_as_adjective(tok):
            noun = tok.head  # "gathered *outside* parliament": where, not which parliament
            tok.head, tok.dep_, tok.pos_, tok.tag_ = noun.head, "prep", "ADP", "IN"
            noun.head, noun.dep_ = tok, "pobj"
            fixed += 1
        verb = date_before_verb(tok)
        if verb is not None:
            hang_date_on_verb(tok, verb)  # "Army *21 Oct* seized power": the date of the act, not a
            fixed += 1  # noun the subject and verb hang on
        if headline_fragment(tok):
            noun = tok.head  # "Opposition leader *arrested* in Kampala": a sentence, not a noun phrase
            for child in list(noun.children):
                if child.i > tok.i:
                    child.head = tok
            tok.head, tok.dep_ = tok, "ROOT"
            noun.head, noun.dep_ = tok, "nsubjpass"
            fixed += 1
        if headline_passive(tok):
            subject = next(c for c in tok.children if c.dep_ == "nsubj")
            subject.dep_ = "nsubjpass"  # "Imran Khan *arrested* in Islamabad": Khan was arrested
            tok.tag_ = "VBN"
            fixed += 1
        if _reporter_act_in_report(tok):
            tok.head = tok.head.head  # "... said the execution followed a sham trial, and *urged*
            fixed += 1  # the authorities to halt executions": the reporter urged, not the execution
        verb = infinitive_under_name(tok)
        if verb is not None:
            _lift(verb, tok, "nsubj")  # "*Obama* to meet Netanyahu": the name is the subject of the
            fixed += 1  # planned act, not a noun it describes
        found = verb_read_as_subject(tok)
        if found is not None:
            make_verb(found[0], tok, found[1])  # "Lithuania *expels* Russian ambassador, closes
            fixed += 1  # consulate": the first act's verb, not the second's subject
        pair = comma_joined_subjects(tok)
        if pair is not None:
            if tok.dep_ == "conj":
                tok.head, tok.dep_ = tok, "ROOT"
            pair[0].head, pair[0].dep_ = tok, "nsubj"  # "Saudi Arabia, Iran hold talks": a headline's comma joins two
            pair[1].head, pair[1].dep_ = pair[0], "conj"  # subjects
            fixed += 1
        subject = subject_of_infinitive(tok)
        if subject is not None:
            subject.dep_ = "nsubj"  # "*PM* to visit Beijing next week": the headline's future act
            fixed += 1
        obj = _object_of_a_noun(tok)
        if obj is not None:
            _lift(obj, tok, "compound")  # "launches *surprise attack* on Israel": one noun phrase, not
            fixed += 1  # an object of "surprise"
        verb = clause_after_label(tok)
        if verb is not None:
            verb.head, verb.dep_ = verb, "ROOT"  # "Mali: the junta expelled the French ambassador": the
            tok.head, tok.dep_ = verb, "dep"  # clause is the sentence, the place before it a label
            fixed += 1
        before = _name_parted_from_its_country(tok)
        if before is not None:  # "Solomon Islands Prime Minister *Manasseh Sogavare*": one name with its
            if tok.dep_ == "appos":  # country and title before it, not the country with an apposition
                _lift(tok, before, "compound")
            else:  # (or the country as a second subject of the verb)
                before.head, before.dep_ = tok, "compound"
            fixed += 1
        if _object_read_as_apposition(tok):
            tok.head, tok.dep_ = tok.head.head.head, "dobj"  # "received at the Elysee *the Israeli
            fixed += 1  # prime minister*": the verb's object, put after the place in translated copy
        verb = _latin_phrase_verb(tok)
        if verb is not None:
            _make_predicate(tok, verb)  # "declared two diplomats *persona non grata*": what they are
            fixed += 1  # declared, not a clause or an object of its own
        if _past_verb_joined_to_infinitive(tok):
            for cc in (c for c in tok.head.children if c.dep_ == "cc" and c.i == tok.i - 1):
                cc.head = tok.head.head
            tok.head = tok.head.head  # "refused to extradite him *and released* him": the court
            fixed += 1  # released him; the refusal does not govern it
        if _speech_participle_in_report(tok):
            tok.head = tok.head.head  # "said that a vessel had rammed a ship, *accusing* the Philippines of
            fixed += 1  # provocation": the speaker accuses, not the vessel of the report
        if _speech_participle_on_object(tok):
            tok.head, tok.dep_ = tok.head.head, "advcl"  # "demanded an urgent meeting of the commission,
            fixed += 1  # *accusing* Dushanbe of delaying ...": the demander's act, not the meeting's
        nationality = demonym_read_as_object(tok)
        if nationality is not None:
            nationality.head, nationality.dep_ = tok.doc[nationality.i + 1], "amod"  # "accused
            fixed += 1  # *Azerbaijani* servicemen": the object's nationality, not an object of its own
        given_to = _first_of_two_objects(tok)
        if given_to is not None:
            given_to.dep_ = "dative"  # "handed *Pakistan's envoy* a dossier": the one given to, then
            fixed += 1  # what is given (the parser made both objects)
        if _predicate_read_as_adjective(tok):
            tok.head, tok.dep_ = tok.head.head, "oprd"  # "calling the decision *unacceptable*": what the
            fixed += 1  # decision is called, not a description of it
        if _live_fire_read_as_verb(tok):
            _make_adjective_of_next(tok)  # "fired tear gas and *live* ammunition at protesters": an
            fixed += 1  # adjective of the second object, not a second verb
        summed = _clause_read_under_its_summing_noun(tok)
        if summed is not None:  # "police arrested X on Saturday, *in a move analysts expect* to hammer
            main, prep, noun = summed  # shares": the arrest is the sentence, what analysts expect a
            main.head, main.dep_ = main, "ROOT"  # clause on "move"
            prep.head = main
            tok.head, tok.dep_ = noun, "relcl"
            fixed += 1
        summed = _clause_read_as_complement_of_its_reaction(tok)
        if summed is not None:  # "a tribunal sentenced X, *a verdict her party rejected* as a
            main, noun = summed  # vendetta": the sentence is the sentencing, the rejection a clause
            main.head, main.dep_ = main, "ROOT"  # on the noun that sums it up
            for child in list(noun.children):
                if child.dep_ == "appos" and noun.i < child.i < tok.i:
                    child.head, child.dep_ = tok, "nsubj"  # (the rejecter, read as the noun's apposition)
            for punct in tok.doc[main.i:noun.i]:
                if punct.is_punct and punct.head.i == tok.i:
                    punct.head = main  # (the comma before the noun belongs to the sentence)
            noun.head, noun.dep_ = main, "npadvmod"
            tok.head, tok.dep_ = noun, "relcl"
            fixed += 1
        if name_read_as_second_subject(tok):
            tok.head, tok.dep_ = tok.doc[tok.i - 1], "appos"  # "the oil workers' union *PENGASSAN* began a
            fixed += 1  # strike": the union's name after it, not a second subject of the verb
        first = _first_conjunct_inside(tok)
        if first is not None:
            _split_conjuncts(first, tok)  # "Prime Minister Ranil Wickremesinghe *and* Tamil Tiger
            fixed += 1  # leader Velupillai Prabhakaran": two people, not one
    for sent in doc.sents:
        fixed += mend_headline(sent)  # "North Korea *fires* missile into sea": a headline's verb
    return fixed


def _first_of_two_objects(verb: Token) -> Token | None:
    """The first of two noun objects the parser gave a verb, right before the second, which opens
    with a determiner or a number ("handed *Pakistan's envoy* a dossier"); None otherwise."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
    if verb.pos_ != "VERB" or len(objects) != 2 or objects[0].i > objects[1].i:
        return None
    second = objects[1].left_edge
    return objects[0] if second.i == objects[0].right_edge.i + 1 and (second.pos_ == "DET" or second.tag_ == "CD") \
        else None


def _speech_participle_after_comma(verb: Token, dep: str) -> bool:
    """A participle of a speech act ("..., *accusing* ..."), after a comma, attached as ``dep``."""
    return verb.dep_ == dep and verb.tag_ == "VBG" and verb.lemma_.lower() in SPEECH_PARTICIPLES and \
        verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _speech_participle_in_report(verb: Token) -> bool:
    """A participle of a speech act after a comma, hung on the verb of a clause reported before it:
    "X said that Y had rammed a ship ..., *accusing* ..." (X accuses)."""
    clause = verb.head
    return _speech_participle_after_comma(verb, "advcl") and clause.dep_ == "ccomp" and \
        clause.head.lemma_.lower() in REPORTING and clause.head.i < clause.i < verb.i


def _speech_participle_on_object(verb: Token) -> bool:
    """A participle of a speech act after a comma, hung on the main verb's object, which is no
    text: "demanded an urgent meeting ..., *accusing* Dushanbe of delaying"."""
    noun = verb.head
    return _speech_participle_after_comma(verb, "acl") and noun.dep_ == "dobj" and noun.pos_ == "NOUN" and \
        noun.lemma_.lower() not in TEXT_NOUNS and noun.head.pos_ == "VERB"


def _past_verb_joined_to_infinitive(verb: Token) -> bool:
    """A verb in the past tense, without a subject, joined to the infinitive that a past verb
    takes: "refused *to extradite* him and *released* him from custody"."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VB" and head.dep_ == "xcomp" and \
        head.head.tag_ == "VBD" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) and \
        not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _predicate_read_as_adjective(adj: Token) -> bool:
    """An adjective after the object of a verb of calling or deeming, which the parser hung on the
    object: "calling the decision *unacceptable*", "deemed the vote *illegitimate*"."""
    noun = adj.head
    return adj.dep_ == "amod" and adj.pos_ == "ADJ" and adj.i > noun.i and noun.dep_ == "dobj" and \
        noun.head.lemma_.lower() in DEEMING


def _live_fire_read_as_verb(tok: Token) -> bool:
    """"live" joined as a verb to the verb before, with "ammunition" or "rounds" as its object."""
    if tok.lower_ != "live" or tok.dep_ != "conj" or tok.head.pos_ != "VERB" or tok.i + 1 >= len(tok.doc):
        return False
    noun = tok.doc[tok.i + 1]
    return noun.head.i == tok.i and noun.dep_ == "dobj" and noun.lemma_.lower() in LIVE_FIRE and \
        any(c.dep_ == "dobj" for c in tok.head.children)


def _make_adjective_of_next(tok: Token) -> None:
    verb, noun = tok.head, tok.doc[tok.i + 1]
    first = next(c for c in verb.children if c.dep_ == "dobj")
    for child in list(tok.children):
        if child.i != noun.i:
            child.head = verb  # ("... ammunition *at protesters*": the firing's phrase)
    noun.head, noun.dep_ = first, "conj"
    tok.head, tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = noun, "amod", "ADJ", "JJ", "live"


def _clause_read_under_its_summing_noun(verb: Token) -> tuple[Token, Token, Token] | None:
    """The sentence's clause that the parser made the complement of a verb in the relative clause
    of a noun summing it up after a comma ("X arrested Y, in a move analysts *expect* to ..."):
    (that clause's verb, the "in", the summing noun), or None."""
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB":
        return None
    main = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.pos_ == "VERB"), None)
    if main is None:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and main.i < c.i < verb.i and c.lower_ == "in"),
                None)
    noun = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in SUMMING), None) \
        if prep is not None else None
    return (main, prep, noun) if noun is not None else None


def _clause_read_as_complement_of_its_reaction(verb: Token) -> tuple[Token, Token] | None:
    """The sentence's clause that the parser made the complement of the verb of a relative clause
    on a noun summing it up after a comma, with that noun as the verb's subject ("X sentenced Y, a
    verdict Z *rejected*"): (that clause's verb, the summing noun), or None."""
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB":
        return None
    main = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.pos_ == "VERB"), None)
    noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in SUMMING), None)
    if main is None or noun is None or not main.i < noun.i < verb.i:
        return None
    start = noun.left_edge.i
    return (main, noun) if start > 0 and verb.doc[start - 1].text == "," else None


def _verb_read_as_adjective(verb: Token) -> bool:
    """"Thailand's military seized power": the tagger reads "military" as an adjective and the
    whole sentence as one noun phrase headed by "power", with the past tense "seized" as a second
    modifier of it. A past tense (VBD, not a participle) never modifies a noun; when it sits
    between a modifier of the sentence's head noun and that noun, the modifier before it is the
    subject and the noun its object."""
    noun = verb.head
    if verb.dep_ != "amod" or verb.tag_ != "VBD" or verb.pos_ != "VERB" or noun.dep_ != "ROOT" or \
            noun.pos_ != "NOUN" or noun.i < verb.i or verb.i == 0:
        return False
    subj = _before_verb(verb)
    return subj is not None and subj.head.i == noun.i and subj.dep_ in {"amod", "compound"} and \
        subj.pos_ in {"ADJ", "NOUN", "PROPN"} and all(
            t.dep_ in {"det", "amod", "compound", "nummod", "nmod"} or t.tag_ == "HYPH"
            for t in verb.doc[verb.i + 1:noun.i])  # ("two *short-range* ballistic missiles")


def _verb_with_subject_read_as_adjective(verb: Token) -> Token | None:
    """A past tense that the parser hung as a modifier on the sentence's head noun after it (or on
    a word of that noun's name), though it took the noun before it for the verb's own subject: the
    verb of the sentence, the noun its object. Returns that noun."""
    if verb.dep_ != "amod" or verb.tag_ != "VBD" or not any(
            c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    noun = verb.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun if noun.dep_ == "ROOT" and noun.i > verb.i and noun.pos_ in {"NOUN", "PROPN"} else None


def _participle_read_after_to(verb: Token) -> Token | None:
    """A past participle right after the preposition "to", which the parser took for the "to" of
    an infinitive (an infinitive is never a participle): the participle describes the noun after
    it. Returns that noun, the participle's object in the parse."""
    if verb.tag_ != "VBN" or verb.i == 0:
        return None
    to = verb.doc[verb.i - 1]
    if to.lower_ != "to" or to.tag_ != "IN" or to.dep_ != "aux" or to.head.i != verb.i:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def _before_verb(verb: Token) -> Token | None:
    """The word before a verb and the hyphenated noun it may carry ("North Korea *test-fired*")."""
    i = verb.i - 1
    if i >= 2 and verb.doc[i].tag_ == "HYPH" and verb.doc[i - 1].head.i == verb.i:
        i -= 2
    return verb.doc[i] if i >= 0 else None


def _make_main_verb(verb: Token) -> None:
    noun = verb.head
    subj = _before_verb(verb)
    for child in list(noun.children):
        if child.i < subj.i:
            child.head = subj  # "Thailand's" goes with the subject
        elif child.i > noun.i:
            child.head = verb  # the rest of the sentence hangs on the verb
            if child.dep_ == "acl":
                child.dep_ = "advcl"  # ", detaining leaders": the same subject's act
    verb.head, verb.dep_ = verb, "ROOT"
    subj.head, subj.dep_ = verb, "nsubj"
    noun.head, noun.dep_ = verb, "dobj"


def _first_conjunct_inside(head: Token) -> Token | None:
    """"Sri Lankan Prime Minister Ranil Wickremesinghe and Tamil Tiger leader Velupillai
    Prabhakaran signed": the parser may hang the first name, with its "and" and the start of the
    second phrase, as a modifier inside the second phrase, which then reads as one person. The
    first name is a proper noun of two words or more modifying the head, with an "and" and a
    conjunct that both come before the head; returns it (None when ``head`` is not so parsed)."""
    if head.dep_ not in ARGUMENTS or head.pos_ not in {"PROPN", "NOUN"}:
        return None
    for mod in head.lefts:
        if mod.dep_ not in {"nmod", "compound"} or mod.pos_ != "PROPN" and mod.lemma_.lower() not in RULERS:
            continue  # (or a named government: "the *Sandinista government* and contra rebel leaders")
        ands = [c for c in mod.rights if c.dep_ == "cc" and c.lower_ == "and"]
        conjs = [c for c in mod.rights if c.dep_ == "conj" and c.i < head.i]
        before = head.doc[mod.i - 1] if mod.i > 0 else None
        named = any(c.pos_ == "PROPN" and c.dep_ in {"compound", "nmod"} for c in mod.lefts) or \
            mod.pos_ != "PROPN" and before is not None and before.pos_ in {"PROPN", "ADJ"} and \
            before.head.i in {mod.i, head.i}  # (the government's name hung on the second phrase's noun)
        if named and ands and conjs and ands[0].i < conjs[0].i and not any(
                c.dep_ == "conj" for c in head.children):
            return mod  # (a first name of its own: "U.S. and Philippine forces" share one noun)
    return None


def _split_conjuncts(first: Token, head: Token) -> None:
    second_start = next(c for c in first.rights if c.dep_ == "conj")
    for child in list(head.lefts):
        if child.i < first.i:
            child.head = first  # "Russian security chief" goes with the first name
    second_start.head, second_start.dep_ = head, "compound"  # ("Tamil Tiger leader ...")
    first.head, first.dep_ = head.head, head.dep_  # the first name takes the phrase's place
    head.head, head.dep_ = first, "conj"


def _listed_verb_read_as_clause(verb: Token) -> bool:
    """"The king declared an emergency, placed leaders under arrest and vowed to crush the rebels":
    the parser reads the middle verb of a list of three as an adverbial clause of the first. A past
    tense with no subject and no conjunction of its own, after a comma, that itself continues the
    list with "and", is the list's second verb."""
    if verb.dep_ not in {"advcl", "dep"} or verb.tag_ not in {"VBD", "VBN"} or verb.i == 0 or \
            verb.doc[verb.i - 1].lower_ != ",":
        return False  # (also unattached: "has declared martial law, *ordered* a mobilisation, and cut ties")
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for c in verb.children):
        return False
    if verb.tag_ == "VBN" and verb.head.tag_ != "VBN":
        return False  # (a participle continues a list only of participles: "has declared ..., ordered")
    return verb.head.pos_ == "VERB" and verb.head.i < verb.i and any(
        c.dep_ == "cc" and c.lower_ == "and" for c in verb.children) and any(
        c.dep_ == "conj" and c.tag_ in {"VBD", "VBN", "VB"} and c.pos_ == "VERB" for c in verb.children)


def _reporter_act_in_report(verb: Token) -> bool:
    """"Amnesty said the execution followed a sham trial, and urged the authorities to halt all
    executions": the parser joins the appeal to the reported clause, whose subject (a thing, or
    what "had" happened) then seems to make it. An appeal or condemnation in the past or present
    tense, with no subject of its own, coordinated with the clause of a reporting verb whose subject
    is an event noun ("the execution", "the killing") or whose tense is perfect, is the reporter's
    own second act."""
    clause = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ"} or verb.lemma_.lower() not in REPORTER_ACTS:
        return False
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING or \
            not clause.head.i < clause.i < verb.i:  # (the report first: not "..., aid workers say")
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    perfect = any(c.dep_ == "aux" and c.lower_ in {"had", "has", "have"} for c in clause.children)
    thing = subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower().endswith(
        EVENT_NOUN_ENDINGS) and not any(t.pos_ == "PROPN" or t.ent_type_ == "NORP" for t in subject.lefts)
    return perfect or thing


def _subject_read_into_adjective(adj: Token) -> bool:
    """"Protesters dissatisfied with high fuel prices pointed the finger at the government": the
    parser reads "protesters dissatisfied with ..." as a clause of its own and leaves the verb that
    follows it with no subject. An adjective heading such a clause right before a verb that has no
    subject describes the noun, which is the verb's subject."""
    verb = adj.head
    if adj.pos_ != "ADJ" or adj.dep_ not in {"advcl", "csubj", "nsubj"} or verb.pos_ != "VERB" or \
            verb.i != adj.right_edge.i + 1:
        return False
    noun = next((c for c in adj.children if c.dep_ == "nsubj"), None)
    return noun is not None and noun.i == adj.i - 1 and noun.pos_ in {"NOUN", "PROPN"} and \
        not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i != adj.i for c in verb.children)


def _subject_inside_opening(verb: Token) -> Token | None:
    """"Speaking in Addis Ababa, the African Union's chairman has called on ...": the parser makes
    the opening participle (or phrase) the subject of the main verb and the noun after the comma an
    apposition of the place. A main verb with no subject of its own, whose participial subject ends in a comma
    followed by a noun phrase that runs up to the verb, has that noun phrase as its subject."""
    trailing_report = verb.dep_ == "ccomp" and verb.head.i > verb.i and verb.head.lemma_ in REPORTING
    if verb.dep_ != "ROOT" and not trailing_report or verb.pos_ not in {"VERB", "AUX"} or \
            any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None  # (the main clause, or one a report after it tells: "..., Armenpress reports")
    opening = next((c for c in verb.children if c.i == verb.sent.start and (
        c.dep_ == "csubj" and c.tag_ == "VBG" or c.dep_ == "prep")), None)  # (or "*Within the framework of
    # the visit to Yerevan*, President of France Emmanuel Macron laid ...")
    if opening is None:
        return None
    for tok in opening.subtree:
        if tok.dep_ == "appos" and tok.pos_ in {"NOUN", "PROPN"} and tok.left_edge.i > 0 and \
                verb.doc[tok.left_edge.i - 1].text == "," and \
                all(t.dep_ in {"aux", "auxpass", "neg", "advmod"} for t in verb.doc[tok.right_edge.i + 1:verb.i]):
            return tok
    return None


def _object_read_as_subject_of_back(tok: Token) -> bool:
    """"Iraq allowed UN weapons inspectors back into the country": the parser makes "back" a clause
    with the inspectors as its subject. After a verb of letting, "back" with a subject and no verb
    of its own says where the verb's object goes."""
    return tok.lower_ == "back" and tok.dep_ == "ccomp" and tok.pos_ == "ADV" and \
        tok.head.lemma_.lower() in LETTING and not any(c.dep_ in {"dobj", "obj"} for c in tok.head.children) and \
        any(c.dep_ == "nsubj" for c in tok.children)


def _preposition_read_as_adjective(tok: Token) -> bool:
    """"Protesters gathered outside parliament": "outside" tagged as an adjective of the verb's
    object. Right after the verb, before the noun it modifies, it is the preposition and the noun
    its object."""
    noun = tok.head
    return tok.lower_ in PLACE_PREPOSITIONS and tok.dep_ == "amod" and noun.dep_ == "dobj" and \
        noun.head.pos_ in {"VERB", "AUX"} and tok.i == noun.head.i + 1 and tok.i < noun.i


def _gerund_read_as_second_verb(tok: Token) -> bool:
    """A gerund after "and" read as a verb joined to the main verb, right after the noun of an
    "of", "for" or "with" phrase of that verb's object ("of corruption and *aiding*")."""
    doc = tok.doc
    if tok.tag_ != "VBG" or tok.dep_ != "conj" or tok.i < 3 or doc[tok.i - 1].dep_ != "cc":
        return False
    noun = doc[tok.i - 2]
    return noun.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.head.lower_ in {"of", "for", "with"} and \
        tok.head.pos_ == "VERB" and tok.head.tag_ != "VBG" and noun.head.head.head.i == tok.head.i


def _second_verb_read_as_adjective(verb: Token) -> Token | None:
    """A participle with an adverb of manner before it, read as a modifier of the noun after it,
    where that noun hangs as a conjunct of an earlier verb ("raped and sexually assaulted women"): a
    noun joined to a verb by "and" is the second verb's object. Returns that noun."""
    noun = verb.head
    if verb.dep_ != "amod" or verb.tag_ not in {"VBN", "VBD"} or noun.dep_ != "conj" or \
            noun.head.pos_ != "VERB" or noun.i < verb.i or not any(
            c.dep_ == "advmod" and c.i < verb.i for c in verb.children):
        return None
    return noun if any(c.dep_ == "cc" and c.i < verb.i for c in noun.head.rights) else None


def _subjunctive_read_as_noun(tok: Token) -> Token | None:
    """The name before a bare verb of a that-clause the tagger read as one noun with it ("that
    President Ibrahim Boubacar Keita *resign*"): the name, when the word is a verb the lemmatizer
    knows, has no article, and "that" opens its clause."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ not in {"ccomp", "relcl", "acl"} or \
            tok.lemma_.lower() not in known_verbs():
        return None
    if any(c.dep_ in {"det", "poss", "amod", "nummod"} for c in tok.children) or not syntax.that_marked(tok):
        return None
    name = tok.doc[tok.i - 1] if tok.i > 0 else None
    if name is None or name.pos_ != "PROPN" or name.dep_ != "compound" or name.head.i != tok.i:
        return None
    return name


def _subjunctive_read_as_compound(verb: Token) -> Token | None:
    """A bare verb of a that-clause the parser hung as a modifier on the noun after it, with the
    clause's subject on the verb ("that Jordan *resume* food deliveries to Syria"): the noun, which
    heads the clause in the parse."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VB", "VBP"} or verb.dep_ != "compound":
        return None
    noun = verb.head
    if noun.i <= verb.i or noun.pos_ != "NOUN" or noun.dep_ not in {"ccomp", "relcl", "acl"} or \
            not syntax.that_marked(noun):
        return None
    return noun if any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) else None


def _participle_read_as_clause(verb: Token) -> Token | None:
    """A past form right after a transitive verb with no object of its own, read as the verb of a
    subjectless complement clause: it describes the noun after it, which is the first verb's object.
    Returns that noun."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ not in {"VBD", "VBN"} or head.i != verb.i - 1 or \
            head.pos_ != "VERB" or head.lemma_.lower() not in always_transitive() or \
            any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children) or \
            any(c.dep_ in {"dobj", "ccomp"} and c.i != verb.i for c in head.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def _verb_read_as_clause_of_its_subject(verb: Token) -> bool:
    """A past form hung as a participle on the sentence's head name, right after the comma that
    closes the name's relative clause: with no other verb over it, it is the name's own verb."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or noun.dep_ != "ROOT" or \
            noun.pos_ not in {"PROPN", "NOUN"} or verb.i < 2 or verb.doc[verb.i - 1].lower_ != "," or \
            any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in verb.children):
        return False
    return any(c.dep_ == "relcl" and noun.i < c.i < verb.i and c.right_edge.i == verb.i - 2
               for c in noun.children)


def _verb_with_read_as_participle(verb: Token) -> bool:
    """"The military council *negotiated* with protest leaders on Wednesday": a past form with a
    "with" phrase, hung as a participle on the sentence's head noun right after it, in a sentence
    with no other verb outside its own phrase: the noun's own verb (not "the deal negotiated with
    Iran collapsed", where the noun has a verb of its own)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or noun.dep_ != "ROOT" or \
            noun.pos_ not in {"PROPN", "NOUN"} or verb.i != noun.i + 1 or \
            any(c.dep_ in {"nsubj", "nsubjpass", "auxpass", "agent", "dobj"} for c in verb.children) or \
            not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False
    inside = range(verb.left_edge.i, verb.right_edge.i + 1)
    return not any(t.pos_ in {"VERB", "AUX"} and t.i not in inside and not _under_other_noun(t, noun)
                   for t in verb.sent)  # (a verb in another noun's phrase is no verb of the sentence's:
    # "Sudan's *ruling* military council", "the first talks since forces *broke up* the sit-in")


def _under_other_noun(tok: Token, root: Token) -> bool:
    """``tok`` is a modifier or lies in the phrase of a noun other than ``root``."""
    if tok.dep_ in {"amod", "compound", "nmod"}:
        return True
    node = tok.head
    while node.i != root.i and node.head.i != node.i:
        if node.pos_ in {"NOUN", "PROPN", "PRON"}:
            return True
        node = node.head
    return False


def _appeal_clause_read_as_purpose(verb: Token) -> bool:
    """"called for Congo *to suspend* the count": a "for ... to" clause with its own subject, under
    a verb of asking, read as an adverbial clause."""
    return verb.dep_ == "advcl" and verb.head.lemma_.lower() in APPEALING and \
        any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        any(c.dep_ == "nsubj" for c in verb.children)


def _verb_read_as_noun_root(tok: Token) -> bool:
    """"Tens of thousands *march* in Paris": the root has a subject, so it is a verb, whatever the
    tagger said; only a word the lemmatizer knows as a verb, in a sentence with no other verb."""
    return tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and tok.text.islower() and \
        any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) and \
        tok.lemma_.lower() in known_verbs() and not any(t.pos_ in {"VERB", "AUX"} for t in tok.sent)


def _particle_read_as_preposition(tok: Token) -> bool:
    """"shoots *down* Russian warplane", "shut *down* the newspaper": a particle read as a preposition
    with the verb's object for its noun."""
    verb = tok.head
    return tok.lower_ == "down" and tok.dep_ == "prep" and verb.pos_ == "VERB" and verb.i == tok.i - 1 and \
        verb.lemma_.lower() in DOWN_VERBS and not any(c.dep_ in {"dobj", "prt"} for c in verb.children) and \
        any(c.dep_ == "pobj" for c in tok.children)


def _object_read_as_verb(tok: Token) -> bool:
    """A verb's object or a preposition's, with an article of its own, tagged as a verb: "rejected a
    United Nations *plan* to reunify the island"."""
    return tok.pos_ == "VERB" and tok.dep_ in {"dobj", "pobj"} and tok.head.i < tok.i and \
        any(c.dep_ == "det" and c.lower_ in {"a", "an", "the"} and c.i < tok.i for c in tok.children)


def _plural_read_as_verb(tok: Token) -> bool:
    """"imposed travel bans and asset *freezes* on 40 officials": a plural noun after "and" read as a
    verb in "-s" whose subject is the first object, in a clause under a verb that has no object."""
    if tok.tag_ != "VBZ" or tok.dep_ not in {"ccomp", "conj"} or tok.i < 3:
        return False
    verb, doc = tok.head, tok.doc
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    before = doc[tok.i - 1]
    return subj is not None and verb.pos_ == "VERB" and verb.i < subj.i and subj.pos_ == "NOUN" and \
        not any(c.dep_ in {"dobj", "prt"} for c in verb.children) and \
        before.dep_ == "conj" and before.head.i == subj.i and before.tag_ == "NN" and \
        doc[tok.i - 2].dep_ == "cc" and not any(c.dep_ in {"dobj", "aux", "neg"} for c in tok.children)


def _subject_read_into_opening_date(name: Token) -> Token | None:
    """"On Friday Beijing slapped duties on Australian wine": the parser makes the subject the object
    of the opening preposition, with the day as its compound. Returns the verb it is the subject of."""
    if name.dep_ != "pobj" or name.pos_ != "PROPN" or name.ent_type_ not in ACTOR_ENTITIES:
        return None
    prep, verb = name.head, name.head.head
    return verb if prep.dep_ == "prep" and prep.i == name.sent.start and verb.pos_ == "VERB" and \
        verb.i > name.i and syntax.subject_of(verb) is None and \
        any(c.dep_ == "compound" and c.ent_type_ == "DATE" for c in name.children) else None


def _object_after_its_description(prep: Token) -> Token | None:
    """"rejected *as baseless* accusations by Congo": a verb with no object, then "as", an adjective
    and a noun; the parser reads the noun as the object of "as". Returns that noun."""
    verb, doc = prep.head, prep.doc
    if prep.dep_ != "prep" or prep.lower_ != "as" or verb.pos_ != "VERB" or prep.i + 2 >= len(doc) or \
            verb.lemma_.lower() not in DESCRIBING or any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return None
    adjective = doc[prep.i + 1]
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return noun if noun is not None and adjective.tag_ == "JJ" and adjective.head.i == noun.i and \
        noun.i > adjective.i else None


def _request_read_into_addressee(prep: Token) -> Token | None:
    """A "for" phrase the parser hung on the one appealed to ("appealed to India, China and other
    friendly countries *for tents*") when the appeal has none of its own. Returns the verb."""
    if prep.dep_ != "prep" or prep.lower_ != "for" or prep.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    node = prep.head
    while node.dep_ == "conj":
        node = node.head
    to = node.head
    if node.dep_ != "pobj" or to.lower_ != "to" or to.head.lemma_.lower() not in ASKING_OF:
        return None
    verb = to.head
    return None if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children) else verb


def _recipient_read_into_object(prep: Token) -> Token | None:
    """A "to" phrase the parser hung inside the object of a verb of handing or sending ("dispatched
    15 tonnes of relief material, including tents and medicines, *to Myanmar*"), or inside a
    participle after it ("handed over a businessman wanted for fraud *to the Malaysian police*"),
    when the verb has none of its own and only nouns, modifiers and participles lie between.
    Returns the verb."""
    if prep.dep_ != "prep" or prep.lower_ != "to" or prep.head.pos_ == "VERB" and prep.head.tag_ != "VBN":
        return None
    node = prep.head
    while not (node.dep_ == "dobj" or node.dep_ == "advcl" and node.tag_ in {"VBN", "VBD"} and
               not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in node.children)):
        if node.head.i == node.i or not (node.pos_ in {"NOUN", "PROPN", "ADJ", "NUM", "ADP"} or node.tag_ == "VBN"
                                         or node.dep_ == "prep"):  # (and "including")
            return None
        node = node.head
    verb = node.head
    if verb.lemma_.lower() not in HANDING or any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return None
    return verb


def _recipient_read_under_worth(prep: Token) -> bool:
    """A "to" phrase the parser hung on "worth" after an object: "extended loans worth 500 million
    dollars to Vietnam", "a deal worth 2 billion euros with Egypt"."""
    worth = prep.head
    return prep.dep_ == "prep" and prep.lower_ in {"to", "with", "for"} and worth.lower_ == "worth" and \
        worth.dep_ in {"prep", "amod"} and worth.head.pos_ in {"VERB", "NOUN"} and prep.i > worth.i + 1


def _worth_owner(worth: Token) -> Token:
    """The verb whose object (or one of its conjuncts) is worth the sum, else the worthy noun."""
    noun = worth.head
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    return noun.head if noun.dep_ == "dobj" else worth.head


def _object_after_its_date(prep: Token) -> Token | None:
    """"signed in Addis Ababa on Thursday *nine cooperation agreements*": in wire copy translated
    from French or Spanish the object follows the verb's place and date; the parser reads it as a
    second object of the date's preposition. Returns that noun when the verb has no object."""
    verb = prep.head
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.dep_ != "prep" or verb.pos_ != "VERB" or len(objects) != 2 or \
            objects[0].ent_type_ not in {"DATE", "TIME"} or objects[1].pos_ != "NOUN" or \
            any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return None
    return objects[1]


def _reaction_read_into_its_subject(verb: Token) -> Token | None:
    """"..., a move the agency's chief *called* disproportionate", "a move that Israel's foreign
    minister *condemned*": a relative clause on a noun that sums up an act, whose subject (named
    with a possessive) the parser took for an apposition of that noun, or for the subject of
    "that", with the verb as a participle on it. Returns the summing noun."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or verb.i == 0:
        return None
    subject = verb.head
    if subject.i != verb.i - 1 or subject.pos_ != "NOUN" or \
            not any(c.dep_ == "poss" for c in subject.children) or \
            any(c.dep_ == "agent" for c in verb.children):  # (not "a step *condemned by* Taipei")
        return None
    if subject.dep_ == "appos" and subject.head.lemma_.lower() in SUMMING:
        return subject.head
    that = subject.head
    if subject.dep_ == "nsubj" and that.lower_ == "that" and that.head.lemma_.lower() in SUMMING:
        return that.head
    return next((c for c in subject.children if c.dep_ == "nmod" and c.i < subject.i and
                 c.lemma_.lower() in SUMMING and subject.head.pos_ in {"VERB", "AUX"}), None)
    # ("a move Estonia's foreign minister called ...", the noun read as a modifier of "minister")


def _make_reaction_clause(verb: Token, noun: Token) -> None:
    """Hang ``verb`` on ``noun`` as its relative clause, with the word before it as its subject."""
    subject = verb.head
    that = subject.head if subject.head.lower_ == "that" else None
    if noun.head.i == subject.i:  # (the noun read as the subject's modifier: it sums up the act of
        noun.head, noun.dep_ = subject.head, "npadvmod"  # the clause the subject hung on)
    verb.head, verb.dep_, verb.tag_ = noun, "relcl", "VBD"
    subject.head, subject.dep_ = verb, "nsubj"
    if that is not None:
        that.head, that.dep_ = verb, "dobj"


def _make_second_object(noun: Token) -> None:
    """Hang the first object and ``noun`` (with the word before it as its compound) on the verb."""
    verb, doc = noun.head, noun.doc
    first = next(c for c in noun.children if c.dep_ == "nsubj")
    modifier = doc[noun.i - 1]
    for child in list(noun.children):
        if child.i > noun.i:
            child.head = verb
    first.head, first.dep_ = verb, "dobj"
    modifier.head, modifier.dep_ = noun, "compound"
    noun.head, noun.dep_, noun.pos_, noun.tag_ = first, "conj", "NOUN", "NNS"


def _lift(word: Token, above: Token, dep: str) -> None:
    """Put ``word`` in the place of ``above``, the word it hangs on, and hang ``above`` on it as
    ``dep``; what ``above`` governs after ``word`` goes with ``word``."""
    word.head, word.dep_ = (word, "ROOT") if above.head.i == above.i else (above.head, above.dep_)
    above.head, above.dep_ = word, dep
    for child in list(above.children):
        if child.i > word.i:
            child.head = word


def _object_of_a_noun(noun: Token) -> Token | None:
    """"Hamas launches surprise attack on Israel": the parser makes the noun right after the verb's
    object the object's own object, which a noun cannot have. Returns that second noun."""
    if noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "nsubj", "pobj"}:
        return None
    return next((c for c in noun.children if c.dep_ == "dobj" and c.i == noun.i + 1 and c.pos_ == "NOUN"), None)


def _name_parted_from_its_country(tok: Token) -> Token | None:
    """"Solomon Islands Prime Minister Manasseh Sogavare visited ...": the parser makes the country
    the head and the name its apposition, or both subjects of the verb ("Netherlands ... Rutte
    visited"). A proper name run on from such a word through proper names alone, with no comma, is
    the head of the whole name; returns the word before it that the parser parted from it."""
    if tok.pos_ != "PROPN" or tok.dep_ not in {"appos", "nsubj"}:
        return None
    if tok.dep_ == "appos":
        before = tok.head
    else:
        before = next((c for c in tok.head.lefts if c.dep_ == "nsubj" and c.i < tok.i), None)
    if before is None or before.pos_ != "PROPN" or before.i > tok.i:
        return None
    between = tok.doc[before.i + 1:tok.i]  # (a title at least)
    if not len(between) or not all(t.pos_ == "PROPN" and t.dep_ == "compound" and before.i < t.head.i <= tok.i
                                   for t in between):
        return None
    return before


def _object_read_as_apposition(tok: Token) -> bool:
    """"Macron received at the Elysee the Israeli prime minister": with the object after a place, the
    parser makes the object an apposition of the place. An apposition with no comma before it, after
    the place phrase of a verb that has no object, is that verb's object."""
    place = tok.head
    if tok.dep_ != "appos" or tok.pos_ not in {"NOUN", "PROPN"} or place.dep_ != "pobj" or tok.i < place.i:
        return False
    prep, doc = place.head, tok.doc
    verb = prep.head
    return prep.lower_ in {"at", "in"} and verb.pos_ == "VERB" and verb.i < prep.i and \
        not any(c.dep_ in {"dobj", "obj"} for c in verb.children) and not syntax.is_passive(verb) and \
        doc[tok.left_edge.i].lower_ in {"the", "a", "an"} and \
        not any(t.is_punct for t in doc[place.i + 1:tok.left_edge.i])


def _latin_phrase_verb(tok: Token) -> Token | None:
    """The verb of "declared ... *persona non grata*", whose three words the parser reads as a clause
    or an object ("declared persona non grata the ambassador"). ``tok`` is "grata" after "persona
    non", not yet a predicate; returns the nearest verb above the phrase (None when there is none)."""
    doc, i = tok.doc, tok.i
    if tok.lower_ != "grata" or i < 2 or doc[i - 2].lower_ != "persona" or doc[i - 1].lower_ != "non":
        return None
    if tok.dep_ == "oprd" and doc[i - 2].head.i == i:
        return None
    span = range(i - 2, i + 1)
    for word in doc[i - 2:i + 1]:
        head = word.head
        while (head.i in span or head.pos_ not in {"VERB", "AUX"}) and head.i != head.head.i:
            head = head.head
        if head.i not in span and head.pos_ in {"VERB", "AUX"}:
            return head
    return None


def _make_predicate(grata: Token, verb: Token) -> None:
    """Hang "persona non grata" on ``verb`` as its predicative noun; the nouns the parser hung on
    its words become the verb's object, their other words the verb's."""
    words = grata.doc[grata.i - 2:grata.i + 1]
    inside = {w.i for w in words}
    passive = syntax.is_passive(verb)
    for word in words:
        for child in list(word.children):
            if child.i in inside:
                continue
            child.head = verb
            if child.dep_ in {"nsubj", "dobj"} or child.dep_ in {"compound", "nmod"} and child.pos_ in {
                    "NOUN", "PROPN", "PRON"}:  # ("a Swedish *diplomat* persona non grata")
                child.dep_ = "nsubjpass" if passive and not any(
                    c.dep_ == "nsubjpass" for c in verb.children) else "dobj"
    for word in words[:2]:
        word.head, word.dep_, word.pos_, word.tag_ = grata, "compound", "NOUN", "NN"
    grata.head, grata.dep_, grata.pos_, grata.tag_, grata.lemma_ = verb, "oprd", "NOUN", "NN", "grata"


