"""``tidings evaluate`` end to end on a tiny gold file written for this test."""

from __future__ import annotations

import json

import pytest

from tidings.cli import main

RECORDS = [
    {"id": "a", "text": "France condemned Russia on Monday.", "date": "2024-03-18",
     "events": [{"cameo": "111", "plover": None, "source": [{"code": "FRA"}], "target": [{"code": "RUS"}]}]},
    {"id": "b", "text": "The weather in Paris was mild on Sunday.", "date": "2024-03-18", "events": []},
    {"id": "c", "text": "Egypt said the talks were useful.", "date": "2024-03-18", "events": []},
]


@pytest.fixture(scope="module")
def gold(tmp_path_factory):
    path = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    return path


def run(capsys, *args) -> str:
    with pytest.raises(SystemExit) as done:
        main(["evaluate", *map(str, args)])
    assert done.value.code in (0, None)
    return capsys.readouterr().out


def test_table_reports_levels_and_false_alarms(gold, capsys):
    out = run(capsys, gold, "--errors")
    assert "exact (src code, tgt code, CAMEO code)" in out
    assert "no-event sentences: 2" in out
    assert "Egypt said the talks were useful." in out  # its statement event is a false alarm


def test_json_without_statements(gold, capsys):
    report = json.loads(run(capsys, gold, "--format", "json", "--no-statements"))
    assert report["levels"]["exact"]["tp"] == 1 and report["levels"]["exact"]["f1"] == 1.0
    assert report["false_on_no_event"] == 0
    assert report["settings"] == {"statements": False, "min_confidence": 0.0}


def test_min_confidence_filters(gold, capsys):
    report = json.loads(run(capsys, gold, "--format", "json", "--min-confidence", "0.99"))
    assert report["predicted"] == 0


def test_missing_gold_file_is_an_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as done:
        main(["evaluate", str(tmp_path / "nope.jsonl")])
    assert done.value.code == 1
    assert "does not exist" in capsys.readouterr().err
