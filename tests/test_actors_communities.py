"""Communities (actors/data/communities.tsv): ethnic and religious groups that stand for the people
of one country or a few.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from importlib import resources

import pytest

from tidings.actors.communities import communities, community_entries
from tidings.actors.lexicon import DATA, region_codes, rows_as_dicts, sector_codes
from tidings.model import Actor

from conftest import resolve_parsed


def actors(pipeline, text: str, when: str | None = "2022-01-10") -> list[Actor]:
    return resolve_parsed(pipeline, text, when)[2].actors()


def one(found: list[Actor], words: str) -> Actor:
    hits = [a for a in found if a.text == words] or [a for a in found if words in a.text]
    assert hits, f"no mention {words!r} in {[a.text for a in found]}"
    return hits[0]


# -- the data ----------------------------------------------------------------------------------------

def _country_codes() -> set[str]:
    text = (resources.files(DATA) / "countries.tsv").read_text(encoding="utf-8")
    return {r["code"] for r in rows_as_dicts(text)} - region_codes()


def test_every_row_has_words_known_countries_and_documented_sectors():
    text = (resources.files(DATA) / "communities.tsv").read_text(encoding="utf-8")
    rows = rows_as_dicts(text)
    assert len(rows) >= 20
    countries = _country_codes()
    for row in rows:
        assert row["name"] and row["adjectives"], row
        assert set(row["countries"].split("|")) <= countries, row
        assert set(row["sectors"].split()) <= sector_codes(), row
        assert bool(row["nouns"]) <= bool(row["sectors"]), f"a noun needs sectors: {row}"


def test_no_community_word_is_also_a_country_name_or_demonym(pipeline):
    lexicon = pipeline.resolver.lexicon
    tokenize = lambda s: [t.text for t in pipeline.nlp.tokenizer(s)]  # noqa: E731
    for e in community_entries():
        kinds = {x.kind for x in lexicon.lookup(tokenize(e.phrase))}
        assert not kinds & {"country", "demonym", "seat"}, e.phrase


def test_countries_are_listed_most_likely_first():
    assert communities()["Tamils"].countries == ("LKA", "IND")
    assert communities()["Kurds"].countries[0] == "TUR"


# -- coded communities ------------------------------------------------------------------------------

CODED = [
    # a community word on an agent noun gives the agent its country
    pytest.param("Chechen fighters ambushed a supply convoy on Tuesday night.", "Chechen fighters",
                 "RUSREB", id="single-country community on an agent noun"),
    pytest.param("Rohingya refugees waited at the Bangladeshi border for weeks.", "Rohingya refugees",
                 "MMRREF", id="refugees are their community's country's"),
    pytest.param("Tamil rebels in Geneva rejected the ceasefire offer.", "Tamil rebels", "LKAREB",
                 id="a place outside the community's countries does not own it"),
    pytest.param("Iranian Kurdish activists staged a sit-in on Friday.", "activists", "IRNOPP",
                 id="a country on the phrase itself wins"),
    pytest.param("Pakistani troops killed four Baloch separatists in a raid.", "Baloch separatists",
                 "PAKSEP", id="Baloch"),
    pytest.param("Karen rebels overran an army outpost near the Thai border.", "Karen rebels", "MMRREB",
                 id="Karen as a modifier"),
    pytest.param("Abkhaz officials refused to attend the meeting.", "Abkhaz officials", "GEOGOV",
                 id="Abkhaz"),
    pytest.param("Tamil Nadu police detained six fishermen at dawn.", "police", "INDCOP",
                 id="Tamil Nadu is India's"),
    # several countries: the text decides
    pytest.param("Turkish warplanes pounded Kurdish militants near the mountain passes.",
                 "Kurdish militants", "TURREB", id="a listed country in the sentence (first listed)"),
    pytest.param("Syrian government troops and Kurdish fighters traded fire overnight.",
                 "Kurdish fighters", "SYRREB", id="a listed country in the sentence (third listed)"),
    pytest.param("Kurdish lawmakers in Iraq walked out of the session.", "Kurdish lawmakers", "IRQLEG",
                 id="a listed country in the phrase"),
    pytest.param("Burundi's president dissolved the cabinet on Monday. Officials in Bujumbura said the "
                 "army was on alert. Hutu militiamen later attacked a police post.", "Hutu militiamen",
                 "BDIUAF", id="the article decides when the sentence does not"),
    # a community noun on its own is its people
    pytest.param("Hundreds of Rohingyas crossed the river at night.", "Rohingyas", "MMRCVL",
                 id="a plural community noun is its country's civilians"),
    pytest.param("Copts gathered outside the cathedral to mourn the victims.", "Copts", "EGYCHR",
                 id="followers of a church take its religion"),
    pytest.param("Bosnian Serbs voted in a referendum the court had banned.", "Bosnian Serbs", "BIHCVL",
                 id="a two-word community"),
    # the ethnic rule keeps working
    pytest.param("Ethnic Albanians in south Serbia boycotted the census.", "Albanians", "SRBCVL",
                 id="ethnic Albanians are coded where they live"),
]


@pytest.mark.parametrize("text, words, code", CODED)
def test_communities_are_coded(pipeline, text, words, code):
    assert one(actors(pipeline, text), words).code == code


def test_with_no_help_from_the_text_the_first_country_is_a_guess(pipeline):
    found = actors(pipeline, "Druze elders called for calm after the clashes.")
    elders = one(found, "Druze elders")
    assert (elders.country, elders.guessed) == ("SYR", True)


def test_a_single_country_is_no_guess(pipeline):
    assert not one(actors(pipeline, "Uighur activists were detained in the raids."), "activists").guessed


# -- words that are not the community ---------------------------------------------------------------

@pytest.mark.parametrize("text, community", [
    pytest.param("Karen Smith told reporters that the count was fair.", "Karen", id="a given name"),
    pytest.param("The minister gave part of her speech in Tamil.", "Tamils", id="a language"),
    pytest.param("Heavy fighting spread across Shan State last week.", "Shan", id="a state's name"),
])
def test_words_that_are_not_the_community(pipeline, text, community):
    found = actors(pipeline, text)
    assert not any(a.name == community or a.code.startswith("MMR") for a in found)


def test_who_leads_a_body_is_not_whose_it_is(pipeline):
    found = actors(pipeline, "The Tutsi-led army denied the report on Sunday.")
    assert not any(a.name == "Tutsi" for a in found)
    assert "Tutsi" not in one(found, "army").detail
