"""Event confidence: a small logistic model over the evidence the coder had (events/data/confidence.tsv)."""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    text = (resources.files("tidings.events.data") / "confidence.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {r[0]: float(r[1]) for r in rows[1:]}


def confidence(features: dict[str, bool]) -> float:
    w = weights()
    z = w.get("bias", 0.0) + sum(w.get(name, 0.0) for name, on in features.items() if on)
    return 1.0 / (1.0 + math.exp(-z))
