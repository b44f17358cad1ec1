"""Who the source and target of an event are: from the words the coder picked to resolved actors.

The coder decides *which words* fill the source and target roles (frames, governance); this module
turns those words into :class:`~tidings.model.Actor` records using the resolver's mentions, and
pairs sources with targets.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tidings.actors.lexicon import region_codes
from tidings.actors.resolver import Mentions
from tidings.events.aims import AIM_VERBS
from tidings.events.govern import doers
from tidings.events.patterns import word_class
from tidings.model import Actor
from tidings.nlp import syntax

# verbs of holding people captive: their agent is the captor, never the people held
CAPTIVITY = word_class("@captivity")
CAPTIVES = word_class("@persons") | word_class("@multitudes") | {"dozen", "people", "person"}

# nouns that name a relation to their possessor, never the possessor itself: "its partners" are
# not "it"
RELATIONAL = word_class("@relational")
PLATFORMS = word_class("@platforms")  # social networks: "said *on Telegram*" names the medium, no party
# phrases inside a non-actor noun that name whose it is: "calls *by Belarus's rulers*",
# "an appeal *from President Gbagbo*", "positions *of the Palestinian forces*"
AUTHOR_PREPS = ("of", "by", "from", "with", "for")
MODIFIERS = frozenset({"amod", "compound", "nmod", "npadvmod"})
ASKING_NOUNS = word_class("@asking_nouns")
# places and targets that stand for the people where they are: "struck targets *in Gaza*"
PLACES = word_class("@place_nouns")
PLACE_PREPS = ("in", "near", "inside", "across")
# where an act of force happened, when it names no target: "launched an offensive *in eastern
# Ukraine*", "staged drills *around Taiwan*" — the place stands for its country
WHERE_PREPS = frozenset({"in", "near", "inside", "across", "around", "throughout", "along", "off",
                         "over", "on", "into", "at"})
# where the people an act is for or about are: "aid for flood victims *in Pakistan*"
INSIDE_PREPS = frozenset({"in", "inside", "across", "throughout"})
# participles of who holds a place ("*rebel-held* districts", "*army-controlled* towns")
HOLDING = frozenset({"hold", "control", "occupy", "run"})
# people named only by where they are: "killed 20 people *in Gaza*" are civilians of that place
CIVILIANS = word_class("@civilians")
# what an inquiry looks into, which is where it happened: "into war crimes *in Ukraine*"
SITUATIONS = word_class("@situations")

Found = list[tuple[Actor, Token]]
# verbs that lay a measure on someone: a measure "imposed on X" is X's to bear
IMPOSING = word_class("@imposing")
# what is fired or launched: its firer owns it ("the drones Russia launched")
PROJECTILES = word_class("@weapons") | {"drone", "uav", "projectile", "warhead"}
# the two words of a reciprocal pronoun, head first, as the parser joins them: "each other",
# "one another" (either word may head)
RECIPROCAL = {"other": "each", "another": "one", "one": "another"}
# words for a frontier: its "with" phrase names the country on the other side
BORDER_WORDS = word_class("@border")


# sectors of a side of their own in a conflict: not given the nationality of what they are listed with
SIDES = frozenset({"REB", "INS", "OPP", "SEP", "RAD", "UAF", "CRM"})
# nouns of a harmful act whose noun modifier is its doer and whose "of" phrase its victim ("the *police*
# shooting *of* two protesters")
HARMS = word_class("@attack") | word_class("@harming")


def actors_at(tokens: list[Token], mentions: Mentions, _seen: frozenset[int] = frozenset()) -> Found:
    """The actors the words name, coordinated words expanded, each actor once."""
    out: Found = []
    inner: set[int] = set()  # ids of actors found only inside a phrase that names none itself
    for tok in tokens:
        if tok.i in _seen:
            continue  # ("peacekeepers and *their* weapons": their owner's phrase holds them again)
        seen = _seen | {tok.i}
        first: Actor | None = None
        for t in _expand(tok, mentions):
            across = [o for _, o in syntax.prep_objects(t, {"with"})] \
                if t.lemma_.lower() in BORDER_WORDS else []
            if across and (neighbours := actors_at(across, mentions, seen)):
                # "troops to its border with China": the neighbour, not the border's owner
                out.extend(n for n in neighbours if all(n[0].start != a.start for a, _ in out))
                continue
            actor = mentions.at(t)
            if actor is not None and t.lower_ in PLATFORMS and t.head.lower_ in {"on", "via"}:
                continue  # "claimed responsibility *on Twitter*": where it was said, no party
            if actor is None:
                owners = [c for c in t.children if c.dep_ == "poss" and c.pos_ == "PRON" and
                          c.i in mentions.refers]
                if owners and t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() not in RELATIONAL:
                    # "their countries": theirs
                    for a, at in actors_at(owners, mentions, seen):
                        if all(a.start != b.start for b, _ in out):
                            out.append((a, at))
                    continue
                actor = inner_actor(t, mentions)
                if actor is not None and t.pos_ == "PROPN":  # (a capitalised title, not "the rebel faction")
                    inner.add(id(actor))
                # "a proposal by Britain, France and Germany": all three
                others = _inner_conjuncts(t, actor, mentions) if actor is not None else []
            else:
                others = []
            if actor is not None:
                actor = _shared_role(t, actor, mentions)
                if (actor.guessed or not actor.country and actor.kind != "organisation") and \
                        first is not None and first.country \
                        and t.dep_ == "conj" \
                        and (actor.sectors == first.sectors or not set(actor.sectors) & SIDES):
                    # "Israeli helicopters and tanks", "Soviet diplomats, journalists and trade
                    # officials": the rest are Israeli or Soviet too, not the article's main
                    # country's ("Ethiopian troops and Islamist insurgents" are two sides)
                    actor = replace(actor, code=first.country + "".join(actor.sectors),
                                    country=first.country, guessed=False, how="conjunct",
                                    detail=f"'{t.text}' shares the nationality of '{tok.text}'")
                elif first is None and not actor.guessed:
                    first = actor
            for found in ([(actor, t)] if actor is not None else []) + others:
                if all(a.start != found[0].start for a, _ in out):
                    out.append(found)
            # "US and British warplanes": the resolver lists the second nationality with the first
            for i in mentions.coordinated_with.get(t.i, []):
                other = mentions.by_head.get(i)  # (by its span: "*Lebanese* and Israeli armies"
                # starts where the phrase it is coordinated in does)
                if other is not None and all((a.start, a.end) != (other.start, other.end) for a, _ in out):
                    out.append((other, t.doc[i]))
    # "*Chinese* State Councilor and Foreign Minister Wang Yi": the country read inside a title is
    # the person coordinated with it, not a party of its own
    named = {a.country for a, _ in out if a.sectors and id(a) not in inner}
    return [(a, t) for a, t in out if not (id(a) in inner and not a.sectors and a.country in named)]


def _inner_conjuncts(tok: Token, actor: Actor, mentions: Mentions) -> Found:
    """The actors coordinated with the one found inside ``tok``'s phrase, after it."""
    holder = next((w for w in tok.subtree if mentions.at(w) is actor), None)
    if holder is None:
        return []
    # "a proposal put forward by Egyptian and Qatari mediators": the second nationality too
    others = [c for c in holder.conjuncts if c.i > holder.i]
    others += [tok.doc[i] for i in mentions.coordinated_with.get(holder.i, [])]
    # "the heads of the security services of Kyrgyzstan and Tajikistan": Tajikistan's service too
    others += [c for c in _with_modifier_conjuncts(holder, mentions) if c.i > holder.i and c not in others]
    return [(_shared_role(c, a, mentions), c) for c in others
            if (a := mentions.at(c) or _covering(c, mentions)) is not None and a.start != actor.start]


