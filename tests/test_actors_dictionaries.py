"""User dictionaries: tidings TSV files and PETRARCH/Phoenix-format actor and agent dictionaries.

The dictionaries below were written for these tests (the people and groups in them are made up).
"""

from __future__ import annotations

from datetime import date

import pytest

from tidings.actors.petrarch import looks_like_petrarch, read_petrarch

ACTORS = """\
# made-up actors for the tests, PETRARCH format
ARDAK_BEKOV_            # a minister who left office
+BEKOV_
+MINISTER_BEKOV_
[KAZGOV 20190320-20220105]
[KAZELI >20220106]
<!-- a comment
     over two lines -->
NORTHERN_VALLEY_FRONT_ [KAZREB]
+NVF_
OLD_GUARD_COUNCIL_
[KAZGOV <990101]
[KAZOPP >990101]
ZARVANIA_ [KAZ]
"""

AGENTS = """\
PEACE_WARDEN_ {PEACE_WARDENS_} [~MIL]
CHIEF_SCRIBE_ [~GOVMED]
!minist!_OF_SCROLLS_ [~GOV]
"""


def test_the_format_is_recognised():
    assert looks_like_petrarch(ACTORS) and looks_like_petrarch(AGENTS)
    assert not looks_like_petrarch("name\taliases\tcountry\nA\tB\tKAZ\n")
    assert looks_like_petrarch("ZARVANIA_\t[KAZ]\n")  # a tab between phrase and code is fine


def test_actor_entries_with_synonyms_and_dated_codes():
    warnings: list[str] = []
    entries = read_petrarch(ACTORS, "mine.txt", warnings)
    bekov = [e for e in entries if e.name == "Ardak Bekov"]
    assert {e.phrase for e in bekov} == {"ardak bekov", "bekov", "minister bekov"}
    assert {e.kind for e in bekov} == {"person"}
    roles = sorted({(e.code, e.start, e.end) for e in bekov}, key=lambda r: r[1])
    assert roles == [("KAZGOV", date(2019, 3, 20), date(2022, 1, 5)), ("KAZELI", date(2022, 1, 6), None)]
    front = [e for e in entries if e.name == "Northern Valley Front"]
    assert {e.phrase for e in front} == {"northern valley front", "nvf"}
    assert {(e.kind, e.code, e.country, e.sectors) for e in front} == {("org", "KAZREB", "KAZ", ("REB",))}
    # TABARI's six-digit dates: "<990101" is up to the last day of 1998
    guard = sorted((e for e in entries if e.name == "Old Guard Council"), key=lambda e: e.code)
    assert [(e.code, e.start, e.end) for e in guard] == [
        ("KAZGOV", None, date(1998, 12, 31)), ("KAZOPP", date(1999, 1, 1), None)]
    (zarvania,) = [e for e in entries if e.name == "Zarvania"]
    assert zarvania.kind == "country" and zarvania.country == "KAZ"
    assert not warnings


def test_agent_entries_and_what_is_not_read():
    warnings: list[str] = []
    entries = read_petrarch(AGENTS, "agents.txt", warnings)
    assert {(e.phrase, e.sectors) for e in entries} == {
        ("peace warden", ("MIL",)), ("peace wardens", ("MIL",)), ("chief scribe", ("GOV", "MED"))}
    assert all(e.kind == "agent" for e in entries)
    assert len(warnings) == 1 and "substitution" in warnings[0]


@pytest.fixture(scope="module")
def user_pipeline(tmp_path_factory):
    from tidings.pipeline import Options, Pipeline

    folder = tmp_path_factory.mktemp("dictionaries")
    (folder / "actors.txt").write_text(ACTORS, encoding="utf-8")
    (folder / "agents.txt").write_text(AGENTS, encoding="utf-8")
    (folder / "people.tsv").write_text(
        "#kind: people.tsv\nname\taliases\tcountry\tsectors\tstart\tend\trole\tcode\n"
        "Kassym-Jomart Tokayev\tTokayev\tKAZ\tGOV MIL\t2019-03-20\t\tsupreme commander (a test)\t\n",
        encoding="utf-8")
    return Pipeline(Options(places=False, actors=(folder / "actors.txt", folder / "agents.txt",
                                                  folder / "people.tsv")))


def resolve(pipeline, text: str, when: date):
    from tidings.ingest.raw import RawText

    (document,) = pipeline.documents([RawText(origin="test", text=text)], published=when)
    return pipeline.resolver.resolve(pipeline.nlp(document.text), document)


def test_a_petrarch_person_is_coded_for_the_date(user_pipeline):
    text = "Minister Bekov met the Northern Valley Front in Astana on Monday."
    during = resolve(user_pipeline, text, date(2021, 5, 3)).actors()
    after = resolve(user_pipeline, text, date(2022, 3, 1)).actors()
    bekov = next(a for a in during if "Bekov" in a.text)
    assert (bekov.code, bekov.how, bekov.kind) == ("KAZGOV", "user", "person")
    assert next(a for a in after if "Bekov" in a.text).code == "KAZELI"
    front = next(a for a in during if "Front" in a.text)
    assert (front.code, front.how) == ("KAZREB", "user")


def test_petrarch_agents_take_a_country(user_pipeline):
    found = resolve(user_pipeline, "Kazakh peace wardens guarded the chief scribe of Zarvania.",
                    date(2021, 5, 3)).actors()
    codes = {a.text: a.code for a in found}
    assert codes["Kazakh peace wardens"] == "KAZMIL"
    assert codes["chief scribe"] == "KAZGOVMED"


def test_a_user_tsv_overrides_the_package_entry(user_pipeline):
    mentions = resolve(user_pipeline, "Tokayev ordered the troops to fire.", date(2022, 1, 10))
    tokayev = next(a for a in mentions.actors() if a.text == "Tokayev")
    assert (tokayev.code, tokayev.how) == ("KAZGOVMIL", "user")
    assert "supreme commander" in tokayev.detail
    # recoding uses the user's rows, not the package's (which has him as KAZLEG in 2015)
    assert mentions.recode(tokayev, date(2015, 1, 1)).code == "KAZ"


def test_the_package_is_untouched_without_user_files():
    from tidings.actors.lexicon import package_entries

    assert not [e for e in package_entries() if e.origin.startswith("user:")]
