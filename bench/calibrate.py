"""Fit the confidence model (src/tidings/events/data/confidence.tsv) on events coded on text the
patterns were not developed on, and choose its penalty by cross-validation.

    .venv/bin/python bench/calibrate.py            # choose, fit and write confidence.tsv
    .venv/bin/python bench/calibrate.py --dry-run  # choose, fit and print, write nothing
    .venv/bin/python bench/calibrate.py --l2 4     # skip the choice

Training data (never a held-out set, never a tuning set as the current coder codes it):
  calibration  bench/data/calibration.jsonl: sentences written for tidings with gold codings,
               frozen before the coder saw them and never used for pattern work (see
               bench/data/README.md), coded now. Scored without statement events, as its gold was made.
  blind        bench/data/blind_samples.jsonl: each own set that was once held out, coded by the coder
               it was first measured with, before any rule was tuned on it (bench/blind_samples.py
               writes them). Honest samples of new text from coders a round or two older.
Reported only, never fitted on:
  odd          records on odd-numbered lines of ../shared/benchmarks/plover_gsr.jsonl: the tuning
               half, which the patterns were developed on (so the coder is right more often there
               than on new text; rounds 12 and 13 fitted on it and were overconfident on held-out text).

Every coded event the gold can judge is one sample: its evidence features (0/1, see
confidence.tsv) and whether it is right — aligned with a gold event of the same (source country,
target country, root); see tidings.evaluate.score. The model is a logistic regression with an L2
penalty (the bias is not penalised), fitted by Newton's method.

The choice of penalty: the log loss by 5-fold cross-validation over the training sentences (a fold's
events are predicted by a model that never saw its sentences). Log loss, not ECE: ECE is not a proper
scoring rule (a constant confidence at the base rate has an ECE near 0 and says nothing about which
events are right). CV ECE and the odd half's ECE are printed beside it. Held-out ECE is reported by
bench/accuracy.py, never used here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
BENCH = ROOT.parent / "shared" / "benchmarks"
CALIBRATION = ROOT / "bench" / "data" / "calibration.jsonl"
BLIND = ROOT / "bench" / "data" / "blind_samples.jsonl"
TABLE = ROOT / "src" / "tidings" / "events" / "data" / "confidence.tsv"
PENALTIES = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0)
FOLDS = 5


def read_table() -> tuple[list[str], list[list[str]]]:
    """(comment lines, rows [feature, weight, meaning]) of confidence.tsv, header row included."""
    comments, rows = [], []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        (comments if line.startswith("#") else rows).append(line if line.startswith("#") else line.split("\t"))
    return comments, [r for r in rows if r and r[0]]


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 50) -> np.ndarray:
    """Weights (bias first) of an L2-penalised logistic regression; x has a leading column of 1s."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x @ w))


def ece(conf: np.ndarray, right: np.ndarray) -> float:
    from tidings.evaluate import expected_calibration_error
    return expected_calibration_error(list(zip(conf.tolist(), right.astype(bool).tolist())))


def samples(pipeline, path: Path, lines: str | None, statements: bool) -> list[tuple[str, dict, bool]]:
    """(sentence number, features, right) for every judged event of a gold file."""
    from tidings.evaluate import load_gold, predict as code, score
    from tidings.evaluate.score import judged

    sentences = load_gold(path, lines=lines)
    pipeline.coder.record = {}
    report = score(sentences, code(sentences, pipeline), statements=statements)
    sentence_of = {d.event_id: f"{path.stem}:{n}" for n, r in enumerate(report.results) for d in r.pred}
    return [(sentence_of[d.event_id], pipeline.coder.record[d.event_id], right)
            for d, right in judged(report)]


def matrix(rows, names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[1.0] + [float(bool(f.get(n))) for n in names] for _, f, _ in rows])
    y = np.array([float(r) for _, _, r in rows])
    return x, y


def log_loss(conf: np.ndarray, right: np.ndarray) -> float:
    """Mean negative log-likelihood of the outcomes (a proper scoring rule: unlike ECE, it is not
    lowest for a constant confidence at the base rate, so it rewards telling right from wrong)."""
    p = np.clip(conf, 1e-6, 1 - 1e-6)
    return float(-np.mean(right * np.log(p) + (1 - right) * np.log(1 - p)))


