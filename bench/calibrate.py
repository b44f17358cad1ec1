"""Fit the confidence model (src/tidings/events/data/confidence.tsv) on events the patterns were not
developed on, and choose what to fit it on by cross-validation on the tuning half.

    .venv/bin/python bench/calibrate.py            # choose, fit and write confidence.tsv
    .venv/bin/python bench/calibrate.py --dry-run  # choose, fit and print, write nothing
    .venv/bin/python bench/calibrate.py --fit calibration --l2 4   # skip the choice

Data (never the held-out halves):
  calibration  bench/data/calibration.jsonl: sentences written for tidings with gold codings,
               frozen before the coder saw them and never used for pattern work (see
               bench/data/README.md). Scored without statement events, as its gold was made.
  odd          records on odd-numbered lines of ../shared/benchmarks/plover_gsr.jsonl: the tuning
               half, which the patterns were developed on (so the coder is right more often there
               than on new text).

Every coded event the gold can judge is one sample: its evidence features (0/1, see
confidence.tsv) and whether it is right — aligned with a gold event of the same (source country,
target country, root), or PLOVER type on the PLOVER half; see tidings.evaluate.score. The model is a
logistic regression with an L2 penalty (the bias is not penalised), fitted by Newton's method.

The choice: for each training set ("calibration" alone, or "both" = calibration + odd) and each
penalty, the expected calibration error on the odd half by 5-fold cross-validation (the model that
predicts a fold never saw that fold's sentences; the calibration-only model never sees the odd half
at all). The lowest wins. Held-out ECE is reported by bench/accuracy.py, never used here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
BENCH = ROOT.parent / "shared" / "benchmarks"
CALIBRATION = ROOT / "bench" / "data" / "calibration.jsonl"
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


def samples(pipeline, path: Path, lines: str | None, statements: bool) -> list[tuple[int, dict, bool]]:
    """(sentence number, features, right) for every judged event of a gold file."""
    from tidings.evaluate import load_gold, predict as code, score
    from tidings.evaluate.score import judged

    sentences = load_gold(path, lines=lines)
    pipeline.coder.record = {}
    report = score(sentences, code(sentences, pipeline), statements=statements)
    sentence_of = {d.event_id: n for n, r in enumerate(report.results) for d in r.pred}
    return [(sentence_of[d.event_id], pipeline.coder.record[d.event_id], right)
            for d, right in judged(report)]


def matrix(rows, names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[1.0] + [float(bool(f.get(n))) for n in names] for _, f, _ in rows])
    y = np.array([float(r) for _, _, r in rows])
    return x, y


def cross_validated_ece(cal, odd, names: list[str], mode: str, l2: float) -> float:
    """ECE on the odd half, each fold predicted by a model that did not see it."""
    xc, yc = matrix(cal, names)
    xo, yo = matrix(odd, names)
    fold = np.array([s % FOLDS for s, _, _ in odd])
    conf = np.zeros(len(odd))
    if mode == "calibration":
        conf = predict(fit(xc, yc, l2), xo)
    else:
        for k in range(FOLDS):
            train = fold != k
            w = fit(np.vstack([xc, xo[train]]), np.concatenate([yc, yo[train]]), l2)
            conf[~train] = predict(w, xo[~train])
    return ece(conf, yo)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fit", choices=("calibration", "both"), help="training set (default: chosen by CV)")
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
    odd = samples(pipeline, gold, "odd", statements=True)

    comments, rows = read_table()
    header, table = rows[0], rows[1:]
    names = [r[0] for r in table if r[0] != "bias"]
    seen = [n for n in names if any(f.get(n) for _, f, _ in cal + odd)]
    print(f"calibration set: {len(cal)} judged events, {sum(r for *_, r in cal)} right; "
          f"odd half: {len(odd)} judged events, {sum(r for *_, r in odd)} right")

    print(f"\nECE on the odd half by {FOLDS}-fold cross-validation (rows: training set; columns: L2):")
    print("                 " + "".join(f"{p:>8g}" for p in PENALTIES))
    scores = {}
    for mode in ("calibration", "both"):
        line = f"  {mode:14} "
        for l2 in PENALTIES:
            scores[mode, l2] = cross_validated_ece(cal, odd, seen, mode, l2)
            line += f"{scores[mode, l2]:8.3f}"
        print(line)
    candidates = {k: v for k, v in scores.items()
                  if (args.fit is None or k[0] == args.fit) and (args.l2 is None or k[1] == args.l2)}
    mode, l2 = min(candidates, key=candidates.get) if candidates else (args.fit, args.l2)
    if (mode, l2) not in scores:
        scores[mode, l2] = cross_validated_ece(cal, odd, seen, mode, l2)
    print(f"chosen: fit on {mode}, L2 {l2:g} (odd-half CV ECE {scores[mode, l2]:.3f})")

    train = cal + (odd if mode == "both" else [])
    x, y = matrix(train, seen)
    w = fit(x, y, l2)
    fitted = {"bias": w[0], **dict(zip(seen, w[1:]))}
    xc, yc = matrix(cal, seen)
    xo, yo = matrix(odd, seen)
    cal_fold = np.array([s % FOLDS for s, _, _ in cal])
    cal_cv = np.zeros(len(cal))
    for k in range(FOLDS):  # the calibration set's own error, each fold unseen
        keep = cal_fold != k
        extra = (xo, yo) if mode == "both" else (np.zeros((0, xo.shape[1])), np.zeros(0))
        wk = fit(np.vstack([xc[keep], extra[0]]), np.concatenate([yc[keep], extra[1]]), l2)
        cal_cv[~keep] = predict(wk, xc[~keep])
    print(f"calibration set ECE: {ece(predict(w, xc), yc):.3f} fitted, {ece(cal_cv, yc):.3f} by "
          f"{FOLDS}-fold cross-validation")
    print(f"odd half ECE with the final fit: {ece(predict(w, xo), yo):.3f}")
    for r in table:
        new = fitted.get(r[0])
        mark = "kept (never seen)" if new is None else f"{new:+.3f}"
        print(f"  {r[0]:20} {float(r[1]):+.3f} -> {mark}")
    if args.dry_run:
        return
    out = [c for c in comments if not c.startswith("# Fitted:")]
    out.append(f"# Fitted: bench/calibrate.py on {len(train)} events ({mode}: "
               f"{'calibration set + odd plover half' if mode == 'both' else 'calibration set only'}), "
               f"L2 {l2:g}; odd-half {FOLDS}-fold CV ECE {scores[mode, l2]:.3f}.")
    lines = out + ["\t".join(header)]
    for r in table:
        weight = fitted.get(r[0])
        lines.append("\t".join([r[0], f"{weight:.3f}" if weight is not None else r[1], *r[2:]]))
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TABLE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
