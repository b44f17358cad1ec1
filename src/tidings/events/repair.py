"""Repairs of parses that the small English model gets wrong in a way that hides an event.

The coder reads events off the dependency tree, so a few systematic misparses cost whole events.
Each repair here is narrow (it fires only on a shape the correct reading cannot have) and rewrites
the tree in place before the coder walks it; the actor resolver has already run on the same
tokens, so the mentions it found stay valid (they are keyed by token index).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tidings.events.govern import governor_of
from tidings.events.modality import controls_subject_only
from tidings.events.patterns import word_class
from tidings.nlp import syntax

# day words that take no phrase of their own ("on Monday *of spying*")
DATE_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        "today", "yesterday", "tonight", "weekend", "week", "month"})
# acts whose of-phrase after a date is their own ("welcomed the signing last week *of* the agreement")
OF_ACTS = word_class("@of_acts")
# the dash that ends a dateline ("KABUL (Reuters) - ...")
DASHES = frozenset({"-", "--", "–", "—"})
# what may stand between a subject noun and its verb without making the verb a modifier of it
BETWEEN = frozenset({"advmod", "punct"})


def repair(doc: Doc) -> int:
    """Apply every repair to ``doc``; returns how many tokens were re-attached."""
    fixed = 0
    for tok in doc:
        if _misread_participle(tok):
            _make_clause(tok)
            fixed += 1
    for tok in doc:
        main = _misread_main_verb(tok)
        if main is not None:
            _make_participle(tok, main)
            fixed += 1
    for tok in doc:
        verb = _phrase_after_a_date(tok)
        if verb is not None:
            tok.head = verb  # "accused the diplomats on Monday *of spying*": accused of spying (or the
            # act's noun: "welcomed the signing last week *of* the agreement")
            fixed += 1
    fixed += _dateline_subject(doc)
    for tok in doc:
        if _asked_infinitive(tok):
            tok.dep_ = "xcomp"  # "appealed to the EU *on Tuesday* to lift sanctions": what is asked
            fixed += 1
    for tok in doc:
        if _purpose_after_object(tok):
            tok.dep_ = "advcl"  # "began *a hunger strike* to demand visits": what it is for
            fixed += 1
    for tok in doc:
        if _run_on_verb(tok):
            tok.dep_ = "conj"  # "threatened to ..., *then walked* out of talks": a second act
            fixed += 1
    for tok in doc:
        subj = _subject_read_as_conjunct(tok)
        if subj is not None:  # "Hamas released 13 hostages and *Israel freed* 39 prisoners"
            subj.head, subj.dep_ = tok, "nsubj"
            fixed += 1
    for tok in doc:
        obj = _authors_phrase(tok)
        if obj is not None:
            tok.head = obj  # "rejected a proposal *by Britain*": Britain's proposal
            fixed += 1
    for tok in doc:
        name = _name_after_title_conjunct(tok)
        if name is not None:  # "Koirala and Maoist *chairman Prachanda* signed": Prachanda is the conjunct
            name.dep_ = "conj"
            tok.head, tok.dep_ = name, "compound"
            fixed += 1
    for tok in doc:
        names = _names_after_class_noun(tok)
        if names is not None:  # "Rival *factions Fatah and Hamas* signed": the names are the subject
            noun, name = names
            noun.head, noun.dep_ = name, "dep"
            fixed += 1
    for tok in doc:
        speaker = _speaker_read_as_apposition(tok)
        if speaker is not None:  # "... to Nepal, *the Chinese Embassy* said": who said it
            speaker.head, speaker.dep_ = tok, "nsubj"
            fixed += 1
    return fixed


def _dateline_subject(doc: Doc) -> int:
    """"JAKARTA (Reuters) - Thousands of students occupied ...": the parser may take the dateline's
    place name for a second subject of the first verb. A word before the dateline's dash is never
    the subject of a verb whose own subject follows the dash; it is marked as an adverbial."""
    dash = next((t for t in doc[:10] if t.text in DASHES), None)
    if dash is None or not doc[0].is_upper:
        return 0
    fixed = 0
    for tok in doc[:dash.i]:
        if tok.dep_ in {"nsubj", "nsubjpass"} and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.i > dash.i for c in tok.head.children):
            tok.dep_ = "npadvmod"
            fixed += 1
    return fixed


def _asked_infinitive(verb: Token) -> bool:
    """"urged Tuvalu's government on Monday *to keep* its ties", "appealed to the US on Tuesday
    *to lift* sanctions": after a date the parser reads what a verb of asking or ordering asks for
    as the purpose of the asking. An infinitive without its own subject after such a verb, with
    the one asked named (object, "to" or "on"), is what is asked."""
    head = verb.head
    if verb.dep_ != "advcl" or head.pos_ != "VERB" or syntax.subject_of(verb) is not None or \
            not syntax.to_infinitive(verb):
        return False
    row = governor_of(head)
    if row is None or row.kind not in {"appeal", "demand", "order"}:
        return False
    obj = syntax.object_of(head)
    if obj is not None:  # someone asked ("urged *Tuvalu's government*"), not something demanded
        # ("demanded *direct talks* with the US to end the war": the talks' purpose)
        asked = obj.pos_ in {"PROPN", "PRON"} or any(
            c.dep_ == "poss" or (c.dep_ in {"compound", "amod", "appos"} and c.pos_ == "PROPN")
            for c in obj.children)  # (also "press *military ruler Gen. Sani Abacha*")
    else:
        asked = any(p in {"to", "on"} for p, _ in syntax.prep_objects(head))
    return asked and not any(c.dep_ in {"xcomp", "ccomp"} for c in head.children)


def _purpose_after_object(verb: Token) -> bool:
    """An infinitive read as the complement of a transparent verb that has an object of its own:
    "began *a hunger strike* to demand visits", "launched *an offensive* to retake the town". A
    verb like "begin" takes either an object or an infinitive, so with an object the infinitive is
    the purpose, not what was begun."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.pos_ != "VERB" or not syntax.to_infinitive(verb):
        return False
    row = governor_of(head)
    obj = syntax.object_of(head)
    return row is not None and row.kind == "same" and row.controller == "subj" and obj is not None \
        and obj.i < verb.i  # (not "prompting Japan to scramble jets": Japan scrambles them)


