"""`tidings actors PATH... --format jsonl|table`, and the actors in `tidings code --explain`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.cli import app
from tidings.cli import actors_cmd  # noqa: F401  (registers the command)
from tidings.cli import code_cmd  # noqa: F401  (a second command keeps `actors` a subcommand)

# "Kazakh" glued to "President" as scrapers leave it: repair splits it, offsets still index this text
STORY = ("Protests spread across Kazakhstan on Wednesday. KazakhPresident Tokayev said he had "
         "ordered troops to fire. Su Lin, a political scientist at the University of Hong Kong, "
         "said Su had expected it.\n")
SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_6e0f9db512cb93e6.txt"


@pytest.fixture()
def story(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def rows_of(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_jsonl_lists_every_actor_with_its_fields(story):
    rows = rows_of(CliRunner().invoke(app, ["actors", str(story), "--date", "2022-01-10",
                                            "--format", "jsonl"]))
    for r in rows:
        assert {"doc", "start", "end", "text", "code", "country", "sectors", "name", "how"} <= r.keys()
    by_text = {r["text"]: r for r in rows}
    tokayev = by_text["Kazakh President Tokayev"]  # the words as repaired
    assert (tokayev["code"], tokayev["how"], tokayev["name"]) == ("KAZGOV", "lexicon",
                                                                   "Kassym-Jomart Tokayev")
    # offsets index the text as given, where the words were glued
    assert STORY[tokayev["start"]:tokayev["end"]] == "KazakhPresident Tokayev"
    assert by_text["he"]["code"] == "KAZGOV" and by_text["he"]["how"] == "pronoun"
    assert by_text["Su Lin"]["code"] == "HKGEDU" and by_text["Su Lin"]["how"] == "apposition"
    assert by_text["Su"]["how"] == "coreference"
    assert by_text["troops"]["sectors"] == ["MIL"]


def test_the_date_changes_a_persons_code(story):
    rows = rows_of(CliRunner().invoke(app, ["actors", str(story), "--date", "2015-06-01",
                                            "--format", "jsonl"]))
    assert {r["code"] for r in rows if "Tokayev" in r["text"]} == {"KAZLEG"}


def test_table_is_the_default(story):
    result = CliRunner().invoke(app, ["actors", str(story), "--date", "2022-01-10"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["where", "text", "code", "how"]
    assert any("Tokayev" in ln and "KAZGOV" in ln for ln in lines)


def test_a_user_dictionary_on_the_command_line(story, tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text("SU_LIN_ [HKGGOV]\n", encoding="utf-8")
    rows = rows_of(CliRunner().invoke(app, ["actors", str(story), "--actors", str(mine),
                                            "--date", "2022-01-10", "--format", "jsonl"]))
    su = next(r for r in rows if r["text"] == "Su Lin")
    assert (su["code"], su["how"]) == ("HKGGOV", "user")


def test_a_missing_dictionary_is_an_error(story, tmp_path):
    result = CliRunner().invoke(app, ["actors", str(story), "--actors", str(tmp_path / "none.txt")])
    assert result.exit_code != 0


def test_a_bad_format_is_a_usage_error(story):
    assert CliRunner().invoke(app, ["actors", str(story), "--format", "xml"]).exit_code == 2


@pytest.mark.skipif(not SEED.exists(), reason="the seed article in ../shared is missing")
def test_seed_offsets_index_the_text_as_given():
    rows = rows_of(CliRunner().invoke(app, ["actors", str(SEED), "--date", "2022-01-10",
                                            "--format", "jsonl"]))
    original = SEED.read_text(encoding="utf-8")
    assert len(rows) > 100
    same = [r for r in rows if original[r["start"]:r["end"]] == r["text"]]
    # only a mention that spans a repaired glue ("KazakhstanTokayev") reads differently
    assert len(same) >= len(rows) - 2


def test_code_explain_lists_the_actors_and_why(story):
    result = CliRunner().invoke(app, ["code", str(story), "--date", "2022-01-10", "--explain"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Actors" in out
    assert "'Su Lin' → HKGEDU [apposition]" in out
    assert "[pronoun]" in out and "[coreference]" in out
