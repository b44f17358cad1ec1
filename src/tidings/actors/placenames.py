"""Places the lexicon does not know, coded by their country, and capitals that name a city elsewhere.

CAMEO codes a place named as a party to an event by its country: "Russian forces shelled *Kharkiv*"
has the target UKR, "rockets hit *Sderot*" ISR. The tagger's GPE, LOC and FAC entities that no
lexicon phrase covers become matches of their own, coded with the country the places gazetteer
gives (``how="gazetteer"``). They then behave like a country's name everywhere: an argument is an
actor, a modifier gives its phrase a country ("Kharkiv residents"), a locative places an actor
("police in Kharkiv") and counts towards the article's main country. Whether a locative is also a
party to an event is the event coder's decision, as it is for "in Kazakhstan".

A name many places share is decided by the text, nearest first (:func:`choose_country`):

1. a namesake in a country the sentence names, else one the article names, when it is a real town
   (CONTEXT_FLOOR people) and not dwarfed by the best-known namesake (CONTEXT_RATIO): "Tripoli" in
   a story about the Lebanese army is Lebanon's;
2. else the most populous namesake, when it is large (FLOOR; TAGGED_FLOOR when the tagger already
   says the word is a place or no other country has a place so called) and RIVAL_RATIO times
   larger than any namesake in another country.

The small tagging model often gives a foreign town no type, or takes it for a person or a body, so
two more kinds of name are tried, more strictly (TRUST): capitalised proper nouns with no entity type
("Rockets hit Sderot"), but not at the start of a sentence, nor when the word is part of a known
person's name; and PERSON or ORG names standing as an object ("Ukrainian troops recaptured
Kherson"), only in a country the text names unless the words say it is a place ("the town of
Goma").

The same rule 1 lets a seat of government in the lexicon yield to a city of the same name in the
country the text is about (:func:`capital_elsewhere`): "Tripoli" is Libya's seat, but "The Lebanese
army fought militants in Tripoli" is about Lebanon's Tripoli.

The gazetteer is reached through the ``places_named`` lookup the pipeline passes in (name →
(country, population) per country), so this module never imports the places stage.
"""

from __future__ import annotations

from typing import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from tidings.actors.context import PLACE_NOUNS
from tidings.actors.lexicon import Entry
from tidings.actors.state import COUNTRY_KINDS, Match

PlacesNamed = Callable[[str], "tuple[tuple[str, int], ...]"]

# entity types that name places
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# a namesake in a country the text names must be a town, and at least 1/CONTEXT_RATIO of the
# best-known namesake: Lebanon's Tripoli (230,000) against Libya's (1.6 million) qualifies, a Paris
# of 10,000 in Texas against Paris, France does not
CONTEXT_FLOOR = 10_000
CONTEXT_RATIO = 20
# without the text's help: a word the tagger calls a place must name a town of TAGGED_FLOOR people
# ("Sderot", 27,000); any other capitalised word a city of FLOOR, as the pipeline's own lookup asks
TAGGED_FLOOR = 15_000
FLOOR = 100_000
RIVAL_RATIO = 3
# what the tagger said of the words → (floor, floor when no other country has a place so called):
# "place" it typed them GPE/LOC/FAC; "untyped" it gave no type (or NORP, which it also gives towns
# it takes for a people: "near the town of Samarra"). A name it typed PERSON or ORG may be a town
# it misread ("Ukrainian troops recaptured Kherson" as PERSON), as the small model often does with
# foreign names, but just as often a person ("met Medina"): it is taken for a town only as an
# object and only in a country the text names (rule 1 alone)
TRUST = {"place": (TAGGED_FLOOR, TAGGED_FLOOR), "untyped": (FLOOR, TAGGED_FLOOR)}
# a capitalised word before an office ("Kasese district leaders", see _local_runs) is trusted as an
# untyped one, whatever the tagger made of it (often an adjective or a person's name)
TRUST["local"] = TRUST["untyped"]
# the slots in which a name typed PERSON or ORG may still be a town: objects, not subjects
# ("Santos said" is a person; "shelled Kherson", "the mayor of Kharkiv" are places)
OBJECTS = frozenset({"dobj", "nsubjpass", "pobj"})
# courtesy titles the lexicon does not list, before a surname that is also a town's name
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr."})
# words that end a division's name but are not in the gazetteer's ("West Darfur State")
DIVISION_WORDS = frozenset({"state", "province", "region", "governorate", "district", "county",
                            "oblast", "prefecture", "city", "municipality", "territory"})
