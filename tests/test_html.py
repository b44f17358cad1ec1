"""HTML pages: the story and its metadata come through; the page around it does not."""

from __future__ import annotations

import io
import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

from tidings.ingest import RawText, make_document, read_bytes, read_paths
from tidings.ingest.html import extract_html
from tidings.model import Document, Skip

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _one(path: Path | str) -> RawText | Skip:
    (item,) = list(read_paths([str(path)]))
    return item


@pytest.fixture(scope="module")
def story() -> RawText:
    item = _one(FIXTURES / "story.html")
    assert isinstance(item, RawText), item
    return item


def test_the_story_and_its_metadata_are_extracted(story):
    assert story.title == "Border talks collapse as both sides trade accusations"
    assert story.author == "Maria Ostrander"
    assert story.site == "The Valley Courier"
    assert story.url == "https://valley-courier.example/world/2024/03/15/border-talks-collapse"
    assert story.text.startswith("Negotiators from Arlandia and Bexmoor walked out of border talks")
    for paragraph in ("deployed two armoured brigades", "offered to host a new round of talks",
                      "several hundred families have left the valley"):
        assert paragraph in story.text


def test_the_publication_date_comes_from_the_page_not_the_last_edit(story):
    assert (story.published, story.date_source) == (date(2024, 3, 15), "page")
    doc = make_document(story)
    assert (doc.published, doc.date_source) == (date(2024, 3, 15), "page")
    # the user's --date still wins
    assert make_document(story, published=date(2024, 3, 14)).published == date(2024, 3, 14)


@pytest.mark.parametrize("furniture", [
    "Politics", "Sport",  # navigation
    "Bexmoor bans opposition newspaper", "Related stories",  # related-articles box
    "Share on Facebook",  # share buttons
    "Reader One", "Both governments should resign", "Post comment",  # comment section
    "We use cookies", "Subscribe to our daily newsletter", "All rights reserved",  # banners, footer
])
def test_page_furniture_never_reaches_the_coder(story, furniture):
    assert furniture not in make_document(story).text


def test_the_headline_is_not_glued_to_the_first_sentence(story):
    assert story.title not in story.text


def test_html_is_recognised_by_content_not_name(tmp_path):
    for name in ("story.txt", "story", "story.data"):
        shutil.copy(FIXTURES / "story.html", tmp_path / name)
        item = _one(tmp_path / name)
        assert isinstance(item, RawText) and item.title.startswith("Border talks collapse"), name


def test_html_on_standard_input(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((FIXTURES / "story.html").read_bytes())))
    item = _one("-")
    assert item.origin == "-" and item.published == date(2024, 3, 15)


def test_the_declared_charset_is_honoured():
    item = _one(FIXTURES / "latin1.html")
    assert "René Caffé" in item.text
    assert (item.published, item.title) == (date(2023, 11, 2), "Minister resigns")


def test_a_page_without_date_metadata_has_its_visible_date_found():
    page = (b"<html><head><title>Strike ends</title></head><body><div class='post'>"
            b"<p class='date'>Published 3 March 2024</p>"
            b"<p>Dock workers in the port of Sallow ended a nine-day strike on Saturday after the "
            b"port authority agreed to raise wages by eight percent and to rehire dismissed staff.</p>"
            b"</div></body></html>")
    item = extract_html(page, "strike.html")
    assert item.published == date(2024, 3, 3)


def test_a_page_without_any_date_falls_back_or_stays_undated():
    item = _one(FIXTURES / "undated.html")
    assert (item.published, item.date_source) == (None, None)
    data = (FIXTURES / "undated.html").read_bytes()
    crawled = extract_html(data, "x", fallback_date=date(2024, 5, 2), fallback_source="warc")
    assert (crawled.published, crawled.date_source) == (date(2024, 5, 2), "warc")


def test_a_page_with_no_text_is_skipped_with_a_reason():
    item = _one(FIXTURES / "no_text.html")
    assert isinstance(item, Skip)
    assert item.reason == "no story text in the page (only navigation, scripts or boilerplate)"


def test_a_30_mb_page_is_refused(tmp_path):
    big = tmp_path / "huge.html"
    page = (FIXTURES / "story.html").read_bytes()
    with big.open("wb") as handle:
        handle.write(page.replace(b"</body>", b"<!-- " + b"x" * 30_000_000 + b" --></body>"))
    item = _one(big)
    assert isinstance(item, Skip) and item.reason.startswith("too large: 30.0 MB")


def test_broken_markup_still_yields_the_text():
    page = b"<html><body><div><p>Protesters marched on the parliament of Corvania on Monday " \
           b"<b>demanding <i>the resignation of the cabinet and new elections within six months" \
           b"</div><p>Police did not intervene, and the march ended peacefully in the evening."
    item = read_bytes(page, "broken.html")
    (raw,) = list(item)
    assert isinstance(raw, RawText) and "Police did not intervene" in raw.text


def test_an_html_page_becomes_a_document_with_its_urls(story):
    doc = make_document(story)
    assert isinstance(doc, Document)
    assert doc.urls == [story.url] and doc.site == "The Valley Courier"
    assert doc.title == story.title and doc.author == "Maria Ostrander"
