"""Whether a clause reports a particular act that happened: news, not background, description,
habit, summary, hypothesis or the work of nature.

The coder asks :func:`not_reported_act` for every candidate before looking at governing words
(those are :mod:`tidings.events.govern`'s business) and :func:`is_history` once the event's date
is known. Each rule names the shape it drops and why.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from tidings.nlp import syntax

# an event dated this long before the story is background, not news (PETRARCH's gold discards them)
BACKGROUND_DAYS = 180
# adverbs that make a present-tense verb a habit: "police *often* use tear gas"
FREQUENCY = frozenset({"often", "usually", "routinely", "regularly", "always", "frequently",
                       "sometimes", "typically", "generally", "normally", "traditionally",
                       "annually", "habitually", "seldom", "rarely", "never", "occasionally"})
# time nouns that "every"/"each" turn into a habit: "meet *every year*"
PERIODS = frozenset({"year", "month", "week", "day", "summer", "spring", "autumn", "winter",
                     "time", "morning", "evening", "night", "weekend", "decade"})
CONDITIONS = frozenset({"if", "unless"})
# texts and measures that, in the present tense, say what a rule does, not what anyone did
STANDING = frozenset({"law", "treaty", "sanction", "rule", "regulation", "policy", "measure",
                      "resolution", "ban", "agreement", "deal", "constitution", "bill", "decree",
                      "plan", "programme", "program", "system", "convention", "charter", "accord",
                      "embargo", "act", "legislation", "code", "protocol", "mandate"})


def not_reported_act(host: Token, subject_class: frozenset[str]) -> str | None:
    """Why the clause of ``host`` reports no particular act (None when it does).

    ``subject_class`` holds the nouns that are never doers of a political act (floods,
    earthquakes, disease: ``@nonagent`` in classes.tsv)."""
    if host.dep_ == "advcl" and host.tag_ == "VBG" and syntax.subject_of(host) is None:
        return "elaboration"  # "..., killing eight people": part of the main clause's event
    if any(t.dep_ == "relcl" for t in [host, *syntax.governing_chain(host)]):
        return "relative clause"  # "guerrillas, who overran the town last month, ...": background
    if host.dep_ in {"csubj", "csubjpass"}:
        return "topic"  # "removing the sanctions is out of the question"
    if host.dep_ == "pcomp" and host.tag_ == "VBG":
        return "reason"  # "criticised X for selling arms", "arrested for spying"
    doer = syntax.agent_of(host) if syntax.is_passive(host) else syntax.subject_of(host)
    if doer is not None and doer.lemma_.lower() in subject_class:
        return "no agent"  # "floods killed 100 people", "an earthquake struck Turkey"
    if host.tag_ in {"VBP", "VBZ"} and doer is not None and doer.lemma_.lower() in STANDING:
        return "standing rule"  # "the law allows police to detain", "the sanctions target banks"
    if host.tag_ in {"VBP", "VBZ"} and _habitual(host):
        return "habit"  # "the two leaders meet every year", "police often use tear gas"
    if host.dep_ == "ROOT" and syntax.aux_lemmas(host) & {"will", "would"} and any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)
            for c in host.children):
        # "the rebels will lay down their arms only if ...": a hypothesis in the text's own voice
        # (under "warned" or "said" the governing word decides what it is)
        return "conditional"
    return None


def _habitual(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in FREQUENCY:
            return True
        if child.dep_ in {"npadvmod", "advmod", "obl"} and child.lemma_.lower() in PERIODS and \
                any(d.lower_ in {"every", "each"} for d in child.children):
            return True
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
