"""Where an actor's country comes from when its own words do not name one.

"Protesters", "the government", "troops" name a kind of actor but no country. The country then
comes from the text around the mention, nearest evidence first, and the actor is flagged
``guessed`` with the evidence in its explanation:

1. a place named as a location in the same sentence ("... clashed with protesters in Almaty"),
   but not yet the venue of a signing, a meeting or talks ("signed an agreement in Barbados"),
   which comes last, after the article's main country;
2. a place named as a location in the sentence before ("Riots broke out in Almaty. Police ...");
3. the article's main country: the country it names more often than any other (not a region
   such as "Europe"), a known person or group of a country counting half; on a tie there is
   none, and the actor keeps "---". For a titled person, and
   for a group that is its clause's subject, a country the same sentence names as another
   argument is not counted ("President Ndaye threatened action against Russia" is no Russian):
   see :func:`context_country`.

A place the lexicon does not know as a country ("Almaty", "Sydney") is turned into one with the
``place_country`` lookup the pipeline passes in (the places stage's gazetteer), so this module
never imports the places stage.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Iterable

from spacy.tokens import Token

from tidings.nlp.syntax import clause_verb

if TYPE_CHECKING:
    from tidings.actors.state import DocState, Match

# prepositions that make their object the location of a clause or noun
LOCATIVE_PREPS = frozenset({"in", "across", "throughout", "inside", "within", "at", "through", "near",
                            "outside", "around", "off"})
# prepositions of a destination: a place named inside one ("flew him *into exile in Costa Rica*")
# is where someone went, not where the sentence happens ("to" is not: "set fire *to* shops in
# Athens")
DESTINATION_PREPS = frozenset({"into"})
COUNTRY_KINDS = frozenset({"country", "seat", "demonym"})
# verbs of meeting and dealing: where they happen is a venue, often a third country's
VENUE_VERBS = frozenset({"sign", "ink", "meet", "hold", "negotiate", "talk", "conclude", "initial", "resume"})
VENUE_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "summit", "meeting", "conference"})
# a known person or group of one country ("P. W. Botha", "the ANC") is weaker evidence of what the
# article is about than the country's own name: it breaks a tie, and stands where no country is
# named ("Botha imposed a state of emergency, and police detained activists")
NATIONAL_KINDS = frozenset({"person", "group"})
NATIONAL_WEIGHT = 0.5
# nouns that name a place by its relation to a country ("the Kazakh capital", "the east of ...")
PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "region", "province", "district",
                         "north", "south", "east", "west", "northeast", "northwest", "southeast",
                         "southwest", "border", "countryside", "territory", "streets", "street"})
# parts of a city or a country: their of-phrase names the place ("the Wharf Jeremie *area of*
# Port-au-Prince", "the *outskirts of* Kyiv"), and a seat of government there is a place, not its rulers
PLACE_PARTS = frozenset({"area", "district", "outskirts", "outskirt", "suburb", "suburbs", "centre", "center",
                         "neighbourhood", "neighborhood", "heart", "quarter", "slum", "township", "edge"})
PLACE_WORDS = PLACE_NOUNS | PLACE_PARTS
# words that end a natural feature's name: alone they name no place ("Rennell *Island*")
FEATURE_WORDS = frozenset({"island", "islands", "isle", "atoll", "river", "lake", "bay", "gulf", "sea",
                           "strait", "coast", "peninsula", "valley", "mountain", "mountains", "hills",
                           "highlands", "plateau", "desert", "creek", "reef", "point", "cape"})
# places a town's name before them locates ("at *Kabul* airport", "in a *Baghdad* market"); an
# adjective does not ("a *Russian* air base" may stand in Syria)
FACILITY_NOUNS = frozenset({"airport", "market", "marketplace", "port", "harbour", "harbor", "square",
                            "station", "camp", "hospital", "stadium"})
# "ALMATY, Jan 5 (Reuters) -", "KABUL (AP) —": a capitalised place, then a date or an agency and a dash
_DATELINE = re.compile(r"\s*([A-Z][A-Za-z.'\- ]{1,40}?)\s*(?:,[^\n]{0,40}?)?\s*(?:\([A-Za-z. ]{2,30}\))?"
                       r"\s*(?:-|--|—|–)\s")
# "NEW YORKVanuatu's envoy ...", repaired to "NEW YORK Vanuatu's": a dateline in capitals that lost its
# dash when the page was scraped; it counts only when its words name a known town, not a country
# ("U.S. Trade Representative", "CHINA ..."), as resolver.py checks
_BARE_DATELINE = re.compile(r"\s*([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,3})\s*"
                            r"(?:\([A-Za-z. ]{2,30}\))?\s*(?=[A-Z][a-z])")
# "Mali: ...", "South Sudan: ...": a place label before a headline or lead (kept only when it names a country)
_PLACE_LABEL = re.compile(r"\s*([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):\s")
# a dateline names where the story was filed: as good as this many mentions of the country
DATELINE_WEIGHT = 2
# how many sentences back a location still counts as "where this happens"
LOCATION_REACH = 1



def place_label(text: str) -> str | None:
    """The words of a label opening ``text`` ("Mali: the junta expelled ..." → "Mali"), which name
    where the story is when they name a country; None when there is no label."""
    label = _PLACE_LABEL.match(text)
    return label.group(1) if label else None


def bare_dateline_place(text: str) -> tuple[str, int] | None:
    """The place of a dateline in capitals with no dash after it ("NEW YORK Vanuatu's envoy ..." →
    ("NEW YORK", 9)), or None; the caller keeps it only when the place is known."""
    found = _BARE_DATELINE.match(text)
    if not found or len(found.group(1).replace(" ", "")) < 4:
        return None
    return found.group(1), found.end()


def dateline_place(text: str) -> tuple[str, int] | None:
    """The place of a wire dateline opening ``text`` and where the dateline ends ("ALMATY, Jan 5
    (Reuters) - ..." → ("ALMATY", 26)), or None."""
    found = _DATELINE.match(text)
    if not found:
        return None
    place = found.group(1).strip()
    # "Protests spread - wide": a dateline's place is in capitals or followed by a date or agency
    if not place.isupper() and not re.search(r"[,(]", found.group(0)):
        return None
    return place, found.end()


def main_country(matches: Iterable["Match"], regions: frozenset[str],
                 dateline: str | None = None) -> str | None:
    """The country the article is mostly about: the one named more often than any other; None on
    a tie ("Bush left for Beijing to talk about Myanmar" is about no one country). A dateline's
    country counts DATELINE_WEIGHT times, a known person or group of one country NATIONAL_WEIGHT.
    Regions (AFR, EUR, MEA, WST ...) never are: an article
    is about a country in a region."""
    counts: Counter[str] = Counter()
    if dateline:
        counts[dateline] += DATELINE_WEIGHT
    for m in matches:
        e = m.first(COUNTRY_KINDS)
        if e is not None and e.country and e.country not in regions:
            counts[e.country] += 1
            continue
        e = m.first(NATIONAL_KINDS)
        if e is not None and e.country and e.country not in regions and e.code.startswith(e.country):
            counts[e.country] += NATIONAL_WEIGHT  # (not a UN Secretary-General's nationality)
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def country_of_tokens(tokens: Iterable[Token], st: "DocState") -> tuple[str, str] | None:
    """(country, why) named by some of ``tokens``: a lexicon country, demonym or seat first, else a
    run of proper nouns the gazetteer places in one country ("Sydney" → AUS)."""
    tokens = list(tokens)
    for tok in tokens:
        m = st.by_token.get(tok.i)
        if m is not None:
            place = m.first(COUNTRY_KINDS)
            if place is not None and place.country:
                return place.country, f"'{place.phrase}' ({place.kind})"
    if st.place_country is None:
        return None
    for run in _proper_runs(tokens, st):
        # the whole run first ("Hong Kong"), then its last word ("... Technology Sydney")
        for words in (" ".join(t.text for t in run), run[-1].text):
            if words == run[-1].text and len(run) > 1 and words.lower() in FEATURE_WORDS:
                continue  # "Rennell *Island*": the kind of place, not Iceland's "Ísland"
            country = st.place_country(words)
            if country:
                return country, f"'{words}' is a place in {country} (gazetteer)"
    return None


def _proper_runs(tokens: list[Token], st: "DocState") -> list[list[Token]]:
    runs: list[list[Token]] = []
    for tok in tokens:
        m = st.by_token.get(tok.i)
        free = m is None or all(e.kind == "agent" for e in m.entries)
        if tok.pos_ == "PROPN" and free and tok.text[:1].isupper():
            if runs and runs[-1][-1].i == tok.i - 1:
                runs[-1].append(tok)
            else:
                runs.append([tok])
    return runs


def locatives(sent_start: int, st: "DocState", venues: bool = False) -> list[tuple[int, str, str]]:
    """(token, country, words) for each place named as a location in the sentence starting at
    ``sent_start`` ("in Kazakhstan", "across Almaty"), cached per sentence; with ``venues``, only the
    places where a signing, a meeting or talks were held ("signed an agreement *in Barbados*"),
    else only the others."""
    found = st.locatives.get(sent_start)
    if found is None:
        found = st.locatives[sent_start] = _locatives(sent_start, st)
    return [(i, country, words) for i, country, words, venue in found if venue == venues]


def _locatives(sent_start: int, st: "DocState") -> list[tuple[int, str, str, bool]]:
    found = []
    sent = st.doc[sent_start].sent
    for tok in sent:
        if tok.dep_ != "pobj" or tok.head.lower_ not in LOCATIVE_PREPS:
            continue
        holder = tok.head.head
        if holder.dep_ == "pobj" and holder.head.lower_ in DESTINATION_PREPS:
            continue
        verb = holder.head if holder.dep_ in {"dobj", "obj"} else holder
        venue = verb.pos_ == "VERB" and verb.lemma_.lower() in VENUE_VERBS or holder.lemma_.lower() in VENUE_NOUNS
        # ("the government and the opposition signed an agreement *in Barbados*", "talks *in Geneva*":
        # a venue, where parties from elsewhere often meet)
        got = _place_country(tok, st)
        if got is not None:
            found.append((tok.i, got[0], f"{tok.head.lower_} {tok.text}", venue))
    return found


def _place_country(tok: Token, st: "DocState") -> tuple[str, str] | None:
    """The country of a place named by the noun ``tok`` ("Almaty", "the Kazakh capital", "the
    east of the Gaza Strip"), or None when ``tok`` is not a place ("Israeli tank shelling")."""
    m = st.by_token.get(tok.i)
    if m is not None:
        if any(e.kind in {"person", "group", "igo", "org"} for e in m.entries):
            return None  # "at the UN" is an actor, not a place
        place = m.first(frozenset({"country", "seat"}))
        if place is not None and place.country:
            return place.country, f"'{place.phrase}' ({place.kind})"
    if tok.pos_ == "PROPN":
        if any(c.dep_ == "poss" and c.lemma_.lower() in PLACE_NOUNS for c in tok.children):
            return None  # "the capital's Chinatown": a quarter of a place told, not its namesakes
        name = st.doc[min(t.i for t in tok.subtree if t.i <= tok.i and t.pos_ == "PROPN"):tok.i + 1]
        return country_of_tokens(name, st)
    if tok.lemma_.lower() in PLACE_WORDS:
        # "the Kazakh capital", "the east of the Gaza Strip"
        near = [t for t in tok.lefts] + [o for o in tok.rights if o.dep_ == "prep" and o.lower_ == "of"
                                           for o in o.children if o.dep_ == "pobj"]
        for t in near:
            got = country_of_tokens([t], st) if t.dep_ != "pobj" else _place_country(t, st)
            if got is not None:
                return got
    if tok.lemma_.lower() in FACILITY_NOUNS:
        for t in tok.lefts:
            if t.dep_ == "compound" and t.pos_ == "PROPN":
                got = country_of_tokens([t], st)
                if got is not None:
                    return got
    return None


def place_country(head: Token, st: "DocState", venues: bool = False) -> tuple[str, str] | None:
    """(country, why) of the nearest place named in ``head``'s sentence, else in the sentences
    just before it; None when none is. With ``venues``, of the venues of meetings only."""
    sent = head.sent
    here = locatives(sent.start, st, venues)
    if here:
        i, country, words = min(here, key=lambda x: abs(x[0] - head.i))
        return country, f"'{words}' in the same sentence (guess)"
    start = sent.start
    for _ in range(LOCATION_REACH):
        if start == 0:
            break
        prev = st.doc[start - 1].sent
        before = locatives(prev.start, st, venues)
        if before:
            i, country, words = before[-1]
            return country, f"'{words}' in the sentence before (guess)"
        start = prev.start
    return None


def context_country(head: Token, st: "DocState", person: bool = False) -> tuple[str, str] | None:
    """(country, why) for an actor whose own words name none; None when nothing is known.

    A ``person`` (a titled name: "President Ndaye") is not of a country the sentence names as an
    argument of its own ("President Ndaye threatened action against Russia"): leaders act on other
    countries far more often than they are named beside their own. The same holds for a group
    that is the subject of its clause and a country named after it ("Troops entered Lebanon"),
    though not a town ("Rebels seized the town of Goma" are Congo's).
    A country that is the subject of the actor's reported words still counts ("Minister Ndaye
    said *Kenya* is committed": a speaker talks mostly about their own country), and so does a
    country modifying another word ("Kenyan police said President Ndaye ...")."""
    found = place_country(head, st)
    if found is not None:
        return found
    main = st.main_country
    if person or head.dep_ in {"nsubj", "nsubjpass"}:
        others = _argument_countries(head, st, after=None if person else head.i, towns=person)
        if others:
            kept = [m for m in st.matches if id(m) not in others]
            main = main_country(kept, st.regions, st.dateline_country)
    if main:
        return main, "the article's main country (guess)"
    return place_country(head, st, venues=True)  # ("held talks in Kathmandu": a venue is most often at home)


def government_partner(head: Token, st: "DocState") -> tuple[str, str] | None:
    """(country, why) from a government joined to ``head`` by "and": "*Sudan's government* and
    the main Darfur rebel faction signed a peace agreement in Abuja", "*Yemeni President Saleh* and
    opposition leaders signed a deal in Riyadh" — the other party of a government's deal is of the
    government's country, not of the town where they sign. Troops are not enough ("Ethiopian troops
    and Islamist insurgents clashed": foreign forces fight), nor is a guessed country."""
    for other in head.conjuncts:
        actor = st.resolve_at(other)
        if actor is not None and "GOV" in actor.sectors and not actor.guessed and \
                actor.country and actor.country.isalpha() and actor.kind != "country":
            return actor.country, f"'{actor.text}' beside it ({actor.code})"
    return None


# the sides that fight or oppose their own country's government
OWN_SIDES = frozenset({"REB", "SEP", "INS", "OPP"})


def rebels_government(head: Token, st: "DocState") -> tuple[str, str] | None:
    """(country, why) for a bare "government" an insurgent or opposition subject of the same clause
    deals with: "the NDF said it would resume talks *with the government* in Oslo" — the rebels'
    own government, not the host of the talks; so is one named with the rebels ("*Government* and
    Moro Islamic Liberation Front negotiators signed ... in Kuala Lumpur"). Only a side whose country
    is not guessed."""
    if head.lemma_.lower() != "government":
        return None
    subj = next((c for c in clause_verb(head).children if c.dep_ == "nsubj"), None)
    sides = [t for t in [subj, *head.conjuncts] if t is not None and t.i != head.i]
    for side in sides:
        actor = st.resolve_at(side)
        if actor is not None and not actor.guessed and actor.country and set(actor.sectors) & OWN_SIDES:
            return actor.country, f"the government '{actor.text}' opposes ({actor.code})"
    return None


# dependencies of a country that modifies another word rather than being an argument itself
MODIFYING = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})


