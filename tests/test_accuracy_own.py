"""CI guard on our own gold sets (bench/data, shipped with the repository, so it runs without
../shared): coding accuracy must not drop below floors a few points under the figures measured when
they were set. Raise them when accuracy improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest


# measured when set (issue 3, round 10; bench/accuracy.py): own wordings (tuning) root F1 0.888,
# root-triple 0.792, exact 0.633, 0 false events on its 20 no-event sentences; own wordings 2 (held
# out) root 0.722, root-triple 0.577, exact 0.331, 3 false; own wordings 3 (tuning) root 0.874,
# root-triple 0.757, exact 0.462, 0 false; own wordings 4 (tuning) root 0.856, root-triple 0.766,
# exact 0.520, 0 false; own wordings 5 (tuning) root 0.897, root-triple 0.741, exact 0.494, 1 false;
# own wordings 6 (tuning) root 0.812, root-triple 0.643, exact 0.288, 1 false; own wordings 7
# (tuning) root 0.812, root-triple 0.665, exact 0.402, 2 false; own wordings 8 (tuning) root 0.804,
# root-triple 0.644, exact 0.344, 1 false; own wordings 9 (tuning) root 0.897, root-triple 0.737,
# exact 0.526, 0 false on 36; own wordings 10 (tuning) root 0.934, root-triple 0.794, exact 0.529,
# 0 false; own wordings 11 (tuning) root 0.935, root-triple 0.813, exact 0.562, 0 false on 50; own
# wordings 12 (held out) root 0.902, root-triple 0.776, exact 0.454, 5 false on 40; own wordings 13
# (tuning) root 0.828, root-triple 0.669, exact 0.389, 3 false on 30; own wordings 14 (tuning from
# round 10) root 0.881, root-triple 0.678, exact 0.394, 1 false on 30; own wordings 15 (held out,
# written blind in round 10) root 0.702, root-triple 0.579, exact 0.363, 2 false on 30. Round 11:
# own wordings 15 (tuning from round 11) root 0.827, root-triple 0.728, exact 0.449, 1 false on 30;
# own wordings 16 (held out, written blind in round 11) root 0.768, root-triple 0.629, exact 0.367,
# 11 false on 30; no other set lost root-triple, and own wordings 2 (held out) rose to root 0.744,
# root-triple 0.609, exact 0.355, 2 false. Round 12: own wordings 16 (tuning from round 12) root
# 0.843, root-triple 0.730, exact 0.454, 1 false on 30; own wordings 17 (held out, written blind in
# round 12) root 0.687, root-triple 0.487, exact 0.270, 9 false on 30; own wordings 11 root 0.966,
# root-triple 0.864, exact 0.589; own wordings 9 root 0.905, root-triple 0.769, exact 0.558. Round 13:
# own wordings 17 (tuning from round 13) root 0.776, root-triple 0.602, exact 0.366, 5 false on 30;
# own wordings 18 (held out, written blind in round 13) root 0.687, root-triple 0.473, exact 0.275,
# 5 false on 30; own wordings 16 root 0.858, root-triple 0.765, exact 0.481; own wordings 15 root
# 0.877, root-triple 0.803, exact 0.530; own wordings 14 root-triple 0.730, exact 0.442. Round 14:
# own wordings 18 (tuning from round 14) root 0.777, root-triple 0.563, exact 0.332, 1 false on 30;
# own wordings 19 (held out, written blind in round 14) root 0.781, root-triple 0.594, exact 0.303,
# 1 false on 30; own wordings 15 root 0.902, root-triple 0.840, exact 0.560; own wordings 16
# root-triple 0.782, exact 0.502; own wordings 13 root-triple 0.725, exact 0.419. (Own wordings 11
# lost 1.7 points of root-triple to the round's ceasefire convention: 0.858.) Round 15: own
# wordings 19 (tuning from round 15) root 0.825, root-triple 0.659, exact 0.346, 1 false on 30; own
# wordings 20 (held out, written blind in round 15) root 0.672, root-triple 0.423, exact 0.190, 3
# false on 30; own wordings 18 root 0.792, root-triple 0.594, exact 0.335. Round 16 (exact now compares
# an organisation's code in any spelling): own wordings 20 (tuning from round 16) root 0.697,
# root-triple 0.454, exact 0.266, 3 false on 30; own wordings 21 (held out, written blind in round 16)
# root 0.758, root-triple 0.617, exact 0.325, 5 false on 30. Round 17: own wordings 21 (tuning from
# round 17) root 0.785, root-triple 0.647, exact 0.359, 4 false on 30; own wordings 22 (held out, written
# blind in round 17) root 0.729, root-triple 0.521, exact 0.317, 4 false on 30. Round 18: own wordings 22
# (tuning from round 18) root 0.761, root-triple 0.550, exact 0.335, 4 false on 30; own wordings 23 (held
# out, written blind in round 18) root 0.744, root-triple 0.545, exact 0.310, 3 false on 30. Round 19: own
# wordings 23 (tuning from round 19) root 0.793, root-triple 0.605, exact 0.393, 2 false on 30; own
# wordings 24 (held out, written blind in round 19) root 0.655, root-triple 0.445, exact 0.210, 1 false
# on 30. Round 20: own wordings 24 (tuning from round 20) root 0.726, root-triple 0.516, exact 0.266, 1
# false on 30; own wordings 25 (held out, written blind in round 20) root 0.622, root-triple 0.382, exact
# 0.183, 4 false on 30. Round 21: own wordings 25 (tuning from round 21) root 0.685, root-triple 0.469,
# exact 0.248, 3 false on 30; own wordings 26 (held out, written blind in round 21) root 0.642,
# root-triple 0.409, exact 0.184, 3 false on 30. Round 22: own wordings 26 (tuning from round 22) root
# 0.673, root-triple 0.431, exact 0.201, 3 false on 30; own wordings 27 (held out, written blind in round
# 22) root 0.669, root-triple 0.523, exact 0.273, 7 false on 30. Round 23: own wordings 27 (tuning from
# round 23) root 0.727, root-triple 0.569, exact 0.298, 3 false on 30; own wordings 28 (held out, written
# blind in round 23) root 0.686, root-triple 0.345, exact 0.137, 1 false on 30. Round 24: own wordings 28
# (tuning from round 24) root 0.711, root-triple 0.416, exact 0.191, 1 false on 30; own wordings 29 (held
# out, written blind in round 24) root 0.654, root-triple 0.354, exact 0.236, 4 false on 30. Round 25:
# own wordings 29 (tuning from round 25) root 0.657, root-triple 0.392, exact 0.253, 4 false on 30; own
# wordings 30 (held out, written blind in round 25) root 0.754, root-triple 0.493, exact 0.269, 0 false on 30.
# Round 26: own wordings 30 (tuning from round 26) root 0.785, root-triple 0.585, exact 0.397, 0 false on 30;
# own wordings 29 root 0.668, root-triple 0.424, exact 0.286, 4 false; own wordings 31 (held out, written
# blind in round 26) root 0.738, root-triple 0.519, exact 0.282, 5 false on 30. Round 27: own wordings 31
# (tuning from round 27) root 0.759, root-triple 0.547, exact 0.300, 3 false on 30; own wordings 32 (held out,
# written blind in round 27) root 0.810, root-triple 0.637, exact 0.371, 3 false on 30. Round 28: own
# wordings 32 (tuning from round 28) root 0.826, root-triple 0.660, exact 0.385, 3 false on 30; own wordings
# 33 (held out, written blind in round 28) root 0.568, root-triple 0.434, exact 0.249, 3 false on 30. Round
# 29: own wordings 33 (tuning from round 29) root 0.581, root-triple 0.484, exact 0.293, 3 false on 30; own
# wordings 34 (held out, written blind in round 29) root 0.717, root-triple 0.526, exact 0.211, 3 false on 30.
# Round 30: own wordings 34 (tuning from round 30) root 0.777, root-triple 0.581, exact 0.262, 2 false on 30;
# own wordings 35 (held out, written blind in round 30) root 0.745, root-triple 0.513, exact 0.116, 2 false on 30.
# Round 31: own wordings 35 (tuning from round 31) root 0.767, root-triple 0.529, exact 0.133, 1 false on 30;
# own wordings 36 (held out, written blind in round 31) root 0.745, root-triple 0.645, exact 0.361, 8 false on 30.
# Round 32: own wordings 37 (held out, written blind in round 32) root 0.734, root-triple 0.473, exact
# 0.190, 2 false on 30.
# Round 33: own wordings 38 (held out, written blind in round 33) root 0.803, root-triple 0.575, exact
# 0.351, 3 false on 30.
# Round 34: own wordings 39 (held out, written blind in round 34) root 0.730, root-triple 0.479, exact
# 0.255, 3 false on 30.
# Round 35: own wordings 39 (tuning from round 35) root 0.784, root-triple 0.545, exact 0.331, 3 false on
# 30; own wordings 40 (held out, written blind in round 35) root 0.735, root-triple 0.578, exact 0.325,
# 2 false on 30. Round 36: own wordings 40 (tuning from round 36) root 0.756, root-triple 0.620, exact 0.380,
# 1 false on 30; own wordings 41 (held out, written blind in round 36) root 0.710, root-triple 0.531, exact
# 0.322, 3 false on 30. Round 37: own wordings 41 (tuning from round 37) root 0.777, root-triple 0.606, exact
# 0.382, 1 false on 30; own wordings 42 (held out, written blind in round 37) root 0.789, root-triple 0.570,
# exact 0.371, 1 false on 30. Round 38: own wordings 42 (tuning from round 38) root 0.816, root-triple
# 0.629, exact 0.443, 0 false on 30; own wordings 43 (held out, written blind in round 38) root 0.680,
# root-triple 0.497, exact 0.219, 4 false on 30. Round 40: own wordings 43 (tuning from round 40) root
# 0.707, root-triple 0.519, exact 0.232, 4 false on 30; own wordings 44 (held out, written blind in round
# 40) root 0.776, root-triple 0.549, exact 0.239, 2 false on 30. Round 41: own wordings 44 (tuning from
# round 41) root 0.817, root-triple 0.583, exact 0.287, 1 false on 30; own wordings 45 (held out, written
# blind in round 41) root 0.702, root-triple 0.418, exact 0.161, 2 false on 30.
OWN = Path(__file__).resolve().parents[1] / "bench" / "data"
OWN_FLOORS = {
    "wordings.jsonl": {"root": 0.85, "dyad_root": 0.75, "exact": 0.58, "false": 2},
    "wordings2.jsonl": {"root": 0.68, "dyad_root": 0.52, "exact": 0.28, "false": 6},
    "wordings3.jsonl": {"root": 0.84, "dyad_root": 0.70, "exact": 0.41, "false": 2},
    "wordings4.jsonl": {"root": 0.80, "dyad_root": 0.71, "exact": 0.47, "false": 2},
    "wordings5.jsonl": {"root": 0.86, "dyad_root": 0.70, "exact": 0.45, "false": 3},
    "wordings6.jsonl": {"root": 0.77, "dyad_root": 0.58, "exact": 0.24, "false": 3},
    "wordings7.jsonl": {"root": 0.76, "dyad_root": 0.60, "exact": 0.34, "false": 4},
    "wordings8.jsonl": {"root": 0.75, "dyad_root": 0.58, "exact": 0.29, "false": 3},
    "wordings9.jsonl": {"root": 0.86, "dyad_root": 0.72, "exact": 0.51, "false": 2},
    "wordings10.jsonl": {"root": 0.90, "dyad_root": 0.75, "exact": 0.47, "false": 2},
    "wordings11.jsonl": {"root": 0.93, "dyad_root": 0.82, "exact": 0.54, "false": 2},
    "wordings12.jsonl": {"root": 0.87, "dyad_root": 0.73, "exact": 0.42, "false": 6},
    "wordings13.jsonl": {"root": 0.81, "dyad_root": 0.68, "exact": 0.37, "false": 5},
    "wordings14.jsonl": {"root": 0.84, "dyad_root": 0.68, "exact": 0.39, "false": 3},
    "wordings15.jsonl": {"root": 0.86, "dyad_root": 0.79, "exact": 0.51, "false": 3},
    "wordings16.jsonl": {"root": 0.83, "dyad_root": 0.74, "exact": 0.46, "false": 3},
    "wordings17.jsonl": {"root": 0.75, "dyad_root": 0.57, "exact": 0.34, "false": 7},
    "wordings18.jsonl": {"root": 0.76, "dyad_root": 0.56, "exact": 0.30, "false": 4},
    "wordings19.jsonl": {"root": 0.79, "dyad_root": 0.62, "exact": 0.31, "false": 4},
    "wordings20.jsonl": {"root": 0.67, "dyad_root": 0.43, "exact": 0.24, "false": 5},
    "wordings21.jsonl": {"root": 0.76, "dyad_root": 0.62, "exact": 0.33, "false": 6},
    "wordings22.jsonl": {"root": 0.73, "dyad_root": 0.52, "exact": 0.30, "false": 6},
    "wordings23.jsonl": {"root": 0.76, "dyad_root": 0.57, "exact": 0.36, "false": 4},
    "wordings24.jsonl": {"root": 0.69, "dyad_root": 0.48, "exact": 0.23, "false": 4},
    "wordings25.jsonl": {"root": 0.65, "dyad_root": 0.43, "exact": 0.21, "false": 5},
    "wordings26.jsonl": {"root": 0.63, "dyad_root": 0.39, "exact": 0.16, "false": 6},
    "wordings27.jsonl": {"root": 0.68, "dyad_root": 0.52, "exact": 0.25, "false": 6},
    "wordings28.jsonl": {"root": 0.67, "dyad_root": 0.37, "exact": 0.15, "false": 4},
    "wordings29.jsonl": {"root": 0.63, "dyad_root": 0.38, "exact": 0.24, "false": 7},
    "wordings30.jsonl": {"root": 0.75, "dyad_root": 0.54, "exact": 0.35, "false": 3},
    "wordings31.jsonl": {"root": 0.72, "dyad_root": 0.50, "exact": 0.26, "false": 6},
    "wordings32.jsonl": {"root": 0.77, "dyad_root": 0.59, "exact": 0.33, "false": 6},
    "wordings33.jsonl": {"root": 0.55, "dyad_root": 0.44, "exact": 0.25, "false": 6},
    "wordings34.jsonl": {"root": 0.74, "dyad_root": 0.54, "exact": 0.22, "false": 5},
    "wordings35.jsonl": {"root": 0.73, "dyad_root": 0.49, "exact": 0.10, "false": 4},
    "wordings36.jsonl": {"root": 0.70, "dyad_root": 0.60, "exact": 0.32, "false": 11},
    "wordings37.jsonl": {"root": 0.69, "dyad_root": 0.43, "exact": 0.15, "false": 5},
    "wordings38.jsonl": {"root": 0.76, "dyad_root": 0.53, "exact": 0.31, "false": 6},
    "wordings39.jsonl": {"root": 0.74, "dyad_root": 0.50, "exact": 0.29, "false": 6},
    "wordings40.jsonl": {"root": 0.72, "dyad_root": 0.58, "exact": 0.34, "false": 4},
    "wordings41.jsonl": {"root": 0.74, "dyad_root": 0.57, "exact": 0.34, "false": 4},
    "wordings42.jsonl": {"root": 0.78, "dyad_root": 0.59, "exact": 0.41, "false": 3},
    "wordings43.jsonl": {"root": 0.67, "dyad_root": 0.48, "exact": 0.20, "false": 6},
    "wordings44.jsonl": {"root": 0.78, "dyad_root": 0.55, "exact": 0.25, "false": 4},
    "wordings45.jsonl": {"root": 0.66, "dyad_root": 0.38, "exact": 0.12, "false": 5},
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
