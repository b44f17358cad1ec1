"""Scoring against gold: dyad expansion, code normalisation, one-to-one matching, calibration.

The gold records here are written for these tests; nothing is coded, so the tests are fast.
"""

from __future__ import annotations

import json

import pytest

from tidings.evaluate import Dyad, as_json, format_errors, format_table, read_gold, score
from tidings.evaluate.codes import country_of, normalise_code
from tidings.evaluate.score import expected_calibration_error


def actor(code):
    return {"text": None, "code": code, "country": code[:3], "sector": code[3:] or None}


def record(id, text, events, reciprocal=False):
    meta = {"reciprocal": True} if reciprocal else {}
    return json.dumps({"id": id, "text": text, "date": "2024-01-02", "events": events, "meta": meta})


def event(code=None, sources=(), targets=(), plover=None):
    return {"cameo": code, "plover": plover, "source": [actor(s) for s in sources],
            "target": [actor(t) for t in targets]}


def test_codes_are_normalised_before_comparison():
    assert normalise_code("JAPGOV") == "JPNGOV"
    assert normalise_code("ITL") == "ITA"
    assert normalise_code("USRGOV") == "RUSGOV"  # the Soviet Union, coded as its continuing state
    assert normalise_code("ISR***") == "ISR"
    assert normalise_code("LBYCIV") == "LBYCVL"
    assert normalise_code("CIV") == "CIV"  # Côte d'Ivoire as a country stays
    assert normalise_code("BIHMILsrp") == "BIHMILSRP"
    assert normalise_code("---") is None
    # the same organisation in another spelling; a coarser code stays a different answer
    assert normalise_code("IGONAT") == normalise_code("IGOWSTNAT") == "IGOWSTNAT"
    assert normalise_code("IGONATMIL") == "IGOWSTNATMIL"
    assert normalise_code("IGOAFRAU") == "IGOAFRAFU"
    assert normalise_code("IGOICC") == "IGOJUDICC"
    assert normalise_code("IGOWTO") == "IGOBUSWTO"  # (round 26)
    assert normalise_code("IGOUNO") == "IGOUNO"
    assert normalise_code("IGOUNOREFHCR") == "IGOUNOREFHCR"
    assert normalise_code("IGOUNODEVWBK") == normalise_code("IGOWBK") == "IGOWBK"  # (round 32)
    assert country_of("---GOV") is None and country_of("RUSGOV") == "RUS"


def test_compound_gold_events_expand_into_dyads():
    [sent] = read_gold([record("a", "France and Germany condemned Russia.",
                               [event("111", ["FRA", "DEU"], ["RUS"])])])
    assert {(d.source, d.target) for d in sent.events} == {("FRA", "RUS"), ("DEU", "RUS")}
    assert sent.n_events == 1


def test_reciprocal_gold_events_pair_the_parties_both_ways():
    [sent] = read_gold([record("a", "Chile and Peru agreed.", [event(None, ["CHL", "PER"], [],
                                                                     plover="AGREE")],
                               reciprocal=True)])
    assert {(d.source, d.target) for d in sent.events} == {("CHL", "PER"), ("PER", "CHL")}


def test_records_with_the_same_text_are_one_sentence():
    text = "Iran rejected the offer and expelled the inspectors."
    sents = read_gold([record("a", text, [event("120", ["IRN"], ["USA"])]),
                       record("b", text, [event("166", ["IRN"], ["IGO"])])])
    assert len(sents) == 1 and sents[0].ids == ["a", "b"] and len(sents[0].events) == 2


def dy(code, s=None, t=None, conf=0.5, statement=False, plover=None):
    return Dyad(code, plover, s, t, confidence=conf, statement=statement)


