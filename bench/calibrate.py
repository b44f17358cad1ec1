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
penalty, the log loss by 5-fold cross-validation on each of the two sets (the model that predicts a
fold never saw that fold's sentences; the calibration-only model never sees the odd half at all).
The lowest sum of the two wins. Log loss, not ECE: ECE is not a proper scoring rule (a constant
confidence at one set's base rate has an ECE near 0 there and says nothing about which events are
right), and choosing by it picked ever flatter models that were overconfident on harder text.
Both CV ECEs are printed beside it. Held-out ECE is reported by bench/accuracy.py, never used here.
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


def log_loss(conf: np.ndarray, right: np.ndarray) -> float:
    """Mean negative log-likelihood of the outcomes (a proper scoring rule: unlike ECE, it is not
    lowest for a constant confidence at the base rate, so it rewards telling right from wrong)."""
    p = np.clip(conf, 1e-6, 1 - 1e-6)
    return float(-np.mean(right * np.log(p) + (1 - right) * np.log(1 - p)))


def cross_validated(cal, odd, names: list[str], mode: str, l2: float) -> dict[str, float]:
    """ECE and log loss on the odd half and on the calibration set, each fold predicted by a model
    that did not see it. The calibration-only model never sees the odd half, so that half is one
    unseen fold."""
    xc, yc = matrix(cal, names)
    xo, yo = matrix(odd, names)
    odd_fold = np.array([s % FOLDS for s, _, _ in odd])
    cal_fold = np.array([s % FOLDS for s, _, _ in cal])
    odd_conf, cal_conf = np.zeros(len(odd)), np.zeros(len(cal))
    if mode == "calibration":
        odd_conf = predict(fit(xc, yc, l2), xo)
    for k in range(FOLDS):
        if mode == "both":
            keep = odd_fold != k
            w = fit(np.vstack([xc, xo[keep]]), np.concatenate([yc, yo[keep]]), l2)
            odd_conf[~keep] = predict(w, xo[~keep])
        keep = cal_fold != k
        extra = (xo, yo) if mode == "both" else (np.zeros((0, xo.shape[1])), np.zeros(0))
        w = fit(np.vstack([xc[keep], extra[0]]), np.concatenate([yc[keep], extra[1]]), l2)
        cal_conf[~keep] = predict(w, xc[~keep])
    return {"odd_ece": ece(odd_conf, yo), "cal_ece": ece(cal_conf, yc),
            "odd_loss": log_loss(odd_conf, yo), "cal_loss": log_loss(cal_conf, yc)}


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

    print(f"\n{FOLDS}-fold cross-validation, log loss and ECE on the odd half / the calibration set "
          "(rows: training set and L2):")
    scores = {}
    for mode in ("calibration", "both"):
        for l2 in PENALTIES:
            sc = scores[mode, l2] = cross_validated(cal, odd, seen, mode, l2)
            print(f"  {mode:12} L2 {l2:<5g} log loss {sc['odd_loss']:.3f} / {sc['cal_loss']:.3f}   "
                  f"ECE {sc['odd_ece']:.3f} / {sc['cal_ece']:.3f}")
    candidates = {k: v for k, v in scores.items()
                  if (args.fit is None or k[0] == args.fit) and (args.l2 is None or k[1] == args.l2)}
    loss = (lambda k: candidates[k]["odd_loss"] + candidates[k]["cal_loss"])
    mode, l2 = min(candidates, key=loss) if candidates else (args.fit, args.l2)
    if (mode, l2) not in scores:
        scores[mode, l2] = cross_validated(cal, odd, seen, mode, l2)
    sc = scores[mode, l2]
    odd_cv, cal_cv = sc["odd_ece"], sc["cal_ece"]
    print(f"chosen: fit on {mode}, L2 {l2:g} (CV log loss: odd half {sc['odd_loss']:.3f}, calibration set "
          f"{sc['cal_loss']:.3f}; CV ECE: {odd_cv:.3f}, {cal_cv:.3f})")

    train = cal + (odd if mode == "both" else [])
    x, y = matrix(train, seen)
    w = fit(x, y, l2)
    fitted = {"bias": w[0], **dict(zip(seen, w[1:]))}
    xc, yc = matrix(cal, seen)
    xo, yo = matrix(odd, seen)
    print(f"with the final fit: calibration set ECE {ece(predict(w, xc), yc):.3f}, "
          f"odd half {ece(predict(w, xo), yo):.3f}")
    for r in table:
        new = fitted.get(r[0])
        mark = "kept (never seen)" if new is None else f"{new:+.3f}"
        print(f"  {r[0]:20} {float(r[1]):+.3f} -> {mark}")
    if args.dry_run:
        return
    out = [c for c in comments if not c.startswith("# Fitted:")]
    out.append(f"# Fitted: bench/calibrate.py on {len(train)} events ({mode}: "
               f"{'calibration set + odd plover half' if mode == 'both' else 'calibration set only'}), "
               f"L2 {l2:g}, chosen by {FOLDS}-fold CV log loss; CV ECE odd half {odd_cv:.3f}, calibration set "
               f"{cal_cv:.3f}.")
    lines = out + ["\t".join(header)]
    for r in table:
        weight = fitted.get(r[0])
        lines.append("\t".join([r[0], f"{weight:.3f}" if weight is not None else r[1], *r[2:]]))
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TABLE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
