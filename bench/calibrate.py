"""Fit the confidence model (src/tidings/events/data/confidence.tsv) on the tuning half of the PLOVER
gold set: the records on odd-numbered lines of ../shared/benchmarks/plover_gsr.jsonl, nothing else.

    .venv/bin/python bench/calibrate.py            # fit and write confidence.tsv
    .venv/bin/python bench/calibrate.py --dry-run  # fit and print, write nothing

Every coded event the gold can judge is one sample: its features (the evidence the coder had, 0/1)
and whether it is right — aligned with a gold event of the same (source country, target country,
PLOVER type); see tidings.evaluate.score. The model is a logistic regression with an L2 penalty
(weights shrink toward 0, the bias is not penalised), fitted by Newton's method. Features that never
occur in the tuning half (statements: PLOVER has no type for them) keep their hand-set weights.
Held-out calibration error is reported by bench/accuracy.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
BENCH = ROOT.parent / "shared" / "benchmarks"
TABLE = ROOT / "src" / "tidings" / "events" / "data" / "confidence.tsv"


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


def ece(conf: np.ndarray, right: np.ndarray) -> float:
    from tidings.evaluate import expected_calibration_error
    return expected_calibration_error(list(zip(conf.tolist(), right.astype(bool).tolist())))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--l2", type=float, default=2.0, help="L2 penalty on the weights (default 2)")
    ap.add_argument("--dry-run", action="store_true", help="print the fit, do not write the table")
    args = ap.parse_args()
    gold = BENCH / "plover_gsr.jsonl"
    if not gold.is_file():
        sys.exit(f"calibrate: {gold} not found (the benchmarks live in ../shared/benchmarks)")

    from tidings.evaluate import load_gold, predict, score
    from tidings.evaluate.score import judged
    from tidings.pipeline import Options, Pipeline

    sentences = load_gold(gold, lines="odd")  # the tuning half only
    pipeline = Pipeline(Options(statements=True, min_confidence=0.0, places=False))
    pipeline.coder.record = {}
    report = score(sentences, predict(sentences, pipeline), name="plover odd")
    samples = [(pipeline.coder.record[d.event_id], right) for d, right in judged(report)]

    comments, rows = read_table()
    header, table = rows[0], rows[1:]
    names = [r[0] for r in table if r[0] != "bias"]
    seen = [n for n in names if any(f.get(n) for f, _ in samples)]
    x = np.array([[1.0] + [float(bool(f.get(n))) for n in seen] for f, _ in samples])
    y = np.array([float(r) for _, r in samples])
    before = np.array([d.confidence for d, _ in judged(report)])
    w = fit(x, y, args.l2)
    after = 1.0 / (1.0 + np.exp(-x @ w))
    fitted = {"bias": w[0], **dict(zip(seen, w[1:]))}

    print(f"{len(samples)} judged events on the odd half, {int(y.sum())} right ({y.mean():.2f})")
    print(f"ECE on the tuning half: {ece(before, y):.3f} with the old weights, {ece(after, y):.3f} fitted")
    for r in table:
        old = float(r[1])
        new = fitted.get(r[0])
        mark = "kept (not seen in the tuning half)" if new is None else f"{new:+.3f}"
        print(f"  {r[0]:18} {old:+.3f} -> {mark}")
    if args.dry_run:
        return
    out = [c for c in comments if not c.startswith("# Fitted:")]
    out.append(f"# Fitted: bench/calibrate.py --l2 {args.l2:g} on {len(samples)} events of the odd-numbered "
               f"plover_gsr.jsonl records (tuning-half ECE {ece(after, y):.3f}).")
    lines = out + ["\t".join(header)]
    for r in table:
        weight = fitted.get(r[0])
        lines.append("\t".join([r[0], f"{weight:.3f}" if weight is not None else r[1], *r[2:]]))
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TABLE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
