"""Where an event happened: its clause's place, else the nearest in its sentence, else its actors'
country, else the article's main place. Events are built by hand here, as the coder would."""

from __future__ import annotations

import pytest

from tidings.model import Actor, Event
from tidings.nlp.loader import load_nlp
from tidings.places import PlaceResolver


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


def actor(text: str, whole: str, code: str) -> Actor:
    start = whole.index(text)
    return Actor(text, start, start + len(text), code, code[:3] if code[:3] != "---" else None)


def event(doc, trigger: str, source: Actor | None = None, target: Actor | None = None,
          nth: int = 0) -> Event:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(trigger, start + 1)
    end = start + len(trigger)
    sentence = next(i for i, s in enumerate(doc.sents) if s.start_char <= start < s.end_char)
    return Event(id="e", doc_id="d", sentence_index=sentence, sentence="", trigger=trigger,
                 trigger_start=start, trigger_end=end, cameo="145", name="", root="14",
                 quad_class=4, goldstein=-7.0, plover="PROTEST", source=source, target=target)


def placed(nlp, resolver, text: str, *triggers, **actors):
    doc = nlp(text)
    places = resolver.resolve(doc)
    events = [event(doc, t, **actors) for t in triggers]
    resolver.place_events(events, places, doc)
    return events


def test_the_place_of_the_events_own_clause(nlp, resolver):
    (e,) = placed(nlp, resolver, "Police clashed with protesters in Almaty on Wednesday, "
                                 "officials in Astana said.", "clashed")
    assert e.place.name == "Almaty" and e.place.precision == "city"
    assert e.place.how.startswith("the event's clause: 'in Almaty'")


def test_a_noun_trigger_takes_its_own_prepositional_phrase(nlp, resolver):
    (e,) = placed(nlp, resolver, "Protests in Almaty turned violent, the government in "
                                 "Astana said.", "Protests")
    assert e.place.name == "Almaty"


def test_near_the_border_with_a_country(nlp, resolver):
    (e,) = placed(nlp, resolver, "Troops massed near the border with Iran on Friday.",
                  "massed")
    assert (e.place.country, e.place.precision) == ("IRN", "country")
    assert "near the border with Iran" in e.place.how


def test_else_the_nearest_place_in_the_sentence(nlp, resolver):
    (e,) = placed(nlp, resolver, "Kazakhstan's president ordered troops to fire without "
                                 "warning.", "ordered")
    assert (e.place.country, e.place.precision) == ("KAZ", "country")
    assert e.place.how.startswith("nearest place in the sentence")


def test_else_the_actors_country(nlp, resolver):
    text = "Kazakhstan was calm on Monday. Tokayev accused foreign-trained terrorists."
    doc = nlp(text)
    places = resolver.resolve(doc)
    e = event(doc, "accused", source=actor("Tokayev", text, "KAZGOV"))
    resolver.place_events([e], places, doc)
    assert (e.place.country, e.place.precision) == ("KAZ", "country")
    assert "actors' country" in e.place.how and e.place.text == "Tokayev"


def test_else_the_articles_main_place_inferred(nlp, resolver):
    (e,) = placed(nlp, resolver, "BISHKEK, March 3 (Reuters) - The talks went on. "
                                 "Protesters gathered again on Tuesday.", "gathered")
    assert e.place.name == "Bishkek" and e.place.precision == "inferred"
    assert "dateline" in e.place.how


def test_main_place_is_the_most_named_country_without_a_dateline(nlp, resolver):
    text = ("Kazakhstan cut fuel prices. Kazakhstan also sacked its cabinet, and Russia "
            "sent troops. Crowds gathered again on Tuesday.")
    (e,) = placed(nlp, resolver, text, "gathered")
    assert (e.place.country, e.place.precision) == ("KAZ", "inferred")


def test_an_organisation_name_does_not_place_an_event(nlp, resolver):
    text = "Kenya reported cases. The Public Health Agency of Canada issued a warning."
    (e,) = placed(nlp, resolver, text, "issued")
    assert e.place is None or e.place.country != "CAN" or "org" not in e.place.how


def test_a_title_place_does_not_place_a_message_sent_elsewhere(nlp, resolver):
    text = ("Why Beijing backs Kazakhstan | Russia | Xinjiang | Xi Jinping\n\n"
            "Xi Jinping sent an oral message to President Tokayev of Kazakhstan on January 7. "
            "Xi praised Tokayev for his decisiveness.")
    doc = nlp(text)
    places = resolver.resolve(doc)
    sent = event(doc, "sent", source=actor("Xi Jinping", text, "CHNGOV"),
                 target=actor("President Tokayev", text, "KAZGOV"))
    praised = event(doc, "praised", source=actor("Xi", text[text.index("Xi praised"):], "CHNGOV"),
                    target=actor("Tokayev", text, "KAZGOV"))
    resolver.place_events([sent, praised], places, doc)
    for e in (sent, praised):
        assert e.place is not None and e.place.name != "Xinjiang"
        assert e.place.admin1 != "Xinjiang"
    assert sent.place.country == "KAZ"


def test_no_place_anywhere_leaves_the_event_unplaced(nlp, resolver):
    (e,) = placed(nlp, resolver, "The rebels attacked a convoy on Monday.", "attacked")
    assert e.place is None


def test_a_place_that_is_the_actor_does_not_locate_the_event(nlp, resolver):
    text = "Beijing warned Washington against new tariffs."
    doc = nlp(text)
    places = resolver.resolve(doc)
    e = event(doc, "warned", source=actor("Beijing", text, "CHNGOV"),
              target=actor("Washington", text, "USAGOV"))
    resolver.place_events([e], places, doc)
    # neither capital is a location here; the warning goes to the source's country, which is
    # also the article's first most-named one
    assert (e.place.country, e.place.precision) == ("CHN", "country")
    assert e.place.how.startswith("the sentence names places only as actors")


def test_a_place_in_the_actors_words_says_who_not_where(nlp, resolver):
    text = ("Troops patrolled Almaty on Friday. President Tokayev of Kazakhstan thanked the "
            "troops.")
    doc = nlp(text)
    places = resolver.resolve(doc)
    e = event(doc, "thanked", source=actor("President Tokayev of Kazakhstan", text, "KAZGOV"))
    resolver.place_events([e], places, doc)
    assert (e.place.country, e.place.precision) == ("KAZ", "country")
    assert "actors" in e.place.how


def test_an_actor_country_guessed_from_the_article_places_the_event_as_inferred(nlp, resolver):
    text = "Kazakhstan was calm on Monday. The government blamed foreign-trained terrorists."
    doc = nlp(text)
    places = resolver.resolve(doc)
    government = actor("The government", text, "KAZGOV")
    government.guessed = True  # the actor stage took KAZ from the article, not the words
    e = event(doc, "blamed", source=government)
    resolver.place_events([e], places, doc)
    assert (e.place.country, e.place.precision) == ("KAZ", "inferred")


def test_a_verbless_heading_is_placed_and_the_walk_ends(nlp, resolver):
    (e,) = placed(nlp, resolver, "Deadly protests in Almaty", "protests")
    assert e.place.name == "Almaty"
