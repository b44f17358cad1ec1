"""Exports read back equal what the store holds: CSV, JSONL, Parquet, PLOVER JSON, GDELT 2.0."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pytest

from tidings.store import EventFilter, ExportError, Store, read_gdelt, read_parquet
from tidings.store.gdelt import NAMES
from tidings.store.synthetic import example_documents, story

DOCS = Path(__file__).resolve().parents[1] / "docs"

# The GDELT 2.0 event table, as its codebook lists it; written out here independently of
# tidings.store.gdelt so a slip in either shows up.
GDELT_2_COLUMNS = (
    "GlobalEventID Day MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode "
    "Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode "
    "Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions "
    "NumSources NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code "
    "Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code "
    "Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code "
    "ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID "
    "DATEADDED SOURCEURL").split()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "events.duckdb"
    with Store.open(path) as s:
        s.write(example_documents())
    s = Store.open(path, read_only=True)
    yield s
    s.close()


def by_id(rows: list[dict]) -> dict[str, dict]:
    return {r["id"]: r for r in rows}


def test_jsonl_is_the_code_command_schema_and_round_trips(store, tmp_path):
    out = tmp_path / "events.jsonl"
    assert store.export_jsonl(out) == 8
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    originals = {e.id: e.as_json() for d in example_documents() for e in d.events}
    assert {row["id"]: row for row in lines} == originals


def test_csv_round_trips(store, tmp_path):
    out = tmp_path / "events.csv"
    assert store.export_csv(out) == 8
    stored = store.events()
    types = {f.name: (pa.string() if pa.types.is_list(f.type) else f.type)
             for f in stored.schema}
    back = pacsv.read_csv(out, convert_options=pacsv.ConvertOptions(
        column_types=types, strings_can_be_null=True)).to_pylist()
    assert len(back) == 8
    for row in back:  # lists were joined with ";"
        for col in ("plover_context", "source_sectors", "target_sectors"):
            row[col] = row[col].split(";") if row[col] else []
    expected = stored.to_pylist()
    for row in expected:  # CSV cannot tell an empty list or string from a missing one
        for col, value in row.items():
            if value is None and col.endswith(("_sectors", "_context")):
                row[col] = []
            elif value == "":
                row[col] = None
    assert back == expected


def test_parquet_is_partitioned_by_month_and_round_trips(store, tmp_path):
    out = tmp_path / "parquet"
    assert store.export_parquet(out) == 8
    assert sorted(p.name for p in out.iterdir()) == ["month=2022-01", "month=2022-02"]
    back = read_parquet(out)
    months = back.column("month").to_pylist()
    dates = back.column("date").to_pylist()
    assert all(m == d.strftime("%Y-%m") for m, d in zip(months, dates))
    back = back.drop_columns(["month"])
    assert by_id(back.to_pylist()) == by_id(store.events().to_pylist())


def test_parquet_will_not_write_over_a_folder_with_files(store, tmp_path):
    out = tmp_path / "parquet"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    with pytest.raises(ExportError, match="not empty"):
        store.export_parquet(out)
    assert store.export_parquet(out, overwrite=True) == 8
    assert (out / "notes.txt").read_text() == "keep me"


def test_plover_json_holds_the_plover_coded_events(store, tmp_path):
    out = tmp_path / "plover.json"
    assert store.export_plover(out) == 7  # the statement (CAMEO 010) has no PLOVER type
    records = json.loads(out.read_text(encoding="utf-8"))
    stored = by_id(store.events(EventFilter(statements=False)).to_pylist())
    assert {r["event_id"] for r in records} == set(stored)
    for r in records:
        e = stored[r["event_id"]]
        assert (r["event_type"], r["event_date"], r["event_text"], r["cameo"]["code"]) == (
            e["plover"], e["date"].isoformat(), e["sentence"], e["cameo"])
        assert (r["actor"] or {}).get("code") == e["source_code"]
        assert (r["recipient"] or {}).get("code") == e["target_code"]
    arrest = next(r for r in records if r["event_type"] == "SEIZE")
    assert arrest["actor"]["sectors"] == ["COP"] and arrest["recipient"]["country"] == "KAZ"
    assert arrest["story_date"] == "2022-01-05"
    assert arrest["headline"] == "Fuel protests spread"
    assert arrest["url"] == "https://news.example/kz/protests"
    rally = next(r for r in records if r["event_type"] == "PROTEST")
    assert rally["location"]["placename"] == "Almaty" and rally["recipient"] is None


def test_gdelt_export_has_gdelts_61_columns_in_order(store, tmp_path):
    assert NAMES == GDELT_2_COLUMNS
    out = tmp_path / "events.tsv"
    assert store.export_gdelt(out) == 8
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 8 and all(line.count("\t") == 60 for line in lines)
    header = tmp_path / "with_header.tsv"
    store.export_gdelt(header, header=True)
    assert header.read_text().splitlines()[0].split("\t") == GDELT_2_COLUMNS


def test_gdelt_rows_carry_our_values_where_we_have_them(store, tmp_path):
    out = tmp_path / "events.tsv"
    store.export_gdelt(out)
    rows = read_gdelt(out).to_pylist()
    stored = by_id(store.events().to_pylist())
    ids = {int(i[:15], 16): i for i in stored}
    for row in rows:  # every row maps back to its event
        e = stored[ids[int(row["GlobalEventID"])]]
        assert row["EventCode"] == e["cameo"] and row["EventRootCode"] == e["root"]
        assert row["Day"] == e["date"].strftime("%Y%m%d")
        assert row["Actor1Code"] == e["source_code"] and row["Actor2Code"] == e["target_code"]
        assert float(row["GoldsteinScale"]) == e["goldstein"]
        assert int(row["QuadClass"]) == e["quad_class"]
        assert re.fullmatch(r"20\d{12}", row["DATEADDED"])
        for empty in ("Actor1EthnicCode", "AvgTone", "Actor1Geo_Type", "Actor2Geo_Lat"):
            assert row[empty] is None
    arrest = next(r for r in rows if r["EventCode"] == "173")
    assert arrest | {"GlobalEventID": None, "DATEADDED": None} == arrest | {
        "GlobalEventID": None, "Day": "20220105", "MonthYear": "202201", "Year": "2022",
        "FractionDate": "2022.0137", "Actor1Code": "KAZCOP", "Actor1Name": "KAZAKH POLICE",
        "Actor1CountryCode": "KAZ", "Actor1Type1Code": "COP", "Actor2Code": "KAZCVL",
        "Actor2Name": "PROTESTERS", "Actor2Type1Code": "CVL", "IsRootEvent": "0",
        "EventBaseCode": "173", "EventRootCode": "17", "QuadClass": "4",
        "GoldsteinScale": "-5.0", "NumMentions": "1", "NumSources": "1", "NumArticles": "1",
        "ActionGeo_Type": None, "DATEADDED": None,
        "SOURCEURL": "https://news.example/kz/protests"}
    rally = next(r for r in rows if r["EventCode"] == "141")
    assert (rally["IsRootEvent"], rally["Actor2Code"]) == ("1", None)
    assert (rally["ActionGeo_Type"], rally["ActionGeo_FullName"], rally["ActionGeo_CountryCode"],
            rally["ActionGeo_ADM1Code"], rally["ActionGeo_Lat"], rally["ActionGeo_Long"]) == (
        "4", "Almaty, Kazakhstan", "KZ", "KZ02", "43.25", "76.95")
    sanctions = next(r for r in rows if r["EventCode"] == "163")
    assert sanctions["Actor1Code"] == "IGOEUREEC" and sanctions["Actor1CountryCode"] is None


def test_gdelt_fields_never_contain_tabs_or_line_breaks(tmp_path):
    odd = story(["Police\tchief Ivanov\nresigned after protests."], date(2022, 1, 8),
                [(0, ("KAZCOP", "Police\tchief Ivanov\nresigned"), "resigned", "173", None)],
                url="https://news.example/a\tb")
    with Store.open(tmp_path / "odd.duckdb") as store:
        store.write([odd])
        store.export_gdelt(tmp_path / "odd.tsv")
    (line,) = (tmp_path / "odd.tsv").read_text().splitlines()
    fields = line.split("\t")
    assert len(fields) == 61
    assert fields[NAMES.index("Actor1Name")] == "POLICE CHIEF IVANOV RESIGNED"
    assert fields[NAMES.index("SOURCEURL")] == "https://news.example/a b"


def test_gdelt_mapping_is_documented_column_by_column():
    text = (DOCS / "gdelt.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| (\d+) \| `(\w+)` \|", text, flags=re.MULTILINE)
    assert [(int(n), name) for n, name in listed] == list(enumerate(GDELT_2_COLUMNS, 1))


def test_exports_honour_filters(store, tmp_path):
    kaz = EventFilter(actor=("KAZGOV",))
    assert store.export_csv(tmp_path / "k.csv", kaz) == 2
    assert store.export_jsonl(tmp_path / "k.jsonl", kaz) == 2
    assert store.export_gdelt(tmp_path / "k.tsv", kaz) == 2
    assert store.export_plover(tmp_path / "k.json", kaz) == 2
    assert store.export_parquet(tmp_path / "k", kaz) == 2


def test_exports_of_nothing_are_still_valid_files(store, tmp_path):
    none = EventFilter(since=date(1999, 1, 1), until=date(1999, 12, 31))
    assert store.export_plover(tmp_path / "none.json", none) == 0
    assert json.loads((tmp_path / "none.json").read_text()) == []
    assert store.export_csv(tmp_path / "none.csv", none) == 0
    assert (tmp_path / "none.csv").read_text().startswith('"id","doc_id"')
    assert store.export_gdelt(tmp_path / "none.tsv", none) == 0


def test_export_to_a_missing_folder_says_so(store, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        store.export_csv(tmp_path / "nowhere" / "events.csv")