def _covering(tok: Token, mentions: Mentions) -> Actor | None:
    """The actor whose words hold ``tok`` though another word heads it: "Jordanian and *Egyptian*
    military aircraft", where the resolver read "Egyptian military" as one name."""
    return next((a for a in mentions.by_head.values() if a.start <= tok.idx < a.end), None)


def _shared_role(tok: Token, actor: Actor, mentions: Mentions) -> Actor:
    """"the foreign ministers of Rwanda and Congo": Congo's minister holds the same office
    (CODGOV), though the words name only the country."""
    if actor.sectors or not actor.country or tok.dep_ != "conj":
        return actor
    first = tok.head
    while first.dep_ == "conj":
        first = first.head
    holder = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "of" else None
    office = mentions.at(holder) if holder is not None and holder.tag_ in {"NNS", "NNPS"} else None
    if office is None or not office.sectors or office.country == actor.country:
        return actor
    return replace(actor, code=actor.country + "".join(office.sectors), sectors=office.sectors,
                   detail=f"{actor.detail}; shares the office of '{office.text}'".lstrip("; "))


def inner_actor(tok: Token, mentions: Mentions, depth: int = 0) -> Actor | None:
    """The actor inside a noun phrase that is not itself an actor.

    "members of the opposition" → the opposition; "an Indian proposal" → India; "Haiti's efforts"
    → Haiti; "calls by Belarus's rulers" → Belarus's rulers. The owner or author of a thing stands
    for it as a party to the event; the noun phrase's own head wins when it is an actor.
    """
    if depth > 1:
        return None
    if tok.pos_ == "NUM" or tok.tag_ == "JJS" and tok.lower_ == "most":
        # "struck *three of* the country's sites", "captured *most of* Goma": the whole's
        return next(filter(None, (mentions.at(o) or inner_actor(o, mentions, depth + 1)
                                  for _, o in syntax.prep_objects(tok, {"of"}))), None)
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    relational = tok.lemma_.lower() in RELATIONAL  # "his Russian counterpart": Russian, not his
    for child in tok.children:
        if child.dep_ == "appos" and mentions.at(child) is not None:
            return mentions.at(child)  # "his counterpart, Sergei Lavrov"
        if child.dep_ in {"acl", "relcl"} and child.lemma_.lower() in IMPOSING:
            # "the sanctions (that Washington) imposed *on India and Pakistan*": whom they bind
            for _, bound in syntax.prep_objects(child, {"on", "against"}):
                if mentions.at(bound) is not None:
                    return mentions.at(bound)
        if child.dep_ == "relcl" and tok.lemma_.lower() in PROJECTILES:
            # "the missiles *that Russia fired* at Kyiv", "the drones *Russia launched*": the firer's
            subject = syntax.subject_of(child)
            if subject is not None and mentions.at(subject) is not None and subject.pos_ != "PRON":
                return mentions.at(subject)
        if child.dep_ == "acl" and child.lemma_.lower() == "belong":  # "a ship *belonging to* Israel"
            for _, owner in syntax.prep_objects(child, {"to"}):
                if mentions.at(owner) is not None:
                    return mentions.at(owner)
        if child.dep_ == "acl" and child.tag_ == "VBN" and not (
                child.lemma_.lower() in CAPTIVITY and tok.lemma_.lower() in CAPTIVES):
            # "crimes committed *by Croat forces*" (but "dozens of Palestinians *held by Israel*" are
            # the captives, not their captor)
            agent = syntax.agent_of(child)
            if agent is not None and mentions.at(agent) is not None:
                return mentions.at(agent)
            for _, origin in syntax.prep_objects(child, {"from"}):  # "rockets fired *from Gaza*"
                if mentions.at(origin) is not None and mentions.at(origin).kind == "country":
                    return mentions.at(origin)
        if child.dep_ == "poss" and not relational:
            found = mentions.at(child)
            if found is not None and child.pos_ != "PRON" and not (
                    found.code in region_codes() and not found.sectors):
                return found  # (a region's: "Europe's largest plant" is not Europe's)
    for child in tok.lefts:  # "*rebel-held* districts of Aleppo": the holders, before the place
        if child.dep_ == "amod" and child.tag_ == "VBN" and child.lemma_.lower() in HOLDING:
            found = next(filter(None, (mentions.at(g) for g in child.lefts)), None)
            if found is not None and set(found.sectors) & SIDES:
                return found
    if tok.lemma_.lower() in HARMS and any(syntax.prep_objects(tok, {"of"})):  # "the *police* shooting
        # of two protesters": the police's, not the victims' (who are the "of" phrase)
        found = next(filter(None, (mentions.at(c) for c in tok.lefts if c.dep_ == "compound")), None)
        if found is not None and found.sectors:
            return found
    for prep in AUTHOR_PREPS:
        if prep == "for" and tok.lemma_.lower() in ASKING_NOUNS:
            continue  # "opposition calls *for his resignation*": what is asked, not who asks
        for _, obj in syntax.prep_objects(tok, {prep}):
            found = mentions.at(obj) or inner_actor(obj, mentions, depth + 1)
            if found is not None:
                return found
    for child in tok.lefts:
        if child.dep_ in MODIFIERS:
            found = mentions.at(child) or (inner_actor(child, mentions, depth + 1)
                                           if child.dep_ == "compound" else None)
            if found is None and child.dep_ == "amod":  # "a *British*-flagged tanker"
                found = next(filter(None, (mentions.at(g) for g in child.lefts)), None)
            if found is not None and _region_in_name(found, child, tok):
                continue  # "the Europe Bridge", "the Asia Cup": a region in a name owns nothing
            if found is not None:
                return found  # "Israeli army bulldozers": the army's
            country = mentions.countries.get(child.i)
            if country is not None and child.pos_ in {"ADJ", "PROPN"}:
                code, why = country
                return Actor(child.text, child.idx, child.idx + len(child.text), code, code, (),
                             None, "lexicon", f"'{child.text}' qualifies '{tok.text}': {why}",
                             kind="country")
    lemma = tok.lemma_.lower()
    looked_into = lemma in SITUATIONS and tok.dep_ == "pobj" and tok.head.lower_ == "into"
    if lemma in PLACES or lemma in CIVILIANS or looked_into:  # last: "rebel positions in Iraq" are the
        # rebels' if known; "an inquiry into the situation in Ukraine" is into Ukraine's
        for _, obj in syntax.prep_objects(tok, set(PLACE_PREPS)):
            found = mentions.at(obj) or inner_actor(obj, mentions, depth + 1)
            if found is not None:
                if lemma in CIVILIANS and found.country and not found.sectors and found.kind == "country":
                    found = replace(found, code=f"{found.country}CVL", sectors=("CVL",),
                                    detail=f"'{tok.text}' in {found.text}: its civilians")
                return found
    return None


