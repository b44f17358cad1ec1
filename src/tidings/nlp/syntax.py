"""Small, reusable readings of a spaCy dependency parse (English, ClearNLP labels).

Both the actor resolver and the event coder ask the same questions of a parse — what is the noun
phrase around this head, who is the subject of this verb, what are the prepositional objects — so
the answers live here, once.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Span, Token

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
OBJECTS = frozenset({"dobj", "obj"})
# left dependents that belong to the noun phrase a head names
NP_LEFT = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "case",
                     "punct", "npadvmod", "advmod", "predet", "prep", "pobj", "cc", "conj"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without",
                       # near-negatives: "have *rarely* agreed" says it did not happen this time
                       "rarely", "seldom", "hardly", "scarcely"})


def np_span(head: Token) -> Span:
    """The core noun phrase of ``head``: its left modifiers (not relative clauses) and itself.

    "the Kazakh President Tokayev" for head "Tokayev"; "Russia 's peacekeeping force" for "force".
    """
    start = head.i
    for child in head.lefts:
        if child.dep_ in NP_LEFT and child.dep_ not in {"cc", "conj"}:
            start = min(start, child.left_edge.i)
    # a flat name whose parts hang off the head to the right ("Samat Abish" parsed head-first)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in {"compound", "flat"} and child.i == end:
            end = child.right_edge.i + 1
    doc = head.doc
    while start < head.i and doc[start].dep_ in {"punct", "cc", "det", "case"}:
        start += 1
    return doc[start:end]


def prep_objects(head: Token, preps: frozenset[str] | set[str] | None = None) -> Iterator[tuple[str, Token]]:
    """(preposition, object head) for each prepositional phrase attached to ``head``.

    Multi-word prepositions are folded ("on behalf of"); a ``pcomp`` verb is returned as object.
    """
    for child in head.children:
        if child.dep_ not in {"prep", "agent", "dative"}:
            continue
        word = child.lower_
        if child.dep_ == "dative" and child.pos_ != "ADP" and not _dative_preposition(child):
            continue
        if preps is not None and word not in preps:
            continue
        for obj in child.children:
            if obj.dep_ in {"pobj", "pcomp"}:
                yield word, obj


def subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            return child
    return None


def passive_subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in PASSIVE_SUBJECTS:
            return child
    return None


def object_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in OBJECTS:
            return child
    return None


def to_infinitive(verb: Token) -> bool:
    """True when ``verb`` is marked as a to-infinitive ("(asked them) *to leave*")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def first_to_act(verb: Token) -> bool:
    """"Sudan *became the first country to recognise* South Sudan": an infinitive on a first, last
    or only one that the subject becomes tells the subject's own act, not a description of the noun
    ("was the first leader to visit" may tell a past one: background)."""
    noun = verb.head
    return verb.dep_ == "relcl" and to_infinitive(verb) and noun.dep_ == "attr" and \
        noun.head.lemma_.lower() == "become" and \
        any(c.lower_ in {"first", "only", "last"} for c in noun.lefts)


