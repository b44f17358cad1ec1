"""Score tidings' place resolution on GeoVirus (../shared/benchmarks/geo_geovirus.jsonl) or another set.

    python bench/geo.py [--data PATH] [--limit N] [--misses K] [--json]

Measures (as defined in ../shared/benchmarks/README.md, "Geoparsing"): toponyms found (a gold
toponym is found when a predicted mention overlaps it; one-to-one, largest overlap first),
accuracy@161km over all gold toponyms and over the found ones, mean and median error (km, found
only), and AUC of the sorted log-scaled errors. ``country`` adds the share of found toponyms given
the right country (the gold point's country is that of the nearest town within 100 km; points at
sea or in empty land are left out), the measure Mordecai reports. A breakdown by place type follows: the gold
place's type is the kind of the gazetteer feature with its name nearest to the gold point
(country, admin1, city, ...; "other" when the gazetteer has none).

The same measures on ``--data bench/data/geo_news.jsonl`` (60 news articles written for tidings,
blind, never used to change the geoparser; see bench/data/README.md) are the held-out figures.

GeoVirus is GPL-3.0 and for development only: this script reads it from ../shared and nothing
of it is copied into the project. The texts are Wikinews articles, passed through the same
parse and resolver as ``tidings places`` (without ingest's text repair, which they do not need).
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "benchmarks" / "geo_geovirus.jsonl"
MAX_KM = 20039.0  # half the Earth's circumference: the largest possible error
ACCURATE_KM = 161.0  # 100 miles


def match(gold: list[dict], pred: list) -> dict[int, object]:
    """One-to-one overlap matching, largest overlap first: gold index → prediction."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            overlap = min(g["end"], p.end) - max(g["start"], p.start)
            if overlap > 0:
                pairs.append((overlap, -i, -j))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), {}
    for _, mi, mj in pairs:
        i, j = -mi, -mj
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out[i] = pred[j]
    return out


def auc(errors: list[float]) -> float:
    ys = [math.log(1 + e) / math.log(MAX_KM) for e in sorted(errors)]
    if len(ys) < 2:
        return ys[0] if ys else float("nan")
    return sum((a + b) / 2 for a, b in zip(ys, ys[1:])) / (len(ys) - 1)


def gold_type(g: dict, gaz, km) -> str:
    best = None
    for name in filter(None, (g.get("name"), g["text"])):
        for e in gaz.lookup(name.split(",")[0].split(" (")[0]):
            d = km(g["lat"], g["lon"], e.lat, e.lon)
            if best is None or d < best[0]:
                best = (d, e.kind)
    if best is None or best[0] > 1000:
        return "other"
    return {"continent": "region", "water": "region"}.get(best[1], best[1])


class CountryOf:
    """The country a gold point lies in: that of the nearest gazetteer town within 100 km
    (None at sea or in empty land). A 1-degree grid keeps the search local."""

    def __init__(self, gaz, km):
        self.km = km
        self.cells: dict[tuple[int, int], list] = defaultdict(list)
        for row in range(len(gaz)):
            e = gaz.entry(row)
            if e.kind == "city":
                self.cells[(math.floor(e.lat), math.floor(e.lon))].append(e)

    def __call__(self, lat: float, lon: float) -> str | None:
        best = None
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for e in self.cells.get((math.floor(lat) + dy, math.floor(lon) + dx), ()):
                    d = self.km(lat, lon, e.lat, e.lon)
                    if d < 100 and (best is None or d < best[0]):
                        best = (d, e.country)
        return best[1] if best else None


def same_name(ours: str, gold: str | None) -> bool:
    """"New York" matches the gold title "New York (state)", "Kyiv" does not match "Kiev"."""
    if not gold:
        return False
    from tidings.places import fold

    return fold(ours) == fold(gold.split(" (")[0].split(",")[0])


