"""The actor lexicons shipped as package data: they parse, their codes are valid, and the facts a
resolver leans on read as they should on a given date."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

import pycountry
import pytest

from tidings.actors.lexicon import (
    Entry,
    Lexicon,
    package_entries,
    package_texts,
    read_entries,
    rows_as_dicts,
    user_entries,
)

TEXTS = dict(package_texts())
ENTRIES = package_entries()
ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
NON_STATE = {"IGO", "NGO", "IMG"}  # CAMEO's first slot for bodies that belong to no state

# A phrase that names two different things within one kind. None at present: add one here, with the
# reason, only when both readings are too common to drop either.
KNOWN_AMBIGUITIES: dict[tuple[str, str], str] = {}


def _documented_sectors() -> set[str]:
    """The sector codes listed in agents.tsv's header ("#   GOV  government: ...")."""
    return set(re.findall(r"^#\s{3}([A-Z]{3})\s{2}\S", TEXTS["agents.tsv"], flags=re.M))


def _region_codes() -> set[str]:
    """Codes of the countries.tsv rows after its "# CAMEO regions" line."""
    text = TEXTS["countries.tsv"]
    tail = text[text.index("# CAMEO regions"):]
    return {ln.split("\t")[0] for ln in tail.splitlines() if ln.strip() and not ln.startswith("#")}


def _key(e: Entry) -> str:
    return e.phrase if e.exact else e.phrase.lower()


def _overlap(a: Entry, b: Entry) -> bool:
    return (a.start or date.min) <= (b.end or date.max) and (b.start or date.min) <= (a.end or date.max)


@pytest.fixture(scope="module")
def nlp():
    from tidings.nlp.loader import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def lexicon(nlp):
    return Lexicon(ENTRIES, nlp.tokenizer)


def match(lexicon: Lexicon, nlp, text: str, at: str, exact_case: bool = True):
    """Match the lexicon at the first token ``at`` of ``text``: (matched text, entries)."""
    doc = nlp(text)
    keys = [(t.lower_, t.lemma_.lower()) for t in doc]
    i = next(t.i for t in doc if t.text == at)
    end, entries = lexicon.match_at(keys, i, [t.text for t in doc] if exact_case else None)
    return doc[i:end].text, entries


def on(entries: list[Entry], when: date) -> set[str]:
    return {e.code for e in entries if e.holds_on(when)}


# --- every file parses ----------------------------------------------------------------------------

REQUIRED = {
    "countries.tsv": ("code", "names"),
    "agents.tsv": ("phrase", "sectors"),
    "organisations.tsv": ("code", "sectors", "kind", "names"),
    "people.tsv": ("name", "country", "sectors", "role"),
}


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_every_file_parses_with_its_columns_filled(name):
    rows = rows_as_dicts(TEXTS[name])
    assert rows, name
    for row in rows:
        assert None not in row, f"{name}: more cells than header columns in {row}"
        for col in REQUIRED[name]:
            assert row[col], f"{name}: empty {col!r} in {row}"
    entries = read_entries(name, TEXTS[name])
    assert all(e.phrase and e.phrase == e.phrase.strip() and not e.phrase.startswith("=")
               for e in entries)


def test_package_entries_come_from_all_four_files():
    files = {e.origin.split(":")[0] for e in ENTRIES}
    assert files == set(REQUIRED)


# --- counts ---------------------------------------------------------------------------------------

def test_every_iso_country_and_kosovo_has_a_row_with_a_name():
    rows = rows_as_dicts(TEXTS["countries.tsv"])
    codes = {r["code"] for r in rows if r["names"]}
    assert ISO3 <= codes
    assert len(ISO3) >= len(pycountry.countries) + 1


def test_at_least_300_agent_phrases():
    phrases = {_key(e) for e in ENTRIES if e.kind == "agent"}
    assert len(phrases) >= 300


def test_at_least_500_named_people():
    assert len({e.name for e in ENTRIES if e.kind == "person"}) >= 500