def that_marked(verb: Token) -> bool:
    """True when ``verb`` opens a clause with "that" ("(demanded) *that* Iraq withdraw")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def dative_of(verb: Token) -> Token | None:
    """The indirect object: "told reporters", "gave Kazakhstan support"."""
    for child in verb.children:
        if child.dep_ == "dative" and child.pos_ != "ADP" and not _dative_preposition(child):
            return child
    return None


def _dative_preposition(child: Token) -> bool:
    """"granted asylum *to* the leader" with "to" tagged a particle: a preposition all the same."""
    return child.lower_ in {"to", "for"} and any(c.dep_ == "pobj" for c in child.children)


def agent_of(verb: Token) -> Token | None:
    """The by-phrase object of a passive verb ("was arrested by police" → police), or of the
    passive it is coordinated with ("were *beaten* and detained by police")."""
    own = _own_agent(verb)
    if own is not None:
        return own
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.tag_ == "VBN":
            found = _own_agent(conj)
            if found is not None:
                return found
    return None


def _own_agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    if is_passive(verb):  # "had been "wrongfully detained" *by Russia*": the parser read the agent
        for _, obj in prep_objects(verb, {"by"}):  # as a plain "by" phrase (not "*by Friday*")
            if obj.ent_type_ not in {"DATE", "TIME"}:
                return obj
    if is_passive(verb):  # "were delivered to the town of Madaya *by the UN*": the parser hung the
        for _, place in prep_objects(verb, {"to", "in", "into", "at"}):  # agent on the place
            for prep in (c for c in place.children if c.dep_ == "prep" and c.lower_ == "by"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"}:
                        return obj
    return None


def particle_of(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ == "prt":
            return child.lower_
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass", "csubjpass"} for c in verb.children)


def clause_verb(token: Token, pos: frozenset[str] = frozenset({"VERB", "AUX"})) -> Token:
    """The verb whose clause ``token`` is in: itself or its nearest ancestor of part of speech
    ``pos`` (the sentence's root when there is none)."""
    while token.pos_ not in pos and token.head.i != token.i:
        token = token.head
    return token


def is_negated(token: Token) -> bool:
    """A negation attached to this word: "did not provide", "never agreed", "no talks", "no
    longer recognises"."""
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ in {"advmod", "det", "preconj"} and child.lower_ in NEGATIONS):
            return True
        if child.dep_ in {"nsubj", "nsubjpass"} and token.pos_ in {"VERB", "AUX"} and any(
                d.dep_ in {"det", "preconj"} and d.lower_ in {"no", "neither"} for d in child.children):
            return True  # "*No country* has recognised the Taliban", "*Neither* Ethiopia nor Eritrea has agreed"
        if child.dep_ == "advmod" and child.lower_ == "longer" and \
                any(c.lower_ == "no" for c in child.children):
            return True
    return False


def not_yet(token: Token) -> bool:
    """"*has yet to* secure funding", "*is yet to* withdraw": the complement is not done."""
    return token.lemma_ in {"have", "be"} and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in token.children) and any(
        c.dep_ == "xcomp" and to_infinitive(c) for c in token.children)


def with_conjuncts(token: Token) -> list[Token]:
    """The token and every token coordinated with it ("Russia and China" → both)."""
    out = [token]
    for conj in token.conjuncts:
        if conj.pos_ == token.pos_ or conj.pos_ in NOMINAL and token.pos_ in NOMINAL:
            out.append(conj)
    return sorted(out, key=lambda t: t.i)


def governing_chain(token: Token) -> Iterator[Token]:
    """Heads above ``token`` up to the sentence root, nearest first."""
    node = token
    while node.head.i != node.i:
        node = node.head
        yield node


def aux_lemmas(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}


def _load_speech_verbs() -> dict[str, bool]:
    from importlib import resources

    text = (resources.files("tidings.nlp.data") / "speech_verbs.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {r[0]: r[1].strip() == "yes" for r in rows[1:]}


# reporting verbs → whether they announce the speaker's own act (see nlp/data/speech_verbs.tsv)
SPEECH_VERBS: dict[str, bool] = _load_speech_verbs()


def _load_collectives() -> frozenset[str]:
    from importlib import resources

    text = (resources.files("tidings.nlp.data") / "collective_nouns.txt").read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


# nouns naming a body of people, never "he"/"she" (see nlp/data/collective_nouns.txt)
COLLECTIVE_NOUNS: frozenset[str] = _load_collectives()


def speech_head(token: Token) -> Token | None:
    """The reporting verb whose complement contains ``token`` ("Tokayev said [that he ordered]")."""
    node = token
    while node.head.i != node.i:
        parent = node.head
        if node.dep_ in {"ccomp", "xcomp", "advcl", "parataxis", "conj"} and parent.lemma_ in SPEECH_VERBS:
            if node.dep_ != "conj":
                return parent
        node = parent
    return None


# nouns for texts that act by what they say: "a resolution condemning ...", "a law imposing ..."
DOCUMENTS = frozenset({"resolution", "statement", "declaration", "communique", "communiqué", "letter",
                       "report", "motion", "law", "decree", "bill", "order", "note", "message"})

# words that count the people of their "of" phrase ("dozens of demonstrators")
COUNTS = frozenset({"dozen", "hundred", "thousand", "million", "score", "group", "number"})


def antecedent(relcl: Token) -> Token:
    """The noun a relative clause is about, counted as its phrase is: "thousands of students *who
    marched*" are the thousands (the phrase the actor is resolved on)."""
    noun = relcl.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in COUNTS:
        return noun.head.head
    return noun
