"""Scoring coded events against gold-coded sentences (``tidings evaluate``).

>>> from tidings.evaluate import load_gold, predict, score
>>> sentences = load_gold("petr2_gsr.jsonl")                        # doctest: +SKIP
>>> report = score(sentences, predict(sentences), statements=False)  # doctest: +SKIP
>>> report.levels["exact"].f1                                        # doctest: +SKIP

Gold files follow the schema of ``shared/benchmarks/README.md``. How events are expanded into dyads
is in :mod:`tidings.evaluate.gold`, how codes are normalised in :mod:`tidings.evaluate.codes`, and how
events are matched and scored in :mod:`tidings.evaluate.score`.
"""

from tidings.evaluate.gold import Dyad, GoldSentence, load_gold, read_gold
from tidings.evaluate.report import as_json, format_errors, format_table
from tidings.evaluate.run import predict, to_dyad
from tidings.evaluate.score import LEVELS, Report, expected_calibration_error, score

__all__ = ["Dyad", "GoldSentence", "LEVELS", "Report", "as_json", "expected_calibration_error",
           "format_errors", "format_table", "load_gold", "predict", "read_gold", "score", "to_dyad"]
