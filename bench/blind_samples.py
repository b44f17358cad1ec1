"""Record how the coder did on each own set when that set was still blind: the calibration samples
of new text (bench/data/blind_samples.jsonl) that bench/calibrate.py fits the confidence model on.

    .venv/bin/python bench/blind_samples.py wordings17=faf8765 wordings18=e783c2f

Each own set is first measured, held out, with the coder of the commit that added it (see
bench/data/README.md); later rounds tune on it, so the current coder's confidence on it says little
about new text. The coder as it was at that commit has never seen those sentences, so its events
there, judged against the gold, are honest samples of how often an event with given evidence is right
on text the rules were not developed on.

For each SET=COMMIT this takes the commit's `src/` from git into a temporary folder, codes
bench/data/SET.jsonl with it (no statement events, as the own sets' gold was made) and writes one line
per judged event: {"set", "coder", "sentence" (the gold id), "features" (the names that held),
"right"}. Lines of a set named again are replaced; other sets' lines are kept. Needs the git history.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "data" / "blind_samples.jsonl"

# Run inside the old commit's source tree; prints one JSON line per judged event.
CODE = """
import json, sys
sys.path.insert(0, sys.argv[1])
from tidings.evaluate import load_gold, predict, score
from tidings.evaluate.score import judged
from tidings.pipeline import Options, Pipeline
pipeline = Pipeline(Options(statements=True, min_confidence=0.0, places=False))
sentences = load_gold(sys.argv[2])
pipeline.coder.record = {}
report = score(sentences, predict(sentences, pipeline), statements=False)
sentence_of = {d.event_id: r.sentence.id for r in report.results for d in r.pred}
for d, right in judged(report):
    features = sorted(k for k, v in pipeline.coder.record[d.event_id].items() if v)
    print(json.dumps({"sentence": sentence_of[d.event_id], "features": features, "right": bool(right)}))
"""


def run(name: str, commit: str) -> list[dict]:
    gold = ROOT / "bench" / "data" / f"{name}.jsonl"
    if not gold.is_file():
        sys.exit(f"blind_samples: {gold} not found")
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        out = subprocess.run([sys.executable, "-c", CODE, f"{tmp}/src", str(gold)],
                             capture_output=True, text=True, cwd=tmp)
    if out.returncode:
        sys.exit(f"blind_samples: coding {name} at {commit} failed:\n{out.stderr[-2000:]}")
    rows = [{"set": name, "coder": commit, **json.loads(line)} for line in out.stdout.splitlines()
            if line.startswith("{")]
    print(f"{name} at {commit}: {len(rows)} judged events, {sum(r['right'] for r in rows)} right")
    return rows


def main() -> None:
    pairs = [a.split("=", 1) for a in sys.argv[1:]]
    if not pairs or any(len(p) != 2 for p in pairs):
        sys.exit(__doc__)
    names = {n for n, _ in pairs}
    kept = []
    if OUT.is_file():
        kept = [r for r in map(json.loads, OUT.read_text(encoding="utf-8").splitlines())
                if r["set"] not in names]
    rows = kept + [r for name, commit in pairs for r in run(name, commit)]
    OUT.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} samples")


if __name__ == "__main__":
    main()