def _region_in_name(found: Actor, modifier: Token, head: Token) -> bool:
    return found.code in region_codes() and not found.sectors and modifier.dep_ == "compound" and \
        head.pos_ == "PROPN"


def aim_targets(host: Token) -> list[Token]:
    """Whom an act is aimed at, read off its purpose clause: "staged protests *to demand reforms
    by Suharto's government*" → the government; "struck to press their demands *on* X" → X."""
    for child in host.children:
        if child.dep_ == "advcl" and child.pos_ == "VERB" and (
                syntax.to_infinitive(child) or
                child.tag_ == "VBG" and child.lemma_.lower() in AIM_VERBS):  # (not "*shutting* banks")
            out = [c for c in child.children if c.dep_ in syntax.OBJECTS or c.dep_ == "dative"]
            out += [o for _, o in syntax.prep_objects(child, {"from", "on", "of"})]
            # "marched *demanding that President Milosevic* recognise ...": the one asked
            out += [s for c in child.children if c.dep_ == "ccomp" and (s := syntax.subject_of(c)) is not None]
            if out:
                return out
    return []


def _expand(tok: Token, mentions: Mentions) -> list[Token]:
    ref = mentions.refers.get(tok.i)
    if ref is not None and tok.lower_ in {"they", "them", "their"}:
        antecedent = tok.doc[ref]
        if len(_with_modifier_conjuncts(antecedent, mentions)) > 1:
            return _with_modifier_conjuncts(antecedent, mentions)
    return _with_modifier_conjuncts(tok, mentions)