# words that follow a town's name in a district's ("Imphal *West*", "Kamrup *Metro*")
COMPASS_AFTER = frozenset({"west", "east", "north", "south", "central", "metro", "rural", "urban"})
ORIGIN = "gazetteer"
# entity types that are no evidence either way: none, and NORP, which the tagger also gives towns it
# mistakes for a people ("near the town of Samarra")
UNTYPED = frozenset({"", "NORP"})
# the slots in which an untagged capitalised word may be a place: subject, object, prepositional
# object, and a conjunct of one
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
# words that may stand between a town and the office it qualifies ("the Sindh *Chief* Minister",
# "the Peshawar *High* Court"), besides the division words; never a town's name themselves, though
# the gazetteer has places so called ("Central", "First" for Aden)
OFFICE_WORDS = DIVISION_WORDS | {
    "chief", "deputy", "vice", "acting", "interim", "additional", "assistant", "senior", "first", "second",
    "high", "supreme", "grand", "royal", "federal", "national", "union", "joint", "municipal",
    "metropolitan", "provincial", "regional", "local", "central", "eastern", "northern", "southern",
    "western", "upper", "lower"}
# the slots of a word that qualifies the noun after it ("Kisumu Governor", "Kasese district leaders")
MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})


def choose_country(found: tuple[tuple[str, int], ...], sentence: Iterable[str], article: Iterable[str],
                   trust: str = "place", context_only: bool = False) -> tuple[str, str] | None:
    """(country, why) for a place name with the namesakes ``found`` ((country, population), most
    populous first), given the countries the sentence and the article name; None when unsure.
    ``trust`` is what the tagger said of the words (see TRUST); ``context_only``: only a country
    the text names will do (rule 1)."""
    if not found:
        return None
    top = found[0][1]
    for scope, countries in (("the sentence", set(sentence)), ("the article", set(article))):
        named = [(c, p) for c, p in found if c in countries]
        if named:
            country, population = named[0]
            if population >= CONTEXT_FLOOR and population * CONTEXT_RATIO >= top:
                alone = " (its only namesake)" if len(found) == 1 else ""
                return country, f"a place in {country}{alone}, a country {scope} names"
    if context_only:
        return None
    country, population = found[0]
    rival = found[1][1] if len(found) > 1 else 0
    floor, unique_floor = TRUST[trust]
    if population >= (unique_floor if len(found) == 1 else floor) and population >= RIVAL_RATIO * rival:
        return country, f"a place in {country} of {population:,} people" + \
            (f", {RIVAL_RATIO}+ times any namesake elsewhere" if rival else "")
    return None


def _names(span: Span) -> list[str]:
    """Forms of a place's name to look up: as written, then without a division word or a compass
    word after the name ("Imphal West" district is Imphal's)."""
    words = [t.text for t in span if not (t.i == span.start and t.pos_ == "DET")]
    out = [" ".join(words)]
    if len(words) > 1 and words[-1].lower() in DIVISION_WORDS | COMPASS_AFTER:
        out.append(" ".join(words[:-1]))
    return out


def _untagged_runs(doc: Doc, covered: set[int], name_words: frozenset[str]) -> list[Span]:
    """Runs of capitalised proper nouns the tagger gave no entity type (UNTYPED: "Rockets hit Sderot"),
    outside lexicon phrases, that stand as an argument (ARGUMENTS). A run that modifies a word
    ("Federal Minister", "Gen. Avril") or starts a sentence (capitals prove nothing there), or
    that is made of words of known people's names ("Bush"), is left alone."""
    out: list[Span] = []
    start = None
    for tok in list(doc) + [None]:
        ok = tok is not None and tok.pos_ == "PROPN" and tok.ent_type_ in UNTYPED and \
            tok.text[:1].isupper() and tok.i not in covered and not tok.is_sent_start
        if ok and start is None:
            start = tok.i
        elif not ok and start is not None:
            run = doc[start:tok.i if tok is not None else len(doc)]
            if run[-1].dep_ in ARGUMENTS and not _all_name_words(run, name_words):
                out.append(run)
            start = None
    return out