def blind_samples() -> list[tuple[str, dict, bool]]:
    """The samples bench/blind_samples.py recorded, in the shape samples() gives."""
    if not BLIND.is_file():
        return []
    rows = [json.loads(line) for line in BLIND.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(f"{r['set']}:{r['sentence']}", dict.fromkeys(r["features"], True), r["right"]) for r in rows]


def folds(rows) -> np.ndarray:
    """Fold of each sample: its sentence's order of first appearance, modulo FOLDS."""
    order: dict[str, int] = {}
    return np.array([order.setdefault(s, len(order)) % FOLDS for s, _, _ in rows])


def cross_validated(train, names: list[str], l2: float) -> dict[str, float]:
    """ECE and log loss over the training samples, each fold predicted by a model that did not see
    its sentences."""
    x, y = matrix(train, names)
    fold = folds(train)
    conf = np.zeros(len(train))
    for k in range(FOLDS):
        keep = fold != k
        conf[~keep] = predict(fit(x[keep], y[keep], l2), x[~keep])
    return {"ece": ece(conf, y), "loss": log_loss(conf, y)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--l2", type=float, help="L2 penalty (default: chosen by CV)")
    ap.add_argument("--dry-run", action="store_true", help="print the fit, do not write the table")
    args = ap.parse_args()
    gold = BENCH / "plover_gsr.jsonl"
    for path in (gold, CALIBRATION):
        if not path.is_file():
            sys.exit(f"calibrate: {path} not found")

    from tidings.pipeline import Options, Pipeline

    pipeline = Pipeline(Options(statements=True, min_confidence=0.0, places=False))
    cal = samples(pipeline, CALIBRATION, None, statements=False)
    blind = blind_samples()
    odd = samples(pipeline, gold, "odd", statements=True)
    train = cal + blind

    comments, rows = read_table()
    header, table = rows[0], rows[1:]
    names = [r[0] for r in table if r[0] != "bias"]
    seen = [n for n in names if any(f.get(n) for _, f, _ in train)]
    for label, part in (("calibration set", cal), ("blind samples", blind), ("odd half (not fitted)", odd)):
        print(f"{label}: {len(part)} judged events, {sum(r for *_, r in part)} right")

    print(f"\n{FOLDS}-fold cross-validation over the training samples (calibration set + blind samples):")
    scores = {}
    for l2 in PENALTIES if args.l2 is None else (args.l2,):
        sc = scores[l2] = cross_validated(train, seen, l2)
        print(f"  L2 {l2:<5g} log loss {sc['loss']:.3f}   ECE {sc['ece']:.3f}")
    l2 = min(scores, key=lambda k: scores[k]["loss"])
    cv = scores[l2]
    print(f"chosen: L2 {l2:g} (CV log loss {cv['loss']:.3f}, CV ECE {cv['ece']:.3f})")

    x, y = matrix(train, seen)
    w = fit(x, y, l2)
    fitted = {"bias": w[0], **dict(zip(seen, w[1:]))}
    report = []
    for label, part in (("calibration set", cal), ("blind samples", blind), ("odd half", odd)):
        if part:
            xp, yp = matrix(part, seen)
            report.append(f"{label} {ece(predict(w, xp), yp):.3f}")
    print("ECE with the final fit: " + ", ".join(report) + " (the odd half was not fitted on)")
    for r in table:
        new = fitted.get(r[0])
        mark = "kept (never seen)" if new is None else f"{new:+.3f}"
        print(f"  {r[0]:20} {float(r[1]):+.3f} -> {mark}")
    if args.dry_run:
        return
    sets = sorted({s.split(":")[0] for s, _, _ in blind})
    out = [c for c in comments if not c.startswith("# Fitted:")]
    out.append(f"# Fitted: bench/calibrate.py on {len(train)} events (calibration set {len(cal)}; blind samples "
               f"{len(blind)} from {', '.join(sets) or 'none'}), L2 {l2:g}, chosen by {FOLDS}-fold CV log loss "
               f"{cv['loss']:.3f}; CV ECE {cv['ece']:.3f}.")
    lines = out + ["\t".join(header)]
    for r in table:
        weight = fitted.get(r[0])
        lines.append("\t".join([r[0], f"{weight:.3f}" if weight is not None else r[1], *r[2:]]))
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TABLE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