def summarise(rows: list[tuple]) -> dict:
    """rows: (found, error km or None when missed, predicted country is right: bool | None)."""
    n = len(rows)
    errors = [r[1] for r in rows if r[0]]
    good = sum(1 for r in rows if r[0] and r[1] < ACCURATE_KM)
    judged = [r[2] for r in rows if r[0] and r[2] is not None]
    return {
        "country_right": sum(judged) / len(judged) if judged else float("nan"),
        "toponyms": n,
        "found": len(errors) / n if n else float("nan"),
        "acc161_all": good / n if n else float("nan"),
        "acc161_found": good / len(errors) if errors else float("nan"),
        "mean_km": statistics.fmean(errors) if errors else float("nan"),
        "median_km": statistics.median(errors) if errors else float("nan"),
        "auc": auc(errors),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT,
                    help="gold file (default: GeoVirus; bench/data/geo_news.jsonl is our held-out set)")
    ap.add_argument("--limit", type=int, default=0, help="first N articles only")
    ap.add_argument("--misses", type=int, default=0,
                    help="also list the K most frequent wrong or missed mention texts")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    if not args.data.exists():
        print(f"geo.py: {args.data} not found (expected ../shared/benchmarks)", file=sys.stderr)
        return 1

    sys.path.insert(0, str(ROOT / "src"))
    from tidings.nlp.loader import load_nlp
    from tidings.places import PlaceResolver, km, load_gazetteer
    from tidings.places import gazetteer as gz_module

    articles = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    if args.limit:
        articles = articles[:args.limit]
    nlp = load_nlp()
    t0 = time.perf_counter()
    gaz = load_gazetteer()
    resolver = PlaceResolver(gaz)
    load_s = gz_module.load_seconds or (time.perf_counter() - t0)
    country_of = CountryOf(gaz, km)

    rows: list[tuple] = []
    by_type: dict[str, list] = defaultdict(list)
    by_precision: dict[str, list] = defaultdict(list)
    wrong: Counter = Counter()
    missed: Counter = Counter()
    t1 = time.perf_counter()
    predicted = 0
    reference_point = 0
    for art, doc in zip(articles, nlp.pipe(a["text"] for a in articles)):
        places = resolver.resolve(doc)
        predicted += len(places)
        matched = match(art["toponyms"], places)
        for i, g in enumerate(art["toponyms"]):
            p = matched.get(i)
            if p is None:
                row = (False, None, None)
                missed[g["text"]] += 1
            else:
                err = (km(g["lat"], g["lon"], p.lat, p.lon) if p.lat is not None else MAX_KM)
                gold_country = country_of(g["lat"], g["lon"])
                row = (True, err, None if gold_country is None else p.country == gold_country)
                if (err >= ACCURATE_KM and row[2] and p.precision in ("country", "admin1")
                        and same_name(p.name, g.get("name"))):
                    reference_point += 1  # the right area, described by another point
                by_precision[p.precision].append(row)
                if err >= ACCURATE_KM:
                    wrong[(g["text"], p.name, p.country, g.get("name"))] += 1
            rows.append(row)
            by_type[gold_type(g, gaz, km)].append(row)
    run_s = time.perf_counter() - t1

    overall = summarise(rows)
    result = {"articles": len(articles), "predicted_mentions": predicted,
              "gazetteer_load_s": round(load_s, 3), "resolve_s": round(run_s, 1), **overall,
              "wrong_only_by_reference_point": reference_point,
              "by_gold_type": {k: summarise(v) for k, v in sorted(by_type.items())},
              "by_predicted_precision": {k: summarise(v) for k, v in sorted(by_precision.items())}}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{args.data.name}: {len(articles)} articles, {overall['toponyms']} gold toponyms, "
          f"{predicted} predicted mentions; gazetteer load {load_s:.2f}s, "
          f"parse+resolve {run_s:.1f}s")
    head = f"{'':18}{'n':>6}{'found':>8}{'acc@161':>9}{'(found)':>9}{'mean km':>9}" \
           f"{'median':>8}{'AUC':>7}{'country':>9}"

    def line(label: str, s: dict) -> str:
        return (f"{label:18}{s['toponyms']:>6}{s['found']:>8.3f}{s['acc161_all']:>9.3f}"
                f"{s['acc161_found']:>9.3f}{s['mean_km']:>9.0f}{s['median_km']:>8.0f}"
                f"{s['auc']:>7.3f}{s['country_right']:>9.3f}")

    print(head)
    print(line("all", overall))
    print(f"of which wrong at 161 km only by reference point (right country or division, "
          f"named as in the gold): {reference_point} = {reference_point / overall['toponyms']:.3f} "
          f"of all toponyms")
    print("by gold place type:")
    for k, s in result["by_gold_type"].items():
        print(line("  " + k, s))
    print("by predicted precision (found only):")
    for k, s in result["by_predicted_precision"].items():
        print(line("  " + k, s))
    if args.misses:
        print("\nmost frequent misses (not found): "
              + ", ".join(f"{t} ×{n}" for t, n in missed.most_common(args.misses)))
        print("most frequent wrong resolutions (≥161 km):")
        for (text, name, country, gold), n in wrong.most_common(args.misses):
            print(f"  ×{n:<3} {text!r} → {name} ({country}); gold {gold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