def _phrase_after_a_date(prep: Token) -> Token | None:
    """"accused four diplomats on Monday *of spying*": the parser hangs the phrase after a date on
    the date, which takes none; it belongs to the verb the date is on. Returns that verb, or None."""
    date = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in {"of", "for", "with", "against", "to"} or \
            date.lower_ not in DATE_WORDS or date.dep_ not in {"pobj", "npadvmod"}:
        return None
    if any(c.lemma_.lower() in {"week", "month", "year"} or c.ent_type_ == "DATE" for c in prep.children):
        return None  # "on Monday of last week", "the last week of March": the date's own phrase
    verb = date.head.head if date.dep_ == "pobj" else date.head
    if verb.pos_ != "VERB" or prep.i != date.right_edge.i - len(list(prep.subtree)) + 1:
        return None
    act = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.i < date.i), None)
    if prep.lower_ == "of" and act is not None and act.lemma_.lower() in OF_ACTS and \
            not any(c.dep_ == "prep" and c.lower_ == "of" for c in act.children):
        return act  # "welcomed *the signing* last week *of* the agreement": the act's own phrase
    return verb


def _authors_phrase(prep: Token) -> Token | None:
    """"Iran rejected a proposal *by Britain and France*": the parser hangs the by-phrase on the
    verb. An active verb has no agent phrase, so a "by" right after its direct object names whose
    the object is. Returns the object, or None."""
    verb = prep.head
    if prep.lower_ != "by" or prep.dep_ != "prep" or verb.pos_ != "VERB" or syntax.is_passive(verb):
        return None
    obj = syntax.object_of(verb)
    if obj is None or obj.pos_ != "NOUN" or obj.right_edge.i + 1 != prep.i:
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj if pobj is not None and pobj.pos_ == "PROPN" else None


def _misread_main_verb(verb: Token) -> Token | None:
    """"Rockets *fired* from Gaza *hit* southern Israel": the tagger reads "fired" as the main verb
    and hangs the real one, "hit", under it as a subjectless adverbial clause. A finite verb whose
    subject is a noun, which has no object itself and is followed by a bare past-tense verb with an
    object of its own (no subject, no "to", no conjunction), is a participle modifying that noun;
    the second verb is the clause's. Returns the second verb, or None."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"}:
        return None
    subj = syntax.subject_of(verb)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or subj.i > verb.i:
        return None
    if any(c.dep_ in syntax.OBJECTS | {"aux", "auxpass", "ccomp", "xcomp"} for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "advcl" and child.tag_ == "VBD" and child.i > verb.i and \
                any(c.dep_ in syntax.OBJECTS for c in child.children) and \
                not any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass", "advmod"} and
                        c.i < child.i for c in child.children) and \
                not any(t.pos_ == "PUNCT" or t.dep_ == "cc" for t in verb.doc[verb.i + 1:child.i]):
            return child
    return None


def _make_participle(verb: Token, main: Token) -> None:
    subj = syntax.subject_of(verb)
    root_head, root_dep = verb.head, verb.dep_
    main.head = main if root_dep == "ROOT" else root_head
    main.dep_ = root_dep
    subj.head = main
    subj.dep_ = "nsubj"
    verb.head = subj
    verb.dep_ = "acl"
    verb.tag_ = "VBN"
    for child in list(verb.children):  # the clause's punctuation goes with its main verb
        if child.dep_ == "punct" and child.i > main.i:
            child.head = main


def _misread_participle(verb: Token) -> bool:
    """"Israeli air strikes *killed* 20 people in Gaza, officials said": the tagger reads the
    past tense "killed" as a participle modifying "strikes" (acl, VBN), which leaves the verb with
    no subject. A participle that modifies a noun is passive in meaning ("the people killed in
    Gaza") and so cannot take a direct object; one that has an object is the past tense of a
    clause whose subject is the noun before it."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.pos_ != "VERB":
        return False
    noun = verb.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"nsubj", "ROOT"}:
        return False
    if not any(c.dep_ in syntax.OBJECTS for c in verb.children) and not (
            controls_subject_only(verb.lemma_.lower()) and
            any(c.dep_ == "xcomp" and syntax.to_infinitive(c) for c in verb.children)):
        return False  # (nor an infinitive of its own subject's act: "unions *threatened to call*")
    if any(c.dep_ in {"auxpass", "aux", "nsubj", "nsubjpass", "mark"} for c in verb.children):
        return False
    # the verb must follow the noun phrase directly: "strikes killed", not "strikes ... killed"
    return all(t.dep_ in BETWEEN or t.i in _subtree_ids(noun, verb)
               for t in noun.doc[noun.i + 1:verb.i])


