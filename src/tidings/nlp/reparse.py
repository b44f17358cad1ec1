"""Repairs of the parse that decide who the actors are, made before the actor resolver runs.

The repairs in :mod:`tidings.events.repair` re-attach words the resolver has already read; a
misparse that hides an actor's noun phrase itself has to be mended earlier, here.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def reparse(doc: Doc) -> int:
    """Apply every repair to ``doc``; returns how many were made."""
    fixed = 0
    for tok in doc:
        if _verb_read_as_adjective(tok):
            _make_main_verb(tok)  # "Thailand's military *seized* power": a clause, not a noun
            fixed += 1
    return fixed


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
    subj = verb.doc[verb.i - 1]
    return subj.head.i == noun.i and subj.dep_ in {"amod", "compound"} and \
        subj.pos_ in {"ADJ", "NOUN"} and all(
            t.dep_ in {"det", "amod", "compound", "nummod"} for t in verb.doc[verb.i + 1:noun.i])


def _make_main_verb(verb: Token) -> None:
    noun = verb.head
    subj = verb.doc[verb.i - 1]
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