def _with_modifier_conjuncts(tok: Token, mentions: Mentions) -> list[Token]:
    """Coordinated words, including coordinated modifiers that the resolver coded on their own:
    "Chilean and Peruvian officials" → officials (Chile) and Peruvian (Peru)."""
    out = syntax.with_conjuncts(tok)
    for t in list(out):
        for appos in (c for c in t.children if c.dep_ == "appos"):
            # "President *Trump and* North Korean leader *Kim* held talks": the parser coordinates
            # inside the apposition
            out += [c for c in appos.conjuncts if mentions.at(c) is not None and c not in out]
            a, b = mentions.at(t), mentions.at(appos)
            if a is not None and b is not None and a.kind == b.kind == "country" and \
                    a.country != b.country and appos not in out:
                out.append(appos)  # "Saudi Arabia, *the United Arab Emirates*, Bahrain and
                # Egypt": two countries are a list, not one named twice
        for mod in t.lefts:
            if mod.dep_ in {"amod", "compound"}:
                out += [c for c in mod.conjuncts if mentions.at(c) is not None and c not in out]
        if t.tag_ in {"NNS", "NNPS"} and mentions.at(t) is not None:
            # "the foreign ministers of Rwanda and Congo": one minister for each country
            for _, owner in syntax.prep_objects(t, {"of"}):
                if owner.tag_ in {"NNS", "NNPS"} and not owner.conjuncts:
                    # "the heads of the security services of Kyrgyzstan and Tajikistan": the
                    # owners are the countries of the inner plural
                    owner = next((o for _, o in syntax.prep_objects(owner, {"of"})), owner)
                out += [c for c in owner.conjuncts if mentions.at(c) is not None and c not in out]
    return out