IGOS = {
    "United Nations": "IGOUNO", "UN Security Council": "IGOUNO", "UN General Assembly": "IGOUNO",
    "UNHCR": "IGOUNO", "UNICEF": "IGOUNO", "WHO": "IGOUNO", "WFP": "IGOUNO",
    "IAEA": "IGOUNO", "European Union": "IGOEUREEC", "European Commission": "IGOEUREEC",
    "NATO": "IGOWSTNAT", "African Union": "IGOAFRAFU", "ASEAN": "IGOSEAASN", "OSCE": "IGOEUROSC",
    "CSTO": "IGOCASCST", "Shanghai Cooperation Organisation": "IGOCASSCO", "IMF": "IGOBUSIMF",
    "World Bank": "IGOWBK", "WTO": "IGOBUSWTO", "International Criminal Court": "IGOJUDICC",
    "ICJ": "IGOUNO", "Arab League": "IGOMEAARL", "OPEC": "IGOBUSOPC", "G7": "IGOGOS",
    "G20": "IGOGTW", "Interpol": "IGOCOPITP", "ICRC": "---NGO", "Red Cross": "---NGO",
    "Doctors Without Borders": "---NGO", "Amnesty International": "---NGO",
    "Human Rights Watch": "---NGO",
}
GROUPS = {
    "Hamas": "PSEREB", "Hezbollah": "LBNREB", "Islamic State": "*REB",
    "ISIS": "*REB", "ISIL": "*REB", "Daesh": "*REB", "al-Qaeda": "IMGMUSALQ",
    "al-Shabaab": "SOMREB", "Boko Haram": "NGAREB", "PKK": "TURREB", "FARC": "COLREB",
    "ELN": "COLREB", "Houthis": "YEMREB", "Wagner Group": "RUSUAF",
}


@pytest.mark.parametrize("phrase,code", sorted({**IGOS, **GROUPS}.items()))
def test_organisations_and_armed_groups_are_listed(lexicon, nlp, phrase, code):
    tokens = [t.text for t in nlp.tokenizer(phrase)]
    found = {e.code for e in lexicon.lookup(tokens) if e.kind in ("igo", "org", "group")}
    assert code in found, (phrase, found)


def test_taliban_are_insurgents_until_august_2021_and_the_government_after(lexicon):
    entries = lexicon.lookup(["Taliban"])
    assert on(entries, date(2010, 6, 1)) == {"AFGREB"}
    assert on(entries, date(2022, 1, 10)) == {"AFGGOV"}
    assert on(entries, date(1999, 1, 1)) == {"AFGGOV"}


# --- codes are valid --------------------------------------------------------------------------------

def test_every_sector_code_is_documented():
    documented = _documented_sectors()
    assert {"GOV", "MIL", "COP", "REB", "CVL", "IGO"} <= documented
    used = {s for e in ENTRIES for s in e.sectors}
    assert used <= documented, sorted(used - documented)


def test_country_rows_use_iso_codes_and_regions_cameo_codes():
    regions = _region_codes()
    assert {"EUR", "MEA", "AFR", "WST"} <= regions and not regions & ISO3
    for e in ENTRIES:
        if e.kind in ("country", "demonym", "seat"):
            assert e.country in ISO3 or e.country in regions, e


def test_people_and_organisation_countries_are_iso():
    for e in ENTRIES:
        if e.kind in ("person", "igo", "org", "group") and e.country is not None:
            assert e.country in ISO3, e


def test_organisation_and_person_codes_are_cameo_shaped():
    for e in ENTRIES:
        if e.kind in ("person", "igo", "org", "group"):
            if e.code.startswith("*"):  # a group coded by the country where it acts, among its theatres
                assert e.theatres and e.country == e.theatres[0] and set(e.theatres) <= ISO3, e
                assert re.fullmatch(r"(?:[A-Z]{3})+", e.code[1:]), e
                continue
            if e.code == "---NGO":  # an international NGO: no country (round 35)
                assert not e.country and "NGO" in e.sectors, e
                continue
            assert re.fullmatch(r"(?:[A-Z]{3})+", e.code), e
            head = e.code[:3]
            assert head in ISO3 or head in NON_STATE, e
            if head in ISO3:
                assert head == e.country, e
            if e.kind == "igo":
                assert head == "IGO", e


# --- no phrase means two things -------------------------------------------------------------------

def test_no_phrase_maps_to_two_countries_within_a_kind():
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in ENTRIES:
        if e.kind in ("country", "demonym", "seat"):
            seen[(e.kind, _key(e))].add(e.code)
    clashes = {k: v for k, v in seen.items() if len(v) > 1 and k not in KNOWN_AMBIGUITIES}
    assert not clashes


def test_no_phrase_names_two_people():
    seen: dict[str, set[str]] = defaultdict(set)
    for e in ENTRIES:
        if e.kind == "person":
            seen[_key(e)].add(e.name)
    clashes = {k: v for k, v in seen.items() if len(v) > 1 and ("person", k) not in KNOWN_AMBIGUITIES}
    assert not clashes