def _local_runs(doc: Doc, covered: set[int], bare_agents: dict[int, int],
                name_words: frozenset[str]) -> list[Span]:
    """Runs of capitalised words outside lexicon phrases that qualify an agent noun or title needing
    a country, with at most division and office words between (OFFICE_WORDS): "*Kisumu* Governor",
    "the *Sialkot* district administration", "the *Sindh* Chief Minister", "*Kasese* district
    leaders". Local papers name an office by its town, and the tagger often folds town and office
    into one PERSON or ORG name. The words after the run say it qualifies an office, so a run at a
    sentence's start counts too. ``bare_agents`` maps the first token of each agent phrase that names
    no country to its end; a lone division word is the place's own name ("Abyan governorate")."""
    out: list[Span] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not _capitalised_word(tok, covered):
            i += 1
            continue
        end = i
        while end < len(doc) and _capitalised_word(doc[end], covered) and doc[end].lower_ not in OFFICE_WORDS:
            end += 1
        after = end
        while after < len(doc) and after not in covered and doc[after].lower_ in OFFICE_WORDS:
            after += 1
        run = doc[i:end]
        office = bare_agents.get(after)
        if end > i and office is not None and run[-1].dep_ in MODIFIERS and run[-1].head.i >= end \
                and not _all_name_words(run, name_words) and \
                not (office - after == 1 and doc[after].lower_ in DIVISION_WORDS):  # "Abyan governorate"
            out.append(run)
        i = max(end, i + 1)
    return out


def _capitalised_word(tok: Token, covered: set[int]) -> bool:
    """A word that may be a town's name: capitalised but not an acronym ("LURD rebels"), a proper
    noun, or an adjective or noun the tagger took for a place or a people ("Kasese" as NORP) —
    not an ordinary adjective ("Federal Minister")."""
    return tok.i not in covered and tok.text[:1].isupper() and not tok.text.isupper() and \
        (tok.pos_ == "PROPN" or tok.pos_ in {"ADJ", "NOUN"} and tok.ent_type_ in PLACE_ENTITIES | {"NORP"})


def _all_name_words(span: Span, name_words: frozenset[str]) -> bool:
    """True when every word is a word of a known person's name ("Bush"); a place's longer name
    may hold one ("Khan Younis")."""
    return all(t.lower_ in name_words for t in span)


def _named_as_place(span: Span) -> bool:
    """"the town of Goma", "the province of Idlib": the words say it is a place, whatever the
    tagger thought."""
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS


def _quarter_of_told_place(span: Span) -> bool:
    """"the capital's *Chinatown*", "the city's *Old Town*": a part of a place the text has told,
    whatever towns elsewhere share its name."""
    return any(c.dep_ == "poss" and c.lemma_.lower() in PLACE_NOUNS for c in span.root.children)


