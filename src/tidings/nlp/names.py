"""Names the tagger read as other words, mended before the actor resolver runs.

An acronym opening a sentence ("ECOWAS imposed sanctions", "IS claimed responsibility") reads as a
verb, a gerund, an adjective or an auxiliary; a surname later in the text as a common noun or a verb;
a name after a common noun as a second subject; a one-word nationality before a bare noun as an
object of its own ("accused *Azerbaijani* servicemen"). :mod:`tidings.nlp.reparse` asks these
questions of each word and rebuilds the clause around the name.
"""

from __future__ import annotations

from spacy.tokens import Token

# the endings of one-word nationalities ("Azerbaijani", "Ukrainian", "Chinese", "Turkish")
DEMONYM_ENDINGS = ("ian", "ani", "ese", "ish", "aqi", "eli", "eni", "udi", "ari", "ati", "ini")


def acronym_read_as_verb(tok: Token) -> Token | None:
    """"ECOWAS imposed sanctions on Niger": an upper-case acronym that opens the clause, read as the
    main verb (a gerund "ecowa-s") with the real past tense as an adjective of its object. Returns
    the past tense (None when ``tok`` is not so parsed)."""
    if tok.pos_ not in {"VERB", "PROPN"} or not tok.text.isupper() or len(tok.text) < 3 or tok.i + 1 >= len(tok.doc):
        return None  # (or read as the root noun: "the West African bloc *ECOWAS* imposed sanctions")
    if not (tok.dep_ == "ROOT" or _clause_before_its_root(tok) or _named_noun_before(tok)):
        return None
    verb = tok.doc[tok.i + 1]
    if verb.tag_ not in {"VBD", "VBN"} or verb.dep_ != "amod" or verb.head.head.i != tok.i:
        return None
    return verb


def _clause_before_its_root(tok: Token) -> bool:
    """"ECOWAS imposed sanctions on Monday, *three days after* the junta missed a deadline": the
    acronym read as an adverbial clause of the later clause, which the parser made the root."""
    return tok.dep_ == "advcl" and tok.head.dep_ == "ROOT" and tok.head.i > tok.i


def _named_noun_before(tok: Token) -> bool:
    """"the regional bloc *ECOWAS* imposed ...": the acronym read as a participle on the noun it names."""
    return tok.dep_ == "acl" and tok.head.i == tok.i - 1 and tok.head.pos_ == "NOUN" and tok.head.dep_ == "ROOT"


def acronym_read_as_modifying_verb(tok: Token) -> bool:
    """An upper-case acronym read as a verb (or an adjective) whose clause's subject is the noun
    right after it; or read as the clausal subject with that noun as its object ("*ECOWAS* leaders
    meeting in Abuja gave the junta one week")."""
    if tok.pos_ not in {"VERB", "ADJ"} or not tok.text.isupper() or len(tok.text) < 3 or tok.i + 1 >= len(tok.doc) or \
            tok.dep_ not in {"advcl", "amod", "compound", "nmod", "nsubj", "csubj"}:
        return False
    noun = tok.doc[tok.i + 1]
    return noun.pos_ in {"NOUN", "PROPN"} and (
        noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i == tok.head.i or
        tok.dep_ == "csubj" and noun.dep_ == "dobj" and noun.head.i == tok.i)


def acronym_read_as_gerund(tok: Token) -> Token | None:
    """An upper-case acronym after a preposition read as a gerund whose object is the noun right
    after it ("by *ECOWAS* mediators"): that noun."""
    if tok.pos_ != "VERB" or not tok.text.isupper() or len(tok.text) < 3 or tok.dep_ != "pcomp" or \
            tok.head.pos_ != "ADP" or tok.i + 1 >= len(tok.doc):
        return None
    noun = tok.doc[tok.i + 1]
    return noun if noun.pos_ in {"NOUN", "PROPN"} and noun.dep_ == "dobj" and noun.head.i == tok.i else None


