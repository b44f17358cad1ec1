"""Synthetic coded documents for tests and benchmarks of the store (no spaCy needed).

The documents are plausible in shape (actors with countries and sectors, CAMEO codes with their
roots, quad classes and Goldstein values, PLOVER types, places), deterministic for a given seed,
and cheap to make in the millions.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Iterator

from tidings.model import (Actor, CodedDocument, Document, Event, Place, Sentence, document_id,
                           event_id)

COUNTRIES = ("KAZ", "RUS", "CHN", "USA", "UKR", "FRA", "DEU", "IND", "BRA", "NGA", "MLI", "IRN",
             "TUR", "GBR", "JPN", "KOR", "PAK", "EGY", "ZAF", "MEX")
SECTORS = ("GOV", "MIL", "COP", "OPP", "CVL", "JUD", "LEG", "REB", "BUS", "MED")
# (cameo, name, quad class, goldstein, PLOVER type or None)
CODES = (
    ("010", "Make statement", 1, 0.0, None),
    ("020", "Appeal", 1, 3.0, None),
    ("036", "Express intent to meet or negotiate", 1, 4.0, "AGREE"),
    ("042", "Make a visit", 1, 1.9, "CONSULT"),
    ("051", "Praise or endorse", 1, 3.4, "SUPPORT"),
    ("061", "Cooperate economically", 2, 6.4, "COOPERATE"),
    ("071", "Provide economic aid", 2, 7.4, "AID"),
    ("081", "Ease administrative sanctions", 2, 5.0, "CONCEDE"),
    ("090", "Investigate", 1, -2.0, "INVESTIGATE"),
    ("111", "Criticize or denounce", 3, -2.0, "ACCUSE"),
    ("112", "Accuse", 3, -2.0, "ACCUSE"),
    ("120", "Reject", 3, -4.0, "REJECT"),
    ("130", "Threaten", 3, -4.4, "THREATEN"),
    ("141", "Demonstrate or rally", 3, -6.5, "PROTEST"),
    ("150", "Demonstrate military or police power", 4, -7.2, "MOBILIZE"),
    ("163", "Impose embargo, boycott, or sanctions", 4, -8.0, "SANCTION"),
    ("173", "Arrest, detain, or charge with legal action", 4, -5.0, "SEIZE"),
    ("175", "Use tactics of violent repression", 4, -9.0, "ASSAULT"),
    ("190", "Use conventional military force", 4, -10.0, "ASSAULT"),
    ("193", "Fight with small arms and light weapons", 4, -10.0, "ASSAULT"),
)
PLACES = {"KAZ": ("Almaty", 43.25, 76.95), "RUS": ("Moscow", 55.75, 37.62),
          "CHN": ("Beijing", 39.90, 116.40), "UKR": ("Kyiv", 50.45, 30.52),
          "MLI": ("Bamako", 12.65, -8.0)}
WORDS = ("officials", "said", "on", "Monday", "after", "talks", "in", "the", "capital", "amid",
         "reports", "of", "unrest", "and", "new", "measures")


def _actor(rng: random.Random, text_at: int) -> Actor:
    country = rng.choice(COUNTRIES)
    sectors = (rng.choice(SECTORS),)
    code = country + "".join(sectors)
    text = f"{country.title()} {sectors[0].lower()}"
    return Actor(text=text, start=text_at, end=text_at + len(text), code=code, country=country,
                 sectors=sectors, name=None, how="lexicon", detail=f"{text} → {code}")


def synthetic_document(rng: random.Random, n: int, events: int, day: date,
                       coder_version: str = "0.1.0") -> CodedDocument:
    """Document number ``n`` with ``events`` events, published on ``day``."""
    filler = " ".join(rng.choice(WORDS) for _ in range(12))
    sentences_text = [f"Story {n} sentence {i}: {filler}." for i in range(max(events, 1))]
    text = " ".join(sentences_text)
    doc = Document(id=document_id(text), text=text, original=text, origin=f"synthetic/{n}.txt",
                   published=day, title=f"Story {n}", urls=[f"https://news.example/{n}"],
                   site="news.example", date_source="argument")
    sentences, actors, evs, places = [], [], [], []
    at = 0
    for i, s_text in enumerate(sentences_text):
        sentences.append(Sentence(doc.id, i, at, at + len(s_text), s_text))
        if i < events:
            src, tgt = _actor(rng, at), _actor(rng, at + 10)
            actors += [src, tgt]
            cameo, name, quad, gold, plover = rng.choice(CODES)
            place = None
            if src.country in PLACES and rng.random() < 0.5:
                pname, lat, lon = PLACES[src.country]
                place = Place(text=pname, start=at + 20, end=at + 20 + len(pname), name=pname,
                              lat=lat, lon=lon, country=src.country, precision="city",
                              how="gazetteer")
                places.append(place)
            when = day - timedelta(days=rng.choice((0, 0, 0, 1, 2)))
            evs.append(Event(
                id=event_id(doc.id, i, at + 5, cameo, src.code, tgt.code), doc_id=doc.id,
                sentence_index=i, sentence=s_text, trigger="sentence", trigger_start=at + 5,
                trigger_end=at + 13, cameo=cameo, name=name, root=cameo[:2], quad_class=quad,
                goldstein=gold, plover=plover, source=src, target=tgt, date=when,
                confidence=round(rng.uniform(0.3, 1.0), 3), statement=cameo == "010",
                pattern="synthetic", place=place, coder_version=coder_version))
        at += len(s_text) + 1
    return CodedDocument(doc, sentences, actors, evs, places)


def synthetic_documents(count: int, events_per_doc: int = 10, *, seed: int = 1,
                        start: date = date(2022, 1, 1), days: int = 365,
                        coder_version: str = "0.1.0") -> Iterator[CodedDocument]:
    """``count`` documents spread over ``days`` days from ``start``, same output for a seed."""
    rng = random.Random(seed)
    for n in range(count):
        day = start + timedelta(days=n * days // max(count, 1))
        yield synthetic_document(rng, n, events_per_doc, day, coder_version)


# -- a few hand-written stories, coded as the coder would, for tests and demos -----------------

_CAMEO = {code: (name, quad, gold, plover) for code, name, quad, gold, plover in CODES}


def _coded_actor(code: str, text: str, sentence: str, offset: int) -> Actor:
    at = sentence.find(text)
    country = None if code.startswith(("---", "IGO")) else code[:3]
    sectors = tuple(code[i:i + 3] for i in range(3, len(code), 3))
    return Actor(text=text, start=offset + at, end=offset + at + len(text), code=code,
                 country=country, sectors=sectors, how="lexicon", detail=f"{text} → {code}")


def story(sentences: list[str], published: date, events: list[tuple], *, url: str,
          title: str | None = None, places: dict[str, tuple] | None = None,
          coder_version: str = "0.1.0") -> CodedDocument:
    """A coded document from its sentences and events written as
    ``(sentence index, (source code, source text), trigger, cameo, (target code, target text))``;
    ``places`` maps a place name in the text to ``(lat, lon, ISO-3, precision)``."""
    text = " ".join(sentences)
    doc = Document(id=document_id(text), text=text, original=text, origin=url,
                   published=published, title=title, urls=[url], site=url.split("/")[2],
                   date_source="page")
    offsets, at = [], 0
    for s in sentences:
        offsets.append(at)
        at += len(s) + 1
    coded = CodedDocument(doc, [Sentence(doc.id, i, o, o + len(s), s)
                                for i, (s, o) in enumerate(zip(sentences, offsets))])
    for name, (lat, lon, country, precision) in (places or {}).items():
        at = text.find(name)
        index = max(i for i, o in enumerate(offsets) if o <= at)
        coded.places.append(Place(text=name, start=at, end=at + len(name), name=name, lat=lat,
                                  lon=lon, country=country, precision=precision,
                                  how="gazetteer", sentence_index=index,
                                  geonameid=GEONAMES.get(name),
                                  admin1_code=ADMIN1.get(name)))
    for i, source, trigger, cameo, target in events:
        sentence, offset = sentences[i], offsets[i]
        src = _coded_actor(*source, sentence, offset) if source else None
        tgt = _coded_actor(*target, sentence, offset) if target else None
        coded.actors += [a for a in (src, tgt) if a is not None]
        name, quad, gold, plover = _CAMEO[cameo]
        t_at = offset + sentence.find(trigger)
        place = next((p for p in coded.places if offset <= p.start < offset + len(sentence)),
                     None)
        coded.events.append(Event(
            id=event_id(doc.id, i, t_at, cameo, src.code if src else None,
                        tgt.code if tgt else None),
            doc_id=doc.id, sentence_index=i, sentence=sentence, trigger=trigger,
            trigger_start=t_at, trigger_end=t_at + len(trigger), cameo=cameo, name=name,
            root=cameo[:2], quad_class=quad, goldstein=gold, plover=plover, source=src,
            target=tgt, date=published, confidence=0.9 if src and tgt else 0.6,
            statement=cameo == "010", pattern="example", place=place,
            coder_version=coder_version))
    return coded


ALMATY = (43.25, 76.95, "KAZ", "city")
GEONAMES = {"Almaty": 1526384, "Kyiv": 703448}
ADMIN1 = {"Almaty": "KZ.02", "Kyiv": "UA.12"}


def example_documents(coder_version: str = "0.1.0") -> list[CodedDocument]:
    """Four short stories from January-February 2022 with eight events between them."""
    return [
        story(["Protesters rallied in Almaty against the fuel price rise.",
               "Kazakh police arrested dozens of protesters on Wednesday."],
              date(2022, 1, 5), [
                  (0, ("KAZCVL", "Protesters"), "rallied", "141", None),
                  (1, ("KAZCOP", "Kazakh police"), "arrested", "173", ("KAZCVL", "protesters")),
              ], url="https://news.example/kz/protests", title="Fuel protests spread",
              places={"Almaty": ALMATY}, coder_version=coder_version),
        story(["President Tokayev ordered troops to fire on the protesters.",
               "Russia sent paratroopers to Kazakhstan."],
              date(2022, 1, 7), [
                  (0, ("KAZGOV", "President Tokayev"), "ordered troops to fire", "175",
                   ("KAZCVL", "the protesters")),
                  (1, ("RUSMIL", "Russia"), "sent paratroopers", "150", ("KAZ", "Kazakhstan")),
              ], url="https://wire.example/2022/01/07/troops", title="Troops told to fire",
              coder_version=coder_version),
        story(["Xi Jinping praised Tokayev for his decisive action.",
               "The Kremlin said the mission would end within days."],
              date(2022, 1, 10), [
                  (0, ("CHNGOV", "Xi Jinping"), "praised", "051", ("KAZGOV", "Tokayev")),
                  (1, ("RUSGOV", "The Kremlin"), "said", "010", None),
              ], url="https://news.example/world/xi-praise", title="Xi backs Tokayev",
              coder_version=coder_version),
        story(["Ukraine accused Russia of shelling Kyiv suburbs.",
               "The European Union imposed sanctions on Russia."],
              date(2022, 2, 20), [
                  (0, ("UKRGOV", "Ukraine"), "accused", "112", ("RUSMIL", "Russia")),
                  (1, ("IGOEUREEC", "The European Union"), "imposed sanctions", "163",
                   ("RUS", "Russia")),
              ], url="https://wire.example/2022/02/20/ukraine",
              places={"Kyiv": (50.45, 30.52, "UKR", "city")}, coder_version=coder_version),
    ]
