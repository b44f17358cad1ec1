"""Finding events in the store: every filter, alone and together, and counts over time.

The store holds the four example stories (January-February 2022):

  2022-01-05  KAZCVL   141 rallied                  (in Almaty)
  2022-01-05  KAZCOP   173 arrested         KAZCVL
  2022-01-07  KAZGOV   175 ordered troops…  KAZCVL
  2022-01-07  RUSMIL   150 sent paratroopers KAZ
  2022-01-10  CHNGOV   051 praised          KAZGOV
  2022-01-10  RUSGOV   010 said (statement)
  2022-02-20  UKRGOV   112 accused          RUSMIL   (in Kyiv)
  2022-02-20  IGOEUREEC 163 imposed sanctions RUS
"""

from __future__ import annotations

from datetime import date

import pytest

from tidings.store import EventFilter, Store
from tidings.store.synthetic import example_documents, story


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "kazakhstan.duckdb"
    with Store.open(path) as s:
        s.write(example_documents())
        # a drone strike reported from Kyiv by a US source: Ukraine only as the place
        s.write([story(["American officials said drones struck a depot in Kyiv."],
                       date(2022, 3, 1), [(0, ("USAGOV", "American officials"), "struck", "190",
                                           None)],
                       url="https://wire.example/2022/03/01/kyiv",
                       places={"Kyiv": (50.45, 30.52, "UKR", "city")})])
    s = Store.open(path, read_only=True)
    yield s
    s.close()


def triggers(store: Store, **kw) -> list[str]:
    return store.events(EventFilter(**kw)).column("trigger").to_pylist()


def test_no_filter_gives_every_event_in_date_order(store):
    assert triggers(store) == ["rallied", "arrested", "ordered troops to fire",
                               "sent paratroopers", "praised", "said", "accused",
                               "imposed sanctions", "struck"]


def test_date_range_is_inclusive(store):
    assert len(triggers(store, since=date(2022, 1, 7))) == 7
    assert len(triggers(store, until=date(2022, 1, 7))) == 4
    assert triggers(store, since=date(2022, 1, 7), until=date(2022, 1, 7)) == [
        "ordered troops to fire", "sent paratroopers"]


def test_actor_prefix_matches_source_or_target(store):
    assert triggers(store, actor=("KAZ",)) == ["rallied", "arrested", "ordered troops to fire",
                                               "sent paratroopers", "praised"]
    assert triggers(store, actor=("KAZGOV",)) == ["ordered troops to fire", "praised"]
    assert triggers(store, actor=("kazgov", "IGO")) == ["ordered troops to fire", "praised",
                                                        "imposed sanctions"]


def test_source_and_target_filters_look_at_one_side_only(store):
    assert triggers(store, source=("RUS",)) == ["sent paratroopers", "said"]
    assert triggers(store, target=("RUS",)) == ["accused", "imposed sanctions"]
    assert triggers(store, source=("KAZ",), target=("KAZCVL",)) == [
        "arrested", "ordered troops to fire"]


def test_country_matches_either_actor_or_the_place(store):
    assert triggers(store, country=("UKR",)) == ["accused", "struck"]
    assert triggers(store, country=("chn", "USA")) == ["praised", "struck"]


def test_sector_matches_either_actor(store):
    assert triggers(store, sector=("MIL",)) == ["sent paratroopers", "accused"]
    assert triggers(store, sector=("COP",)) == ["arrested"]


def test_cameo_code_or_prefix_and_root(store):
    assert triggers(store, cameo=("173",)) == ["arrested"]
    assert triggers(store, cameo=("17",)) == ["arrested", "ordered troops to fire"]
    assert triggers(store, root=("14", "17")) == ["rallied", "arrested",
                                                  "ordered troops to fire"]
    assert triggers(store, root=("1",)) == ["said"]  # root 01, not every root starting with 1


def test_quad_class(store):
    assert triggers(store, quad_class=(1,)) == ["praised", "said"]
    assert triggers(store, quad_class=("3",)) == ["rallied", "accused"]


def test_plover_type_any_case(store):
    assert triggers(store, plover=("PROTEST",)) == ["rallied"]
    assert triggers(store, plover=("seize", "sanction")) == ["arrested", "imposed sanctions"]