def _reported(tok: Token, clause: Token) -> bool:
    """True when ``tok`` is the subject of words reported by the verb ``clause`` ("said *Kenya*
    is committed")."""
    own = clause_verb(tok)
    return tok.dep_ in {"nsubj", "nsubjpass"} and own.dep_ == "ccomp" and own.head.i == clause.i


def _argument_countries(actor: Token, st: "DocState", after: int | None, towns: bool) -> set[int]:
    """ids of the matches in the sentence of ``actor`` that name a country standing as an argument
    of its own ("against *Russia*"), not modifying another word ("*Kenyan* police") nor the
    subject of the words ``actor`` reports; only those after token ``after`` when given. A town
    (a gazetteer place) counts only when ``towns``: rebels who seize a town mostly seize one of
    their own country's, while a leader named with another country's town is mostly its visitor."""
    out: set[int] = set()
    sent, clause = actor.sent, clause_verb(actor)
    for m in st.matches:
        if not (sent.start <= m.start < sent.end) or (after is not None and m.start <= after):
            continue
        e = m.first(COUNTRY_KINDS)
        if e is None or not e.country or (not towns and e.origin == "gazetteer"):
            continue
        heads = [t for t in st.doc[m.start:m.end] if not (m.start <= t.head.i < m.end) or t.head.i == t.i]
        if heads and heads[0].dep_ not in MODIFYING and not _reported(heads[0], clause):
            out.add(id(m))
    return out