def acronym_read_as_auxiliary(tok: Token) -> bool:
    """"IS claimed responsibility for the bombing": an upper-case acronym opening the sentence, read
    as the auxiliary of a participle that has a direct object (so no passive), is its subject."""
    verb = tok.head
    return tok.dep_ in {"aux", "auxpass"} and tok.text.isupper() and len(tok.text) >= 2 and \
        tok.i == tok.sent.start and verb.i == tok.i + 1 and verb.tag_ == "VBN" and \
        any(c.dep_ == "dobj" for c in verb.children)


def make_subject_of(name: Token, verb: Token) -> None:
    noun = verb.head
    named = next((c for c in name.children if c.dep_ == "nsubj" and c.i < name.i), None)
    if name.dep_ == "acl":  # "the regional bloc *ECOWAS* imposed": the noun it names, read as the root
        named = name.head
        for child in list(named.children):
            if child.i > name.i:
                child.head = verb  # (its phrases of time and place are the verb's)
    elif name.dep_ == "advcl":  # (the later clause, which the parser made the root, is the verb's)
        later = name.head
        for child in list(later.children):
            if child.i < name.i:
                child.head = verb
        later.head, later.dep_ = verb, "advcl"
    for child in list(name.children):
        if child.i > name.i and child.i != verb.i:
            child.head = verb  # the rest of the sentence hangs on the verb
    verb.head, verb.dep_ = verb, "ROOT"
    verb.pos_ = "VERB"
    if verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        verb.tag_ = "VBD"  # a past tense with its subject, not a participle
    name.head, name.dep_ = verb, "nsubj"
    name.pos_, name.tag_, name.lemma_ = "PROPN", "NNP", name.text
    noun.head, noun.dep_ = verb, "dobj"
    if named is not None:  # "the bloc ECOWAS": the noun is the subject, the acronym its name
        named.head, named.dep_ = verb, "nsubj"
        name.head, name.dep_ = named, "appos"


def name_read_as_second_subject(tok: Token) -> bool:
    """A name right after a common noun, both read as subjects of one verb: the noun's name."""
    if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or tok.i == 0:
        return False
    noun = tok.doc[tok.i - 1]
    return noun.dep_ == "nsubj" and noun.head.i == tok.head.i and noun.pos_ == "NOUN"


def name_read_as_verb(tok: Token) -> bool:
    """A capitalised word inside the sentence that the recogniser calls a person, read as a verb
    complement right after a verb that has no object ("congratulates *Trump* on election win")."""
    verb = tok.head
    return tok.pos_ == "VERB" and tok.dep_ in {"xcomp", "ccomp"} and tok.ent_type_ == "PERSON" and \
        tok.text[:1].isupper() and tok.i > tok.sent.start and verb.i == tok.i - 1 and verb.pos_ == "VERB" and \
        not any(c.dep_ in {"dobj", "nsubj", "aux"} for c in tok.children) and \
        not any(c.dep_ == "dobj" for c in verb.children)


def name_read_as_noun(tok: Token) -> bool:
    """A capitalised word inside the sentence, tagged a common noun though the text has already used it
    as a name (a person's surname, tagged a proper noun there)."""
    if tok.pos_ != "NOUN" or not tok.text[:1].isupper() or tok.i == tok.sent.start or \
            tok.ent_type_ not in {"PERSON", ""} or tok.text.isupper():
        return False
    return any(t.text == tok.text and t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in tok.doc[:tok.i])


def demonym_read_as_object(verb: Token) -> Token | None:
    """The first of two objects of ``verb`` when it is a one-word nationality right before the
    second, a bare noun: "Azerbaijani" in "accused Azerbaijani servicemen" (not "offered Ukraine
    weapons"); None otherwise."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.pos_ != "VERB" or len(objects) != 2:
        return None
    first, second = objects
    ok = second.i == first.i + 1 and second.pos_ == "NOUN" and first.pos_ == "PROPN" and \
        first.ent_type_ != "GPE" and first.n_lefts == first.n_rights == 0 and \
        (first.ent_type_ == "NORP" or first.lower_.endswith(DEMONYM_ENDINGS))
    return first if ok else None
