"""The JSONL event schema ships with the package and every emitted event satisfies it."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from tidings.pipeline import Options, code_text

SENTENCES = (
    "Russia's foreign ministry said Ukrainian troops had attacked Russian soldiers in Kursk on Monday.",
    "China is willing to provide support to Kazakhstan.",
    "Thousands of Serbian students protested against the government in Belgrade.",
)


@pytest.fixture(scope="module")
def schema():
    text = (resources.files("tidings.schema") / "event.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def test_the_schema_is_a_valid_json_schema(schema):
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("text", SENTENCES)
def test_emitted_events_satisfy_the_schema(schema, text):
    events = code_text(text, date="2024-03-18", options=Options()).events
    assert events
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for e in events:
        row = json.loads(json.dumps(e.as_json()))
        validator.validate(row)


def test_the_schema_rejects_a_malformed_event(schema):
    events = code_text(SENTENCES[1], date="2024-03-18").events
    row = json.loads(json.dumps(events[0].as_json()))
    row["quad_class"] = 7
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(row, schema)
