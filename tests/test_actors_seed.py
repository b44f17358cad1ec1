"""Actor acceptance on the seed article (issue 4): a machine-translated, badly scraped analysis of
the Kazakhstan unrest of January 2022, published 2022-01-10, read from ../shared (never copied
into the project)."""

from __future__ import annotations

import pytest

from conftest import SEED

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="the seed article in ../shared is missing")


@pytest.fixture(scope="module")
def coded(seed_coded):
    return seed_coded


@pytest.fixture(scope="module")
def actors(coded):
    return coded.actors


def named(actors, words: str):
    found = [a for a in actors if words in a.text]
    assert found, f"no actor mention with {words!r}"
    return found


def in_sentence(coded, words: str):
    """The actor mentions of the sentence that contains ``words``."""
    sent = next(s for s in coded.sentences if words in s.text)
    return [a for a in coded.actors if sent.start <= a.start < sent.end]


def test_every_tokayev_mention_is_kazakhstans_government(actors):
    mentions = named(actors, "Tokayev")
    assert len(mentions) >= 10
    assert {a.code for a in mentions} == {"KAZGOV"}


def test_tokayev_after_the_repaired_glue_and_his_request(coded):
    # "TokayevAlso said that at his request, RussiaThe peacekeeping force ..." (glued in scraping)
    here = in_sentence(coded, "at his request")
    tokayev = [a for a in here if a.text == "Tokayev"]
    his = [a for a in here if a.text == "his"]
    assert tokayev and tokayev[0].code == "KAZGOV"
    assert his and his[0].code == "KAZGOV" and his[0].how == "pronoun"


def test_he_in_he_has_ordered_is_tokayev(coded):
    here = in_sentence(coded, "he has ordered")
    (he,) = [a for a in here if a.text == "he"]
    assert he.code == "KAZGOV" and he.how == "pronoun" and he.name == "Kassym-Jomart Tokayev"


def test_xi_jinping_is_chinas_government(actors):
    assert {a.code for a in named(actors, "Xi Jinping") if a.kind == "person"} == {"CHNGOV"}


def test_nazarbayev_is_a_kazakh_elite_after_leaving_office(actors):
    for a in named(actors, "Nazarbayev"):
        assert a.country == "KAZ" and "ELI" in a.sectors and "former" in a.detail


def test_karim_masimov_is_kazakhstans_former_security_chief(actors):
    for a in named(actors, "Masimov"):
        assert a.country == "KAZ" and {"SPY", "GOV"} & set(a.sectors), a


def test_samat_abish_is_kazakh_security_service(actors):
    for a in named(actors, "Samat Abish"):
        assert a.code == "KAZSPY"


def test_russias_peacekeeping_force_is_russian_military(actors):
    (force,) = named(actors, "peacekeeping force")
    assert force.code == "RUSMIL"


def test_protesters_are_kazakh_civilians_or_opposition(actors):
    for a in named(actors, "protesters"):
        assert a.country == "KAZ" and {"CVL", "OPP"} & set(a.sectors)


def test_feng_chongyi_is_australian_education(actors):
    (feng,) = named(actors, "Feng Chongyi")
    assert feng.code == "AUSEDU" and feng.how == "title"
    assert "Sydney" in feng.detail


def test_su_ziyun_is_taiwanese_research_every_time(actors):
    mentions = named(actors, "Su Ziyun")
    assert len(mentions) == 3
    assert all(a.country == "TWN" and {"EDU", "GOV"} & set(a.sectors) for a in mentions)
    assert [a.how for a in mentions] == ["apposition", "coreference", "coreference"]


def test_the_xi_jinping_administration_is_chinas(actors):
    (admin,) = named(actors, "administration")
    assert admin.code == "CHNGOV"


def test_guesses_say_so(actors):
    guessed = [a for a in actors if a.guessed]
    assert guessed
    assert all("guess" in a.detail for a in guessed)
    assert all(a.how in {"context", "pronoun", "coreference", "apposition"} for a in guessed)
