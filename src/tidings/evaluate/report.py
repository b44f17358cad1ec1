"""Rendering a :class:`~tidings.evaluate.score.Report`: a plain-text table, JSON, and the error list."""

from __future__ import annotations

from tidings.evaluate.gold import Dyad
from tidings.evaluate.score import LEVELS, Report, reliability


def _f(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def as_json(rep: Report, errors: bool = False) -> dict:
    """Everything in the report as JSON-ready data."""
    out = {
        "name": rep.name, "settings": rep.settings, "sentences": rep.sentences,
        "gold_events": rep.gold_events, "gold_dyads": rep.gold_dyads, "predicted": rep.predicted,
        "no_event_sentences": rep.no_event_sentences, "false_on_no_event": rep.false_on_no_event,
        "no_event_sentences_hit": rep.no_event_sentences_hit,
        "levels": {n: (c.as_dict() if c else None) for n, c in rep.levels.items()},
        "plover_top1_accuracy": rep.plover_accuracy,
        "plover_top1": {"right": rep.plover_top1[0], "sentences": rep.plover_top1[1]},
        "per_root_recall": {k: {"gold": c.gold, "found": c.tp, "recall": c.recall}
                            for k, c in sorted(rep.per_root.items())},
        "per_plover_recall": {k: {"gold": c.gold, "found": c.tp, "recall": c.recall}
                              for k, c in sorted(rep.per_plover.items())},
        "confusion_by": rep.confusion_by,
        "confusion": {g: dict(c) for g, c in sorted(rep.confusion.items())},
        "calibration": {"level": rep.calibration_level, "events": len(rep.calibration),
                        "ece": rep.ece, "bins": reliability(rep.calibration)},
    }
    if errors:
        out["errors"] = error_records(rep)
    return out


def _dyad(d: Dyad) -> str:
    event = d.code or "—"
    if d.plover:
        event += f"/{d.plover}"
    return f"{d.source or '—'} → {d.target or '—'} {event}"


def error_records(rep: Report) -> list[dict]:
    """Per sentence with a miss, a false alarm or a pair that differs: what went wrong."""
    level = LEVELS["exact" if rep.confusion_by == "root" else "exact_plover"][1]
    out = []
    for r in rep.results:
        gold = r.sentence.events
        wrong = [(i, j) for i, j in r.pairs if level(r.pred[i]) != level(gold[j])]
        if not (r.misses or r.false_alarms or wrong):
            continue
        out.append({
            "id": r.sentence.id, "line": r.sentence.line, "text": r.sentence.text,
            "misses": [_dyad(gold[j]) for j in r.misses],
            "false_alarms": [{"event": _dyad(r.pred[i]), "trigger": r.pred[i].trigger,
                              "confidence": round(r.pred[i].confidence, 3),
                              "pattern": r.pred[i].pattern} for i in r.false_alarms],
            "differ": [{"gold": _dyad(gold[j]), "predicted": _dyad(r.pred[i]),
                        "trigger": r.pred[i].trigger, "pattern": r.pred[i].pattern}
                       for i, j in wrong],
        })
    return out


def format_errors(rep: Report) -> str:
    lines = []
    for e in error_records(rep):
        lines.append(f"[{e['id']}] {e['text']}")
        for m in e["misses"]:
            lines.append(f"    miss         {m}")
        for d in e["differ"]:
            lines.append(f"    differs      gold {d['gold']}  |  coded {d['predicted']}"
                         f"  ({d['trigger']}: {d['pattern']})")
        for f in e["false_alarms"]:
            lines.append(f"    false alarm  {f['event']}  ({f['trigger']}, {f['confidence']}: "
                         f"{f['pattern']})")
        lines.append("")
    return "\n".join(lines)


def format_table(rep: Report) -> str:
    """The report as aligned plain text."""
    s = rep.settings
    lines = [f"{rep.name}: {rep.sentences} sentences, {rep.gold_events} gold events "
             f"({rep.gold_dyads} dyads), {rep.predicted} coded events "
             f"(statements {'on' if s.get('statements') else 'off'}, "
             f"min confidence {s.get('min_confidence', 0):g})", ""]
    lines.append(f"{'level':42} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}")
    for name, (label, _) in LEVELS.items():
        c = rep.levels.get(name)
        if c is None:
            continue
        lines.append(f"{label:42} {_f(c.precision):>6} {_f(c.recall):>6} {_f(c.f1):>6} "
                     f"{c.tp:>5} {c.pred:>5} {c.gold:>5}")
    if rep.plover_top1[1]:
        lines.append(f"{'PLOVER type accuracy (top event per sentence)':42} "
                     f"{_f(rep.plover_accuracy):>6}   ({rep.plover_top1[0]}/{rep.plover_top1[1]})")
    if rep.no_event_sentences:
        lines.append(f"no-event sentences: {rep.no_event_sentences}; false events on them: "
                     f"{rep.false_on_no_event} (on {rep.no_event_sentences_hit} sentences)")
    lines.append(f"calibration ({rep.calibration_level}, {len(rep.calibration)} events): "
                 f"ECE {_f(rep.ece)}")
    for title, table in (("recall per CAMEO root", rep.per_root),
                         ("recall per PLOVER type", rep.per_plover)):
        if table and (title.endswith("root") or rep.confusion_by != "root"):
            cells = [f"{k} {c.tp}/{c.gold}" for k, c in sorted(table.items())]
            lines += ["", title + ":"] + ["  " + "  ".join(cells[i:i + 8]) for i in range(0, len(cells), 8)]
    lines += ["", f"confusion ({rep.confusion_by}; rows gold, columns coded):"]
    for gold_cls, row in sorted(rep.confusion.items()):
        cells = ", ".join(f"{k} {v}" for k, v in sorted(row.items(), key=lambda kv: -kv[1]))
        lines.append(f"  {gold_cls:>10}: {cells}")
    return "\n".join(lines)