# auxiliaries of a plan a government's spokesmen announce ("will withdraw", "to pull out")
ANNOUNCED = frozenset({"will", "would", "'ll", "shall", "to"})


def state_in_own_voice(host: Token, actors: Found, mentions: Mentions) -> Found:
    """"Xi said China is willing to ...": a country in its own official's reported speech
    speaks as its government (CHNGOV), not as the country at large."""
    speech = syntax.speech_head(host)
    if speech is None or not actors or speech.i > host.i and not any(
            c.dep_ == "aux" and c.lower_ in ANNOUNCED for c in host.children):
        return actors  # (not "India suspended aid to Nepal, *officials said*": the news, attributed;
        # but "Vietnam *will* withdraw its troops, the foreign ministry said": its government's plan)
    speakers = actors_at(doers(speech), mentions)
    if not speakers:
        return actors
    sp = speakers[0][0]
    if "GOV" not in sp.sectors or not sp.country:
        return actors
    out = []
    for a, tok in actors:
        if a.kind == "country" and not a.sectors and a.country == sp.country:
            a = replace(a, code=f"{a.country}GOV", sectors=("GOV",), how="speech",
                        detail=f"'{a.text}' in the reported speech of its official "
                               f"'{sp.text}' ({sp.code}) stands for its government")
        out.append((a, tok))
    return out


def implied(noun: Token, sector: str | None, mentions: Mentions) -> Found:
    """The actor an event noun implies: "Kazakh protests" → Kazakh protesters (KAZCVL)."""
    country, how, guessed = None, "", False
    for tok in list(noun.lefts) + [o for p, o in syntax.prep_objects(noun, {"in", "across"})]:
        found = mentions.countries.get(tok.i)
        if found:
            country, how = found
            break
    if country is None and mentions.main_country:
        country, how, guessed = mentions.main_country, "the article's main country (guess)", True
    if country is None and sector is None:
        return []
    sectors = (sector,) if sector else ()
    actor = Actor(noun.text, noun.idx, noun.idx + len(noun.text), (country or "---") + (sector or ""),
                  country, sectors, None, "context" if guessed else "implied",
                  f"implied by '{noun.text}'" + (f"; country from {how}" if how else ""),
                  guessed=guessed)
    return [(actor, noun)]


