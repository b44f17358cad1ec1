"""CI guard on our own gold sets (bench/data, shipped with the repository, so it runs without
../shared): coding accuracy must not drop below floors a few points under the figures measured when
they were set. Raise them when accuracy improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest


# measured when set (issue 3, round 5; bench/accuracy.py): own wordings (tuning) root F1 0.875,
# root-triple 0.775, exact 0.593, 2 false events on its 20 no-event sentences; own wordings 2 (held
# out) root 0.661, root-triple 0.513, exact 0.283, 5 false; own wordings 3 (tuning) root 0.833,
# root-triple 0.703, exact 0.398, 2 false; own wordings 4 (tuning since round 5) root 0.808,
# root-triple 0.697, exact 0.472, 0 false; own wordings 5 (held out) root 0.830, root-triple 0.651,
# exact 0.434, 3 false; own wordings 6 (tuning) root 0.728, root-triple 0.527, exact 0.188, 3 false
OWN = Path(__file__).resolve().parents[1] / "bench" / "data"
OWN_FLOORS = {
    "wordings.jsonl": {"root": 0.84, "dyad_root": 0.74, "exact": 0.56, "false": 4},
    "wordings2.jsonl": {"root": 0.63, "dyad_root": 0.48, "exact": 0.25, "false": 7},
    "wordings3.jsonl": {"root": 0.80, "dyad_root": 0.67, "exact": 0.37, "false": 4},
    "wordings4.jsonl": {"root": 0.77, "dyad_root": 0.66, "exact": 0.44, "false": 3},
    "wordings5.jsonl": {"root": 0.80, "dyad_root": 0.62, "exact": 0.40, "false": 5},
    "wordings6.jsonl": {"root": 0.69, "dyad_root": 0.49, "exact": 0.16, "false": 5},
}


@pytest.mark.parametrize("name", sorted(OWN_FLOORS))
def test_own_sets_do_not_regress(name):
    from tidings.evaluate import load_gold, predict, score
    from tidings.pipeline import Options, pipeline_for

    sentences = load_gold(OWN / name)
    pipeline = pipeline_for(Options(statements=True, min_confidence=0.0, places=False))
    report = score(sentences, predict(sentences, pipeline), name=name, statements=False)
    floors = OWN_FLOORS[name]
    assert report.levels["root"].f1 >= floors["root"]
    assert report.levels["dyad_root"].f1 >= floors["dyad_root"]
    assert report.levels["exact"].f1 >= floors["exact"]
    assert report.false_on_no_event <= floors["false"]
