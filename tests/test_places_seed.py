"""The seed article (a scraped story on the January 2022 unrest in Kazakhstan, read from
../shared/seeds at test time): its places, and where its events are placed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_6e0f9db512cb93e6.txt"
UNREST_ROOTS = {"14", "15", "17", "18", "19", "20"}  # protest, posture, coerce, assault, fight

pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"seed article not found at {SEED}")


def _has_coder() -> bool:
    try:
        return importlib.util.find_spec("tidings.events.coder") is not None
    except ImportError:
        return False


needs_coder = pytest.mark.skipif(
    not _has_coder(),
    reason="needs the event coder (tidings.events.coder), which has not landed yet")


@pytest.fixture(scope="module")
def seed_places():
    from tidings.ingest import make_document, read_paths
    from tidings.nlp.loader import load_nlp, word_index
    from tidings.places import PlaceResolver

    words = set().union(*word_index().values())
    (raw,) = list(read_paths([SEED]))
    document = make_document(raw, is_word=lambda w: w.lower() in words)
    doc = load_nlp()(document.text)
    resolver = PlaceResolver()
    return document, resolver.resolve(doc, document), resolver


def test_the_seed_article_is_about_kazakhstan(seed_places):
    document, places, resolver = seed_places
    main = resolver.main_place(places)
    assert main is not None and main.country == "KAZ" and main.precision == "country"
    kz = [p for p in places if p.text == "Kazakhstan"]
    assert len(kz) >= 10 and all(p.country == "KAZ" and p.precision == "country" for p in kz)


def test_the_seed_articles_nationality_words_are_not_places(seed_places):
    _, places, _ = seed_places
    assert not [p for p in places if p.text in ("Kazakh", "Chinese", "Iranian", "Saudi")]


def test_the_seed_articles_offsets_index_the_text_as_given(seed_places):
    document, places, _ = seed_places
    for p in places:
        start, end = document.to_original(p.start), document.to_original(p.end)
        assert document.original[start:end] == p.text


@pytest.fixture(scope="module")
def coded():
    from tidings.pipeline import code_text

    return code_text(SEED.read_text(encoding="utf-8"), date="2022-01-10", origin=str(SEED))


@needs_coder
def test_unrest_events_are_placed_in_kazakhstan(coded):
    # unrest events: protest, coercion or violence by or against Kazakh actors, or in a
    # sentence about Kazakhstan (not, say, a remark on Beijing's military expansion)
    unrest = [e for e in coded.events if e.root in UNREST_ROOTS and (
        "Kazakh" in e.sentence or any(a is not None and a.country == "KAZ"
                                      for a in (e.source, e.target)))]
    assert unrest, "the coder found no protest, coercion or violence in the seed article"
    for e in unrest:
        assert e.place is not None, f"unplaced: {e.sentence}"
        assert e.place.country == "KAZ", f"{e.trigger!r} placed in {e.place.name}: {e.place.how}"
        # at least country level: Kazakhstan or a place in it, never a wider region; marked
        # "inferred" only when neither the sentence nor a named actor says where
        assert e.place.precision in ("city", "admin2", "admin1", "country", "inferred")
        if e.place.precision == "inferred":
            assert "no place in the sentence" in e.place.how
            assert not any(a is not None and a.country == "KAZ" and not a.guessed
                           for a in (e.source, e.target))
    # most unrest events name Kazakhstan in their own sentence or through a named actor
    assert sum(e.place.precision != "inferred" for e in unrest) > len(unrest) / 2


@needs_coder
def test_xis_message_to_tokayev_is_not_placed_in_xinjiang(coded):
    message = [e for e in coded.events if "oral message" in e.sentence
               or ("Xi" in e.sentence and "praised" in e.sentence)]
    assert message, "the coder found no event in the sentences on Xi's message"
    for e in message:
        assert e.place is not None
        assert e.place.name != "Xinjiang" and e.place.admin1 != "Xinjiang", e.place.how