def test_text_search_is_case_insensitive_and_literal(store):
    assert triggers(store, text="PROTESTERS") == ["rallied", "arrested",
                                                  "ordered troops to fire"]
    assert triggers(store, text="%") == []  # no LIKE wildcards
    assert triggers(store, text="_") == []
    assert triggers(store, text="'; DROP TABLE events; --") == []
    assert store.count() == 9


def test_confidence_and_statements(store):
    assert len(triggers(store, min_confidence=0.8)) == 6  # events with both actors
    assert "said" not in triggers(store, statements=False)
    assert len(triggers(store, statements=False)) == 8


def test_filters_combine(store):
    assert triggers(store, actor=("KAZ",), quad_class=(4,), since=date(2022, 1, 6)) == [
        "ordered troops to fire", "sent paratroopers"]


def test_one_document(store):
    doc_id = store.events(EventFilter(cameo=("112",))).column("doc_id")[0].as_py()
    assert triggers(store, doc_id=doc_id) == ["accused", "imposed sanctions"]


def test_pages_and_counts(store):
    assert store.events(limit=2, offset=3).column("trigger").to_pylist() == [
        "sent paratroopers", "praised"]
    assert store.count(EventFilter(actor=("KAZ",))) == 5
    assert store.events_frame(EventFilter(root=("17",)))["source_code"].tolist() == [
        "KAZCOP", "KAZGOV"]


def test_events_come_back_as_records(store):
    (arrest,) = store.event_records(EventFilter(cameo=("173",)))
    original = next(e for d in example_documents() for e in d.events if e.cameo == "173")
    assert arrest == original
    assert arrest.source.sectors == ("COP",) and arrest.target.code == "KAZCVL"


def test_filters_from_a_query_string(store):
    flt = EventFilter.from_mapping({"actor": "KAZ,RUS", "root": ["15"], "since": "2022-01-01",
                                    "statements": "false", "text": ""})
    assert triggers(store, **{f: getattr(flt, f) for f in ("actor", "root", "since",
                                                           "statements")}) == [
        "sent paratroopers"]
    with pytest.raises(ValueError, match="unknown filter"):
        EventFilter.from_mapping({"actors": "KAZ"})
    with pytest.raises(ValueError, match="date like"):
        EventFilter.from_mapping({"since": "last tuesday"})


# -- counts over time -------------------------------------------------------------------------

def test_counts_per_month_by_root(store):
    rows = store.stats(by="root", per="month").to_pylist()
    january = {r["root"]: r["events"] for r in rows if r["period"] == date(2022, 1, 1)}
    assert january == {"14": 1, "17": 2, "15": 1, "05": 1, "01": 1}
    february = {r["root"]: r["events"] for r in rows if r["period"] == date(2022, 2, 1)}
    assert february == {"11": 1, "16": 1}


def test_who_acts_on_whom_per_week(store):
    rows = store.stats(by="dyad", per="week").to_pylist()
    first_week = [r for r in rows if r["period"] == date(2022, 1, 3)]  # a Monday
    assert first_week[0] == {"period": date(2022, 1, 3), "source_country": "KAZ",
                             "target_country": "KAZ", "events": 2, "goldstein": -7.0}
    assert {(r["source_country"], r["target_country"]) for r in first_week} == {
        ("KAZ", "KAZ"), ("KAZ", None), ("RUS", "KAZ")}


def test_counts_by_quad_class_per_day_respect_filters(store):
    rows = store.stats(by="quad", per="day", flt=EventFilter(actor=("RUS",))).to_pylist()
    assert [(r["period"], r["quad_class"], r["events"]) for r in rows] == [
        (date(2022, 1, 7), 4, 1), (date(2022, 1, 10), 1, 1), (date(2022, 2, 20), 3, 1),
        (date(2022, 2, 20), 4, 1)]


def test_actor_pairs_and_plover_types(store):
    actors = store.stats(by="actors", per="year").to_pylist()
    assert {"period": date(2022, 1, 1), "source_code": "KAZCOP", "target_code": "KAZCVL",
            "events": 1, "goldstein": -5.0} in actors
    plover = {r["plover"]: r["events"] for r in store.stats(by="plover", per="year").to_pylist()}
    assert plover["ASSAULT"] == 2 and plover[None] == 1


def test_stats_refuse_unknown_groupings(store):
    with pytest.raises(ValueError, match="cannot count by"):
        store.stats(by="source_code; DROP TABLE events")
    with pytest.raises(ValueError, match="period"):
        store.stats(per="fortnight")