def _subtree_ids(noun: Token, skip: Token) -> set[int]:
    out: set[int] = set()
    for child in noun.children:
        if child.i != skip.i and child.i < skip.i:
            out.update(t.i for t in child.subtree)
    return out


def _make_clause(verb: Token) -> None:
    noun = verb.head
    if noun.dep_ == "ROOT":  # "Israeli air strikes killed 20 people in Gaza."
        verb.head = verb
        verb.dep_ = "ROOT"
    else:  # "..., officials said": the clause is what was said
        verb.head = noun.head
        verb.dep_ = "ccomp"
    for child in list(noun.children):  # the full stop belongs to the clause now
        if child.dep_ == "punct" and child.i > verb.i:
            child.head = verb
    noun.head = verb
    noun.dep_ = "nsubj"


def _subject_read_as_conjunct(verb: Token) -> Token | None:
    """The name just before a subjectless second verb that the parser joined to the first verb's
    object ("Hamas released 13 hostages *and Israel* freed 39 prisoners": Israel frees them)."""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ"} or syntax.subject_of(verb) is not None or \
            verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    first = verb.head
    if noun.dep_ != "conj" or noun.pos_ != "PROPN" or noun.ent_type_ not in {"GPE", "ORG", "NORP", "PERSON"} or \
            noun.head.dep_ not in syntax.OBJECTS or noun.head.head.i != first.i or \
            syntax.subject_of(first) is None or noun.left_edge.i == 0 or \
            verb.doc[noun.left_edge.i - 1].lower_ != "and":
        return None
    return noun


def _name_after_title_conjunct(tok: Token) -> Token | None:
    """A bare singular title read as the second conjunct, with the name it precedes hung on the
    first conjunct as an apposition ("Koirala and Maoist *chairman* Prachanda"): the name is the
    conjunct."""
    if tok.dep_ != "conj" or tok.tag_ != "NN" or tok.right_edge.i + 1 >= len(tok.doc) or \
            any(c.dep_ in {"det", "poss"} for c in tok.children):
        return None
    name = tok.doc[tok.right_edge.i + 1]
    if name.dep_ != "appos" or name.head.i != tok.head.i or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return None
    return name


def _names_after_class_noun(verb: Token) -> tuple[Token, Token] | None:
    """Two subjects of one verb, a common noun right before a name ("Rival Palestinian *factions
    Fatah* and Hamas signed"): the noun describes the names, which are the subject."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2:
        return None
    noun, name = subjects
    if noun.pos_ != "NOUN" or name.pos_ != "PROPN" or name.left_edge.i != noun.i + 1:
        return None
    return noun, name


def _speaker_read_as_apposition(verb: Token) -> Token | None:
    """A reporting verb after its clause, with no subject, whose speaker the parser hung on the
    clause's last noun as an apposition ("delivered supplies to Nepal, *the Chinese Embassy* said")."""
    if verb.lemma_ not in syntax.SPEECH_VERBS or verb.tag_ not in {"VBD", "VBZ"} or verb.i < 3 or \
            syntax.subject_of(verb) is not None or \
            not any(c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i for c in verb.children):
        return None
    speaker = verb.doc[verb.i - 1]
    while speaker.head.i != speaker.i and speaker.head.i < verb.i and speaker.dep_ != "appos":
        speaker = speaker.head
    if speaker.dep_ != "appos" or speaker.right_edge.i != verb.i - 1 or speaker.pos_ not in {"NOUN", "PROPN"} or \
            speaker.left_edge.i == 0 or speaker.doc[speaker.left_edge.i - 1].text != ",":
        return None
    return speaker


def _run_on_verb(tok: Token) -> bool:
    """A finite verb with no subject, hung as an unlabelled dependent on the verb before it and
    introduced by "then" ("threatened to turn Seoul into a sea of fire, *then walked* out"): the
    same subject's next act."""
    head = tok.head
    return tok.dep_ == "dep" and tok.tag_ in {"VBD", "VBZ"} and head.pos_ == "VERB" and \
        head.i < tok.i and syntax.subject_of(tok) is None and syntax.subject_of(head) is not None and \
        any(c.dep_ == "advmod" and c.lower_ == "then" for c in [*tok.children, *head.children]
            if c.i == tok.i - 1)
