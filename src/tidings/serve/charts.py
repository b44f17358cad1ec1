"""Charts drawn on the server as inline SVG: the timeline by quad class and the dyad diagram.

No chart library and nothing fetched: the page works offline and the charts show without
JavaScript. Labels (actor codes) are escaped like article text; colours come from CSS classes
(``q1`` … ``q4``, ``coop``/``conflict``), never from style attributes, so the pages can keep a
strict Content-Security-Policy.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from markupsafe import Markup, escape

from tidings.serve.filters import QUAD_CLASSES

WIDTH, HEIGHT = 900, 220
DYAD_WIDTH = 560  # drawn about this wide beside its table, so labels keep their size
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 12, 34


# -- timeline ---------------------------------------------------------------------------------

@dataclass(slots=True)
class Timeline:
    """Event counts per period and quad class, every period of the range present (gaps are 0)."""

    per: str  # "day", "week" or "month"
    periods: list[date]
    counts: list[dict[int, int]]  # per period: quad class → events

    @property
    def total(self) -> int:
        return sum(sum(c.values()) for c in self.counts)


def timeline(rows: Iterable[dict], max_days: int = 366) -> Timeline:
    """Build the timeline from ``stats(by="quad", per="day")`` rows (period, quad_class, events).

    Ranges longer than ``max_days`` are counted per week, and past ten years per month, so a
    bar never gets thinner than a pixel or two.
    """
    daily: dict[date, dict[int, int]] = defaultdict(dict)
    for r in rows:
        day, quad = r["period"], r["quad_class"]
        if day is None or quad is None:
            continue
        daily[day][quad] = daily[day].get(quad, 0) + int(r["events"])
    if not daily:
        return Timeline("day", [], [])
    first, last = min(daily), max(daily)
    span = (last - first).days
    per = "day" if span <= max_days else "week" if span <= 3650 else "month"
    bucket = {"day": lambda d: d, "week": lambda d: d - timedelta(days=d.weekday()),
              "month": lambda d: d.replace(day=1)}[per]
    merged: dict[date, dict[int, int]] = defaultdict(dict)
    for day, counts in daily.items():
        target = merged[bucket(day)]
        for quad, n in counts.items():
            target[quad] = target.get(quad, 0) + n
    periods = list(_periods(bucket(first), bucket(last), per))
    return Timeline(per, periods, [merged.get(p, {}) for p in periods])


def _periods(first: date, last: date, per: str):
    p = first
    while p <= last:
        yield p
        if per == "day":
            p += timedelta(days=1)
        elif per == "week":
            p += timedelta(days=7)
        else:
            p = date(p.year + (p.month == 12), p.month % 12 + 1, 1)


def timeline_svg(t: Timeline) -> Markup:
    """Stacked bars, one per period, quad classes 1 to 4 from the bottom up."""
    if not t.periods:
        return Markup("")
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    peak = max(sum(c.values()) for c in t.counts) or 1
    step = plot_w / len(t.periods)
    bar = min(max(step * 0.8, 1.0), 28.0)  # a few days should not make slabs
    parts = [f'<svg class="timeline" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'aria-label="Events per {t.per} by quad class">']
    # y axis: zero and the peak
    base = TOP + plot_h
    parts.append(f'<line class="axis" x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}"/>')
    parts.append(f'<text class="tick" x="{LEFT - 6}" y="{TOP + 10}" '
                 f'text-anchor="end">{peak}</text>')
    parts.append(f'<text class="tick" x="{LEFT - 6}" y="{base}" text-anchor="end">0</text>')
    for i, (period, counts) in enumerate(zip(t.periods, t.counts)):
        x = LEFT + i * step + (step - bar) / 2
        y = base
        for quad in (1, 2, 3, 4):
            n = counts.get(quad, 0)
            if not n:
                continue
            h = n / peak * plot_h
            y -= h
            label = f"{_period_label(period, t.per)} · {QUAD_CLASSES[quad]}: {n}"
            parts.append(f'<rect class="q{quad}" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" '
                         f'height="{h:.1f}"><title>{escape(label)}</title></rect>')
    for i in _tick_indices(len(t.periods)):
        x = LEFT + (i + 0.5) * step
        parts.append(f'<text class="tick" x="{x:.1f}" y="{HEIGHT - 12}" text-anchor="middle">'
                     f'{escape(_period_label(t.periods[i], t.per))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _tick_indices(n: int, most: int = 7) -> list[int]:
    if n <= most:
        return list(range(n))
    every = (n - 1) / (most - 1)
    return sorted({round(k * every) for k in range(most)})


def _period_label(p: date, per: str) -> str:
    if per == "month":
        return p.strftime("%Y-%m")
    return p.isoformat() if per == "day" else f"week of {p.isoformat()}"


# -- dyads ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Dyad:
    """Who acts on whom: ``events`` events from ``source`` to ``target``."""

    source: str
    target: str
    events: int
    goldstein: float  # mean over the events

    @property
    def tone(self) -> str:
        if self.goldstein > 0.5:
            return "coop"
        return "conflict" if self.goldstein < -0.5 else "neutral"


def dyads(rows: Iterable[dict], keys: tuple[str, str], top: int = 20) -> list[Dyad]:
    """Sum ``stats`` rows (any period) into dyads, strongest first; events without a source or
    a target are left out (they have no "whom")."""
    count: dict[tuple[str, str], int] = defaultdict(int)
    weight: dict[tuple[str, str], float] = defaultdict(float)
    src_key, tgt_key = keys
    for r in rows:
        pair = (r[src_key], r[tgt_key])
        if pair[0] is None or pair[1] is None:
            continue
        n = int(r["events"])
        count[pair] += n
        weight[pair] += (r["goldstein"] or 0.0) * n
    ranked = sorted(count, key=lambda p: (-count[p], p))[:top]
    return [Dyad(s, t, count[(s, t)], round(weight[(s, t)] / count[(s, t)], 2)) for s, t in ranked]


def dyad_svg(items: list[Dyad], link) -> Markup:
    """Sources on the left, targets on the right, a band per dyad as thick as its event count.

    ``link(dyad)`` gives the explorer URL that selects the dyad's events.
    """
    if not items:
        return Markup("")
    sources = _order(items, lambda d: d.source)
    targets = _order(items, lambda d: d.target)
    rows = max(len(sources), len(targets))
    row_h = 24
    height = rows * row_h + 20
    width = DYAD_WIDTH
    x1, x2 = 120, width - 120
    peak = max(d.events for d in items)

    def y(i: int, n: int) -> float:
        return 10 + (rows - n) * row_h / 2 + i * row_h + row_h / 2

    ys = {s: y(i, len(sources)) for i, s in enumerate(sources)}
    yt = {t: y(i, len(targets)) for i, t in enumerate(targets)}
    parts = [f'<svg class="dyads" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Who acts on whom">']
    for d in sorted(items, key=lambda d: d.events):  # the strongest drawn last, on top
        w = 1.5 + 12 * d.events / peak
        a, b = ys[d.source], yt[d.target]
        label = f"{d.source} → {d.target}: {d.events} events, mean Goldstein {d.goldstein:+.1f}"
        parts.append(
            f'<a href="{escape(link(d))}"><path class="band {d.tone}" stroke-width="{w:.1f}" '
            f'd="M{x1},{a:.1f} C{(x1 + x2) / 2},{a:.1f} {(x1 + x2) / 2},{b:.1f} {x2},{b:.1f}">'
            f'<title>{escape(label)}</title></path></a>')
    for code, yy in ys.items():
        parts.append(f'<text class="node" x="{x1 - 8}" y="{yy + 4:.1f}" text-anchor="end">'
                     f'{escape(code)}</text>')
    for code, yy in yt.items():
        parts.append(f'<text class="node" x="{x2 + 8}" y="{yy + 4:.1f}">{escape(code)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _order(items: list[Dyad], key) -> list[str]:
    total: dict[str, int] = defaultdict(int)
    for d in items:
        total[key(d)] += d.events
    return sorted(total, key=lambda k: (-total[k], k))