def test_an_organisation_name_has_one_code_at_a_time():
    by_phrase: dict[str, list[Entry]] = defaultdict(list)
    for e in ENTRIES:
        if e.kind in ("igo", "org", "group"):
            by_phrase[_key(e)].append(e)
    for phrase, entries in by_phrase.items():
        for i, a in enumerate(entries):
            for b in entries[i + 1:]:
                if a.code != b.code and (a.kind, phrase) not in KNOWN_AMBIGUITIES:
                    assert not _overlap(a, b), (phrase, a.code, a.origin, b.code, b.origin)


def test_an_agent_phrase_has_one_set_of_sectors():
    seen: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for e in ENTRIES:
        if e.kind == "agent":
            seen[_key(e)].add(e.sectors)
    assert not {k: v for k, v in seen.items() if len(v) > 1}


# --- dates ----------------------------------------------------------------------------------------

def test_dates_parse_and_start_before_end():
    for e in ENTRIES:
        if e.start and e.end:
            assert e.start <= e.end, e
        for d in (e.start, e.end):
            assert d is None or date(1940, 1, 1) <= d <= date(2026, 12, 31), e


SINGLE_HOLDER = re.compile(
    r"^(president of|prime minister of|premier of|chancellor of|king of|queen of|emperor of|emir of|"
    r"sultan of|taoiseach|pope|secretary-general of|secretary general of|managing director of|"
    r"director-general of|director general of|director of the|chairman of the|chair of the|"
    r"chief of|leader of|supreme leader|chief executive of|UN high commissioner|prosecutor of|"
    r"chairperson of|commander of|head of|speaker of|foreign minister|foreign secretary|"
    r"secretary of state|secretary of defense|defence minister|defence secretary|"
    r"external affairs minister|home minister|Palestinian prime minister|minister of the armed forces)")


