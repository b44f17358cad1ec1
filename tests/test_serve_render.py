"""Building blocks of the pages: marked-up article text, the timeline, the dyads, the filters."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.model import Sentence
from tidings.serve.charts import Dyad, dyad_svg, dyads, timeline, timeline_svg
from tidings.serve.filters import BadQuery, filter_from_query, filter_query
from tidings.serve.highlight import Mark, highlight

TEXT = "Tokayev ordered troops to fire. Russia sent paratroopers."
#       0      7       15     22      30 32    38   43


def sentences() -> list[Sentence]:
    return [Sentence("d", 0, 0, 31, TEXT[:31]), Sentence("d", 1, 32, 57, TEXT[32:])]


# -- highlight --------------------------------------------------------------------------------

def test_marks_wrap_their_words_and_sentences_get_anchors():
    html = highlight(TEXT, [Mark(0, 7, "actor", "a0", "KAZGOV"),
                            Mark(32, 38, "actor", "a1", "RUS")], sentences())
    assert html == (
        '<span class="sentence" id="s0"><mark class="actor" data-refs="a0" title="KAZGOV">'
        'Tokayev</mark> ordered troops to fire.</span> '
        '<span class="sentence" id="s1"><mark class="actor" data-refs="a1" title="RUS">'
        'Russia</mark> sent paratroopers.</span>')


def test_overlapping_marks_split_into_pieces_that_carry_both():
    # the trigger "ordered troops to fire" contains the actor "troops"
    html = highlight(TEXT[:31], [Mark(8, 30, "trigger q4", "e0", "175 repression"),
                                 Mark(16, 22, "actor", "a1", "KAZMIL")])
    assert html == (
        'Tokayev <mark class="trigger q4" data-refs="e0" title="175 repression">ordered </mark>'
        '<mark class="trigger q4 actor" data-refs="e0 a1" title="175 repression\nKAZMIL">'
        'troops</mark>'
        '<mark class="trigger q4" data-refs="e0" title="175 repression"> to fire</mark>.')


def test_article_text_and_tooltips_are_escaped():
    text = 'Police <script>alert("x")</script> & "friends"'
    html = highlight(text, [Mark(0, 6, "actor", "a0", '<b onmouseover="x">')])
    assert "<script>" not in html and "<b " not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#34;friends&#34;" in html
    assert 'title="&lt;b onmouseover=&#34;x&#34;&gt;"' in html


def test_offsets_outside_the_text_cannot_break_the_page():
    html = highlight("Short.", [Mark(3, 99, "actor", "a0", "X"), Mark(-4, 2, "actor", "a1", "Y"),
                                Mark(4, 4, "actor", "a2", "Z")])
    assert html == 'Sho<mark class="actor" data-refs="a0" title="X">rt.</mark>'


def test_text_between_sentences_stays_outside_them():
    html = highlight("A. \n\nB.", [], [Sentence("d", 0, 0, 2, "A."), Sentence("d", 1, 5, 7, "B.")])
    assert html == ('<span class="sentence" id="s0">A.</span> \n\n'
                    '<span class="sentence" id="s1">B.</span>')


# -- timeline ---------------------------------------------------------------------------------

def day(d: int, quad: int, n: int, month: int = 1) -> dict:
    return {"period": date(2022, month, d), "quad_class": quad, "events": n}


def test_the_timeline_has_every_day_of_the_range_and_stacks_quad_classes():
    t = timeline([day(5, 3, 2), day(5, 4, 1), day(8, 1, 4)])
    assert t.per == "day"
    assert t.periods == [date(2022, 1, d) for d in range(5, 9)]
    assert t.counts == [{3: 2, 4: 1}, {}, {}, {1: 4}]
    svg = timeline_svg(t)
    assert svg.count("<rect") == 3
    assert "2022-01-05 · verbal conflict: 2" in svg


def test_a_long_range_is_counted_per_week():
    t = timeline([{"period": date(2021, 1, 4), "quad_class": 1, "events": 1},
                  {"period": date(2022, 6, 1), "quad_class": 4, "events": 2},
                  {"period": date(2022, 6, 3), "quad_class": 4, "events": 1}])
    assert t.per == "week"
    assert t.periods[0] == date(2021, 1, 4) and t.periods[-1] == date(2022, 5, 30)
    assert t.counts[-1] == {4: 3} and t.total == 4


def test_an_empty_timeline_draws_nothing():
    assert timeline([]).periods == [] and timeline_svg(timeline([])) == ""


# -- dyads ------------------------------------------------------------------------------------

def test_dyads_sum_over_periods_weighting_goldstein_by_events():
    rows = [{"source_code": "KAZGOV", "target_code": "KAZCVL", "events": 3, "goldstein": -9.0},
            {"source_code": "KAZGOV", "target_code": "KAZCVL", "events": 1, "goldstein": -5.0},
            {"source_code": "CHNGOV", "target_code": "KAZGOV", "events": 1, "goldstein": 3.4},
            {"source_code": "KAZCVL", "target_code": None, "events": 7, "goldstein": -6.5}]
    assert dyads(rows, ("source_code", "target_code")) == [
        Dyad("KAZGOV", "KAZCVL", 4, -8.0), Dyad("CHNGOV", "KAZGOV", 1, 3.4)]


def test_the_dyad_diagram_draws_a_band_per_dyad_linked_to_its_events():
    items = [Dyad("KAZGOV", "KAZCVL", 4, -8.0), Dyad("CHNGOV", "KAZGOV", 1, 3.4)]
    svg = dyad_svg(items, lambda d: f"/explore?source={d.source}&target={d.target}")
    assert svg.count('<path class="band') == 2
    assert '<a href="/explore?source=KAZGOV&amp;target=KAZCVL">' in svg
    assert 'class="band conflict"' in svg and 'class="band coop"' in svg


# -- filters ----------------------------------------------------------------------------------

def test_query_parameters_use_the_cli_names():
    flt = filter_from_query({"quad": ["3,4"], "plover_type": ["protest"], "actor": ["kaz"],
                             "since": ["2022-01-01"], "statements": ["false"]})
    assert flt.quad_class == (3, 4) and flt.plover == ("PROTEST",) and flt.actor == ("KAZ",)
    assert flt.since == date(2022, 1, 1) and flt.statements is False


def test_blank_form_fields_are_no_filter():
    assert filter_from_query({"country": [""], "since": [""], "text": [" "]}).is_empty()


@pytest.mark.parametrize("params, message", [
    ({"colour": ["red"]}, "unknown parameter colour"),
    ({"text": ["a", "b"]}, "text is given 2 times"),
    ({"min_confidence": ["high"]}, "min_confidence must be a number"),
    ({"quad": ["5"]}, "not a quad class"),
])
def test_bad_parameters_are_named(params, message):
    with pytest.raises(BadQuery, match=message):
        filter_from_query(params)


def test_links_keep_the_filters_and_change_what_they_say():
    params = {"country": ["KAZ"], "quad": ["4"], "page": ["3"], "dyads": ["countries"]}
    assert filter_query(params, ("dyads",), page="4") == "country=KAZ&quad=4&dyads=countries&page=4"
    assert filter_query(params, source="KAZGOV") == "country=KAZ&quad=4&source=KAZGOV"
