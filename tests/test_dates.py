"""Event dates: time expressions resolved against the publication date, attached to their clause."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tidings.ingest import repair_text
from tidings.nlp.dates import date_of, find_dates

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_6e0f9db512cb93e6.txt"
MONDAY = date(2022, 1, 10)  # the seed article's publication date, a Monday


@pytest.fixture(scope="module")
def nlp():
    from tidings.nlp.loader import load_nlp

    return load_nlp()


def _dates(nlp, text: str, published: date | None = MONDAY) -> dict[str, tuple[str, str]]:
    return {e.text: (e.value.isoformat(), e.granularity) for e in find_dates(nlp(text), published)}


def _dated(nlp, text: str, verb: str, published: date | None = MONDAY):
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    return date_of(token, find_dates(doc, published))


# -- the seed article ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed_doc(nlp):
    if not SEED.exists():
        pytest.skip("the shared seed article is not available")
    return nlp(repair_text(SEED.read_text(encoding="utf-8")).text)


def _in_sentence(doc, words: str, verb: str):
    sent = next(s for s in doc.sents if words in s.text)
    return next(t for t in sent if t.text == verb)


def test_seed_order_to_fire_is_dated_friday_the_7th(seed_doc):
    exprs = find_dates(seed_doc, MONDAY)
    ordered = _in_sentence(seed_doc, "ordered the troops to directly fire", "ordered")
    expr = date_of(ordered, exprs)
    assert (expr.text, expr.value) == ("on Friday (7th)", date(2022, 1, 7))
    assert seed_doc.text[expr.start:expr.end] == expr.text
    assert date_of(_in_sentence(seed_doc, "directly fire", "fire"), exprs).value == date(2022, 1, 7)


def test_seed_masimov_arrest_announcement_is_dated_saturday_the_8th(seed_doc):
    exprs = find_dates(seed_doc, MONDAY)
    announced = _in_sentence(seed_doc, "Tokayev announced that Karim Masimov", "announced")
    expr = date_of(announced, exprs)
    assert (expr.text, expr.value) == ("On Saturday (8th)", date(2022, 1, 8))


def test_seed_xi_message_is_dated_january_7(seed_doc):
    exprs = find_dates(seed_doc, MONDAY)
    sent = _in_sentence(seed_doc, "oral message was sent", "sent")
    assert date_of(sent, exprs).value == date(2022, 1, 7)


def test_seed_undated_clauses_get_no_expression(seed_doc):
    exprs = find_dates(seed_doc, MONDAY)
    praised = _in_sentence(seed_doc, "Xi Jinping praised Tokayev", "praised")
    assert date_of(praised, exprs) is None  # the coder falls back to the publication date
    stepped = _in_sentence(seed_doc, "Nazarbayev stepped down", "stepped")
    assert (date_of(stepped, exprs).value, date_of(stepped, exprs).granularity) == (date(2019, 1, 1), "year")


# -- resolution ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Tokayev spoke on Friday (7th).", {"on Friday (7th)": ("2022-01-07", "day")}),
    ("On Saturday (8th), he announced it.", {"On Saturday (8th)": ("2022-01-08", "day")}),
    ("The message was sent on January 7.", {"on January 7": ("2022-01-07", "day")}),
    ("The ministry said on Jan. 5 that it acted on Dec. 30.",
     {"on Jan. 5": ("2022-01-05", "day"), "on Dec. 30": ("2021-12-30", "day")}),
    ("Police said yesterday that they made arrests last week.",
     {"yesterday": ("2022-01-09", "day"), "last week": ("2022-01-03", "week")}),
    ("He resigned in 2019.", {"in 2019": ("2019-01-01", "year")}),
    ("Prices rose last month and fell earlier this year.",
     {"last month": ("2021-12-01", "month"), "earlier this year": ("2022-01-01", "year")}),
    ("It happened on 2021-12-24 and on 7 January 2022.",
     {"on 2021-12-24": ("2021-12-24", "day"), "on 7 January 2022": ("2022-01-07", "day")}),
    ("Two days ago the army shelled the town.", {"Two days ago": ("2022-01-08", "day")}),
    ("A decade ago the army shelled the town.", {"A decade ago": ("2012-01-01", "year")}),
    ("Years ago the army shelled the town.", {"Years ago": ("2020-01-01", "year")}),
    ("They met last Monday and again on Monday.",
     {"last Monday": ("2022-01-03", "day"), "on Monday": ("2022-01-10", "day")}),
    ("The vote on the 3rd was annulled.", {"on the 3rd": ("2022-01-03", "day")}),
    ("Rebels have held the town since March 2021.", {"since March 2021": ("2021-03-01", "month")}),
])
def test_expressions_resolve_against_publication(nlp, text, expected):
    assert _dates(nlp, text) == expected


def test_a_weekday_is_the_most_recent_one_on_or_before_publication(nlp):
    # published on a Wednesday: "Thursday" is last week's, "Wednesday" is the same day
    wednesday = date(2022, 1, 12)
    assert _dates(nlp, "Troops withdrew on Thursday.", wednesday) == {"on Thursday": ("2022-01-06", "day")}
    assert _dates(nlp, "Troops withdrew on Wednesday.", wednesday) == {"on Wednesday": ("2022-01-12", "day")}


def test_the_day_in_parentheses_corrects_the_weekday(nlp):
    # a story published on Monday the 10th but written about "Friday (31st)" of the previous month
    assert _dates(nlp, "The decree was signed on Friday (31st).") == {
        "on Friday (31st)": ("2021-12-31", "day")}


def test_future_clauses_look_ahead(nlp):
    assert _dates(nlp, "The talks will resume on Friday.") == {"on Friday": ("2022-01-14", "day")}
    assert _dates(nlp, "He will visit in March.") == {"in March": ("2022-03-01", "month")}
    assert _dates(nlp, "He visited in March.") == {"in March": ("2021-03-01", "month")}


def test_dates_across_new_year_take_the_nearest_year(nlp):
    assert _dates(nlp, "Fighting began on December 28.", date(2022, 1, 3)) == {
        "on December 28": ("2021-12-28", "day")}


def test_numbers_that_are_not_years_are_left_alone(nlp):
    assert _dates(nlp, "A total of 2000 troops and 50% of 1999 votes; in 2015 percent terms.") == {}
    assert _dates(nlp, "The 1990s were hard and 1970s music sold well.") == {}


def test_a_decade_is_dated_by_the_year_its_part_starts(nlp):
    # (round 13: "its founders rejected autonomy talks in the late 1970s" is history)
    assert _dates(nlp, "The bill passed in the 1990s.") == {"in the 1990s": ("1990-01-01", "year")}
    assert _dates(nlp, "The group split in the late 1970s.") == {"in the late 1970s": ("1977-01-01", "year")}
    assert _dates(nlp, "It grew during the mid-1980s.") == {"during the mid-1980s": ("1984-01-01", "year")}


def test_without_publication_date_only_absolute_dates_resolve(nlp):
    text = "On Friday troops fired; on January 7, 2022 the president spoke; in 2019 he was elected."
    assert _dates(nlp, text, None) == {"on January 7, 2022": ("2022-01-07", "day"),
                                       "in 2019": ("2019-01-01", "year")}


# -- attachment ----------------------------------------------------------------------------------
def test_a_clause_takes_the_date_of_the_clause_that_reports_it(nlp):
    text = "State media reported on Friday (7th) that the president said he has ordered the troops to fire."
    assert _dated(nlp, text, "ordered").value == date(2022, 1, 7)


def test_the_nearest_date_wins(nlp):
    text = "The minister said on Tuesday that police had arrested the leader on Sunday."
    assert _dated(nlp, text, "arrested").text == "on Sunday"
    assert _dated(nlp, text, "said").text == "on Tuesday"


def test_a_date_in_another_clause_does_not_leak(nlp):
    text = "The protests, which began in 2019, grew as police arrested dozens of students."
    assert _dated(nlp, text, "arrested") is None
    assert _dated(nlp, text, "began").text == "in 2019"


def test_a_date_in_another_sentence_does_not_leak(nlp):
    text = "Talks collapsed on Friday. The army shelled the city."
    assert _dated(nlp, text, "shelled") is None
