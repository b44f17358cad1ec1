"""Scoring predicted dyads against gold dyads, sentence by sentence.

**Levels.** Each level reads one *key* off a dyad (:data:`LEVELS`): the CAMEO root, the code, the
PLOVER type, the dyad triples (source country, target country, root or PLOVER type), the exact
triples (source code, target code, CAMEO code or PLOVER type), or one actor alone. A dyad whose key
is None at a level (no CAMEO code in PLOVER gold; no PLOVER type for CAMEO 01x/02x; no source) is
not counted at that level, on either side. A level that the gold never fills is reported as n/a.

**Matching per level.** Within a sentence, predicted and gold dyads are matched one-to-one, a pair
matching when their keys are equal; the number of matches is the largest possible, which for
equality is the size of the multiset intersection of the keys. True positives, predicted and gold
counts are summed over sentences (micro average): P = tp/pred, R = tp/gold, F1 their harmonic mean.

**Alignment.** The confusion matrix, the error listing and calibration need one pairing of each
sentence's events. Pairs are made strictest first — exact triple, dyad triple, CAMEO code, root,
PLOVER type, same (source country, target country), same source country — each stage pairing the
remaining events with equal keys in the order the coder emitted them. What remains unpaired is a
miss (gold) or a false alarm (predicted).

**Calibration.** A predicted event is *right* when its aligned gold partner has the same dyad triple:
(source country, target country, root) where the gold has CAMEO codes, (source country, target
country, PLOVER type) where it has only PLOVER types. Expected calibration error uses 10 equal-width
confidence bins: ECE = Σ_b (n_b / N) · |accuracy_b − mean confidence_b|.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Hashable, Iterable

from tidings.evaluate.codes import country_of
from tidings.evaluate.gold import Dyad, GoldSentence

Key = Callable[[Dyad], Hashable | None]
NONE = "-"  # a missing actor inside a triple


def _c(code: str | None) -> str:
    return country_of(code) or NONE


def _triple(d: Dyad, event: str | None, exact: bool) -> tuple | None:
    if event is None:
        return None
    if exact:
        return (d.source or NONE, d.target or NONE, event)
    return (_c(d.source), _c(d.target), event)


# name → (label, key)
LEVELS: dict[str, tuple[str, Key]] = {
    "root": ("event: CAMEO root", lambda d: d.root),
    "code": ("event: CAMEO code", lambda d: d.code),
    "plover": ("event: PLOVER type", lambda d: d.plover),
    "dyad_root": ("(src country, tgt country, root)", lambda d: _triple(d, d.root, False)),
    "dyad_plover": ("(src country, tgt country, PLOVER)", lambda d: _triple(d, d.plover, False)),
    "exact": ("exact (src code, tgt code, CAMEO code)", lambda d: _triple(d, d.code, True)),
    "exact_plover": ("exact (src code, tgt code, PLOVER)", lambda d: _triple(d, d.plover, True)),
    "source": ("source actor code", lambda d: d.source),
    "target": ("target actor code", lambda d: d.target),
    "source_country": ("source country", lambda d: country_of(d.source)),
    "target_country": ("target country", lambda d: country_of(d.target)),
}

ALIGN_STAGES: tuple[Key, ...] = (
    LEVELS["exact"][1], LEVELS["exact_plover"][1], LEVELS["dyad_root"][1], LEVELS["dyad_plover"][1],
    LEVELS["code"][1], LEVELS["root"][1], LEVELS["plover"][1],
    lambda d: (_c(d.source), _c(d.target)) if d.source or d.target else None,
    lambda d: country_of(d.source),
)


@dataclass(slots=True)
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / self.pred if self.pred else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "pred": self.pred, "gold": self.gold, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


def match_count(pred: Iterable[Dyad], gold: Iterable[Dyad], key: Key) -> tuple[int, int, int]:
    """(matches, scorable predicted, scorable gold) of one sentence at one level."""
    pk = Counter(k for k in map(key, pred) if k is not None)
    gk = Counter(k for k in map(key, gold) if k is not None)
    return sum((pk & gk).values()), sum(pk.values()), sum(gk.values())


def align(pred: list[Dyad], gold: list[Dyad]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pairs (predicted index, gold index), unpaired predicted, unpaired gold (see module doc)."""
    free_p, free_g = list(range(len(pred))), list(range(len(gold)))
    pairs: list[tuple[int, int]] = []
    for key in ALIGN_STAGES:
        for i in list(free_p):
            k = key(pred[i])
            if k is None:
                continue
            for j in free_g:
                if key(gold[j]) == k:
                    pairs.append((i, j))
                    free_p.remove(i)
                    free_g.remove(j)
                    break
    return sorted(pairs), free_p, free_g


@dataclass(slots=True)
class SentenceResult:
    sentence: GoldSentence
    pred: list[Dyad]
    pairs: list[tuple[int, int]]
    false_alarms: list[int]
    misses: list[int]


@dataclass(slots=True)
class Report:
    """Everything ``tidings evaluate`` prints. ``levels`` maps level name → Counts (None: n/a)."""

    name: str
    sentences: int = 0
    gold_events: int = 0  # as written in the file
    gold_dyads: int = 0
    predicted: int = 0
    no_event_sentences: int = 0
    false_on_no_event: int = 0  # predicted events on sentences whose gold has none
    no_event_sentences_hit: int = 0  # such sentences with at least one predicted event
    levels: dict[str, Counts | None] = field(default_factory=dict)
    per_root: dict[str, Counts] = field(default_factory=dict)
    per_plover: dict[str, Counts] = field(default_factory=dict)
    confusion: dict[str, Counter] = field(default_factory=dict)  # gold class → predicted class counts
    confusion_by: str = "root"
    plover_top1: tuple[int, int] = (0, 0)  # (right, sentences with a gold PLOVER type)
    calibration: list[tuple[float, bool]] = field(default_factory=list)
    calibration_level: str = "dyad_root"
    results: list[SentenceResult] = field(default_factory=list)
    settings: dict = field(default_factory=dict)

    @property
    def ece(self) -> float | None:
        return expected_calibration_error(self.calibration)

    @property
    def plover_accuracy(self) -> float | None:
        right, total = self.plover_top1
        return right / total if total else None


