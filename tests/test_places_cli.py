"""`tidings places PATH... --format jsonl|table`: every place mention, resolved."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tidings.cli import app
from tidings.cli import places_cmd  # noqa: F401  (registers the command)
from tidings.cli import store_cmd  # noqa: F401  (a second command keeps `places` a subcommand)

STORY = ("ALMATY, Jan 5 (Reuters) - Protesters stormed the mayor's office in Almaty on "
         "Wednesday as unrest spread across Kazakhstan. Russia sent troops.\n")


@pytest.fixture()
def story(tmp_path):
    path = tmp_path / "almaty.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_jsonl_lists_every_place_with_its_fields(story):
    result = CliRunner().invoke(app, ["places", str(story), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == ["ALMATY", "Almaty", "Kazakhstan", "Russia"]
    for r in rows:
        assert {"doc", "start", "end", "text", "name", "lat", "lon", "country", "admin1",
                "precision"} <= r.keys()
        assert STORY[r["start"]:r["end"]] == r["text"]  # offsets index the text as given
    assert (rows[0]["name"], rows[0]["country"], rows[0]["precision"]) == ("Almaty", "KAZ",
                                                                           "city")
    assert (rows[2]["country"], rows[2]["precision"]) == ("KAZ", "country")


def test_table_is_the_default(story):
    result = CliRunner().invoke(app, ["places", str(story)])
    assert result.exit_code == 0, result.output
    header, *lines = result.stdout.splitlines()
    assert "precision" in header and len(lines) == 4
    assert "Kazakhstan" in lines[2] and "KAZ" in lines[2]


def test_a_missing_file_is_skipped_with_the_reason(story, tmp_path):
    result = CliRunner().invoke(app, ["places", str(story), str(tmp_path / "nope.txt"),
                                      "--format", "jsonl"])
    assert result.exit_code == 3
    assert "nope.txt" in result.stderr and "skipped" in result.stderr
    assert len(result.stdout.splitlines()) == 4


def test_an_unknown_format_is_a_usage_error(story):
    result = CliRunner().invoke(app, ["places", str(story), "--format", "xml"])
    assert result.exit_code == 2
