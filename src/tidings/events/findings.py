"""Findings that a deed is a grave crime: an accusation of war crimes (CAMEO 1124) by whoever finds it.

"Amnesty said the destruction of the shrines *by Ansar Dine* may constitute a war crime", "the
commission concluded that *the army's* operation amounted to ethnic cleansing", "Washington
determined that *the RSF* had committed genocide": the one who says or finds it accuses the doer
of the deed (as our gold sets code it). Told with no one saying it ("the killings amount to
genocide"), the finding is the writer's and no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.nlp import syntax

# verbs that judge their subject ("the killings *amount to* ...", "*constitute*"): the deed is the subject
JUDGING = frozenset({"constitute", "amount", "represent"})
# mass violence a finding says was committed ("*committed* genocide"): the doer is the subject
COMMITTING = frozenset({"commit", "perpetrate"})
GRAVE_NOUNS = frozenset({"genocide", "cleansing"})
# verbs of a formal finding ("*determined* that the RSF had committed genocide"; reporting verbs in
# nlp/data/speech_verbs.tsv, so that the clause under them is what is found)
FINDING = frozenset({"determine", "conclude", "find"})


def finding(host: Token, code: str, trigger: list[Token]) -> tuple[Token | None, list[Token]] | None:
    """(the verb of saying or finding, the tokens of the deed's doers) when ``host`` finds a deed
    to be a grave crime; (None, []) when the finding is no event (the writer's own, or a crime that
    is no grave one: "amounted to a crime"); None when ``host`` is no finding."""
    lemma = host.lemma_.lower()
    if code == "1124" and lemma in JUDGING:
        if not _grave(host):
            return None, []
        deed = syntax.subject_of(host)
        doers = _doers_of(deed) if deed is not None else []
    elif code[:2] == "20" and lemma in COMMITTING and any(t.lemma_.lower() in GRAVE_NOUNS for t in trigger):
        subject = syntax.subject_of(host)
        doers = [subject] if subject is not None else []
    else:
        return None
    judge = syntax.speech_head(host)
    if lemma in COMMITTING:  # (only a formal finding: "said they had committed genocide" keeps the act)
        return (judge, doers) if judge is not None and judge.lemma_.lower() in FINDING else None
    return (judge, doers) if judge is not None else (None, [])


def _grave(host: Token) -> bool:
    """True when what the verb judges its subject to be is a war crime, a crime against humanity,
    genocide or ethnic cleansing."""
    said = [c for c in host.children if c.dep_ in syntax.OBJECTS] + [
        o for _, o in syntax.prep_objects(host, {"to"})]
    words = {t.lemma_.lower() for o in said for t in o.subtree}
    return bool(words & GRAVE_NOUNS) or "crime" in words and bool(words & {"war", "humanity"})


def _doers_of(deed: Token) -> list[Token]:
    """Who did the deed a noun names: a "by" phrase in its phrase, its possessor, else a name
    modifying it."""
    by = [o for t in deed.subtree if t.dep_ != "relcl" for _, o in syntax.prep_objects(t, {"by"})]
    # (the parser may hang "by" on a word of the deed's phrase: "the destruction of the shrines in
    # Timbuktu *by* Ansar Dine")
    if by:
        return by
    own = [c for c in deed.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if own:
        return own
    return [c for c in deed.children if c.dep_ in {"compound", "amod"} and c.pos_ == "PROPN"]
