"""Coding accuracy on the gold benchmarks, as one table; writes docs/accuracy.md.

    .venv/bin/python bench/accuracy.py [--no-write]

Sets (from ../shared/benchmarks, see its README, and bench/data):
  plover odd   records on odd-numbered lines of plover_gsr.jsonl: the TUNING half (patterns were
               developed on it; until round 13 the confidence model was also fitted on it)
  plover even  records on even-numbered lines: held out
  petr2        petr2_gsr.jsonl: held out; scored without statement events, as its gold was made
  calibration  bench/data/calibration.jsonl: sentences written for tidings, never used for pattern
               work; the confidence model is fitted on it (with bench/data/blind_samples.jsonl), so
               its ECE is not a held-out figure
  wordings     bench/data/wordings.jsonl: sentences written for tidings (round 3), measured once
               before any pattern work and then used for it: a tuning set
  wordings 2   bench/data/wordings2.jsonl: harder wire-style sentences written for tidings after the
               round-3 pattern work, frozen before the coder ran on them: held out from all tuning
  wordings 3   bench/data/wordings3.jsonl: wire-style sentences (1995-2012 and recent) written at the
               start of round 4, measured once before any change, then used for pattern work: tuning
  wordings 4   bench/data/wordings4.jsonl: wire-style sentences written during round 4 by a writer
               who never saw the coder, frozen before the coder ran on them: held out in round 4,
               then (its round-4 figures recorded) used for pattern work in round 5: tuning
  wordings 5   bench/data/wordings5.jsonl: wire-style sentences (1988-2012 and recent) written blind
               at the start of round 5, frozen before the coder ran on them: held out in round 5,
               then (its round-5 figures recorded) used for pattern work in round 6: tuning
  wordings 6   bench/data/wordings6.jsonl: older wire style (1979-2005) written blind during round
               5, measured once, then used for pattern work: tuning
  wordings 7   bench/data/wordings7.jsonl: recent online news (2013-2025) written blind at the start
               of round 6, frozen before the coder ran on them: held out in round 6, then (its
               round-6 figures recorded) used for pattern work in round 7: tuning
  wordings 8   bench/data/wordings8.jsonl: recent online news (2017-2025) written blind during round
               6, measured once, then used for pattern work: tuning
  wordings 9   bench/data/wordings9.jsonl: classic wire copy (1995-2012), 36 of 200 sentences with no
               event, written blind at the start of round 7, frozen before the coder ran on them:
               held out in round 7, then (its round-7 figures recorded) used for pattern work in
               round 8: tuning
  wordings 10  bench/data/wordings10.jsonl: codebook-style example sentences, one per CAMEO code with
               a common wording, written blind during round 7, measured once, then used for pattern
               work: tuning
  wordings 11  bench/data/wordings11.jsonl: short constructed test sentences (passives, compounds,
               nesting, appeals, inversions, casualty counts; 50 of 220 with no event) written blind
               at the start of round 8, measured once, then used for pattern work: tuning
  wordings 12  bench/data/wordings12.jsonl: 120 constructed test sentences and 80 wire sentences (40
               with no event) written blind at the start of round 8, frozen before the coder ran on
               them: held out in rounds 8 to 12
  wordings 13  bench/data/wordings13.jsonl: 1990-2005 agency copy (30 of 200 with no event) written
               blind at the start of round 9, measured once, then used for pattern work: tuning
  wordings 14  bench/data/wordings14.jsonl: 1985-2005 agency copy from other regions (30 of 200 with
               no event) written blind during round 9, frozen before the coder ran on them: held out
               in round 9, then (its round-9 figures recorded) used for pattern work in round 10:
               tuning
  wordings 15  bench/data/wordings15.jsonl: 2005-2020 wire copy from many regions (30 of 200 with no
               event) written blind at the start of round 10, frozen before the coder ran on them:
               held out in round 10, then (its round-10 figures recorded) used for pattern work in
               round 11: tuning
  wordings 16  bench/data/wordings16.jsonl: 1995-2012 agency copy built around the constructions
               that trip coders (conjoined actors, passives, appositions, nominal and reported acts,
               oblique forms; 30 of 200 with no event), written blind at the start of round 11,
               frozen before the coder ran on them: held out in round 11, then (its round-11
               figures recorded) used for pattern work in round 12: tuning
  wordings 17  bench/data/wordings17.jsonl: body sentences of 2000-2020 regional and agency copy
               (time and reason clauses, participles, attribution, role-named actors, indirect
               targets; 30 of 200 with no event), written blind at the start of round 12, frozen
               before the coder ran on them: held out in round 12, then (its round-12 figures
               recorded) used for pattern work in round 13: tuning
  wordings 18  bench/data/wordings18.jsonl: 2015-2024 online news (datelines, "But"/"Meanwhile"
               openings, quotes with attribution after, roles in commas; 30 of 200 with no
               event), written blind at the start of round 13, frozen before the coder ran on
               them: held out in round 13, then (its round-13 figures recorded) used for pattern
               work in round 14: tuning
  wordings 19  bench/data/wordings19.jsonl: 1995-2024 English copy of state and regional agencies
               outside the US and UK (full titles, formal verbs, some non-native wording, scraping
               damage in 19; 30 of 200 with no event), written blind at the start of round 14,
               frozen before the coder ran on them: held out in round 14, then (its round-14
               figures recorded) used for pattern work in round 15: tuning
  wordings 20  bench/data/wordings20.jsonl: 1998-2025 press releases, readouts and statements of
               international organisations, governments and NGOs (institutional wording,
               nominalisations, passives, acronyms; 30 of 200 with no event), written blind at
               the start of round 15, frozen before the coder ran on them: held out in round 15,
               then (its round-15 figures recorded) used for pattern work in round 16: tuning
  wordings 21  bench/data/wordings21.jsonl: 2012-2025 entries of news live blogs, live-updates
               pages, tickers and briefings (present perfect, time stamps, reported speech up
               front, short follow-ups; 30 of 200 with no event), written blind at the start of
               round 16, frozen before the coder ran on them: held out in round 16, then (its
               round-16 figures recorded) used for pattern work in round 17: tuning
  wordings 22  bench/data/wordings22.jsonl: 1990-2025 entries of conflict chronologies and monthly
               trackers (abbreviations, dropped articles, dates inside the clause, chained acts;
               30 of 200 with no event), written blind at the start of round 17, frozen before the
               coder ran on them: held out in round 17, then (its round-17 figures recorded)
               used for pattern work in round 18: tuning
  wordings 23  bench/data/wordings23.jsonl: 1995-2025 scripts of radio and television news
               bulletins (spoken style: "In Sudan, ...", "Turning now to ...", numbers in words,
               correspondents' reports; 30 of 200 with no event), written blind at the start of
               round 18, frozen before the coder ran on them: held out in round 18, then (its
               round-18 figures recorded) used for pattern work in round 19: tuning
  wordings 24  bench/data/wordings24.jsonl: 2000-2025 news machine-translated into English from
               other languages' outlets and scraped from the web (translation slips, titles before
               names, relative dates, words glued at links; 30 of 200 with no event), written blind
               at the start of round 19, frozen before the coder ran on them: held out in round
               19, then (its round-19 figures recorded) used for pattern work in round 20: tuning
  wordings 25  bench/data/wordings25.jsonl: 1995-2025 news headlines and feed items (headlinese:
               dropped articles, present tense for past acts, "to" for future, attribution after
               a colon; titles alone or with their summary; 30 of 200 with no event), written
               blind at the start of round 20, frozen before the coder ran on them: held out in
               round 20, then (its round-20 figures recorded) used for pattern work in round 21:
               tuning
  wordings 26  bench/data/wordings26.jsonl: 1995-2025 narratives of human-rights and humanitarian
               reports (hedged attribution, perpetrators by role, legal vocabulary, the
               organisation's own appeals; 30 of 200 with no event), written blind at the start of
               round 21, frozen before the coder ran on them: held out in round 21, then (its
               round-21 figures recorded) used for pattern work in round 22: tuning
  wordings 27  bench/data/wordings27.jsonl: 1995-2025 news analysis and feature articles (background
               told alongside the news, speculation and forecasts, quoted experts, acts told in
               retrospect; 30 of 200 with no event), written blind at the start of round 22,
               frozen before the coder ran on them: held out in round 22, then (its round-22
               figures recorded) used for pattern work in round 23: tuning
  wordings 28  bench/data/wordings28.jsonl: 1995-2025 copy of English-language local and regional
               newspapers around the world (district officials, police and courts, local protests
               and clashes, local names for places and bodies; 30 of 200 with no event), written
               blind at the start of round 23, frozen before the coder ran on them: held out in
               round 23, then (its round-23 figures recorded) used for pattern work in round 24:
               tuning
  wordings 29  bench/data/wordings29.jsonl: 1995-2025 meetings coverage and proceedings reports (UN
               and regional bodies' meetings summaries, parliamentary news services: speakers by
               function and country, resolutions, votes, briefings; 30 of 200 with no event),
               written blind at the start of round 24, frozen before the coder ran on them: held out
               in round 24, then (its round-24 figures recorded) used for pattern work in round 25:
               tuning
  wordings 30  bench/data/wordings30.jsonl: 1995-2025 business and economic news with political acts
               (trade disputes, sanctions on companies, nationalisations, IMF loans, strikes,
               boycotts; companies, regulators and unions as actors; 30 of 200 with no event),
               written blind at the start of round 25, frozen before the coder ran on them: held out
               in round 25, then (its round-25 figures recorded) used for pattern work in round 26:
               tuning
  wordings 31  bench/data/wordings31.jsonl: 1995-2025 court and legal reporting (trials, indictments,
               rulings, extraditions, warrants, sentences, appeals and lawsuits; courts, prosecutors,
               lawyers and defendants as actors; 30 of 200 with no event), written blind at the
               start of round 26, frozen before the coder ran on them: held out in round 26, then
               (its round-26 figures recorded) used for pattern work in round 27: tuning
  wordings 32  bench/data/wordings32.jsonl: 1995-2025 military and security communiqués and
               defence-desk reporting (strikes, shelling, interceptions, deployments, ceasefires,
               prisoner exchanges, arms deliveries; armies, ministries, rebels and monitors as actors;
               30 of 200 with no event), written blind at the start of round 27, frozen before the
               coder ran on them: held out in round 27, then (its round-27 figures recorded) used for
               pattern work in round 28: tuning
  wordings 33  bench/data/wordings33.jsonl: 1995-2025 wire factboxes, backgrounders and explainers
               (compressed retrospective sentences, several dated acts in one sentence, acts in
               relative clauses and appositions; 30 of 200 with no event), written blind at the start
               of round 28, frozen before the coder ran on them: held out in round 28, then (its
               round-28 figures recorded) used for pattern work in round 29: tuning
  wordings 34  bench/data/wordings34.jsonl: 1995-2025 election coverage and parliamentary reporting
               (campaigns, disputed results, observers, crackdowns, coalition talks, votes on
               impeachment, treaties and sanctions, legislatures' acts at other countries; 30 of 200
               with no event), written blind at the start of round 29, frozen before the coder ran on
               them: held out in round 29, then (its round-29 figures recorded) used for pattern work
               in round 30: tuning
  wordings 35  bench/data/wordings35.jsonl: 1995-2025 humanitarian situation reports and aid-agency
               bulletins (access, convoys, aid workers, refugees, sieges, appeals and pledges; 30 of
               200 with no event), written blind at the start of round 30, frozen before the coder ran
               on them: held out in round 30, then (its round-30 figures recorded) used for pattern
               work in round 31: tuning
  wordings 36  bench/data/wordings36.jsonl: 1995-2025 diplomatic readouts and foreign-ministry
               briefings (calls, meetings, summonses, protests, expulsions, visits, mediation,
               demands and rejections; 30 of 200 with no event), written blind at the start of round
               31, frozen before the coder ran on them: held out in round 31, then (its round-31
               figures recorded) used for pattern work in round 32: tuning
  wordings 37  bench/data/wordings37.jsonl: 1998-2025 English wire copy of regional news agencies of
               Africa, Latin America and the Caribbean (security operations, protests, elections,
               mediation, border incidents, extraditions, trade and mining disputes; 30 of 200 with
               no event), written blind at the start of round 32, frozen before the coder ran on
               them: held out in round 32, then (its round-32 figures recorded) used for pattern
               work in round 33: tuning
  wordings 38  bench/data/wordings38.jsonl: 1998-2025 English services of state news agencies of the
               Middle East, Turkey, Iran, Central Asia, the Caucasus and Russia (visits and talks,
               unrest, border clashes, detentions, sanctions, energy deals, exercises; scraping
               damage in 15; 30 of 200 with no event), written blind at the start of round 33, frozen
               before the coder ran on them: held out in round 33, then (its round-33 figures
               recorded) used for pattern work in round 34: tuning
  wordings 39  bench/data/wordings39.jsonl: 1998-2025 English-language national press of South and
               Southeast Asia (border incidents, insurgencies, protests and hartals, elections,
               arrests, visits, South China Sea confrontations, refugees; scraping damage in 15; 30
               of 200 with no event), written blind at the start of round 34, frozen before the coder
               ran on them: held out in round 34, then (its round-34 figures recorded) used for
               pattern work in round 35: tuning
  wordings 40  bench/data/wordings40.jsonl: English-language press of East Asia (China, Japan, the
               Koreas, Taiwan, Hong Kong, Mongolia: drills, maritime disputes, cross-strait and
               inter-Korean relations, trade measures, protests, courts, world news; scraping damage
               in about 15; 30 of 200 with no event), written blind at the start of round 35, frozen
               before the coder ran on them: held out in round 35, then (its round-35 figures
               recorded) used for pattern work in round 36: tuning
  wordings 41  bench/data/wordings41.jsonl: English-language national and regional press of Africa
               (coups and juntas, ECOWAS and AU sanctions, insurgencies, banditry and kidnappings,
               elections, courts, protests, mediation, peacekeepers, refugees, expulsions, loans;
               scraping damage in about 15; 30 of 200 with no event), written blind at the start of
               round 36, frozen before the coder ran on them: held out in round 36, then (its
               round-36 figures recorded) used for pattern work in round 37: tuning
  wordings 42  bench/data/wordings42.jsonl: English-language press of Europe (EU summits and
               sanctions, rule-of-law disputes, Russia's war in Ukraine, the Balkans, the Caucasus,
               Moldova, the Baltics, Cyprus, migration, protests and strikes, elections and
               coalitions, courts, espionage and expulsions, energy, NATO; scraping damage in about
               15; 30 of 200 with no event), written blind at the start of round 37, frozen before
               the coder ran on them: held out in round 37, then (its round-37 figures recorded)
               used for pattern work in round 38: tuning
  wordings 43  bench/data/wordings43.jsonl: English-language press of Latin America and the
               Caribbean (coups and impeachments, disputed elections, protests, blockades and
               strikes, cartel and gang violence, states of emergency, peace talks, extraditions,
               sanctions, border disputes, Haiti's crisis, migration, expulsions, trade and loans;
               scraping damage in about 15; 30 of 200 with no event), written blind at the start of
               round 38, frozen before the coder ran on them: held out in rounds 38 and 39, then
               (its round-39 figures recorded) used for pattern work in round 40: tuning
  wordings 44  bench/data/wordings44.jsonl: English-language press of the Middle East and North
               Africa (mediation and ceasefires, normalisation, sanctions, militias and security
               operations, rockets and drone attacks, protests, courts and arrests, elections, aid
               and refugees, water and energy deals; scraping damage in about 15; 30 of 200 with no
               event), written blind at the start of round 40, frozen before the coder ran on them:
               held out in round 40, then (its round-40 figures recorded) used for pattern work in
               round 41: tuning
  wordings 45  bench/data/wordings45.jsonl: English-language press of Oceania and the Pacific
               (security pacts, elections and no-confidence votes, riots and protests, police and
               courts, aid, fisheries, Bougainville and New Caledonia, China's and the US's reach;
               scraping damage in about 15; 30 of 200 with no event), written blind at the start of
               round 41, frozen before the coder ran on them: held out in round 41, then (its
               round-41 figures recorded) used for pattern work in round 42: tuning
  wordings 46  bench/data/wordings46.jsonl: English-language press of North America (Congress and
               Parliament, the White House and Ottawa, provinces and states, courts and police,
               protests, First Nations, unions, trade disputes, sanctions, deployments, expulsions,
               espionage, migration; scraping damage in about 15; 30 of 200 with no event), written
               blind at the start of round 42, frozen before the coder ran on them: held out
petr_unittest.jsonl is stylised (toy dictionaries) and not used for accuracy claims.

Every figure comes from tidings.evaluate (one-to-one matching per sentence; see its docstrings),
the same code as `tidings evaluate`.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
BENCH = ROOT.parent / "shared" / "benchmarks"
DOC = ROOT / "docs" / "accuracy.md"
CALIBRATION = ROOT / "bench" / "data" / "calibration.jsonl"
WORDINGS = ROOT / "bench" / "data" / "wordings.jsonl"
WORDINGS2 = ROOT / "bench" / "data" / "wordings2.jsonl"
WORDINGS3 = ROOT / "bench" / "data" / "wordings3.jsonl"
WORDINGS4 = ROOT / "bench" / "data" / "wordings4.jsonl"
WORDINGS5 = ROOT / "bench" / "data" / "wordings5.jsonl"
WORDINGS7 = ROOT / "bench" / "data" / "wordings7.jsonl"
WORDINGS8 = ROOT / "bench" / "data" / "wordings8.jsonl"
WORDINGS6 = ROOT / "bench" / "data" / "wordings6.jsonl"
WORDINGS9 = ROOT / "bench" / "data" / "wordings9.jsonl"
WORDINGS10 = ROOT / "bench" / "data" / "wordings10.jsonl"
WORDINGS11 = ROOT / "bench" / "data" / "wordings11.jsonl"
WORDINGS12 = ROOT / "bench" / "data" / "wordings12.jsonl"
WORDINGS13 = ROOT / "bench" / "data" / "wordings13.jsonl"
WORDINGS14 = ROOT / "bench" / "data" / "wordings14.jsonl"
WORDINGS15 = ROOT / "bench" / "data" / "wordings15.jsonl"
WORDINGS16 = ROOT / "bench" / "data" / "wordings16.jsonl"
WORDINGS17 = ROOT / "bench" / "data" / "wordings17.jsonl"
WORDINGS18 = ROOT / "bench" / "data" / "wordings18.jsonl"
WORDINGS19 = ROOT / "bench" / "data" / "wordings19.jsonl"
WORDINGS20 = ROOT / "bench" / "data" / "wordings20.jsonl"
WORDINGS21 = ROOT / "bench" / "data" / "wordings21.jsonl"
WORDINGS22 = ROOT / "bench" / "data" / "wordings22.jsonl"
WORDINGS23 = ROOT / "bench" / "data" / "wordings23.jsonl"
WORDINGS24 = ROOT / "bench" / "data" / "wordings24.jsonl"
WORDINGS25 = ROOT / "bench" / "data" / "wordings25.jsonl"
WORDINGS26 = ROOT / "bench" / "data" / "wordings26.jsonl"
WORDINGS27 = ROOT / "bench" / "data" / "wordings27.jsonl"
WORDINGS28 = ROOT / "bench" / "data" / "wordings28.jsonl"
WORDINGS29 = ROOT / "bench" / "data" / "wordings29.jsonl"
WORDINGS30 = ROOT / "bench" / "data" / "wordings30.jsonl"
WORDINGS31 = ROOT / "bench" / "data" / "wordings31.jsonl"
WORDINGS32 = ROOT / "bench" / "data" / "wordings32.jsonl"
WORDINGS33 = ROOT / "bench" / "data" / "wordings33.jsonl"
WORDINGS34 = ROOT / "bench" / "data" / "wordings34.jsonl"
WORDINGS35 = ROOT / "bench" / "data" / "wordings35.jsonl"
WORDINGS36 = ROOT / "bench" / "data" / "wordings36.jsonl"
WORDINGS37 = ROOT / "bench" / "data" / "wordings37.jsonl"
WORDINGS38 = ROOT / "bench" / "data" / "wordings38.jsonl"
WORDINGS39 = ROOT / "bench" / "data" / "wordings39.jsonl"
WORDINGS40 = ROOT / "bench" / "data" / "wordings40.jsonl"
WORDINGS41 = ROOT / "bench" / "data" / "wordings41.jsonl"
WORDINGS42 = ROOT / "bench" / "data" / "wordings42.jsonl"
WORDINGS43 = ROOT / "bench" / "data" / "wordings43.jsonl"
WORDINGS44 = ROOT / "bench" / "data" / "wordings44.jsonl"
WORDINGS45 = ROOT / "bench" / "data" / "wordings45.jsonl"
WORDINGS46 = ROOT / "bench" / "data" / "wordings46.jsonl"

# (label, how to read it from a report); None where the gold cannot say
ROWS = [
    ("event: CAMEO root F1", lambda r: _f1(r, "root")),
    ("event: CAMEO code F1", lambda r: _f1(r, "code")),
    ("event: PLOVER type P / R / F1", lambda r: _prf(r, "plover")),
    ("PLOVER type accuracy (top event per sentence)", lambda r: _x(r.plover_accuracy)),
    ("(src country, tgt country, root) P / R / F1", lambda r: _prf(r, "dyad_root")),
    ("(src country, tgt country, PLOVER) P / R / F1", lambda r: _prf(r, "dyad_plover")),
    ("exact (src, tgt, CAMEO code) P / R / F1", lambda r: _prf(r, "exact")),
    ("exact (src, tgt, PLOVER type) F1", lambda r: _f1(r, "exact_plover")),
    ("source actor code F1", lambda r: _f1(r, "source")),
    ("target actor code F1", lambda r: _f1(r, "target")),
    ("source / target country F1", lambda r: f"{_f1(r, 'source_country')} / {_f1(r, 'target_country')}"),
    ("false events on no-event sentences", lambda r: f"{r.false_on_no_event} on {r.no_event_sentences_hit} "
                                                     f"of {r.no_event_sentences}" if r.no_event_sentences else "n/a"),
    ("expected calibration error (10 bins)", lambda r: f"{_x(r.ece)} ({len(r.calibration)} events)"),
    ("sentences / gold events / coded events", lambda r: f"{r.sentences} / {r.gold_events} / {r.predicted}"),
]


def _x(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.3f}"


def _f1(r, level: str) -> str:
    c = r.levels.get(level)
    return "n/a" if c is None else _x(c.f1)


def _prf(r, level: str) -> str:
    c = r.levels.get(level)
    return "n/a" if c is None else f"{_x(c.precision)} / {_x(c.recall)} / {_x(c.f1)}"


def run() -> list:
    from tidings.evaluate import load_gold, predict, score
    from tidings.pipeline import Options, Pipeline

    pipeline = Pipeline(Options(statements=True, min_confidence=0.0, places=False))
    reports = []
    for name, path, lines, statements in (
            ("plover odd (tuning)", BENCH / "plover_gsr.jsonl", "odd", True),
            ("plover even (held out)", BENCH / "plover_gsr.jsonl", "even", True),
            ("petr2 (held out)", BENCH / "petr2_gsr.jsonl", None, False),
            ("calibration set (fitted on)", CALIBRATION, None, False),
            ("own wordings (tuned on)", WORDINGS, None, False),
            ("own wordings 2 (held out)", WORDINGS2, None, False),
            ("own wordings 3 (tuned on)", WORDINGS3, None, False),
            ("own wordings 4 (tuned on)", WORDINGS4, None, False),
            ("own wordings 5 (tuned on)", WORDINGS5, None, False),
            ("own wordings 6 (tuned on)", WORDINGS6, None, False),
            ("own wordings 7 (tuned on)", WORDINGS7, None, False),
            ("own wordings 8 (tuned on)", WORDINGS8, None, False),
            ("own wordings 9 (tuned on)", WORDINGS9, None, False),
            ("own wordings 10 (tuned on)", WORDINGS10, None, False),
            ("own wordings 11 (tuned on)", WORDINGS11, None, False),
            ("own wordings 12 (held out)", WORDINGS12, None, False),
            ("own wordings 13 (tuned on)", WORDINGS13, None, False),
            ("own wordings 14 (tuned on)", WORDINGS14, None, False),
            ("own wordings 15 (tuned on)", WORDINGS15, None, False),
            ("own wordings 16 (tuned on)", WORDINGS16, None, False),
            ("own wordings 17 (tuned on)", WORDINGS17, None, False),
            ("own wordings 18 (tuned on)", WORDINGS18, None, False),
            ("own wordings 19 (tuned on)", WORDINGS19, None, False),
            ("own wordings 20 (tuned on)", WORDINGS20, None, False),
            ("own wordings 21 (tuned on)", WORDINGS21, None, False),
            ("own wordings 22 (tuned on)", WORDINGS22, None, False),
            ("own wordings 23 (tuned on)", WORDINGS23, None, False),
            ("own wordings 24 (tuned on)", WORDINGS24, None, False),
            ("own wordings 25 (tuned on)", WORDINGS25, None, False),
            ("own wordings 26 (tuned on)", WORDINGS26, None, False),
            ("own wordings 27 (tuned on)", WORDINGS27, None, False),
            ("own wordings 28 (tuned on)", WORDINGS28, None, False),
            ("own wordings 29 (tuned on)", WORDINGS29, None, False),
            ("own wordings 30 (tuned on)", WORDINGS30, None, False),
            ("own wordings 31 (tuned on)", WORDINGS31, None, False),
            ("own wordings 32 (tuned on)", WORDINGS32, None, False),
            ("own wordings 33 (tuned on)", WORDINGS33, None, False),
            ("own wordings 34 (tuned on)", WORDINGS34, None, False),
            ("own wordings 35 (tuned on)", WORDINGS35, None, False),
            ("own wordings 36 (tuned on)", WORDINGS36, None, False),
            ("own wordings 37 (tuned on)", WORDINGS37, None, False),
            ("own wordings 38 (tuned on)", WORDINGS38, None, False),
            ("own wordings 39 (tuned on)", WORDINGS39, None, False),
            ("own wordings 40 (tuned on)", WORDINGS40, None, False),
            ("own wordings 41 (tuned on)", WORDINGS41, None, False),
            ("own wordings 42 (tuned on)", WORDINGS42, None, False),
            ("own wordings 43 (tuned on)", WORDINGS43, None, False),
            ("own wordings 44 (tuned on)", WORDINGS44, None, False),
            ("own wordings 45 (tuned on)", WORDINGS45, None, False),
            ("own wordings 46 (held out)", WORDINGS46, None, False)):
        if not path.exists():
            continue
        sentences = load_gold(path, lines=lines)
        reports.append(score(sentences, predict(sentences, pipeline), name=name, statements=statements))
    return reports


def table(reports) -> str:
    head = "| metric | " + " | ".join(r.name for r in reports) + " |"
    rule = "|---|" + "---:|" * len(reports)
    body = [f"| {label} | " + " | ".join(get(r) for r in reports) + " |" for label, get in ROWS]
    return "\n".join([head, rule, *body])


def write_doc(reports, seconds: float) -> None:
    template = (ROOT / "bench" / "data" / "accuracy.md.template").read_text(encoding="utf-8")
    weights = ROOT / "src" / "tidings" / "events" / "data" / "confidence.tsv"
    fitted = next((ln[2:].strip() for ln in weights.read_text(encoding="utf-8").splitlines()
                   if ln.startswith("# Fitted:")), "Fitted: (not recorded)")
    text = template.format(date=datetime.date.today().isoformat(), seconds=seconds,
                           table=table(reports), fitted=fitted)
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-write", action="store_true", help="print only; leave docs/accuracy.md alone")
    args = ap.parse_args()
    if not BENCH.is_dir():
        sys.exit(f"accuracy: {BENCH} not found (the benchmarks live in ../shared/benchmarks)")
    start = time.perf_counter()
    reports = run()
    seconds = time.perf_counter() - start
    print(table(reports))
    if not args.no_write:
        write_doc(reports, seconds)
        print(f"\nwrote {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
