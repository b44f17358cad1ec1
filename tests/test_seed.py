"""Acceptance on the seed article: a machine-translated, badly scraped analysis of the Kazakhstan
unrest of January 2022, read from ../shared (never copied into the project)."""

from __future__ import annotations

import json
import subprocess
import sys
import pytest

from conftest import SEED

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="the seed article in ../shared is missing")


@pytest.fixture(scope="module")
def coded(seed_coded):
    return seed_coded


@pytest.fixture(scope="module")
def events(coded):
    return coded.events


def found(events, root, source=None, target=None, source_sectors=None, target_text=None):
    """Events at CAMEO ``root`` (one root or several) whose actors fit the conditions."""
    roots = (root,) if isinstance(root, str) else root
    out = []
    for e in events:
        if e.root not in roots:
            continue
        if source is not None and (e.source is None or not e.source.code.startswith(source)):
            continue
        if source_sectors is not None and (e.source is None or not set(e.source.sectors) & source_sectors):
            continue
        if target is not None and (e.target is None or not e.target.code.startswith(target)):
            continue
        if target_text is not None and (e.target is None or target_text not in e.target.text):
            continue
        out.append(e)
    return out


def test_protesters_in_kazakhstan_protest(events):
    assert found(events, "14", source="KAZ", source_sectors={"CVL", "OPP"})


def test_tokayev_orders_troops_to_fire_on_protesters(events):
    hits = found(events, ("17", "18", "19"), source="KAZGOV", target="KAZ")
    assert any(e.target is not None and set(e.target.sectors) & {"CVL", "OPP"} for e in hits)


def test_chinese_leadership_praises_tokayev(events):
    hits = found(events, "05", source="CHNGOV", target="KAZGOV")
    assert any(e.cameo == "051" for e in hits)


def test_tokayev_accuses_foreign_trained_terrorists(events):
    assert found(events, "11", source="KAZGOV", target_text="terrorists")


def test_russian_peacekeepers_sent_to_kazakhstan(events):
    hits = found(events, ("07", "15"), source="RUS", target="KAZ")
    assert any("MIL" in e.source.sectors for e in hits)


def test_tokayev_announces_the_arrest_of_masimov(events):
    hits = found(events, "17", source="KAZGOV", target="KAZ", target_text="Masimov")
    assert any(e.cameo == "173" for e in hits)


def test_china_is_willing_to_provide_support(events):
    assert found(events, "03", source="CHNGOV", target="KAZ")


def test_nothing_is_coded_from_the_related_article_or_the_comment_form(coded):
    for e in coded.events:
        assert "Saudi" not in e.sentence and "Iranian" not in e.sentence
        assert "Akismet" not in e.sentence and "Comment" not in e.sentence
    assert "Related Articles" not in coded.document.text
    assert "Akismet" not in coded.document.text


def test_glued_words_are_split_in_the_sentences(coded):
    text = coded.document.text
    for glued in ("KazakhstanLarge", "TokayevAlso", "RussiaThe", "JinpingAn", "toXinjiang"):
        assert glued not in text
    assert any("Tokayev" in s.text and "Also" not in s.text.split("Tokayev")[0] for s in coded.sentences)
    kinds = {r.kind for r in coded.document.repairs}
    assert {"split", "drop"} <= kinds


def test_event_dates_follow_the_text(events):
    order = found(events, ("17", "18", "19"), source="KAZGOV")
    assert any(e.date.isoformat() == "2022-01-07" for e in order)
    arrest = found(events, "17", target_text="Masimov")
    assert all(e.date.isoformat() == "2022-01-08" for e in arrest)


def test_the_cli_codes_the_seed_as_jsonl():
    out = subprocess.run([sys.executable, "-m", "tidings", "code", str(SEED), "--date", "2022-01-10",
                          "--format", "jsonl"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows
    for key in ("id", "doc", "sentence", "trigger", "cameo", "root", "quad_class", "goldstein",
                "plover", "date", "confidence", "source", "target"):
        assert all(key in r for r in rows), key
    actor = next(r["source"] for r in rows if r["source"])
    assert {"text", "code", "country", "sectors"} <= set(actor)