def _people_rows() -> dict[str, dict[str, str]]:
    """people.tsv rows keyed by the "people.tsv:LINE" origin their entries carry."""
    header = None
    out = {}
    for lineno, line in enumerate(TEXTS["people.tsv"].splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if header is None:
            header = cols
            continue
        out[f"people.tsv:{lineno}"] = dict(zip(header, cols))
    return out


def test_two_people_do_not_hold_a_single_holder_office_at_once():
    """Presidents, prime ministers, foreign ministers ... of one country follow each other; the
    handover day may be counted for both. This catches a mistyped year."""
    rows = _people_rows()
    holders: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for e in ENTRIES:
        if e.kind == "person" and e.phrase == e.name:
            row = rows[e.origin]
            if SINGLE_HOLDER.match(row["role"]) and (e.start or e.end):
                holders[(row["code"] or row["country"], row["role"])].append(e)
    assert len(holders) > 150
    for office, entries in holders.items():
        entries.sort(key=lambda e: e.start or date.min)
        for a, b in zip(entries, entries[1:]):
            if a.name != b.name and a.end is not None and b.start is not None:
                assert (a.end - b.start).days <= 1, (office, a.name, a.end, b.name, b.start)
            elif a.name != b.name:
                assert not _overlap(a, b), (office, a.name, b.name)


# --- spot checks ------------------------------------------------------------------------------------

def test_tokayev_is_kazakhstans_government_on_2022_01_10(lexicon):
    entries = [e for e in lexicon.lookup(["Tokayev"]) if e.kind == "person"]
    assert on(entries, date(2022, 1, 10)) == {"KAZGOV"}
    assert on(entries, date(2015, 6, 1)) == {"KAZLEG"}


def test_nazarbayev_is_not_government_on_2022_01_10(lexicon):
    entries = [e for e in lexicon.lookup(["Nazarbayev"]) if e.kind == "person"]
    assert on(entries, date(2010, 1, 1)) == {"KAZGOV"}
    assert on(entries, date(2022, 1, 10)) == set()


def test_every_un_body_codes_igouno_and_keeps_its_name_and_kind(lexicon):
    # round 32: the gold sets' convention; the body stays in the name, its kind in the sectors
    for phrase, name, sector in (("UNHCR", "United Nations High Commissioner for Refugees", "REF"),
                                 ("WHO", "World Health Organization", "HLH"),
                                 ("ICJ", "International Court of Justice", "JUD")):
        entries = [e for e in lexicon.lookup([phrase]) if e.kind != "agent"]
        assert {(e.code, e.name) for e in entries} == {("IGOUNO", name)}
        assert all(sector in e.sectors for e in entries)


def test_a_persons_code_follows_the_event_date(lexicon):
    shoigu = lexicon.lookup(["Shoigu"])
    assert on(shoigu, date(2020, 3, 1)) == {"RUSGOV"}
    assert on(shoigu, date(2024, 6, 1)) == {"RUSGOV"}
    guterres = lexicon.lookup(["Guterres"])
    assert on(guterres, date(2000, 1, 1)) == {"PRTGOV"}
    assert on(guterres, date(2010, 1, 1)) == {"IGOUNO"}  # (refugee chief: every UN body is IGOUNO)
    assert on(guterres, date(2020, 1, 1)) == {"IGOUNO"}
    assert on(lexicon.lookup(["Trump"]), date(2023, 1, 1)) == set()


def test_seats_of_government_code_to_the_government(lexicon, nlp):
    assert {e.code for e in lexicon.lookup(["Kremlin"])} == {"RUSGOV"}
    assert {e.code for e in lexicon.lookup(["the", "Kremlin"])} == {"RUSGOV"}
    assert {e.code for e in lexicon.lookup(["Beijing"])} == {"CHNGOV"}
    text, entries = match(lexicon, nlp, "Talks were held at Downing Street on Monday.", "Downing")
    assert text == "Downing Street" and {e.code for e in entries} == {"GBRGOV"}


def test_troops_find_the_military_through_the_lemma(lexicon, nlp):
    text, entries = match(lexicon, nlp, "Russian troops arrived in Almaty.", "troops")
    assert text == "troops"
    assert any("MIL" in e.sectors for e in entries)
    text, entries = match(lexicon, nlp, "Kazakh protesters stormed the building.", "protesters")
    assert {s for e in entries for s in e.sectors} == {"CVL"}


def test_the_longest_phrase_wins(lexicon, nlp):
    text, entries = match(lexicon, nlp, "Latin American leaders met in Lima.", "Latin")
    assert text == "Latin American" and {e.code for e in entries} == {"LAM"}
    text, entries = match(lexicon, nlp, "Papua New Guinea signed the deal.", "Papua")
    assert {e.code for e in entries} == {"PNG"}
    text, entries = match(lexicon, nlp, "The UN Security Council voted.", "UN")
    assert text == "UN Security Council"


def test_exact_capitalisation_entries(lexicon, nlp):
    _, entries = match(lexicon, nlp, "Chad closed its border.", "Chad")
    assert {e.code for e in entries} == {"TCD"}
    _, entries = match(lexicon, nlp, "Officials said the chad was torn.", "chad")
    assert not entries
    _, entries = match(lexicon, nlp, "The WHO declared an emergency.", "WHO")
    assert {e.code for e in entries} == {"IGOUNO"}
    _, entries = match(lexicon, nlp, "People who fled were counted.", "who")
    assert not entries
    # without the token texts the spelling cannot be checked, and exact entries match as before
    _, entries = match(lexicon, nlp, "Officials said the chad was torn.", "chad", exact_case=False)
    assert {e.code for e in entries} == {"TCD"}
    assert lexicon.lookup(["turkey"]) == [] and lexicon.lookup(["Turkey"])


# --- reader conventions -------------------------------------------------------------------------

def test_partial_dates_cover_the_whole_year_or_month():
    text = ("name\taliases\tcountry\tsectors\tstart\tend\trole\tcode\n"
            "A B\t=AB\tKAZ\tGOV\t2019\t2022-02\tminister\t\n"
            "A B\t\tKAZ\tIGO\t2023-03-15\t2024\tenvoy\tIGOUNO\n")
    first, alias, second = read_entries("people.tsv", text)
    assert (first.start, first.end) == (date(2019, 1, 1), date(2022, 2, 28))
    assert alias.exact and alias.phrase == "AB" and not first.exact
    assert (second.code, second.country, second.end) == ("IGOUNO", "KAZ", date(2024, 12, 31))
    assert first.code == "KAZGOV"


def test_organisation_rows_may_carry_dates_and_exact_names():
    text = ("code\tcountry\tsectors\tkind\tnames\tstart\tend\tsource\n"
            "XYZREB\tXYZ\tREB\tgroup\tFront|=FR\t\t2001-05-03\tT\n")
    front, fr = read_entries("organisations.tsv", text)
    assert front.end == date(2001, 5, 3) and front.start is None and fr.exact
    assert not front.holds_on(date(2002, 1, 1)) and front.holds_on(date(2001, 5, 3))


def test_user_files_keep_the_conventions(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("#kind: countries.tsv\ncode\tnames\tdemonyms\tseats\n"
                    "XKX\t=Dardania\t\t\n", encoding="utf-8")
    (entry,) = user_entries(path)
    assert entry.exact and entry.phrase == "Dardania" and entry.origin.startswith("user:")
