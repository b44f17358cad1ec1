"""Which feature each place mention names, decided with the article's context.

Each candidate gets a score: a population prior (log10 of people, so 1,000 → 3 and 10 million →
7), a bonus by kind (a bare country name nearly always means the country), and context bonuses —
its country already named elsewhere in the article (by other places, nationality words or the
dateline), its admin-1 named elsewhere, a comma qualifier that contains it ("Paris, Texas").
The best candidate wins; when two places of the same country stay too close to call, the
mention is kept at country level with ``precision="country"``.

Context is built in two passes: first from each mention's prior-only choice, weighted by how
clear that choice was, then once more from the context-aware choices. A mention never counts as
evidence for its own name, so "Georgia" cannot vote for itself.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from tidings.places.gazetteer import Entry, Gazetteer, fold
from tidings.places.mentions import Mention

KIND_BONUS = {"country": 2.0, "continent": 2.0, "region": 1.0, "water": 1.0, "admin1": 0.8,
              "admin2": -0.3, "city": 0.0}
PRECISION = {"city": "city", "admin2": "admin2", "admin1": "admin1", "country": "country",
             "region": "region", "continent": "region", "water": "region"}
AMBIGUOUS_MARGIN = 0.5  # score gap under which two same-country towns are "too close to call"
SAME_PLACE_KM = 50.0  # two entries this close are duplicates, not rival readings
EPONYM_CITY = 50_000  # a town this big outranks the division of the same name
WEAK_MIN_POPULATION = 20_000  # smallest town kept from a weak mention
STRAY_MAX_POPULATION = 50_000  # a town this small, alone of its country, needs backing ...
STRAY_CONTEXT = 2.0  # ... when the article names another country this firmly
# words that start or end many place names and say nothing alone
GENERIC_PARTS = {"city", "town", "north", "south", "east", "west", "new", "upper", "lower",
                 "saint", "sainte", "port", "fort", "mount", "lake", "island", "islands",
                 "valley", "county", "beach", "springs", "falls", "heights", "park", "point",
                 "river", "bay", "harbour", "harbor", "district", "province", "region", "state",
                 "central", "great", "little", "grand", "santa", "san", "sao", "los", "las",
                 "nuevo", "nueva", "novo", "nova", "old", "ciudad", "greater"}


@dataclass(slots=True)
class Resolution:
    """A mention and what it was resolved to. ``entry`` is a country entry when downgraded."""

    mention: Mention
    entry: Entry
    precision: str
    how: str
    score: float


@dataclass(slots=True)
class Context:
    countries: Counter  # ISO3 → weighted count of evidence
    admin1: Counter  # (ISO3, admin-1 code) → weighted count
    by_key: dict[str, tuple[Counter, Counter]]  # what each name contributed, to subtract
    dateline_country: str | None = None

    def country_votes(self, iso3: str | None, key: str) -> float:
        own = self.by_key.get(key)
        return self.countries[iso3] - (own[0][iso3] if own else 0.0)

    def admin1_votes(self, iso3: str | None, code: str | None, key: str) -> float:
        own = self.by_key.get(key)
        pair = (iso3, code)
        return self.admin1[pair] - (own[1][pair] if own else 0.0)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True, slots=True)
class Rivals:
    """What a mention's candidates say about each other, worked out once per mention."""

    has_country: bool  # a country or continent is among them
    # countries with a city of EPONYM_CITY+ among them, unless the name as written adds words
    # to the city's ("Rio Grande do Sul" is not the city of Rio Grande; "New York" is New York
    # City, "Mecca" is Makkah)
    big_city_countries: frozenset[str | None]

    @classmethod
    def of(cls, entries: list[Entry], key: str) -> Rivals:
        return cls(any(r.kind in ("country", "continent") for r in entries),
                   frozenset(r.country for r in entries
                             if r.kind == "city" and r.population >= EPONYM_CITY
                             and not key.startswith(f"{fold(r.name)} ")))