def _misread_names(doc: Doc, covered: set[int], name_words: frozenset[str]) -> list[Span]:
    """PERSON and ORG entities that may be towns the tagger misread (TRUST "misread"): proper
    nouns only, as an object (OBJECTS, or a conjunct of one), not after a title or courtesy
    title, not made of words of known people's names, and not a word of a longer PERSON name in
    the document ("Juan Santos ... met Santos")."""
    people = {t.lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    out: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG"} or any(t.pos_ != "PROPN" for t in ent):
            continue
        root = ent.root
        slot = root.head.dep_ if root.dep_ == "conj" else root.dep_
        if slot not in OBJECTS or any(t.i in covered for t in ent) or _all_name_words(ent, name_words):
            continue
        if len(ent) == 1 and ent[0].lower_ in people:
            continue
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and (before.i in covered or before.lower_ in HONORIFICS):
            continue  # "President Santos", "Mr. Santos"
        out.append(ent)
    return out


def _stated_country(span: Span, country_at: dict[int, str], trust: str) -> str | None:
    """The country the words around a place name give it: "the besieged *Syrian* town of Madaya"
    and "Solhan *in northern Burkina Faso*" are there, however small (the gazetteer may not even
    list them) and whatever their namesakes; so is "*Russia's* Far East"."""
    owner = next((c for c in span.root.children if c.dep_ == "poss" and c.i in country_at), None)
    if owner is not None:
        return country_at[owner.i]
    for child in span.root.children if trust == "place" else ():  # (a name the tagger took for a
        # person's is no place: "envoy Terry Waite *in Beirut*")
        inner = next((o for o in child.children if o.dep_ == "pobj"), None) \
            if child.dep_ == "prep" and child.lower_ == "in" else None
        if inner is not None and inner.i in country_at:
            return country_at[inner.i]
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in PLACE_NOUNS:
        return None
    return next((country_at[m.i] for m in prep.head.lefts if m.i in country_at), None)


def _countries(matches: Iterable[Match]) -> list[str]:
    """The countries the matches name: countries, demonyms and seats, and the home countries of
    the bodies and people named ("the Lebanese army" is news about Lebanon)."""
    out = []
    for m in matches:
        e = m.first(COUNTRY_KINDS) or next((e for e in m.entries if e.country), None)
        if e is not None and e.country:
            out.append(e.country)
    return out


class PlaceFinder:
    """Adds gazetteer places to a document's lexicon matches (see the module's docstring)."""

    def __init__(self, places_named: PlacesNamed | None, country_names: dict[str, str],
                 name_words: frozenset[str] = frozenset()):
        self._named = places_named
        self._country_names = country_names  # ISO-3 → the lexicon's canonical name
        # words of the people lexicon's names: an untagged "Bush" is a person, not Egypt's Būsh
        self._name_words = name_words

    def add_places(self, doc: Doc, matches: list[Match], dateline_country: str | None) -> list[Match]:
        """``matches`` with the seats that name a city elsewhere recoded and the unknown places
        added, in document order."""
        if self._named is None:
            return matches
        article = _countries(matches) + ([dateline_country] if dateline_country else [])
        covered = {i for m in matches for i in range(m.start, m.end)}
        by_sentence: dict[int, list[str]] = {}
        for m in matches:
            by_sentence.setdefault(doc[m.start].sent.start, []).extend(_countries([m]))
        out = [self._capital_elsewhere(doc, m, by_sentence, article) for m in matches]
        spans = [(ent, "place") for ent in doc.ents if ent.label_ in PLACE_ENTITIES]
        spans += [(run, "untyped") for run in _untagged_runs(doc, covered, self._name_words)]
        bare_agents = {m.start: m.end for m in matches if m.first(frozenset({"agent"})) is not None
                       and not any(e.country for e in m.entries)}
        spans += [(run, "local") for run in _local_runs(doc, covered, bare_agents, self._name_words)]
        spans += [(ent, "place" if _named_as_place(ent) else "misread")
                  for ent in _misread_names(doc, covered, self._name_words)]
        country_at = {i: e.country for m in matches if (e := m.first(COUNTRY_KINDS)) is not None and e.country
                      for i in range(m.start, m.end)}  # (a community's name says no country: "Kurdish")
        for span, trust in spans:
            if any(t.i in covered for t in span) or trust != "local" and not any(t.pos_ == "PROPN" for t in span):
                continue  # a lexicon phrase; "the north", "the region" are the places stage's
            if _quarter_of_told_place(span):
                continue
            sentence = by_sentence.get(span.sent.start, [])
            stated = _stated_country(span, country_at, trust)
            for name in _names(span):
                got = (stated, f"a place in {stated}, as the words around it say") if stated else \
                    choose_country(self._named(name), sentence, article, trust, context_only=trust == "misread")
                if got is not None:
                    start = span.start + (1 if span[0].pos_ == "DET" else 0)
                    out.append(Match(start, span.end, [self._entry(span.text, name, *got)]))
                    break
        return sorted(out, key=lambda m: m.start)

    def _capital_elsewhere(self, doc: Doc, m: Match, by_sentence: dict[int, list[str]],
                           article: list[str]) -> Match:
        """A seat of government whose own country the article never names otherwise, recoded as
        the same-named city of a country the sentence (else the article) does name."""
        seat = m.first(frozenset({"seat"}))
        if seat is None or m.first(frozenset({"country", "demonym"})) is not None:
            return m
        own = seat.country
        if article.count(own) > 1:  # the seat itself counts once
            return m
        sentence = [c for c in by_sentence.get(doc[m.start].sent.start, []) if c != own]
        others = [c for c in article if c != own]
        # only the text's countries may overrule the lexicon, and only for a namesake that is not
        # dwarfed by the capital itself
        got = choose_country(self._named(seat.phrase), sentence, others, context_only=True)
        if got is None:
            return m
        text = doc[m.start:m.end].text
        entry = self._entry(text, seat.phrase, got[0],
                            f"{got[1]}; the seat of {seat.name} is not meant")
        return Match(m.start, m.end, [entry])

    def _entry(self, text: str, name: str, country: str, why: str) -> Entry:
        canonical = self._country_names.get(country, country)
        why = why.replace(f"in {country}", f"in {canonical}")
        return Entry("country", text, country, country, (), canonical, origin=ORIGIN,
                     note=f"'{name}' is {why} (gazetteer)")


def is_gazetteer(entry: Entry) -> bool:
    return entry.origin == ORIGIN
