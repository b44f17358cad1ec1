"""Repair of scraped text: glued words split, page furniture dropped, every change recorded."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.ingest import RawText, make_document, repair_text

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_6e0f9db512cb93e6.txt"
NAMES = {"Tokayev", "Kazakhstan", "Russia", "China", "Xi", "Jinping", "Masimov", "Nazarbayev"}


@pytest.fixture(scope="module")
def is_word():
    """What the pipeline passes: WordNet words from the spaCy lemmatizer, plus actor names."""
    from tidings.nlp.loader import word_index

    vocabulary = set().union(*word_index().values())
    return lambda word: word.lower() in vocabulary or word in NAMES


@pytest.fixture(scope="module")
def seed() -> str:
    if not SEED.exists():
        pytest.skip("the shared seed article is not available")
    return SEED.read_text(encoding="utf-8")


# -- the seed article --------------------------------------------------------------------------------
@pytest.mark.parametrize("glued, split", [
    ("KazakhstanLarge-scale protests", "Kazakhstan Large-scale protests"),
    ("TokayevAlso said", "Tokayev Also said"),
    ("request,RussiaThe peacekeeping", "request, Russia The peacekeeping"),
    ("of ChinaXi JinpingAn oral message", "of China Xi Jinping An oral message"),
    ("Xi JinpingIt stated", "Xi Jinping It stated"),
    ("close toXinjiang.", "close to Xinjiang."),
    ("Recently,Kazakhstan", "Recently, Kazakhstan"),
    ("KazakhstanIn the worst", "Kazakhstan In the worst"),
    ("KazakhstanTokayev(Kassym-Jomart Tokayev)", "Kazakhstan Tokayev (Kassym-Jomart Tokayev)"),
])
@pytest.mark.parametrize("with_vocabulary", [True, False])
def test_seed_glued_words_are_split(seed, is_word, glued, split, with_vocabulary):
    assert glued in seed
    repaired = repair_text(seed, is_word if with_vocabulary else None)
    assert split in repaired.text
    assert glued not in repaired.text


def test_seed_page_furniture_is_dropped(seed, is_word):
    repaired = repair_text(seed, is_word)
    for gone in ("Related Articles", "Saudi foreign minister", "Editor in charge", "Leave a Comment",
                 "Akismet", "comment data", "| Xinjiang | Xi Jinping"):
        assert gone not in repaired.text, gone
    # the story itself stays, up to its last sentence (less the headline's label "Analysis: ")
    assert repaired.text.startswith("Why does the CCP support Kazakhstan’s iron-fisted")
    assert repaired.text.rstrip().endswith("is the main cause of Beijing’s strategic dilemma.")
    reasons = {r.reason for r in repaired.repairs if r.kind == "drop"}
    assert {"related-articles box", "editor credit", "comment section (to the end)",
            "tag list after a headline", "live-page label"} <= reasons


def test_seed_every_repair_points_at_the_original(seed, is_word):
    repaired = repair_text(seed, is_word)
    assert len(repaired.repairs) >= 12
    for repair in repaired.repairs:
        assert seed[repair.start:repair.end] == repair.before
    split = next(r for r in repaired.repairs if r.before == "TokayevAlso")
    assert (split.kind, split.after, split.reason) == ("split", "Tokayev Also", "words glued at a link")


def test_seed_offsets_map_clean_text_back_to_the_original(seed, is_word):
    repaired = repair_text(seed, is_word)
    clean = repaired.text
    for i, char in enumerate(clean):
        if not char.isspace():  # inserted spaces have no counterpart; every other character does
            assert seed[repaired.offsets.to_original(i)] == char, i
    start = clean.index("Tokayev announced")
    assert seed[repaired.offsets.to_original(start):].startswith("Tokayev announced")


def test_make_document_keeps_original_and_repairs(seed, is_word):
    doc = make_document(RawText(origin=str(SEED), text=seed), is_word=is_word)
    assert doc.original == seed and doc.text != seed
    assert doc.repairs and doc.language == "en"
    # the dateline "[Epoch Times News on January 10, 2022]" dates a text file nobody dated
    assert (doc.published.isoformat(), doc.date_source) == ("2022-01-10", "text")
    at = doc.text.index("Xi Jinping An oral message")
    assert seed[doc.to_original(at):].startswith("Xi JinpingAn oral message")


# -- names that must survive -------------------------------------------------------------------------
def test_real_camel_case_names_are_not_broken(is_word):
    text = ("He ate at McDonald's, watched YouTube on his iPhone and read posts by DeSantis on "
            "LinkedIn while his son played PlayStation. Later he met the McConnell and DiCaprio teams.")
    assert repair_text(text, is_word).text == text


def test_a_glued_form_seen_twice_is_a_name(is_word):
    # "Bright" and "Path" are both English words, but a company named twice the same way is a name
    text = "The start-up BrightPath won the contract. BrightPath will build the road."
    assert repair_text(text, is_word).text == text


def test_left_part_standing_alone_elsewhere_is_evidence():
    glued = "ZorbaniaLarge-scale protests broke out on Monday."
    # an unknown word, never seen alone: leave it
    assert repair_text(glued).text == glued
    # the same word standing alone elsewhere in the document: it ended where the link began
    with_evidence = glued + " Police in Zorbania arrested dozens."
    assert repair_text(with_evidence).text.startswith("Zorbania Large-scale protests")


def test_acronyms_split_only_with_evidence():
    assert repair_text("NATOThe alliance met. NATO said so.").text.startswith("NATO The alliance")
    assert repair_text("JPMorgan said it would pay.").text == "JPMorgan said it would pay."


def test_a_capitalised_dateline_glued_to_the_story_is_split():
    for glued, clean in (("GENEVAThe council adopted a resolution.", "GENEVA The council adopted a resolution."),
                         ("NEW DELHIIndia sent relief to Myanmar.", "NEW DELHI India sent relief to Myanmar."),
                         ("Text.\nKUALA LUMPURMalaysia deported 1,086 people.",
                          "Text.\nKUALA LUMPUR Malaysia deported 1,086 people.")):
        assert repair_text(glued).text == clean
    # only at the start of a line: an acronym glued inside a sentence still needs evidence
    assert repair_text("He said NATOThe alliance met.").text == "He said NATOThe alliance met."
    assert repair_text("JPMorgan said so.").text == "JPMorgan said so."


def test_urls_numbers_and_abbreviations_are_left_alone():
    text = "About 3,000 U.S. troops, see example.com/News or write to desk@Agency.org today."
    assert repair_text(text).text == text


# -- page furniture ----------------------------------------------------------------------------------
def test_page_lines_are_dropped_but_story_lines_kept():
    text = "\n".join([
        "Home > World > Asia",
        "Troops fired on protesters in the capital on Tuesday, witnesses said.",
        "Share this article",
        "Facebook Twitter WhatsApp Email",
        "Read more: Minister resigns over fuel prices",
        "Source: a long paragraph that starts like a credit line but goes on to report that the "
        "interior ministry accused opposition leaders of organising the unrest.",
        "We use cookies to improve your experience. Accept all cookies",
        "Subscribe to our daily newsletter for the latest updates",
        "© 2024 Example Media Group. All rights reserved.",
        "Photo: Reuters",
        "Reporting by A. Writer; Editing by B. Editor",
        "Tags: Asia, protests",
    ])
    repaired = repair_text(text)
    assert repaired.text == (
        "Troops fired on protesters in the capital on Tuesday, witnesses said.\n"
        "Source: a long paragraph that starts like a credit line but goes on to report that the "
        "interior ministry accused opposition leaders of organising the unrest.\n")
    reasons = [r.reason for r in repaired.repairs]
    assert reasons == ["breadcrumb trail", "share buttons", "share buttons", "related-articles box",
                       "cookie notice", "subscribe prompt", "copyright notice", "picture credit",
                       "reporter credit", "tag list"]


def test_a_comment_marker_near_the_top_does_not_swallow_the_story():
    story = "Comments\n" + "Parliament passed the budget after a long debate.\n" * 5
    repaired = repair_text(story)
    assert repaired.text.count("Parliament passed the budget") == 5


def test_comment_section_at_the_end_goes_with_everything_after_it():
    story = "Parliament passed the budget after a long debate.\n" * 5
    page = story + "Leave a Reply\nName *\nYou must be logged in to post. Nice article!\n"
    repaired = repair_text(page)
    assert repaired.text == story
    assert repaired.repairs[-1].reason == "comment section (to the end)"


def test_leftover_entities_and_invisible_characters_are_normalised():
    repaired = repair_text("AT&amp;T\u00a0said\u200b it.\r\nNext line.")
    assert repaired.text == "AT&T said it.\nNext line."
    assert [r.reason for r in repaired.repairs] == [
        "HTML entity", "no-break space", "invisible character", "Windows line ends (all of them)"]


# -- offsets, for any text -----------------------------------------------------------------------------
_pieces = st.sampled_from(["Kazakhstan", "Tokayev", "The", "Also", "protest", " ", "\n", ",", ".",
                           "Related Articles: x\n", "&amp;", "\u00a0", "\u200b", "McDonald", "(", ")",
                           "iPhone", "NATO", "Leave a Comment\n", "\r\n", "3", "to"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_pieces, max_size=40).map("".join))
def test_offsets_are_consistent_for_any_text(text):
    repaired = repair_text(text)
    for repair in repaired.repairs:
        assert text[repair.start:repair.end] == repair.before
    previous = -1
    for i, char in enumerate(repaired.text):
        original = repaired.offsets.to_original(i)
        assert original >= previous  # the map never runs backwards
        previous = original
        if char.isalnum():
            assert text[original] == char


def test_live_page_labels_before_an_entry_are_dropped():
    text = ("14:05 GMT - Israeli strikes have killed 30 people in Rafah.\n"
            "Update: Zelenskyy has called on allies to send air defences.\n"
            "Breaking news: Hezbollah has fired rockets at northern Israel.\n"
            "Update: more soon.\n"
            "The update: officials met at 10:30 - no deal was reached.\n")
    fixed = repair_text(text)
    lines = fixed.text.splitlines()
    assert lines[:3] == ["Israeli strikes have killed 30 people in Rafah.",
                         "Zelenskyy has called on allies to send air defences.",
                         "Hezbollah has fired rockets at northern Israel."]
    # a label with too little after it, and a time inside a sentence, stay
    assert lines[3:] == ["Update: more soon.", "The update: officials met at 10:30 - no deal was reached."]
    assert [r.reason for r in fixed.repairs] == ["live-page time stamp", "live-page label", "live-page label"]
    assert all(text[r.start:r.end] == r.before for r in fixed.repairs)


def test_bulletin_headline_labels_and_picture_credits_before_the_text_are_dropped():
    text = ("The headlines this hour: Israel and Hamas have agreed a ceasefire in Gaza.\n"
            "(Photo: Xinhua) Chinese President Xi Jinping met Brazilian President Lula in Beijing.\n"
            "Headlines in the press were dominated by the summit.\n")
    fixed = repair_text(text)
    assert fixed.text.splitlines() == ["Israel and Hamas have agreed a ceasefire in Gaza.",
                                       "Chinese President Xi Jinping met Brazilian President Lula in Beijing.",
                                       "Headlines in the press were dominated by the summit."]
    assert [r.reason for r in fixed.repairs] == ["bulletin headline label", "picture credit before the text"]


def test_news_feed_labels_and_sections_before_a_headline_are_dropped():
    text = ("UPDATE 2-Turkey detains 20 soldiers over coup plot\n"
            "Exclusive: Saudi Arabia, Iran hold secret talks in Baghdad\n"
            "WORLD | Iran frees seven crew members of British tanker\n"
            "Exclusive deals were signed by the two firms.\n")
    fixed = repair_text(text)
    assert fixed.text.splitlines() == ["Turkey detains 20 soldiers over coup plot",
                                       "Saudi Arabia, Iran hold secret talks in Baghdad",
                                       "Iran frees seven crew members of British tanker",
                                       "Exclusive deals were signed by the two firms."]
    assert [r.reason for r in fixed.repairs][:1] == ['news-feed label before a headline ("UPDATE 2-", "Exclusive:")']


def test_a_name_glued_to_a_function_word_is_split(is_word):
    fixed = repair_text("Protests in Tbilisifor a second night; the palace in Khartoumfrom the RSF. "
                        "Ireland and Portland, Stanford and Holland stay whole.", is_word)
    assert fixed.text == ("Protests in Tbilisi for a second night; the palace in Khartoum from the RSF. "
                          "Ireland and Portland, Stanford and Holland stay whole.")
    # without a vocabulary nothing is split on this evidence
    assert "Tbilisifor" in repair_text("Protests in Tbilisifor a second night.").text


def test_a_word_glued_to_of_or_to_a_verb_of_reporting_is_split(is_word):
    fixed = repair_text("Troops left the outskirtsof the city, the state television agencyreported. "
                        "The foreign ministrysaid the talks failed. Proof and the roof stay whole.", is_word)
    assert fixed.text == ("Troops left the outskirts of the city, the state television agency reported. "
                          "The foreign ministry said the talks failed. Proof and the roof stay whole.")


def test_abbreviated_titles_are_written_out():
    fixed = repair_text("Pres. Tshisekedi met FM Lavrov and PM Hamdok at 5 PM on FM radio. Govt forces "
                        "shelled rebels; the govt. said opp. leader and Opp. MPs met the PM. UNSC met.")
    assert fixed.text == ("President Tshisekedi met Foreign Minister Lavrov and Prime Minister Hamdok at 5 PM on "
                          "FM radio. Government forces shelled rebels; the government said opposition leader and "
                          "Opposition MPs met the Prime Minister. UN Security Council met.")
    assert all(r.kind == "normalize" and fixed_before(r) for r in fixed.repairs)


def fixed_before(r):
    return r.before in {"Pres.", "FM", "PM", "Govt", "govt.", "opp.", "Opp.", "UNSC"}