def judged(rep: Report) -> list[tuple[Dyad, bool]]:
    """Every predicted dyad the gold can judge at the calibration level, with whether it is right
    (see the module docstring); the same events ``rep.calibration`` holds, in the same order."""
    key = LEVELS[rep.calibration_level][1]
    out = []
    for r in rep.results:
        partner = dict(r.pairs)
        gold = r.sentence.events
        for i, d in enumerate(r.pred):
            if key(d) is None:
                continue  # the gold cannot judge it (no PLOVER type for 01x/02x in PLOVER gold)
            out.append((d, i in partner and key(d) == key(gold[partner[i]])))
    return out


def expected_calibration_error(items: list[tuple[float, bool]], bins: int = 10) -> float | None:
    """ECE over equal-width confidence bins (a confidence of exactly 1.0 falls in the last bin)."""
    if not items:
        return None
    groups: dict[int, list[tuple[float, bool]]] = {}
    for conf, right in items:
        groups.setdefault(min(int(conf * bins), bins - 1), []).append((conf, right))
    total = len(items)
    return sum(len(g) / total * abs(sum(r for _, r in g) / len(g) - sum(c for c, _ in g) / len(g))
               for g in groups.values())


def reliability(items: list[tuple[float, bool]], bins: int = 10) -> list[dict]:
    """Per bin: range, count, mean confidence, share right (for the calibration table)."""
    out = []
    for b in range(bins):
        g = [(c, r) for c, r in items if min(int(c * bins), bins - 1) == b]
        if g:
            out.append({"bin": f"{b / bins:.1f}-{(b + 1) / bins:.1f}", "n": len(g),
                        "confidence": sum(c for c, _ in g) / len(g),
                        "right": sum(r for _, r in g) / len(g)})
    return out


def _class_of(d: Dyad, by: str) -> str:
    value = d.root if by == "root" else d.plover
    return value or "(none)"


def score(sentences: list[GoldSentence], predictions: list[list[Dyad]], name: str = "gold",
          statements: bool = True, min_confidence: float = 0.0) -> Report:
    """Score ``predictions[i]`` (the dyads coded for ``sentences[i]``) against the gold.

    ``statements=False`` and ``min_confidence`` filter the predictions first, so one coding run
    can be scored under several settings.
    """
    if len(sentences) != len(predictions):
        raise ValueError(f"{len(sentences)} sentences but {len(predictions)} predictions")
    has_code = any(d.code for s in sentences for d in s.events)
    rep = Report(name, settings={"statements": statements, "min_confidence": min_confidence})
    rep.confusion_by = "root" if has_code else "plover"
    rep.calibration_level = "dyad_root" if has_code else "dyad_plover"
    totals = {name: Counts() for name in LEVELS}
    top_right = top_total = 0
    for sent, pred in zip(sentences, predictions):
        pred = [d for d in pred if (statements or not d.statement) and d.confidence >= min_confidence]
        gold = sent.events
        rep.sentences += 1
        rep.gold_events += sent.n_events
        rep.gold_dyads += len(gold)
        rep.predicted += len(pred)
        if sent.n_events == 0:
            rep.no_event_sentences += 1
            rep.false_on_no_event += len(pred)
            rep.no_event_sentences_hit += bool(pred)
        for lname, (_, key) in LEVELS.items():
            tp, np_, ng = match_count(pred, gold, key)
            c = totals[lname]
            c.tp, c.pred, c.gold = c.tp + tp, c.pred + np_, c.gold + ng
        for attr, by in (("per_root", "root"), ("per_plover", "plover")):
            table = getattr(rep, attr)
            for cls in {_class_of(d, by) for d in gold} - {"(none)"}:
                key = (lambda d, by=by: _class_of(d, by))
                gold_n = sum(1 for d in gold if key(d) == cls)
                pred_n = sum(1 for d in pred if key(d) == cls)
                c = table.setdefault(cls, Counts())
                c.gold += gold_n
                c.tp += min(gold_n, pred_n)
        gold_types = {d.plover for d in gold if d.plover}
        if gold_types:
            top_total += 1
            typed = [d for d in pred if d.plover]
            if typed and max(typed, key=lambda d: d.confidence).plover in gold_types:
                top_right += 1
        pairs, fa, miss = align(pred, gold)
        for i, j in pairs:
            rep.confusion.setdefault(_class_of(gold[j], rep.confusion_by), Counter())[
                _class_of(pred[i], rep.confusion_by)] += 1
        for j in miss:
            rep.confusion.setdefault(_class_of(gold[j], rep.confusion_by), Counter())["(missed)"] += 1
        for i in fa:
            rep.confusion.setdefault("(no gold)", Counter())[_class_of(pred[i], rep.confusion_by)] += 1
        rep.results.append(SentenceResult(sent, pred, pairs, fa, miss))
    rep.levels = {n: (c if c.gold else None) for n, c in totals.items()}
    rep.calibration = [(d.confidence, right) for d, right in judged(rep)]
    rep.plover_top1 = (top_right, top_total)
    return rep