class Resolver:
    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz

    # -- candidates and scores ----------------------------------------------------------------
    def candidates(self, m: Mention) -> list[Entry]:
        entries = self.gaz.lookup_key(m.key)
        if m.kinds:
            kept = [e for e in entries if e.kind in m.kinds]
            if m.extra.get("strict_kinds"):
                # "the provinces of Nyanza and Western": no town, but a country stays ("the
                # state of Israel")
                return kept or [e for e in entries if e.kind == "country"]
            entries = kept or entries
        return entries

    def score(self, e: Entry, m: Mention, ctx: Context | None, rivals: Rivals,
              qualifier: Entry | None) -> tuple[float, list[str]]:
        why: list[str] = []
        s = math.log10(max(e.population, 1000)) + KIND_BONUS[e.kind]
        if fold(e.name) == m.key:
            s += 0.5
        if qualifier is not None:
            if self.gaz.contains(qualifier, e):
                s += 6.0
                why.append(f"inside {qualifier.name}")
            else:
                s -= 6.0
        if (m.is_qualifier and e.kind in ("country", "admin1", "admin2", "region")
                and not rivals.has_country):
            s += 1.5  # "..., Texas": the second name is the container
        if e.kind in ("admin1", "admin2") and not m.kinds and not m.is_qualifier and \
                e.country in rivals.big_city_countries:
            s -= 2.0  # "Almaty", "New York": the city, not the division named after it
        if m.cue == "dateline" and e.kind == "city":
            s += 1.0
        if ctx is not None and e.kind != "continent":
            votes = ctx.country_votes(e.country, m.key)
            if votes > 0:
                s += min(3.0, 1.5 + 0.5 * math.log2(votes + 1))
                why.append(f"{e.country} named in the article")
            if e.country and e.country == ctx.dateline_country:
                s += 1.0
                why.append("dateline country")
            if e.kind in ("city", "admin2") and ctx.admin1_votes(e.country, e.admin1, m.key) > 0:
                s += 1.5
                a1 = self.gaz.admin1(e.country, e.admin1)
                why.append(f"{a1.name if a1 else 'its state'} named in the article")
        return s, why

    def choose(self, m: Mention, ctx: Context | None,
               qualifier: Entry | None) -> Resolution | None:
        entries = self.candidates(m)
        if not entries:
            return None
        if qualifier is not None and not self._qualifies(qualifier, entries):
            if self._placed_in(m, qualifier, entries):
                # "Stroud, Ontario": no Stroud in Ontario is known, but the text says where it
                # is; a same-named town elsewhere would be a guess against it
                return Resolution(m, qualifier, PRECISION[qualifier.kind],
                                  f"{m.cue}: no {m.text!r} known in {qualifier.name}; a place "
                                  f"in {qualifier.name} ({m.qualifier.text!r} after it)", 0.0)
            qualifier = None
        rivals = Rivals.of(entries, m.key)
        scored = sorted(((self.score(e, m, ctx, rivals, qualifier), e) for e in entries),
                        key=lambda x: -x[0][0])
        (best_score, why), best = scored[0]
        how = [f"{m.cue}: {best.kind} of {len(entries)} candidate{'s' * (len(entries) > 1)}"]
        if len(entries) == 1:
            how = [f"{m.cue}: only {best.kind} named so"]
        else:
            how.append("largest" if not why else "")
        how += why
        for (other_score, _), other in scored[1:]:
            if km(best.lat, best.lon, other.lat, other.lon) < SAME_PLACE_KM:
                continue
            margin = best_score - other_score
            if (margin < AMBIGUOUS_MARGIN and best.kind in ("city", "admin2")
                    and other.kind in ("city", "admin2") and other.country == best.country
                    and qualifier is None):
                country = self.gaz.country(best.country)
                if country is not None:
                    return Resolution(m, country, "country",
                                      f"{m.cue}: {m.text!r} fits several places in "
                                      f"{country.name} ({best.name}, {other.name}); kept the "
                                      f"country", best_score)
            break
        return Resolution(m, best, PRECISION[best.kind], "; ".join(h for h in how if h),
                          best_score)

    def _container(self, outer: Entry) -> Entry:
        """What a qualifier vouches for: a county's admin-1 division ("Austin, in Scott
        County" is an Austin in the state of that Scott County); other kinds themselves."""
        if outer.kind == "admin2":
            return self.gaz.admin1(outer.country, outer.admin1) or outer
        return outer

    def _placed_in(self, m: Mention, outer: Entry, entries: list[Entry]) -> bool:
        """The text puts ``m`` inside ``outer`` ("Stroud, Ontario, Canada", "the town of Kalam
        in the Swat Valley"), no reading of it is a country or a division of its own, and no
        other reading of the qualifier's name holds it ("Atlanta, Georgia" is no reason to put
        Atlanta in the country Georgia)."""
        q = m.qualifier
        if not m.extra.get("placed") or q is None or q.weak:
            return False
        if outer.kind not in ("country", "admin1", "admin2", "region") or any(
                e.kind in ("country", "continent", "region", "water", "admin1") for e in entries):
            return False
        if outer.kind == "region" and (outer.country is None or any(
                e.country == outer.country for e in entries)):
            return False  # a region's bounds are unknown: a town of its country may lie in it
        return not any(self.gaz.contains(o, e) for o in self.candidates(q)
                       if o.kind in ("country", "admin1") for e in entries)

    def _qualifies(self, outer: Entry, entries: list[Entry]) -> bool:
        """"Paris, Texas" is a place and its container; "China, Japan and Korea" is a list:
        a country name is never qualified, and the second name must hold one reading."""
        if outer.kind not in ("country", "admin1", "admin2", "region"):
            return False
        if any(e.kind in ("country", "continent") for e in entries):
            return False
        return any(self.gaz.contains(outer, e) for e in entries)

    # -- the article ------------------------------------------------------------------------
    def resolve_all(self, mentions: list[Mention], doc: Doc) -> list[Resolution]:
        demonyms = self._demonym_votes(doc)
        dateline = next((m for m in mentions if m.cue == "dateline" and not m.is_qualifier), None)
        ctx: Context | None = None
        picks: dict[int, Resolution] = {}
        for _round in range(3):
            picks = self._pick(mentions, ctx)
            ctx = self._context(picks, demonyms, dateline)
        strays = [start for start, r in picks.items() if self._stray(r, ctx)]
        if strays:  # they neither count as places nor back other names
            for start in strays:
                del picks[start]
            ctx = self._context(picks, demonyms, dateline)
        # one sense per article: a name resolved with a qualifier keeps that sense elsewhere
        qualified = {r.mention.key: r for r in picks.values()
                     if (r.mention.qualifier is not None and "inside" in r.how)
                     or (r.mention.cue == "dateline" and not r.mention.is_qualifier)}
        parts = self._name_parts(picks.values())
        in_full = self._countries_in_full(picks.values())
        strong: dict[str, Resolution] = {}
        for r in sorted(picks.values(), key=lambda r: r.mention.start):
            m = r.mention
            if not m.weak and (m.cue.startswith("ner:") or m.cue == "dateline"):
                strong.setdefault(m.key, r)  # the parser itself called it a place
        out = []
        for m in mentions:
            r = picks.get(m.start)
            if r is not None and m.weak:
                # "Esperance residents" after "near Esperance": a name the parser tagged as a
                # place elsewhere in the article is that place (unless this time it took it for
                # a person: "Anna Ayala"); else a weak mention needs the article's backing
                same = strong.get(m.key) if m.cue != "name (PERSON)" else None
                if same is not None:
                    r = Resolution(m, same.entry, same.precision,
                                   f"{m.cue}: same name as {same.mention.text!r}", same.score)
                elif "inside" not in r.how and not self._backed(r, ctx):
                    continue  # (a qualifier that holds it backs it: "Austin, in Scott County")
            if r is None:
                continue
            whole = parts.get(m.key)
            if (whole is not None and whole.entry != r.entry and m.qualifier is None
                    and r.entry.population <= whole.entry.population and not any(
                        e.kind in ("country", "region", "continent", "water")
                        for e in self.candidates(m))):  # "Sudan" after "South Sudan" stays
                r = Resolution(m, whole.entry, whole.precision,
                               f"{m.cue}: short for {whole.mention.text!r}", whole.score)
            full = in_full.get(m.key)
            if full is not None and full.entry != r.entry and self._shared_short_name(
                    m, full.entry):
                r = Resolution(m, full.entry, full.precision,
                               f"{m.cue}: short for {full.mention.text!r}", full.score)
            q = qualified.get(m.key)
            if q is not None and q is not r and m.qualifier is None and not m.is_qualifier:
                by = (f"with {q.mention.qualifier.text!r}" if q.mention.qualifier is not None
                      else "in the dateline")
                r = Resolution(m, q.entry, q.precision,
                               f"{m.cue}: same place as {q.mention.text!r} {by}", q.score)
            out.append(r)
        return self._unknown_names(mentions, out)

    @staticmethod
    def _unknown_names(mentions: list[Mention], out: list[Resolution]) -> list[Resolution]:
        """"Fort Detrick, Maryland": a name the gazetteer lacks gets the place of the known
        name after it, at that one's precision."""
        placed = {r.mention.start: r for r in out}
        extra = []
        for m in mentions:
            q = placed.get(m.qualifier.start) if m.extra.get("unknown") else None
            if q is not None:
                extra.append(Resolution(m, q.entry, q.precision, f"{m.cue}: a place in "
                                        f"{q.entry.name} ({m.qualifier.text!r} after it)",
                                        q.score))
        return sorted(out + extra, key=lambda r: r.mention.start) if extra else out

    @staticmethod
    def _name_parts(resolutions) -> dict[str, Resolution]:
        """"Beida" after "Goz Beida": the first or last word of a resolved town's name (four
        letters or more) refers to that town when it comes alone."""
        parts: dict[str, Resolution] = {}
        for r in resolutions:
            words = r.mention.key.split()
            if len(words) < 2 or r.entry.kind not in ("city", "admin2") or r.mention.weak:
                continue
            # "East London", "New Delhi": with a generic word, the rest is another place
            if any(w in GENERIC_PARTS for w in words):
                continue
            for word in (words[0], words[-1]):
                if len(word) >= 4:
                    parts.setdefault(word, r)
        return parts

    @staticmethod
    def _countries_in_full(resolutions) -> dict[str, Resolution | None]:
        """"Republic of Congo" named in full: the last word of a country's longer name → that
        country (None when two countries named in full end alike)."""
        out: dict[str, Resolution | None] = {}
        for r in resolutions:
            words = r.mention.key.split()
            if r.entry.kind != "country" or len(words) < 2 or r.mention.weak:
                continue
            seen = out.get(words[-1], r)
            out[words[-1]] = r if seen is not None and seen.entry == r.entry else None
        return out

    def _shared_short_name(self, m: Mention, entry: Entry) -> bool:
        """``m`` ("Congo") is a short name several countries share, none of them by its own
        name, and ``entry`` is one of them: after the full name it means that one. ("Sudan"
        after "South Sudan" is still Sudan: that is its own name.)"""
        countries = [e for e in self.candidates(m) if e.kind == "country"]
        return (len(countries) > 1 and entry in countries
                and not any(fold(e.name) == m.key for e in countries))

    def _backed(self, r: Resolution, ctx: Context | None) -> bool:
        """A weak mention (a town the parser took for a person, say) stays only when the
        article's other places are in its country and it is a sizeable place."""
        e = r.entry
        if ctx is None or not e.country or ctx.country_votes(e.country, r.mention.key) <= 0:
            return False
        if r.precision == "country" and e not in self.candidates(r.mention):
            return False  # several small towns of that name, none sure: not the country
        return e.kind in ("country", "admin1", "region") or e.population >= WEAK_MIN_POPULATION

    def _stray(self, r: Resolution, ctx: Context | None) -> bool:
        """A small town alone of its country in an article about another ("a sushi bar in
        Piccadilly" in a London story is not the Australian village of that name)."""
        e, m = r.entry, r.mention
        if (ctx is None or e.kind not in ("city", "admin2") or r.precision == "country"
                or e.population >= STRAY_MAX_POPULATION or m.qualifier is not None
                or m.cue == "dateline" or "inside" in r.how):
            return False
        if ctx.country_votes(e.country, m.key) > 0:
            return False
        return max(ctx.countries.values(), default=0.0) >= STRAY_CONTEXT

    def _pick(self, mentions: list[Mention], ctx: Context | None) -> dict[int, Resolution]:
        picks: dict[int, Resolution] = {}
        # qualifiers first, so "Texas" is known before "Paris" is resolved
        for m in sorted(mentions, key=lambda x: (not x.is_qualifier, -x.start)):
            q = picks.get(m.qualifier.start) if m.qualifier is not None else None
            r = self.choose(m, ctx, self._container(q.entry) if q is not None else None)
            if r is not None:
                picks[m.start] = r
        return picks

    def _context(self, picks: dict[int, Resolution], demonyms: Counter,
                 dateline: Mention | None) -> Context:
        countries: Counter = Counter()
        admin1: Counter = Counter()
        by_key: dict[str, tuple[Counter, Counter]] = {}
        for r in picks.values():
            e = r.entry
            if not e.country or r.mention.weak:
                continue
            # a clear choice (a country, a division, a dominant town) is strong evidence
            weight = 1.0 if e.kind in ("country", "admin1", "region") or r.score >= 9.0 else 0.5
            own = by_key.setdefault(r.mention.key, (Counter(), Counter()))
            countries[e.country] += weight
            own[0][e.country] += weight
            if e.admin1 and e.kind != "country":
                admin1[(e.country, e.admin1)] += weight
                own[1][(e.country, e.admin1)] += weight
        for iso3, n in demonyms.items():
            countries[iso3] += n
        dateline_country = None
        if dateline is not None and dateline.start in picks:
            dateline_country = picks[dateline.start].entry.country
        return Context(countries, admin1, by_key, dateline_country)

    def _demonym_votes(self, doc: Doc) -> Counter:
        """Nationality words ("Kazakh troops") as half a vote each for their country."""
        votes: Counter = Counter()
        for tok in doc:
            if tok.text[:1].isupper() and tok.pos_ in ("ADJ", "PROPN", "NOUN"):
                iso3 = self.gaz.demonym(tok.text)
                if iso3:
                    votes[iso3] += 0.5
        return votes
