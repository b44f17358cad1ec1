"""Event confidence: a small logistic model over the evidence the coder had (events/data/confidence.tsv).

The weights are fitted by bench/calibrate.py; the coder computes the 0/1 evidence features, with the
help of the two predicates here that only the confidence model uses.
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from tidings.model import Actor
from tidings.nlp import syntax


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    text = (resources.files("tidings.events.data") / "confidence.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {r[0]: float(r[1]) for r in rows[1:]}


def confidence(features: dict[str, bool]) -> float:
    w = weights()
    z = w.get("bias", 0.0) + sum(w.get(name, 0.0) for name, on in features.items() if on)
    return 1.0 / (1.0 + math.exp(-z))


def embedded(host: Token) -> bool:
    """True for an act in a subordinate clause ("after police stormed ..."), not the main clause,
    a clause coordinated with it, or reported speech."""
    node = host
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ != "ROOT" and syntax.speech_head(host) is None


def bare_country(actor: Actor | None) -> bool:
    """A plain country ("Russia"), the easiest actor to get right."""
    return actor is not None and actor.kind == "country" and not actor.sectors