def names_each_other(host: Token) -> bool:
    """True when the clause of ``host`` says its parties act on one another: "India and Pakistan
    accused *each other*", "blamed *one another*", "reopen embassies in *each other's* capitals"."""
    for tok in host.subtree:
        pair = RECIPROCAL.get(tok.lower_)
        if pair is None or not any(c.lower_ == pair for c in tok.children):
            continue
        clause = tok.head
        while clause.pos_ != "VERB" and clause.head.i != clause.i:
            clause = clause.head
        if clause.i == host.i:
            return True
    return False


def pairs(sources: Found, targets: Found, reciprocal: bool, both_ways: bool = True):
    """(source, target, reversed) for every event to emit.

    A reciprocal event ("A met B") is also B→A when ``both_ways``; parties coordinated as sources
    with no target ("A and B met") pair up with each other. An intent, appeal or refusal is one
    party's, so the coder passes ``both_ways=False`` for those.
    """
    src = [a for a, _ in sources] or [None]
    tgt = [a for a, _ in targets] or [None]
    out = []
    if reciprocal and tgt == [None] and len(src) > 1:
        side = _sides(sources)
        return [(a, b, False) for a in src for b in src
                if a is not b and a.code != b.code and side[id(a)] != side[id(b)]]
    for s in src:
        for t in tgt:
            if s is not None and t is not None and s.start == t.start:
                continue
            if reciprocal and s is not None and t is not None and s.code == t.code:
                continue  # "Chinese forces held joint drills with Chinese units": no other party
            out.append((s, t, False))
            if reciprocal and both_ways and s is not None and t is not None:
                out.append((t, s, True))
    return out


def _sides(sources: Found) -> dict[int, int]:
    """id of each source actor → the side it is on. Coordinated parties are each a side of their
    own, except the names listed after a common noun that stands for them: in "Iran and six world
    powers, the United States, Russia, ...", the powers are one side, dealing with Iran, not with
    each other."""
    out = {}
    for actor, tok in sources:
        side, node = tok.i, tok
        while tok.pos_ == "PROPN" and node.dep_ in {"conj", "appos"} and node.head.i != node.i:
            node = node.head
            if node.tag_ == "NNS" and node.dep_ == "conj":
                side = node.i
                break
        out[id(actor)] = side
    return out


def noun_phrase_words(heads: list[Token]) -> list[Token]:
    """The nouns of the noun phrases headed by ``heads``, through their prepositional phrases but
    not into clauses: "funding for projects in Afghanistan" → funding, projects, Afghanistan."""
    out: list[Token] = []
    todo = list(heads)
    while todo:
        tok = todo.pop(0)
        if tok in out:
            continue
        out.append(tok)
        for child in tok.children:
            if child.dep_ == "prep":
                todo.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def place_targets(words: list[Token], sources: Found, mentions: Mentions,
                  preps: frozenset[str] = WHERE_PREPS) -> Found:
    """The actors named where an act happened ("in Gaza", "around Taiwan"), for an act of force
    that names no target: the place stands for the country or group that holds it. The source's
    own mention is never its target."""
    taken = {a.start for a, _ in sources}
    own = {a.code for a, _ in sources}
    for word in words:
        for _, obj in syntax.prep_objects(word, preps):
            # "off its east coast": a place of the source's own, named by a pronoun, is not a target
            found = [(a, t) for a, t in actors_at([obj], mentions)
                     if a.start not in taken and a.kind != "person"
                     and not (t.pos_ == "PRON" and a.code in own)]
            if found:
                return found
    return []