def test_levels_count_one_to_one_matches():
    sents = read_gold([record("a", "x", [event("042", ["USA"], ["CHN"]), event("042", ["USA"], ["CHN"])])])
    # one right, one with the wrong target, one extra
    rep = score(sents, [[dy("042", "USA", "CHN"), dy("042", "USA", "JPN"), dy("111", "USA", "CHN")]])
    assert rep.levels["root"].tp == 2 and rep.levels["root"].pred == 3 and rep.levels["root"].gold == 2
    assert rep.levels["exact"].tp == 1
    assert rep.levels["dyad_root"].tp == 1
    assert rep.levels["exact"].precision == pytest.approx(1 / 3)
    assert rep.levels["exact"].recall == pytest.approx(1 / 2)


def test_country_levels_map_non_iso_codes():
    sents = read_gold([record("a", "x", [event("042", ["JAPGOV"], ["ITL"])])])
    rep = score(sents, [[dy("042", "JPNGOV", "ITAGOV")]])
    assert rep.levels["dyad_root"].tp == 1 and rep.levels["exact"].tp == 0
    assert rep.levels["source"].tp == 1 and rep.levels["target"].tp == 0


def test_no_event_sentences_count_false_alarms():
    sents = read_gold([record("a", "The weather was fine.", []), record("b", "y", [event("010", ["USA"])])])
    rep = score(sents, [[dy("190", "USA", "RUS")], [dy("010", "USA", statement=True)]])
    assert rep.no_event_sentences == 1 and rep.false_on_no_event == 1
    assert rep.confusion["(no gold)"]["19"] == 1


def test_statements_and_confidence_filter_predictions():
    sents = read_gold([record("a", "x", [event("111", ["USA"], ["RUS"])])])
    preds = [[dy("010", "USA", statement=True, conf=0.9), dy("111", "USA", "RUS", conf=0.3)]]
    assert score(sents, preds, statements=False).predicted == 1
    assert score(sents, preds, min_confidence=0.5).predicted == 1
    assert score(sents, preds, statements=False, min_confidence=0.5).levels["root"].tp == 0


def test_plover_only_gold_scores_plover_levels_and_skips_cameo_levels():
    sents = read_gold([record("a", "x", [event(None, ["USA"], ["RUS"], plover="ACCUSE")])])
    rep = score(sents, [[dy("111", "USA", "RUS", plover="ACCUSE"), dy("010", "USA", statement=True)]])
    assert rep.levels["root"] is None and rep.levels["exact"] is None
    assert rep.levels["plover"].tp == 1 and rep.levels["plover"].pred == 1  # 010 has no PLOVER type
    assert rep.plover_accuracy == 1.0
    assert rep.calibration == [(0.5, True)]


def test_per_root_recall_and_confusion():
    sents = read_gold([record("a", "x", [event("190", ["RUS"], ["UKR"]), event("042", ["USA"], ["CHN"])])])
    rep = score(sents, [[dy("190", "RUS", "UKR"), dy("040", "USA", "CHN")]])
    assert rep.per_root["19"].recall == 1.0 and rep.per_root["04"].recall == 1.0
    assert rep.levels["code"].tp == 1
    assert rep.confusion["19"]["19"] == 1 and rep.confusion["04"]["04"] == 1


def test_errors_name_misses_and_false_alarms():
    sents = read_gold([record("a", "Russia shelled Kharkiv.", [event("194", ["RUS"], ["UKR"])])])
    rep = score(sents, [[dy("111", "USA", "CHN")]])
    text = format_errors(rep)
    assert "Russia shelled Kharkiv." in text
    assert "miss" in text and "false alarm" in text
    assert as_json(rep, errors=True)["errors"][0]["misses"] == ["RUS → UKR 194/ASSAULT"]
    assert "exact (src code, tgt code, CAMEO code)" in format_table(rep)


def test_expected_calibration_error():
    assert expected_calibration_error([(0.8, True)] * 8 + [(0.8, False)] * 2) == pytest.approx(0.0)
    assert expected_calibration_error([(0.9, False), (0.1, True)]) == pytest.approx(0.9)
    assert expected_calibration_error([]) is None
