"""Coding rules added for issue 3 (coverage and accuracy), one sentence each.

Every sentence was written for these tests from the CAMEO code definitions and English grammar; none
comes from a benchmark file. ``coded`` returns (cameo, source code, target code) triples.
"""

from __future__ import annotations

import datetime

import pytest

from tidings.ingest.raw import RawText
from tidings.pipeline import Options, Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(Options(statements=False, places=False))


@pytest.fixture
def coded(pipeline):
    def run(text: str, date: str | None = None) -> list[tuple]:
        published = datetime.date.fromisoformat(date) if date else None
        (doc,) = pipeline.code_raw([RawText("-", text, published)])
        return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
                for e in doc.events]
    return run


def roots(events) -> set[str]:
    return {c[:2] for c, _, _ in events}


def countries(events) -> set[tuple]:
    return {(c[:2], (s or "")[:3] or None, (t or "")[:3] or None) for c, s, t in events}


# -- who: actors found inside noun phrases -----------------------------------------------------

def test_the_author_of_a_rejected_proposal_is_the_target(coded):
    assert countries(coded("Bangladesh rejected an Indian proposal on trade.")) == {("12", "BGD", "IND")}


def test_the_by_phrase_of_an_object_names_the_target(coded):
    assert ("12", "DEU", "BLR") in countries(coded("Germany rejected calls by Belarus's rulers for aid."))


def test_the_owner_of_a_thing_is_the_target(coded):
    assert countries(coded("Iranian forces seized a British tanker.")) == {("17", "IRN", "GBR")}


def test_weapons_platforms_stand_for_their_forces(coded):
    [(code, source, target)] = coded("Israeli tanks shelled Gaza.")
    assert code == "194" and source == "ISRMIL"


def test_coordinated_nationalities_are_two_parties(coded):
    events = coded("Chilean and Peruvian officials agreed that their countries should cooperate.")
    assert countries(events) == {("03", "CHL", "PER"), ("03", "PER", "CHL")}


def test_a_light_verb_with_a_possessive_pronoun_takes_the_verbs_subject(coded):
    events = coded("A group of Moroccan diplomats held their first meeting with Kenyan officials.")
    assert ("04", "MAR", "KEN") in countries(events)


def test_the_one_who_orders_patrols_is_the_source(coded):
    events = coded("The Kenyan government ordered patrols by police in Nairobi.")
    assert {s for _, s, _ in events} == {"KENGOV"}


def test_quantified_objects_are_objects(coded):
    assert ("18", "AFG", "RUS") in countries(coded("Afghan rebels kidnapped up to 20 Russian engineers."))


def test_protests_target_the_place_they_are_held_in(coded):
    events = coded("Thousands of students demonstrated on Monday in Serbia.")
    assert ("14", "SRB", "SRB") in countries(events) or ("14", None, "SRB") in countries(events)


def test_a_protest_takes_its_target_from_its_aim(coded):
    events = coded("Students blocked roads to demand the resignation of the Thai prime minister.")
    assert [(c, t) for c, _, t in events] == [("1441", "THAGOV")]


# -- what: modality ----------------------------------------------------------------------------

def test_a_future_act_is_an_intent(coded):
    assert coded("Japan will provide food aid to Haiti.") == [("0333", "JPN", "HTI")]


def test_a_future_conflict_act_is_a_threat(coded):
    assert roots(coded("Serbia said it would blockade Kosovo.")) == {"13"}


def test_an_intent_is_not_reciprocal(coded):
    assert countries(coded("Russia offered to negotiate with Ukraine.")) == {("03", "RUS", "UKR")}


def test_an_obligation_in_reported_speech_is_a_demand(coded):
    assert countries(coded("Britain said Iran must release the sailors.")) == {("10", "GBR", "IRN")}


def test_an_obligation_on_a_non_event_is_a_generic_demand(coded):
    assert coded("France said Mali must do more.") == [("100", "FRA", "MLI")]
    # ... made specific by the reform it asks for (1044: a change of institutions)
    assert coded("France said Mali must hold elections.") == [("1044", "FRA", "MLI")]


def test_an_obligation_stated_by_the_text_is_no_event(coded):
    assert coded("Mali must hold elections, and Russia should withdraw its troops.") == []


def test_a_demand_that_someone_act_targets_them(coded):
    assert coded("China demanded that Japan abandon the plan.") == [("1042", "CHN", "JPN")]  # a policy
    assert countries(coded("China demanded that Japan apologise.")) == {("10", "CHN", "JPN")}


def test_a_clause_under_an_offer_is_an_intent_unless_the_offer_is_rejected(coded):
    assert countries(coded("Iran rejected Turkey's offer to mediate.")) == {("12", "IRN", "TUR")}


def test_a_right_to_act_is_not_the_act(coded):
    events = coded("Britain defended the right of Israeli troops to fire on militants.")
    assert "19" not in roots(events)


def test_conditions_reach_coordinated_verbs(coded):
    events = coded("Nigeria will withdraw its troops unless Chad holds elections and releases prisoners.")
    assert "08" not in {c[:2] for c, _, _ in events if c != "0356"}


def test_an_event_until_which_something_waits_has_not_happened(coded):
    assert "08" not in roots(coded("The rebels will not disarm until Kenya frees their leader."))


def test_a_participle_describing_a_noun_is_not_an_event(coded):
    events = coded("Rebels fighting the army seized the town of Goma.")
    assert [c for c, _, _ in events] == ["192"]  # the seizing; not 190 for "fighting"


def test_an_attempt_is_coded_as_the_act(coded):
    assert roots(coded("North Korea tried to hack South Korean banks.")) == {"17"}


def test_an_attempted_assassination_is_185_only(coded):
    assert [c for c, _, _ in coded("Militants tried to assassinate the Iraqi prime minister.")] == ["185"]


def test_an_order_to_do_a_non_event_is_a_demand(coded):
    [(code, source, target)] = coded("An Argentine judge ordered the former president to appear in court.")
    assert code == "100" and source == "ARGJUD"


def test_a_reporter_of_a_killing_is_not_its_author(coded):
    events = coded("Iraqi police said three civilians were killed in a car bombing in Baghdad.")
    assert all(s is None or not s.endswith("COP") for _, s, _ in events)


# -- what: nouns and patterns ------------------------------------------------------------------

def test_an_effort_noun_hands_over_to_its_modifier(coded):
    events = coded("Qatar launched a mediation effort between Sudan and Chad.")
    assert countries(events) == {("04", "QAT", "SDN"), ("04", "QAT", "TCD")}


def test_a_measure_noun_hands_over_to_its_of_phrase(coded):
    assert roots(coded("Egypt began ten days of military exercises near Libya.")) == {"15"}


def test_joint_exercises_with_a_partner_are_military_cooperation(coded):
    assert ("062", "IND", "FRA") in coded("India held joint exercises with France.")


def test_a_curfew_in_a_country_targets_it(coded):
    [(code, _, target)] = coded("The army imposed a curfew in northern Mali.")
    assert code == "1723" and target.startswith("MLI")


def test_an_invasion_is_military_force(coded):
    assert roots(coded("Russia invaded Georgia in August.")) == {"19"}


def test_a_bombing_that_kills_is_the_event(coded):
    assert roots(coded("A car bomb killed two Iraqi soldiers.")) == {"18"}


def test_pressure_from_someone_comes_from_them(coded):
    assert coded("Japan faces growing pressure from China over the islands.") == [("170", "CHN", "JPN")]


def test_an_appeal_to_stop_attacking_is_an_appeal_to_de_escalate(coded):
    assert coded("Russia urged Ukraine to stop shelling Donetsk.") == [("0256", "RUS", "UKR")]


def test_there_were_soldiers_killed(coded):
    assert coded("There were ten Russian soldiers killed in the ambush.") == [("190", None, "RUSMIL")]


def test_the_purpose_of_a_meeting_is_not_another_meeting(coded):
    events = coded("Obama and Putin will meet in Geneva to discuss trade.")
    assert sorted(events) == [("036", "RUSGOV", "USAGOV"), ("036", "USAGOV", "RUSGOV")]


def test_the_reason_for_a_criticism_is_not_coded(coded):
    assert coded("China criticized the United States for selling arms to Taiwan.") == [
        ("111", "CHN", "USA")]


# -- one common wording per CAMEO code (tests/fixtures/cameo_wordings.tsv) -----------------------

def _wordings() -> list[tuple[str, str]]:
    from pathlib import Path

    path = Path(__file__).parent / "fixtures" / "cameo_wordings.tsv"
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    return [(code, sentence) for code, sentence in rows[1:]]


@pytest.mark.parametrize("code,sentence", _wordings())
def test_common_wording_of_each_cameo_code(coded, code, sentence):
    codes = [c for c, _, _ in coded(sentence)]
    assert any(c == code or (len(code) == 2 and c[:2] == code) for c in codes), codes


def test_a_counterpart_is_known_by_nationality_or_name(coded):
    events = coded("Chinese Foreign Minister Wang Yi met his Russian counterpart Sergei Lavrov in Beijing.")
    assert ("040", "CHNGOV", "RUSGOV") in events


def test_a_resolution_acts_for_those_who_adopt_it(coded):
    assert coded("The UN Security Council adopted a resolution condemning the attacks.")[0][:2] == (
        "111", "IGOUNO")


def test_clashes_between_two_parties_pair_them(coded):
    events = coded("Clashes between Thai police and protesters left three dead.")
    assert {(c[:2], s[:3], t[:3]) for c, s, t in events} == {("19", "THA", "THA")}


def test_exchanging_fire_is_mutual(coded):
    assert sorted(coded("Pakistan and India exchanged fire in Kashmir.")) == [
        ("193", "IND", "PAK"), ("193", "PAK", "IND")]


def test_summoning_someone_to_protest_targets_them(coded):
    [(code, source, target)] = coded("The Iranian foreign ministry summoned the British ambassador to protest.")
    assert source == "IRNGOV" and target == "GBRGOV"


def test_sworn_to_fight_is_a_threat(coded):
    assert roots(coded("Albanian rebels have sworn to fight the Serbian army.")) == {"13"}


def test_boycotting_contacts_is_reducing_relations(coded):
    assert ("161", "PSE", "USA") in {(c, s[:3], t) for c, s, t in
                                      coded("The Palestinians boycotted all contact with the United States.")}


@pytest.fixture
def coded_on(pipeline):
    from datetime import date

    def run(text: str, day: str) -> list[tuple]:
        (doc,) = pipeline.code_raw([RawText("-", text, published=date.fromisoformat(day))])
        return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
                for e in doc.events]
    return run


def test_history_is_not_news(coded_on):
    assert coded_on("Rwanda marked the anniversary of the 1994 genocide.", "2008-04-07") == []
    events = coded_on("Kenya said Somali gunmen had killed two teachers in 1999.", "2008-04-07")
    assert "18" not in roots(events)
    assert roots(coded_on("Somali gunmen killed two Kenyan teachers on Monday.", "2008-04-09")) == {"18"}


def test_relative_clauses_are_background(coded):
    events = coded("Chadian troops attacked the rebels, who had seized the town of Abeche last week.")
    assert [c for c, _, _ in events] == ["190"]


def test_a_demand_with_its_clause_is_one_event(coded):
    events = coded("The ILO reiterated its demand that Israel ease restrictions on Palestinian workers.")
    assert [c[:2] for c, _, _ in events] == ["10"]


def test_preparing_to_attack_is_a_show_of_force(coded):
    assert coded("The Macedonian army prepared to resume shelling Albanian villages.")[0][0] == "150"
    assert roots(coded("Iran is prepared to sign the agreement with Oman.")) == {"03"}


def test_an_infinitive_describing_a_delegation_is_not_a_visit(coded):
    events = coded("French deputies held talks in Bucharest, the first delegation to visit Romania.")
    assert "042" not in {c for c, _, _ in events}


# -- the pattern files themselves --------------------------------------------------------------

def test_every_pattern_code_is_cameo_with_a_plover_type_where_plover_has_one():
    from tidings.codebook import cameo, plover_for
    from tidings.events.modality import _derived
    from tidings.events.patterns import load_patterns

    ps = load_patterns()
    codes = {f.code for table in (ps.verbs, ps.nouns) for frames in table.values() for f in frames}
    codes |= {c for row in _derived().values() for c in row.values()}
    codes -= {"=obj", "=xcomp", "none"}  # "none": a frame that says its words are no event
    assert codes, "no codes found"
    for code in codes:
        assert cameo(code).code == code
        mapping = plover_for(code)
        if code[:2] in {"01", "02"}:
            assert mapping is None  # PLOVER keeps no type for statements and appeals
        else:
            assert mapping is not None and mapping.type, code


def test_coded_events_carry_plover_type_mode_and_context(coded, pipeline):
    (doc,) = pipeline.code_raw([RawText("-", "Belarusian police arrested the opposition leader.")])
    [event] = doc.events
    assert (event.plover, event.plover_mode) == ("COERCE", "arrest")
    assert isinstance(event.plover_context, tuple)


def test_freezing_assets_is_a_sanction(coded):
    assert coded("The United States froze the assets of the Iranian bank.")[0][:2] == ("163", "USA")


def test_lifting_and_imposing_a_blockade(coded):
    assert coded("Israel lifted the blockade on Gaza.") == [("0872", "ISR", "PSE")]
    assert coded("Israel imposed a naval blockade on Lebanon.") == [("191", "ISR", "LBN")]


def test_taking_to_the_streets_is_a_demonstration(coded):
    assert roots(coded("Thousands of Kenyans took to the streets in Nairobi.")) == {"14"}


def test_troops_pushing_into_a_country(coded):
    assert coded("Russian troops pushed deeper into Georgia on Monday.") == [("190", "RUSMIL", "GEO")]


# -- round 2: wordings from the CAMEO definitions, with who does it to whom ------------------------

def _fixture(name: str) -> list[list[str]]:
    from pathlib import Path

    path = Path(__file__).parent / "fixtures" / name
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    return rows[1:]


def _country(code: str | None) -> str:
    return code[:3] if code else "-"


@pytest.mark.parametrize("code,source,target,sentence", _fixture("dyad_wordings.tsv"))
def test_news_wording_gives_the_event_between_the_right_parties(coded, code, source, target, sentence):
    events = coded(sentence)
    assert any(c.startswith(code) and source in {"*", _country(s)} and target in {"*", _country(t)}
               for c, s, t in events), events


@pytest.mark.parametrize("why,sentence", _fixture("no_event.tsv"))
def test_no_event_from_background_habit_hypothesis_or_statement(coded, why, sentence):
    assert coded(sentence) == [], why


def test_air_strikes_that_killed_people_in_a_place(coded):
    # the tagger reads "killed" as a participle of "strikes"; the repair makes it the verb again
    assert ("195", "ISRMIL", "PSECVL") in coded(
        "Israeli air strikes killed at least 20 people in Gaza on Tuesday, Palestinian health officials said.")


def test_a_weapon_fired_from_a_place_is_that_side_s(coded):
    assert countries(coded("Rockets fired from Gaza hit southern Israel.")) == {("19", "PSE", "ISR")}


def test_threatening_to_block_a_bid_is_a_threat_against_its_owner(coded):
    assert coded("Turkish President Recep Tayyip Erdogan threatened to block Sweden's bid to join NATO.") == [
        ("130", "TURGOV", "SWE")]


def test_agreeing_to_restore_relations_is_both_ways(coded):
    assert sorted(coded("Saudi Arabia and Iran agreed to restore diplomatic relations.")) == [
        ("032", "IRN", "SAU"), ("032", "SAU", "IRN")]


def test_quantities_of_goods_are_looked_through(coded):
    assert coded("Germany will send 10,000 tonnes of wheat to Yemen.") == [("0333", "DEU", "YEM")]
    assert coded("Britain sent 20 tonnes of medical supplies to Sudan.") == [("073", "GBR", "SDN")]


def test_an_approved_loan_is_economic_aid(coded):
    assert coded("The IMF approved a $3 billion loan to Egypt.") == [("071", "IGOBUSIMF", "EGY")]


def test_proposed_sanctions_are_a_threat_of_sanctions(coded):
    assert coded("The European Commission proposed new sanctions against Russian banks.") == [
        ("1312", "IGOEUREEC", "RUSBUS")]


def test_shelling_a_city_is_artillery_fire_by_the_shelling_side(coded):
    assert [(c, s) for c, s, _ in coded("Ukraine's military said Russian forces shelled Kharkiv overnight.")] == [
        ("194", "RUSMIL")]


def test_a_particle_read_as_an_adverb(coded):
    assert [(c, (s or "")[:3], t) for c, s, t in coded("The Pakistani interior minister stepped down on Monday.")] == [
        ("0831", "PAK", None)]


def test_acts_of_force_target_the_place_they_happen_in(coded):
    assert ("190", "RUS", "UKR") in coded("Russia launched a new offensive in eastern Ukraine.")
    assert ("150", "CHN", "TWN") in coded("China staged military drills around Taiwan.")


def test_parties_fighting_each_other_do_not_target_the_place(coded):
    assert sorted(coded("Pakistan and India exchanged fire in Kashmir.")) == [
        ("193", "IND", "PAK"), ("193", "PAK", "IND")]


def test_summoning_an_envoy_to_protest_is_one_act(coded):
    assert len(coded("Seoul summoned the Japanese ambassador to protest.")) == 1


def test_a_demand_to_stop_something_is_a_demand(coded):
    assert coded("China demanded that the United States stop arming Taiwan.") == [("1042", "CHN", "USA")]


def test_an_appeal_targets_the_one_asked_not_the_beneficiary(coded):
    assert countries(coded("Greece appealed to the European Union for help with migrants.")) == {
        ("02", "GRC", "IGO")}


def test_a_scheduled_meeting_is_an_intent_of_the_scheduled_party(coded):
    assert coded("The Indian prime minister is scheduled to meet Putin on Friday.") == [
        ("036", "INDGOV", "RUSGOV")]


def test_rioters_setting_fire_and_gunmen_shooting(coded):
    assert roots(coded("Rioters set fire to cars in Paris.")) == {"14"}
    assert [c for c, _, _ in coded("Gunmen shot dead a Mexican mayor.")] == ["1823"]


def test_the_event_date_decides_a_persons_role(coded_on):
    # Sunak was prime minister until 5 July 2024 and opposition leader after: an article of 1 August
    # about a meeting on 1 July codes him by his role on the day of the meeting
    assert ("040", "GBRGOV", "UKRGOV") in coded_on(
        "Rishi Sunak met Ukrainian President Volodymyr Zelensky in London on 1 July.", "2024-08-01")
    assert ("040", "GBROPP", "UKRGOV") in coded_on(
        "Rishi Sunak met Ukrainian President Volodymyr Zelensky in London.", "2024-08-01")


def test_lemma_fixes_repair_verb_forms_the_lemmatizer_gets_wrong():
    from tidings.nlp.loader import load_nlp

    doc = load_nlp()("Soldiers raped villagers and rebels staged raids as the army waged war.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["raped"], lemmas["staged"], lemmas["waged"]) == ("rape", "stage", "wage")
    assert lemmas["villagers"] == "villager"  # other words keep the lemmatizer's answer


def test_officials_of_two_countries_each_hold_the_office(coded):
    events = coded("The defence ministers of Japan and Australia signed a security pact in Tokyo.")
    assert ("057", "JPNGOV", "AUSGOV") in events and ("057", "AUSGOV", "JPNGOV") in events


def test_an_enabling_purpose_clause_is_the_aim_of_the_act(coded):
    events = coded("Kenya and Somalia declared a truce to allow aid workers to reach the town.")
    assert {c for c, _, _ in events} == {"0871"}
    assert [c for c, _, _ in coded("Japan gave 5 million dollars to help flood victims in Pakistan.")] \
        == ["071"]


# -- round 4: who the target is --------------------------------------------------------------------

@pytest.mark.parametrize("sentence,code,parties", [
    ("India and Pakistan accused each other of violating the ceasefire in Kashmir.", "112", ("IND", "PAK")),
    ("Armenia and Azerbaijan blamed one another for the renewed fighting.", "112", ("ARM", "AZE")),
    ("Iran and Saudi Arabia agreed to reopen embassies in each other's capitals.", "03", ("IRN", "SAU")),
    ("Greece and Turkey exchanged accusations over the incident.", "112", ("GRC", "TUR")),
    ("Russia and Ukraine swapped prisoners of war on Friday.", "0841", ("RUS", "UKR")),
])
def test_parties_acting_on_each_other_are_each_others_targets(coded, sentence, code, parties):
    a, b = parties
    got = countries(coded(sentence))
    assert {(code[:2], a, b), (code[:2], b, a)} <= got, got
    assert all(c.startswith(code) for c, _, _ in coded(sentence))


def test_each_other_in_another_clause_is_not_this_clauses_target(coded):
    # the mutual help is in the reported clause; the accusation is India's alone, at both
    events = coded("India accused Pakistan and China of helping each other.")
    assert ("11", "IND", "PAK") in countries(events)
    assert all(s[:3] == "IND" for _, s, _ in events if s)


@pytest.mark.parametrize("sentence,expected", [
    ("The World Bank suspended funding for projects in Afghanistan.", ("16", "IGO", "AFG")),
    ("The International Criminal Court opened an investigation into alleged abuses in Venezuela.",
     ("09", "IGO", "VEN")),
    ("Russian troops seized control of Africa's largest gold mine in northern Mali.", ("19", "RUS", "MLI")),
])
def test_a_place_inside_the_object_names_whom_aid_inquiry_or_force_concerns(coded, sentence, expected):
    assert expected in countries(coded(sentence))


def test_a_region_that_owns_a_superlative_is_not_a_party(coded):
    events = coded("Russian troops seized control of Europe's largest nuclear power plant.")
    assert all(t != "EUR" for _, _, t in events), events


def test_forces_readied_on_ones_own_ground_have_no_target(coded):
    assert coded("Russia staged military drills in the Kaliningrad region.") == [("150", "RUS", None)]
    assert countries(coded("China held live-fire drills near Taiwan.")) == {("15", "CHN", "TWN")}


def test_troops_sent_to_protect_give_protection_but_not_when_sent_to_intimidate(coded):
    assert ("074", "FRA", "MLI") in coded("France sent troops to Mali to protect civilians from jihadist attacks.")
    assert "154" in {c for c, _, _ in coded("Russia deployed troops to the border to intimidate Ukraine.")}


def test_a_warning_of_ones_own_possible_strike_is_a_threat(coded):
    assert ("1385", "RUSGOV", "UKR") in coded(
        "Medvedev warned that Moscow could use nuclear weapons against Ukraine.")
    assert coded("Analysts said Moscow could use nuclear weapons against Ukraine.") == []


def test_a_warning_about_another_partys_act_is_not_that_partys_threat(coded):
    assert all(s is None or s[:3] != "IRN"
               for _, s, _ in coded("The US warned that Iran would attack shipping in the Gulf."))


def test_a_modal_clause_under_a_warning_is_not_the_warnings_object(coded):
    # "warned that it would ...": "it" is not whom Russia warned
    events = coded("Russia warned that it would use nuclear weapons if NATO troops entered Ukraine.")
    # (the threat is aimed at the one whose act is its condition: NATO)
    assert ("1385", "RUS", "IGOWSTNAT") in events and all(t != "RUS" for _, _, t in events)


def test_a_by_phrase_after_the_object_of_an_active_verb_names_its_authors(coded):
    assert countries(coded("Iran rejected a proposal by Britain, France and Germany.")) == {
        ("12", "IRN", "GBR"), ("12", "IRN", "FRA"), ("12", "IRN", "DEU")}


def test_a_purpose_clause_speaks_to_the_one_called(coded):
    assert ("018", "RUSGOV", "USAGOV") in coded(
        "Russian President Vladimir Putin telephoned President George W. Bush to express his condolences.")
    assert coded("Russia sent its envoy to Damascus to urge restraint.") == [] or all(
        t is None or t[:3] != "RUS" for _, _, t in coded("Russia sent its envoy to Damascus to urge restraint."))


def test_ordering_a_diplomat_to_leave_is_an_expulsion(coded):
    assert coded("Venezuela ordered the U.S. ambassador to leave Caracas within 72 hours.") == [
        ("161", "VEN", "USAGOV")]  # the expelled envoy's government (the convention settled in round 22)


def test_a_protest_demanding_that_someone_act_targets_them_and_is_one_event(coded):
    events = coded("Tens of thousands of Serbs marched through central Belgrade on Saturday "
                   "demanding that President Slobodan Milosevic recognise opposition victories.")
    assert countries(events) == {("14", "SRB", "SRB")}
    assert all(t == "SRBGOV" for _, _, t in events)


def test_a_military_strike_is_launched_and_a_labour_strike_is_called(coded):
    assert roots(coded("Israel launched a strike on Gaza.")) == {"19"}
    assert roots(coded("Workers staged a strike against the government.")) == {"14"}


def test_talks_called_are_not_talks_called_off(coded):
    assert "164" not in {c for c, _, _ in coded("The UN called talks between the two sides.")}


def test_killed_in_clashes_with_a_group_names_the_group_as_the_attacker(coded):
    assert sorted(coded("Five Indian soldiers were killed in a gun battle with militants in Kashmir.")) == [
        ("193", "INDMIL", "INDREB"), ("193", "INDREB", "INDMIL")]  # a gun battle: small arms


def test_a_party_does_not_act_reciprocally_with_itself(coded):
    events = coded("Chinese forces held joint drills with Chinese police units.")
    assert all(s != t for _, s, t in events), events


def test_what_the_helped_party_is_to_do_is_not_the_helpers_act(coded):
    assert coded("The United States delivered ammunition to the Lebanese army to help it crush "
                 "Islamist militants.") == [("072", "USA", "LBNMIL")]


def test_a_release_announced_after_it_is_reported_is_one_release(coded):
    assert coded("Iran freed the 15 British sailors it had held, and they flew home after President "
                 "Mahmoud Ahmadinejad announced their release as a gift to Britain.") == [
        ("0841", "IRN", "GBRMIL")]


def test_a_participle_clause_of_saying_is_an_act_but_one_of_consequence_is_not(coded):
    assert ("112", "VENGOV", "USAGOV") in coded(
        "Chavez expelled the U.S. ambassador on Thursday, accusing Washington of plotting a coup.")
    assert roots(coded("Israeli jets struck Gaza on Sunday, killing eight people.")) == {"19"}
    # a protest's demand is what the protest is for, not a second act
    assert roots(coded("Thousands of Kenyans marched in Nairobi, demanding the resignation of "
                       "President William Ruto.")) == {"14"}


def test_soldiers_killed_in_clashes_were_in_a_fight_of_both_sides(coded):
    events = coded("There were 14 Pakistani soldiers killed in clashes with Taliban militants in "
                   "North Waziristan on Sunday.")
    assert {(s, t) for _, s, t in events} == {("PAKREB", "PAKMIL"), ("PAKMIL", "PAKREB")}


@pytest.mark.parametrize("sentence,expected", [
    ("Chinese Premier Zhu Rongji arrived in Tokyo on Thursday for a six-day visit.", ("042", "CHNGOV", "JPN")),
    ("The pope flew to Baghdad on Friday.", ("042", "VATREL", "IRQ")),
    ("Tokyo protested to Beijing over the incident.", ("114", "JPNGOV", "CHNGOV")),
])
def test_a_capital_is_a_place_where_one_goes_and_a_government_that_is_addressed(coded, sentence, expected):
    assert expected in coded(sentence)


def test_drills_of_one_country_are_a_show_of_force_not_cooperation(coded):
    assert coded("Russian troops began drills near the border.") == [("150", "RUSMIL", None)]


def test_an_attempt_on_someone_targets_the_complements_object(coded):
    assert coded("Gunmen attempted to kill the governor of Kandahar.") == [("185", None, "AFGGOV")]


def test_coordinated_platforms_share_their_nationality(coded):
    events = coded("Israeli helicopters and tanks shelled positions near the town of Rafah.")
    assert {s for _, s, _ in events} == {"ISRMIL"}


def test_a_region_inside_a_name_is_no_party(coded):
    events = coded("Angry French paper workers blocked the Europe Bridge over the Rhine for three hours.")
    assert all(t != "EUR" for _, _, t in events)


def test_joint_drills_on_one_partys_ground_are_between_the_partners(coded):
    events = coded("U.S. and Philippine forces kicked off their largest ever joint military exercises "
                   "on Philippine islands facing Taiwan.")
    assert {(s, t) for _, s, t in events} == {("USAMIL", "PHLMIL"), ("PHLMIL", "USAMIL")}


def test_the_purpose_of_demanded_talks_is_their_aim_not_an_act(coded):
    events = coded("The Taliban demanded direct talks with the United States to end the war in Afghanistan.")
    assert roots(events) == {"10"}


def test_an_appeal_to_appeal_is_one_appeal_with_the_inner_code(coded):
    assert coded("The EU urged Russia to call for a ceasefire.") == [("0256", "IGOEUREEC", "RUS")]


def test_a_meeting_in_one_partys_country_is_no_third_location(coded):
    assert {c for c, _, _ in coded("Putin met Xi in Beijing.")} == {"040"}
    assert ("044", "CHNGOV", "JPNGOV") in coded(
        "Chinese Foreign Minister Tang Jiaxuan and his Japanese counterpart met in Bangkok on Tuesday.")


def test_an_act_done_by_means_of_another_is_that_act(coded):
    assert coded("Israel retaliated by bombing targets in Gaza.") == [("195", "ISR", "PSE")]


# -- round 5 of issue 3 -------------------------------------------------------------------------

def test_an_object_pronoun_in_a_participle_clause_is_the_main_clauses_object(coded):
    events = coded("Egypt, Saudi Arabia and Bahrain cut diplomatic ties with Qatar, accusing it of "
                   "backing terrorism.")
    assert {t for c, _, t in events if c == "112"} == {"QAT"}, events
    assert ("112", "BDIGOV", "BDIMED") in coded(
        "Burundi's government shut down private radio stations, accusing them of inciting unrest.")


def test_counted_nationals_are_people_not_their_state(coded):
    assert coded("Israeli soldiers shot dead 12 Palestinians near the border fence.") == [
        ("190", "ISRMIL", "PSECVL")]
    assert ("173", "SYRMIL", "LBNCVL") in coded("Syrian troops arrested dozens of Lebanese in the Bekaa valley.")
    assert {s for _, s, _ in coded("The Palestinians rejected the Israeli proposal on Monday.")} == {"PSE"}


def test_one_event_per_code_and_pair_of_parties_in_a_sentence(coded):
    assert coded("Kazakh police arrested the opposition leader and charged him with treason.") == [
        ("173", "KAZCOP", "KAZOPP")]


def test_what_giving_or_agreeing_is_for_is_not_a_second_act(coded):
    assert coded("Japan will give $2 million to Haiti to support the government's recovery plan.") == [
        ("0331", "JPN", "HTI")]
    assert roots(coded("Saudi Arabia and Iran signed an agreement in Beijing on Friday to restore "
                       "diplomatic relations and reopen embassies.")) == {"05"}


def test_what_a_party_is_urged_to_help_do_is_not_its_act(coded):
    assert roots(coded("France urged Britain and Germany to help end the fighting in Libya.")) == {"02"}


def test_a_reaction_to_the_act_just_told_is_aimed_at_its_doer(coded):
    assert ("111", "JPNGOV", "PRK") in coded(
        "North Korea fired a ballistic missile over northern Japan early on Tuesday, and Prime "
        "Minister Shinzo Abe condemned the launch as a grave threat.")
    assert ("111", "EGY", "ISR") in coded("Israel closed the Rafah crossing on Monday. Egypt condemned the move.")
    # a reaction to one's own side's act, or to a named act of someone else, is not redirected
    assert ("111", "UKRGOV", "RUS") in coded("Ukraine shelled the town, and Kyiv condemned Russia's attack.")


def test_an_intent_told_to_someone_is_promised_to_them(coded):
    assert coded("Putin told Merkel that Russia would withdraw its troops from the border.") == [
        ("0356", "RUSGOV", "DEUGOV")]


def test_a_country_on_a_hyphenated_modifier_owns_the_thing(coded):
    assert coded("Iran's Revolutionary Guards seized a British-flagged oil tanker on Friday.") == [
        ("171", "IRNMIL", "GBR")]
    assert countries(coded("Vietnamese workers set fire to Chinese-owned factories on Tuesday.")) == {
        ("17", "VNM", "CHN")}


@pytest.mark.parametrize("sentence, expected", [
    ("Obama demanded on Thursday that Syrian President Bashar al-Assad step aside.", "1041"),
    ("Rights groups demanded that Qatar respect the rights of migrant workers.", "1043"),
    ("Macron rejected demands from the unions to withdraw his pension reform.", "1232"),
    ("The Kenyan opposition called for new elections.", "0244"),
    ("The Serbian opposition called for the president's resignation.", "0241"),
])
def test_a_generic_appeal_demand_or_refusal_takes_the_reform_it_is_about(coded, sentence, expected):
    assert expected in {c for c, _, _ in coded(sentence)}


def test_what_a_refused_call_asks_for_is_not_done(coded):
    assert coded("Maduro dismissed calls from the Venezuelan opposition to step down and hand power to a "
                 "transitional government.") == [("1231", "VENGOV", "VENOPP")]


def test_the_one_called_on_to_resign_is_the_target_of_the_call(coded):
    assert coded("The Serbian opposition called for the president's resignation.") == [
        ("0241", "SRBOPP", "SRBGOV")]


@pytest.mark.parametrize("sentence, expected", [
    ("Iraq accused the United States of using the inspectors to spy on Baghdad.", "1125"),
    ("Syrian activists accused government forces of killing hundreds of people in a poison gas attack.", "1124"),
    ("Armenia accused Azerbaijan of shelling towns deep inside its territory.", "1123"),
    ("The Israeli army opened an inquiry into an air strike in Gaza City that killed 14 Palestinians.", "093"),
    ("Brazil's Supreme Court authorised investigations into eight ministers over bribery allegations.", "091"),
])
def test_a_generic_accusation_or_inquiry_takes_its_topic(coded, sentence, expected):
    assert expected in {c for c, _, _ in coded(sentence)}


def test_a_meeting_placed_deep_in_a_phrase_in_a_third_country_is_044(coded):
    assert {c for c, _, _ in coded("US President Joe Biden and Russian President Vladimir Putin met "
                                   "for four hours at a lakeside villa in Geneva on Wednesday.")} == {"044"}
    assert {c for c, _, _ in coded("Putin and Erdogan met at a hotel in Sochi.")} == {"040"}


def test_parties_coordinated_inside_an_apposition_act_together(coded):
    assert sorted(coded("US President Donald Trump and North Korean leader Kim Jong Un shook hands "
                        "and held talks in Singapore on Tuesday.")) == [
        ("044", "PRKGOV", "USAGOV"), ("044", "USAGOV", "PRKGOV")]


def test_what_a_reason_governs_is_part_of_the_reason(coded):
    assert coded("U.S. Secretary of State Madeleine Albright praised Croatia's new leaders on "
                 "Wednesday for promising to cooperate with the war crimes tribunal.") == [
        ("051", "USAGOV", "HRVGOV")]


def test_a_killing_told_without_its_doer_restates_the_attack_told_with_one(coded):
    assert coded("Eleven Sri Lankan soldiers were killed on Saturday when their patrol was ambushed "
                 "by Tamil Tiger rebels.") == [("190", "LKAREB", "LKAMIL")]


def test_a_deadline_to_act_is_an_ultimatum_and_its_aim_no_act(coded):
    assert coded("NATO gave Bosnian Serb forces ten days on Wednesday to pull their heavy guns back "
                 "from around Sarajevo or face air strikes.") == [("139", "IGOWSTNAT", "BIHMIL")]
    assert countries(coded("President George W. Bush gave Saddam Hussein 48 hours on Monday to leave "
                           "Iraq or face military action.")) == {("13", "USA", "IRQ")}


def test_a_crowd_pouring_into_a_city_demonstrates(coded):
    assert ("1411", "LKACVL", "LKAGOV") in coded(
        "Tens of thousands of Sri Lankans poured into Colombo to demand the resignation of President "
        "Gotabaya Rajapaksa.")
    assert coded("Flood water poured into the town.") == []


def test_an_appeal_for_several_acts_is_coded_once(coded):
    assert coded("Belarusian opposition leaders called on President Alexander Lukashenko to step down "
                 "and hand power to a transitional council.") == [("0241", "BLROPP", "BLRGOV")]


def test_a_text_acts_only_for_a_named_author_and_not_once_refused(coded):
    assert roots(coded("The United States vetoed an Algerian-drafted Security Council resolution "
                       "calling for an immediate ceasefire in Gaza.")) == {"12"}
    assert roots(coded("EU leaders lambasted Hungarian Prime Minister Viktor Orban over a new law "
                       "banning the promotion of homosexuality in schools.")) == {"11"}


def test_the_doer_of_a_participle_clause_is_the_main_clauses(coded):
    assert ("100", "RUSGOV", "UKRGOV") in coded(
        "The Kremlin rejected Ukraine's peace plan, saying Kyiv must accept the new territorial realities.")


def test_coordinated_participles_of_consequence_are_one_elaboration(coded):
    events = coded("Sudanese security forces stormed a protest camp in Khartoum on Monday, opening "
                   "fire on demonstrators and killing at least 30 people.")
    assert len(events) == 1 and events[0][0] == "175", events  # repression of protesters


def test_a_protest_naming_no_one_else_is_aimed_at_the_own_government(coded):
    assert ("1414", "THAEDU", "THAGOV") in coded(
        "Thousands of students rallied in Bangkok to demand reform of the monarchy.")
    # ... but at whoever's act it is in protest at, or at the foreign party it names
    assert countries(coded("Thousands of Vietnamese workers rioted at industrial parks on Tuesday in "
                           "protest at Beijing's deployment of an oil rig.")) == {("14", "VNM", "CHN")}
    assert coded("Chinese protesters hurled stones at the Japanese embassy in Beijing.") == [
        ("145", "CHNCVL", "JPNGOV")]


def test_a_coordinated_dealing_shares_the_first_verbs_target(coded):
    assert ("0331", "DEU", "NAM") in coded("Germany formally apologised to Namibia for colonial-era "
                                           "atrocities and pledged 1.1 billion euros in development aid.")
    # not a statement: "... and said" is no act on the first verb's target
    assert coded("Israel struck Gaza and said it would continue.") == [("195", "ISR", "PSE")]


def test_emergency_rule_naming_no_one_has_no_target_and_a_place_named_is_its_target(coded):
    # round 13: the convention of most of our gold sets (22 of 29 such events have no target)
    assert coded("South Korean President Yoon Suk Yeol declared martial law in a late-night "
                 "televised address.") == [("1724", "KORGOV", None)]
    assert coded("Ethiopia's parliament voted to lift the state of emergency two months early.") == [
        ("0814", "ETHLEG", None)]
    assert coded("The army declared martial law in Poland on Sunday.") == [("1724", "POLMIL", "POL")]


def test_parties_of_several_countries_naming_no_one_else_deal_with_each_other(coded):
    assert sorted(coded("South Korea and Japan resumed sharing military intelligence.")) == [
        ("064", "JPN", "KOR"), ("064", "KOR", "JPN")]
    assert sorted(coded("Sudan and South Sudan agreed on Tuesday to withdraw their troops from the "
                        "disputed border.")) == [("0356", "SDN", "SSD"), ("0356", "SSD", "SDN")]


def test_answering_with_no_one_named_answers_the_doers_of_the_act_just_told(coded):
    assert ("138", "PAKGOV", "IND") in coded(
        "India struck militant camps in Pakistan early on Wednesday, and Islamabad vowed to retaliate.")
    events = coded("U.S. and South Korean troops began an annual military exercise on Monday, and "
                   "North Korea threatened to respond with a merciless military strike.")
    assert {t[:3] for c, s, t in events if c == "138"} == {"USA", "KOR"}, events
    assert countries(coded("Hezbollah guerrillas captured two Israeli soldiers on Wednesday, and Israel "
                           "responded with air strikes on bridges in southern Lebanon.")) >= {
        ("19", "ISR", "LBN")}


def test_government_troops_are_the_military_not_military_and_government(coded):
    assert {s for _, s, _ in coded("Sudanese government troops attacked rebel positions near Kadugli.")} == {
        "SDNMIL"}


def test_coming_to_someones_aid_is_military_help_not_a_visit(coded):
    assert sorted(coded("Russia and North Korea pledged to come to each other's aid if either country "
                        "was attacked.")) == [("0312", "PRK", "RUS"), ("0312", "RUS", "PRK")]
    assert coded("Turkey said it would come to the defence of Azerbaijan.") == [("0312", "TUR", "AZE")]
    assert roots(coded("Putin came to Beijing on Friday.")) == {"04"}


@pytest.mark.parametrize("sentence, expected", [
    ("Ukraine attacked four Russian air bases with drones on Sunday.", "1952"),
    ("Indian and Pakistani troops exchanged small-arms fire across the Line of Control overnight.", "193"),
    ("The army attacked rebel positions with tanks and artillery.", "194"),
])
def test_the_weapon_an_attack_is_made_with_gives_its_code(coded, sentence, expected):
    assert expected in {c for c, _, _ in coded(sentence)}


def test_force_on_protesters_is_repression(coded):
    assert {c for c, _, _ in coded("Sudanese security forces stormed a protest camp in Khartoum, "
                                   "killing dozens of demonstrators.")} == {"175"}
    assert {c for c, _, _ in coded("Kenyan police fired tear gas and live bullets at opposition "
                                   "supporters in Kisumu, killing two people.")} == {"175"}
    # soldiers fighting rebels are not
    assert roots(coded("Sudanese troops attacked rebel positions near Kadugli.")) == {"19"}


def test_killing_many_civilians_is_a_mass_killing_and_chemical_weapons_are_2041(coded):
    assert coded("Hutu militiamen have killed thousands of Tutsi civilians in Kigali.") == [
        ("202", "RWAUAF", "RWACVL")]
    assert {c for c, _, _ in coded("Gunmen killed 31 villagers south of Algiers.")} == {"1823"}
    assert {c for c, _, _ in coded("A chlorine gas attack by Syrian government helicopters killed "
                                   "dozens of civilians in Douma.")} == {"2041"}


@pytest.mark.parametrize("sentence", [
    "Thai military officials denied reports on Thursday that Vietnamese troops had crossed into Thailand.",
    "Moscow denied that its troops had crossed the border.",
    "Nicaragua charged that the CIA-directed mining of its harbours violated international law.",
    "A U.N. team began investigating reports on Monday that hundreds of refugees had been massacred "
    "by Zairean rebels.",
])
def test_what_is_reported_alleged_or_denied_is_not_an_act(coded, sentence):
    assert not roots(coded(sentence)) & {"08", "12", "18", "19", "20"}, coded(sentence)


def test_conjuncts_listed_after_a_nationality_share_it(coded):
    events = coded("Britain expelled 25 Soviet diplomats, journalists and trade officials on Thursday.")
    assert {t[:3] for _, _, t in events} == {"RUS"}, events
    assert ("190", "ETHMIL", "SOMREBRAD") in coded("Ethiopian troops and Islamist insurgents clashed "
                                                   "near Mogadishu.")


def test_a_negated_event_noun_is_no_event(coded):
    assert coded("Pakistani police said on Tuesday they had made no arrests in connection with the "
                 "bombing.") == []


def test_agreeing_with_someone_is_one_way(coded):
    assert coded("Jordan's King Hussein said on Saturday that he fully agreed with Egyptian President "
                 "Hosni Mubarak.") == [("019", "JORGOV", "EGYGOV")]


def test_a_participle_clauses_pronoun_reaches_the_objects_of_phrase(coded):
    assert ("112", "MRTGOV", "MRTCVL") in coded(
        "Mauritanian authorities have deported tens of thousands of black Mauritanians to Senegal "
        "since April, accusing them of being Senegalese.")


def test_a_concession_is_made_to_those_whose_pressure_it_bows_to(coded):
    assert coded("Bolivian President Evo Morales resigned on Sunday, bowing to pressure from the "
                 "armed forces.") == [("0831", "BOLGOV", "BOLMIL")]


def test_troops_moved_toward_a_border_are_aimed_at_the_neighbour(coded):
    assert coded("India began moving troops toward the border with Pakistan on Thursday.") == [
        ("154", "IND", "PAK")]


def test_a_word_for_a_side_modifying_a_noun_names_that_side(coded):
    assert coded("Georgian President Eduard Shevardnadze resigned on Sunday, bowing to opposition "
                 "demands that he step down.") == [("0831", "GEOGOV", "GEOOPP")]
    assert coded("Ukrainian government troops shelled separatist positions on the outskirts of "
                 "Donetsk overnight.") == [("194", "UKRMIL", "UKRSEP")]


def test_what_a_warned_party_could_face_is_the_warners_threat(coded):
    assert coded("The EU warned Georgia that it could face sanctions over its crackdown on "
                 "protesters.") == [("1312", "IGOEUREEC", "GEO")]
    assert ("1312", "USAGOV", "JPN") in coded(
        "U.S. Trade Representative Carla Hills demanded on Thursday that Japan dismantle barriers "
        "to American supercomputers or face retaliatory tariffs.")
    assert coded("Iran faced pressure from the United States.") == [("170", "USA", "IRN")]


def test_staying_away_from_talks_is_a_boycott_and_a_curfew_can_be_clamped(coded):
    assert {c for c, _, _ in coded("Palestinian negotiators threatened on Tuesday to stay away from "
                                   "the next round of peace talks.")} == {"134"}
    assert {c for c, _, _ in coded("Indian authorities clamped an indefinite curfew on Srinagar on "
                                   "Saturday.")} == {"1723"}


def test_hosting_a_guest_is_also_the_guests_visit_to_the_host(coded):
    assert sorted(coded("Oman's Sultan Qaboos hosted Israeli Prime Minister Benjamin Netanyahu in "
                        "Muscat on Friday.")) == [("042", "ISRGOV", "OMNGOV"), ("043", "OMNGOV", "ISRGOV")]
    assert ("043", "LBYGOV", "SDNGOV") in coded("Libyan leader Muammar Gaddafi welcomed Sudanese "
                                                "President Omar Hassan al-Bashir to Tripoli on Sunday.")
    assert roots(coded("The United States welcomed the decision.")) == {"05"}


# -- round 6 ------------------------------------------------------------------------------------

def test_an_act_days_before_the_story_in_an_after_clause_is_background(coded):
    assert coded("Chile recalled its ambassador from Peru on Monday, three days after Peruvian "
                 "troops shelled a border post.") == [("161", "CHL", "PER")]
    assert coded("Chile recalled its ambassador from Peru on Monday, a day after Peruvian troops "
                 "shelled a border post.") == [("161", "CHL", "PER")]
    assert "194" in {c for c, _, _ in coded(
        "Chile recalled its ambassador from Peru on Monday, hours after Peruvian troops shelled a "
        "border post.")}


@pytest.mark.parametrize("sentence, expected", [
    ("Police in Lagos were put on full alert on Saturday ahead of the verdict.", ("151", "NGACOP", None)),
    ("Ghana put its armed forces on high alert on Thursday.", ("152", "GHA", None)),
    ("Greek troops were put on alert on Friday.", ("152", "GRCMIL", None)),
])
def test_an_alert_is_the_police_or_the_militarys(coded, sentence, expected):
    assert coded(sentence) == [expected]


def test_optimism_or_pessimism_about_what_others_will_do_is_a_comment_not_their_act(coded):
    assert sorted(coded("Pik Botha said on Wednesday he was confident that Angola and Cuba would "
                        "agree to a timetable for withdrawing the troops.")) == [
        ("013", "ZAFGOV", "AGO"), ("013", "ZAFGOV", "CUB")]
    assert coded("The Kenyan minister said he was optimistic that a peace agreement with the "
                 "Somali rebels would be signed soon.") == [("013", "KENGOV", "SOMREB")]
    assert coded("The Brazilian envoy said he was pessimistic about the talks.") == [
        ("012", "BRAGOV", None)]
    assert coded("The envoy said he was not optimistic that Iraq would pull its troops out.") == []


def test_the_two_sides_are_the_last_two_parties_told(coded):
    assert sorted(coded("U.S. President George Bush telephoned Soviet leader Mikhail Gorbachev on "
                        "Saturday, and the two leaders agreed to meet in Helsinki.")) == [
        ("036", "RUSGOV", "USAGOV"), ("036", "USAGOV", "RUSGOV"), ("041", "USAGOV", "RUSGOV")]
    assert roots(coded("Japan recalled its ambassador in protest at a visit by the South Korean "
                       "president to islets claimed by both countries.")) == {"16"}  # no visit to JPN


@pytest.mark.parametrize("sentence, expected", [
    ("Ethiopian aircraft dropped bombs on rebel positions near the border.", "195"),
    ("Iraqi warplanes dropped chemical bombs on the Kurdish town of Halabja.", "2041"),
    ("A US drone strike killed a Taliban leader in South Waziristan on Friday.", "1952"),
])
def test_bombs_dropped_from_the_air_and_the_aircraft_that_drops_them(coded, sentence, expected):
    assert {c for c, _, _ in coded(sentence)} == {expected}


def test_cutting_off_the_internet_curbs_free_communication(coded):
    assert [c for c, _, _ in coded("Egyptian authorities cut off internet and mobile phone services "
                                   "across the country on Friday.")] == ["1721"]


def test_a_when_clause_shares_the_forecast_of_its_head(coded):
    assert coded("OPEC oil ministers are expected to agree on a modest cut in production when they "
                 "meet in Geneva next week.") == []
    assert {c for c, _, _ in coded("Police fired tear gas when protesters stormed the parliament in "
                                   "Accra on Monday.")} >= {"1451"}  # storming the seat of power is
    # rioting against the government (145 until round 41)


def test_meeting_conditions_is_no_meeting_and_meeting_demands_is_yielding(coded):
    assert coded("Iraq said it had met all the conditions for lifting the embargo.") == []
    assert coded("The Bolivian government met the demands of the striking miners on Friday.") == [
        ("080", "BOLGOV", "BOLLAB")]


def test_set_governs_only_a_complement_and_a_crowds_arson_is_rioting(coded):
    assert [c for c, _, _ in coded("Youths set fire to banks in central Athens on Sunday.")] == ["145"]
    assert coded("The Kenyan president is set to visit Uganda next week.") == [("036", "KENGOV", "UGA")]


def test_opening_a_case_against_someone_or_questioning_them_over_a_crime_is_an_investigation(coded):
    assert coded("Ukrainian prosecutors opened a criminal case against former Prime Minister Yulia "
                 "Tymoshenko on Wednesday over the alleged misuse of funds.") == [
        ("091", "UKRJUD", "UKRELI")]
    assert coded("Kenyan police questioned the opposition leader over the riots.") == [
        ("091", "KENCOP", "KENOPP")]  # (a country's police questioning its own: criminal, round 11)


@pytest.mark.parametrize("sentence, expected", [
    ("Tens of thousands of people poured onto the streets of Kathmandu on Friday.", "141"),
    ("Public sector workers walked off the job across Greece on Wednesday.", "143"),
    ("North Korea allowed a team of UN nuclear inspectors back into the country.", "0862"),
    ("Myanmar's government allowed the first US relief flight to land in Yangon.", "0863"),
])
def test_wordings_of_protest_strike_and_admission(coded, sentence, expected):
    assert expected in {c for c, _, _ in coded(sentence)}


def test_an_attack_naming_no_target_is_aimed_at_those_it_killed(coded):
    assert coded("Suspected militants set off a bomb beside a road near Srinagar on Tuesday as an "
                 "army convoy passed, killing four Indian soldiers.") == [("183", "INDREB", "INDMIL")]


def test_a_participle_read_before_its_own_infinitive_is_the_main_verb(coded):
    # the tagger reads "threatened" as a participle of "unions"; a verb whose infinitive is always
    # its subject's act cannot be one, and the condition is the threat's own
    assert coded("Nigeria's main labour unions threatened on Monday to call an indefinite general "
                 "strike unless the government reversed its decision.") == [("133", "NGALAB", "NGAGOV")]


def test_separate_talks_are_one_way_and_a_jet_forced_to_land_pays_no_visit(coded):
    # (since round 41 a party's separate talks with two sides are its mediation between them, 045)
    assert sorted(coded("The U.S. envoy held separate talks with the Israeli prime minister and the "
                        "Lebanese president on Friday.")) == [("045", "USAGOV", "ISRGOV"),
                                                               ("045", "USAGOV", "LBNGOV")]
    assert "042" not in {c for c, _, _ in coded(
        "Hijackers seized a Kuwaiti jumbo jet and forced it to land in the Iranian city of Mashhad.")}


def test_chairing_talks_between_two_parties_is_mediation(coded):
    assert sorted(coded("Kenya's president chaired peace talks between the Sudanese government and "
                        "Sudanese rebels in Nairobi on Monday.")) == [("045", "KENGOV", "SDNGOV"),
                                                                     ("045", "KENGOV", "SDNREB")]


@pytest.mark.parametrize("sentence, expected", [
    ("The army placed the town under curfew on Monday.", ("1723", "---MIL", None)),
    ("A suicide bomber drove a car into a police station in Kabul on Sunday.", ("1831", None, "AFGCOP")),
    ("Iraqi officials refused on Monday to let a team of U.N. weapons inspectors enter the ministry.",
     ("1245", "IRQGOV", "IGOUNO")),
])
def test_curfews_truck_bombs_and_letting_inspectors_in(coded, sentence, expected):
    assert coded(sentence) == [expected]


def test_a_dateline_is_not_a_subject_and_a_protests_demand_names_its_target(coded):
    assert coded("JAKARTA (Reuters) - Thousands of students occupied the parliament building on "
                 "Tuesday, demanding that President Suharto resign immediately.") == [
        ("1411", "IDNEDU", "IDNGOV")]
    assert coded("More than a million Egyptians poured into Tahrir Square on Tuesday, demanding that "
                 "President Hosni Mubarak step down.") == [("1411", "EGYCVL", "EGYGOV")]


def test_a_deal_brokered_or_talks_mediated_by_a_third_party_are_its_mediation(coded):
    events = coded("Armenia and Azerbaijan agreed on Monday to a ceasefire, after talks mediated by "
                   "Russia's defence minister.")
    assert {e for e in events if e[0] == "045"} == {("045", "RUSGOV", "ARM"), ("045", "RUSGOV", "AZE")}
    assert {e for e in coded("Saudi Arabia and Iran signed an agreement on Friday, in a deal brokered by "
                             "China.") if e[0] == "045"} == {("045", "CHN", "SAU"), ("045", "CHN", "IRN")}


def test_a_visit_named_in_an_on_or_in_phrase_happened(coded):
    assert ("042", "IRNGOV", "IRQ") in coded(
        "Iran's president held talks with Iraq's prime minister in Baghdad on Sunday on the first "
        "visit to Iraq by an Iranian president since 1979.")


def test_branding_someone_is_a_denunciation_and_cutting_aid_is_an_act_of_its_own(coded):
    events = coded("The United States imposed economic sanctions on India on Wednesday, cutting off "
                   "most aid to the country and branding its leaders reckless.")
    assert {("163", "USA", "IND"), ("162", "USA", "IND")} <= set(events)
    assert [c for c, _, _ in coded("The Venezuelan government branded the opposition leader a "
                                   "traitor.")] == ["111"]


def test_the_country_refers_to_the_last_country_named(coded):
    assert ("162", "USA", "IND") in coded("The United States imposed sanctions on India on Wednesday, "
                                          "cutting off most non-humanitarian aid to the country.")
    assert coded("The army took control of the whole country on Monday.")[0][2] is None


def test_a_threat_to_do_what_no_pattern_codes_is_still_a_threat_and_wmd_make_it_1385(coded):
    assert coded("Serbia threatened on Monday to take unspecified steps against Croatia.") == [
        ("130", "SRB", "HRV")]
    assert coded("Iraq's president threatened on Monday to burn half of Israel with chemical weapons "
                 "if the Jewish state attacked Iraq.") == [("1385", "IRQGOV", "ISR")]
    assert [c for c, _, _ in coded("The Chadian rebels threatened on Monday to attack the capital "
                                   "N'Djamena.")] == ["1383"]  # a coded complement is the threat (an
    # armed group's threat of force: 1383 from round 13)


def test_repression_told_in_a_participle_is_its_own_act_but_not_after_a_killing(coded):
    assert ("173" in {c for c, _, _ in coded(
        "The general declared martial law in Poland on Sunday, suspending the trade union Solidarity "
        "and interning thousands of its leaders.")})
    assert "173" not in {c for c, _, _ in coded(
        "Egyptian police opened fire to disperse demonstrators on Monday night, killing one person "
        "and arresting 12.")}


def test_what_has_often_happened_is_a_habit(coded):
    assert coded("Separatist militants in Kashmir have often threatened to disrupt the pilgrimage.") == []


def test_a_bare_force_noun_is_the_side_of_the_same_kind_named_before(coded):
    events = coded("Palestinian youths hurled stones at Israeli troops in Hebron on Friday, and "
                   "soldiers responded with rubber bullets and tear gas, wounding 15 people.")
    assert ("175", "ISRMIL", "PSECVL") in events  # force on the crowd, aimed at those it answers
    assert ("190", "---MIL", None) in coded("North Korean artillery shelled the South Korean island "
                                            "of Yeonpyeong on Tuesday, and the South's forces "
                                            "returned fire.")  # an owner not resolved: no guess


def test_a_title_before_a_name_is_what_the_named_one_is_and_an_envoy_shuttling_mediates(coded):
    assert ("0841", "PSEREB", None) in coded(
        "Hamas handed over captured soldier Gilad Shalit at the Egyptian border on Tuesday.")
    assert ("045", "NORGOV", "LKAGOV") in coded(
        "Norwegian peace envoy Erik Solheim shuttled between Colombo and the rebel-held town of "
        "Kilinochchi on Thursday.")


def test_a_move_summing_up_the_act_told_is_the_object_of_a_reaction(coded):
    assert ("111", "TUROPP", "TURCOP") in coded(
        "Turkish police detained Istanbul's opposition mayor on Wednesday on corruption charges, a "
        "move the main opposition party denounced as a coup.")


def test_an_act_told_after_summoning_or_days_after_an_ing_phrase(coded):
    assert ("114", "---GOV", "GBRGOV") in coded(
        "Tehran demanded on Friday that Britain release the tanker, the foreign ministry said after "
        "summoning the British ambassador.")
    assert roots(coded("Vietnamese troops captured Phnom Penh on Sunday, two weeks after launching a "
                       "full-scale invasion of Cambodia.")) == {"19"}
    assert coded("The spokesman said the president would give his reaction after studying the full "
                 "text.") == []


def test_people_protesting_at_whom_force_is_used_protest(coded):
    events = coded("Security forces fired tear gas at opposition supporters protesting in Maputo on "
                   "Thursday against the election results.")
    # (a crowd protesting demonstrates, 141, against the results: an institution, 1414; round 30)
    assert ("1414", "MOZOPP", "MOZGOV") in events and ("175", "MOZCOP", "MOZOPP") in events


@pytest.mark.parametrize("sentence, expected", [
    ("The presidents of Poland and Ukraine honoured the victims of the massacres on Sunday.", "017"),
    ("Jordanian military planes dropped food parcels over the northern Gaza Strip on Tuesday.", "073"),
    ("Tanzania's registrar threatened on Thursday to deregister the main opposition party Chadema.", "1322"),
    ("Thailand deported 40 Uyghur men to China on Thursday, defying appeals from UN experts.", "128"),
    ("Russia seized control of the local assets of the Danish brewer Carlsberg on Sunday.", "1711"),
    ("Mongolia's president welcomed Vladimir Putin with a guard of honour in Ulaanbaatar.", "043"),
])
def test_wordings_of_round_6(coded, sentence, expected):
    assert expected in {c for c, _, _ in coded(sentence)}


def test_an_act_dated_days_before_the_story_in_a_subordinate_clause_is_its_cause(pipeline):
    from datetime import date
    (doc,) = pipeline.code_raw([RawText(
        "-", "Mali's junta threatened on Sunday to cut diplomatic ties with Algeria after the Algerian "
        "army shot down a Malian drone near the border on Tuesday.", published=date(2025, 4, 6))])
    assert [e.cameo for e in doc.events] == ["1313"]


def test_a_warning_that_argues_for_an_appeal_commit_as_the_act_and_bounties(coded):
    assert [c for c, _, _ in coded(
        "Ukraine's foreign minister urged NATO allies on Wednesday to send more air defence systems, "
        "warning that Russia was stockpiling missiles.")] == ["0232"]
    assert [c for c, _, _ in coded("The United States said that the Rapid Support Forces had "
                                   "committed genocide in Sudan.")] == ["202"]
    assert "030" not in {c for c, _, _ in coded(
        "Hong Kong police issued arrest warrants on Monday for eight activists living abroad, "
        "offering bounties of one million dollars each.")}


@pytest.mark.parametrize("sentence, expected", [
    ("Zimbabwe's president appealed to the European Union on Tuesday to lift sanctions.",
     ("0254", "ZWEGOV", "IGOEUREEC")),
    ("Venezuela's opposition asked Norway on Thursday to revive its stalled mediation.",
     ("028", "VENOPP", "NOR")),
    ("Taiwan's foreign minister urged Tuvalu's government on Monday to keep its diplomatic ties "
     "with Taipei.", ("022", "TWNGOV", "TUVGOV")),
    ("Sri Lanka's president asked Beijing on Sunday to restructure the island's debt repayments.",
     ("0231", "LKAGOV", "CHNGOV")),
])
def test_what_is_asked_after_a_date_is_the_appeals_content(coded, sentence, expected):
    assert coded(sentence) == [expected]


def test_an_organisation_listed_after_a_country_keeps_its_own_code(coded):
    assert ("0254", "ZWEGOV", "IGOEUREEC") in coded(
        "Zimbabwe's president appealed to the United States and the European Union on Tuesday to "
        "lift sanctions.")
    assert ("10", "AFG", "USA") in countries(coded(  # talks demanded to end a war: their purpose
        "The Taliban demanded direct talks with the United States to end the war in Afghanistan."))


def test_armies_trading_fire_fight_each_other_whoever_dies(coded):
    events = coded("Thai and Cambodian troops traded artillery and rocket fire along their disputed "
                   "border on Thursday, killing at least 12 people, as Thailand sent jets to strike "
                   "Cambodian targets.")
    assert {("194", "KHMMIL", "THAMIL"), ("194", "THAMIL", "KHMMIL")} <= set(events)
    assert not any(c == "175" for c, _, _ in events)  # "to strike" targets is no labour strike


@pytest.mark.parametrize("sentence, expected", [
    ("Syrian government helicopters dropped barrels filled with chlorine gas on the town of Douma.",
     "2041"),
    ("Russia launched 728 drones at Ukraine overnight.", "1952"),
    ("Chinese coast guard vessels blocked a Philippine resupply mission on Tuesday.", "191"),
    ("The Saudi crown prince and the Iranian president discussed regional developments in a phone "
     "call on Wednesday.", "041"),
    ("Putin and Xi spoke by phone on Monday.", "041"),
])
def test_weapons_blockades_and_calls_of_round_6(coded, sentence, expected):
    assert expected in {c for c, _, _ in coded(sentence)}


@pytest.mark.parametrize("sentence", [
    "Analysts say fresh sanctions are unlikely to dent Moscow's revenues as long as India and China "
    "keep buying its crude at a discount.",
    "No country has formally recognised the Taliban administration.",
    "Critics accuse Georgia's ruling party of steering the country away from the European Union.",
])
def test_conditions_nobody_and_standing_opinions_are_no_events(coded, sentence):
    assert coded(sentence) == []


def test_support_received_allies_fighting_and_delegations_sent(coded):
    assert sorted(coded("Niger's new military rulers received strong backing from Mali and Burkina "
                        "Faso on Wednesday.")) == [("051", "BFA", "NERMIL"), ("051", "MLI", "NERMIL")]
    assert coded("Burundian troops fought alongside Congolese soldiers against M23 rebels near the "
                 "town of Sake on Tuesday.") == [("190", "BDIMIL", "CODREB")]
    assert ("042", "MLI", "NER") in coded("Mali sent a delegation to Niamey on Wednesday.")
    assert "043" not in {c for c, _, _ in coded(
        "Moroccan diplomats met the president at a lunch hosted by the Moroccan ambassador.")}


# --- round 7 -------------------------------------------------------------------------------------

def test_two_nationalities_hung_on_one_noun_are_two_parties(coded):
    # the parser hangs both demonyms on the noun ("Jordanian" and "Saudi" both amod of "forces")
    events = coded("Jordanian and Saudi special forces held joint drills near Aqaba on Monday.")
    assert {("062", "JORMIL", "SAUMIL"), ("062", "SAUMIL", "JORMIL")} <= set(events)


def test_the_author_of_a_proposal_may_be_two_nationalities(coded):
    events = coded("The rebels turned down a truce plan drafted by Kenyan and Ethiopian envoys.")
    assert {t[:3] for _, _, t in events} == {"KEN", "ETH"}


def test_part_of_a_whole_is_the_whole(coded):
    # "two of the country's airfields", "most of Kherson": the place the part belongs to
    assert ("195", "ISRMIL", "SYR") in {(c, s, t[:3]) for c, s, t in coded(
        "Syria's army said on Friday that Israeli jets bombed two of the country's airfields.")}
    assert "192" in {c for c, _, _ in coded("Rebel fighters seized most of Kidal on Sunday.")}


def test_deporting_people_by_the_thousand_is_a_mass_expulsion(coded):
    assert {c for c, _, _ in coded("Iran deported more than 5,000 Afghan migrants last week.")} == {"201"}
    assert {c for c, _, _ in coded("Iran deported 12 Afghan migrants last week.")} == {"174"}


def test_a_nationwide_strike_is_a_labour_strike_and_its_aim_may_be_a_policy(coded):
    events = coded("Ghana's teachers began a nationwide strike on Tuesday over the removal of "
                   "their housing allowances, closing schools across the country.")
    assert [c for c, _, _ in events] == ["1432"]
    assert events[0][2] == "GHAGOV"  # not the schools the strike closed
    assert "133" in {c for c, _, _ in coded(
        "Nurses threatened on Monday to begin an indefinite strike unless pay rose.")}


def test_crowds_breaking_in_and_attacking_homes_are_rioting(coded):
    assert "145" in {c for c, _, _ in coded(
        "Angry crowds attacked the homes of two ministers in Imphal on Friday.")}
    assert "145" in {c for c, _, _ in coded(
        "Protesters broke into the parliament building in Colombo on Wednesday.")}


def test_investigating_or_questioning_over_a_crime_is_091(coded):
    assert "091" in {c for c, _, _ in coded(
        "Prosecutors in Lithuania opened an investigation on Monday into suspected sabotage of a "
        "railway line.")}
    assert "091" in {c for c, _, _ in coded(
        "Anti-graft officials questioned the former minister over the theft of public funds.")}


def test_weapons_handed_or_donated_to_a_state_are_military_aid(coded):
    assert ("072", "KOR") in {(c, t[:3]) for c, _, t in coded(
        "The United States handed over two patrol boats and a radar system to South Korea.")}
    assert ("072", "PHL") in {(c, t[:3]) for c, _, t in coded(
        "Japan donated three corvettes to the Philippines on Tuesday.")}
    assert "072" not in {c for c, _, _ in coded(
        "Hundreds of rebels handed over their weapons to the army on Saturday.")}


def test_an_aid_noun_is_for_whom_its_for_phrase_names(coded):
    assert ("071", "EGY") in {(c, t[:3]) for c, _, t in coded(
        "The World Bank approved a $1 billion loan for Egypt on Thursday.")}


def test_a_regions_country_is_not_the_region(coded):
    events = coded("Unions staged a general strike against the new tax, shutting banks across "
                   "South America's largest country.")
    assert events and all(not (t or "").startswith("SAM") for _, _, t in events)


def test_a_renewed_call_asks_for_the_act_its_infinitive_names(coded):
    # the parser hangs "to lift" on "renewed", not on "call"
    events = coded("Belarus renewed its call on the European Union on Tuesday to lift the "
                   "sanctions on its potash exports.")
    assert [(c, t) for c, _, t in events] == [("0254", "IGOEUREEC")]


def test_the_one_asked_for_a_loan_is_the_target(coded):
    assert sorted((c, t[:3]) for c, _, t in coded(
        "Pakistan asked Saudi Arabia and the United Arab Emirates for new credit lines.")) == \
        [("0231", "ARE"), ("0231", "SAU")]


def test_an_appeal_to_drop_a_plan_is_about_policy_and_paying_is_no_pay(coded):
    assert {c for c, _, _ in coded("Farmers' unions urged the government to shelve its plan to "
                                   "cut diesel subsidies.")} == {"0242"}
    assert {c for c, _, _ in coded("Ghana asked China for help to pay for fuel imports.")} <= \
        {"020", "023", "0231", "0233"}


def test_negotiators_for_two_parties_are_both_parties(coded):
    events = coded("Negotiators for the Colombian government and the ELN guerrillas resumed "
                   "peace talks in Havana on Monday.")
    assert {("046", "COLGOV", "COLREB"), ("046", "COLREB", "COLGOV")} <= set(events)


def test_tear_gas_fired_is_repression_and_an_order_to_leave_is_an_expulsion(coded):
    assert {c for c, _, _ in coded("Riot police fired tear gas and water cannon at hundreds of "
                                   "students in Jakarta on Friday.")} == {"175"}
    assert "174" in {c for c, _, _ in coded(
        "Niger's junta ordered the French journalist to leave the country within 48 hours.")}


@pytest.mark.parametrize("sentence, expected", [
    ("A car bomb went off near the interior ministry in Baghdad, killing six policemen.", "1832"),
    ("A roadside bomb struck an army patrol in Kandahar on Sunday.", "1833"),
    ("Insurgents attacked the convoy with roadside bombs.", "1833"),
    ("Soldiers and rebels exchanged gunfire near Goma on Friday.", "193"),
    ("American destroyers fired cruise missiles at Houthi radar sites.", "1951"),
    ("Hundreds of protesters stormed the parliament in Tirana, demanding the prime minister's "
     "resignation.", "1451"),
    ("French truck drivers blocked highways near Lyon to demand lower fuel taxes.", "1442"),
    ("Malawi made an urgent appeal for international relief after floods swept the south.", "0233"),
    ("Taiwan's president appealed to Washington for more air defence systems.", "0232"),
    ("Denmark suspended development aid to Niger after the coup.", "1621"),
    ("Germany promised to send two Patriot missile batteries to Poland.", "0332"),
    ("The opposition renewed its call for talks with the government.", "026"),
])
def test_kinds_of_bomb_weapon_and_asked_things_of_round_7(coded, sentence, expected):
    assert expected in {c for c, _, _ in coded(sentence)}


def test_warplanes_that_begin_bombing_are_not_arms_supplied(coded):
    assert "072" not in {c for c, _, _ in coded(
        "Saudi warplanes began bombing rebel positions around Sanaa on Thursday.")}


@pytest.mark.parametrize("sentence", [
    "Turkey's defence ministry denied reports on Monday that its jets had crossed into Iraqi airspace.",
    "Officials in Harare dismissed as false social media reports that the president had died.",
])
def test_denying_a_reported_fact_is_no_event(coded, sentence):
    assert coded(sentence) == []


def test_what_a_mediation_is_for_is_not_an_act(coded):
    assert {c for c, _, _ in coded("Qatar mediated between Kenya and Somalia to end the border "
                                   "dispute.")} == {"045"}


@pytest.mark.parametrize("sentence, expected", [
    ("Vietnam's government lifted censorship of foreign newspapers on Monday.", "0811"),
    ("Tanzania lifted its ban on opposition parties on Friday.", "0812"),
    ("Ghana's government withdrew the contested tax increase on Friday after mass protests.", "0832"),
    ("Oman's sultan granted women the right to vote.", "0833"),
    ("The king reinstated the dissolved parliament on Monday.", "0834"),
    ("Indonesia accepted the deployment of an Australian-led peacekeeping force in East Timor.", "0861"),
    ("The rebels put all of their weapons beyond use.", "0873"),
    ("France lobbied its partners on behalf of Moldova's bid for EU membership.", "053"),
    ("North Korea defied a UN deadline to shut its reactor.", "128"),
    ("Bolivia's government confiscated oil fields run by foreign companies.", "1711"),
])
def test_concessions_and_other_codebook_wordings_of_round_7(coded, sentence, expected):
    assert expected in {c for c, _, _ in coded(sentence)}


def test_an_infinitive_after_a_begun_objects_is_its_purpose(coded):
    events = coded("Kurdish prisoners in Turkish jails began a hunger strike to demand better "
                   "conditions.")
    assert "142" in {c[:3] for c, _, _ in events} and not any(c.startswith("10") for c, _, _ in events)
    assert "190" in {c for c, _, _ in coded("The Iraqi army launched an offensive to retake the "
                                            "city of Mosul.")}


@pytest.mark.parametrize("sentence, expected", [
    ("A mob beat two men to death in Uttar Pradesh on Sunday.", "1823"),
    ("North Korea detonated a hydrogen bomb on Sunday.", "2042"),
    ("Greek dockworkers went on strike against the privatisation of the port.", "1432"),
])
def test_killing_blows_nuclear_tests_and_strike_aims(coded, sentence, expected):
    assert expected in {c for c, _, _ in coded(sentence)}


@pytest.mark.parametrize("sentence, expected", [
    ("The two leaders laid flowers at the war memorial in Seoul on Sunday.", "017"),
    ("Government helicopters dropped chlorine gas on the rebel-held town of Saraqeb.", "2041"),
    ("North Korea unveiled a new intercontinental ballistic missile at a military parade.", "150"),
    ("Japan scrambled fighter jets as Russian bombers neared its airspace.", "150"),
    ("Egypt recalled its negotiating team from Khartoum after the talks stalled.", "164"),
    ("Britain adopted a new package of sanctions against Belarus on Monday.", "163"),
])
def test_memorials_chemical_drops_shows_of_force_and_adopted_sanctions(coded, sentence, expected):
    assert expected in {c for c, _, _ in coded(sentence)}


def test_a_show_of_force_answers_the_act_of_its_after_clause(coded):
    assert ("152", "PRK") in {(c, t[:3]) for c, _, t in coded(
        "Japan put its forces on high alert on Monday after North Korea fired two missiles over "
        "Hokkaido.") if t}


def test_the_one_prompted_to_act_is_its_doer(coded):
    events = coded("Chinese warships sailed near the islands on Tuesday, prompting Japan to scramble "
                   "fighter jets.")
    assert ("150", "JPN") in {(c, s[:3]) for c, s, _ in events if s}


def test_live_rounds_fired_at_fighters_are_force_not_repression(coded):
    assert "175" not in {c for c, _, _ in coded(
        "Israeli troops fired live rounds at Palestinian gunmen near Jenin.")}


@pytest.mark.parametrize("sentence", [
    "Both delegations hoped to sign a trade deal before the end of the year, an official said.",
    "Most Afghans believe the foreign troops should have withdrawn long ago.",
    "A documentary recounts how soldiers tortured prisoners at the camp.",
    "The Indian army denied that its soldiers had entered Chinese territory.",
    "Syria's government has long been accused of harbouring militants.",
    "If Russia invades, NATO would respond with force, experts say.",
    "Turkey said it would never attack Greece over the islands.",
    "Qatar will host the football World Cup in 2022.",
    "Many Greek voters are pessimistic that the bailout will work.",
])
def test_hopes_opinions_accounts_denied_facts_and_forecasts_are_no_event(coded, sentence):
    assert coded(sentence) == []


def test_a_denied_attack_is_still_a_denial_of_responsibility(coded):
    assert "016" in {c for c, _, _ in coded("The rebels denied that they had attacked the convoy.")}


@pytest.mark.parametrize("sentence, expected", [
    ("Jordan received $500 million in budget support from the United States.", ("071", "USA", "JOR")),
    ("Egypt received two submarines from Germany on Tuesday.", ("072", "DEU", "EGY")),
])
def test_aid_received_is_the_givers_aid(coded, sentence, expected):
    assert expected in {(c, s[:3], t[:3]) for c, s, t in coded(sentence) if s and t}


def test_a_title_says_in_which_of_his_roles_a_general_acts(coded):
    events = coded("Pakistani President Pervez Musharraf praised India on Tuesday.", date="2004-03-02")
    assert ("051", "PAKGOV") in {(c, s) for c, s, _ in events}


def test_a_military_junta_is_the_military(coded):
    assert ("0841", "MMRMIL") in {(c, s) for c, s, _ in coded(
        "Myanmar's military junta released 300 political prisoners on Friday.")}


@pytest.mark.parametrize("sentence, expected", [
    ("Nine Pakistani soldiers were killed in a Taliban ambush near the Afghan border.", ("190", "AFG", "PAK")),
    ("Four Iraqi policemen died in an attack by Islamic State fighters near Kirkuk.", ("190", None, "IRQ")),
    ("Twenty Nigerian soldiers were killed by Boko Haram fighters in Borno state.", ("190", "NGA", "NGA")),
])
def test_fighters_killed_is_military_force_and_the_attack_names_its_doer(coded, sentence, expected):
    code, src, tgt = expected
    found = {(c, (s or "")[:3] or None, (t or "")[:3] or None) for c, s, t in coded(sentence)}
    assert (code, src, tgt) in found or (src is None and any(c == code and t == tgt for c, _, t in found))


def test_a_named_politician_shot_dead_is_an_assassination(coded):
    assert "186" in {c for c, _, _ in coded(
        "Gunmen shot dead opposition leader Chokri Belaid outside his home in Tunis on Wednesday.")}


def test_killing_dozens_of_villagers_is_a_mass_killing(coded):
    assert "202" in {c for c, _, _ in coded("Government troops killed 42 villagers in Darfur on Monday.")}


@pytest.mark.parametrize("sentence, expected", [
    ("Iran-backed militias fired rockets at a US base in Iraq on Tuesday, the Pentagon said.", "IRQ"),
    ("The U.S.-backed Contra rebels attacked an army post in northern Nicaragua on Monday.", "NIC"),
    ("U.S.-led coalition aircraft bombed Taliban positions in Helmand province overnight, the "
     "coalition said.", "USA"),
])
def test_a_backer_is_not_the_country_of_those_it_backs_and_a_leader_leads(coded, sentence, expected):
    assert expected in {(s or "")[:3] for _, s, _ in coded(sentence)}


@pytest.mark.parametrize("sentence, expected", [
    ("Pakistan came under fire from Washington over its ties to militant groups.", ("111", "USA", "PAK")),
    ("Japan drew a stern rebuke from China after the minister's shrine visit.", ("111", "CHN", "JPN")),
    ("Colombia's president won strong backing from Brazil for the peace plan.", ("051", "BRA", "COL")),
    ("Belarus faced calls from the EU to release political prisoners.", ("0253", "IGO", "BLR")),
    ("Sudan faces growing pressure from the African Union to change its refugee policy.", ("1042", "IGO", "SDN")),
])
def test_inversions_make_the_one_from_whom_it_comes_the_source(coded, sentence, expected):
    assert expected in {(c, (s or "")[:3], (t or "")[:3]) for c, s, t in coded(sentence)}


def test_a_demand_to_hand_over_power_is_a_demand_for_a_change_of_leader(coded):
    assert "1041" in {c for c, _, _ in coded(
        "Protesters demanded that the generals hand over power to a civilian government.")}


@pytest.mark.parametrize("sentence, expected", [
    ("Jordan won pledges of $3 billion in aid from Kuwait and Qatar.", ("0331", "KWT", "JOR")),
    ("Georgia got a pledge of military aid from Washington on Monday.", ("0332", "USA", "GEO")),
    ("Portugal won a new loan from the International Monetary Fund.", ("071", "IGO", "PRT")),
    # a truce agreed is a truce declared (0871), as most of our gold codes it (round 22; 0356 from round 14)
    ("Colombia and the FARC agreed to a ceasefire on Monday.", ("0871", "COL", "COL")),
    ("Chad ordered members of the UN peacekeeping mission to leave the country.", ("1661", "TCD", "IGO")),
    ("Niger ordered foreign aid agencies to leave the region.", ("1663", "NER", "---")),
    ("Iraq ordered the UN weapons inspectors to leave within a week.", ("1662", "IRQ", "IGO")),
    ("Japan demanded that Russia close the fishing camps on the islands.", ("1042", "JPN", "RUS")),
    ("The Security Council demanded that Sudan halt all military action in Darfur.", ("1056", "IGO", "SDN")),
    ("The president said he would send 200 military advisers to Mali.", ("0332", "---", "MLI")),
])
def test_pledges_received_ceasefires_agreed_expulsions_ordered_and_demands_of_round_8(coded, sentence,
                                                                                       expected):
    assert expected in {(c, (s or "---")[:3], (t or "---")[:3]) for c, s, t in coded(sentence)}


@pytest.mark.parametrize("sentence, expected", [
    ("Chinese forces moved artillery pieces to the border with India on Tuesday.", ("154", "CHN", "IND")),
    ("Jordanian intelligence tipped off Israeli authorities about the plot.", ("064", "JOR", "ISR")),
])
def test_weapons_moved_and_intelligence_tipped_off(coded, sentence, expected):
    assert expected in {(c, (s or "")[:3], (t or "")[:3]) for c, s, t in coded(sentence)}


def test_troops_arriving_is_no_visit_but_peacekeepers_arriving_is_peacekeeping(coded):
    assert "042" not in {c for c, _, _ in coded("Turkish troops arrived in Idlib on Sunday.")}
    assert "074" in {c for c, _, _ in coded("A Russian peacekeeping force arrived in Armenia on Sunday.")}


@pytest.mark.parametrize("sentence, expected", [
    ("The World Bank released $500 million in budget support to Kenya on Friday.", ("071", "IGO", "KEN")),
    ("The IMF approved the release of a $1 billion loan tranche to Egypt.", ("071", "IGO", "EGY")),
    ("Militants released chlorine gas in a crowded market in Baghdad.", ("2041", None, None)),
    ("Afghan and Taliban negotiators resumed talks in Doha on 12 September 2020.", ("046", "AFG", "AFG")),
    ("Thai and Cambodian troops exchanged machine-gun fire along the border.", ("193", "THA", "KHM")),
    ("Three rebels were killed by Philippine troops in a gunbattle on Jolo island.", ("193", "PHL", "PHL")),
])
def test_funds_and_gas_released_talks_opened_and_small_arms_fights(coded, sentence, expected):
    code, src, tgt = expected
    found = {(c, (s or "")[:3] or None, (t or "")[:3] or None) for c, s, t in coded(sentence)}
    assert (code, src, tgt) in found if src else code in {c for c, _, _ in found}


def test_coordinated_passives_share_their_agent_and_patient(coded):
    events = coded("Dozens of opposition supporters were beaten and detained by Belarusian police.")
    assert {("182", "BLRCOP", "BLROPP"), ("173", "BLRCOP", "BLROPP")} <= set(events)


@pytest.mark.parametrize("sentence", [
    "Greece and Turkey have fought two wars since winning independence from the Ottoman Empire.",
    "More than 900 people have been killed in Darfur since the start of the year.",
    "The border dispute has led to two wars between Ethiopia and Eritrea.",
    "The country's inflation rate hit 40 percent in March, official figures showed.",
    "Many Iraqis fear that the militias will attack the capital again.",
    "North Korea can fire missiles at Tokyo within minutes, experts say.",
    "Every Friday for ten years, families of the missing have marched in the square.",
])
def test_tallies_causes_figures_fears_abilities_and_weekly_habits_are_no_event(coded, sentence):
    assert coded(sentence) == []


def test_a_tally_since_a_recent_day_is_still_news(coded):
    assert coded("Militiamen have killed dozens of civilians in the town since Tuesday, aid workers said.")


def test_sanctions_hit_with_come_from_their_modifier(coded):
    assert ("163", "USA", "RUS") in {(c, (s or "")[:3], (t or "")[:3]) for c, s, t in coded(
        "Russia was hit with fresh US sanctions on Friday.")}


@pytest.mark.parametrize("sentence, expected", [
    ("Zimbabwe's president brushed aside calls from the opposition to resign.", "1231"),
    ("Eritrea dismissed Ethiopia's offer of talks on Monday.", "125"),
    ("Myanmar began mass deportations of Rohingya refugees on Monday.", "201"),
])
def test_calls_brushed_aside_offers_dismissed_and_mass_deportations(coded, sentence, expected):
    assert expected in {c for c, _, _ in coded(sentence)}


def test_warnings_brushed_aside_are_no_refusal(coded):
    assert "12" not in {c[:2] for c, _, _ in coded(
        "The government brushed aside warnings from economists that the plan would fail.")}


# --- round 9 -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("King Hussein met visiting Israeli Foreign Minister David Levy in Amman on Sunday.", ("04", "JOR", "ISR")),
    ("Egypt's foreign minister held talks with visiting Jordanian Prime Minister Abdul Karim Kabariti "
     "in Cairo on Monday.", ("04", "EGY", "JOR")),
])
def test_a_visiting_guest_is_the_one_met_not_a_visit_by_the_host(coded, sentence, expected):
    events = coded(sentence)
    assert expected in countries(events)
    assert not any(c == "042" and (s or "")[:3] == expected[1] for c, s, _ in events)


def test_a_phrase_of_time_is_no_party_and_calling_a_time_out_is_no_appeal(coded):
    assert "02" not in roots(coded("Israel's prime minister called a time-out in the peace process on Sunday, "
                                    "officials said."))


def test_a_pledge_reported_by_a_third_party_to_the_press_is_made_to_no_one(coded):
    events = coded("Milosevic agreed on Thursday to let an international force deploy in Kosovo, "
                   "Finland's president told reporters.")
    assert events and not any((t or "").endswith("MED") for _, _, t in events)


@pytest.mark.parametrize("sentence, expected", [
    ("Indonesia agreed on Sunday to let a UN peacekeeping force into East Timor.", ("0355", "IDN", "IGO")),
    ("Serbia agreed to let NATO troops deploy in the province, officials said on Friday.", ("0355", "SRB", "IGO")),
])
def test_agreeing_to_let_a_foreign_force_in_is_an_intent_to_receive_it(coded, sentence, expected):
    assert expected in {(c, (s or "")[:3], (t or "")[:3]) for c, s, t in coded(sentence)}


@pytest.mark.parametrize("sentence", [
    "Neither India nor Pakistan has agreed to a ceasefire in Kashmir, diplomats said on Friday.",
    "A Syrian attack on Israel would almost certainly draw in Iran, Western analysts said on Monday.",
    "Any NATO strike on Serbia could begin with cruise missiles fired from ships, diplomats said.",
    "The civil war has killed two million people and driven four million from their homes since it "
    "broke out in 1983.",
    "China has repeatedly threatened to use force against Taiwan, analysts said on Monday.",
])
def test_denials_by_neither_hypothetical_attacks_tallies_and_repeated_threats_are_no_event(coded, sentence):
    assert coded(sentence) == []


def test_the_pronoun_of_a_warning_is_the_warner_unless_it_undergoes_the_outcome(coded):
    assert ("13", "TUR", "SYR") in countries(coded(
        "Turkey warned Syria on Thursday that it would use force if the cross-border raids went on."))
    assert ("13", "IGO", "GEO") in countries(coded(
        "The European Union warned Georgia on Monday that it could face sanctions over the crackdown."))


def test_talks_held_at_a_venue_are_not_held_with_its_owner(coded):
    events = coded("Israeli Prime Minister Yitzhak Rabin and King Hussein of Jordan held talks at the White House "
                   "on Monday.")
    assert ("04", "ISR", "JOR") in countries(events)
    assert not any((t or "").startswith("USA") for _, _, t in events)


def test_a_claim_of_responsibility_names_the_doer_and_a_pro_country_word_is_no_member(coded):
    events = coded("A roadside bomb killed three Israeli soldiers in southern Lebanon on Monday, and the "
                   "pro-Iranian Hezbollah movement claimed responsibility.")
    assert ("18", "LBN", "ISR") in countries(events)
    assert ("01", "LBN", "ISR") in countries(events)
    assert not any((s or "").startswith("IRN") for _, s, _ in events)


@pytest.mark.parametrize("sentence, expected", [
    ("Israeli artillery shells slammed into a Lebanese village on Sunday, killing five people.", ("19", "ISR", "LBN")),
    ("Israel and Jordan sealed a deal on water sharing on Monday.", ("05", "ISR", "JOR")),
    ("Britain flew 800 paratroopers into Sierra Leone on Monday to protect its citizens.", ("15", "GBR", "SLE")),
    ("The first Nigerian peacekeepers flew into Monrovia on Monday.", ("07", "NGA", "LBR")),
    ("Serbian police set dozens of houses ablaze near Pristina on Sunday.", ("17", "SRB", None)),
    ("Angry crowds stormed the parliament in Belgrade and set it on fire.", ("14", "SRB", "SRB")),
    ("Iran withdrew the accreditation of three British journalists on Tuesday.", ("17", "IRN", "GBR")),
    ("Israel confiscated 300 acres of Palestinian land near Hebron on Tuesday.", ("17", "ISR", "PSE")),
    ("Serb forces drove thousands of villagers from their homes in Kosovo on Sunday.", ("20", "SRB", "XKX")),
    ("China voiced full agreement with Russia's opposition to the missile shield.", ("01", "CHN", "RUS")),
    ("Pakistan tested a nuclear-capable missile on Friday, drawing condemnation from India.", ("11", "IND", "PAK")),
])
def test_impacts_deals_sealed_troops_flown_in_arson_curbs_seizures_expulsions_and_condemnation_drawn(
        coded, sentence, expected):
    assert expected in countries(coded(sentence))


def test_ruling_out_a_release_is_a_refusal_to_free(coded):
    assert "1243" in {c for c, _, _ in coded(
        "Peru's president ruled out on Saturday any release of jailed rebels in exchange for the hostages.")}


@pytest.mark.parametrize("sentence", [
    "Colombian troops withdrew from a Switzerland-sized area of the jungle on Saturday.",
    "Rebels shelled the town with Soviet-era rockets on Sunday, the army said.",
])
def test_a_likeness_an_era_or_a_make_names_no_one_of_the_country(coded, sentence):
    assert not any((s or "").startswith(("CHE", "RUS")) or (t or "").startswith(("CHE", "RUS"))
                   for _, s, t in coded(sentence))


def test_negotiators_returning_to_a_city_for_talks_do_not_meet_its_country(coded):
    events = coded("U.S. and Russian negotiators returned to Geneva on Monday for talks on missiles.")
    assert events and not any((t or "").startswith("CHE") or (s or "").startswith("CHE") for _, s, t in events)


def test_the_two_are_the_last_two_parties_not_the_place_they_met_in(coded):
    events = coded("Egyptian President Hosni Mubarak received Israeli Prime Minister Ehud Barak in Cairo on "
                   "Monday, and the two signed an accord on water.", "2000-01-10")
    assert {("057", "EGYGOV", "ISRGOV"), ("057", "ISRGOV", "EGYGOV")} <= set(events)


@pytest.mark.parametrize("sentence, expected", [
    ("Syria's president greeted Jordan's King Abdullah at Damascus airport on Sunday.", ("043", "SYR", "JOR")),
    ("The Indian prime minister crossed the border by bus and was greeted by Pakistan's prime minister.",
     ("043", "PAK", "IND")),
])
def test_a_guest_greeted_at_the_airport_or_greeted_by_the_host_is_hosted(coded, sentence, expected):
    assert expected in {(c, (s or "")[:3], (t or "")[:3]) for c, s, t in coded(sentence)}


def test_two_parties_recalling_their_ambassadors_break_with_each_other(coded):
    assert {("16", "DEU", "IRN"), ("16", "IRN", "DEU")} <= countries(coded(
        "Germany and Iran recalled their ambassadors on Thursday after the court's verdict."))


def test_a_closure_eased_and_the_subject_of_an_aspectual_verb(coded):
    assert ("0872", "ISR", "PSE") in {(c, (s or "")[:3], (t or "")[:3]) for c, s, t in coded(
        "Israel eased its closure of the Gaza Strip on Sunday, army officials said.")}
    assert ("195", "USA", "IRQ") in {(c, (s or "")[:3], (t or "")[:3]) for c, s, t in coded(
        "U.S. warplanes began pounding targets across Iraq on Wednesday night, the Pentagon said.")}


@pytest.mark.parametrize("sentence, expected", [
    ("Moscow suspended its cooperation with NATO on Wednesday over the air strikes.", ("160", "RUS", "IGO")),
    ("Gulf states froze the normalisation of relations with Israel on Monday.", ("161", None, "ISR")),
    ("The Security Council voted on Thursday to cut its peacekeeping force in Angola.", ("1661", "IGO", "AGO")),
    ("Rebels chopped off the hands of dozens of villagers in Sierra Leone on Wednesday.", ("182", "SLE", "SLE")),
    ("The European Union invited Latvia and Lithuania on Monday to join the bloc.", ("032", "IGO", "LVA")),
    ("Khmer Rouge guerrillas attacked a government outpost near Pailin on Sunday.", ("190", "KHM", "KHM")),
])
def test_cooperation_suspended_forces_cut_mutilation_invitations_to_join_and_1990s_rebels(
        coded, sentence, expected):
    code, src, tgt = expected
    assert any(c == code and (src is None or (s or "")[:3] == src) and (t or "")[:3] == tgt
               for c, s, t in coded(sentence, "1998-05-04"))


@pytest.mark.parametrize("sentence", [
    "Cambodians marked the anniversary on Sunday, two weeks after the two prime ministers held their first "
    "meeting in Phnom Penh.",
    "The Khmer Rouge, who ruled Cambodia from 1975 to 1979, are blamed for the deaths of 1.7 million people.",
])
def test_acts_weeks_before_and_standing_accusations_are_no_event(coded, sentence):
    assert coded(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # (a demand refused, naming nothing else, is a refusal to change a policy since round 38)
    ("The Palestinian prime minister refused on Sunday to respond to a demand from the US president.",
     ("1232", "PSE", "USA")),
    ("The Turkish government refused to commit troops to the war on Monday, citing domestic opposition.",
     ("120", "TUR", "")),
    ("The ministry declined to say on Monday whether the minister would resign.", ("011", "---", "")),
])
def test_a_refusal_to_do_what_no_pattern_codes_is_still_a_refusal(coded, sentence, expected):
    code, src, tgt = expected
    assert (code, src, tgt) in {(c, (s or "")[:3], (t or "")[:3]) for c, s, t in coded(sentence)}


def test_the_country_an_act_is_aimed_at_is_not_its_doer_nor_a_modifier(coded):
    assert ("16", "USA", "COL") in countries(coded(
        "Washington branded Colombia an unreliable partner on Friday and cut off most U.S. aid to the country."))


@pytest.mark.parametrize("sentence, expected", [
    ("Hamas claimed responsibility for the bombing on Wednesday and threatened more attacks on Israel.",
     ("1383", "PSE", "ISR")),  # (an armed group's threat of force: 1383 from round 13)
    ("Rebels seized about 500 UN peacekeepers and their weapons in Sierra Leone on Monday.", ("181", "SLE", "IGO")),
    ("UN weapons inspectors carried out a surprise search of a suspected weapons site near Baghdad on Wednesday.",
     ("090", "IGO", "IRQ")),
    ("Taiwan opened direct trade and shipping links with the Chinese mainland on Tuesday.", ("061", "TWN", "CHN")),
])
def test_threats_of_attacks_peacekeepers_seized_searches_and_links_opened(coded, sentence, expected):
    assert expected in {(c, (s or "")[:3], (t or "")[:3]) for c, s, t in coded(sentence)}


@pytest.mark.parametrize("sentence, expected", [
    ("A suicide bomber blew himself up at the railway station in Quetta on Saturday, killing 26 people.",
     ("1831", None, "PAKCVL")),
    ("Gunmen attacked a police post in Russia's Dagestan region on Sunday.", ("180", None, "RUSCOP")),
    ("Pakistani gunmen attacked an Indian army post in Kashmir on Sunday.", ("180", "PAKUAF", "INDMIL")),
])
def test_an_unidentified_doer_is_no_source_unless_the_text_gives_it_a_country(coded, sentence, expected):
    assert expected in coded(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("The Security Council voted on Friday to end its peacekeeping mission in Mali.", ("1661", "IGO", "MLI")),
    ("The United Nations called for an immediate ceasefire in Lebanon on Monday.", ("0256", "IGO", "LBN")),
])
def test_peacekeeping_missions_ended_and_ceasefires_asked_for_in_a_place(coded, sentence, expected):
    assert expected in {(c, (s or "")[:3], (t or "")[:3]) for c, s, t in coded(sentence)}


@pytest.mark.parametrize("sentence", [
    "North Korea denied on Tuesday that it was building a secret nuclear facility near the border.",
    "Officials denied on Tuesday that dozens of militants had been freed from the city's jails.",
])
def test_denying_a_building_or_a_release_is_denying_a_fact(coded, sentence):
    assert coded(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Cuban MiG fighters shot down two small planes off the coast on Saturday.", "CUBMIL"),
    ("Palestinian stone-throwers clashed with Israeli troops in Hebron on Friday.", "PSECVL"),
])
def test_fighter_jets_are_the_air_force_and_stone_throwers_civilians(coded, sentence, expected):
    assert expected in {s for _, s, _ in coded(sentence)}


def test_a_claimant_is_the_unnamed_bomber(coded):
    events = coded("A suicide bomber blew himself up on a bus in Tel Aviv on Wednesday, killing 13 people, "
                   "and Hamas claimed responsibility.")
    assert any(c.startswith("18") and (s or "").startswith("PSE") for c, s, _ in events)


# --- round 10 ------------------------------------------------------------------------------------

def test_a_pledge_by_several_is_made_to_the_one_it_helps_not_among_them(coded):
    events = coded("Japan, Norway and Canada pledged on Monday to contribute $50 million toward the "
                   "cost of the Somali relief effort.")
    assert events and not any((s or "")[:3] in {"JPN", "NOR", "CAN"} and (t or "")[:3] in {"JPN", "NOR", "CAN"}
                              for _, s, t in events)


def test_several_who_agree_agree_with_each_other(coded):
    assert {("030", "ARM", "AZE"), ("030", "AZE", "ARM")} <= set(coded("Armenia and Azerbaijan agreed on Friday."))


def test_contributing_money_toward_a_cost_is_aid_to_whoever_bears_it(coded):
    assert ("071", "DEU", "USA") in {(c, (s or "")[:3], (t or "")[:3]) for c, s, t in coded(
        "Germany contributed $2 billion toward the cost of the American deployment in the Gulf.")}


def test_a_known_person_tells_which_country_a_bare_force_is_of(coded):
    events = coded("President Hosni Mubarak declared a state of emergency on Tuesday, and police rounded up "
                   "hundreds of activists.", "1990-05-01")
    assert any(c == "173" and (s or "").startswith("EGYCOP") for c, s, _ in events)


@pytest.mark.parametrize("sentence, date, source", [
    ("The African National Congress called off a strike on Friday.", "1991-03-01", "ZAFOPP"),
    ("Renamo rebels ambushed a convoy near Beira on Monday.", "1988-06-01", "MOZREB"),
    ("FMLN guerrillas attacked an army post near San Miguel on Sunday.", "1989-11-12", "SLVREB"),
    ("Sandinista troops attacked a rebel camp near the border on Tuesday.", "1986-04-01", "NICMIL"),
    ("Contra rebels ambushed a truck on the road to Jinotega on Friday.", "1986-04-01", "NICREB"),
])
def test_liberation_movements_are_rebels_or_opposition_until_their_settlement(coded, sentence, date, source):
    assert source in {s for _, s, _ in coded(sentence, date)}


def test_a_part_of_something_is_of_that_thing(coded):
    assert ("191", "IND", "NPL") in coded("India closed all but three of the 20 crossing points on its border "
                                         "with Nepal on Tuesday.")


def test_regiments_are_troops(coded):
    assert "0356" in {c for c, _, _ in coded("Moscow offered on Tuesday to pull two regiments out of Mongolia.")}


@pytest.mark.parametrize("sentence, expected", [
    ("Riot police fired tear gas on Thursday to disperse hundreds of students marching on parliament in Dhaka.",
     ("175", "BGDCOP", "BGDEDU")),
    ("Thousands of miners threw stones at police in Bucharest, and police fired tear gas to break up the "
     "protest.", ("175", "ROUCOP", "ROULAB")),
])
def test_force_to_disperse_a_crowd_is_aimed_at_the_crowd(coded, sentence, expected):
    events = coded(sentence)
    assert expected in events and sum(1 for c, _, _ in events if c == "175") == 1


def test_them_in_an_accusation_after_coordinated_objects_is_those_objects(coded):
    events = coded("Ghana expelled the Nigerian consul and four other Nigerian diplomats on Friday, accusing "
                   "them of spying.")
    assert any(c.startswith("112") and (t or "").startswith("NGA") for c, _, t in events)


def test_denying_the_charge_answers_the_accuser(coded):
    events = coded("Athens accused Ankara on Monday of violating its airspace, and Turkey promptly denied the charge.")
    assert ("016", "TUR", "GRCGOV") in events


def test_an_invasion_occupies_territory(coded):
    assert ("192", "VNMMIL", "KHM") in coded("Vietnamese troops invaded Cambodia on Christmas Day.")


def test_a_guest_welcomed_by_the_host_is_hosted_and_visits_the_host(coded):
    events = coded("King Hussein arrived in Damascus on Sunday and was welcomed by President Hafez al-Assad.",
                   "1990-01-10")
    assert {("042", "JORGOV", "SYRGOV"), ("043", "SYRGOV", "JORGOV")} <= set(events)
    assert not any(c == "042" and t == "SYR" for c, _, t in events)


def test_a_decision_welcomed_is_praise_not_hosting(coded):
    assert "043" not in {c for c, _, _ in coded("The decision was welcomed by President Hafez al-Assad.",
                                                "1990-01-10")}


def test_a_guest_received_by_the_host_visits_the_host(coded):
    assert ("042", "INDGOV", "JPNGOV") in coded(
        "Indian Prime Minister Manmohan Singh was received by Japanese Prime Minister Shinzo Abe in Tokyo on "
        "Monday.", "2013-05-27")


def test_then_and_a_second_verb_is_the_same_subjects_next_act(coded):
    assert "164" in {c for c, _, _ in coded(
        "The rebel delegate threatened on Monday to resume the war, then walked out of the talks in Lusaka.")}


@pytest.mark.parametrize("sentence, expected", [
    ("The last Nigerian peacekeepers pulled out of Sierra Leone on Tuesday.", ("1661", "NGA", "SLE")),
    ("Vietnamese troops withdrew from Cambodia on Tuesday.", ("0874", "VNM", "KHM")),
])
def test_peacekeepers_leaving_end_a_mission_and_troops_leaving_retreat(coded, sentence, expected):
    assert expected in {(c, (s or "")[:3], (t or "")[:3]) for c, s, t in coded(sentence)}


def test_a_forced_flight_is_no_visit(coded):
    assert "042" not in {c for c, _, _ in coded(
        "Gunmen hijacked an Air India jet after it took off from Delhi on Friday, forcing it to fly to Lahore.")}


def test_an_appeal_to_a_titled_ruler_after_a_date_asks_for_the_infinitive(coded):
    events = coded("Union leaders went on strike on Monday to press military ruler Gen. Ibrahim Babangida to "
                   "release political prisoners.", "1990-07-02")
    assert not any(c.startswith("08") for c, _, _ in events)


def test_a_second_object_with_a_pattern_of_its_own_is_a_second_act(coded):
    events = coded("Tokyo suspended food aid and normalisation talks with Pyongyang on Wednesday.")
    assert "164" in {c for c, _, _ in events} and any(c.startswith("162") for c, _, _ in events)


def test_two_weapons_of_one_attack_are_one_attack(coded):
    events = coded("Rebels fired rockets and automatic weapons at a military parade in Kabul on Sunday.")
    assert sum(1 for c, _, _ in events if c[:2] == "19") == 1


def test_troops_leaving_their_positions_retreat_from_the_place_not_from_themselves(coded):
    assert ("0874", "SYRMIL", "LBN") in coded("Syrian troops pulled out of their last positions in northern "
                                             "Lebanon on Thursday.")


@pytest.mark.parametrize("sentence, expected", [
    ("Washington tightened its embargo on Havana on Tuesday, and Canada lodged a formal protest.",
     ("114", "CAN", "USA")),
    ("ELN rebels kidnapped 40 oil workers near Arauca on Sunday, and the government demanded their "
     "immediate release.", ("1053", "COL", "COL")),
])
def test_a_protest_or_a_release_demand_naming_no_one_answers_the_act_before(coded, sentence, expected):
    assert expected in {(c, (s or "")[:3], (t or "")[:3]) for c, s, t in coded(sentence)}


@pytest.mark.parametrize("sentence, target", [
    ("Prosecutors opened an inquiry on Monday into allegations that the army had tortured detainees in Chechnya.",
     "RUSMIL"),
    ("Swiss investigators opened an inquiry into bribes allegedly paid by the French firm Thales.", "FRABUS"),
])
def test_an_inquiry_is_into_the_doer_of_what_it_looks_into(coded, sentence, target):
    assert any(c.startswith("09") and (t or "").startswith(target[:3]) for c, _, t in coded(sentence))


@pytest.mark.parametrize("sentence", [
    "Beijing fired four missiles into waters off Taiwan's northern ports on Thursday.",
    "The Chinese navy staged war games encircling Taiwan on Saturday.",
])
def test_a_show_of_force_off_a_coast_is_aimed_at_its_holder(coded, sentence):
    assert any(c.startswith("15") and (t or "").startswith("TWN") for c, _, t in coded(sentence))


def test_a_mobilisation_accusing_a_country_is_aimed_at_it_but_not_one_anticipating_a_group(coded):
    assert ("154", "GEO", "RUS") in coded("Georgia declared a general mobilisation on Friday, accusing Russia of "
                                         "invading South Ossetia.")
    assert not any(c.startswith("15") and t for c, _, t in coded(
        "Jordan's army raised its state of readiness on the border, anticipating an attack by Islamic State."))


def test_establishing_diplomatic_relations_is_recognition(coded):
    assert ("054", "ISR", "JOR") in coded("Israel and Jordan established diplomatic relations on Thursday.")


@pytest.mark.parametrize("sentence", [
    "Indian and Pakistani officials met for four hours in Geneva on Monday.",
    "Armenian and Azeri negotiators met face to face in Moscow on Friday.",
])
def test_a_meeting_placed_in_a_third_country_further_down_is_044(coded, sentence):
    assert "044" in {c for c, _, _ in coded(sentence)}


def test_a_march_against_a_decision_is_for_a_change_of_policy(coded):
    assert any(c == "1412" for c, _, _ in coded(
        "Thousands of Japanese marched through Tokyo on Sunday to protest against the government's decision "
        "to restart nuclear reactors."))


def test_asking_another_to_send_a_force_is_an_appeal_for_protection(coded):
    assert ("0234", "SOMGOV", "IGO") in {(c, s, (t or "")[:3]) for c, s, t in coded(
        "Somalia's president asked the African Union on Monday to send a peacekeeping force to Mogadishu.",
        "2007-01-08")}


@pytest.mark.parametrize("sentence, date", [
    ("A man fired three shots at President Jacques Chirac during the Bastille Day parade but missed.",
     "2002-07-14"),
    ("Gunmen opened fire on the motorcade of Pakistani President Pervez Musharraf in Rawalpindi on Thursday.",
     "2003-12-25"),
])
def test_shooting_at_a_leader_who_lives_is_an_attempt_on_their_life(coded, sentence, date):
    assert "185" in {c for c, _, _ in coded(sentence, date)}


def test_shooting_dead_a_leader_is_an_assassination(coded):
    assert "186" in {c for c, _, _ in coded("Gunmen shot dead President Ahmed Abdallah of the Comoros.", "1989-11-27")}


def test_a_warning_of_the_warners_own_act_is_a_threat_and_of_anothers_a_comment(coded):
    assert ("1385", "PRK", "USA") in {(c, (s or "")[:3], (t or "")[:3]) for c, s, t in coded(
        "North Korea warned on Friday that Pyongyang could use nuclear weapons if the United States attacked.")}
    assert {c for c, _, _ in coded("Britain warned on Friday that Iran could build a bomb within a year.")} <= {"012"}


@pytest.mark.parametrize("sentence", [
    "The World Bank approved a $500 million loan for Kenya on Tuesday to support economic reforms.",
    "The IMF approved a $2 billion loan for Egypt on Friday, backing the government's reform programme.",
])
def test_what_a_loan_supports_is_no_second_act(coded, sentence):
    assert {c for c, _, _ in coded(sentence)} == {"071"}


@pytest.mark.parametrize("sentence, source", [
    ("Turkish air strikes killed 12 Kurdish fighters in northern Iraq on Sunday.", "TURMIL"),
    ("Russian cruise missiles struck a power plant in Kharkiv overnight.", "RUSMIL"),
])
def test_a_country_word_on_a_means_of_force_is_its_armed_forces(coded, sentence, source):
    assert source in {s for _, s, _ in coded(sentence)}


def test_air_strikes_are_no_labour_strike(coded):
    assert not any(c == "175" for c, _, _ in coded(
        "Saudi air strikes killed at least 30 civilians in northern Yemen on Tuesday."))


def test_converging_for_a_rally_is_a_demonstration_and_leaders_gathering_is_not(coded):
    assert roots(coded("Thousands of Kenyans converged on Nairobi on Monday for a rally against the "
                       "government.")) == {"14"}
    assert "14" not in roots(coded("European leaders gathered for a summit in Brussels on Thursday."))


def test_condemning_an_act_by_someone_is_aimed_at_its_doer(coded):
    assert ("111", "IGOEUREEC", "SYRMIL") in coded("The EU condemned the shelling of civilians by Syrian troops.")


def test_capturing_a_port_takes_territory(coded):
    assert "192" in {c for c, _, _ in coded("Rebels captured the Red Sea port of Assab on Saturday.")}


def test_a_ceasefire_broken_with_an_attack_is_aimed_at_the_attacked_not_the_broker(coded):
    assert ("196", "KHMREB", "KHMMIL") in coded(
        "Khmer Rouge guerrillas broke the U.N.-brokered truce on Monday with an attack on government troops "
        "near Siem Reap.", "1993-02-01")


def test_a_second_demonym_tagged_as_a_name_shares_the_noun(coded):
    assert ("193", "ARMMIL", "AZEMIL") in coded("Armenian and Azerbaijani troops exchanged fire on Tuesday.")


def test_an_international_officials_nationality_is_not_the_articles_country(coded):
    events = coded("Rebels seized 40 UN peacekeepers, UN Secretary-General Kofi Annan said on Monday.", "2000-05-08")
    assert not any((s or "").startswith("GHA") for _, s, _ in events)


# --- round 11 ------------------------------------------------------------------------------------


def test_the_military_tagged_as_an_adjective_is_still_the_subject(coded):
    assert ("173", "MMRMIL", "MMRGOV") in coded("Myanmar's military detained the country's elected leaders "
                                                "on Monday.", "2021-02-01")


def test_a_past_tense_read_as_a_modifier_of_the_object_is_the_main_verb(coded):
    assert ("173", "MLIMIL", "MLIGOV") in coded("Mali's military seized power on Wednesday, arresting the "
                                                "president and dissolving parliament.", "2020-08-19")


def test_a_passive_act_under_a_warning_is_the_warners_threat(coded):
    # (being met with a response is force in answer since round 36: a threat of force, 138)
    assert ("138", "IRNMIL", "ISR") in coded("Iran's army chief warned Israel that any strike on its nuclear "
                                             "sites would be met with a crushing response.")


def test_a_place_inside_a_destination_is_not_where_the_actors_are_from(coded):
    assert ("173", "GINMIL", "GINGOV") in coded("Soldiers detained Guinean President Alpha Conde on Sunday and "
                                                "took him into exile in Senegal.", "2021-09-05")


def test_an_armed_groups_ceasefire_is_with_its_own_government_and_one_sided(coded):
    assert coded("Karen rebels declared a unilateral ceasefire on Monday.") == [("0871", "MMRREB", "MMRGOV")]
    assert coded("Israel declared a unilateral ceasefire in Gaza on Sunday.") == [("0871", "ISR", "PSE")]


def test_names_listed_after_a_noun_for_them_are_one_side(coded):
    pairs = {(s, t) for _, s, t in coded("Iran and six world powers, the United States, Russia, China, "
                                         "Britain, France and Germany, reached an agreement on Tuesday.")}
    assert ("IRN", "RUS") in pairs and ("RUS", "IRN") in pairs
    assert ("RUS", "CHN") not in pairs and ("GBR", "FRA") not in pairs


def test_what_an_agreement_is_for_is_no_act_but_an_offer_after_a_date_is_offered(coded):
    assert {c for c, _, _ in coded("Japan and South Korea reached an agreement on Friday to ease export "
                                   "controls.")} == {"057"}  # (round 13: an agreement reached is concluded)
    assert ("039", "NOR", "ETH") in coded("Norway offered on Monday to mediate between Ethiopia and Eritrea.")


def test_a_date_inside_the_cause_does_not_make_the_act_history(coded):
    assert ("055", "JPNGOV", "KOR") in coded("Japan's prime minister apologised to South Korea for the sinking "
                                             "of a fishing boat last March, officials said on Friday.", "2016-08-05")


def test_retaliating_with_duties_is_a_sanction(coded):
    assert ("163", "CHNGOV", "AUS") in coded("Beijing retaliated on Tuesday with tariffs on Australian barley.",
                                             "2020-05-19")


@pytest.mark.parametrize("sentence", [
    "Gunmen have abducted more than 400 people since March, police figures show.",
    "Soldiers have killed 250 militants this year, according to army figures.",
    "Each year, hundreds of fishermen are detained by the coast guard.",
])
def test_tallies_and_habits_are_no_event(coded, sentence):
    assert coded(sentence, "2010-06-01") == []


def test_a_missile_fired_over_a_country_is_a_show_of_force_at_it(coded):
    assert ("150", "PRK", "JPN") in coded("North Korea fired an intermediate-range missile over Hokkaido and "
                                          "northern Japan on Friday.")


def test_strikes_on_chemical_weapons_sites_use_no_chemical_weapons(coded):
    codes = {c for c, _, _ in coded("U.S. warplanes bombed a chemical weapons depot outside Damascus on Friday.")}
    assert codes and "2041" not in codes
    assert "195" in {c for c, _, _ in coded("France launched missile strikes on rebel bases in Mali.")}


def test_an_armed_group_that_seizes_people_abducts_them(coded):
    assert ("181", "COLREB", "COLMIL") in coded("FARC rebels captured three Colombian soldiers near the "
                                                "Venezuelan border on Sunday.", "2012-05-01")
    assert ("173", "COLCOP", "COLREB") in coded("Colombian police arrested three FARC rebels in Bogota.", "2012-05-01")


def test_aid_cancelled_or_postponed_is_aid_cut(coded):
    assert ("1621", "IGOBUSIMF", "ARG") in coded("The IMF postponed a $5 billion loan to Argentina on Tuesday.")
    assert {c for c, _, _ in coded("Washington cancelled $100 million in military aid to Egypt.")} & {"162", "1622"}


def test_a_place_phrase_hung_on_the_named_guest_is_the_hosts(coded):
    assert "043" in {c for c, _, _ in coded(
        "Chinese President Xi Jinping welcomed Pakistani Prime Minister Imran Khan at Beijing airport "
        "on Tuesday at the start of a four-day visit.", "2019-10-08")}


def test_a_pledge_of_money_to_support_someone_is_one_pledge(coded):
    assert {c for c, _, _ in coded("Qatar pledged $500 million to Lebanon on Monday to support its "
                                   "government.")} == {"0331"}


def test_troops_sent_when_asked_or_to_keep_the_peace_are_military_aid(coded):
    assert ("074", "FRA", "MLI") in coded("France sent 2,500 troops to Mali on Friday at the request of the "
                                          "Malian government.")
    assert {c for c, _, _ in coded("Canada pledged on Monday to send 400 troops to Haiti to help restore "
                                   "order.")} == {"0334"}


def test_a_body_suspending_a_member_breaks_relations(coded):
    assert ("161", "IGOCWN", "ZWE") in {(c, s, t) for c, s, t in coded(
        "The Commonwealth suspended Zimbabwe from its councils on Tuesday.", "2002-03-19")}
    assert "161" in {c for c, _, _ in coded("The OAS voted to suspend Honduras's membership on Saturday.")}


def test_trade_status_withdrawn_is_a_sanction(coded):
    assert ("163", "USA", "IND") in coded("The United States withdrew India's preferential trade status on "
                                          "Friday.")


def test_signing_a_joint_statement_is_an_accord(coded):
    assert ("057", "CHNGOV", "RUSGOV") in coded("Chinese President Xi Jinping and Russian President Vladimir "
                                                "Putin signed a joint statement on Wednesday.", "2019-06-05")


def test_a_participle_after_a_broken_truce_names_whom_the_force_hit(coded):
    # (force on a country's positions is force on its military since round 38)
    assert ("196", "ETHMIL", "ERIMIL") in coded("Ethiopian troops broke the ceasefire on Monday, shelling Eritrean "
                                                "positions near Badme.")


def test_condemning_an_act_in_a_country_is_aimed_at_the_country(coded):
    assert ("111", "IGOEUREEC", "MMR") in coded("The European Union condemned the military coup in Myanmar on "
                                                "Monday.", "2021-02-01")


def test_worshippers_are_civilians(coded):
    assert ("1823", None, "NGACVL") in coded("Gunmen killed 20 worshippers at a mosque in northern Nigeria.")


def test_the_attack_a_group_claims_is_coded_with_the_group_as_its_doer(coded):
    events = coded("Al-Shabaab claimed responsibility on Friday for a car bombing that killed 12 Somali "
                   "soldiers in Mogadishu on Wednesday.", "2015-06-05")
    assert any(c[:2] in {"18", "19"} and s == "SOMREB" for c, s, _ in events)


def test_a_countrys_own_inquiry_into_its_officials_is_criminal(coded):
    assert ("091", "ZAFJUD", "ZAFGOV") in coded("South African prosecutors opened an investigation on Monday into "
                                                "President Jacob Zuma.", "2016-03-07")


def test_meddling_is_no_espionage_and_a_victim_is_no_topic(coded):
    assert {c for c, _, _ in coded("Egypt recalled its ambassador from Qatar, accusing Doha of meddling in "
                                   "its affairs.")} >= {"112"}
    assert {c for c, _, _ in coded("Britain accused Iran of plotting an attack on a dissident "
                                   "journalist.")} == {"112"}


def test_fighting_that_breaks_a_truce_is_a_ceasefire_violation(coded):
    assert "196" in {c for c, _, _ in coded("Armenian and Azerbaijani troops clashed on Sunday in the worst "
                                            "violation of the ceasefire in years.")}


def test_a_protest_in_protest_at_a_policy_is_for_a_change_of_policy(coded):
    assert ("1412", "DEUCVL", "DEUGOV") in coded("Tens of thousands of people marched through Berlin on Saturday "
                                                 "in protest against the new pension law.")


def test_countries_listed_in_apposition_are_each_a_party(coded):
    sources = {s for c, s, _ in coded("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic "
                                      "ties with Qatar on Monday.", "2017-06-05") if c == "161"}
    assert {"SAU", "ARE", "BHR", "EGY"} <= sources


def test_a_protest_drawn_from_another_is_its_complaint_unless_the_act_is_a_habit(coded):
    assert ("114", "CHN", "JPNGOV") in coded("Japan's prime minister visited the Yasukuni shrine on Thursday, drawing "
                                          "a sharp protest from China.")
    assert "114" not in {c for c, _, _ in coded("Russian bombers regularly fly near Norway's coast, drawing "
                                                "protests from Oslo.")}


def test_coming_under_fire_from_fighters_is_an_attack_and_from_critics_criticism(coded):
    assert ("193", "SOMREB", "IGO") in {(c, s, t[:3]) for c, s, t in coded(
        "An African Union convoy came under fire from al-Shabaab fighters near Mogadishu on Friday.", "2012-03-02")}
    assert {c for c, _, _ in coded("The prime minister came under fire from opposition lawmakers on Monday.")} == {"111"}


def test_denying_a_deployment_is_no_event(coded):
    assert coded("Russia denied on Friday that it had deployed troops in eastern Ukraine.") == []


@pytest.mark.parametrize("sentence", [
    "More than 900 people have been killed in Zimbabwe since the disputed election in March, according to "
    "human rights groups.",
    "Militants fire mortars at the airport almost daily.",
    "Gangs regularly rob travellers on the highway and kidnap foreigners for ransom.",
    "Had the army not intervened, the rebels would have seized the capital.",
])
def test_tallies_habits_and_counterfactuals_are_no_event(coded, sentence):
    assert coded(sentence, "2008-06-01") == []


def test_denying_that_troops_operate_somewhere_is_denying_a_fact(coded):
    assert coded("Moscow denied that its soldiers were operating inside Ukraine.") == []


# --- round 12 ------------------------------------------------------------------------------------


def test_what_a_restriction_is_for_is_no_act_of_its_own(coded):
    assert {c for c, _, _ in coded("Authorities imposed a curfew on the city on Friday to quell the "
                                   "riots.")} == {"1723"}


def test_troops_sent_to_train_an_army_are_military_aid_and_a_second_aim_is_no_act(coded):
    assert ("074", "GBR", "MLI") in coded("Britain sent 200 troops to Mali on Tuesday to train the Malian army.",
                                          "2013-02-12")
    assert {c for c, _, _ in coded("Turkey will send troops to Qatar to protect the emirate and train its "
                                   "forces.", "2017-06-07")} == {"0334"}


def test_troops_sent_into_a_country_to_help_its_rulers_are_aid_to_that_country(coded):
    assert ("074", "SAU", "BHR") in coded("Saudi Arabia sent 1,000 soldiers into Bahrain on Monday to help the "
                                          "king's forces guard oil installations.", "2011-03-14")


@pytest.mark.parametrize("sentence", [
    "The rebels used to control the mountain roads.",
    "Most of the aid has gone to the army, much of it used to fight the insurgents.",
    "Opposition leaders fear the new security law could be used to jail critics of the government.",
    "The peacekeepers have been unable to stop attacks on refugee camps.",
    "Had the police tried to arrest the protesters, the square would have erupted, an analyst said.",
    "Washington has long accused Tehran of arming Shiite militias in Iraq, charges Iran has always denied.",
])
def test_past_habits_inability_inverted_conditions_and_standing_denials_are_no_event(coded, sentence):
    assert coded(sentence, "2011-06-01") == []


def test_the_answer_a_standing_charge_always_gets_is_no_new_denial(coded):
    assert "016" not in {c for c, _, _ in coded("Seoul accuses Pyongyang of sinking the corvette, a charge the North "
                                                "denies.", "2011-06-01")}


def test_coming_under_fire_from_police_is_gunfire(coded):
    assert ("193", "SYRCOP") in {(c, s) for c, s, _ in coded(
        "A Red Cross convoy came under fire from Syrian police near Aleppo on Friday.", "2012-06-01")}


def test_a_meeting_with_a_named_counterpart_is_told_one_way(coded):
    assert coded("The German chancellor met the French president in Berlin on Monday.") == [
        ("040", "DEUGOV", "FRAGOV")]


def test_the_middle_verb_of_a_list_of_three_has_the_same_doer(coded):
    assert ("173", "NPLGOV", "NPLOPP") in coded("Nepal's king declared a state of emergency on Tuesday, placed "
                                                "opposition leaders under house arrest and vowed to crush the "
                                                "rebels.", "2005-02-01")


def test_two_titled_names_joined_by_and_are_two_parties(coded):
    events = coded("Colombian President Juan Manuel Santos and FARC commander Rodrigo Londono signed a revised "
                   "peace accord in Bogota on Thursday.", "2016-11-24")
    sources = {s for c, s, _ in events if c == "057"}
    assert "COLGOV" in sources and all(s == "COLGOV" or s.startswith("COLREB") for s in sources)
    # (not one person "COLGOVMIL" with the second name's title)


def test_criticism_drawn_by_an_act_is_aimed_at_its_doer(coded):
    assert ("111", "DEU", "RUSCOP") in coded("The arrest of the Russian opposition leader Alexei Navalny by police "
                                             "drew sharp criticism from Germany on Monday.", "2021-01-18")


@pytest.mark.parametrize("sentence, event", [
    ("UN weapons inspectors pulled out of Iraq on Wednesday.", ("1662", "IGOUNO", "IRQ")),
    ("The United States withdrew from the nuclear deal with Iran on Tuesday.", ("127", "USA", "IRN")),
    ("The African Union suspended Mali on Friday over the coup.", ("161", "IGOAFRAFU", "MLI")),
    ("Ethiopia ordered five foreign aid agencies out of the Ogaden region on Wednesday.", ("1663", "ETH", None)),
    ("The World Bank withheld a $300 million loan payment to Kenya on Tuesday.", ("1621", None, "KEN")),
    ("President Putin ordered a halt to military operations in Chechnya on Tuesday.", ("087", "RUSGOV", "RUS")),
    ("Russia delivered the first consignment of nuclear fuel to India's Kudankulam plant on Friday.",
     ("061", "RUS", "IND")),
])
def test_withdrawals_suspensions_expulsions_halts_and_trade_in_nuclear_fuel(coded, sentence, event):
    code, source, target = event
    assert any(c == code and (source is None or s == source) and (target is None or t == target)
               for c, s, t in coded(sentence, "2008-06-01"))


def test_blocking_an_alliances_plans_is_a_refusal(coded):
    assert {c[:2] for c, _, _ in coded("Germany and France blocked EU plans on Monday to open membership talks "
                                       "with Turkey.")} == {"12"}


def test_questioning_a_former_president_in_an_investigation_is_a_criminal_inquiry(coded):
    assert ("091", "IDN") in {(c, s[:3]) for c, s, _ in coded(
        "Indonesian prosecutors questioned former President Abdurrahman Wahid on Monday in an investigation into "
        "a missing state fund.", "2002-06-03")}


def test_guerrillas_and_insurgents_are_rebels(coded):
    assert ("190", "COLREB") in {(c[:3], s) for c, s, _ in coded(
        "Colombian guerrillas attacked an army base in the south on Sunday.", "2001-06-03")}


def test_an_asset_freeze_and_travel_ban_told_after_sanctions_are_the_sanctions(coded):
    events = coded("The European Union imposed sanctions on Belarus on Monday, freezing the assets of President "
                   "Lukashenko and banning him and 40 officials from travelling to the bloc.", "2011-01-31")
    assert {c for c, _, _ in events} == {"163"}
    assert "162" in {c[:3] for c, _, _ in coded(  # (aid cut off withholds aid as well)
        "Washington imposed sanctions on Pakistan on Friday, cutting off military aid to Islamabad.")}


@pytest.mark.parametrize("sentence", [
    "Economists blame the central bank's money printing for the collapse of the currency.",
    "Many oppose any contact with the junta.",
])
def test_what_commentators_or_many_hold_in_the_present_is_an_opinion(coded, sentence):
    assert coded(sentence) == []


def test_a_denial_of_a_part_in_an_attack_told_before_is_aimed_at_its_victims(coded):
    events = coded("Rockets slammed into a market in Kabul on Thursday, killing 30 Afghan civilians, but the "
                   "Taliban denied any involvement.", "2009-06-04")
    assert ("016", "AFG") in {(c, t[:3]) for c, _, t in events if t}
    assert "111" not in {c for c, _, _ in events}  # (rockets slamming into a market are no criticism)


def test_a_claimed_attack_told_on_its_target_is_coded_with_the_claimant(coded):
    events = coded("The Taliban claimed responsibility for a suicide attack on a NATO convoy in Kabul that killed "
                   "five soldiers.", "2011-06-04")
    assert ("015", "AFGREB") in {(c, s) for c, s, _ in events}
    assert any(c[:2] in {"18", "19"} and s == "AFGREB" for c, s, _ in events)


@pytest.mark.parametrize("sentence, event", [
    ("Pakistan placed its armed forces on high alert along the border with India on Friday.", ("152", "PAK", "IND")),
    ("China test-fired three missiles into waters close to Taiwan's two main ports on Friday.",
     ("150", "CHN", "TWN")),
])
def test_a_show_of_force_staged_next_to_a_country_faces_it(coded, sentence, event):
    assert event in coded(sentence, "2002-01-04")


@pytest.mark.parametrize("sentence, event", [
    ("Turkey agreed to train Syrian rebels.", ("030", "TUR", "SYRREB")),
    ("China promised to pour billions of dollars of investment into Pakistan's ports and roads.",
     ("030", "CHN", "PAK")),
])
def test_an_intent_to_do_what_no_pattern_codes_is_aimed_at_whom_the_deed_touches(coded, sentence, event):
    events = coded(sentence, "2014-06-01")
    assert event in events and len(events) == 1  # (one way: the other party promised nothing)


def test_the_other_party_of_a_governments_deal_is_of_its_country_not_of_the_venue(coded):
    events = coded("A peace accord was signed by the Sudanese government and southern rebels in Nairobi on "
                   "Sunday.", "2005-01-09")
    assert ("057", "SDNGOV", "SDNREB") in events and not any("KEN" in s + t for _, s, t in events)
    assert ("190", "ETHMIL", "SOMREBRAD") in coded("Ethiopian troops and Islamist insurgents clashed near "
                                                   "Mogadishu.")  # (troops are no government)


@pytest.mark.parametrize("sentence, code", [
    ("The Pope urged Ethiopia and Eritrea to settle their border conflict through dialogue.", "027"),
    ("Pakistan's prime minister called on India on Tuesday to resolve the Kashmir dispute through talks.", "027"),
    ("Washington urged Khartoum to rein in the militias in Darfur.", "0256"),
    ("The rebels declared a unilateral ceasefire on Sunday and urged the government to reciprocate.", "0256"),
])
def test_appeals_to_settle_a_dispute_or_to_de_escalate(coded, sentence, code):
    assert code in {c for c, _, _ in coded(sentence, "2006-05-05")}


def test_talks_held_in_rounds_or_over_days_are_negotiations(coded):
    assert {c for c, _, _ in coded("The foreign secretaries of India and Pakistan held two days of talks in "
                                   "Islamabad.", "2004-06-28")} == {"046"}


def test_a_blockade_to_press_for_an_end_to_a_programme_is_for_a_change_of_policy(coded):
    assert "1442" in {c for c, _, _ in coded("Thousands of farmers blocked highways on Monday to press the "
                                             "government to halt a programme to eradicate their crops.")}


def test_prisoners_protesting_in_another_countrys_jails_protest_at_it(coded):
    assert ("PSECVL", "ISR") in {(s, t) for c, s, t in coded(
        "Hundreds of Palestinian prisoners in Israeli jails began an open-ended hunger strike on Sunday to demand "
        "better conditions.") if c.startswith("142")}


# --- round 13 ------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, event", [
    ("The militant group denied any role in the bombing of the French embassy in Kabul on Sunday.",
     ("016", "FRAGOV")),
    ("Islamabad denied any part in Monday's attack in Jammu that killed 12 Indian soldiers.", ("016", "INDMIL")),
    ("North Korea on Friday denied torpedoing a South Korean navy ship.", ("016", "KOR")),
    ("The rebels claimed responsibility for an ambush that destroyed an army truck, killing six Malian "
     "soldiers.", ("015", "MLIMIL")),
])
def test_a_claim_or_denial_is_aimed_at_whom_the_attack_it_answers_for_hit(coded, sentence, event):
    assert event in {(c, t) for c, _, t in coded(sentence, "2010-05-01")}


def test_a_claimant_with_a_named_victim_still_did_the_attack_told_without_a_doer(coded):
    events = coded("A car bomb killed nine Iraqi policemen in Kirkuk on Sunday, and al-Qaeda in Iraq claimed "
                   "responsibility for the attack on the police station.", "2007-05-20")
    assert any(c.startswith("18") and s and t and t.startswith("IRQCOP") for c, s, t in events)


@pytest.mark.parametrize("sentence, event", [
    ("Bahrain stripped 31 opposition activists of their citizenship on Wednesday.", ("172", "BHROPP")),
    ("The Supreme Court stripped the National Assembly of its legislative powers.", ("172", "---LEG")),
    ("Police took the former prime minister from his home for questioning on Friday.", ("173", "---GOV")),
    ("The government suspended ten civil society groups on Monday.", ("172", "---NGO")),
    ("A Chinese coast guard ship rammed a Vietnamese fishing boat on Monday.", ("1712", "VNM")),
    ("Armed separatists seized the regional administration building in Luhansk on Sunday.", ("171", None)),
    ("Riot police beat protesters outside parliament on Tuesday.", ("175", "---CVL")),
])
def test_stripping_suspending_taking_for_questioning_ramming_seizing_buildings_beating_crowds(
        coded, sentence, event):
    assert event[0] in {c for c, _, _ in coded(sentence, "2014-04-10")}


def test_two_verbs_joined_by_and_share_the_second_ones_object(coded):
    events = coded("Riot police beat and detained hundreds of protesters in the capital on Sunday.")
    assert {c for c, _, _ in events} == {"175", "173"}
    assert {c for c, _, _ in coded("Soldiers surrounded and shelled the rebel-held town of Kirbo.")} >= {"194"}
    # (but an assault the next verb tells more of is one act, and a light verb's noun is no object)
    assert len(coded("Masked men attacked and badly beat an opposition politician outside his home.")) == 1
    assert {c for c, _, _ in coded("A mob stormed and set fire to the embassy on Wednesday.")} != {"180"}


def test_denying_that_a_plan_or_an_inquiry_was_dropped_is_denying_a_fact(coded):
    assert not any(c == "016" for c, _, _ in coded("The prosecutor's office denied on Tuesday that it had dropped "
                                                   "its investigation into the killings."))


def test_an_act_dated_by_a_decade_long_past_is_history(coded):
    assert coded("The group split from the front in the late 1970s after its founders rejected autonomy talks "
                 "with the government.", "2012-05-01") == []


def test_retook_is_retaking(coded):
    assert ("192", "MLIMIL", "MLIREB") in coded("Malian troops retook the town from the militants on Saturday.")


@pytest.mark.parametrize("sentence, event", [
    ("Russia annexed Crimea on Tuesday, a move condemned by the United States.", ("111", "USA", "RUS")),
    ("The army detained the mayor, a move the opposition denounced as a coup.", ("111", "---OPP", "---MIL")),
])
def test_a_reaction_told_in_a_participle_or_clause_on_a_noun_summing_up_the_act(coded, sentence, event):
    assert event in coded(sentence, "2014-03-20")


def test_a_place_near_which_an_act_happens_gives_its_country(coded):
    assert ("186", None, "COLLEG") in coded(
        "Gunmen assassinated Senator Luis Carlos Galan at a campaign rally near Bogota on Friday.", "1989-08-19")


@pytest.mark.parametrize("sentence, events", [
    ("Colombian government and FARC negotiators signed a ceasefire agreement in Havana on Thursday.",
     {("057", "COLGOV", "COLREB"), ("057", "COLREB", "COLGOV")}),
    ("Government and rebel forces clashed near Goma on Monday.",
     {("190", "CODMIL", "CODREB"), ("190", "CODREB", "CODMIL")}),
    ("Army and police officers arrested 20 protesters in Lagos.", {("173", "NGAMIL", "NGACVL"),
                                                                    ("173", "NGACOP", "NGACVL")}),
])
def test_two_sides_named_before_a_noun_of_people_are_two_parties(coded, sentence, events):
    assert set(coded(sentence, "2016-06-23")) == events


def test_those_who_act_for_a_side_are_of_that_side(coded):
    assert coded("Rebel negotiators rejected the offer on Monday.") == [("125", "---REB", None)]
    assert coded("Opposition delegates walked out of the talks.")[0][1] == "---OPP"


def test_what_rumours_say_and_what_is_put_off_are_no_acts(coded):
    assert coded("Rumours swept the capital on Tuesday that the president had ordered the arrest of the "
                 "opposition leader.") == []
    assert coded("Mediators said the talks had been pushed back to next week.") == []
    assert coded("The government postponed the peace talks with the rebels.") == []
    assert ("164", "PAK", "IND") in coded("Pakistan called off the talks with India.")


@pytest.mark.parametrize("sentence", [
    "Should the talks collapse, the government could resume bombing raids on rebel camps, analysts said.",
    "Should the border talks collapse, the Security Council would have to consider withdrawing the "
    "peacekeepers who patrol the frontier.",
])
def test_a_condition_told_by_inversion_with_should_is_no_act(coded, sentence):
    assert coded(sentence) == []


@pytest.mark.parametrize("sentence, code", [
    ("Human Rights Watch accused Uzbek troops of shooting hundreds of unarmed protesters.", "1122"),
    ("The opposition leader accused the electoral commission of manipulating the results.", "1121"),
    ("Armenia accused Azerbaijani forces of shelling towns and killing civilians.", "1123"),
])
def test_what_an_accusation_is_of_sets_its_subcode(coded, sentence, code):
    assert code in {c for c, _, _ in coded(sentence)}


@pytest.mark.parametrize("sentence, code", [
    ("The World Food Programme appealed for $400 million to keep feeding millions of people.", "0233"),
    ("North Korea asked South Korea for 500,000 tonnes of rice in food aid.", "0233"),
    ("Bosnia appealed to NATO to use its air power to protect the besieged enclave.", "0234"),
    ("The Arab League called on the UN Security Council to impose a no-fly zone over Libya.", "0234"),
    ("Ukraine asked the United States for more air defence systems.", "0232"),
    ("Pakistan asked the IMF for a new loan.", "0231"),
])
def test_what_an_appeal_asks_for_sets_its_subcode(coded, sentence, code):
    assert code in {c for c, _, _ in coded(sentence)}


def test_a_protest_named_in_an_elaborating_clause_says_what_a_blockade_is_for(coded):
    assert "1442" in {c for c, _, _ in coded("Thousands of farmers blocked highways into the capital on Saturday, "
                                             "stepping up their protest against the agricultural reforms.")}


def test_the_town_emergency_rule_is_imposed_in_is_no_party_to_it(coded):
    assert coded("Kyrgyz authorities imposed a round-the-clock curfew in the southern city of Osh on "
                 "Friday.") == [("1723", "KGZGOV", None)]
    assert coded("The Thai government lifted the state of emergency in Bangkok on Tuesday.") == [
        ("0814", "THAGOV", None)]


def test_they_who_rally_are_the_crowd_not_the_forces_facing_it(coded):
    events = coded("Police fired tear gas at protesters in Bujumbura on Wednesday as they rallied for a fifth "
                   "day against the president's bid for a third term.", "2015-05-06")
    assert ("1411", "BDICVL", "BDIGOV") in events


@pytest.mark.parametrize("sentence", [
    "Bangladeshi border guards turned back three boats carrying Rohingya refugees on Wednesday.",
    "The government ordered the UN's top humanitarian official to leave within 72 hours.",
])
def test_sending_people_away_is_expelling_them(coded, sentence):
    assert "174" in {c for c, _, _ in coded(sentence)}


def test_a_summit_or_ceremony_hosted_by_a_third_party_is_its_hosting_and_their_visit(coded):
    events = coded("Yemeni President Ali Abdullah Saleh and opposition leaders signed a deal on the transfer of "
                   "power in Riyadh on Wednesday at a ceremony hosted by Saudi King Abdullah.", "2011-11-23")
    assert {("043", "SAUGOV", "YEMGOV"), ("043", "SAUGOV", "YEMOPP"), ("042", "YEMGOV", "SAUGOV"),
            ("057", "YEMGOV", "YEMOPP")} <= set(events)


def test_a_mediator_told_in_a_relative_clause_mediated_between_the_signers_and_an_onlooker_is_no_party(coded):
    events = set(coded("The Indonesian government and Free Aceh Movement rebels signed a peace agreement in "
                       "Helsinki on Monday, with former Finnish president Martti Ahtisaari, who brokered the deal, "
                       "looking on.", "2005-08-15"))
    assert {("045", "FINELI", "IDNGOV"), ("045", "FINELI", "IDNSEP")} <= events
    assert not any(c == "057" and "FIN" in (s or "") + (t or "") for c, s, t in events)
    # (a mediation told as the background of a dated deal is not)
    assert not any(c == "045" for c, _, _ in coded("The talks were led by Kofi Annan, who mediated the 2008 deal "
                                                  "in Kenya."))


def test_a_warning_of_what_may_happen_aimed_at_no_one_is_a_comment(coded):
    assert coded("The United Nations warned on Friday that the death toll could rise sharply.") == []
    assert coded("Egypt warned of a looming famine.") == []


def test_people_killed_when_a_blast_hit_them_is_one_attack(coded):
    events = coded("Four British soldiers were killed when a roadside bomb struck their patrol near Basra on "
                   "Sunday.", "2007-01-01")
    assert len(events) == 1 and events[0][2] == "GBRMIL"


def test_an_armed_groups_threat_of_force_is_one_of_unconventional_violence(coded):
    assert "1383" in {c for c, _, _ in coded("Al-Shabaab militants threatened on Wednesday to step up attacks inside "
                                             "Kenya unless Nairobi withdrew its troops.")}
    assert "138" in {c for c, _, _ in coded("Turkey threatened to launch a new military operation against Kurdish "
                                            "militants.")}


# --- round 14 ---------------------------------------------------------------------------------------

def test_armed_men_seizing_a_town_take_territory_not_hostages(coded):
    assert ("192", "MLIUAF", "MLI") in coded("The militiamen seized the town of Kidal after clashes with soldiers.",
                                            "2020-05-01")
    assert {c for c, _, _ in coded("Pirates seized a Greek tanker off Somalia.")} == {"181"}


def test_a_denied_act_is_not_coded(coded):
    assert coded("Kenya denied supporting the Somali militia.", "2020-05-01") == [("016", "KEN", "SOMUAF")]
    assert "190" not in {c for c, _, _ in coded("The army denied attacking the village.")}


@pytest.mark.parametrize("sentence", [
    "Armenia and Azerbaijan carried out a prisoner exchange on Saturday.",
    "Armenia and Azerbaijan completed an exchange of prisoners of war.",
    "Armenia held a prisoner swap with Azerbaijan.",
])
def test_a_prisoner_swap_is_each_side_releasing_the_others_people(coded, sentence):
    assert set(coded(sentence)) == {("0841", "ARM", "AZE"), ("0841", "AZE", "ARM")}


def test_exchanges_of_anything_but_prisoners_are_no_light_verb_event(coded):
    # ("resume exchanges" is no release: the agreement alone is coded)
    assert {c for c, _, _ in coded("Washington and Beijing agreed on Wednesday to resume exchanges between "
                                   "their armed forces.")} == {"030"}


def test_agreeing_to_a_truce_is_declaring_it_and_asking_for_it_is_an_appeal_to(coded):
    assert set(coded("Armenia and Azerbaijan agreed on a truce on Monday.")) == {
        ("0871", "ARM", "AZE"), ("0871", "AZE", "ARM")}
    assert ("0256", "IGOUNO", "ISR") in coded("The UN chief urged Israel and Hamas to agree to an immediate "
                                              "ceasefire in Gaza.")
    assert {c for c, _, _ in coded("The opposition demanded that the government agree to a truce.")} == {"1056"}
    assert {c for c, _, _ in coded("Hamas refused to agree to a truce.")} == {"1246"}


def test_fighting_that_rocks_a_place_happened(coded):
    assert set(coded("Clashes between the army and rebels rocked the northern town of Gao on Sunday.",
                     "2020-05-01")) == {("190", "MLIMIL", "MLIREB"), ("190", "MLIREB", "MLIMIL")}
    assert coded("The scandal rocked the government.") == []


def test_days_given_a_diplomat_to_leave_are_an_expulsion_and_given_a_leader_an_ultimatum(coded):
    assert coded("Cuba gave two American diplomats 72 hours to leave the country on Tuesday.") == [
        ("161", "CUB", "USAGOV")]
    assert {c for c, _, _ in coded("The rebels gave the government a week to release the prisoners.")} == {"139"}


def test_an_object_pronoun_is_not_its_own_clauses_subject(coded):
    assert ("054", "USAGOV", "VENGOV") in coded(
        "Opposition leader Juan Guaidó declared himself Venezuela's interim president on Wednesday, and U.S. "
        "President Donald Trump quickly recognized him.", "2019-01-23")


def test_an_apology_for_an_attack_is_aimed_at_those_it_hit(coded):
    assert coded("The US apologised for the air strike that killed 10 Afghan civilians.") == [
        ("055", "USA", "AFGCVL")]
    assert coded("Japan apologised to South Korea for its colonial rule.") == [("055", "JPN", "KOR")]


def test_a_protest_told_again_by_its_aim_is_one_protest(coded):
    assert [c for c, _, _ in coded("Thousands of students staged a rally to protest against the new law.")] == ["1412"]
    # (since round 40 a hunger strike in detention against one's treatment is one for rights, 1423)
    assert [c for c, _, _ in coded("The jailed activist began a hunger strike on Monday to protest against her "
                                   "treatment.")] == ["1423"]


def test_going_house_to_house_is_no_visit(coded):
    assert not any(c == "042" for c, _, _ in coded("The soldiers went house to house in the village on Monday."))
    assert ("042", "---GOV", "FRA") in coded("The minister went to Paris on Monday.")


def test_the_other_party_of_a_call_by_telephone_is_its_target(coded):
    assert coded("Indian Prime Minister Narendra Modi spoke by telephone with Ukrainian President Volodymyr "
                 "Zelenskiy on Tuesday.", "2024-08-01") == [("041", "INDGOV", "UKRGOV")]


def test_welcoming_an_accord_between_two_parties_is_support_for_both(coded):
    assert set(coded("Egypt welcomed the agreement between Israel and Hamas.")) == {
        ("051", "EGY", "ISR"), ("051", "EGY", "PSEREB")}
    assert set(coded("The UN chief welcomed the extension of the ceasefire between the government and the ELN.",
                     "2023-08-03")) == {("051", "IGOUNO", "COLGOV"), ("051", "IGOUNO", "COLREB")}


def test_ending_operations_against_a_named_side_is_one_way(coded):
    assert coded("Kataib Hezbollah announced it was suspending military operations against U.S. forces.",
                 "2024-01-30") == [("087", "IRQUAF", "USAMIL")]
    assert len(coded("Israel and Hamas agreed to end the war.")) == 2


def test_a_group_linked_to_a_global_one_is_a_local_group(coded):
    assert coded("Islamic State-linked insurgents attacked the coastal town of Palma in Mozambique.",
                 "2021-03-25")[0][1] == "MOZREB"
    assert coded("Al-Qaeda militants attacked the town of Palma in Mozambique.")[0][1] == "IMGMUSALQ"


def test_expelled_diplomats_from_named_states_are_never_the_expellers_own(coded):
    assert coded("Russia announced the expulsion of two Polish diplomats.") == [("161", "RUS", "POLGOV")]
    assert not any(s == t for _, s, t in coded("Moscow announced the expulsion of 10 diplomats from the three "
                                              "Baltic states."))


def test_hanging_people_is_executing_them(coded):
    assert {c for c, _, _ in coded("Iran hanged two men convicted over attacks on security forces.")} == {"1823"}
    assert coded("Protesters hung a banner on the embassy.") == []


def test_blowing_up_sections_of_roads_destroys_property(coded):
    assert {c for c, _, _ in coded("North Korea blew up sections of inter-Korean roads near the border.")} == {"1712"}


def test_a_reaction_in_a_relative_clause_on_a_noun_summing_up_the_act(coded):
    assert ("120", "RUSGOV", "IGOJUDICC") in coded(
        "The ICC issued an arrest warrant for Putin, a move the Kremlin dismissed as null and void.", "2023-03-17")
    assert ("111", "GBR", "IRN") in coded("Iran expelled two diplomats, a decision Britain condemned.")


def test_pressing_on_with_a_war_and_being_ready_to_implement_a_truce(coded):
    assert ("138", "RUSGOV", "UKR") in coded("Putin said Russia would press on with the campaign against Ukraine.",
                                             "2023-11-14")
    assert coded("Lebanon said it was ready to implement a ceasefire.") == [("0356", "LBN", None)]


def test_a_summit_on_whose_sidelines_two_leaders_met_is_no_party(coded):
    assert set(coded("Modi and Xi held talks on the sidelines of the BRICS summit in Kazan.", "2024-10-23")) == {
        ("044", "INDGOV", "CHNGOV"), ("044", "CHNGOV", "INDGOV")}


def test_a_word_of_a_hyphenated_name_is_no_known_person(pipeline):
    from conftest import resolve
    found = {a.text: a.code for a in resolve(pipeline, "Burkina Faso's leader received a delegation led by Deputy "
                                                        "Defence Minister Yunus-Bek Yevkurov.", "2024-09-01")[1].actors()}
    assert not any(code.startswith("BGD") for code in found.values())  # (not Muhammad Yunus)


def test_designating_a_group_as_terrorist_or_blacklisting_it_is_a_sanction_and_delisting_eases_a_ban(coded):
    assert coded("The State Department redesignated the Houthis as a terrorist group.", "2024-01-17") == [
        ("163", "USAGOV", "YEMREB")]
    assert {c for c, _, _ in coded("Washington added the Chinese company to a trade blacklist.")} == {"163"}
    assert {c for c, _, _ in coded("The parliament voted to remove the rebel group from the list of terrorist "
                                   "organisations.")} == {"0812"}
    assert coded("The minister removed the statue from the square.") == []


def test_reports_dismissed_as_groundless_a_fast_and_a_firing_squad_are_no_events(coded):
    assert coded("Reports that the army was preparing a coup spread on Tuesday, but the army chief dismissed them "
                 "as groundless.") == []
    assert not any(c[:2] == "12" for c, _, _ in coded("The jailed Ukrainian pilot began a hunger strike on Friday, "
                                                      "refusing both food and water."))
    assert {c for c, _, _ in coded("Australia recalled its ambassador in protest at the executions of two drug "
                                   "smugglers by firing squad.")} == {"161"}
    assert {c for c, _, _ in coded("The US dismissed the proposal as unrealistic.")} == {"120"}


def test_mediators_of_talks_at_which_two_sides_agreed_mediated_between_those_sides(coded):
    events = set(coded("Germany and France mediated talks in Minsk at which the presidents of Russia and Ukraine "
                       "agreed to a ceasefire.", "2015-02-12"))
    assert {("045", "DEU", "RUSGOV"), ("045", "FRA", "UKRGOV"), ("0871", "RUSGOV", "UKRGOV")} <= events
    assert ("045", "DEU", "FRA") not in events  # (co-mediators do not mediate between each other)


def test_guarantors_of_talks_and_a_mediation_the_act_followed_mediated_between_its_parties(coded):
    events = set(coded("Colombian government negotiators and FARC rebels opened peace talks near Oslo on Thursday, "
                       "with Norway and Cuba acting as guarantors.", "2012-10-18"))
    assert {("045", "NOR", "COLGOV"), ("045", "CUB", "COLREB")} <= events
    assert {("045", "ARE", "UKR"), ("045", "ARE", "RUS")} <= set(coded(
        "Ukraine and Russia carried out a prisoner swap on Wednesday after mediation by the United Arab Emirates."))
    # (someone telling reporters beside the act is no act of its own)
    assert {c for c, _, _ in coded("Washington demanded the release of the reporter, with the secretary of state "
                                   "saying he had been detained by Russia.")} == {"1053"}


@pytest.mark.parametrize("sentence, expected", [
    ("Turkey ordered the closure of more than 130 media outlets on Wednesday.", ("1721", "TUR", "TURMED")),
    ("Serbian authorities pulled the plug on the independent radio station B92 on Tuesday.",
     ("1721", "SRBGOV", "SRBMED")),
    ("Venezuela took the country's oldest private television station off the air on Sunday.",
     ("1721", "VEN", "VENMED")),
    ("Mali's military government suspended the broadcasts of France 24.", ("1721", "MLIMIL", "FRAMED")),
])
def test_closing_or_silencing_a_broadcaster_is_a_curb_on_the_media(coded, sentence, expected):
    assert coded(sentence, "2023-06-01") == [expected]


def test_barring_a_politician_from_standing_bans_a_politician(coded):
    assert {c for c, _, _ in coded("The junta barred the opposition leader from standing in the election.")} == {
        "1722"}
    assert coded("The plane took off from the air base.") == []


def test_a_capitalised_plural_opening_a_sentence_is_the_common_noun(coded):
    assert {c for c, _, _ in coded("Missiles slammed into a crowded market in Grozny on Thursday.")} == {"195"}


def test_the_named_thing_of_a_free_relative_is_the_object(coded):
    assert {c for c, _, _ in coded("Indian warplanes struck what New Delhi called a militant training camp inside "
                                   "Pakistan on Tuesday.")} == {"195"}
    assert coded("Russia did what it said was necessary.") == []


def test_a_concession_under_pressure_is_made_to_those_who_pressed(coded):
    assert coded("Liberian President Charles Taylor stepped down on Monday under intense pressure from Washington.",
                 "2003-08-11") == [("0831", "LBRGOV", "USAGOV")]
    assert ("0341", "HTIGOV", "USAGOV") in coded(
        "Haitian Prime Minister Ariel Henry agreed to resign once a transitional council was in place, bowing to "
        "pressure from Washington.", "2024-03-12")


def test_condolences_after_a_call_and_a_pledge_elaborating_a_deal_go_to_the_same_party(coded):
    assert ("018", "RUSGOV", "USAGOV") in coded(
        "Russian President Vladimir Putin telephoned President George W. Bush on Tuesday and expressed his "
        "condolences.", "2001-09-11")
    assert ("0342", "IDN", "IGOBUSIMF") in coded(
        "Indonesia signed a new agreement with the IMF on Thursday, pledging to scrap costly state projects.")
    # (a refusal told again in a participle is the same refusal)
    assert len([c for c, _, _ in coded("North Korea rejected South Korea's offer of talks on Friday, dismissing the "
                                       "proposal as a propaganda ploy.") if c[:2] == "12"]) == 1


def test_an_obligation_laid_on_no_party_is_no_demand(coded):
    assert {c for c, _, _ in coded("India turned down a Pakistani proposal for talks, saying any discussions must "
                                   "first address cross-border terrorism.")} == {"125"}
    assert coded("Russia said Sudan must return the helicopter.") == [("100", "RUS", "SDN")]


def test_a_withdrawal_from_a_bloc_is_aimed_at_the_bloc_not_at_the_other_leavers(coded):
    events = coded("The juntas of Mali, Burkina Faso and Niger announced their immediate withdrawal from ECOWAS on "
                   "Sunday.", "2024-01-28")
    assert len(events) == 3 and all(t.startswith("IGO") for _, _, t in events)


def test_a_title_abbreviation_does_not_end_the_sentence(coded):
    assert coded("Rumours that Capt. Ibrahim Traoré had been placed under house arrest by fellow officers spread "
                 "on social media on Tuesday.", "2024-01-01") == []


def test_an_attack_blamed_on_a_party_accuses_that_party(coded):
    assert coded("Pakistan blamed the attack on India.") == [("112", "PAK", "IND")]
    assert ("112", "---GOV", "---REB") in coded("Dozens were killed in a bombing, an attack the government blamed "
                                                "on the rebels.")


def test_a_refusal_told_again_in_a_saying_clause_is_one_refusal(coded):
    assert [c for c, _, _ in coded("Peskov dismissed the peace plan as unrealistic, saying Moscow would not "
                                   "negotiate on the basis of it.", "2023-01-01")] == ["1232"]
    assert [c for c, _, _ in coded("The rebels said they would not negotiate with the government.")] == ["125"]


@pytest.mark.parametrize("sentence", [
    "The health ministry says more than 30,000 Palestinians have been killed since the war began.",
    "The three Sahel states have been battling jihadist insurgencies linked to al-Qaeda for more than a decade.",
])
def test_a_tally_or_a_struggle_of_years_is_a_summary_not_an_act(coded, sentence):
    assert coded(sentence) == []


def test_a_long_struggle_keeps_a_fight_of_days(coded):
    assert [c for c, _, _ in coded("Government forces have been fighting the rebels for three days.")] == ["190"]


def test_a_name_read_as_the_first_verbs_object_is_the_second_verbs_subject(coded):
    assert set(coded("Russia expelled two British diplomats and Britain expelled three Russian diplomats.")) == {
        ("161", "RUS", "GBRGOV"), ("161", "GBR", "RUSGOV")}


# --- round 15 ---------------------------------------------------------------------------------------


def test_a_name_after_a_bare_title_is_the_second_conjunct(coded):
    assert set(coded("Prime Minister Girija Prasad Koirala and Maoist chairman Prachanda signed a peace accord "
                     "in Kathmandu on Tuesday.", "2006-11-21")) == {("057", "NPLGOV", "NPLREB"),
                                                                     ("057", "NPLREB", "NPLGOV")}


def test_names_after_a_class_noun_are_the_subject(coded):
    assert set(coded("Rival Palestinian factions Fatah and Hamas signed a reconciliation agreement in Cairo on "
                     "Thursday.", "2017-10-12")) == {("057", "PSEPTY", "PSEREB"), ("057", "PSEREB", "PSEPTY")}


def test_a_speaker_hung_on_the_last_noun_as_an_apposition_is_the_speaker(coded):
    # the embassy is the speaker, not the aid's recipient: the aid still goes to Nepal
    events = coded("China delivered humanitarian supplies to Nepal, the Chinese Embassy said.", "2015-05-06")
    assert [(c[:2], t) for c, _, t in events] == [("07", "NPL")]


def test_talks_mediated_by_a_third_party_in_a_participle_clause(coded):
    events = set(coded("Colombian government negotiators and the FARC held peace talks in Havana on Monday, "
                       "mediated by Cuba and Norway.", "2015-01-01"))
    assert {("045", "CUB", "COLGOV"), ("045", "CUB", "COLREB"), ("045", "NOR", "COLGOV"),
            ("045", "NOR", "COLREB")} <= events


def test_a_hyphenated_broker_of_a_deal_signed_that_day_mediates(coded):
    events = set(coded("Israel and Hamas agreed to an Egyptian-mediated truce.", "2014-08-26"))
    assert {("045", "EGY", "ISR"), ("045", "EGY", "PSEREB")} <= events
    # the broker of a truce broken long after made no act that day
    assert all(c != "045" for c, _, _ in coded("Rebel Serbs broke a U.N.-brokered ceasefire on Saturday.",
                                               "1995-01-01"))


def test_a_peace_dialogue_is_negotiation(coded):
    assert {c for c, _, _ in coded("Government negotiators and the rebels held a round of peace dialogue in "
                                   "Kuala Lumpur.", "2013-01-01")} == {"046"}


def test_ending_talks_in_a_signed_agreement_breaks_off_nothing(coded):
    codes = {c for c, _, _ in coded("The presidents of Bosnia, Croatia and Serbia initialled a peace agreement "
                                    "on Tuesday, ending three weeks of talks.", "1995-11-21")}
    assert codes == {"057"}
    assert "164" in {c for c, _, _ in coded("The rebels walked out on Monday, ending three weeks of talks with "
                                            "the government.")}


def test_talks_with_a_visiting_guest_are_also_the_guests_visit(coded):
    assert set(coded("Chinese President Xi Jinping held talks with visiting Cambodian Prime Minister Hun Sen in "
                     "Beijing on Monday.", "2019-01-21")) == {("040", "CHNGOV", "KHMGOV"),
                                                              ("042", "KHMGOV", "CHNGOV")}


def test_an_appeal_to_unfreeze_assets_is_an_appeal_to_ease_sanctions(coded):
    assert coded("The Taliban's foreign minister urged the United States to unfreeze the central bank's assets.",
                 "2022-01-01")[0][0] == "0254"


def test_fighting_an_ill_is_no_attack(coded):
    assert [c for c, _, _ in coded("Nigeria asked the United States to move its Africa headquarters to Africa "
                                   "to help fight terrorism in the Sahel.")] == ["020"]
    assert [c for c, _, _ in coded("The police fought drug traffickers in Rio.")] == ["190"]


def test_a_capitalised_title_before_a_name_is_what_the_object_is(coded):
    assert coded("Britain summoned Russian Ambassador Andrei Kelin on Monday.", "2022-03-01") == [
        ("114", "GBR", "RUSGOV")]
    assert coded("Britain expelled Russian Ambassador Andrei Kelin on Monday.", "2022-03-01") == [
        ("161", "GBR", "RUSGOV")]


def test_the_bloc_is_the_body_last_named(coded):
    events = coded("Niger, Mali and Burkina Faso announced they were leaving ECOWAS, accusing the bloc of serving "
                   "foreign interests.", "2024-01-28")
    assert {(c, t) for c, _, t in events if c == "112"} == {("112", "IGOWAFWAS")}
    assert coded("Russia's ambassador to NATO accused the alliance of encouraging aggression.",
                 "2008-08-20")[0][2].endswith("NAT")


def test_handing_a_dossier_of_evidence_shares_information(coded):
    assert coded("India handed Pakistan a dossier of evidence on Monday.", "2009-01-05") == [("064", "IND", "PAK")]
    assert coded("Mexico handed the United States two drug lords.") == [("063", "MEX", "USA")]


def test_a_resignation_is_made_to_those_who_pressed_for_it(coded):
    assert ("0831", "BGDGOV", "BGDCVL") in coded(
        "Prime Minister Sheikh Hasina resigned on Monday as thousands of protesters stormed her official "
        "residence.", "2024-08-05")
    assert ("0831", "BOLGOV", "BOLMIL") in coded(
        "Bolivian President Evo Morales resigned on Sunday after the commander of the armed forces urged him to "
        "step down.", "2019-11-10")
    assert coded("The finance minister resigned on Monday.", "2019-11-10")[0][2] is None


def test_a_denial_answers_the_party_named_in_what_is_denied(coded):
    assert coded("Pakistan denied any involvement in the Mumbai attacks on Saturday.", "2008-11-29") == [
        ("016", "PAK", "IND")]
    assert coded("Ukraine denied any involvement in the attack.") == [("016", "UKR", None)]


def test_a_demand_for_a_release_is_aimed_at_the_captors(coded):
    assert coded("Israel demanded the immediate release of two soldiers captured by Hezbollah.",
                 "2006-07-13")[0][:2] == ("1053", "ISR")
    assert coded("Israel demanded the immediate release of two soldiers captured by Hezbollah.",
                 "2006-07-13")[0][2].startswith("LBN")
    assert coded("Ankara demanded the release of 49 Turkish nationals, including the consul general, who were "
                 "seized by Kurdish militants.", "2014-06-15")[0][2] != "TUR"


def test_a_happening_in_an_after_clause_is_the_cause_not_news(coded):
    assert [c for c, _, _ in coded("Nazarbayev on Saturday imposed a curfew in Zhanaozen after clashes between "
                                   "police and striking oil workers left 11 people dead.", "2011-12-17")] == ["1723"]
    assert len(coded("Clashes between police and striking oil workers left 11 people dead on Friday.")) == 2


def test_a_protest_tried_as_police_stepped_in_did_not_happen(coded):
    assert coded("Moscow police detained more than 100 opposition activists on Saturday as they tried to stage an "
                 "unauthorised rally near the Kremlin.", "2007-04-14") == [("173", "RUSCOP", "RUSOPP")]
    assert roots(coded("Opposition activists staged a rally near the Kremlin on Saturday as police tried to stop "
                       "them.", "2007-04-14")) == {"14"}


def test_killing_a_named_rebel_leader_is_an_assassination(coded):
    assert coded("Sri Lankan troops killed Tamil Tiger leader Velupillai Prabhakaran on Monday.",
                 "2009-05-18") == [("186", "LKAMIL", "LKAREB")]
    assert coded("Troops killed 20 rebels on Monday.")[0][0] == "190"


def test_leaving_an_international_body_cuts_relations_with_it(coded):
    assert coded("Burundi became the first country to quit the International Criminal Court on Friday.",
                 "2017-10-27") == [("161", "BDI", "IGOJUDICC")]
    assert {c for c, _, _ in coded("The juntas of Mali, Burkina Faso and Niger announced their immediate "
                                   "withdrawal from ECOWAS on Sunday.", "2024-01-28")} == {"161"}
    # withdrawing troops from a UN force stays a retreat
    assert coded("Belgium began pulling its troops out of the UN force in Rwanda.", "1994-04-15")[0][0][:2] == "08"


def test_killing_many_civilians_of_any_trade_is_mass_killing(coded):
    assert coded("Boko Haram gunmen killed at least 110 farmers in Borno State on Saturday.", "2020-11-28") == [
        ("202", "NGAREB", "NGAAGR")]
    assert coded("Boko Haram gunmen killed five farmers on Saturday.", "2020-11-28")[0][0] == "1823"


def test_separate_agreements_are_each_signed_by_both(coded):
    events = set(coded("Russia and Ukraine signed separate agreements with Turkey and the United Nations in "
                       "Istanbul on Friday.", "2022-07-22"))
    assert {("057", "RUS", "TUR"), ("057", "TUR", "RUS"), ("057", "UKR", "IGOUNO"), ("057", "IGOUNO", "UKR")} <= events


def test_calling_an_act_a_violation_condemns_its_doer(coded):
    assert ("111", "USAMIL", "IRNMIL") in coded(
        "Iran's navy seized a tanker on Thursday, the US Navy said, calling the seizure a violation of "
        "international law.", "2023-04-27")
    # told again after a rejection or a condemnation, and a label in a free relative, are no act of their own
    assert {c for c, _, _ in coded("Iran on Saturday rejected a package of incentives offered by Britain, "
                                   "calling it unacceptable.", "2006-06-01")} == {"127"}  # (a package: 127, round 31)
    assert {c for c, _, _ in coded("The rebels accused the troops of shelling a hospital, in what the rebels "
                                   "called a war crime.")} == {"1123"}
    assert coded("Putin called the plan a good idea.") == []


def test_a_vehicle_carrying_relief_that_arrives_delivers_aid(coded):
    assert coded("U.S. Air Force transport planes carrying blankets, medicine and rescue teams landed in Armenia on "
                 "Saturday.", "1988-12-10") == [("073", "USAMIL", "ARM")]
    assert coded("A Russian military convoy reached the town on Saturday.") == []


def test_a_country_read_inside_a_title_is_the_titled_person(coded):
    assert coded("Chinese State Councilor and Foreign Minister Wang Yi met with visiting Iranian Foreign Minister "
                 "Hossein Amir-Abdollahian in Wuxi on Friday.", "2023-01-01")[0] == ("040", "CHNGOV", "IRNGOV")
    # (a rebel faction read from its region's name stays a party)
    events = coded("Sudan's government and the main Darfur rebel faction signed a peace agreement in Abuja on "
                   "Friday.", "2006-05-05")
    assert {s for _, s, _ in events} >= {"SDNGOV"} and len(events) == 2


def test_crowd_force_is_aimed_at_the_crowd_the_next_act_names(coded):
    assert ("175", "KENCOP", "KENOPP") in coded("Kenyan riot police fired tear gas and clubbed opposition supporters "
                                                "in central Nairobi on Monday.", "2002-01-01")
    assert ("1724", "POLGOV", None) in coded("Polish leader General Wojciech Jaruzelski declared martial law and "
                                             "detained thousands of Solidarity activists.", "1981-12-13")


def test_an_acronym_read_as_a_verb_is_the_subject(coded):
    assert coded("ECOWAS imposed sanctions on Niger's junta.", "2023-08-10") == [("163", "IGOWAFWAS", "NERMIL")]


def test_restrictive_measures_are_sanctions(coded):
    assert coded("The EU adopted new restrictive measures against Russia on Friday.", "2022-02-25") == [
        ("163", "IGOEUREEC", "RUS")]


def test_speaking_with_a_party_consults_it_but_speaking_with_reporters_does_not(coded):
    assert coded("U.S. Secretary of State Antony Blinken spoke with Ukrainian Foreign Minister Dmytro Kuleba "
                 "today.", "2023-01-01") == [("040", "USAGOV", "UKRGOV")]
    assert coded("Blinken spoke with reporters in Kyiv on Monday.", "2023-01-01") == []


def test_the_opening_of_an_investigation_is_the_investigation(coded):
    assert coded("The ICC Prosecutor announced the opening of an investigation into the situation in Venezuela.",
                 "2021-11-03")[0][:2] == ("094", "IGOJUDICC")  # (091 until round 42: what the ICC
    # investigates is war crimes)
    assert coded("Russia carried out the first test launch of its new Sarmat intercontinental ballistic missile.",
                 "2022-04-20")[0][0] == "150"


def test_a_bare_secretary_general_heads_the_body_last_named_else_the_un(coded):
    assert coded("The Secretary-General strongly condemns the attack on a MONUSCO base in North Kivu.",
                 "2020-05-01")[0][1] == "IGOUNO"
    assert ("025", "IGOWSTNAT", "RUS") in coded("NATO leaders met in Brussels. The Secretary-General called on "
                                                "Russia to withdraw.", "2022-03-01")


def test_a_counsellor_title_before_a_known_name(coded):
    assert coded("State Counsellor Aung San Suu Kyi met Indian Prime Minister Narendra Modi in Naypyidaw.",
                 "2017-09-06")[0][1] == "MMRGOV"


def test_a_bare_special_envoy_is_the_uns_not_the_places(coded):
    assert coded("The special envoy met Houthi leaders in Sanaa.", "2020-05-01")[0][1] == "IGOUNO"
    assert ("040", "USAGOV", "YEMREB") in coded("The US special envoy arrived in Sanaa on Monday. The special envoy "
                                                "met Houthi leaders.", "2020-05-01")


def test_the_foreign_affairs_council_is_the_eu(coded):
    # (since round 41 what an international body agrees to impose, it decides: the sanctions, 163)
    assert coded("The Foreign Affairs Council agreed on Monday to impose sanctions on Russia.",
                 "2022-02-21") == [("163", "IGOEUREEC", "RUS")]


def test_a_test_fired_missile_is_a_weapons_test(coded):
    assert coded("North Korea test-fired two short-range ballistic missiles.", "2019-05-09") == [("150", "PRK", None)]
    assert coded("Iran test-fired a new missile on Wednesday.", "2008-07-09") == [("150", "IRN", None)]


def test_a_nationality_on_a_mediation_noun_is_the_mediator(coded):
    assert ("045", "QAT", "PSEREB") in coded("Hamas released 20 hostages on Sunday after Qatari mediation.",
                                                "2023-11-26")


# --- round 16 ---------------------------------------------------------------------------------------


def test_a_bodys_envoy_for_a_country_is_the_bodys(coded):
    # the country an envoy is sent to is not his: "UN Special Envoy for Yemen" speaks for the UN
    assert coded("UN Special Envoy for Yemen Hans Grundberg met senior Houthi officials in Sanaa on Wednesday.",
                 "2022-06-01") == [("040", "IGOUNO", "YEMREB")]
    # a state's envoy for a country stays the state's
    assert coded("US special envoy for Yemen Tim Lenderking met Houthi officials in Muscat.",
                 "2022-06-01") == [("044", "USAGOV", "YEMREB")]  # (in Oman: a third place)


def test_a_bare_high_representative_heads_the_european_union(coded):
    assert coded("The High Representative demanded on Wednesday that the Taliban reverse their decision.",
                 "2022-03-23")[0][1] == "IGOEUREEC"


def test_surrendering_a_suspect_to_a_court_is_judicial_cooperation(coded):
    assert coded("The Ivorian authorities surrendered Charles Ble Goude to the International Criminal Court on "
                 "Saturday.", "2014-03-22") == [("063", "CIVGOV", "IGOJUDICC")]
    assert coded("Rebels surrendered to the army on Monday.", "2014-03-22")[0][0] == "0874"


def test_forces_of_a_peacekeeping_mission_arriving_provide_protection(coded):
    assert coded("The first contingent of Kenyan police officers of the Multinational Security Support mission "
                 "arrived in Port-au-Prince on Tuesday.", "2024-06-25") == [("074", "KENCOP", "HTI")]
    assert coded("The first Italian troops of an expanded peacekeeping force landed on the beaches of southern "
                 "Lebanon on Saturday.", "2006-09-02") == [("074", "ITAMIL", "LBN")]
    # forces that come to help: "to protect"; but not a state's own troops in its own town
    assert coded("Russian paratroopers arrived in Kazakhstan on Thursday to protect strategic facilities.",
                 "2022-01-06") == [("074", "RUSMIL", "KAZ")]
    assert coded("Soldiers of the 3rd Division arrived in Kherson to secure the city.", "2022-11-12") == []


def test_an_appeal_to_halt_deportations_is_an_appeal_for_a_change_of_policy(coded):
    assert coded("UNHCR urged the Government of Pakistan on Wednesday to halt the deportation of undocumented "
                 "Afghans.", "2023-11-01")[0][0] == "0242"
    assert coded("Pakistan halted the deportation of Afghans on Monday.", "2023-11-01")[0][0] == "0832"


def test_an_appeal_after_a_report_is_the_reporters(coded):
    assert coded("Amnesty International said the execution of Mohsen Shekari on Thursday followed a grossly "
                 "unfair sham trial, and urged the Iranian authorities to halt all executions.",
                 "2022-12-08") == [("0242", "---NGO", "IRNGOV")]
    # a report told last is not the reporter's: the resolution demanded, not the aid workers
    assert coded("Resolution 2401, adopted unanimously in February, demanded a 30-day cessation of hostilities "
                 "throughout Syria, but air strikes on eastern Ghouta have continued almost daily since then, "
                 "aid workers say.", "2018-04-01") == []


def test_strikes_that_kill_are_no_labour_strike(coded):
    # "Israeli strikes" killing people is an attack, not the repression of a strike
    assert coded("Israeli strikes have killed at least 30 people in Rafah, the Gaza health ministry says.",
                 "2024-03-10") == [("195", "ISRMIL", "PSECVL")]
    assert coded("Police killed three strikers as a general strike paralysed the capital.",
                 "2024-03-10")[0][0] == "175"


def test_a_meeting_on_the_sidelines_of_a_gathering_is_away_from_home(coded):
    assert set(coded("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met on "
                     "Saturday on the sidelines of the Munich Security Conference.", "2023-02-18")) == {
        ("044", "ARMGOV", "AZEGOV"), ("044", "AZEGOV", "ARMGOV")}
    # at home, it is a meeting
    assert coded("Putin met Xi on the sidelines of the SCO summit in Moscow.", "2023-02-18")[0][0] == "040"


def test_a_live_page_label_does_not_hide_the_entry(coded):
    assert coded("Breaking: Hezbollah has fired dozens of rockets at northern Israel.",
                 "2024-03-10") == [("194", "LBNREB", "ISR")]


def test_claiming_an_attack_claims_responsibility(coded):
    assert coded("Hezbollah claimed a drone attack on an Israeli army base.", "2024-06-10") == [
        ("015", "LBNREB", "ISRMIL")]
    assert coded("Russia claimed a victory in Avdiivka.", "2024-02-17") == []


def test_one_who_warns_another_of_war_threatens_it(coded):
    assert coded("Putin has warned NATO that allowing Ukraine to use long-range missiles would mean war.",
                 "2024-06-10") == [("138", "RUSGOV", "IGOWSTNAT")]
    assert coded("The UN warned that war could break out in the region.", "2024-06-10") == []


def test_money_disbursed_and_internet_shut_down(coded):
    assert coded("The European Commission disbursed a further EUR 1.5 billion to Ukraine on Tuesday.",
                 "2023-03-21") == [("071", "IGOEUREEC", "UKR")]
    assert coded("Bangladesh's government imposed a nationwide internet blackout on Thursday.",
                 "2024-07-18") == [("1721", "BGDGOV", None)]
    assert coded("Myanmar's election commission dissolved the National League for Democracy on Tuesday.",
                 "2023-03-28")[0][0] == "1722"


# --- round 17 ---------------------------------------------------------------------------------------


def test_a_counted_crowd_that_marches_is_protesters(coded):
    assert coded("Thousands marched against a finance bill in Nairobi.", "2024-06-25") == [
        ("1412", "KENCVL", "KENGOV")]
    assert coded("Thousands died in the earthquake in Turkey.", "2023-02-07") == []


def test_outside_before_a_bare_noun_is_where(coded):
    # "outside" read as an adjective made "parliament" the verb's object
    assert coded("Thousands of protesters have gathered outside parliament in Tbilisi for a second night, "
                 "demanding the government reverse the decision.", "2024-11-30") == [
        ("1412", "GEOCVL", "GEOGOV")]


def test_conscription_activated_and_party_activities_suspended(coded):
    assert coded("Myanmar's junta has activated a conscription law requiring men to serve in the military.",
                 "2024-02-10") == [("154", "MMRMIL", None)]
    assert coded("Mali's junta has suspended the activities of all political parties until further notice.",
                 "2024-04-10") == [("1722", "MLIMIL", "MLIPTY")]


def test_a_tracker_date_between_subject_and_verb(coded):
    # "Army 21 Oct seized power": the date dates the act; it is neither subject nor object
    assert coded("Houthis 9 Jan fired missiles at a commercial vessel in the Red Sea.", "2024-01-10") == [
        ("195", "YEMREB", None)]
    assert coded("Government forces 3 Aug shelled rebel positions in Idlib, killing at least 12.",
                 "2021-08-04") == [("194", "SYRMIL", "SYRREB")]
    assert coded("Pres. Tshisekedi 12 March met Rwandan Pres. Kagame in Luanda.", "2021-03-13") == [
        ("044", "CODGOV", "RWAGOV")]


def test_chained_acts_after_a_semicolon_are_sentences(coded):
    events = coded("Police 12 March arrested 20 protesters in capital; opp. leader called for general strike.",
                   "2021-03-13")
    assert ("173", "---COP", "---CVL") in events
    assert all(c != "020" or t is None for c, _, t in events)  # no appeal to the police


def test_a_superlative_since_is_no_tally_of_the_past(coded):
    assert set(coded("Russia and the United States have completed the biggest prisoner swap since the Cold War.",
                     "2024-08-01")) == {("0841", "RUS", "USA"), ("0841", "USA", "RUS")}
    assert coded("Rebels have kidnapped 700 people since the start of the year.", "2024-08-01") == []


def test_a_headline_passive_without_its_was(coded):
    assert coded("Imran Khan arrested in Islamabad, sparking nationwide protests.", "2023-05-09") == [
        ("173", None, "PAKOPP")]
    assert coded("Journalists detained by police in Minsk.", "2021-05-10") == [("173", "BLRCOP", "BLRMED")]
    assert coded("Two aid workers abducted in Ituri province.", "2023-05-10") == [("181", None, "CODNGO")]
    # the arresting side with its object left out stays the doer
    assert coded("Police arrested on Monday.", "2023-05-10") == []


def test_troops_entering_anothers_region_take_ground(coded):
    assert coded("Russia's defence ministry says its troops have entered Ukraine's Dnipropetrovsk region.",
                 "2025-06-09") == [("192", "RUSMIL", "UKR")]
    assert coded("Ukrainian troops entered the city of Kherson to jubilant crowds.", "2022-11-11") == []


def test_accepting_a_ceasefire_agrees_to_it(coded):
    events = set(coded("Israel and Iran have both accepted a ceasefire.", "2025-06-24"))
    assert events == {("0871", "ISR", "IRN"), ("0871", "IRN", "ISR")}


def test_a_tracker_date_before_any_past_tense(coded):
    # a past tense the tagger took for a name, a subject it took for a verb
    assert coded("Boko Haram 3 Jan overran Baga military base, reportedly killing hundreds.",
                 "2015-01-04")[0][:2] == ("192", "NGAREB")
    assert coded("Ukraine separatists 22 Jan captured Donetsk airport.", "2015-01-23") == [("192", "UKRSEP", None)]
    assert {s for _, s, _ in coded("Niger, Chad and Cameroon 7 Jan agreed to form a regional force against Boko "
                                   "Haram.", "2015-01-08")} == {"NER", "TCD", "CMR"}


def test_a_death_by_accident_or_nature_is_no_act(coded):
    assert coded("Putin and Xi have sent condolences to Iran after President Ebrahim Raisi and his foreign "
                 "minister were killed in a helicopter crash.", "2024-05-20") == [
        ("018", "RUSGOV", "IRN"), ("018", "CHNGOV", "IRN")]
    assert coded("The earthquake killed at least 300 people in Herat.", "2023-10-08") == []
    assert coded("Three soldiers were killed in an attack on their convoy.", "2023-10-08")[0][0] == "190"


def test_the_month_march_is_no_protest_march(coded):
    assert coded("Assad forces 1 March retook Baba Amr district of Homs after a month-long siege.",
                 "2012-03-02") == [("192", "SYRMIL", "SYR")]
    assert coded("Police killed two protesters during a march in Cairo.", "2012-03-02")[0][0] == "175"


def test_joining_a_rally_or_a_strike(coded):
    assert coded("Opposition leaders joined protesters in central Belgrade on Sunday.", "2024-12-22") == [
        ("141", "SRBOPP", "SRBGOV")]
    assert coded("Hundreds of thousands 22 Feb joined a general strike across Myanmar.", "2021-02-23") == [
        ("143", "MMRCVL", "MMRGOV")]


def test_what_a_party_fired_is_its_own(coded):
    assert coded("Ukraine shot down most of the missiles that Russia fired at Kyiv.", "2024-09-01") == [
        ("190", "UKR", "RUS")]


def test_a_region_word_inside_a_name_is_no_region(coded):
    # "the junta's Western Command" is Myanmar's army, not the West
    events = coded("The Arakan Army says it has seized the headquarters of the junta's Western Command in Ann.",
                   "2024-07-26")
    assert events and all(not (t or "").startswith("WST") for _, _, t in events)


def test_taking_part_takes_no_ground(coded):
    assert coded("Organisers estimate that nearly two million people took part in Sunday's march against the "
                 "bill.", "2019-06-17") == []


def test_a_second_nationality_read_inside_a_name_still_counts(coded):
    # the resolver read "Egyptian military" as one name; the Egyptian aircraft drop food too
    assert coded("Jordanian and Egyptian military aircraft have dropped food parcels over northern Gaza.",
                 "2024-03-01") == [("073", "JORMIL", "PSE"), ("073", "EGYMIL", "PSE")]


def test_calling_a_verdict_politically_motivated_condemns(coded):
    assert coded("Moscow called the sentence against its citizen politically motivated.", "2024-07-19")[0][0] == "111"


def test_condemning_fighting_between_two_sides_condemns_both(coded):
    assert coded("The Secretary-General strongly condemns the outbreak of fighting between the Sudanese Armed "
                 "Forces and the Rapid Support Forces.", "2023-04-16") == [
        ("111", "IGOUNO", "SDNMIL"), ("111", "IGOUNO", "SDNUAF")]  # (the RSF is SDNUAF since round 37)


def test_parties_that_meet_meet_each_other_not_the_place(coded):
    assert set(coded("Ukraine and Russia have held a first round of talks on the Belarusian border.",
                     "2022-03-01")) == {("046", "UKR", "RUS"), ("046", "RUS", "UKR")}
    assert set(coded("Britain and France held talks with Germany.", "2022-03-01")) == {
        ("040", "GBR", "DEU"), ("040", "FRA", "DEU")}


def test_hosting_refugees_is_a_standing_description(coded):
    assert coded("Uganda hosts more than 1.5 million refugees.", "2023-01-01") == []
    assert coded("Germany took in thousands of refugees from Syria.", "2015-09-05") == [("075", "DEU", "SYR")]


# --- round 18 ---------------------------------------------------------------------------------------


def test_an_acronym_read_as_an_auxiliary_is_the_subject(coded):
    assert coded("IS claimed responsibility for the bombing at Manchester Arena.", "2017-05-23") == [
        ("015", "IRQREB", None)]
    assert coded("IS 23 May claimed responsibility for the bombing.", "2017-05-24") == [("015", "IRQREB", None)]


def test_calling_on_with_on_read_as_a_particle_is_an_appeal(coded):
    assert coded("Opp. leader Guaidó 30 April appeared with soldiers outside La Carlota air base and called on "
                 "armed forces to rise up against Maduro.", "2019-04-30") == [("020", "VENOPP", "VENMIL")]


def test_those_who_ask_for_a_meeting_do_not_meet_each_other(coded):
    assert coded("South Korea, Japan and the US requested an emergency UNSC meeting.", "2016-09-09") == [
        ("026", "KOR", None), ("026", "JPN", None), ("026", "USA", None)]


def test_fighting_with_no_side_named_is_no_event(coded):
    assert coded("Kyiv dismissed the ceasefire order as hypocrisy. Fighting reportedly continued around Bakhmut.",
                 "2023-01-06") == [("120", "UKRGOV", None)]


def test_recalling_a_high_commissioner(coded):
    assert coded("India recalled its high commissioner from Islamabad.", "2019-02-15") == [("161", "IND", "PAK")]


def test_a_chronology_date_label_and_an_adverb_after_the_date(coded):
    assert coded("2014-04-14 -- Boko Haram abducted 276 schoolgirls from Government Girls Secondary School in "
                 "Chibok, Borno state.", "2014-04-14") == [("181", "NGAREB", "NGAEDU")]
    assert coded("Spain, Ireland and Norway 28 May formally recognised State of Palestine.", "2024-05-28") == [
        ("054", "ESP", "PSE"), ("054", "IRL", "PSE"), ("054", "NOR", "PSE")]


def test_a_shattered_truce_and_a_lifted_suspension_of_parties(coded):
    assert coded("Israel 18 March shattered the two-month Gaza ceasefire with a wave of airstrikes.",
                 "2025-03-18")[0][:2] == ("196", "ISR")
    assert coded("Mali's junta 10 July lifted three-month suspension of political parties' activities.",
                 "2024-07-10") == [("0812", "MLIMIL", "MLIPTY")]


# --- round 19 ---------------------------------------------------------------------------------------


def test_a_visit_ended_has_been_made(coded):
    assert coded("The Egyptian foreign minister has ended a two-day visit to Sudan.", "2012-11-20") == [
        ("042", "EGYGOV", "SDN")]


def test_forces_put_on_a_state_of_alert(coded):
    assert coded("Seoul put its forces near the maritime border on the highest state of alert.",
                 "2010-11-23") == [("152", "KORGOV", None)]


def test_troops_ordered_out_of_a_place_withdraw(coded):
    assert coded("The Israeli defence minister ordered the troops out of the security zone in Lebanon.",
                 "2000-05-22") == [("0874", "ISRGOV", "LBN")]


def test_striking_back_at_a_foes_positions(coded):
    assert coded("The Israeli air force says it has struck back at Hamas positions in Gaza.", "2021-05-12") == [
        ("195", "ISRMIL", "PSEREB")]


def test_an_apology_expressed(coded):
    assert coded("The Japanese prime minister expressed his deep remorse and heartfelt apology to Korea.",
                 "1995-08-15") == [("055", "JPNGOV", "KOR")]


def test_inspectors_allowed_back_into_a_country(coded):
    assert coded("Baghdad has allowed the UN inspectors back into the country.", "1998-11-18") == [
        ("0862", "IRQGOV", "IGOUNO")]


def test_a_person_flown_somewhere_is_no_visit_by_the_flier(coded):
    assert coded("Troops arrested President Zelaya and flew him to Costa Rica.", "2009-06-28") == [
        ("173", "---MIL", "HNDGOV")]


def test_a_ship_seized_off_a_coast_takes_no_ground(coded):
    assert coded("Iran demanded the release of its oil tanker seized off Gibraltar.", "2019-07-08") == [
        ("1053", "IRN", None)]


def test_fighting_in_a_place_with_no_side_named_is_no_event(coded):
    assert coded("The army and the RSF signed a truce, but fighting continued in parts of Omdurman.",
                 "2023-05-22") == [("0871", "SDNMIL", "SDNUAF"), ("0871", "SDNUAF", "SDNMIL")]


def test_a_war_fought_for_years_is_history(coded):
    assert coded("Colombia's FARC rebels have fought a fifty-year insurgency.", "2016-08-24") == []
    assert coded("The PKK has waged an armed campaign against the Turkish state since 1984.", "2016-08-24") == []


def test_agreeing_that_something_is_so_is_accord(coded):
    assert coded("Hu Jintao and Vladimir Putin agreed that the killing was a provocation.", "2006-07-11") == [
        ("019", "CHNGOV", "RUSGOV"), ("019", "RUSGOV", "CHNGOV")]


def test_the_subject_after_an_opening_participle(coded):
    assert coded("Speaking in Nairobi, the UN Secretary-General has urged Ethiopia's government to open talks "
                 "with the Tigrayan forces.", "2021-11-16") == [("026", "IGOUNO", "ETHGOV")]


def test_an_act_told_with_its_own_doer_beside_the_main_act(coded):
    found = coded("Ethiopia and Eritrea ended their hostility, with Abiy Ahmed and Isaias Afwerki signing a "
                  "peace accord in Asmara.", "2018-07-09")
    assert ("057", "ETHGOV", "ERIGOV") in found and ("057", "ERIGOV", "ETHGOV") in found
    # what "with a spokesman saying" reports stays unasserted
    assert coded("Human rights groups have condemned the decision, with Amnesty saying it violates "
                 "international law.", "2023-10-14") == [("111", "---HRINGO", None)]


def test_revoking_a_defence_agreement_refuses_military_cooperation(coded):
    assert coded("The junta in Mali has revoked its defence agreement with France.", "2024-03-19") == [
        ("1212", "MLIMIL", "FRA")]


def test_considering_a_proposal(coded):
    assert coded("The Kremlin says it will carefully consider the Turkish proposal.", "2022-03-01") == [
        ("014", "RUSGOV", "TUR")]


def test_money_asked_or_pledged_as_emergency_aid(coded):
    assert coded("The World Food Programme has appealed for 20 million dollars in emergency funding for flood "
                 "victims.", "2004-12-30") == [("0233", "IGOUNO", None)]
    assert coded("Japan has pledged 5 million dollars in emergency aid for Turkey.", "2023-02-08") == [
        ("0333", "JPN", "TUR")]


def test_the_second_of_three_listed_acts_left_unattached(coded):
    found = coded("President Zelensky declared martial law, ordered a general mobilisation, and severed "
                  "diplomatic ties with Moscow.", "2022-02-24")
    assert [f[:2] for f in found] == [("1724", "UKRGOV"), ("154", "UKRGOV"), ("161", "UKRGOV")]
    assert found[2][2] == "RUS"


def test_being_on_hunger_strike(coded):
    assert coded("Kurdish prisoners in Turkey have been on hunger strike for forty days.", "2016-03-01") == [
        ("142", "TURCVL", "TURGOV")]


def test_a_bulletin_headline_label_is_dropped_and_drone_strikes_named_by_their_noun(coded):
    assert coded("The headlines this hour: Israel and Hamas have agreed a ceasefire in Gaza, and Russia has "
                 "launched fresh drone strikes on Kyiv.", "2024-01-01") == [
        ("0871", "ISR", "PSEREB"), ("0871", "PSEREB", "ISR"), ("1952", "RUS", "UKRGOV")]


def test_a_shooting_told_with_its_outcome_is_one_attack(coded):
    assert [f[0] for f in coded("Taliban gunmen shot and wounded a schoolgirl on a bus in Swat.",
                                "2012-10-09")] == ["182"]


def test_a_war_waged_since_is_history(coded):
    assert coded("The Taliban have since waged a bloody insurgency against the Western-backed government in "
                 "Kabul.", "2010-01-01") == []


def test_a_town_named_with_its_country_adjective(coded):
    assert coded("A convoy of lorries carrying food has crossed into the besieged Syrian town of Madaya.",
                 "2016-01-11") == [("073", None, "SYR")]
    # a community's adjective names no country
    assert coded("Iraqi warplanes bombed the Kurdish town of Halabja.", "1988-03-20") == [
        ("195", "IRQMIL", "IRQ")]


def test_a_single_person_named_by_nationality_is_a_civilian(coded):
    assert coded("Israeli forces demolished the family home of a Palestinian in Jerusalem.", "2015-11-10") == [
        ("1712", "ISRMIL", "PSECVL")]


def test_welcoming_a_release_is_aimed_at_the_one_who_freed(coded):
    assert coded("The United States has welcomed the release of the Australian journalist Peter Greste by "
                 "Egypt.", "2015-02-01") == [("051", "USA", "EGY")]


def test_views_exchanged_are_consultation(coded):
    assert coded("Xi Jinping and Vladimir Putin exchanged views on the Iran nuclear issue in Moscow.",
                 "2019-06-14") == [("040", "CHNGOV", "RUSGOV"), ("040", "RUSGOV", "CHNGOV")]


def test_representations_lodged_and_dissatisfaction_expressed(coded):
    assert coded("The Chinese side lodged solemn representations with the US side over the arms sale to "
                 "Taiwan.", "2021-03-03") == [("114", "CHN", "USA")]
    assert coded("China's Foreign Ministry expressed strong dissatisfaction and firm opposition to the US "
                 "sanctions.", "2021-03-03") == [("110", "CHNGOV", "USA")]


def test_fighters_neutralized(coded):
    assert [f[:2] for f in coded("The Turkish army neutralized five PKK terrorists in northern Iraq.",
                                 "2023-04-05")] == [("190", "TURMIL")]


def test_a_delegation_or_a_body_is_its_own_wherever_it_is(coded):
    assert coded("Egyptian President Sisi met with a Hamas delegation in Cairo.", "2021-05-20") == [
        ("040", "EGYGOV", "PSEREB")]
    assert coded("Sudan accepted the deployment of UN peacekeepers in Darfur.", "2008-01-01") == [
        ("0861", "SDN", "IGOUNO")]


def test_both_parties_stand_for_the_two_named_before(coded):
    assert sorted(coded("Kazakhstan and China held talks in Astana. Both parties signed a memorandum on trade.",
                        "2023-04-05")[2:]) == [("057", "CHN", "KAZ"), ("057", "KAZ", "CHN")]


def test_a_subject_described_by_an_adjective_phrase(coded):
    assert coded("In the largest rallies in years, voters dissatisfied with the election results in Kenya "
                 "pointed the finger at the electoral commission and burned its office.", "2020-01-01")[0] == (
        "112", "KENCVL", "KENGOV")


def test_it_after_unrest_is_no_party(coded):
    # "it" names no party; since round 40 the suppression is aimed at the protesters the sentence tells
    assert coded("Large-scale protests broke out in Kazakhstan, and the president ordered the troops to "
                 "suppress it.", "2022-01-10") == [("141", "KAZCVL", "KAZGOV"), ("175", "KAZGOV", "KAZCVL")]


def test_a_participle_describing_a_place_is_no_act(coded):
    assert coded("The Israeli army demolished a house in the town of Silwan in occupied Jerusalem.",
                 "2023-04-05") == [("1712", "ISRMIL", None)]


def test_a_video_conference_is_talks_at_a_distance(coded):
    assert coded("Ukrainian President Zelensky held a video conference with French President Macron on the 9th.",
                 "2022-05-10") == [("041", "UKRGOV", "FRAGOV")]


def test_an_attack_repelled_is_fighting_the_attackers(coded):
    assert coded("The Syrian army repelled an attack by terrorists on its positions in Idlib.", "2022-05-10") == [
        ("190", "SYRMIL", "SYRREB")]


def test_martyred_by_forces_is_killed(coded):
    assert [f[0][:2] for f in coded("Three Palestinians were martyred by the bullets of the Israeli occupation "
                                    "forces in Jenin.", "2023-04-05")] == ["18"]


def test_jets_scrambled_to_warn_intruders_off_make_no_threat(coded):
    assert [f[0] for f in coded("Chinese warplanes have crossed the median line, and Taipei has scrambled "
                                "fighter jets to warn them off.", "2020-09-09")] == ["150"]


def test_an_ultimatum_until_a_day(coded):
    assert coded("ECOWAS has given President Yahya Jammeh until midday on Friday to step down or face military "
                 "action.", "2017-01-13")[0][:2] == ("139", "IGOWAFWAS")


def test_money_given_or_pledged_of_humanitarian_aid(coded):
    assert coded("The European Union provided 50 million euros of humanitarian assistance to Afghanistan.",
                 "2023-04-05") == [("073", "IGOEUREEC", "AFG")]
    assert coded("Japan pledged 20 million dollars of humanitarian aid to Syria.", "2023-04-05") == [
        ("0333", "JPN", "SYR")]


def test_a_picture_credit_before_the_text_is_dropped(coded):
    assert coded("(Photo: Xinhua) Chinese President Xi Jinping met with visiting Brazilian President Lula in "
                 "Beijing on the 14th.", "2023-04-15") == [("040", "CHNGOV", "BRAGOV"), ("042", "BRAGOV", "CHNGOV")]


def test_relations_reduced_are_aimed_at_the_country(coded):
    assert coded("France recalled its ambassadors to Washington and Canberra for consultations.",
                 "2021-09-17") == [("161", "FRA", "USA"), ("161", "FRA", "AUS")]
    # an expulsion and a downgrade told together are one reduction of relations with Turkey (the first
    # wording kept: an expelled envoy is his government's, as the round-22 convention settled)
    assert coded("Egypt expelled the Turkish ambassador and downgraded diplomatic relations with Ankara.",
                 "2013-11-23") == [("161", "EGY", "TURGOV")]


def test_criticism_drawn_by_an_act_told_through_the_verb_it_completes(coded):
    assert ("111", "PHLGOV", "IGOJUDICC") in coded(
        "The International Criminal Court authorized its prosecutor to open an investigation, drawing a sharp "
        "rebuke from Manila.", "2021-09-15")


# --- round 20 ---------------------------------------------------------------------------------------


def test_declared_persona_non_grata_is_an_expulsion(coded):
    assert coded("The foreign ministry of Latvia declared two Russian diplomats persona non grata on Monday.",
                 "2021-04-23") == [("161", "LVAGOV", "RUSGOV")]
    # the object put after the phrase, and the days given to leave part of the expulsion
    assert coded("The Venezuelan government declared persona non grata the ambassador of Spain and gave him 72 "
                 "hours to leave.", "2021-02-24") == [("161", "VENGOV", "ESPGOV")]


def test_employees_of_an_embassy_are_its_government(coded):
    # (the passive has no doer named: no source)
    assert coded("Three employees of the Latvian embassy were declared persona non grata.", "2021-04-23") == [
        ("161", None, "LVAGOV")]


def test_countermeasures_taken_or_promised(coded):
    assert coded("China will take resolute countermeasures against the sanctions of the US side.",
                 "2021-07-23") == [("130", "CHN", "USA")]
    assert coded("China took countermeasures against the US officials on Friday.", "2021-07-23") == [
        ("170", "CHN", "USAGOV")]


def test_the_right_to_respond_reserved_is_a_threat(coded):
    assert coded("Iran reserves the right to take a decisive response.", "2024-04-02") == [("130", "IRN", None)]


def test_condemning_the_attack_of_a_party_on_a_victim(coded):
    assert coded("Iran condemned the attack of the Zionist regime on its embassy in Damascus.", "2024-04-02") == [
        ("111", "IRN", "ISRGOV")]


def test_a_phone_call_the_act_was_told_in(coded):
    assert coded("In the phone call with Putin on Sunday, Erdogan thanked him for the grain deal.",
                 "2022-08-07") == [("041", "TURGOV", "RUSGOV"), ("051", "TURGOV", "RUSGOV")]
    assert coded("Raisi discussed the war in Gaza in a telephone conversation with Saudi Crown Prince Mohammed "
                 "bin Salman.", "2023-10-11") == [("041", "IRNGOV", "SAUGOV")]


def test_a_protest_told_in_a_relative_clause(coded):
    assert coded("Chilean carabineros dispersed thousands of students who marched in Santiago.",
                 "2011-08-05") == [("175", "CHLCOP", "CHLEDU"), ("141", "CHLEDU", "CHLGOV")]
    # a gathering with no protest named stays a description
    assert coded("Riot police beat opposition supporters who had gathered outside the party offices.",
                 "2001-01-01") == [("182", "---COP", "---OPP")]


def test_a_visit_going_on_told_in_a_relative_clause(coded):
    assert coded("Prime Minister Kishida held talks with the South Korean president, who is visiting Tokyo.",
                 "2023-03-16") == [("040", "JPNGOV", "KORGOV"), ("042", "KORGOV", "JPNGOV")]


def test_a_suicide_attack_told_in_a_relative_clause(coded):
    # (since round 41 a country's nationals killed in a bombing are its people, CVL)
    assert ("1831", "PAKSEP", "CHNCVL") in coded(
        "The Baloch Liberation Army claimed responsibility for a suicide attack near Karachi airport that "
        "killed two Chinese engineers.", "2024-03-25")


def test_the_object_after_a_place_in_translated_copy(coded):
    assert coded("President Macron received at the Elysee the Israeli prime minister on Tuesday.",
                 "2023-10-24") == [("043", "FRAGOV", "ISRGOV"), ("042", "ISRGOV", "FRAGOV")]


def test_an_offer_made_to_a_party(coded):
    assert coded("Seoul proposed to Pyongyang to hold talks on the separated families.", "2022-08-08") == [
        ("036", "KORGOV", "PRKGOV")]


def test_ambassadors_called_for_consultations_are_recalled(coded):
    assert coded("Israel called its ambassadors in Madrid and Dublin for consultations.", "2024-05-22") == [
        ("161", "ISR", "ESP"), ("161", "ISR", "IRL")]


def test_sanctions_added_or_rolled_over(coded):
    assert coded("Japan decided to add sanctions against Russia on Tuesday.", "2022-04-12") == [
        ("163", "JPN", "RUS")]
    assert coded("The EU decided to prolong the economic sanctions against Russia for six months.",
                 "2022-07-26") == [("1244", "IGOEUREEC", "RUS")]


def test_missiles_fired_toward_the_sea_are_a_show_of_force(coded):
    assert coded("North Korea fired one short-range ballistic missile toward the East Sea on Wednesday.",
                 "2022-05-25") == [("150", "PRK", None)]


def test_vigilance_stepped_up(coded):
    assert coded("The Thai army stepped up its vigilance along the border.", "2011-02-05") == [
        ("152", "THAMIL", None)]


def test_a_protest_expressed_to_a_government(coded):
    assert coded("Foreign Minister Hayashi expressed a strong protest through diplomatic channels to the "
                 "Chinese side on Thursday.", "2022-08-04") == [("114", "JPNGOV", "CHN")]


def test_a_named_body_with_the_noun_of_its_kind(coded):
    # ("the Houthi group" is the Houthis, so "it" is too; the ship's owner is the target)
    assert coded("The Houthi group said it targeted a commercial ship belonging to Israel in the Red Sea.",
                 "2024-01-01") == [("190", "YEMREB", "ISR")]


def test_a_release_by_a_party_announced_by_another(coded):
    assert coded("Qatar announced the release of 13 Israeli hostages by Hamas on Friday.", "2023-11-24") == [
        ("0841", "PSEREB", "ISRCVL")]


def test_a_place_label_before_the_sentence(coded):
    assert coded("Mali: the junta expelled the French ambassador on Monday.", "2022-01-31") == [
        ("161", "MLIMIL", "FRAGOV")]


def test_headline_verbs_the_tagger_reads_as_nouns(coded):
    assert coded("North Korea fires missile into sea - Seoul", "2022-05-25") == [("150", "PRK", None)]
    assert coded("Protesters storm parliament in Baghdad", "2022-07-27") == [("1451", "IRQCVL", "IRQLEG")]
    # (145 until round 41: a parliament stormed is a riot against the government, 1451)
    assert coded("Turkey's Erdogan raps EU over migrant deal", "2020-03-09") == [("111", "TURGOV", "IGOEUREEC")]
    # a plural subject that is also a headline verb, and its verb ("strikes pound")
    assert coded("Air strikes pound Gaza", "2014-07-20") == [("195", None, "PSE")]
    assert coded("Turkish air strikes killed 12 Kurdish fighters in northern Iraq.", "2015-07-26")[0][:2] == (
        "195", "TURMIL")
    # subjects joined by a comma, as headlines join them
    assert coded("Putin, Xi ink energy deal", "2019-06-05") == [
        ("057", "RUSGOV", "CHNGOV"), ("057", "CHNGOV", "RUSGOV")]


def test_a_feed_label_and_a_headlines_comma(coded):
    assert coded("Exclusive: Saudi Arabia, Iran hold secret talks in Baghdad", "2021-04-18") == [
        ("044", "SAU", "IRN"), ("044", "IRN", "SAU")]


def test_a_headlines_infinitive_is_its_future(coded):
    assert coded("Indian PM to visit Beijing next week", "2018-04-20") == [("036", "INDGOV", "CHNGOV")]
    assert coded("Obama to meet Netanyahu at White House", "2012-03-01") == [("036", "USAGOV", "ISRGOV")]


def test_headlines_of_no_event(coded):
    assert coded("Gaza death toll passes 10,000", "2023-11-06") == []
    assert coded("Oil prices rise as Gulf tensions mount", "2019-06-14") == []


def test_coming_together_is_meeting(coded):
    assert coded("Turkish Foreign Minister Hakan Fidan came together with Hamas leader Ismail Haniyeh in Doha on "
                 "Wednesday.", "2024-04-17") == [("044", "TURGOV", "PSEREB")]


def test_a_role_appreciated_is_praise(coded):
    assert coded("Indonesian President Prabowo Subianto appreciated the role of Egypt and Qatar in mediating the "
                 "ceasefire.", "2025-01-16") == [("051", "IDNGOV", "EGY"), ("051", "IDNGOV", "QAT")]


def test_what_was_done_during_a_call(coded):
    assert ("0256", "EGYGOV", "SDNUAF") in coded(  # (the RSF is SDNUAF since round 37)
        "Egyptian Foreign Minister Sameh Shoukry received a phone call from his Sudanese counterpart, during "
        "which Shoukry called for an immediate ceasefire between the army and the Rapid Support Forces.",
        "2023-06-01")
    # talks during the call are the call itself
    assert coded("Lavrov held a telephone conversation with his Turkish counterpart Cavusoglu, during which the "
                 "two sides discussed the situation around Ukraine.", "2022-03-01") == [("041", "RUSGOV", "TURGOV")]


def test_more_headlines(coded):
    assert coded("Hamas launches surprise attack on Israel from Gaza", "2023-10-07") == [("190", "PSEREB", "ISR")]
    assert coded("Iraq parliament votes to expel US troops", "2020-01-05") == [("174", "IRQLEG", "USAMIL")]
    assert coded("Iran vows 'harsh revenge' for Soleimani killing", "2020-01-03") == [("138", "IRN", None)]
    assert coded("Ethiopia, Eritrea sign peace deal ending two decades of war", "2018-09-16") == [
        ("057", "ETH", "ERI"), ("057", "ERI", "ETH")]
    assert coded("Trump and Kim Jong Un sign joint statement at Singapore summit", "2018-06-12") == [
        ("057", "USAGOV", "PRKGOV"), ("057", "PRKGOV", "USAGOV")]


def test_a_headline_name_tagged_as_an_adjective_and_a_verb_read_as_apposition(coded):
    assert coded("Pakistan summons Afghan envoy over border clash.", "2022-12-12") == [("114", "PAK", "AFGGOV")]
    assert ("045", "EGY", "PSEREB") in coded("Egypt, Qatar mediate between Israel and Hamas", "2023-11-20")


# --- round 21 ---------------------------------------------------------------------------------------


def test_headline_subjects_joined_by_a_comma_in_every_parse(coded):
    # the first name read as an adverb of the verb, or as the root the verb is joined to
    assert coded("Erdogan, Putin hold talks in Sochi on Syria", "2019-10-22") == [
        ("040", "TURGOV", "RUSGOV"), ("040", "RUSGOV", "TURGOV")]
    assert coded("Merkel, Hollande meet Poroshenko in Berlin", "2016-04-01") == [
        ("040", "DEUGOV", "UKRGOV"), ("040", "FRAGOV", "UKRGOV")]
    assert coded("Colombia, ELN rebels agree to resume peace talks in Mexico", "2022-12-01") == [
        ("036", "COL", "COLREB"), ("036", "COLREB", "COL")]
    # a date before the comma is no subject
    assert coded("Yesterday, Putin held talks with Erdogan in Sochi.", "2022-01-01") == [
        ("040", "RUSGOV", "TURGOV")]


def test_a_headlines_infinitive_before_its_attribution(coded):
    assert coded("France to pull troops out of Niger by year end, Macron says", "2023-08-24") == [
        ("0356", "FRAGOV", "NER")]


def test_a_vowed_revenge_is_a_threat(coded):
    # retaliation vowed names no kind of act: a threat (130); revenge is one of force (138)
    assert ("130", "RUSGOV", "UKRGOV") in coded(
        "Kremlin accuses Kyiv of drone attack on Putin's residence, vows retaliation", "2023-05-04")
    assert [c for c, _, _ in coded("Tehran vowed harsh revenge on Friday.", "2020-01-03")] == ["138"]
    assert coded("China vows countermeasures against the United States over Taiwan arms sale",
                 "2022-08-02") == [("130", "CHN", "USA")]


def test_a_titles_act_told_again_with_its_doer(coded):
    # one arrest, by the police; a second arrest of other people is its own
    assert coded("Kenyan rights activist arrested in Nairobi. Police detained the rights campaigner outside "
                 "parliament on Tuesday, his lawyer said.", "2023-06-13") == [("173", "KENCOP", "KENHRINGO")]
    assert coded("Kenyan activist arrested in Nairobi. Police also detained two journalists covering the "
                 "protest, the union said.", "2023-06-13") == [("173", None, "KENOPP"), ("173", "KENCOP", "KENMED")]


def test_a_feed_items_title_and_summary_are_sentences_telling_one_act(coded):
    assert coded("Kenyan rights activist arrested in Nairobi | Police detained the rights campaigner outside "
                 "parliament on Tuesday, his lawyer said.", "2023-06-13") == [("173", "KENCOP", "KENHRINGO")]
    # the party only the title names is kept
    assert coded("Germany to send Patriot missile system to Ukraine | Berlin will supply a battery, the "
                 "government said.", "2023-01-05") == [("0332", "DEUGOV", "UKR")]


def test_report_narratives(coded):
    assert coded("The Special Rapporteur calls on the Government of the Philippines to stop the killings of "
                 "suspected drug users.", "2018-02-27")[0][1:] == ("IGOUNO", "PHLGOV")
    assert coded("The Nicaraguan government stripped 94 critics of their nationality.", "2023-02-16") == [
        ("172", "NICGOV", "NICOPP")]
    # ending a job is no rejection
    assert coded("Bahraini authorities dismissed more than 2,500 workers for their alleged participation in the "
                 "strike.", "2011-05-30") == []


def test_headline_verbs_read_as_the_subject_of_the_next_act(coded):
    assert coded("Lithuania expels Russian ambassador, closes consulate", "2022-04-04") == [("161", "LTU", "RUSGOV")]
    assert coded("Mali junta orders French ambassador to leave within 72 hours", "2022-01-31") == [
        ("161", "MLIMIL", "FRAGOV")]
    # a particle read as a preposition
    assert coded("Turkey shoots down Russian warplane near Syria border", "2015-11-24") == [("190", "TUR", "RUSMIL")]


def test_a_leader_ousted(coded):
    assert coded("Egypt's Morsi ousted by army after days of mass protests", "2013-07-03") == [
        ("172", "EGYMIL", "EGYGOV")]
    # fighting to oust a leader is an aim, not the act
    assert coded("The rebels fighting to oust him opened a new front in the north.", "2003-06-04") == []


def test_more_headline_parses(coded):
    # a verb the tagger read as a noun root; a title before ", police say"; a relief team
    assert coded("Tens of thousands march in Paris against pension reform", "2023-01-19") == [
        ("1412", "FRACVL", "FRAGOV")]
    assert coded("Palestinian stabbing attack wounds 2 Israelis in Jerusalem, police say", "2022-10-10")[0][1:] == (
        "PSE", "ISRCVL")
    assert coded("Japan sends emergency relief team to quake-hit Turkey", "2023-02-07") == [("073", "JPN", "TUR")]


def test_a_captive_handed_back_and_a_terror_label_dropped(coded):
    assert coded("Pakistan handed back the captured Indian pilot on Friday.", "2019-03-01") == [
        ("0841", "PAK", "IND")]
    assert coded("Ethiopia's parliament drops terror label from 3 rebel groups", "2021-07-15") == [
        ("0812", "ETHLEG", "ETHREB")]


def test_a_deal_brokered_by_a_third_party_and_names_joined_as_an_apposition(coded):
    assert coded("Ukraine and Russia swapped 230 prisoners of war in an exchange brokered by the UAE.",
                 "2022-09-22") == [("0841", "UKR", "RUS"), ("0841", "RUS", "UKR"), ("045", "ARE", "UKR"),
                                   ("045", "ARE", "RUS")]
    assert ("045", "CHN", "IRN") in coded("Saudi Arabia and Iran agreed to restore ties in a China-brokered deal.",
                                          "2023-03-10")
    # (not a dialogue one is urged to join)
    assert [e for e in coded("NATO urged Belgrade and Pristina to engage in the EU-facilitated dialogue.",
                             "2023-06-01") if e[0] == "045"] == []
    assert coded("EU, UK clinch post-Brexit trade deal", "2020-12-24") == [
        ("057", "IGOEUREEC", "GBR"), ("057", "GBR", "IGOEUREEC")]


def test_report_narratives_of_coercion(coded):
    assert coded("Azerbaijani forces blocked the Lachin corridor, preventing food and medicine from reaching "
                 "Nagorno-Karabakh.", "2023-09-14")[0][:2] == ("191", "AZEMIL")
    assert coded("Burundian authorities suspended the activities of international NGOs for three months.",
                 "2018-11-12") == [("172", "BDIGOV", "---NGO")]
    # a wedding party is its guests, no political party
    assert coded("The Saudi-led coalition struck a wedding party in the village of Wahijah on 28 September.",
                 "2015-09-30") == [("195", "SAUMIL", "---CVL")]


def test_access_denied_to_outsiders(coded):
    assert coded("The Ethiopian government denied the UN access to the Tigray region for more than a month.",
                 "2020-12-03") == [("1245", "ETHGOV", "IGOUNO")]


def test_a_person_the_tagger_read_as_a_verb(coded):
    assert coded("Putin congratulates Trump on election win, ready for dialogue", "2024-11-07") == [
        ("051", "RUSGOV", "USAELI")]


def test_a_tally_since_a_month_with_no_doer(coded):
    assert coded("More than 400 civilians have been killed in the province since January, most of them by "
                 "improvised explosive devices.", "2016-04-21") == []
    # with its doer it is the act, told over the months
    assert coded("Mauritanian authorities have expelled more than 40,000 black Mauritanians to Senegal since "
                 "April.", "1989-06-06")[0][:2] == ("201", "MRTGOV")


def test_a_charge_joined_to_another_is_no_act_and_a_figure_hits_a_high(coded):
    assert coded("Prosecutors accuse the opposition politician of corruption and aiding a terrorist group.",
                 "2025-03-19") == [("1121", "---JUD", "---OPP")]
    assert coded("Migrant deaths in Mediterranean hit 6-year high - IOM", "2016-10-26") == []


def test_a_headlines_source_after_a_dash_before_its_summary(coded):
    assert coded("Migrant deaths in Mediterranean hit 6-year high - IOM | More than 2,500 people died trying to "
                 "cross, the UN agency said.", "2016-10-26") == []
    assert coded("N Korea fires missile into sea - Seoul | The missile flew about 470 km, South Korea's military "
                 "said.", "2022-05-25") == [("150", "PRK", None)]


def test_abuse_displacement_and_obstructed_relief(coded):
    assert coded("The detainees were subjected to beatings and electric shocks.", "2020-07-01") == [
        ("1822", None, "---CVL")]
    assert coded("The Myanmar military forcibly displaced more than 725,000 Rohingya.", "2018-08-27") == [
        ("201", "MMRMIL", "MMRCVL")]
    # displaced by fighting: a count, no doer
    assert coded("The fighting displaced 300,000 people.", "2019-01-01") == []
    assert coded("The authorities obstructed the delivery of humanitarian aid to besieged areas.",
                 "2017-02-14")[0][0] == "1623"


def test_an_amnesty_granted_is_a_release(coded):
    assert coded("The Kenyan government granted amnesty to more than 300 people detained during the protests.",
                 "2024-01-15") == [("0841", "KENGOV", "KENCVL")]


def test_an_order_to_a_party_the_orderer_does_not_command_is_a_demand(coded):
    assert coded("The International Court of Justice has ordered Israel to immediately halt its military "
                 "offensive in Rafah.", "2024-05-24") == [("1056", "IGOUNO", "ISR")]
    assert coded("The court ordered the government to release the detained journalists.", "2019-05-01")[0][0] == "1053"
    # one's own forces ordered: the act itself
    assert coded("Putin ordered troops into Ukraine's breakaway regions.", "2022-02-21") == [("154", "RUSGOV", "UKR")]


def test_troops_sent_into_a_country_and_toward_a_border(coded):
    assert coded("NATO will deploy four multinational battalions to Poland from early next year.",
                 "2016-06-14") == [("0334", "IGOWSTNAT", "POL")]
    assert coded("Venezuela deployed troops and armoured vehicles to its eastern border with Guyana on Thursday.",
                 "2023-12-07") == [("154", "VEN", "GUY")]
    # weapons sent are military aid
    assert coded("Germany said it would send Leopard 2 battle tanks to Ukraine.", "2023-01-25")[0][0] == "0332"


def test_headline_exchanges_and_capitalised_plural_names(coded):
    assert coded("Armenia, Azerbaijan trade fire on border", "2022-09-13") == [
        ("190", "ARM", "AZE"), ("190", "AZE", "ARM")]
    assert ("057", "ISR", "BHR") in coded("Israel, UAE, Bahrain sign Abraham Accords at White House", "2020-09-15")


# --- round 22 ---------------------------------------------------------------------------------------


def test_a_second_plural_object_read_as_a_verb_is_an_object(coded):
    assert coded("On Friday the EU imposed travel bans and asset freezes on 40 Belarusian officials.",
                 "2020-10-03") == [("163", "IGOEUREEC", "BLRGOV")]


def test_an_unknown_name_takes_the_code_of_the_acronym_in_brackets(coded):
    assert set(coded("Talks between the Colombian government and the National Liberation Army (ELN) resumed "
                     "in Caracas.", "2022-11-22")) == {("044", "COLGOV", "COLREB"), ("044", "COLREB", "COLGOV")}
    # (044: talks held abroad)


def test_an_act_named_by_a_noun_with_its_doer_happened_when_followed_by_another(coded):
    assert coded("The arrest of the opposition leader by police in Kampala was followed by protests.",
                 "2020-11-19") == [("173", "UGACOP", "UGAOPP")]
    # (with no doer named, a noun told as what came before is background)
    assert coded("The execution of the protester followed a sham trial, the group said.", "2022-12-09") == []


def test_a_body_closed_by_order_is_an_administrative_sanction(coded):
    assert coded("A Moscow court ordered the liquidation of International Memorial.", "2021-12-29")[0][0] == "172"
    assert coded("A Cambodian court ordered the dissolution of the main opposition party.",
                 "2017-11-17") == [("1722", "KHMJUD", "KHMOPP")]


def test_an_arrangement_signed_is_an_agreement(coded):
    assert set(coded("Bangladesh and Myanmar signed an arrangement on the return of Rohingya refugees.",
                     "2017-11-24")) == {("057", "BGD", "MMR"), ("057", "MMR", "BGD")}


def test_the_islamic_state_is_the_rebels_of_the_country_where_it_acts(coded):
    assert coded("Islamic State militants massacred more than 200 civilians in the Syrian town of Kobani.",
                 "2015-06-26") == [("202", "SYRREB", "SYRCVL")]
    assert coded("Islamic State fighters used civilians as human shields in Mosul.", "2016-11-05")[0][1] == "IRQREB"
    # a place outside the lands it held does not make it that country's rebels
    assert coded("Islamic State claimed the bombing at a concert in Manchester.", "2017-05-23")[0][1] == "IRQREB"


def test_an_appeal_whose_second_complement_is_coded_is_that_appeal_alone(coded):
    assert {c for c, _, _ in coded("The UN envoy urged the government and the opposition to return to Geneva "
                                   "and to negotiate in good faith.", "2022-05-30")} == {"026"}


def test_a_bare_plural_people_name_undergoing_an_act_is_civilians(coded):
    assert coded("Pakistani police detained Afghans in Karachi.", "2023-11-02") == [("173", "PAKCOP", "AFGCVL")]


def test_rejecting_a_bodys_findings_is_a_denial_aimed_at_it(coded):
    assert coded("Russia rejected the findings of the Dutch-led inquiry.", "2016-09-29") == [("016", "RUS", "NLD")]
    # (dismissing reports of a fact is no event)
    assert coded("The army dismissed reports that its troops had entered the town.", "2016-09-29") == []


def test_a_list_of_acts_since_a_distant_start_is_a_summary(coded):
    assert coded("Since the coup in 2021, the junta has jailed thousands of activists, shut down independent "
                 "newspapers and expelled foreign reporters.", "2023-05-01") == []


def test_an_act_told_in_the_past_tense_after_before_happened(coded):
    assert coded("That was before Moscow expelled 20 German diplomats last week.", "2023-05-01") == [
        ("161", "RUSGOV", "DEUGOV")]
    # (a condition in a vow, told in the past tense, did not)
    assert "0831" not in {c for c, _, _ in coded("The miners vowed to keep up their strike until the president "
                                                  "resigned.", "1996-12-01")}


def test_a_subject_pronoun_of_a_joined_clause_is_the_first_clauses_subject(coded):
    # (and a plan denied is no threat)
    assert coded("The Kremlin denies any plan to attack Ukraine, but it has massed troops on the border.",
                 "2021-12-01") == [("154", "RUSGOV", None)]


def test_talks_with_only_a_place_named_are_no_event(coded):
    assert coded("Last month's talks in Geneva ended without agreement.", "2023-05-01") == []


def test_a_third_party_under_whose_auspices_an_act_was_done_mediated(coded):
    events = set(coded("Fatah and Hamas signed a reconciliation agreement in Cairo on Thursday under Egyptian "
                       "auspices.", "2017-10-12"))
    assert {("045", "EGY", "PSEPTY"), ("045", "EGY", "PSEREB")} <= events


def test_a_reaction_clause_on_a_move_is_aimed_at_its_doer_even_when_the_move_is_not_coded(coded):
    assert coded("Iran stripped several IAEA inspectors of their accreditation, a move Grossi condemned as "
                 "extreme.", "2023-09-16") == [("111", "IGOUNO", "IRN")]
    assert ("111", "PRK", "USAMIL") in coded("American and South Korean forces have begun their largest joint "
                                             "air exercise in years, a move that North Korea has condemned.",
                                             "2023-08-20")
    # (but a happening that sparked no named party's reaction is none)
    assert coded("The court banned the party on Friday, a ruling that sparked protests.", "2009-12-12")[0][0] == "1722"


def test_condemning_the_brutal_aggression_refers_back_to_the_act(coded):
    assert ("111", "SYRGOV", "TUR") in coded("Turkey launched an offensive against Kurdish militias in Afrin on "
                                             "Saturday; Damascus condemned the brutal aggression.", "2018-01-21")


def test_what_a_share_of_a_public_holds_is_an_opinion(coded):
    assert coded("Many Israelis blame Netanyahu for the security failures of October 7.", "2024-03-01") == []


def test_the_high_commissioner_alone_is_the_uns(coded):
    assert coded("The High Commissioner urged the Government of Sri Lanka to establish an accountability "
                 "mechanism.", "2021-01-27") == [("020", "IGOUNO", "LKAGOV")]
    assert coded("The British High Commissioner met the Indian foreign minister in New Delhi.",
                 "2021-01-27") == [("040", "GBRGOV", "INDGOV")]


def test_the_leaders_of_a_body_its_pronoun_names_are_that_bodys(coded):
    assert coded("Thailand's Constitutional Court dissolved the opposition Move Forward Party and banned its leaders "
                 "from politics for 10 years.", "2024-08-07") == [("1722", "THAJUD", "THAOPP")]
    # (a body does not punish its own leaders: "its" is the coup's country here)
    assert ("163", "IGOEUREEC", "IGOEUREEC") not in coded("The European Union condemned the military coup in Niger "
                                                          "and imposed sanctions on its leaders.", "2023-08-05")


def test_receiving_a_thing_is_no_hosting(coded):
    assert [c for c, _, _ in coded("Somali pirates freed the ship on Thursday after receiving a ransom.",
                                   "2008-12-12")] == ["0841"]
    assert ("043", "RUSGOV", "ISRGOV") in coded("Putin received the Israeli prime minister in the Kremlin.",
                                                "2022-03-03")


def test_what_parties_who_met_discussed_is_the_same_meeting(coded):
    assert coded("Erdogan spoke by phone with Putin on Saturday and discussed reviving the grain deal.",
                 "2023-07-29") == [("041", "TURGOV", "RUSGOV")]
    assert set(coded("Erdogan and Putin discussed the grain deal on Saturday.", "2023-07-29")) == {
        ("040", "TURGOV", "RUSGOV"), ("040", "RUSGOV", "TURGOV")}


def test_an_act_a_decade_or_years_ago_is_history(coded):
    assert coded("A decade ago, the EU imposed sanctions on Moscow over the annexation of Crimea.",
                 "2024-03-01") == []
    assert coded("Years ago, the EU imposed sanctions on Moscow.", "2024-03-01") == []


def test_curbs_on_trade_are_aimed_at_the_trading_partner(coded):
    assert coded("Japan tightened controls on exports of chip materials to South Korea.",
                 "2019-07-02") == [("163", "JPN", "KOR")]
    assert coded("China suspended beef imports from four Australian abattoirs.", "2020-05-13") == [
        ("163", "CHN", "AUS")]
    assert coded("Biden quadrupled tariffs on Chinese electric vehicles.", "2024-05-15") == [("163", "USAGOV", "CHN")]


def test_a_threat_of_military_intervention_is_a_threat_of_force(coded):
    assert coded("ECOWAS has threatened military intervention in Niger.", "2023-08-10")[0][:2] == ("138", "IGOWAFWAS")


def test_a_crowd_that_took_to_the_streets_protested(coded):
    assert coded("Tens of thousands took to the streets of Tehran on Saturday.", "2022-09-24")[0][:2] == (
        "141", "IRNCVL")


def test_an_anniversary_and_a_past_perfect_tally_are_history(coded):
    assert coded("Rwanda genocide: 30 years since 800,000 were killed in 100 days", "2024-04-07") == []
    assert coded("The health ministry said 30,035 people had been killed since the war began in October.",
                 "2024-02-29") == []


def test_a_question_under_a_preposition_asserts_nothing(coded):
    assert coded("Kremlin spokesman Dmitry Peskov said no decision had yet been taken on whether the president "
                 "would travel to New Delhi.", "2023-08-20") == []


def test_protests_spreading_as_the_setting_of_an_act_are_its_cause(coded):
    assert [c for c, _, _ in coded("Sri Lanka declared a state of emergency on Friday as protests spread across "
                                   "the country.", "2022-04-02")] == ["1724"]


# --- round 23 ---------------------------------------------------------------------------------------
def _coded_as(coded, sentence: str, day: str, expected: tuple) -> bool:
    """True when one event of ``sentence`` has the code and the source and target countries
    expected (None: any)."""
    code, src, tgt = expected
    found = {(c, (s or "")[:3] or None, (t or "")[:3] or None) for c, s, t in coded(sentence, day)}
    return any(c == code and (src is None or s == src) and (tgt is None or t == tgt) for c, s, t in found)


@pytest.mark.parametrize("sentence, expected", [
    # a truce signed is a truce declared (0871), as the settled convention says; a ceasefire *agreement*
    # signed stays an agreement (057)
    ("The government and the rebels signed a three-month truce in Nairobi on Thursday.", ("0871", "KEN", "KEN")),
    ("India and Pakistan announced a halt to all firing along the border on Saturday.", ("0871", "IND", "PAK")),
    ("The army and the rebels in Sudan agreed to a cessation of hostilities on Monday.", ("0871", "SDN", "SDN")),
    ("American transport planes dropped food and water to the stranded villagers on Thursday.", ("073", "USA", None)),
    ("Jordan began airdropping food over Gaza on Tuesday.", ("073", "JOR", "PSE")),
    ("Eritrea ordered UN monitors out of the country on Friday.", ("1662", "ERI", "IGO")),
    ("The junta ordered foreign journalists out of the region on Monday.", ("174", None, None)),
    ("President Putin ordered the call-up of 300,000 reservists on Wednesday.", ("154", "RUS", None)),
    ("Obama told Mubarak in a telephone call on Tuesday that he must go.", ("041", "USA", "EGY")),
    ("Russia and China vetoed a draft resolution on Syria on Saturday.", ("129", "RUS", "IGO")),
    ("Secretary of State Rice flew into Islamabad on Thursday.", ("042", "USA", "PAK")),
    ("The first American Abrams tanks have arrived in Ukraine, Zelensky said.", ("072", "USA", "UKR")),
    ("The last American soldiers left Kabul's airport shortly before midnight.", ("0874", "USA", "AFG")),
])
def test_truces_signed_airdrops_expulsions_calls_and_vetoes_of_round_23(coded, sentence, expected):
    assert _coded_as(coded, sentence, "2019-05-03", expected)


def test_a_truce_signed_between_two_parties_is_not_aimed_at_the_town_it_is_signed_in(coded):
    assert {t for c, _, t in coded("Colombia and the ELN signed a bilateral ceasefire in Havana on Friday.",
                                   "2023-06-09") if c == "0871"} == {"COLREB", "COL"}


def test_flights_of_warplanes_soldiers_and_exiles_are_no_visits(coded):
    for sentence in ("Russian warplanes flew into Syria on Wednesday.", "Paratroopers flew into the capital.",
                     "Charles Taylor stepped down and flew into exile in Nigeria."):
        assert "042" not in {c for c, _, _ in coded(sentence, "2019-05-03")}, sentence


def test_an_appeal_for_calm_or_restraint(coded):
    assert [c for c, _, _ in coded("The president appealed for calm on Monday after the disputed vote.",
                                   "2008-01-01")] == ["0252"]
    assert [c for c, _, _ in coded("The UN chief appealed for restraint on Sunday.", "2019-02-27")] == ["0256"]


def test_what_an_attack_retaliates_for_is_not_what_it_is_made_with(coded):
    assert [c for c, _, _ in coded("The United States fired cruise missiles at a Syrian air base on Friday in "
                                   "retaliation for a chemical attack on a village.", "2017-04-07")] == ["1951"]


@pytest.mark.parametrize("sentence, expected", [
    ("India expelled a Pakistani diplomat on Monday, in a move Islamabad has condemned.", ("111", "PAK", "IND")),
    ("Norway recognised a Palestinian state on Tuesday, a move that Israel's foreign minister condemned as a "
     "reward for terrorism.", ("111", "ISR", "NOR")),
    ("The Taliban barred women from working for aid groups, a move the UN's human rights chief called "
     "unacceptable.", ("111", "IGO", "AFG")),
    ("Russia expelled two Estonian diplomats on Friday, a move Estonia's foreign minister called provocative.",
     ("111", "EST", "RUS")),
    ("Spain and Norway recognised a Palestinian state on Tuesday, and Israel called the move a reward for "
     "terrorism.", ("111", "ISR", "ESP")),
])
def test_reactions_in_a_move_and_clauses_the_parser_hung_on_their_subject(coded, sentence, expected):
    assert expected in {(c, (s or "---")[:3], (t or "---")[:3]) for c, s, t in coded(sentence, "2019-05-03")}


def test_a_country_in_an_attributed_report_of_its_act_stays_the_country(coded):
    # the news told by the paper and attributed after it: the country named is the country
    assert coded("India suspended military aid to Nepal on Wednesday, officials in New Delhi said.",
                 "2005-02-03")[0][:2] == ("1622", "IND")
    # a plan its officials announce, and a country in its official's own speech, are its government's
    assert coded("Vietnam will withdraw all its troops from Cambodia by September, its foreign ministry said.",
                 "1989-04-05")[0][1] == "VNMGOV"
    assert coded("Chinese Foreign Ministry spokesperson Zhao Lijian said China will take countermeasures against "
                 "the sanctions.", "2020-12-08")[0][1] == "CHNGOV"


@pytest.mark.parametrize("sentence, expected", [
    ("On Friday Beijing slapped anti-dumping duties on Australian wine.", ("163", "CHN", "AUS")),
    ("Rwanda's government on Thursday rejected as baseless accusations by Congo.", ("016", "RWA", "COD")),
    ("Ukraine has struck deep inside Russia with long-range drones this week.", ("1952", "UKR", "RUS")),
    ("Twenty trucks of the Egyptian Red Crescent carried water, food and medicine into Gaza on Saturday.",
     ("073", None, "PSE")),
    ("Lebanon's caretaker government appealed on Thursday for international aid.", ("023", "LBN", None)),
    ("Biden warned of severe costs if Russia invaded.", ("130", "USA", "RUS")),
])
def test_duties_struck_inside_aid_carried_appeals_for_aid_and_warnings_of_costs(coded, sentence, expected):
    assert _coded_as(coded, sentence, "2022-01-20", expected)


def test_warning_of_a_famine_is_no_threat(coded):
    assert "130" not in {c for c, _, _ in coded("Aid agencies warned of famine in Gaza.", "2024-03-01")}


@pytest.mark.parametrize("sentence, expected", [
    ("Iran began enriching uranium to 60 percent purity, defying warnings from France, Germany and Britain.",
     ("128", "IRN", "DEU")),
    ("Iran defied a UN deadline to halt uranium enrichment.", ("128", "IRN", "IGO")),
    ("President Chavez ordered the nationalisation of Venezuela's biggest telephone company.", ("1711", "VEN", "VEN")),
    ("Russia placed the local subsidiary of Danone under temporary state management on Sunday.", ("1711", "RUS", None)),
    ("Gazprom resumed gas deliveries to Ukraine on Tuesday.", ("061", "RUS", "UKR")),
])
def test_warnings_defied_property_nationalised_and_gas_supplied(coded, sentence, expected):
    assert _coded_as(coded, sentence, "2021-04-17", expected)


def test_a_fire_brought_under_control_is_no_seizure(coded):
    assert coded("Firefighters brought the blaze under control on Sunday.", "2021-04-17") == []


@pytest.mark.parametrize("sentence, code", [
    ("The United States and Britain carried out strikes on Houthi targets in Yemen late on Thursday.", "195"),
    ("Israeli strikes have killed at least 30 people across the Gaza Strip since dawn.", "195"),
    ("The United States has struck three Iranian nuclear sites.", "195"),
    ("Rebels struck a police post in the north with rifles and grenades.", "193"),
])
def test_a_strike_with_no_weapon_named_is_from_the_air(coded, sentence, code):
    assert code in {c for c, _, _ in coded(sentence, "2024-01-12")}


def test_protests_over_mines_schooling_and_citizenship_have_their_aims(coded):
    assert coded("Protesters blocked roads across Serbia over a lithium mine.", "2024-08-10")[0][0] == "1442"
    assert coded("Thousands of students marched in Santiago demanding free public education.",
                 "2011-08-04")[0][0] == "1412"
    assert coded("Thousands of Rohingya refugees rallied in the camp on Sunday, demanding citizenship.",
                 "2019-08-25")[0][0] == "1413"


@pytest.mark.parametrize("sentence, code", [
    ("The Pope urged an end to the war in Sudan on Sunday.", "0256"),
    ("Washington urged the release of the hostages held by Hamas.", "0253"),
    ("Iraq asked the US-led coalition to leave the country.", "0256"),
])
def test_appeals_for_an_end_a_release_or_a_withdrawal(coded, sentence, code):
    assert code in {c for c, _, _ in coded(sentence, "2023-05-03")}


def test_asking_an_ambassador_to_leave_is_no_appeal_to_withdraw(coded):
    assert "0256" not in {c for c, _, _ in coded("The ministry asked the ambassador to leave the country.",
                                               "2023-05-03")}


def test_an_inverted_condition_a_protested_plan_and_a_share_received_are_no_acts(coded):
    assert coded("Were Beijing to blockade Taiwan rather than invade it, the United States would face an "
                 "agonising choice.", "2021-04-17") == []
    assert [c for c, _, _ in coded("Thousands of Israelis rallied in Tel Aviv on Saturday against the "
                                   "government plan to curb the powers of the Supreme Court.",
                                   "2023-03-11")] == ["1412"]
    assert coded("Europe's farmers receive roughly a third of the EU budget in subsidies.", "2024-02-01") == []


def test_what_is_not_yet_done_and_what_a_shortage_forces_are_no_acts(coded):
    assert coded("Talks between Serbian and Kosovo leaders expected in Brussels this month have not yet been "
                 "scheduled, EU officials said.", "2022-05-03") == []
    assert coded("A shortage of artillery shells has forced Ukrainian units to ration fire along the front.",
                 "2024-02-03") == []


def test_a_country_visited_today_is_no_broadcaster(coded):
    assert coded("Taiwan's Vice Foreign Minister visited Russia today.", "1995-05-03") == [("042", "TWNGOV", "RUS")]


def test_an_estimate_of_a_named_states_act_and_a_clause_of_its_own_are_acts(coded):
    found = coded("Russia has massed more than 130,000 troops near Ukraine's borders, according to Western "
                  "estimates, and on Thursday Russian and Belarusian forces began ten days of joint exercises.",
                  "2022-02-10")
    assert ("154", "RUS", "UKR") in found and ("062", "RUSMIL", "BLRMIL") in found
    assert coded("Rebels have kidnapped 700 people since January, according to police figures.",
                 "2022-02-10") == []


def test_food_aid_suspended_is_humanitarian_aid_stopped(coded):
    assert ("1623", "ETH") in {(c, (t or "")[:3]) for c, _, t in coded(
        "The UN World Food Programme has suspended food aid to Ethiopia.", "2023-06-09")}


def test_a_judging_which_clause_condemns_but_what_someone_called_an_act_is_a_label(coded):
    found = coded("Seoul and Washington began their largest joint drills in years, which Pyongyang's foreign "
                  "ministry called a rehearsal for invasion.", "2022-08-22")
    assert ("111", "PRKGOV", "KORGOV") in found
    assert [c for c, _, _ in coded("The army shelled a hospital, in what the rebels called a war crime.",
                                   "2022-08-22")] == ["194"]


def test_forces_on_high_alert_but_not_residents(coded):
    assert coded("The Chinese army was on high alert on Monday.", "2022-08-02") == [("152", "CHNMIL", None)]
    assert coded("Kenyan police are on high alert ahead of the verdict.", "2022-08-02") == [("151", "KENCOP", None)]
    assert coded("Residents were on alert for more flooding.", "2022-08-02") == []


def test_non_lethal_military_aid_is_military_aid_and_non_humanitarian_aid_no_humanitarian_aid(coded):
    assert coded("Ukraine got a pledge of non-lethal military aid from Washington.", "2014-03-13")[0][0] == "0332"
    assert "1623" not in {c for c, _, _ in coded("The United States cut off most non-humanitarian aid to India.",
                                                  "1998-05-13")}


# --- round 24 ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    # a protest's aim hung lower in its clause, or stated once for two conjoined protests
    ("Kenyan dairy farmers blocked roads leading to Nairobi on Tuesday to press the government to scrap a new milk "
     "levy.", ("1442", "KEN", "KEN")),
    ("Dock workers in Mombasa walked out on Monday demanding higher wages, and blocked the port road for six "
     "hours.", ("1442", "KEN", None)),
    # grievances that are policies: demolitions, evictions, levies, power cuts
    ("Traders in Lagos blocked the expressway to protest the demolition of their stalls by the state "
     "government.", ("1442", "NGA", "NGA")),
    ("Hawkers in Harare went on strike on Monday to protest against a new daily levy.", ("1432", "ZWE", None)),
])
def test_protest_aims_round24(coded, sentence, expected):
    assert _coded_as(coded, sentence, "2019-05-06", expected), coded(sentence, "2019-05-06")


def test_expelled_diplomats_are_their_governments_but_ties_are_cut_with_the_country(coded):
    # the convention settled in round 22: diplomats expelled are the other government's; one cut per pair
    assert coded("Ghana expelled the Togolese ambassador on Monday.", "2019-05-06") == [("161", "GHA", "TGOGOV")]
    assert coded("Ghana severed diplomatic relations with Togo on Monday.", "2019-05-06") == [("161", "GHA", "TGO")]
    found = coded("Ghana severed diplomatic relations with Togo and gave Togolese diplomats three days to leave.",
                  "2019-05-06")
    assert [c for c, _, _ in found] == ["161"]


def test_a_trip_to_mediate_is_a_mediation_and_a_trip_to_discuss_is_not_a_meeting(coded):
    found = coded("Kenyan President Moi flew to Kampala on Friday to mediate between the Ugandan army and the "
                  "protest movement.", "1999-06-11")
    assert ("045", "KENGOV", "UGAMIL") in found and ("045", "KENGOV", "UGAOPP") in found
    assert [c for c, _, _ in coded("Kenyan President Moi flew to Kampala on Friday to discuss trade.",
                                   "1999-06-11")] == ["042"]


@pytest.mark.parametrize("sentence, expected", [
    # the police's formal accusations, as the gold sets code them (wordings 28's convention)
    ("Police in Lahore booked a journalist under the anti-terrorism law for his posts.", ("173", "PAK", "PAK")),
    ("Police in Nairobi named three gang members as suspects in the killing of a trader.", ("173", "KEN", "KEN")),
    # a follower noun's people, the second object of one arrest
    ("Russian police detained opposition leader Alexei Navalny and hundreds of his supporters.",
     ("173", "RUS", "RUS")),
])
def test_arrests_round24(coded, sentence, expected):
    assert _coded_as(coded, sentence, "2019-05-06", expected), coded(sentence, "2019-05-06")


def test_booking_a_flight_is_no_arrest_and_two_objects_are_two_arrests(coded):
    assert coded("The ministry booked the delegation on a flight to Paris.", "2019-05-06") == []
    found = coded("Russian police detained opposition leader Alexei Navalny and hundreds of his supporters.",
                  "2017-03-27")
    assert ("173", "RUSCOP", "RUSCVL") in found and ("173", "RUSCOP", "RUSOPP") in found


def test_supporters_of_the_opposition_are_the_opposition(coded):
    assert ("173", "PAKCOP", "PAKOPP") in coded(
        "Police in Karachi arrested 30 supporters of the opposition on Saturday.", "1995-06-03")


def test_seizing_a_ship_or_a_power_plant_is_seizing_property_and_assets_are_confiscated(coded):
    assert coded("Iran seized a British-flagged oil tanker in the Strait of Hormuz.", "2019-07-19") == [
        ("171", "IRN", "GBR")]
    assert [c for c, _, _ in coded("Indonesia's navy seized a Chinese fishing boat.", "2019-07-19")] == ["171"]
    assert [c for c, _, _ in coded("Venezuela seized the assets of an American oil company.", "2019-07-19")] == [
        "1711"]


def test_rejecting_an_international_investigation_refuses_international_involvement(coded):
    assert coded("Tashkent rejected calls by the United Nations for an independent international investigation "
                 "into the killings.", "2005-05-20") == [("1245", "UZBGOV", "IGOUNO")]
    assert [c for c, _, _ in coded("Colombo rejects UN call for international war crimes probe.", "2021-01-28")] == [
        "1245"]
    assert [c for c, _, _ in coded("The opposition rejected calls for a new investigation into the fraud.",
                                   "2021-01-28")] != ["1245"]  # no outsiders named


@pytest.mark.parametrize("sentence, expected", [
    # accusations of breaking a truce or of an assault are of aggression; of buying votes, of crime
    ("The army accused the militia of breaking the truce within hours.", ("1123", None, None)),
    ("Armenia accused Azerbaijan of launching an artillery assault on the enclave.", ("1123", "ARM", "AZE")),
    ("The opposition accused the ruling party of buying votes in the capital.", ("1121", None, None)),
])
def test_accusation_topics_round24(coded, sentence, expected):
    assert _coded_as(coded, sentence, "2019-05-06", expected), coded(sentence, "2019-05-06")


def test_torching_a_camp_or_destroying_goods_destroys_property(coded):
    assert _coded_as(coded, "Villagers torched the base camp of a palm oil company in Lampung.", "2012-01-18",
                     ("1712", "IDN", "IDN"))
    assert [c for c, _, _ in coded("City officials destroyed the goods of hawkers in Nairobi.", "2016-05-10")] == [
        "1712"]


def test_bail_granted_releases_and_operators_are_business(coded):
    assert coded("The High Court in Nairobi granted bail to two Kenyan journalists on Friday.", "2019-03-01") == [
        ("0841", "KENJUD", "KENMED")]
    assert coded("Kenyan matatu operators went on strike on Monday against new traffic rules.", "2019-03-01") == [
        ("1432", "KENBUS", "KENGOV")]  # a strike against rules is aimed at those who make them


def test_a_denied_harm_is_aimed_at_those_it_harmed(coded):
    assert coded("Kremlin spokesman Dmitry Peskov denied that Russian forces had struck the hospital in Mariupol.",
                 "2022-03-10") == [("016", "RUSGOV", "UKRHLH")]
    assert [t for _, _, t in coded("Pakistan's military denied that it had sheltered a Saudi dissident.",
                                   "2011-05-09")] == [None]  # sheltering harms no one


def test_refusing_mediation_is_aimed_at_the_would_be_mediator(coded):
    assert ("126", "INDGOV", "IGOUNO") in coded(
        "The UN Secretary-General offered to mediate between India and Pakistan, but Delhi rejected any outside "
        "role in the dispute.", "2002-01-10")
    assert coded("Iran rejected a plan proposed by Britain.", "2002-01-10") == [("127", "IRN", "GBR")]
    assert [c for c, _, _ in coded("Moscow denied any role in the attack.", "2002-01-10")] == ["016"]


def test_setting_out_on_a_visit_is_the_visit(coded):
    assert coded("Pakistan's foreign minister left for Beijing on Sunday on a week-long visit.", "2008-06-01") == [
        ("042", "PAKGOV", "CHNGOV")]
    assert coded("Pakistan's foreign minister left for the airport on Sunday.", "2008-06-01") == []


def test_appeals_to_de_escalate_are_appeals_for_restraint(coded):
    assert [c for c, _, _ in coded("The UN chief urged India and Pakistan to take immediate steps to de-escalate.",
                                   "2019-02-28")] == ["0256", "0256"]
    assert [c for c, _, _ in coded("Taiwan's president urged Beijing to stop its military intimidation.",
                                   "2024-05-20")] == ["0256"]


def test_a_government_and_its_rebels_meeting_abroad_meet_at_a_third_location(coded):
    assert ("044", "ETHGOV", "ETHREB") in coded(
        "Negotiators from Ethiopia's federal government and the Tigray People's Liberation Front met in Pretoria "
        "on Tuesday.", "2022-10-25")
    assert [c for c, _, _ in coded("Ethiopia's government and the Tigray People's Liberation Front met in Addis "
                                   "Ababa on Tuesday.", "2022-10-25")] == ["040", "040"]


# --- round 25 ---------------------------------------------------------------------------------------
def test_parties_who_welcome_something_do_not_welcome_each_other(coded):
    found = coded("Ghana, Senegal and Nigeria welcomed the signing of the peace accord.", "2019-03-04")
    assert [c for c, _, _ in found] == ["051", "051", "051"]
    assert all(t is None for _, _, t in found)
    # dealings with each other stay mutual
    assert sorted(coded("Ghana and Senegal signed a trade agreement.", "2019-03-04")) == [
        ("057", "GHA", "SEN"), ("057", "SEN", "GHA")]


def test_a_danger_to_a_countrys_existence_is_no_threat(coded):
    assert coded("Rising seas threaten the very existence of Kiribati, its president said.", "2019-09-25") == []
    assert [c for c, _, _ in coded("Russia threatened Ukraine with retaliation.", "2019-09-25")] == ["138"]


def test_a_claim_told_in_a_relative_clause_is_news_and_the_condemned_attack_is_the_claimants(coded):
    found = coded("The Council condemned the bombing at a Kabul market, for which the Islamic State claimed "
                  "responsibility.", "2021-08-27")
    assert ("015", "AFGREB", None) in found
    assert ("111", "IGOUNO", "AFGREB") in found


def test_what_one_is_told_in_a_that_clause_the_parser_hangs_on_the_one_told(coded):
    assert ("072", "DEU", "UKR") in coded("The defence minister informed the Bundestag that Germany had delivered "
                                          "14 tanks to Ukraine on Monday.", "2023-03-28")
    # a relative clause on what was demanded stays no act
    assert [c for c, _, _ in coded("President Marcos rejected opposition demands that he step down.",
                                   "1986-02-17")] == ["1231"]


def test_armed_forces_put_on_a_level_of_readiness(coded):
    assert [c for c, _, _ in coded("Serbia placed its army on the highest level of combat readiness.",
                                   "2022-12-27")] == ["152"]


@pytest.mark.parametrize("sentence, expected", [
    # one who says or finds that a deed is a grave crime accuses its doer (1124), even hedged
    ("Human Rights Watch said the shelling of Aleppo by government forces may amount to war crimes.",
     ("1124", "---", "SYR")),
    ("The UN envoy said the Serbian army's expulsions constituted ethnic cleansing.", ("1124", "IGO", "SRB")),
    ("The State Department determined that the Burmese military had committed genocide against the Rohingya.",
     ("1124", "USA", "MMR")),
])
def test_findings_of_grave_crimes_accuse_the_doer(coded, sentence, expected):
    assert _coded_as(coded, sentence, "2022-03-21", expected), coded(sentence, "2022-03-21")


def test_a_crime_that_is_no_grave_one_and_the_writers_own_finding_are_no_event(coded):
    assert coded("The lawyer said the payments amounted to a crime.", "2022-03-21") == []
    assert coded("The massacre at Srebrenica amounted to genocide.", "2022-03-21") == []


# --- round 26 ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    # workers named as a company's strike at the company; with no employer named, at the government
    ("Workers at Hyundai Motor's plants in Ulsan staged a four-hour strike on Wednesday.",
     ("143", "KORLAB", "KORBUS")),
    ("Employees of Air France walked off the job on Tuesday over pay.", ("1432", "FRALAB", "FRABUS")),
    ("Workers in Lagos went on strike on Monday to demand higher wages.", ("1432", "NGALAB", "NGAGOV")),
    # the protesters' own, named in the cause, are no target; the default then holds
    ("Nigeria's oil workers' union began a strike on Monday over the dismissal of hundreds of workers.",
     ("143", "LAB", "GOV")),
    # the light verb's doer tells a labour strike from an air strike
    ("Kenya's teachers' union began a strike on Monday.", ("143", "KENLAB", "KENGOV")),
    # the union's name after it, read by the parser as a second subject
    ("Nigeria's oil workers' union PENGASSAN began an indefinite strike on Monday.", ("143", "NGALAB", "NGAGOV")),
    # "in protest at" with "at" hung on the verb still names the aim
    ("Brazilian truckers blocked highways on Wednesday in protest at rising diesel prices.",
     ("1442", "BRALAB", "BRAGOV")),
])
def test_strikes_and_blockades_of_workers(coded, sentence, expected):
    code, src, tgt = expected
    found = coded(sentence, "2015-06-10")
    assert any(c == code and s.endswith(src) and t is not None and t.endswith(tgt) and s[:3] == t[:3]
               for c, s, t in found), found


@pytest.mark.parametrize("sentence, expected", [
    # "live" read as a verb: the second object's adjective, and the aim phrase the firing's
    ("Security forces fired tear gas and live ammunition at protesters in Sanandaj.", ("175", "IRN", "IRN")),
    # the aim hung on the object's participle
    ("Iraqi forces fired artillery shells filled with mustard gas at Iranian troops.", ("2041", "IRQ", "IRN")),
    # two objects: the first is the one given to
    ("India handed Pakistan's envoy a dossier of evidence on Monday.", ("064", "IND", "PAK")),
    # the last of two objects names whom both concern
    ("The European Union lifted its arms embargo and other sanctions against Libya on Monday.",
     ("085", "IGO", "LBY")),
    # the captors of one whose release is demanded, told in a passive elsewhere in the sentence
    ("The union demanded the release of its president after he was detained by Nigerian police.",
     ("1053", None, "NGA")),
    # "war crimes" is 1124, though it holds "crime" (1121)
    ("The United States accused Russia of war crimes in Aleppo.", ("1124", "USA", "RUS")),
])
def test_objects_and_aims_the_parser_hangs_elsewhere(coded, sentence, expected):
    assert _coded_as(coded, sentence, "2016-09-25", expected), coded(sentence, "2016-09-25")


def test_a_social_network_where_something_is_said_is_no_party(coded):
    found = coded("The Somali militant group claimed responsibility on Twitter.", "2013-09-22")
    assert all(t is None or not t.startswith("USA") for _, _, t in found), found
    assert ("015", "SOMREB", None) in found or any(c == "015" for c, _, _ in found)


def test_an_airlines_jet_is_the_airlines(coded):
    found = coded("Belarus forced a Ryanair jet to land in Minsk on Sunday.", "2021-05-23")
    assert ("170", "BLR", "IRLBUS") in found, found


@pytest.mark.parametrize("sentence, expected", [
    # a fine is a finding of liability; a pay rise granted or agreed meets a demand
    ("The European Commission fined Google 4.34 billion euros on Wednesday.", ("116", "IGO", "USA")),
    ("Lonmin granted the miners a 22% pay rise on Tuesday.", ("0832", "GBR", None)),
    ("The port authority agreed to a 7% pay rise on Friday.", ("0832", None, None)),
    # a strike called off is aimed where the strike was: the government, or the employer
    ("Nigeria's main labour unions called off a week-long general strike on Monday.", ("082", "NGA", "NGA")),
    # an IMF arrangement approved is a loan
    ("The IMF's executive board approved a $3 billion standby arrangement for Pakistan.", ("071", "IGO", "PAK")),
    # a complaint over another's measures is aimed at its owner; a crossing closed at the country across it
    ("Japan filed a complaint at the WTO over China's export restrictions.", ("114", "JPN", "CHN")),
    ("Venezuela's National Guard closed the main border crossings with Colombia.", ("191", "VEN", "COL")),
    # a news channel is the media
    ("Pakistan's media regulator fined the country's most-watched news channel.", ("116", "PAK", "PAK")),
])
def test_business_news_acts(coded, sentence, expected):
    assert _coded_as(coded, sentence, "2018-07-18", expected), coded(sentence, "2018-07-18")


def test_an_act_summed_up_by_a_move_others_expect_something_of_stays_the_sentence(coded):
    # the parser made the arrest the complement of "expect" in the relative clause on "a move"
    found = coded("Russian police arrested Yukos chief executive Mikhail Khodorkovsky on Saturday, in a move "
                  "analysts expect to hammer the oil company's shares when markets reopen.", "2003-10-25")
    assert ("173", "RUSCOP", "RUSBUS") in found, found


def test_an_acronym_named_after_its_noun_read_as_the_root(coded):
    # "the regional bloc ECOWAS": the parser made the acronym the root and "imposed" an adjective (round 27)
    found = coded("The regional bloc ECOWAS imposed economic sanctions on Guinea's military junta on Thursday.",
                  "2021-09-16")
    assert ("163", "IGOWAFWAS", "GINMIL") in found, found


def test_an_acronym_read_as_a_verb_before_the_heads_it_names(coded):
    found = coded("At their extraordinary summit in Accra, ECOWAS Heads of State imposed economic and financial "
                  "sanctions on Mali.", "2022-01-09")
    assert ("163", "IGOWAFWAS", "MLI") in found, found


def test_an_acts_of_phrase_after_a_date_is_the_acts(coded):
    found = coded("Kenya welcomed the signing in Addis Ababa last week of the Revitalized Agreement between "
                  "President Salva Kiir and opposition leader Riek Machar.", "2018-09-20")
    assert {t for c, _, t in found if c == "051"} == {"SSDGOV", "SSDREB"}, found
    # a date's own of-phrase stays the date's
    assert [c for c, _, _ in coded("Kenya accused Uganda in the last week of March of arming the rebels.",
                                   "2018-09-20")] == ["112"]


def test_a_mediation_naming_no_parties_is_between_those_of_the_deal_told(coded):
    found = coded("Hamas and Israel agreed a four-day truce on Wednesday; Qatar and Egypt mediated.", "2023-11-22")
    assert {(s, t) for c, s, t in found if c == "045"} == {
        ("QAT", "PSEREB"), ("QAT", "ISR"), ("EGY", "PSEREB"), ("EGY", "ISR")}, found
    # with no deal told, a mediation keeps no target
    assert [t for c, _, t in coded("Qatar mediated on Wednesday.", "2023-11-22") if c == "045"] in ([None], [])


# --- round 27 ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    # a place in capitals before a dash is a dateline, with or without a comma: not the subject
    ("TEHRAN — A revolutionary court sentenced rights lawyer Nasrin Sotoudeh to prison on Monday.",
     ("116", "IRNJUD", "IRNHRINGO")),
    # the sentence after the dateline parsed with its verb as a modifier of the object's name
    ("MINSK — A court in the capital sentenced opposition activist Maria Kolesnikova to eleven years in "
     "prison on Monday.", ("116", "BLRJUD", "BLROPP")),
    # a hyphen inside a word is no dateline's dash ("A UN-backed court")
    ("A UN-backed court in Sierra Leone indicted the president of Liberia on Wednesday.",
     ("173", "IGO", "LBRGOV")),
    # acquitted: freed by the court
    ("A Philippine court acquitted the journalist Maria Ressa of tax evasion on Wednesday.",
     ("0841", "PHLJUD", "PHL")),
])
def test_court_reporting(coded, sentence, expected):
    code, src, tgt = expected
    found = coded(sentence, "2023-01-18")
    assert any(c == code and (s or "").startswith(src) and (t or "").startswith(tgt) for c, s, t in found), found


def test_a_verdict_summed_up_and_rejected_stays_the_sentence(coded):
    # the parser made the sentencing the complement of "rejected", with "verdict" its subject and the
    # party an apposition of it
    found = coded("DHAKA — A special tribunal sentenced opposition leader Khaleda Zia to death in absentia on "
                  "Monday for arson attacks during last year's strikes against the government, a verdict her "
                  "Bangladesh Nationalist Party rejected as a political vendetta.", "2019-05-13")
    assert ("116", "BGDJUD", "BGDOPP") in found, found
    assert any(c[:2] == "12" and t == "BGDJUD" for c, _, t in found), found


def test_a_named_government_and_the_rebels_leaders_are_two_parties(coded):
    found = coded("The Sandinista government and contra rebel leaders signed a ceasefire agreement on Wednesday.",
                  "1988-03-23")
    assert {(s, t) for c, s, t in found if c == "057"} >= {("NICGOV", "NICREB"), ("NICREB", "NICGOV")}, found


def test_a_case_filed_is_against_the_one_its_participle_accuses(coded):
    found = coded("Nicaragua filed a case at the International Court of Justice on Monday accusing Germany of "
                  "facilitating genocide in Gaza.", "2024-03-01")
    assert ("115", "NIC", "DEU") in found, found


def test_a_date_on_the_demanded_act_is_no_party(coded):
    # "on Wednesday" hangs on "resignation": when it was demanded, not of whom
    found = coded("ROME — Opposition parties demanded the resignation of Prime Minister Silvio Berlusconi on "
                  "Wednesday after Milan prosecutors asked for him to stand trial.", "2011-02-09")
    assert ("1041", "ITAOPP", "ITAGOV") in found, found


def test_the_court_is_the_court_last_named(coded):
    found = coded("THE HAGUE — The International Criminal Court's chief prosecutor opened the court's first "
                  "investigation on Wednesday, into killings committed in Ituri province.", "2004-06-23")
    assert all(s is None or s.startswith("IGO") for _, s, _ in found) and found, found


@pytest.mark.parametrize("sentence", [
    # a defendant's plea is no appeal; meeting a definition is no meeting
    "The former minister pleaded not guilty to all charges at the opening of his trial on Monday.",
    "Lawyers for Bosnia told the judges on Monday that Serbia's conduct in Srebrenica met the legal definition "
    "of genocide.",
    # a standing position told in the past perfect, with "always", is a habit
    "The envoy said his government had always opposed unilateral sanctions on Iran.",
    # harm in an accident or a disaster is no one's act
    "Eleven people were killed and 23 injured when a bus skidded off the road and plunged into a river.",
    "Seven fishermen were killed when their boat capsized off the coast on Monday.",
])
def test_pleas_definitions_standing_positions_and_accidents_are_no_events(coded, sentence):
    assert coded(sentence, "2020-03-02") == []


def test_warning_shots_fire_on_no_one(coded):
    assert [c for c, _, _ in coded("Soldiers fired warning shots and beat protesting monks with batons on "
                                   "Wednesday.", "2007-09-26")] == ["182"]


def test_a_participle_after_to_describes_whom_something_is_given_to(coded):
    # "to jailed dissident": the parser read "to jailed" as an infinitive, and coded an arrest
    found = coded("Norway angered China by awarding the Nobel Peace Prize to jailed dissident Liu Xiaobo.",
                  "2010-10-08")
    assert not [c for c, _, _ in found if c == "173"], found


def test_a_blame_told_in_the_past_in_a_relative_clause_is_news(coded):
    found = coded("Kenyan troops crossed into Somalia on Sunday in pursuit of al-Shabaab militants, whom Nairobi "
                  "blamed for a series of kidnappings of foreigners.", "2011-10-16")
    assert any(c[:3] == "112" and s == "KENGOV" and t == "SOMREB" for c, s, t in found), found
    # in the present, a standing charge: background
    found = coded("Kenyan troops crossed into Somalia on Sunday in pursuit of al-Shabaab militants, whom Nairobi "
                  "blames for a series of kidnappings of foreigners.", "2011-10-16")
    assert not any(c[:3] == "112" for c, _, _ in found), found


def test_a_date_in_an_apposition_dates_what_it_tells_of_the_person(coded):
    found = coded("Germany asked Russia on Tuesday to extradite a former intelligence officer, the main suspect in "
                  "a murder in a Berlin park last August.", "2020-03-03")
    assert ("0213", "DEU", "RUS") in found, found


@pytest.mark.parametrize("sentence, code", [
    # the internet restored after a shutdown: a restriction on freedoms eased
    ("Authorities restored mobile internet in two districts of Kashmir on Saturday after six months.", "0811"),
    ("Kazakhstan restored access to the internet in Almaty on Monday after a five-day shutdown.", "0811"),
    # a resignation tendered or submitted is a resignation
    ("Prime Minister Mykola Azarov tendered his resignation on Tuesday in the face of mass protests.", "0831"),
])
def test_internet_restored_and_resignations_handed_in(coded, sentence, code):
    assert code in [c for c, _, _ in coded(sentence, "2020-02-01")], coded(sentence, "2020-02-01")


@pytest.mark.parametrize("sentence, expected", [
    # cooperating with a court or its inquiry is judicial cooperation; refused, 1213
    ("Kenya's government said on Friday it would not cooperate with the International Criminal Court.",
     ("1213", "KEN", "IGO")),
    ("Colombia said on Monday it would cooperate fully with the International Criminal Court's inquiry.",
     ("0313", "COL", "IGO")),
    # a request for extradition rejected: judicial cooperation refused to the one who asked
    ("Brazil granted asylum to the former Italian militant on Thursday, rejecting Italy's request for his "
     "extradition.", ("1213", "BRA", "ITA")),
])
def test_judicial_cooperation_given_and_refused(coded, sentence, expected):
    assert _coded_as(coded, sentence, "2009-01-15", expected), coded(sentence, "2009-01-15")


# --- round 28 ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    # the fight a killing happened in names the weapon: a bombing raid is from the air
    ("Colombian troops killed seven FARC dissidents in a bombing raid on a camp in Guaviare department on "
     "Tuesday.", ("195", "COLMIL", "COLREB")),
    # an exchange of fire is one of small arms, whichever way it is told
    ("Mexican soldiers exchanged fire with fuel thieves in Puebla state on Wednesday.", ("193", "MEXMIL", "MEXCRM")),
    # a precision strike, guided munitions: precision-guided aerial munitions
    ("The US military said it carried out a precision strike with guided munitions on a vehicle near Idlib on "
     "Friday.", ("1951", "USAMIL", None)),
])
def test_the_weapon_of_a_fight(coded, sentence, expected):
    code, src, tgt = expected
    found = coded(sentence, "2021-03-02")
    assert any(c == code and s == src and (tgt is None or t == tgt) for c, s, t in found), found


def test_a_states_threat_to_attack_is_one_of_conventional_attack(coded):
    found = coded("North Korea threatened on Friday to attack South Korea if it did not halt propaganda "
                  "broadcasts.", "2015-08-21")
    assert ("1384", "PRK", "KOR") in found, found
    # to use force, or to launch a campaign of (labour) strikes, names no attack
    assert [c for c, _, _ in coded("Turkey warned Syria on Thursday that it would use force unless Damascus "
                                   "stopped sheltering Ocalan.", "1998-10-01")] == ["138"]
    assert "1384" not in [c for c, _, _ in coded(
        "The ANC threatened on Wednesday to launch a campaign of strikes unless the government agreed to an "
        "elected constituent assembly.", "1992-06-24")]


def test_refusing_a_demand_that_a_party_act_refuses_that_act(coded):
    found = coded("Cuba's president on Monday rejected the demands of the U.S. government that Havana withdraw "
                  "its military personnel from Venezuela.", "2019-04-22")
    assert ("1246", "CUBGOV", "USAGOV") in found, found
    found = coded("Iraq rejected on Tuesday a U.N. Security Council demand that it withdraw from Kuwait.",
                  "1990-08-07")
    assert ("124", "IRQ", "IGOUNO") in found, found
    # a demand to explain is no act to refuse: no declined comment, but (since round 38) the refusal
    # of a demand that names nothing else, a refusal to change a policy
    found = coded("Iran rejected the Board's demand that Tehran explain the presence of uranium traces at "
                  "undeclared sites.", "2022-06-09")
    assert [c for c, _, _ in found] == ["1232"], found


def test_soldiers_and_bodies_received_are_no_visit(coded):
    found = coded("Mozambique received the first 300 Rwandan soldiers of a 1,000-strong force in Cabo Delgado "
                  "province on Friday.", "2021-07-10")
    assert found == [("0861", "MOZ", "RWAMIL")], found
    found = coded("Ukraine received the bodies of 502 soldiers from Russia on Friday.", "2023-06-17")
    assert found == [("084", "RUS", "UKR")], found


def test_a_place_in_a_named_country_is_there_whatever_its_namesakes(coded):
    # Solhan is also a town in Turkey
    found = coded("Jihadists massacred about 160 villagers in Solhan in northern Burkina Faso overnight.",
                  "2021-06-05")
    assert [(c, s, t) for c, s, t in found] == [("202", "BFAREBRAD", "BFACVL")], found


def test_a_country_coordinated_with_one_named_by_its_armys_name(coded):
    # "Israeli armies" is the Israel Defense Forces in the lexicon; "Lebanese" is the other army
    found = coded("The Lebanese and Israeli armies exchanged fire across the Blue Line on Tuesday.", "2023-07-07")
    assert sorted(found) == [("193", "ISRMIL", "LBNMIL"), ("193", "LBNMIL", "ISRMIL")], found


def test_a_crossing_opened_to_let_aid_in_grants_humanitarian_access(coded):
    found = coded("Egypt opened the Rafah border crossing on Saturday to let humanitarian aid into Gaza.",
                  "2023-10-21")
    assert ("0863", "EGY", "PSE") in found, found
    found = coded("The Sudanese authorities reopened the Adre border crossing to UN humanitarian convoys for "
                  "three months.", "2024-08-15")
    assert [c for c, _, _ in found] == ["0863"], found
    # a crossing reopened with no aid named eases a blockade
    assert "0872" in [c for c, _, _ in coded("Egypt reopened the Rafah crossing on Saturday.", "2023-10-21")]


def test_to_tagged_a_particle_still_names_whom_something_is_given(coded):
    # the tagger made "to" a particle (dative) with the leader as its object
    found = coded("Zimbabwe has granted asylum to ousted Ethiopian leader Mengistu Haile Mariam.", "1991-06-01")
    assert any(c == "075" and s == "ZWE" and (t or "").startswith("ETH") for c, s, t in found), found


def test_retaliating_by_an_act_is_that_act(coded):
    found = coded("China retaliated on Friday by imposing tariffs on $34 billion of US goods.", "2018-07-06")
    assert [c for c, _, _ in found] == ["163"], found
    found = coded("India expelled a Pakistani diplomat on Friday, and Islamabad retaliated within hours by ordering "
                  "an official of the Indian High Commission to leave.", "1999-05-28")
    assert "190" not in [c for c, _, _ in found], found
    # with no act named, retaliation is force
    assert [c for c, _, _ in coded("Iran retaliated against Israel on Saturday.", "2024-10-26")] == ["190"]


def test_people_carried_off_by_an_armed_group_are_abducted(coded):
    found = coded("Boko Haram fighters stormed a girls' boarding school in Chibok late on Monday and carried off "
                  "more than 200 schoolgirls.", "2014-04-15")
    assert ("181", "NGAREB", "NGAEDU") in found, found
    # by the police, an arrest
    assert [c for c, _, _ in coded("Police took away three students on Tuesday.", "2014-04-15")] == ["173"]


def test_aid_officials_expelled_end_an_aid_operation(coded):
    found = coded("Ethiopia expelled seven senior UN aid officials on Thursday over what it called meddling.",
                  "2021-09-30")
    assert found == [("1663", "ETH", "IGOUNO")], found


def test_an_acronym_read_as_a_gerund_after_a_preposition(coded):
    # "by ECOWAS mediators": the tagger read "ECOWAS" as a gerund with the mediators for its object
    found = coded("The opposition rejected a proposal by ECOWAS mediators on Saturday.", "2020-07-18")
    assert [(c, t) for c, _, t in found] == [("127", "IGOWAFWAS")], found


def test_a_passives_agent_hung_on_its_destination(coded):
    found = coded("Food and medicine were delivered to the besieged Syrian town of Madaya by the UN and the Red "
                  "Cross on Monday.", "2016-01-11")
    assert {s for c, s, _ in found if c == "073"} == {"IGOUNO", "---NGO"}, found


def test_well_known_journalists_are_media(coded):
    assert coded("Ecuador granted political asylum on Thursday to WikiLeaks founder Julian Assange.",
                 "2012-08-16") == [("075", "ECU", "AUSMED")]


@pytest.mark.parametrize("sentence, date, expected", [
    # "rebel-held districts" are the rebels'
    ("Syrian army helicopters dropped barrel bombs on rebel-held districts of Aleppo on Friday.", "2014-04-12",
     ("195", "SYRMIL", "SYRREB")),
    # supporters clashing with police protest violently
    ("Supporters of opposition leader Ousmane Sonko clashed with police in Dakar on Thursday.", "2023-06-01",
     ("145", "SENOPP", "SENCOP")),
    # the government of a named leader is his country's, not the talks' venue's
    ("Colombia's ELN rebels demanded on Thursday that the government of President Juan Manuel Santos send its "
     "negotiators back to the peace talks in Quito.", "2018-01-11", ("1042", "COLREB", "COLGOV")),
    # the tagger made "Keita resign" one noun phrase, leaving the demand with no one to resign
    ("The opposition demanded on Saturday that President Ibrahim Boubacar Keita resign.", "2020-07-18",
     ("1041", "MLIOPP", "MLIGOV")),
    # a passive shares the in-phrase of the participle coordinated after it
    ("Four French soldiers were killed and five wounded in an ambush by Taliban insurgents in Kapisa.",
     "2012-01-20", ("190", "AFGREB", "FRAMIL")),
    # police deployed ahead of a march are aimed at its marchers
    ("Venezuelan authorities deployed some 3,000 riot police in central Caracas on Thursday ahead of an "
     "opposition march on the presidential palace.", "2019-01-10", ("153", "VENGOV", "VENOPP")),
])
def test_round_28_parties(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, codes", [
    # a peacekeeping mission ordered to leave is expelled
    ("Mali's junta ordered the UN peacekeeping mission to leave the country on Friday.", "2023-06-16", ["1661"]),
    # a blockade with no aim named presses for a change of policy
    ("Farmers blocked highways across the country's farm belt on Tuesday for a third week.", "2008-04-01",
     ["1442"]),
    # police detained by residents are abducted
    ("Residents of the Nahua community of Ostula on Sunday detained 14 state police officers.", "2023-05-01",
     ["181"]),
    # two thousand deported is an expulsion, not yet a mass one
    ("Saudi Arabia deported more than 2,000 Ethiopian migrants on Wednesday.", "2013-11-13", ["174"]),
])
def test_round_28_codes(coded, sentence, date, codes):
    found = coded(sentence, date)
    assert [c for c, _, _ in found] == codes, found


# --- round 29 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, date, expected", [
    # "both countries" acted on stands for the two named before it
    ("Ethiopia and Eritrea signed a border deal on Monday, and Washington imposed sanctions on both countries "
     "on Friday.", "2021-11-12", ("163", "USAGOV", "ETH")),
    ("Ethiopia and Eritrea signed a border deal on Monday, and Washington imposed sanctions on both countries "
     "on Friday.", "2021-11-12", ("163", "USAGOV", "ERI")),
    # supporters storming buildings riot (government offices stormed: against the government, 1451
    # since round 41)
    ("Hundreds of supporters of the jailed cleric stormed government offices in Peshawar on Tuesday.",
     "2023-05-10", ("1451", "PAKCVL", "PAKGOV")),
    # quitting an agreement renounces it
    ("Washington quit the arms control treaty with Moscow on Friday.", "2019-08-02", ("127", "USAGOV", "RUSGOV")),
    # a plural nationality protesting is its people
    ("Moroccans protested in Rabat on Sunday against the rise in fuel prices.", "2022-07-10",
     ("140", "MARCVL", "MARGOV")),
    # an intent agreed *with* someone is promised to them
    ("Kenya's president agreed with Uganda's president on Thursday to finalise a pipeline deal within a month.",
     "2016-03-24", ("030", "KENGOV", "UGAGOV")),
    # more aid to a country is aid to it
    ("Germany tripled its humanitarian aid to Sudan on Monday.", "2023-05-08", ("073", "DEU", "SDN")),
    ("Britain doubled its military aid to Kyiv on Tuesday.", "2023-01-10", ("072", "GBR", "UKRGOV")),
    # agreeing to talks with a party is an intent to negotiate with it
    ("The ELN rebels agreed on Monday to talks with Colombia's government in Caracas.", "2022-10-03",
     ("036", "COLREB", "COLGOV")),
    # the parser hung the name's verb on it as a participle after its relative clause
    ("Norway, which has hosted several rounds of talks since 2016, offered on Tuesday to mediate between "
     "Venezuela's government and the opposition.", "2019-05-21", ("039", "NOR", "VENGOV")),
    # "the generals" are the military
    ("Zimbabwe's president resigned on Tuesday, yielding to the generals' demands.", "2017-11-21",
     ("0831", "ZWEGOV", "ZWEMIL")),
    # a surname tagged as a common noun, after the full name
    ("Bolivia's army chief urged President Evo Morales to step down on Sunday, and Morales resigned hours "
     "later.", "2019-11-11", ("0831", "BOLGOV", "BOLMIL")),
    # asking that a wanted person be sent back to face trial asks for an extradition
    ("Peru formally asked the United States on Monday to send back former president Alejandro Toledo to face "
     "trial.", "2019-07-22", ("0213", "PER", "USA")),
    # ignoring a request to hand someone over refuses an extradition
    ("Moscow granted asylum to the fugitive on Thursday, ignoring Washington's requests to send him home to "
     "face charges.", "2013-08-01", ("1213", "RUSGOV", "USAGOV")),
    # a past form right after a transitive verb describes its object
    ("Iran's intelligence ministry accused detained Swedish diplomat Johan Floderus and his colleague of spying "
     "for Israel on Monday.", "2023-05-15", ("1125", "IRNGOVSPY", "SWEGOV")),
    # "the island" is the island state last named
    ("Taiwan raised its alert level on Thursday as China staged drills around the island.", "2024-05-23",
     ("150", "CHN", "TWN")),
    # aid sent after condolences goes to those consoled
    ("Japan's prime minister offered condolences to Morocco on Saturday, and Japan sent rescue teams and tents "
     "within days.", "2023-09-09", ("073", "JPN", "MAR")),
    # a bombing's victims, not the country it happened in
    ("A car bomb exploded in a busy market in Kirkuk on Monday, killing 12 people.", "2023-03-06",
     ("1832", None, "IRQCVL")),
    # a harmful act's noun modifier is its doer, its "of" phrase the victims
    ("Kenya's opposition leader condemned the police shooting of three students in Kisumu on Monday.",
     "2023-07-10", ("111", "KENOPP", "KENCOP")),
    # a verb that always takes an object shares the next one's across "or" and an adverb
    ("Myanmar's army expelled or forcibly relocated thousands of Rohingya villagers on Monday.", "2017-09-04",
     ("201", "MMRMIL", "MMRCVL")),
    # economic ties are economic cooperation, whatever they are coordinated with
    ("Russia's president pledged on Thursday to deepen energy and trade ties with China.", "2024-05-16",
     ("0311", "RUSGOV", "CHN")),
])
def test_round_29_parties(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, codes", [
    # a label given with "what ... called" appeals to no one
    ("Lithuania summoned the Belarusian envoy on Monday to protest over what Vilnius called a Minsk-directed "
     "campaign of arson on Lithuanian soil.", "2024-05-20", ["114"]),
    # self-immolation is no act at another party
    ("A street vendor set himself on fire in Sidi Bouzid on Friday.", "2010-12-20", []),
    # leaving a scheme is no resignation
    ("Italy told Beijing on Wednesday that it was quitting the Belt and Road Initiative.", "2023-12-06", []),
    # an embassy is in the traveller's own city
    ("Police detained the former minister on Wednesday as he headed to the Swiss embassy.", "2022-12-07",
     ["173"]),
    # what one "would have to" do is not done: a threat here
    ("Azerbaijan's defence ministry said on Sunday it would have to strike Armenian positions.", "2023-07-30",
     ["1384"]),
    # troops sent to face an offensive are a mobilisation, not an extradition
    ("Russia sent troops to face the Ukrainian offensive on Monday.", "2024-08-12", ["154"]),
])
def test_round_29_codes(coded, sentence, date, codes):
    found = coded(sentence, date)
    assert [c for c, _, _ in found] == codes, found


# --- round 30 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, date, expected", [
    # a threat to turn a city into a sea of fire threatens force
    ("Pyongyang threatened on Friday to turn Seoul into a sea of fire.", "2013-03-08", ("138", "PRKGOV", "KORGOV")),
    # a refused offer or plan is aimed at the one who made it
    ("Serbia rejected an offer on Monday from the European Union to mediate with Kosovo.", "2023-05-12",
     ("126", "SRB", "IGOEUREEC")),
    ("The junta rejected on Friday an African Union panel's plan for elections.", "2023-05-12",
     ("127", "---MIL", "IGOAFRAFU")),
    # a veto is aimed at the body that passed the text
    ("The president vetoed a resolution passed by the senate on Friday.", "2023-05-12",
     ("129", "---GOV", "---LEG")),
    # dissolving or suspending a legislature is an administrative sanction on it
    ("Kuwait's emir dissolved the National Assembly on Friday.", "2023-05-12", ("172", "KWTGOV", "KWTLEG")),
    # ratifying a country's membership is an agreement with it
    ("Hungary's parliament ratified Sweden's NATO membership on Monday.", "2024-02-26", ("057", "HUNLEG", "SWE")),
    # financial help is economic aid
    ("Pakistan appealed to China on Monday for financial help.", "2023-05-12", ("0231", "PAK", "CHN")),
    # observers received are inspectors (0862), not peacekeepers; a promise to invite them is 0355
    ("Nigeria's government welcomed an African Union observer mission on Monday.", "2023-05-12",
     ("0862", "NGAGOV", "IGOAFRAFU")),
    ("The president said on Monday that he would invite observers from the Commonwealth to monitor the vote.",
     "2023-05-12", ("0355", "---GOV", "IGOCWN")),
    # relations repaired are diplomatic cooperation with the other party
    ("Israel's new prime minister promised on Monday to repair relations with Turkey.", "2023-05-12",
     ("032", "ISRGOV", "TUR")),
    # a past form with a "with" phrase right after the sentence's head noun is its verb; protest
    # leaders are the opposition
    ("Sudan's military council negotiated with protest leaders on Thursday.", "2019-06-14",
     ("046", "SDNMIL", "SDNOPP")),
    # a court throwing out a party's appeal rejects it
    ("The Supreme Court threw out the opposition's appeal on Friday.", "2023-05-12", ("120", "---JUD", "---OPP")),
    # "would use firearms against protesters" threatens repression
    ("The interior ministry said on Monday that police would use firearms against protesters.", "2023-05-12",
     ("137", "---COP", "---CVL")),
    # "called for X to do Y": an appeal to X, for Y where Y is coded, else a plain appeal
    ("The African Union called on Friday for Mali to release the detained ministers.", "2023-05-12",
     ("0253", "IGOAFRAFU", "MLI")),
    ("The UN called on Tuesday for Congo to postpone the count.", "2023-05-12", ("020", "IGOUNO", "COD")),
    # an inquiry into crimes in a country is aimed at that country
    ("The ICC prosecutor opened an investigation on Wednesday into alleged war crimes in Ukraine.", "2022-03-03",
     ("094", "IGOJUDICC", "UKR")),
    # "four of them", acted on, are of the group named before in the sentence, not of those acting
    ("Belarusian police searched the homes of a dozen Belsat journalists on Tuesday and detained four of them.",
     "2022-03-03", ("173", "BLRCOP", "BLRMED")),
    # keeping someone confined to their home is a house arrest
    ("Police kept the opposition leader confined to his home on Saturday.", "2021-01-16",
     ("173", "---COP", "---OPP")),
    # taking refuge in an embassy is being sheltered by the embassy's state
    ("The opposition leader took refuge in the Dutch embassy in Harare on Monday.", "2008-06-23",
     ("075", "NLDGOV", "ZWEOPP")),
    # applying to join an alliance, or for its membership, appeals to it for military cooperation
    ("Sweden applied to join NATO on Wednesday.", "2022-05-18", ("0212", "SWE", "IGOWSTNAT")),
    ("Ukraine applied for EU membership on Monday.", "2022-03-01", ("021", "UKR", "IGOEUREEC")),
    # recognising a killing as genocide condemns the killers (Ottoman forces are Turkey's)
    ("The Dutch parliament recognised the killings of Armenians by Ottoman forces as genocide on Thursday.",
     "2019-10-29", ("111", "NLDLEG", "TURMIL")),
    # people told protesting in a participle are demonstrating (141)
    ("Soldiers opened fire on opposition supporters protesting in central Harare on Wednesday.", "2008-04-02",
     ("141", "ZWEOPP", "ZWEGOV")),
    # barring an aid agency from operating expels it
    ("Israel's parliament passed a law on Monday barring the UN agency for Palestinian refugees from operating "
     "on Israeli territory.", "2024-10-28", ("1663", "ISRLEG", "IGOUNO")),
    ("The junta barred foreign aid groups from operating in the north on Saturday.", "2024-10-28",
     ("1663", "---MIL", "---NGO")),
    # opposition leaders before they took office (people.tsv)
    ("Robert Mugabe and Morgan Tsvangirai signed a power-sharing deal in Harare on Monday.", "2008-09-15",
     ("057", "ZWEGOV", "ZWEOPP")),
    ("Vojislav Kostunica met Russian Foreign Minister Igor Ivanov in Belgrade on Thursday.", "2000-10-05",
     ("040", "SRBOPP", "RUSGOV")),
    # settling a dispute is its own intent (037); asking another to use its influence asks for
    # diplomatic cooperation (022)
    ("Guyana and Venezuela agreed on Thursday to resolve their border dispute peacefully.", "2023-12-15",
     ("037", "GUY", "VEN")),
    ("The German chancellor asked China's president on Friday to use his influence on Russia.", "2022-11-04",
     ("022", "DEUGOV", "CHNGOV")),
])
def test_round_30_parties(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, codes", [
    # a plain "turn" refuses nothing
    ("The court's ruling on Tuesday turned the opposition's narrow lead into a deficit.", "2023-05-12", []),
    # a proposal for talks refused is talks refused
    ("The government rejected an opposition proposal on Tuesday for talks on a unity cabinet.", "2023-05-12",
     ["125"]),
    # suspending a member of parliament is an administrative sanction
    ("The speaker suspended the opposition lawmaker as a member of parliament on Tuesday.", "2023-05-12",
     ["172"]),
    # a loser conceding yields office
    ("Kenya's president conceded defeat on Sunday.", "2023-05-12", ["0831"]),
    # a candidate pulling out of a vote boycotts it; heeding a call for a strike strikes
    ("The opposition candidate pulled out of the presidential runoff on Monday.", "2023-05-12", ["143"]),
    ("Shopkeepers heeded the opposition's call for a general strike on Monday.", "2023-05-12", ["143"]),
    # a warning about talks is no threat; one of consequences or further steps is
    ("Analysts warned on Monday that Belgium's coalition talks could drag on for months.", "2023-05-12", []),
    ("The foreign minister warned on Monday that any recognition of the breakaway region would have serious "
     "consequences.", "2023-05-12", ["130"]),
    ("Washington cut its aid to the junta on Friday and warned that further steps would follow.", "2023-05-12",
     ["162", "130"]),
    # a legislature approving emergency rule imposes it
    ("Ethiopia's parliament approved a six-month state of emergency in the Amhara region on Monday.",
     "2023-08-14", ["1724"]),
    # cargo flown into a town is no visit
    ("The UN refugee agency flew tents, blankets and cooking kits into Eldoret on Thursday.", "2008-01-11",
     ["073"]),
    # what one "has not ruled out" is a possibility, not an act
    ("The foreign minister has not ruled out expelling the Russian ambassador.", "2024-07-12", []),
    # what would follow "otherwise" is a condition, not an intent
    ("Four European governments gave Maduro eight days on Saturday to call an election, saying that otherwise "
     "they would recognise the opposition leader.", "2019-01-26", ["139"]),
])
def test_round_30_codes(coded, sentence, date, codes):
    found = coded(sentence, date)
    assert [c for c, _, _ in found] == codes, found


# --- round 31 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, date, expected", [
    # a score of civilians killed by hand is a mass killing (202); so are many killed in a raid's
    # participle, or told in the passive
    ("Soldiers killed 21 civilians, including 13 children, in the village on Friday.", "2023-05-12",
     ("202", "---MIL", "---CVL")),
    ("Janjaweed militiamen attacked a village in North Darfur on Friday, killing at least 30 civilians.",
     "2004-05-14", ("202", "SDNUAF", "SDNCVL")),
    ("Boko Haram fighters killed scores of civilians in an assault on the town on Friday.", "2015-01-09",
     ("202", "NGAREB", "NGACVL")),
    # a capitalised "-men" plural opening the sentence is the common noun
    ("Militiamen attacked the village on Monday.", "2023-05-12", ("180", "---UAF", None)),
    # warning protesters off the streets threatens repression
    ("The military warned protesters on Friday that they risked losing their lives.", "2023-05-12",
     ("137", "---MIL", "---CVL")),
    # whatever is confiscated is seized property, aimed at those it is taken from
    ("Police confiscated satellite phones from foreign journalists at the checkpoint on Friday.", "2023-05-12",
     ("1711", "---COP", "---MED")),
    # halting an assault de-escalates; demanding it demands de-escalation
    ("The Security Council demanded on Tuesday that the rebels halt their assault on the town.", "2023-05-12",
     ("1056", "IGOUNO", "---REB")),
    # an inquiry into strikes investigates military action
    ("The United Nations set up a board of inquiry on Monday to investigate Israeli strikes on its schools.",
     "2014-11-10", ("093", "IGOUNO", "ISRMIL")),
    # refusing peacekeepers refuses a protection force
    ("Sudan rejected the deployment of UN peacekeepers in Darfur on Tuesday.", "2006-09-05",
     ("1224", "SDN", "IGOUNO")),
    # ethnic cleansing waged as a campaign is the act
    ("Government troops waged a campaign of ethnic cleansing against Tigrayans in the west.", "2023-05-12",
     ("203", "---MIL", "ETHCVL")),
    # the UN agency for Palestinian refugees with dots in "U.N." is UNRWA, one body
    ("The United States ended all funding for the U.N. agency for Palestinian refugees on Friday.", "2018-08-31",
     ("162", "USA", "IGOUNO")),
    # a bare verb of a that-clause read as a compound of its object is the clause's verb
    ("The Taliban demanded on Monday that Jordan resume food deliveries to Syria.", "2023-05-12",
     ("1033", "AFGGOV", "JOR")),
    # a ruling, verdict, package or initiative rejected is a settlement refused (127)
    ("China rejected the ruling of the arbitration tribunal on Tuesday.", "2016-07-12", ("127", "CHN", "CHNJUD")),
    ("Iran rejected a package of incentives offered by Britain and France on Saturday.", "2006-08-22",
     ("127", "IRN", "GBR")),
    ("The Libyan government rejected the Egyptian initiative for a ceasefire on Sunday.", "2020-06-07",
     ("127", "LBYGOV", "EGY")),
    # a rally that demands what names no leader, right or institution demands a policy
    ("Thousands of Armenians rallied in Yerevan on Friday to demand that the region be transferred to Armenia.",
     "1988-02-26", ("1412", "ARMCVL", "ARMGOV")),
    # readouts: a note handed to an envoy is a protest; displeasure conveyed is disapproval; a
    # courtesy call is a visit; an envoy called in is summoned; briefing a counterpart consults
    ("Poland handed a note verbale to the Belarusian charge d'affaires on Monday.", "2023-05-12",
     ("114", "POL", "BLRGOV")),
    ("India conveyed its strong displeasure to Pakistan on Sunday over the killing of two soldiers.",
     "2023-05-12", ("110", "IND", "PAK")),
    ("The Japanese ambassador paid a courtesy call on the Mongolian president on Tuesday.", "2023-05-12",
     ("042", "JPNGOV", "MNGGOV")),
    ("The Dutch foreign ministry called in the Chinese ambassador on Monday.", "2023-05-12",
     ("114", "NLDGOV", "CHNGOV")),
    ("The Saudi foreign minister briefed his Egyptian counterpart on the talks in Jeddah on Sunday.",
     "2023-05-12", ("040", "SAUGOV", "EGYGOV")),
    # consular access granted lets another state in (086); refused, 1245
    ("Iran granted Swiss diplomats consular access to the detained American on Monday.", "2023-05-12",
     ("086", "IRN", "CHEGOV")),
    ("China refused to grant consular access to the detained Australian journalist.", "2023-05-12",
     ("1245", "CHN", "AUSMED")),
    # another's claims dismissed as baseless are denied (016)
    ("Taipei dismissed Beijing's claims as baseless on Monday.", "2023-05-12", ("016", "TWNGOV", "CHNGOV")),
    # "memoranda" is the plural of memorandum
    ("Kenya and Uganda signed several memoranda of understanding on trade on Monday.", "2023-05-12",
     ("057", "KEN", "UGA")),
    # a demarche is a formal protest; so is an envoy's summoning, told as a noun
    ("Pakistan issued a demarche to the Indian high commissioner on Monday.", "2023-05-12",
     ("114", "PAK", "INDGOV")),
    ("Iran announced the summoning of the Danish ambassador on Monday.", "2023-05-12", ("114", "IRN", "DNKGOV")),
    # another state's people barred from entering, or a visa revoked: a sanction (163)
    ("Russia barred 18 Americans from entering the country on Saturday.", "2013-04-13", ("163", "RUS", "USACVL")),
    ("Washington revoked the Brazilian judge's visa on Friday.", "2025-07-18", ("163", "USAGOV", "BRAJUD")),
    # a checkpoint overrun is attacked, not territory occupied
    ("Taliban fighters overran a police checkpoint in Ghazni province on Sunday.", "2019-05-12",
     ("190", "AFGREB", "AFGCOP")),
    # an invitation to visit is the host's intent to meet (036); one to talks an appeal to meet (026)
    ("China invited the Honduran president to visit Beijing.", "2023-05-12", ("036", "CHN", "HNDGOV")),
    ("The African Union invited Ethiopia's government and the Tigrayan rebels to peace talks on Saturday.",
     "2022-10-01", ("026", "IGOAFRAFU", "ETHGOV")),
    # warning protesters not to protest again: the warning is the act (the protest is negated)
    ("The commander of the Revolutionary Guards warned protesters on Saturday not to take to the streets again.",
     "2022-10-29", ("137", "---MIL", "---CVL")),
    # accused of incitement, propaganda or dodging controls: of a crime (1121)
    ("Venezuela's government accused Cargill on Saturday of dodging price controls.", "2009-03-01",
     ("1121", "VENGOV", "USABUS")),
])
def test_round_31_parties(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, codes", [
    # by air strike or bomb, thirty civilians killed keep the weapon's code
    ("Air strikes killed at least 30 civilians in the town on Monday.", "2023-05-12", ["195"]),
    # a side suspending its part in talks halts them
    ("The opposition suspended its participation in the peace talks on Monday.", "2023-05-12", ["164"]),
    # an inquiry into looting investigates a crime
    ("Police launched an inquiry on Monday into the looting of the warehouse.", "2023-05-12", ["091"]),
    # police using force, threatened, is a threat of repression
    ("The minister warned on Monday that police would use force to stop the protesters.", "2023-05-12",
     ["137"]),
    # disbanding an office demobilises nothing; a force disbanding itself does
    ("The government disbanded its refugee department on Friday.", "2023-05-12", []),
    ("The Kosovo Liberation Army formally disbanded on Monday.", "1999-09-20", ["0873"]),
    # the words of a body's name are not an event ("World *Food* Programme")
    ("The World Food Programme continued its work in Darfur on Monday.", "2023-05-12", []),
    # a request for consular access asks for involvement (0255)
    ("Canada requested consular access to its two citizens on Monday.", "2023-05-12", ["0255"]),
    # briefing reporters consults no one
    ("The spokesman briefed reporters on the talks on Monday.", "2023-05-12", []),
    # a riot forcing a leader to resign is for a change of leadership
    ("Protesters set fire to parliament in Kathmandu on Tuesday, forcing the prime minister to resign.",
     "2025-09-09", ["1451", "0831"]),
    # what a text would let others do is no one's act
    ("The agreement would allow citizens of both countries to travel without visas.", "2023-05-12", []),
    # people of one's own country banned from entering places are restricted (172), not sanctioned
    ("The Taliban's governor banned women from entering public parks on Thursday.", "2023-05-12", ["172"]),
])
def test_round_31_codes(coded, sentence, date, codes):
    found = coded(sentence, date)
    assert [c for c, _, _ in found] == codes, found


# --- round 32 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, date, expected", [
    # a vehicle laden with explosives driven into a target is a vehicle bomb (1832); by a suicide bomber,
    # a suicide bombing (1831); the parser hangs "into" on the participle
    ("Al-Shabaab fighters drove a truck laden with explosives into an army base near Mogadishu on Monday.",
     "2023-05-12", ("1832", "SOMREB", "SOMMIL")),
    ("A suicide bomber drove a car packed with explosives into the gate of the French embassy in Kabul on "
     "Monday.", "2023-05-12", ("1831", None, "FRAGOV")),
    # mass killings are a massacre
    ("Myanmar's army carried out mass killings of Rohingya civilians in Rakhine state on Friday.", "2023-05-12",
     ("202", "MMRMIL", "MMRCVL")),
    # a note verbale handed to the indirect object is a formal protest
    ("Argentina's foreign ministry handed the British charge d'affaires a note verbale on Monday.", "2023-05-12",
     ("114", "ARGGOV", "GBRGOV")),
    # a lifted ban is aimed at the country the ban was on, not the lifter's own "its"
    ("Russia lifted its ban on flights to Egypt on Thursday.", "2023-05-12", ("085", "RUS", "EGY")),
    ("China lifted its ban on beef imports from Brazil on Friday.", "2023-05-12", ("085", "CHN", "BRA")),
    # a veto or objection lifted gives ground to those it held back
    ("Austria lifted its veto on Romania joining the Schengen area on Friday.", "2023-05-12",
     ("080", "AUT", "ROU")),
    ("Turkey dropped its objections to Sweden's membership of NATO on Monday.", "2023-05-12",
     ("080", "TUR", "SWE")),
    # a chlorine cylinder dropped is a chemical attack (on the people of the place: round 34)
    ("A Syrian air force helicopter dropped a chlorine cylinder on a residential building in Douma on Saturday.",
     "2018-04-10", ("2041", "SYRMIL", "SYRCVL")),
    # consular officers let in to visit a detainee: consular access granted (086), refused 1245
    ("Russian authorities allowed U.S. consular officers to visit the detained reporter on Monday.", "2023-05-12",
     ("086", "RUSGOV", "USA")),
    ("Iran refused to let British diplomats visit the detained aid worker on Friday.", "2023-05-12",
     ("1245", "IRN", "GBRGOV")),
    # an apology accepted is forgiveness, of the one who apologised
    ("South Korea's president accepted Japan's apology on Thursday.", "2023-05-12", ("056", "KORGOV", "JPN")),
    # troops withdrawn from a place retreat (0874); a withdrawal from a body stays another act
    ("Israel completed its withdrawal from southern Lebanon on Wednesday.", "2000-05-24", ("0874", "ISR", "LBN")),
    ("Syria completed the withdrawal of its troops from Lebanon on Tuesday.", "2005-04-26", ("0874", "SYR", "LBN")),
    ("Burkina Faso announced its withdrawal from ECOWAS on Sunday.", "2024-01-28", ("161", "BFA", "IGOWAFWAS")),
    # the handover of weapons is disarming (before the state the group fought: round 34)
    ("The FARC rebels completed the handover of their weapons on Tuesday.", "2017-06-27", ("0873", "COLREB", "COLGOV")),
    # recordings handed over are intelligence shared
    ("Turkey handed the recordings to Saudi Arabia on Saturday.", "2018-11-10", ("064", "TUR", "SAU")),
    # every UN body is IGOUNO (its kind stays in the sectors)
    ("The UN Human Rights Council condemned Israel on Monday.", "2023-05-12", ("111", "IGOUNO", "ISR")),
    ("UN peacekeepers fired on protesters in Goma on Monday.", "2023-05-12", ("175", "IGOUNO", "CODCVL")),
    # a fugitive recaptured is arrested (not ground taken)
    ("Navy marines recaptured the drug lord in Los Mochis on Friday.", "2016-01-08", ("173", "MEXMIL", "MEXCRM")),
])
def test_round_32_parties(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, codes", [
    # a car driven into a river carries no explosives: no attack
    ("The driver drove the car into the river on Monday.", "2023-05-12", []),
    # what a draft text would have its parties do is no act
    ("Under the draft consular accord, Kazakhstan and Mongolia would open consulates in each other's second "
     "cities.", "2023-05-12", []),
    ("The proposed pact would set up a joint border commission between Thailand and Cambodia.", "2023-05-12", []),
    # (the same parties' own "would" under a speaker stays their intent)
    ("Kazakhstan and Mongolia would open consulates in each other's cities, the minister said.", "2023-05-12",
     ["032", "032"]),
])
def test_round_32_codes(coded, sentence, date, codes):
    found = coded(sentence, date)
    assert [c for c, _, _ in found] == codes, found


# --- round 33 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, date, expected", [
    # a state body's name qualified by another country's of-phrase is that country's body
    ("The National Intelligence Service of Kenya shared intelligence with Uganda on Monday.", "2023-05-12",
     ("064", "KENSPY", "UGA")),
    ("South Korea's National Intelligence Service shared intelligence with Japan on Monday.", "2023-05-12",
     ("064", "KORSPY", "JPN")),
    # (a demonym beside an army's name is no such qualifier: both armies stay)
    ("UNIFIL asked the Lebanese and Israeli armies on Friday to exercise maximum restraint.", "2023-05-12",
     ("0256", "IGOUNO", "ISRMIL")),
    # Uganda's army and Congo's, by their names; Zimbabwe's opposition parties are the opposition
    ("The Uganda People's Defence Forces and the FARDC launched joint operations against the rebels on "
     "Tuesday.", "2021-11-30", ("062", "UGAMIL", "CODMIL")),
    ("Zimbabwe's police arrested leaders of the Citizens Coalition for Change on Sunday.", "2023-05-12",
     ("173", "ZWECOP", "ZWEOPP")),
    # a formal protest delivered is a complaint, not a demonstration
    ("The Cuban Foreign Ministry summoned the head of the United States Embassy on Wednesday to deliver a "
     "formal protest.", "2023-05-12", ("114", "CUBGOV", "USAGOV")),
    # signed documents are an accord
    ("The two governments of Niger and Russia signed documents on defence cooperation on Monday.", "2023-05-12",
     ("057", "NERGOV", "RUSGOV")),
    # organisers of protests warned: a threat of repression
    ("The police chief warned organisers of the planned protests on Monday.", "2023-05-12", ("137", "---COP", None)),
    # an inquiry's target: the first party named in what it looks into (not a mishap's surroundings)
    ("The International Atomic Energy Agency opened an inquiry into traces of uranium found at undeclared "
     "sites in Iran on Monday.", "2023-05-12", ("090", "IGOUNO", "IRN")),
    ("Lithuanian authorities launched a probe on Monday into damage to a Baltic Sea cable linking the country "
     "with Sweden.", "2023-05-12", ("090", "LTUGOV", None)),
    # police sent to reinforce a mission abroad: peacekeeping (074), not a visit
    ("Kenyan police officers arrived in Port-au-Prince on Tuesday to reinforce the multinational mission.",
     "2024-07-16", ("074", "KENCOP", "HTI")),
    # "committed to" an act, read by the parser as a purpose clause (or with "itself"): an intent
    ("The Venezuelan government committed on Thursday to release a group of political prisoners.", "2023-10-19",
     ("0353", "VENGOV", "VENOPP")),
    ("The government committed itself to release the prisoners.", "2023-05-12", ("0353", "---GOV", "---CVL")),
    # a head of state's assent withheld is a veto; a strike embarked on is a strike
    ("Nigeria's president withheld assent on Tuesday to the bill passed by the National Assembly.", "2021-12-21",
     ("129", "NGAGOV", "NGALEG")),
    ("The Nigeria Labour Congress embarked on an indefinite nationwide strike on Monday.", "2023-05-12",
     ("143", "NGALAB", "NGAGOV")),
    ("The Nigeria Labour Congress threatened to embark on an indefinite nationwide strike.", "2023-05-12",
     ("133", "NGALAB", None)),
    # forgiveness asked for is an apology
    ("Germany asked Namibia for forgiveness on Friday.", "2021-05-28", ("055", "DEU", "NAM")),
    # an object put after the verb's place and date ("signed in X on Thursday nine agreements")
    ("Sudan and South Sudan signed in Addis Ababa on Thursday nine cooperation agreements.", "2012-09-27",
     ("057", "SDN", "SSD")),
    # "calling it" an outrage: "it" is the act just told, its doer the target (not the caller itself)
    ("Russian troops moved the boundary markers deeper into Georgian territory overnight, Georgia's foreign "
     "ministry said, calling it an annexation.", "2023-05-12", ("111", "GEOGOV", "RUSMIL")),
])
def test_round_33_parties(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, codes", [
    # police arriving abroad with no stated purpose: no visit
    ("Kenyan police officers arrived in Port-au-Prince on Tuesday.", "2024-07-16", []),
    # help asked for stays an appeal for aid
    ("The minister asked Kenya for help on Friday.", "2023-05-12", ["023"]),
])
def test_round_33_codes(coded, sentence, date, codes):
    found = coded(sentence, date)
    assert [c for c, _, _ in found] == codes, found


# --- round 34 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, date, expected", [
    # "<title> of <country> <name>": the tagger's person name that runs on from the country does
    # not swallow it
    ("Prime Minister of Kazakhstan Askar Mamin asked Russia on Friday to provide a loan of 200 million "
     "dollars.", "2019-05-12", ("0231", "KAZGOV", "RUS")),
    # "the heads of the X of A and B": one for each country, with the inner plural's office
    ("Delegations of the governments of Uzbekistan and Kyrgyzstan held talks on water sharing on Friday.",
     "2023-05-12", ("040", "KGZGOV", "UZBGOV")),
    ("The chiefs of the intelligence services of Jordan and Egypt met in Amman on Sunday.", "2023-05-12",
     ("040", "EGYSPY", "JORSPY")),
    # a nationality the parser read as a first object is the object's ("accused Armenian servicemen")
    ("Azerbaijan's prime minister accused Armenian servicemen on Sunday of shelling villages.", "2023-05-12",
     ("1123", "AZEGOV", "ARMMIL")),
    # proceedings instituted against a state; debt written off; a charge d'affaires summoned
    ("Pakistan instituted proceedings against India at the Permanent Court of Arbitration on Monday.",
     "2023-05-12", ("115", "PAK", "IND")),
    ("Japan wrote off 300 million dollars of the debt of Myanmar on Friday.", "2023-05-12", ("071", "JPN", "MMR")),
    ("Britain summoned China's charge d'affaires on Tuesday.", "2023-05-12", ("114", "GBR", "CHNGOV")),
    # extradition asked for, as a noun
    ("Kazakhstan demanded the extradition of the banker from France on Monday.", "2023-05-12",
     ("1013", "KAZ", "FRA")),
    ("Turkey's justice ministry sent a file to Washington on Friday, formally requesting the extradition of "
     "the cleric.", "2016-07-22", ("0213", "TURGOV", None)),
    # a warning that another "would pay a heavy price" threatens it
    ("Pakistan's foreign minister demanded on Monday that Kabul hand over the militants, warning that the "
     "Taliban would pay a heavy price.", "2023-05-12", ("130", "PAKGOV", "AFGGOV")),
    # borders closed "with" a country hung on the verb
    ("Bahrain cut ties with Qatar on Monday and closed its airspace and borders with the emirate.", "2017-06-05",
     ("191", "BHR", "QAT")),
    # chambers of commerce are business; a national Red Cross or Red Crescent society is its country's NGO
    ("The Union of Chambers of Commerce of Pakistan urged the government on Monday to cut fuel prices.",
     "2023-05-12", ("0242", "PAKBUS", "PAKGOV")),
    ("The Kenya Red Cross delivered food to flood victims in Garissa on Sunday.", "2023-05-12",
     ("073", "KENNGO", "KENCVL")),
    ("The Egyptian Red Crescent Society sent aid convoys to Gaza on Sunday.", "2023-10-22", ("070", "EGYNGO", "PSE")),
    # asked to help mediate: an appeal to mediate
    ("The Sudanese army asked Ethiopia on Friday to help mediate an end to the fighting in Darfur.", "2023-05-12",
     ("028", "SDNMIL", "ETH")),
    # accused of dropping chlorine: of a war crime
    ("The opposition accused the army on Monday of dropping chlorine barrels on villages near Hama.", "2018-02-12",
     ("1124", "SYROPP", "SYRMIL")),
    # a case opened on war crimes: its topic on the case; its target the doer of the strike it is over
    ("Ukraine's prosecutor general opened a criminal case on war crimes on Friday over the missile strike by "
     "Russian forces on a hospital in Kharkiv.", "2023-05-12", ("094", "UKRJUD", "RUSMIL")),
    # Tajikistan's Islamic Renaissance Party is not France's Renaissance; the UNM in opposition since 2012
    ("Tajik police detained members of the Islamic Renaissance Party on Friday.", "2015-09-18",
     ("173", "TJKCOP", "TJKOPP")),
    ("Georgian police detained activists of the United National Movement on Friday.", "2024-05-10",
     ("173", "GEOCOP", "GEOOPP")),
    # a suicide bomber driving through the gates of a target
    ("A suicide bomber drove a truck through the gates of the police headquarters in Quetta on Monday.",
     "2023-05-12", ("1831", None, "PAKCOP")),
    # a speech act's participle after a comma is the demander's, not a description of what is demanded
    ("The Pamiri opposition demanded on Monday an urgent meeting of the Border Commission with the "
     "participation of the government delegation, accusing Dushanbe of delaying the talks.", "2023-05-12",
     ("112", "---OPP", "TJKGOV")),
    # the subject after an opening phrase, also in a clause a trailing report tells
    ("Within the framework of the state visit to Dhaka, President of India Ram Nath Kovind laid a wreath at the "
     "National Martyrs' Memorial on Monday, the Press Information Bureau reports.", "2021-03-29",
     ("017", "INDGOV", None)),
])
def test_round_34_parties(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, expected", [
    # opposition parties are the opposition; Papuan and Acehnese rebels separatists; the TPLF fights on
    ("Turkish police detained two HDP mayors in Diyarbakir on Friday.", "2023-05-12", ("173", "TURCOP", "TUROPP")),
    ("A Thai court banned the leaders of the Future Forward Party on Friday.", "2020-02-21",
     ("172", "THAJUD", "THAOPP")),
    ("Indonesian troops clashed with Free Papua Movement fighters in Nduga on Monday.", "2023-05-12",
     ("190", "IDNMIL", "IDNSEP")),
    # a curfew or a chemical attack on a town falls on its people
    ("Indian authorities imposed a curfew in Jammu on Sunday.", "2023-05-12", ("1723", "INDGOV", "INDCVL")),
    ("Government aircraft dropped chlorine bombs on the town of Saraqeb on Sunday.", "2018-02-04",
     ("2041", "SYRGOV", "SYRCVL")),
])
def test_round_34_party_conventions(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, expected", [
    # weapons handed over: to whom they are handed, else before the state the group fought
    ("ELN guerrillas handed over their weapons to UN monitors in Arauca on Tuesday.", "2023-05-12",
     ("0873", "COLREB", "IGOUNO")),
    ("About 800 MILF fighters handed over their weapons in Maguindanao on Saturday.", "2023-05-12",
     ("0873", "PHLREB", "PHLGOV")),
    # an object with its article is a noun though tagged as a verb ("a United Nations *plan*")
    ("Turkish Cypriots rejected a United Nations plan to reunify the island in a referendum on Saturday.",
     "2004-04-24", ("127", "CYP", "IGOUNO")),
])
def test_round_34_targets(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, expected", [
    # a body's acronym opening the sentence, read as an adjective or a clausal subject, names its members
    ("ECOWAS heads of state suspended Guinea from the bloc at their summit in Accra on Thursday.", "2021-09-09",
     ("161", "IGOWAFWAS", "GIN")),
    ("ECOWAS leaders meeting in Accra on Sunday gave the junta in Conakry six months to hold elections.",
     "2021-09-19", ("139", "IGOWAFWAS", "GINMIL")),
    # police "were deployed": the police are the doers
    ("Thousands of police officers were deployed around the election commission in Dhaka on Friday ahead of a "
     "planned opposition march.", "2023-05-12", ("153", "BGDCOP", "BGDOPP")),
])
def test_round_34_sources(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, codes", [
    # forces put on a heightened regime of combat duty: a show of force
    ("The Russian president ordered the defence minister on Sunday to put the strategic forces on a special "
     "regime of combat duty.", "2022-02-27", ["152"]),
    # a car packed with explosives detonated: a vehicle bomb
    ("Militants detonated a truck packed with explosives near the army base in Kabul on Friday.", "2023-05-12",
     ["1832"]),
    # tourists visiting: no state visit
    ("Thousands of foreign tourists visited Nepal during the festival season.", "2023-05-12", []),
    # what a country "will be able to" do if something happens: a hypothesis (not a said ability)
    ("If the pipeline is completed, Turkmenistan will be able to export gas to India.", "2023-05-12", []),
    ("The Qatari government said it would be able to export more gas to Europe.", "2023-05-12", ["061"]),
    # a past verb joined to the refused infinitive is an act of its own
    ("The court refused on Friday to extradite the journalist to Turkey and released him on bail.", "2023-05-12",
     ["1213", "0841"]),
    # police units put on a heightened regime of service: a police alert
    ("The interior ministry placed police units in Dushanbe on a heightened regime of service on Monday.",
     "2023-05-12", ["151"]),
    # (a suicide bomber's blast stays a suicide bombing)
    ("A suicide bomber detonated his explosives at a checkpoint in Mogadishu on Monday.", "2023-05-12", ["1831"]),
])
def test_round_34_codes(coded, sentence, date, codes):
    found = coded(sentence, date)
    assert [c for c, _, _ in found] == codes, found


# --- round 35 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, date, expected", [
    # a capitalised dateline glued to the story is split off ("SEOULSouth Korea"); a "to" phrase hung
    # on "worth" is the verb's (to whom the loans go)
    ("SEOULSouth Korea pledged on Monday to extend loans worth 500 million dollars to Vietnam.", "2023-05-12",
     ("0331", "KOR", "VNM")),
    ("Russia announced that it would hand over helicopters and small arms worth 1.1 billion dollars to the Kyrgyz "
     "armed forces.", "2023-05-12", ("0332", "RUS", "KGZMIL")),
    # the West Philippine Sea is the Philippines' (not the Western bloc); Jayapura is Indonesia's city
    ("The defence secretary asked Australia on Monday to join naval patrols in the West Philippine Sea.",
     "2023-05-12", ("020", "PHLGOV", "AUS")),
    ("Police in Jayapura detained 20 activists on Monday.", "2023-05-12", ("173", "IDNCOP", "IDNOPP")),
    ("The Inspector General of Police placed all police stations in the Western Province on high alert on "
     "Friday.", "2023-05-12", ("151", "---COP", None)),
    # a ban on the activities of a league; instruments of ratification exchanged; a state taken to a tribunal
    ("Bangladesh's interim government banned all activities of the Awami League on Saturday.", "2025-05-11",
     ("1722", "BGDGOV", "BGDOPP")),
    ("Thailand and Laos exchanged the instruments of ratification of the border treaty in Vientiane on Friday.",
     "2023-05-12", ("057", "THA", "LAO")),
    ("Malaysia took Singapore to an international tribunal over the reclamation works on Monday.", "2023-05-12",
     ("115", "MYS", "SGP")),
    # a gunman who blows himself up; a court of inquiry into a raid; cash seized
    # (since round 41 a bombing in a town falls on its people, CVL)
    ("A gunman opened fire on the convoy and then blew himself up in Peshawar on Friday.", "2023-05-12",
     ("1831", None, "PAKCVL")),
    ("The army ordered a court of inquiry into the botched raid in Manipur on Sunday.", "2023-05-12",
     ("093", "INDMIL", "IND")),
    ("Anti-graft investigators seized cash and gold bars from the former minister's house on Monday.",
     "2023-05-12", ("1711", "---GOV", "---ELI")),
    # "agreed that troops of both sides should pull back": the agreeing parties' intent
    ("The defence ministers of Armenia and Azerbaijan agreed on Friday that troops of both sides should pull back "
     "from the border.", "2023-05-12", ("0356", "ARMGOV", "AZEGOV")),
    # killed in an encounter (a gunfight) with rebels: small-arms fighting between the two
    ("Ten soldiers were killed in an encounter with Maoist rebels in Chhattisgarh on Monday.", "2023-05-12",
     ("193", "INDREB", "INDMIL")),
    # made to walk as human shields; a police alert raised by the police
    ("Soldiers forced villagers to walk ahead of their column as human shields on Tuesday.", "2023-05-12",
     ("184", "---MIL", None)),
    ("The Inspector General of Police placed all districts of Sindh on high alert on Friday.", "2023-05-12",
     ("151", "PAKCOP", None)),
    # the tenth edition of an exercise is the exercise
    ("The navies of Japan and India held the seventh edition of their bilateral exercise off Chennai on Monday.",
     "2023-05-12", ("062", "JPNMIL", "INDMIL")),
    # parties in and out of power; Nepal's Maoists a party after the 2006 peace; the CRPF police
    ("The Unified CPN (Maoist) called a general strike across Nepal on Sunday.", "2010-05-02",
     ("143", "NPLOPP", "NPLGOV")),
    ("Maoist rebels attacked a police post in western Nepal on Sunday.", "2004-05-02", ("190", "NPLREB", "NPLCOP")),
    ("CRPF personnel detained two men in Srinagar on Friday.", "2023-05-12", ("173", "INDCOP", "IND")),
    ("Fazlur Rehman, head of the opposition Pakistan Democratic Movement, demanded on Monday that Imran Khan step "
     "down.", "2020-11-02", ("1041", "PAKOPP", "PAKGOV")),
    ("Chief Election Commissioner Kazi Habibul Awal met leaders of opposition parties in Dhaka on Sunday.",
     "2023-05-12", ("040", "BGDGOV", "BGDOPP")),
    # the rebels' talks are with their own government, wherever held
    ("The National Democratic Front said on Sunday it would resume talks with the government in Oslo.",
     "2017-05-28", ("036", "PHLREB", "PHLGOV")),
    # a junta's aircraft are its military (and since round 38 a village bombed is its people)
    ("Junta aircraft bombed a village in Sagaing Region on Tuesday, residents said.", "2023-04-11",
     ("195", "MMRMIL", "MMRCVL")),
    # "Foreign" in an office's name is no foreigner; foreign troops still take no country from a place
    ("The Foreign Ministry summoned the Indian ambassador on Sunday, an official said in Dhaka.", "2023-05-12",
     ("114", "BGDGOV", "INDGOV")),
    ("Foreign troops entered the town of Goma in Congo on Monday.", "2023-05-12", ("192", "---MIL", "COD")),
    # aid agencies: NGOs; expelled: 1663; ordered to wind up by a home department
    ("Sudan expelled 13 foreign aid agencies from Darfur on Wednesday.", "2023-05-12", ("1663", "SDN", "---NGO")),
    ("The provincial home department ordered two international aid agencies to wind up their operations.",
     "2023-05-12", ("1663", "---GOV", "---NGO")),
    # a terminated agreement, notified: the notifier's own act
    ("The Philippines notified the United States on Tuesday that it was terminating the Visiting Forces "
     "Agreement.", "2020-02-11", ("1212", "PHL", None)),
    # (vessels ramming boats still damage property: 1712)
    ("Chinese vessels rammed two Vietnamese fishing boats near the Paracels on Sunday.", "2023-05-12",
     ("1712", "CHN", "VNM")),
])
def test_round_35_events(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, codes", [
    # talks terminated; a hunger strike ended; combatants decommissioned
    ("The government terminated peace negotiations with the rebels on Friday.", "2023-05-12", ["164"]),
    ("The jailed activist ended her hunger strike on Tuesday.", "2023-05-12", ["082"]),
    ("Some 5,000 MILF combatants were decommissioned in Maguindanao on Saturday.", "2023-05-12", ["0873"]),
    # an appeal taken to a higher court is no case against anyone; police stopping protests no concession
    ("His lawyers said they would take the case to the Supreme Court.", "2023-05-12", []),
    ("Authorities deployed thousands of police in Lhasa on Saturday to stop protests from spreading.",
     "2023-05-12", ["153"]),
])
def test_round_35_codes(coded, sentence, date, codes):
    found = coded(sentence, date)
    assert [c for c, _, _ in found] == codes, found


@pytest.mark.parametrize("sentence, date, expected", [
    # militants killed in a gunfight with one country's army and police: each force fought them, one way
    ("Two militants were killed in a gunfight with the army and police in Srinagar on Saturday.", "2023-05-12",
     ("193", "INDCOP", "INDREB")),
    # accused of diverting aid: a crime
    ("The opposition accused the ruling party on Saturday of diverting donated maize to its own supporters.",
     "2023-05-12", ("1121", "---OPP", "---GOV")),
    # the "to" phrase of a verb of handing, read inside its object or a participle after it
    ("India dispatched about 15 tonnes of relief material, including tents, blankets, food packets and medicines, "
     "to Myanmar aboard an IAF aircraft on Saturday.", "2023-05-12", ("073", "IND", "MMR")),
    ("Thai police handed over a Malaysian businessman wanted for a multi-million ringgit fraud to the Royal "
     "Malaysia Police at the border on Wednesday.", "2023-05-12", ("063", "THACOP", "MYSCOP")),
    # an appeal for tents and medicines is for humanitarian aid (the "for" read on the countries appealed to)
    ("The government on Sunday appealed to India, China and other friendly countries for tents, medicines, "
     "tarpaulins and helicopters after the earthquake.", "2023-05-12", ("0233", "---GOV", "IND")),
    # an understanding on the cessation of firing violated is a ceasefire broken
    ("Pakistani forces violated the understanding on the cessation of firing within hours on Saturday.",
     "2023-05-12", ("196", "PAKMIL", None)),
    # coast guards are maritime police
    ("China Coast Guard vessels fired water cannon at two Philippine boats near Ayungin Shoal on Saturday.",
     "2023-05-12", ("175", "CHNCOP", "PHL")),
    ("The Philippine coast guard detained 12 Vietnamese fishermen on Monday.", "2023-05-12",
     ("173", "PHLCOP", "VNMAGR")),
    # a district named by its town and a compass word ("Imphal West") is the town's
    ("The Imphal West district administration warned on Sunday that an indefinite curfew would be clamped on "
     "the entire district if mobs continued to attack police stations.", "2023-05-12", ("1323", "INDGOV", None)),
    # an international NGO has no country (---NGO), as the conventions and most gold sets code it
    ("Amnesty International accused Iran of torturing protesters.", "2023-05-12", ("1122", "---NGO", "IRN")),
])
def test_round_35_targets_and_codes(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


# --- round 36 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, date, expected", [
    # a place a country's name owns is that country's ("Russia's Far East", not a namesake elsewhere)
    ("Kim Jong-un arrived in Russia's Far East on Tuesday.", '2023-05-12', ('042', 'PRKGOV', 'RUS')),
    ("North Korea sent troops to Russia's Far East.", '2023-05-12', ('074', 'PRK', 'RUS')),
    # (a body examining whether another should face a charge still investigates)
    ('The parliament began examining whether the president should face impeachment.',
     '2023-05-12', ('090', '---LEG', '---GOV')),
    # (crew members are still freed)
    ('The Houthis released the 25 crew members of the ship.', '2023-05-12', ('0841', 'YEMREB', None)),
    # pro-democracy leaders and candidates are the opposition
    ('Hong Kong pro-democracy leaders on Sunday vowed a campaign of civil disobedience.',
     '2023-05-12', ('030', 'HKGOPP', None)),
    ('Hong Kong election officials on Thursday disqualified 12 pro-democracy candidates from running in the '
     'elections.', '2023-05-12', ('1722', 'HKGGOV', 'HKGOPP')),
    # a country and a title before a name, which the parser parted from it
    ('Netherlands Prime Minister Mark Rutte visited Canberra on Thursday.', '2023-05-12', ('042', 'NLDGOV', 'AUSGOV')),
    ('Solomon Islands Prime Minister Manasseh Sogavare on Thursday requested Australian police to help restore '
     'order.', '2023-05-12', ('020', 'SLBGOV', 'AUSCOP')),
    # a speech participle after a reported clause is the speaker's
    ('The China Coast Guard said on Saturday that a Philippine coast guard vessel had deliberately rammed a '
     'Chinese ship near the shoal, accusing the Philippines of provocation.', '2023-05-12', ('1123', 'CHNCOP', 'PHL')),
    # annexes and roadmaps are accords; a government named with the rebels is theirs
    ('Government and Moro Islamic Liberation Front negotiators signed an annex on power-sharing in Kuala '
     'Lumpur on Sunday.', '2023-05-12', ('057', 'PHLGOV', 'PHLREB')),
    ('The government and the opposition signed an electoral roadmap in Barbados on Tuesday.',
     '2023-05-12', ('057', 'BRBGOV', 'BRBOPP')),
    # the place where two met is no side of "the two sides"
    ('Chinese Premier Li Qiang held talks with Australian Prime Minister Anthony Albanese in Canberra on '
     'Monday, after which the two sides signed agreements on trade.', '2024-06-17', ('057', 'AUSGOV', 'CHNGOV')),
    # "the Central American country" is the country last named
    ('Taiwan on Sunday severed diplomatic relations with Honduras after the Central American country '
     'established formal ties with Beijing.', '2023-03-26', ('050', 'HND', 'CHNGOV')),
    ('Morocco recalled its ambassador from Algeria after the North African country hosted a Polisario '
     'delegation.', '2023-05-12', ('043', 'DZA', 'ESHSEP')),
    # appeals to hold back: accept a ceasefire proposal, refrain from military action, stop killing
    ('Egyptian mediators pressed Israel to accept a U.S.-backed ceasefire proposal.',
     '2023-05-12', ('0256', 'EGYGOV', 'ISR')),
    ('The OAS urged Venezuela on Tuesday to refrain from any military action over the Essequibo.',
     '2023-05-12', ('0256', 'IGOOAS', 'VEN')),
    ('The Arab League called on the Syrian army to stop killing civilians.',
     '2023-05-12', ('0256', 'IGOMEAARL', 'SYRMIL')),
    ('Hamas accepted an Egyptian ceasefire proposal on Monday.', '2023-05-12', ('0871', 'PSEREB', None)),
    # the text of a treaty agreed; mediation appealed for, or played
    ('Armenia and Azerbaijan have agreed on the text of a peace treaty, the foreign ministries of both '
     'countries said.', '2023-05-12', ('037', 'ARM', 'AZE')),
    ("Pakistan's Foreign Ministry urged the United Nations to play its role of mediation between Pakistan and "
     'India on Kashmir dispute.', '2023-05-12', ('028', 'PAKGOV', 'IGOUNO')),
    ("Aid groups on Thursday urged South Sudan's government to accept mediation by the regional bloc IGAD.",
     '2023-05-12', ('028', None, 'SSDGOV')),
    ('Qatar played a mediating role between Israel and Hamas.', '2023-05-12', ('045', 'QAT', 'ISR')),
    # an adjective after the object of "call" is what it is called
    ('The Taliban have barred Afghan women from working for the United Nations in Afghanistan, a U.N. '
     'spokesman said, calling the decision unacceptable and frankly inconceivable.',
     '2023-05-12', ('111', 'IGOUNO', 'AFGGOV')),
    # an intercepted missile; an acronym read as a verb before a later root clause or as a participle
    ('Saudi air defences intercepted a ballistic missile fired by the Houthis over Riyadh on Saturday.',
     '2023-05-12', ('190', 'SAUMIL', 'YEMREB')),
    ("The West African bloc ECOWAS imposed diplomatic and economic sanctions on Mali's military junta on "
     'Monday, three days after the coup leaders missed a deadline to restore constitutional rule.',
     '2012-04-02', ('163', 'IGOWAFWAS', 'MLIMIL')),
    ("The regional bloc ECOWAS imposed sanctions on Mali's military junta on Monday.",
     '2023-05-12', ('163', 'IGOWAFWAS', 'MLIMIL')),
    # convictions and impeachments upheld; visa issuance suspended; relief donated or carried in tonnes
    ("Malaysia's highest court upheld the sodomy conviction of opposition leader Anwar Ibrahim on Tuesday.",
     '2015-02-10', ('116', 'MYSJUD', 'MYSOPP')),
    ("The Constitutional Court on Friday unanimously upheld the National Assembly's impeachment of President "
     'Park Geun-hye.', '2017-03-10', ('116', 'KORJUD', 'KORGOV')),
    ('China on Tuesday suspended the issuance of short-term visas to South Koreans.',
     '2023-05-12', ('172', 'CHN', 'KORCVL')),
    ('China has donated tents, blankets and medicine worth 1.5 million yuan to Iran for the victims of last '
     "week's earthquake.", '2023-05-12', ('073', 'CHN', 'IRN')),
    ('Two Mexican Navy ships carrying 800 tonnes of food and medicines docked in Havana on Monday.',
     '2023-05-12', ('073', 'MEXMIL', 'CUB')),
    # an exercise named as a noun, held by forces of two countries, is joint
    ('South Korean and U.S. troops kicked off the 11-day Ulchi Freedom Shield exercise on Monday.',
     '2023-05-12', ('062', 'USAMIL', 'KORMIL')),
    ('Chinese forces held a large exercise around Taiwan on Monday.', '2023-05-12', ('150', 'CHNMIL', 'TWN')),
    # honouring the dead: shrine visits, ritual offerings, national mourning (no target)
    ('Japanese Prime Minister Shinzo Abe visited the Yasukuni war shrine in Tokyo on Thursday.',
     '2013-12-26', ('017', 'JPNGOV', None)),
    ('Prime Minister Fumio Kishida sent a ritual offering to the Yasukuni Shrine on Tuesday for its autumn '
     'festival.', '2023-05-12', ('017', 'JPNGOV', None)),
    ('Iran has declared five days of national mourning.', '2023-05-12', ('017', 'IRN', None)),
    ('Japanese Prime Minister Junichiro Koizumi paid his fifth visit to the Yasukuni war shrine in Tokyo on '
     'Monday.', '2005-10-17', ('017', 'JPNGOV', None)),
    # troops arriving as part of a peacekeeping or protection force (troops arriving alone: no event)
    ('Nigerian troops arrived in Liberia as part of a West African peacekeeping force.',
     '2023-05-12', ('074', 'NGAMIL', 'LBR')),
    ("The first 150 Rwandan soldiers of the African Union's protection force arrived in El Fasher on Sunday.",
     '2023-05-12', ('074', 'RWAMIL', 'SDN')),
    # an act done in defiance of another's order or warning
    ('Malaysia deported 1,086 Myanmar nationals on Tuesday in defiance of a High Court stay.',
     '2023-05-12', ('128', 'MYS', None)),
    ('Iran has begun enriching uranium up to 60 percent purity at Natanz in defiance of warnings from France, '
     'Germany and the United Kingdom.', '2023-05-12', ('128', 'IRN', 'FRA')),
    # warned that an attack would be met with force, or that it would take military action: a threat of force
    ("Iran's military chief warned Israel on Thursday that any attack on Iranian soil would be met with a far "
     'heavier military response.', '2023-05-12', ('138', 'IRNMIL', 'ISR')),
    ("North Korea's defense ministry warned on Monday that it would take corresponding military action if U.S. "
     'reconnaissance planes again intruded into its zone.', '2023-05-12', ('138', 'PRKGOV', 'USA')),
    # appeals to negotiate
    ('The Council encouraged the parties to pursue their negotiations.', '2023-05-12', ('026', 'IGOUNO', '---PTY')),
    ('The bishops urged Ruto and Odinga on Friday to sit down for talks.', '2023-07-21', ('026', 'KENREL', 'KENGOV')),
    # (sanctions approved are still imposed)
    ('The EU approved new sanctions on Russia on Monday.', '2023-05-12', ('163', 'IGOEUREEC', 'RUS')),
    # a crowd pushing its way into a building storms it ("forced their way into" was coded before)
    ('Hundreds of opposition supporters pushed their way into the electoral commission\'s offices in Nairobi '
     'on Tuesday.', '2023-05-12', ('145', 'KENOPP', 'KENGOV')),
    # the UN envoy for Yemen from 2018 (his later UN post was already listed)
    ('UN envoy Martin Griffiths began shuttling between the Yemeni government and Houthi delegations in Rimbo '
     'on Thursday.', '2018-12-06', ('045', 'IGOUNO', 'YEMREB')),
    # forces leaving for a country to join a mission
    ('A fresh contingent of about 280 South Korean troops departed for southern Lebanon on Thursday to join '
     'the U.N. Interim Force in Lebanon.', '2023-05-12', ('074', 'KORMIL', 'LBN')),
    # (forces leaving to fight still fight)
    ('The troops left for the front to fight the rebels.', '2023-05-12', ('190', '---MIL', '---REB')),
])
def test_round_36_events(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, codes", [
    # weighing one's own step is no investigation; publishing a paper or a video is no release
    ('Hong Kong officials are studying whether to extend the campaign into next year.', '2023-05-12', []),
    ('China said on Friday it was ready to help as it released a 12-point position paper on the war.',
     '2023-05-12', []),
    ('The militants released a video showing the killing of 21 Egyptians.', '2023-05-12', []),
    # troops arriving, with no mission told, do nothing to anyone
    ('Troops arrived in the city on Monday.', '2023-05-12', []),
    # deaths told without a doer after police fire on a crowd are the repression's toll (the crowd's
    # storming, told in a relative clause, is a riot of its own since round 37; against the
    # government, 1451, since round 41)
    ('Kenyan police fired tear gas and live rounds on Tuesday at protesters who stormed parliament in Nairobi, '
     'and rights groups said at least five people had been killed.', '2023-05-12', ['175', '1451']),
    # a body approving its own purchase or law praises no one
    ("Japan's cabinet approved the purchase of three of the disputed Senkaku islands from their private owner "
     'on Tuesday.', '2023-05-12', []),
])
def test_round_36_codes(coded, sentence, date, codes):
    found = coded(sentence, date)
    assert [c for c, _, _ in found] == codes, found


# --- round 37 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, date, expected", [
    # the RSF is an armed force outside the state since April 2023
    ('The RSF shelled army positions in Omdurman on Tuesday.', '2023-05-12', ('194', 'SDNUAF', 'SDNMIL')),
    ('Hemedti met the Kenyan president in Nairobi on Friday.', '2023-05-12', ('040', 'SDNUAF', 'KENGOV')),
    ('The RSF shelled army positions in Omdurman on Tuesday.', '2021-06-01', ('194', 'SDNMIL', 'SDNMIL')),
    # stayed off work / away from work: a strike
    ('Miners stayed off work for a sixth day on Thursday to demand higher wages.',
     '2023-05-12', ('1432', '---LAB', None)),
    ('Teachers stayed away from work across the country on Monday.', '2023-05-12', ('143', '---EDU', None)),
    # barred from taking part in an election
    ('The electoral commission barred the opposition party from taking part in the election.',
     '2023-05-12', ('1722', '---GOV', '---OPP')),
    # food assistance paused
    ('The agency paused all food assistance to Ethiopia on Thursday.', '2023-05-12', ('1623', None, 'ETH')),
    # defaced websites
    ('Hackers defaced more than a dozen Ethiopian government websites on Saturday.',
     '2023-05-12', ('176', 'ETHCRM', 'ETH')),
    # a petition filed in court
    ("The opposition candidate filed a petition at the tribunal challenging the president's victory.",
     '2023-05-12', ('115', '---OPP', None)),
    ('Students submitted a petition to the Speaker urging lawmakers to amend the constitution.',
     '2023-05-12', ('0244', '---EDU', '---LEG')),
    # driven out of a place, across a border
    ("Myanmar's army drove tens of thousands of villagers out of Rakhine state into Bangladesh.",
     '2023-05-12', ('201', 'MMRMIL', '---CVL')),
    ('Militiamen drove thousands of people across the border into Chad.', '2023-05-12', ('201', None, 'TCDCVL')),
    # sexually assaulted; the second of two joined verbs read as a modifier
    ('Soldiers sexually assaulted women at the camp.', '2023-05-12', ('1821', '---MIL', '---CVL')),
    ('Russian soldiers raped and sexually assaulted women and girls.', '2023-05-12', ('1821', 'RUSMIL', 'RUSCVL')),
    # the first country to recognise
    ('Sudan on Friday became the first country to recognise the Republic of South Sudan.',
     '2023-05-12', ('054', 'SDN', 'SSD')),
    # has yet to, is yet to
    ('Russia has to withdraw its troops from the border.', '2023-05-12', ('087', 'RUS', None)),
    # an open question under an unsaid speech verb
    ('The junta said it will hand power back to civilians.', '2023-05-12', ('0341', None, '---CVL')),
    # the doer of a condemned act hung on the verb
    ('The EU condemned the demolition by Israeli forces of a school in the West Bank.',
     '2023-05-12', ('111', 'IGOEUREEC', 'ISRMIL')),
    ('Beijing passed a law threatening military action against Taiwan, a step condemned by Taipei as '
     'a blank cheque for war.',
     '2023-05-12', ('111', 'TWNGOV', 'CHNGOV')),
    # service chiefs, the Inspector-General of Police
    ('President Tinubu met the service chiefs and the Inspector-General of Police behind closed doors '
     'on Thursday.',
     '2023-05-12', ('040', 'NGAGOV', 'NGAMIL')),
    ('President Tinubu met the service chiefs and the Inspector-General of Police behind closed doors '
     'on Thursday.',
     '2023-05-12', ('040', 'NGAGOV', 'NGACOP')),
    # control of a broadcaster taken
    ('The army took control of the state broadcaster on Wednesday.', '2023-05-12', ('171', '---MIL', '---MEDGOV')),
    ('Rebels took control of the town on Wednesday.', '2023-05-12', ('192', '---REB', None)),
    # farms occupied; shacks demolished
    ('Protesters occupied white-owned commercial farms in Mashonaland.', '2023-05-12', ('171', '---CVL', None)),
    ('Police demolished hundreds of shacks and market stalls in Mbare.', '2023-05-12', ('1712', '---COP', None)),
    # a noun two names share, read as a conjunct of the first
    ('Janjaweed militiamen have burned dozens of Masalit and Fur villages in West Darfur.',
     '2023-05-12', ('1712', 'SDNUAF', None)),
    # ratifying another's accession protocol
    ("Turkey's parliament ratified Sweden's NATO accession protocol on Tuesday.",
     '2023-05-12', ('057', 'TURLEG', 'SWE')),
    # a joint text blocked; a road blocked by police
    ("Hungary blocked the EU's joint statement on Israel on Monday.", '2023-05-12', ('129', 'HUN', 'IGOEUREEC')),
    ('Russia blocked a UN Security Council resolution on Syria.', '2023-05-12', ('120', 'RUS', 'IGOUNO')),
    ('Police blocked the road to the airport on Friday.', '2023-05-12', ('191', '---COP', None)),
    ('Protesters blocked the road to the airport on Friday.', '2023-05-12', ('1442', '---CVL', None)),
    # a mediator refused; a delegation turned away
    ('The Sudanese government rejected Kenyan President William Ruto as chair of the IGAD quartet.',
     '2023-05-12', ('126', 'SDNGOV', 'KENGOV')),
    ('The junta turned away a joint delegation of ECOWAS and the African Union on Tuesday.',
     '2023-05-12', ('125', '---MIL', 'IGOWAFWAS')),
    ('The government rejected the proposal as unacceptable.', '2023-05-12', ('127', '---GOV', None)),
    # a deal that stands, kept or broken: its mediation is not the day's
    ('RSF fighters shelled army positions in Omdurman on Tuesday, breaking a truce brokered by the '
     'United States and Saudi Arabia.',
     '2023-05-12', ('194', 'SDNUAF', 'SDNMIL')),
    ('Israel and Hamas agreed on Tuesday to an open-ended ceasefire brokered by Egypt.',
     '2023-05-12', ('045', 'EGY', 'ISR')),
    # what a text binds its parties to do
    ('Under the deal, Russia freed 16 prisoners on Thursday.', '2023-05-12', ('0841', 'RUS', 'RUSCVL')),
    ('Putin is to visit Beijing next week.', '2023-05-12', ('036', 'RUSGOV', 'CHNGOV')),
    # writers and campaigners hanged
    ('The military government hanged the writer and eight other campaigners at a prison.',
     '2023-05-12', ('1823', '---MIL', '---OPP')),
    # a labour strike suspended; air strikes are not
    ("The lecturers' union suspended its eight-month strike on Friday.", '2023-05-12', ('082', '---LABEDU', None)),
    # a stronghold abandoned
    ('Al-Shabaab fighters abandoned Kismayo, their last major stronghold, overnight on Friday.',
     '2023-05-12', ('0874', 'SOMREB', None)),
    # arms taken delivery of, from their supplier
    ('Mali took delivery of four helicopters from Russia on Thursday.', '2023-05-12', ('072', 'RUS', 'MLI')),
    # a mediator suspending talks between two parties halts a mediation
    ('Kofi Annan suspended talks between the government and the opposition on Tuesday.',
     '2023-05-12', ('165', 'GHAELI', '---OPP')),
    ('The government suspended talks with the opposition on Tuesday.', '2023-05-12', ('164', '---GOV', '---OPP')),
    # the call for a stayaway heeded
    ("Residents heeded the opposition's call for a stayaway over the disputed election.",
     '2023-05-12', ('143', '---CVL', '---OPP')),
    # two modifiers sharing a noun
    ('The army on Tuesday launched air and artillery strikes on rebel camps.',
     '2023-05-12', ('194', '---MIL', '---REB')),
    # a crowd's act in a relative clause on the crowd the police answer (1451 since round 41)
    ('Police detained dozens of demonstrators who stormed the parliament.', '2023-05-12', ('1451', '---CVL', '---LEG')),
    ('Police fired tear gas at protesters who blocked roads around the legislature.',
     '2023-05-12', ('1442', '---CVL', '---LEG')),
    # leading a force sent abroad
    ('Kenya on Saturday offered to lead a multinational security mission to Haiti.',
     '2023-05-12', ('0334', 'KEN', 'HTI')),
    # a body approving its force's deployment intends to send it; a host accepting one lets it in
    ('The AU Peace and Security Council authorised the deployment of 5,000 troops to Burundi to '
     'protect civilians.',
     '2023-05-12', ('0334', 'IGOAFRAFU', 'BDI')),
    ('SADC approved the deployment of a standby force mission to Mozambique.',
     '2023-05-12', ('0334', 'IGOSAFSAD', 'MOZ')),
    ("Sudan's government accepted the deployment of a joint UN-African Union peacekeeping force in "
     'Darfur.',
     '2023-05-12', ('0861', 'SDNGOV', 'IGOUNO')),
    # a suspension of a medium lifted
    ("The Federal Government on Wednesday lifted the seven-month suspension of Twitter's operations "
     'in Nigeria.',
     '2023-05-12', ('0811', 'NGAGOV', 'USABUS')),
    # a border post reopened, with its neighbour
    ('Rwanda reopened its Gatuna border post with Uganda on Monday.', '2023-05-12', ('0872', 'RWA', 'UGA')),
    # rebels cutting a road
    ('M23 rebels on Wednesday cut the main road linking Goma to Sake.', '2023-05-12', ('191', 'CODREB', None)),
    # looted money and artefacts returned
    ('The United States returned $311 million looted by Sani Abacha to Nigeria.', '2023-05-12', ('0842', 'USA', 'NGA')),
    ('Germany returned 20 Benin Bronzes to Nigeria on Tuesday.', '2023-05-12', ('0842', 'DEU', 'NGA')),
    # tariffs on goods from a country
    ('Washington imposed tariffs on steel from China on Friday.', '2023-05-12', ('163', 'USAGOV', 'CHN')),
    ('Egypt has reopened the Rafah crossing into Gaza permanently.', '2023-05-12', ('0872', 'EGY', 'PSE')),
    # a reaction joined after the act it answers, whose doer is not coded
    ('The International Court of Justice on Tuesday awarded Somalia most of the disputed maritime '
     'area, but Nairobi said it rejected the ruling in its entirety.',
     '2023-05-12', ('127', 'KENGOV', 'IGOUNO')),
    # an investigation into one's own act, or into an act by another
    ('The Israeli army opened an investigation on Tuesday into its drone strike on an aid convoy.',
     '2023-05-12', ('093', 'ISRMIL', 'ISRMIL')),
    ('Prosecutors at the UN tribunal opened an investigation into alleged atrocities by Croatian '
     'forces.',
     '2023-05-12', ('094', 'IGOUNO', 'HRVMIL')),
    ('The EFCC has opened an investigation into the alleged diversion of N37.1 billion by officials '
     'of the Ministry of Humanitarian Affairs.',
     '2023-05-12', ('091', 'NGAGOV', 'NGAGOV')),
    ('Israeli troops pulled out of their last positions in south Lebanon on Monday.',
     '2023-05-12', ('0874', 'ISRMIL', 'LBN')),
    # a dateline closed by its agency, with no dash before the story
    ('The UN (United Nations) condemned the attack.', '2023-05-12', ('111', 'IGOUNO', None)),
])
def test_round_37_events(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, codes", [
    # stayed off work / away from work: a strike
    ('The minister stayed away from the ceremony.', '2023-05-12', []),
    # driven out of a place, across a border
    ('Chadian troops drove the rebels out of the capital.', '2023-05-12', []),
    # the first country to recognise
    ('Modi was the first Indian prime minister to visit Israel.', '2023-05-12', []),
    # has yet to, is yet to
    ('Uganda has yet to secure funding for the pipeline.', '2023-05-12', []),
    ('Russia is yet to withdraw its troops from the border.', '2023-05-12', []),
    # an open question under an unsaid speech verb
    ('The junta has not said when it will hand power back to civilians.', '2023-05-12', []),
    ('The minister did not say when Israel would withdraw its troops.', '2023-05-12', []),
    # a deal that stands, kept or broken: its mediation is not the day's
    ('Israel and Hezbollah began observing a ceasefire brokered by the United States and France on '
     'Wednesday.',
     '2023-05-12', ['0871', '0871']),
    # what a text binds its parties to do
    ('Under the deal, Tigrayan forces were to hand over their heavy weapons within 30 days, and '
     'federal troops would take control of airports and highways in the region.',
     '2023-05-12', []),
    ('The proposed pact would commit Thailand and Cambodia to settle border disputes through a joint '
     'commission.',
     '2023-05-12', []),
    # a habit told by how many times a period
    ('Foreign ministers of the Nordic countries meet twice a year, alternating between the five '
     'capitals.',
     '2023-05-12', []),
    # protesters' arson after storming: rioting (the subject two joined verbs share); since round 41
    # one riot against the government, 1451
    ('Protesters stormed the parliament and set it on fire.', '2023-05-12', ['1451']),
    # a labour strike suspended; air strikes are not
    ('The air force suspended its strikes on the city.', '2023-05-12', []),
    # a stronghold abandoned
    ('The government abandoned the plan on Friday.', '2023-05-12', []),
    # a crowd's act in a relative clause on the crowd the police answer
    ('Suharto stepped down, bowing to demands from students who had occupied the parliament.', '2023-05-12', ['0831']),
    ('Police arrested the men who attacked the church.', '2023-05-12', ['173']),
    # flags at half-mast
    ('President Ramaphosa conveyed his condolences to the people of Zimbabwe and ordered flags to fly '
     'at half-mast.',
     '2023-05-12', ['018']),
    # a dateline closed by its agency, with no dash before the story
    ('KHARTOUM (SUNA) Saudi Arabia and the United Arab Emirates on Sunday pledged $3 billion in '
     "support to Sudan's Transitional Military Council.",
     '2023-05-12', ['0331', '0331']),
])
def test_round_37_codes(coded, sentence, date, codes):
    found = coded(sentence, date)
    assert [c for c, _, _ in found] == codes, found


# --- round 38 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, date, expected", [
    # an aid agency's operations suspended: its work stopped, no military operation
    ('Ethiopia suspended the operations of Doctors Without Borders for three months on Tuesday.',
     '2021-07-30', ('1663', 'ETH', '---NGO')),
    # a platform's operations suspended: a medium silenced
    ('The Federal Government suspended the operations of Twitter in Nigeria on Friday.',
     '2021-06-04', ('1721', 'NGAGOV', 'USABUS')),
    # police intervening with pepper gas: force on the crowd
    ("Thousands gathered outside city hall in Istanbul to protest the mayor's detention, and the "
     'police intervened with pepper gas.',
     '2025-03-20', ('175', 'TURCOP', None)),
    # a protest camp cleared: a crowd dispersed
    ('Security forces moved in at dawn to clear two Cairo protest camps held by supporters of the '
     'ousted president.',
     '2013-08-14', ('175', 'EGYCOP', 'EGYCVL')),
    # a car driven into a crowd is a weapon
    ('A man drove a rented car into crowds at the Christmas market in Magdeburg on Friday, killing '
     'five people.',
     '2024-12-20', ('180', None, 'DEUCVL')),
    # force on a market or a neighbourhood is force on the people who live and shop there
    ('Israeli forces shelled the Shujaiyya neighbourhood of Gaza City through the night.',
     '2014-07-20', ('194', 'ISRMIL', 'PSECVL')),
    # force on a country's positions, bases or ships is force on its military
    ('Thai troops shelled Cambodian positions near the temple for a second day on Saturday.',
     '2011-02-05', ('194', 'THAMIL', 'KHMMIL')),
    # a military object named with its owner country
    ('U.S. warships fired cruise missiles at a Syrian air base before dawn on Friday.',
     '2017-04-07', ('1951', 'USAMIL', 'SYRMIL')),
    # a sanction under a named act
    ("The US Treasury Department on Thursday designated Myanmar's army chief under the Global "
     'Magnitsky Act.',
     '2019-07-16', ('163', 'USAGOV', 'MMRMIL')),
    # suspending visa-free travel, threatened: a threat of administrative sanctions
    ('The EU warned Georgia on Wednesday that it could suspend visa-free travel for Georgian '
     'citizens.',
     '2024-05-22', ('132', 'IGOEUREEC', 'GEOCVL')),
    # a UN team let into a region: international involvement allowed
    ('Azerbaijan allowed a UN team into Nagorno-Karabakh on Sunday for the first time in 30 years.',
     '2023-10-01', ('086', 'AZE', 'IGOUNO')),
    # the Sejm is Poland's parliament; a crowd of no named country protesting at it is Poland's people
    ('Thousands of women rallied outside the Sejm on Thursday as deputies debated the bill.',
     '2023-05-12', ('141', 'POLCVL', 'POLLEG')),
    # a humanitarian visa granted to a sprinter: refuge for a civilian
    ('Poland granted a humanitarian visa to Belarusian sprinter Krystsina Tsimanouskaya on Monday.',
     '2021-08-02', ('075', 'POL', 'BLRCVL')),
    # a bare foreign office writes from its dateline's capital, not from a place its story names
    ('BERLIN — The Foreign Office urged German citizens still in Belarus to leave the country '
     'immediately.',
     '2022-02-21', ('020', 'DEUGOV', 'DEUCVL')),
    # a terror alert raised is a police and security alert
    ('Belgium raised its terror alert to the highest level on Tuesday after the attack on the '
     'airport.',
     '2016-03-22', ('151', 'BEL', None)),
    # police raising their own alert
    ('German police raised their alert level after the attack on the Christmas market.',
     '2016-12-20', ('151', 'DEUCOP', None)),
    # funding cut from a refugee agency: humanitarian aid halted
    ('Sweden suspended its funding for UNRWA, the UN agency for Palestinian refugees, on Saturday.',
     '2024-01-27', ('1623', 'SWE', 'IGOUNO')),
    # the venue of a signing gives no party its country
    ("Sudan's army and the opposition signed a power-sharing deal in Addis Ababa on Wednesday, "
     "Sudan's state news agency said.",
     '2019-07-17', ('057', 'SDNOPP', 'SDNMIL')),
    # a where clause whose subject is the pair just named goes on with the news
    ('President Lula received his Colombian counterpart Gustavo Petro at the Planalto Palace on '
     'Wednesday, where the two leaders signed a memorandum on the Amazon.',
     '2023-07-05', ('057', 'COLGOV', 'BRAGOV')),
    # a strike against a policy, named in the strike's own phrase
    ("Dockers in Antwerp walked off the job on Monday in a 48-hour strike against the government's "
     'pension reform.',
     '2023-05-12', ('1432', 'BELLAB', 'BELGOV')),
    # a strike whose purpose demands an act
    ('Thousands of bus drivers went on strike in Lima on Thursday to demand that the government '
     'act against extortion.',
     '2023-05-12', ('1432', 'PERLAB', 'PERGOV')),
    # a riot during a rally against a policy
    ('Students hurled stones at the French embassy in Niamey during a rally against fuel price '
     'rises.',
     '2023-05-12', ('1452', 'NEREDU', 'FRAGOV')),
    # asked another state to arrest someone: an appeal for judicial cooperation
    ('Spanish prosecutors asked Portugal on Monday to arrest a Brazilian businessman wanted over a '
     'tax fraud.',
     '2023-05-12', ('0213', 'ESPJUD', 'PRT')),
    # refused to arrest a wanted visitor
    ('South Africa refused to arrest the Sudanese president during his visit to Johannesburg.',
     '2015-06-14', ('1213', 'ZAF', 'SDNGOV')),
    # ruled out sending: the refusal of the act the gerund tells
    ('Chancellor Olaf Scholz ruled out on Monday sending long-range missiles to Ukraine.',
     '2024-02-26', ('1222', 'DEUGOV', 'UKR')),
    # requests for weapons refused
    ("Germany has refused Ukraine's repeated requests for long-range cruise missiles.",
     '2024-02-26', ('1222', 'DEU', 'UKR')),
    # a demand to stop refused: a refusal to change a policy
    ('Iran rejected European demands that Tehran stop enriching uranium to 60 percent.',
     '2024-02-26', ('1232', 'IRN', 'EUR')),
    # a concession made as protests go on: to the protesters
    ('President Ruto withdrew the finance bill on Wednesday, a day after protesters stormed '
     'parliament in Nairobi.',
     '2024-06-26', ('0832', 'KENGOV', 'KENCVL')),
    # a concession with a party that pressed for it: to that party
    ('Bolivian President Evo Morales resigned on Sunday after the army chief urged him to step '
     'down following weeks of protests.',
     '2019-11-10', ('0831', 'BOLGOV', 'BOLMIL')),
    # the Elysée with an accent on the last e only
    ('The Elysée declined to comment on Tuesday.',
     '2024-03-01', ('011', 'FRAGOV', None)),
    # the Venice Commission is the Council of Europe's
    ('The Venice Commission urged Georgia to withdraw its draft law on foreign agents.',
     '2024-05-20', ('0242', 'IGOEURCOE', 'GEO')),
    # a poet is a civilian
    ('A 71-year-old Slovak poet shot the prime minister in the mining town on Wednesday.',
     '2024-05-15', ('190', 'SVKCVL', 'SVKGOV')),
    # an inquiry into an act whose doer is named lower in the phrase
    ("Greek prosecutors opened an investigation into the wiretapping of the opposition leader's "
     'phone by the intelligence service.',
     '2022-08-08', ('091', 'GRCJUD', 'GRCSPY')),
    # a bare Commission in a text about the EU
    ('BRUSSELS — The Commission criticised Belgrade and Pristina for failing to implement earlier '
     'agreements.',
     '2023-06-20', ('111', 'IGOEUREEC', 'SRBGOV')),
    # fireworks and projectiles hurled
    ('Protesters hurled fireworks at riot police outside parliament in Tbilisi.',
     '2024-12-01', ('145', 'GEOCVL', 'GEOCOP')),
])
def test_round_38_events(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, codes", [
    # aid groups suspending their own operations
    ('CARE and Save the Children suspended operations in Afghanistan on Sunday.',
     '2022-12-25', []),
    # a square cleared of debris is no crowd dispersed
    ('Workers cleared the square of debris on Friday.',
     '2023-05-12', []),
    # batons used to break up a march: one act of force, told with its aim
    ('Police in Harare used water cannon and batons on Friday to break up a march by opposition '
     'supporters.',
     '2023-05-12', ['175']),
    # two specific codes of one family are two acts
    ('Authorities declared a state of emergency in the province on Wednesday and imposed an '
     'overnight curfew in Osh.',
     '2023-05-12', ['1724', '1723']),
    # a refugee camp bombed is no military object
    ('Israeli jets bombed a refugee camp in Gaza on Tuesday.',
     '2023-10-31', ['195']),
    # wreaths laid to honour the victims: one tribute, told by its aim
    ('President Zelensky laid a wreath at a memorial in Lutsk on Sunday to honour the victims of '
     'the 1943 massacres.',
     '2023-07-09', ['017']),
    # an act dated last autumn in an after clause is the cause, told earlier
    ('Russian peacekeepers began withdrawing from Nagorno-Karabakh on Wednesday, after Azerbaijan '
     'regained full control of the region last autumn.',
     '2024-04-17', ['1661']),
    # denying a plain fact is no event: a laser pointed, ballot boxes tampered with
    ("China's defence ministry denied on Monday that a navy ship had directed a laser at an "
     'Australian patrol aircraft.',
     '2022-02-21', []),
    # peacekeepers who begin to withdraw: the withdrawal, not a deployment
    ('Russian peacekeepers began withdrawing from Nagorno-Karabakh on Wednesday.',
     '2024-04-17', ['1661']),
    # a retreat held is a gathering
    ('Council members will hold their annual retreat with the Secretary-General in southern Sweden '
     'in April.',
     '2023-03-01', []),
    # an obligation laid on a whole region is an opinion
    ('Finnish President Alexander Stubb said on Tuesday that Europe must learn to think about its '
     'security in decades.',
     '2024-06-04', []),
    # guarantees received are no welcome
    ('The mayor said Belgrade had received guarantees that none of the protesters would be '
     'prosecuted.',
     '2023-05-12', []),
    # a bare Commission outside an EU text stays unnamed
    ('The Commission condemned the attack on the convoy.',
     '2023-05-12', []),
])
def test_round_38_codes(coded, sentence, date, codes):
    found = coded(sentence, date)
    assert [c for c, _, _ in found] == codes, found


# --- round 39 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, date, expected", [
    # talks during which an appeal is made are the setting of the appeal, held by its maker
    ('Sri Lankan President Ranil Wickremesinghe asked Japan on Wednesday to take the lead in '
     "restructuring his country's debt, during talks with Prime Minister Fumio Kishida in Tokyo.",
     '2023-05-24', ('040', 'LKAGOV', 'JPNGOV')),
    # Commonwealth heads of government are the Commonwealth
    ("Commonwealth heads of government on Saturday suspended Nigeria's membership over the "
     'executions.',
     '1995-11-11', ('161', 'IGOCWN', 'NGA')),
    # sanctions slammed on a country are imposed on it
    ('ECOWAS heads of state on Sunday slammed sweeping sanctions on Niger, closing land and air '
     'borders.',
     '2023-07-30', ('163', 'IGOWAFWAS', 'NER')),
    # a bare Commissioner is no cue of an EU text
    ('Police Commissioner John Smith said the Commission had ordered the arrest of the governor.',
     '2023-05-12', ('173', None, '---GOV')),
    # the backer of a group in a from-phrase is not the group
    ('Fighters from the Islamic State-linked Allied Democratic Forces killed at least 43 '
     'worshippers in an attack on a church in Komanda.',
     '2025-07-27', ('202', 'CODREB', 'CODCVL')),
])
def test_round_39_events(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, codes", [
    # sanctions slammed as illegal are criticised
    ('Russia slammed the new EU sanctions as illegal on Monday.',
     '2023-05-12', ['111']),
])
def test_round_39_codes(coded, sentence, date, codes):
    found = coded(sentence, date)
    assert [c for c, _, _ in found] == codes, found


# --- round 40 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, date, expected", [
    # pro-government fighters are not the government
    ('Pro-government militiamen captured the rebel leader in Freetown on Wednesday.',
     '2000-05-17', ('181', 'SLEUAF', 'SLEREB')),
    # anti-government rebels are rebels
    ('Anti-government rebels shelled the northern city of Aleppo on Tuesday.',
     '2013-04-02', ('194', 'SYRREB', 'SYR')),
    # a prison term handed down is a sentence
    ('A court in Minsk jailed the opposition activist for five years on Friday.',
     '2021-09-10', ('116', 'BLRJUD', 'BLROPP')),
    # a headline's prison term is a sentence
    ("Myanmar's Suu Kyi jailed for four years in first verdicts.",
     '2021-12-06', ('116', None, 'MMRELI')),
    # a wanted man handed to another state is extradited
    ('Pakistan handed the two suspects to India on Friday.',
     '2020-06-05', ('063', 'PAK', 'IND')),
    # considering a gerund is an option under review
    ("Greece's government said on Monday that it was considering moving thousands of asylum "
     'seekers to the mainland.',
     '2020-09-14', ('014', 'GRCGOV', 'GRCREF')),
    # tariffs considered are an option under review
    ("Brazil's government is considering retaliatory tariffs on American goods, the finance "
     'minister said on Friday.',
     '2025-07-11', ('014', 'BRAGOV', 'USA')),
    # a person blocked from entering a building is restricted
    ('Soldiers blocked the parliament speaker from entering the assembly building in Tunis on '
     'Monday.',
     '2021-07-26', ('191', 'TUNMIL', 'TUNLEG')),
    # aid convoys kept out are refused
    ('Ethiopian forces blocked WFP food convoys from entering Tigray on Thursday.',
     '2021-07-15', ('1245', 'ETHMIL', 'IGOUNO')),
    # walking out of a chamber is a protest
    ('Opposition MPs walked out of the House on Tuesday in protest at a motion to extend the state '
     'of emergency.',
     '2019-07-09', ('140', '---LEGOPP', None)),
    # a drug laboratory seized is confiscated
    ('Mexican soldiers seized a drug laboratory in Sinaloa on Tuesday.',
     '2024-10-01', ('1711', 'MEXMIL', 'MEX')),
    # a UN team expelled is monitors thrown out
    ('The Nicaraguan government expelled the UN human rights team on Friday.',
     '2018-08-31', ('1662', 'NICGOV', 'IGOUNO')),
    # an accusation of plotting an overthrow is one of treason
    ("Zimbabwe's government accused the opposition on Thursday of plotting to overthrow the "
     'president.',
     '2000-10-05', ('1125', 'ZWEGOV', 'ZWEOPP')),
    # St Vincent names Saint Vincent and the Grenadines
    ("St Vincent's Prime Minister Ralph Gonsalves welcomed the Venezuelan delegation on Thursday.",
     '2023-12-14', ('043', 'VCTGOV', 'VENGOV')),
    # force forsworn is an intent to de-escalate
    ('India promised on Monday not to attack Pakistan.',
     '2019-03-04', ('0356', 'IND', 'PAK')),
    # road blockades kept up by supporters are protest
    ('Supporters of the former president kept up road blockades around Cochabamba for a 14th day '
     'on Sunday.',
     '2024-10-27', ('1442', 'BOLCVL', 'BOLGOV')),
    # looters ransacking are rioting
    ('Looters ransacked supermarkets across Greater Buenos Aires on Wednesday.',
     '2001-12-19', ('145', 'ARGCVL', 'ARGGOV')),
    # regret voiced at another's decision is disapproval
    ("China's Foreign Ministry voiced deep regret on Friday at Panama's decision to leave the Belt "
     'and Road Initiative.',
     '2025-02-07', ('110', 'CHNGOV', 'PAN')),
    # auditors let in to work are observers received
    ("Bolivia's government let a team of OAS auditors begin examining the disputed election count "
     'on Thursday.',
     '2019-10-31', ('0862', 'BOLGOV', 'IGOOAS')),
    # force used to disperse them is used on the protesters told
    ('Thousands of protesters rallied in Kiev against the president on Sunday, and riot police '
     'used batons to disperse them.',
     '2013-11-30', ('175', 'UKRCOP', 'UKRCVL')),
    # force told after a protest in the sentence before is used on its crowd
    ('Thousands rallied outside parliament in Tbilisi on Tuesday as the ruling party passed the '
     'bill; police used water cannon and tear gas.',
     '2023-03-07', ('175', 'GEOCOP', 'GEOCVL')),
    # a release demanded of one detained by a quoted agent is aimed at the captor
    ('Washington demanded the immediate release of the reporter on Monday, saying he had been '
     '"wrongfully detained" by Russia.',
     '2023-04-10', ('1053', 'USAGOV', 'RUS')),
    # a release demanded of one detained in a participle is aimed at the captors
    ('ABUJA - ECOWAS on Monday demanded the immediate and unconditional release of President Alpha '
     'Condé, detained by special forces in Conakry.',
     '2021-09-06', ('1053', 'IGOWAFWAS', 'GINMIL')),
    # a joined strike's aim is read from its participle's phrase
    ('Tens of thousands of Colombians joined a national strike called by the unions against the '
     "government's proposed tax reform on Wednesday.",
     '2021-04-28', ('1432', 'COLCVL', 'COLGOV')),
    # an act joined in is the joiner's
    ('Japan has joined the United States in restricting exports of advanced chipmaking equipment '
     'to China.',
     '2023-03-31', ('163', 'JPN', 'CHN')),
    # export controls announced are a sanction
    ('Japan on Monday announced tighter controls on exports to South Korea of three materials used '
     'to make semiconductors.',
     '2019-07-01', ('163', 'JPN', 'KOR')),
    # trade frozen is a sanction
    ('Saudi Arabia froze all new trade with Canada on Monday.',
     '2018-08-06', ('163', 'SAU', 'CAN')),
    # an appeal to veto is one for diplomatic support
    ('Israel urged the United States on Monday to veto the Algerian-drafted resolution.',
     '2024-02-19', ('022', 'ISR', 'USA')),
    # an appeal to press a third party is one for diplomatic support
    ('Hamas urged Egypt and Qatar on Sunday to press Israel to move on to the second phase of the '
     'deal.',
     '2025-03-02', ('022', 'PSEREB', 'EGY')),
    # giving up weapons is disarming
    ('Hundreds of FARC rebels gave up their weapons on Friday.',
     '2017-06-23', ('0873', 'COLREB', 'COLGOV')),
    # giving up power is resigning
    ('The Bolivian president gave up power on Friday.',
     '2019-11-10', ('0831', 'BOLGOV', None)),
    # unidentified gunmen of a named armed side are that side
    ('Jihadist gunmen massacred at least 130 villagers in an overnight raid on Solhan in northern '
     'Burkina Faso.',
     '2021-06-05', ('202', 'BFAREBRAD', 'BFACVL')),
    # a having-participle's doer is the clause's subject
    ('Having placed President Robert Mugabe under house arrest, the army deployed armoured '
     'vehicles outside parliament in Harare.',
     '2017-11-15', ('173', 'ZWEMIL', 'ZWEGOV')),
    # armoured vehicles deployed are a mobilisation
    ('Having placed President Robert Mugabe under house arrest, the army deployed armoured '
     'vehicles outside parliament in Harare.',
     '2017-11-15', ('154', 'ZWEMIL', None)),
    # information provided to another is intelligence shared
    ("Turkey's intelligence agency provided the Iraqi authorities with information on the location "
     'of Daesh cells in Kirkuk on Tuesday.',
     '2019-06-11', ('064', 'TURSPY', 'IRQGOV')),
    # a tip given is intelligence shared
    ('Saudi Arabia gave the United States the tip that led investigators to two parcel bombs.',
     '2010-10-30', ('064', 'SAU', 'USA')),
    # operations to be scaled back are an intent to de-escalate
    ('Russia said on Tuesday it would drastically scale back military operations around Kyiv.',
     '2022-03-29', ('0356', 'RUS', 'UKR')),
    # abiding by a ceasefire promised is an intent to de-escalate
    ("Hezbollah's leader said on Saturday that his fighters would abide by the UN-backed "
     'ceasefire.',
     '2006-08-12', ('0356', 'LBNREB', None)),
    # a warship sailing close to another's islands is a show of presence
    ("A U.S. Navy destroyer sailed within 12 nautical miles of one of China's artificial islands "
     'on Tuesday.',
     '2015-10-27', ('150', 'USAMIL', None)),
    # coast guard vessels sailing into another's waters are a show of presence
    ('Four Chinese coast guard vessels sailed into territorial waters around the disputed islands '
     'on Thursday.',
     '2013-10-10', ('150', 'CHNCOP', None)),
    # columns moving in a show of force are a show of force
    ('Soviet armoured columns rumbled through the streets of Vilnius on Sunday in a show of force '
     "against Lithuania's drive for independence.",
     '1990-03-25', ('150', 'RUS', 'LTUGOV')),
    # structures demolished are property destroyed (since round 41 a people's structures are its
    # people's, CVL)
    ('Israeli authorities demolished 23 Palestinian-owned structures in the Jordan Valley on '
     'Wednesday.',
     '2021-07-07', ('1712', 'ISRGOV', 'PSECVL')),
    # a court's ruling that a party acted is a finding against it
    ("A Berlin court ruled on Thursday that Iran's top leaders had ordered the 1992 killing of "
     'four Kurdish dissidents.',
     '1997-04-10', ('116', 'DEUJUD', 'IRNGOV')),
    # an election result annulled by a court is a judgment
    ('The court annulled the election result on Friday.',
     '2017-09-01', ('116', '---JUD', None)),
    # a criminal appeals court is a court
    ("Argentina's top criminal appeals court ruled that Iran's government ordered the 1994 "
     'bombing.',
     '2024-04-12', ('116', 'ARGJUD', 'IRNGOV')),
    # a pipeline opened together is economic cooperation
    ('Kazakhstan and China opened a 960-km oil pipeline on Thursday that will carry Kazakh crude '
     'to western China.',
     '2005-12-15', ('061', 'KAZ', 'CHN')),
    # a prisoners' hunger strike for conditions is one for rights
    ('Hundreds of Palestinian prisoners in Israeli jails began an open-ended hunger strike on '
     'Sunday to demand better conditions and family visits.',
     '2017-04-17', ('1423', 'PSECVL', 'ISR')),
    # differences set aside are a dispute settled
    ('Ethiopia and Somalia agreed in Ankara on Wednesday to set aside their differences.',
     '2024-12-11', ('037', 'ETH', 'SOM')),
    # a dispute submitted to arbitration is one settled
    ('Egypt and Israel agreed on Sunday to submit their dispute over the Taba beach strip to '
     'international arbitration.',
     '1986-01-12', ('037', 'EGY', 'ISR')),
])
def test_round_40_events(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, codes", [
    # a ruling handed down hands over no one
    ('Peru and Chile pledged on Monday to implement the ruling on their maritime border, handed '
     'down by the court in The Hague.',
     '2014-01-27', ['030', '030']),
    # a victory handed to a rival is no extradition
    ("Ukraine's foreign minister warned that any delay would hand a victory to Moscow.",
     '2023-12-05', []),
    # a short detention is no sentence
    ('Police detained the activist for five days on Friday.',
     '2021-09-10', ['173']),
    # weighing whether to act stays with the act
    ('The administration is weighing whether to send long-range missiles to Ukraine, officials '
     'said.',
     '2023-09-06', ['014']),
    # a vow not to negotiate is one-sided
    ('Iran vowed on Sunday not to negotiate with the United States.',
     '2019-05-12', ['125']),
    # concern voiced stays pessimism
    ("Japan expressed concern about China's military buildup on Friday.",
     '2021-03-05', ['012']),
    # an act joined in a participle restates the act told
    ('The Netherlands suspended development aid to Niger on Monday, joining France in cutting '
     'budget support to the government.',
     '2023-08-07', ['1621']),
    # a siege remembered on its anniversary is history
    ('Thursday marks the first anniversary of the Beslan school siege, in which 331 hostages, more '
     'than half of them children, were killed when Russian forces stormed the building.',
     '2005-09-01', []),
    # a rally to mark an anniversary is news
    ('Thousands of Papuans rallied in Jayapura on Friday to mark the anniversary of the 1961 '
     'declaration of independence.',
     '2019-12-01', ['141']),
    # the fighting arms are asked for is no act
    ('Iraq asked the United States for weapons and ammunition to fight Islamic State militants.',
     '2014-06-12', ['0232']),
    # a vehicle striking a roadside bomb attacks no one
    ('Four soldiers were killed on Tuesday when their vehicle struck a roadside bomb near Ansongo, '
     'the Malian army said.',
     '2023-02-14', ['190']),
    # a woman suicide bomber stays unidentified
    ('A woman suicide bomber blew herself up inside army headquarters in Colombo on Tuesday, '
     'wounding the army commander.',
     '2006-04-25', ['1831']),
    # a ruling told as a judgment's grounds is no second finding
    ("Zimbabwe's Constitutional Court on Friday dismissed the opposition leader's challenge, "
     'ruling that he had failed to prove rigging.',
     '2018-08-24', ['120']),
    # a workers' strike for conditions stays one for policy
    ('Workers at the plant went on strike on Monday demanding better working conditions.',
     '2021-03-01', ['1432']),
])
def test_round_40_codes(coded, sentence, date, codes):
    found = coded(sentence, date)
    assert [c for c, _, _ in found] == codes, found


# --- round 41 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, date, expected", [
    # survived attempt: target is the subject
    ("Ecuador's interior minister survived an assassination attempt in Quito on Friday.",
     '2023-03-10', ('185', None, 'ECUGOV')),
    # attempt on his life survived
    ('The Haitian prime minister survived an attempt on his life on Monday.',
     '2022-01-03', ('185', None, 'HTIGOV')),
    # came under attack: no source
    ('A Turkish army convoy came under attack in Idlib on Sunday.',
     '2020-02-02', ('190', None, 'TURMIL')),
    # a raft of agreements signed
    ('The Indian and Japanese prime ministers signed a raft of trade and security agreements in '
     'Tokyo on Monday.',
     '2018-10-29', ('057', 'INDGOV', 'JPNGOV')),
    # a slew of sanctions imposed
    ('Washington imposed a slew of new sanctions on Caracas on Friday.',
     '2019-03-22', ('163', 'USAGOV', 'VENGOV')),
    # a court striking down a law rules against its makers
    ("Kenya's High Court on Thursday struck down the government's new housing levy.",
     '2023-11-28', ('116', 'KENJUD', 'KENGOV')),
    # pardoning anyone frees them
    ('President Lukashenko pardoned the opposition blogger on Friday.',
     '2024-07-05', ('0841', 'BLRGOV', 'BLRMEDOPP')),
    # security coordination suspended
    ('The Palestinian Authority suspended security coordination with Israel on Wednesday.',
     '2020-05-20', ('1212', 'PSEGOV', 'ISR')),
    # soldiers seizing a president arrest him
    ('Soldiers seized the president at his residence in Niamey on Wednesday.',
     '2023-07-26', ('173', 'NERMIL', 'NERGOV')),
    # inspectors' accreditation withdrawn turns monitors away
    ('North Korea withdrew the accreditation of the IAEA inspectors on Tuesday.',
     '2009-04-14', ('1662', 'PRK', 'IGOUNO')),
    # a Maronite patriarch is a Catholic cleric
    ("Lebanon's Maronite Patriarch demanded on Sunday that the cabinet resign.",
     '2020-08-09', ('1041', 'LBNRELCTH', 'LBNGOV')),
    # an inflected verb glued to a name splits
    ("Ukraine's president askedWashington on Monday to supply more air defence systems.",
     '2024-04-15', ('0232', 'UKRGOV', 'USAGOV')),
    # an operation called a coup is condemned
    ('Police detained the opposition mayor on Wednesday, and his party called the operation an '
     'attempted coup.',
     '2025-03-19', ('111', '---PTY', '---COP')),
    # a ban called regrettable is condemned
    ("China suspended imports of Japanese seafood on Thursday, a move Japan's prime minister "
     'called extremely regrettable.',
     '2023-08-24', ('111', 'JPNGOV', 'CHN')),
    # a move that X called retaliation: its doer is the target
    ("Russia banned imports of Moldovan wine on Tuesday, in a move that Moldova's prime minister "
     'called political retaliation.',
     '2013-09-10', ('111', 'MDAGOV', 'RUS')),
    # the subject's trip told in a relative clause is its visit
    ('Chancellor Olaf Scholz, who travelled to Beijing on Friday with a business delegation, asked'
     ' President Xi Jinping to press Russia to end the war.',
     '2022-11-04', ('042', 'DEUGOV', 'CHN')),
    # an international body agreeing to sanctions decides them
    ('European Union foreign ministers agreed on Monday to ban imports of Russian crude oil.',
     '2022-05-30', ('163', 'IGOEUREEC', 'RUS')),
    # hundreds of people blocking roads are a crowd
    ('Hundreds of angry depositors blocked roads with burning tyres in Sidon on Tuesday.',
     '2021-06-15', ('1442', 'LBNCVL', 'LBNGOV')),
    # an attempt by fighters to infiltrate, repelled
    ('Iraqi forces repelled an attempt by Daesh fighters to infiltrate their positions in Diyala '
     'on Monday.',
     '2021-03-08', ('190', 'IRQMIL', 'IRQREB')),
    # homes of a people demolished fall on its people
    ('Israeli forces demolished three Palestinian homes near Hebron on Tuesday.',
     '2023-06-20', ('1712', 'ISRMIL', 'PSECVL')),
    # a car bomb in a town falls on its people
    ('Three people were killed when a car bomb exploded near a checkpoint in the Syrian town of '
     'Jarablus on Friday.',
     '2021-04-18', ('1823', None, 'SYRCVL')),
    # nationals shot dead are civilians
    ('A gunman shot dead two Swedish football fans in central Brussels on Monday night.',
     '2023-10-16', ('1823', None, 'SWECVL')),
    # captives held by a state protest at their jailer
    ('Dozens of Palestinians held by Israel without charge began a hunger strike on Monday.',
     '2022-09-26', ('142', 'PSECVL', 'ISR')),
    # separate meetings with two sides are mediation
    ('The UN envoy held separate talks with the Libyan prime minister and the eastern commander in'
     ' Tunis on Monday.',
     '2021-03-15', ('045', 'IGOUNO', 'LBYGOV')),
    # mediators meeting a party mediate
    ('Egyptian mediators met Hamas negotiators in Cairo on Sunday.',
     '2024-02-04', ('045', 'EGYGOV', 'PSEREB')),
    # a crowd storming a leader's residence rebels against the government
    ("Anti-government protesters stormed the prime minister's official residence in Colombo on "
     'Saturday.',
     '2022-07-09', ('1451', 'LKAOPP', 'LKAGOV')),
    # an inquiry into police brutality investigates an abuse
    ("Egypt's prosecutor general opened an inquiry into allegations of police brutality in "
     'Alexandria.',
     '2014-05-12', ('092', 'EGYJUD', 'EGYCOP')),
])
def test_round_41_events(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, codes", [
    # the when-clause of a survived attempt is the attempt
    ('The Somali president survived an assassination attempt on Sunday when a gunman opened fire '
     'on his convoy in Mogadishu.',
     '2019-02-10', ['185']),
    # the when-clause with a tried attack
    ('The governor survived an attempt on his life on Tuesday when a man tried to shoot him '
     'outside the mosque in Kano.',
     '2018-06-12', ['185']),
    # faced pressure from no one named is no event
    ('Sri Lanka faced fresh pressure on Tuesday over the shelling of the coastal strip.',
     '2009-04-21', []),
    # websites knocked offline by hackers
    ('Hackers knocked the websites of several Estonian ministries offline on Friday.',
     '2007-05-04', ['176']),
    # an allocation received is no host's welcome
    ('Under the accord, Egypt receives an annual allocation of water from the Nile.',
     '2015-03-23', []),
    # stability threatened is a danger, not a threat
    ('Jordan rejected the plan on Sunday, saying any forced displacement of Palestinians would '
     'threaten regional stability.',
     '2025-02-02', ['127']),
    # a court voiding a law rules against its makers
    ("The Constitutional Court voided the government's emergency decree on Tuesday.",
     '2021-06-08', ['116']),
    # confidence withdrawn from a government votes it out
    ('Parliament voted on Tuesday to withdraw confidence from the government of Prime Minister '
     'Ahmed.',
     '2021-09-21', ['172']),
    # money in shekels withheld
    ('Israel withheld 600 million shekels in tax revenues from the Palestinian Authority on '
     'Sunday.',
     '2019-02-17', ['1621']),
    # money in riyals granted
    ("Saudi Arabia granted 500 million riyals to Yemen's central bank on Monday.",
     '2018-01-15', ['071']),
    # a state agreeing to lift a ban only intends it
    ('Iran agreed on Sunday to lift its ban on foreign journalists.',
     '2021-02-21', ['0354']),
    # a role reassessed is a policy under review
    ('Egypt said on Sunday it was reassessing its role as a mediator in the talks.',
     '2024-05-26', ['014']),
    # drugs seized are confiscated
    ('Jordanian soldiers seized large quantities of Captagon pills near the Syrian border on '
     'Thursday.',
     '2022-01-27', ['1711']),
    # a leader meeting two others is no mediator
    ('The French president met the German chancellor and the Italian prime minister in Rome on '
     'Friday.',
     '2019-06-14', ['040', '040']),    # a parliament stormed and set on fire is one riot against the government
    ('Hundreds of protesters stormed the parliament building in Bishkek on Tuesday and set it on '
     'fire.',
     '2020-10-06', ['1451']),
    # a crowd storming parliament and attacking the police riots twice
    ('Protesters stormed the parliament and attacked police officers in Colombo on Wednesday.',
     '2022-07-13', ['1451', '145']),
    # excessive force investigated is an abuse looked into; deaths alone are not
    ("Kenya's police watchdog opened an investigation into the use of excessive force against "
     'protesters in Nairobi.',
     '2024-06-27', ['092']),
    # a death in custody investigated is an abuse looked into
    ("Kenya's police oversight authority opened an investigation into the death in police custody "
     'of a blogger.',
     '2025-06-10', ['092']),
])
def test_round_41_codes(coded, sentence, date, codes):
    found = coded(sentence, date)
    assert [c for c, _, _ in found] == codes, found



# --- round 42 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, date, expected", [
    # a quarter of the capital is no namesake town abroad
    ("HONIARA — Rioters torched shops in the capital's Chinatown on Thursday.",
     '2021-11-25', ('145', 'SLBCVL', 'SLBGOV')),
    # Pacific heads of government are named in the people lexicon
    ('Sogavare accused Canberra on Tuesday of interfering in the Solomon Islands\' domestic affairs.',
     '2021-11-30', ('112', 'SLBGOV', 'AUSGOV')),
    ('Marape thanked Canberra on Thursday for its help with the election.',
     '2024-02-22', ('051', 'PNGGOV', 'AUSGOV')),
    # "the West" does not swallow the West Papua National Liberation Army
    ('Police said fighters of the West Papua National Liberation Army attacked an army post.',
     '2023-02-07', ('190', 'IDNSEP', 'IDNMIL')),
    # fisheries officers are officials, and a longliner is a vessel
    ('HONIARA — Fisheries officers seized a Taiwanese-flagged longliner off Rennell Island on Sunday.',
     '2023-02-14', ('171', 'SLBGOV', 'TWN')),
    # a bay is no Somali region
    ('Red Cross delegates visited the detainees held at the US naval base at Guantanamo Bay on Friday.',
     '2002-01-18', ('042', '---NGO', 'USACVL')),
    # a legislature ousting a leader in a vote removes him
    ("PORT VILA — Vanuatu's Parliament ousted Prime Minister Ishmael Kalsakau in a motion of no "
     'confidence on Monday.',
     '2023-09-04', ('172', 'VUTLEG', 'VUTGOV')),
    # a threat to quit a body is a threat to break relations
    ('Palau threatened on Tuesday to quit the Pacific Islands Forum.',
     '2021-02-09', ('1313', 'PLW', 'IGO')),
    # a dateline in capitals glued to the lead names no party of it
    ("NEW YORKVanuatu's climate envoy Ralph Regenvanu urged UN member states on Wednesday to back a "
     'resolution.',
     '2023-03-29', ('022', 'VUTGOV', 'IGOUNO')),
    # ... but a country's own name in capitals is no dateline
    ('U.S. Trade Representative Carla Hills threatened on Friday to impose trade sanctions on Japan.',
     '1989-05-26', ('1312', 'USAGOV', 'JPN')),
    # the FLNKS is New Caledonia's pro-independence opposition
    ('The French government rejected an FLNKS proposal on Thursday for talks with President Emmanuel '
     'Macron.',
     '2024-06-20', ('125', 'FRAGOV', 'NCLOPP')),
    # money asked for is economic aid
    ("Tonga's government appealed to Australia on Monday for US$90 million to rebuild wharves and "
     'roads.',
     '2022-01-24', ('0231', 'TONGOV', 'AUS')),    # what the International Criminal Court investigates is war crimes
    ('ICC Prosecutor Karim Khan announced on Wednesday that he had opened an investigation into the '
     'situation in Ukraine.',
     '2022-03-02', ('094', 'IGOJUDICC', 'UKR')),
])
def test_round_42_events(coded, sentence, date, expected):
    found = coded(sentence, date)
    assert expected in found, found


@pytest.mark.parametrize("sentence, date, codes", [
    # killings called an act of terrorism are condemned
    ('Prime Minister James Marape called the Enga killings an act of domestic terrorism on Monday.',
     '2024-02-19', ['111']),
    # an island's name is not a country's
    ('Officials from Honiara met donors on Rennell Island on Monday.', '2023-02-14', ['040']),
    # the army ousting a president is still a plot told, not coded (the active verb stays out)
    ('The army ousted the president on Wednesday.', '2023-07-26', []),
    # a threat to leave a deal is a plain threat
    ('Russia threatened on Monday to withdraw from the grain deal.', '2023-07-10', ['130']),
    # money asked for to feed people is humanitarian aid
    ('The UN appealed on Monday for $400 million to feed refugees.', '2023-07-10', ['0233']),    # crimes against humanity are war crimes, not a plain crime against a victim
    ('Judges authorised the prosecutor on Wednesday to open an investigation into alleged crimes '
     'against humanity in the Philippines.',
     '2021-09-15', ['094']),
    # an inquiry by a country's own prosecutors into its officials is a criminal one
    ('Kenyan prosecutors opened an investigation on Monday into the governor.', '2021-09-15', ['091']),
])
def test_round_42_codes(coded, sentence, date, codes):
    found = coded(sentence, date)
    assert [c for c, _, _ in found] == codes, found
