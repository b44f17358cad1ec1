"""In-document coreference: later mentions of a person, and pronouns, inherit earlier codes.

Deliberately simple and explainable: a person introduced with a title or found in the lexicon is
remembered under their full name and surname; a pronoun refers to the speaker of the reported speech
it sits in, else to the nearest earlier compatible mention.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Iterator

from spacy.tokens import Span, Token

from tidings.actors.lexicon import DATA, column, data_rows, region_codes
from tidings.model import Actor
from tidings.nlp.syntax import COLLECTIVE_NOUNS, clause_verb, prep_objects, speech_head, subject_of

if TYPE_CHECKING:
    from tidings.actors.resolver import Mentions

SINGULAR_PERSON = frozenset({"he", "she", "him", "her", "his", "hers"})
PLURAL = frozenset({"they", "them", "their"})
NEUTER = frozenset({"it", "its"})
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "appos", "conj", "ROOT", "attr"})
# prepositions whose object is the party a clause acts on ("cut ties *with* Qatar")
OBJECT_PREPS = frozenset({"with", "on", "against", "to", "from"})
# what a bare "the two" may stand for: people and bodies, not the place they met in
BARE_PAIR_KINDS = frozenset({"person", "group", "organisation"})
# verbs whose subject undergoes what a warning foretells: "warned Georgia that it could *face* sanctions"
UNDERGOING = frozenset({"face", "suffer", "risk", "pay", "bear"})
# how many sentences back a pronoun may reach for an antecedent
WINDOW_SENTENCES = 3
# plural nouns that stand for parties named elsewhere: "the two sides", "negotiators for A and B"
GROUP_NOUNS = "group_nouns.tsv"
# verbs of a crowd, whose "they" is never the forces facing it ("as they marched to parliament")
CROWD_VERBS = frozenset({"rally", "march", "protest", "demonstrate", "chant", "gather", "riot", "throng"})
FORCES = frozenset({"COP", "MIL"})
# words that take a part of a group in an "of" phrase: "detained *four of* them"
SHARES = frozenset({"some", "many", "most", "several", "all", "both", "each", "none", "dozens", "hundreds",
                    "thousands", "scores", "half", "rest"})
# events a neuter pronoun may stand for ("protests broke out, and the president ordered troops to
# suppress *it*"): not a party
UNREST = frozenset({"protest", "unrest", "riot", "uprising", "demonstration", "rebellion", "revolt",
                    "insurrection", "disturbance", "violence"})


@lru_cache(maxsize=1)
def group_nouns() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str], frozenset[str],
                           frozenset[str]]:
    """group_nouns.tsv: the pair nouns with the kinds of actor each may stand for, the nouns of
    representatives, the nouns that stand for an international body, the nouns of staff and the
    nouns of an organisation's members."""
    text = (resources.files(DATA) / GROUP_NOUNS).read_text(encoding="utf-8")
    pairs: dict[str, frozenset[str]] = {}
    representatives: set[str] = set()
    bodies: set[str] = set()
    staff: set[str] = set()
    members: set[str] = set()
    for where, cols in data_rows(text, GROUP_NOUNS):
        if column(cols, 1) == "pair":
            pairs[cols[0]] = frozenset(column(cols, 2).split())
        elif column(cols, 1) == "represents":
            representatives.add(cols[0])
        elif column(cols, 1) == "body":
            bodies.add(cols[0])
        elif column(cols, 1) == "staff":
            staff.add(cols[0])
        elif column(cols, 1) == "member":
            members.add(cols[0])
        else:
            raise ValueError(f"{where}: use must be 'pair', 'represents', 'body', 'staff' or 'member'")
    return pairs, frozenset(representatives), frozenset(bodies), frozenset(staff), frozenset(members)


@dataclass(slots=True)
class Registry:
    """People met so far in the document, by full name, by last name and by first name.

    A later mention matches by its full name, else its last word; a one-word mention may also
    match the first word of a two-word name, because Chinese and Korean names put the family name
    first ("Professor Feng Chongyi" ... "Feng said").
    """

    people: dict[str, Actor] = field(default_factory=dict)
    first_names: dict[str, Actor] = field(default_factory=dict)

    def remember(self, actor: Actor) -> None:
        name = actor.name or actor.text
        parts = name.split()
        # the first, fullest introduction wins; a bare later mention never overwrites it
        for key in {name.lower(), parts[-1].lower()} if parts else {name.lower()}:
            self.people.setdefault(key, actor)
        if len(parts) == 2:
            self.first_names.setdefault(parts[0].lower(), actor)

    def find(self, span: Span) -> "_Known | None":
        names = [t.text for t in span if t.pos_ == "PROPN"]
        for key in (" ".join(names).lower(), names[-1].lower() if names else ""):
            if key and key in self.people:
                return _Known(self.people[key])
        if len(names) == 1 and names[0].lower() in self.first_names:
            return _Known(self.first_names[names[0].lower()])
        return None


@dataclass(slots=True)
class _Known:
    first: Actor

    def mention(self, text: str, start: int, end: int) -> Actor:
        a = self.first
        return replace(a, text=text, start=start, end=end, how="coreference",
                       detail=f"same person as '{a.text}' ({a.how}: {a.detail})")


def pronoun_antecedent(pron: Token, mentions: "Mentions") -> tuple[Actor, int] | None:
    """The actor a personal pronoun refers to and the token index of its antecedent's head,
    or None when nothing compatible is near."""
    word = pron.lower_
    clause = _clause_object(pron, mentions)
    if clause is not None:
        actor, tok = clause
        return _as_pronoun(pron, actor, f"the object of '{tok.head.text}'"), tok.i
    parallel = _parallel_subject(pron, mentions)
    if parallel is not None and _compatible(word, parallel[0], parallel[1]):
        actor, tok = parallel
        return _as_pronoun(pron, actor, f"the subject of the clause before, '{tok.text}'"), tok.i
    speaker = _speaker(pron, mentions)
    if speaker is not None and (_compatible(word, speaker[0], speaker[1]) or _titled(word, *speaker, mentions)):
        actor, tok = speaker
        return _as_pronoun(pron, actor, f"the speaker of '{tok.head.text}'"), tok.i
    sent_start = pron.sent.start
    doc = pron.doc
    if word == "it" and any(t.lemma_.lower() in UNREST and t.dep_ in ARGUMENTS
                            for t in doc[sent_start:pron.i]):
        return None  # "protests broke out, and the president ordered the troops to suppress *it*"
    fallback = None
    own_subject = subject_of(pron.head) if pron.dep_ in {"dobj", "obj", "dative"} else None
    share = pron.head.head if pron.dep_ == "pobj" and pron.head.lower_ == "of" else None
    partitive = share is not None and (share.pos_ == "NUM" or share.lower_ in SHARES) and \
        share.dep_ not in {"nsubj", "nsubjpass"}
    # ("searched the journalists' homes and detained *four of them*": a group acted on, named before
    # in the sentence, not the ones who act on it; "*ten of them* were killed" is a subject's)
    doers = set()
    if partitive:
        verb = share.head
        while verb is not None:
            doers |= {c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}}
            verb = verb.head if verb.dep_ == "conj" else None
    for i, actor in recent_mentions(pron, mentions.by_head, pron.i, WINDOW_SENTENCES):
        tok = doc[i]
        if own_subject is not None and i == own_subject.i:
            continue  # "... and Trump quickly recognized *him*": an object pronoun is not its own
            # clause's subject (that would be "himself")
        if tok.pos_ == "PRON" and word in PLURAL:
            continue
        if not _compatible(word, actor, tok):
            continue
        crowd = word in PLURAL and pron.head.lemma_.lower() in CROWD_VERBS
        if i in doers:
            continue  # (a part of a group acted on is not of those who act)
        if word not in SINGULAR_PERSON and tok.dep_ not in ARGUMENTS and \
                not ((crowd or partitive) and tok.dep_ == "pobj"):
            continue  # "it"/"they" refer to a salient argument, not to "the president of *the country*"
            # (but the crowd that rallies may be named as the one fired *at*)
        # "them" in "ordered the troops to suppress them" is not the troops: skip plural
        # antecedents from the pronoun's own sentence for object pronouns
        if word in PLURAL and pron.dep_ not in {"nsubj", "nsubjpass", "poss"} and i >= sent_start and \
                not partitive:
            continue
        if word in PLURAL and tok.tag_ not in {"NNS", "NNPS"}:
            fallback = fallback or (actor, i)  # a collective ("the government ... they") only if no plural
            continue
        if crowd and set(actor.sectors) & FORCES:
            continue  # "police fired tear gas at protesters *as they rallied*": the crowd rallies
        return _as_pronoun(pron, actor, f"nearest earlier mention '{actor.text}'"), i
    if fallback is not None:
        actor, i = fallback
        return _as_pronoun(pron, actor, f"nearest earlier mention '{actor.text}'"), i
    return None


def _parallel_subject(pron: Token, mentions: "Mentions") -> tuple[Actor, Token] | None:
    """The subject of the clause before, for the subject pronoun of a clause joined to it: "the
    Kremlin denies any plan to attack Ukraine, *but it* has massed troops on the border"."""
    verb = pron.head
    if pron.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    first = subject_of(verb.head)
    if first is None or first.pos_ == "PRON":
        return None
    many = first.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in first.children)
    if many != (pron.lower_ in PLURAL):
        return None  # ("Iran freed the sailors, and *they* flew home": not Iran)
    actor = mentions.at(first)
    return (actor, first) if actor is not None else None


def _clause_object(pron: Token, mentions: "Mentions") -> tuple[Actor, Token] | None:
    """The object of the main clause, for an object pronoun in a participle clause that hangs on
    it: "cut ties with Qatar, *accusing it* of ...", "shut down the radio stations, *accusing
    them* of ...". The subject acts in both clauses, so the one it acts on is the object."""
    verb = pron.head
    if pron.dep_ not in {"dobj", "obj"} or verb.dep_ != "advcl" or verb.tag_ != "VBG" or \
            subject_of(verb) is not None or verb.head.pos_ != "VERB":
        return None
    main = verb.head
    objects = [c for c in main.children if c.dep_ in {"dobj", "obj", "dative"}]
    words = []
    for obj in objects:  # "deported *tens of thousands of Mauritanians*": through "of"
        while obj is not None:
            words.append(obj)  # (and "expelled the ambassador *and seven diplomats*": all of them)
            words += [c for c in obj.children if c.dep_ == "conj"]
            obj = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"), None)
    for head in objects + [main]:
        words += [o for p in head.children if p.dep_ == "prep" and p.lower_ in OBJECT_PREPS
                  for o in p.children if o.dep_ == "pobj"]
    for tok in words:
        actor = mentions.at(tok)
        if actor is not None and tok.pos_ != "PRON" and _compatible(pron.lower_, actor, tok):
            return actor, tok
    return None


def _speaker(pron: Token, mentions: "Mentions") -> tuple[Actor, Token] | None:
    verb = speech_head(pron)
    if verb is None:
        return None
    if verb.lemma_ == "warn" and pron.head.lemma_ in UNDERGOING and \
            any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return None  # "warned Georgia that *it* could face sanctions": the one warned
    told = any(c.dep_ in {"dobj", "dative"} for c in verb.children)
    if told and any(t.dep_ == "xcomp" and t.head.i == verb.i for t in [pron, *pron.ancestors]):
        return None  # "told Moscow to withdraw *its* troops": the one told to act, not the teller
    subj = subject_of(verb)
    if subj is None or subj.i == pron.i:
        return None
    actor = mentions.at(subj)
    return (actor, subj) if actor is not None else None


def _titled(word: str, actor: Actor, tok: Token, mentions: "Mentions") -> bool:
    """A speaker called by a capitalised title ("the *Minister* for Foreign Affairs of Ecuador told the
    Council that *his* Government ..."), unless the title's phrase names its person ("the President
    of Kazakhstan Tokayev said that *he* ...": Tokayev, found among the earlier mentions)."""
    return word in SINGULAR_PERSON and actor.kind == "group" and tok.tag_ == "NNP" and \
        tok.lemma_.lower() not in COLLECTIVE_NOUNS and not any(
            t.i != tok.i and t.i in mentions.by_head and mentions.by_head[t.i].kind == "person" for t in tok.subtree)


def _compatible(word: str, actor: Actor, tok: Token) -> bool:
    plural = tok.tag_ in {"NNS", "NNPS"}
    if word in SINGULAR_PERSON:
        if actor.kind == "person":
            return tok.pos_ != "PRON" or tok.lower_ in SINGULAR_PERSON
        # "the president ... he": a singular agent noun that is not a body of people
        return actor.kind == "group" and tok.tag_ == "NN" and tok.lemma_.lower() not in COLLECTIVE_NOUNS
    if word in PLURAL:
        if actor.kind == "person":
            return False
        return plural or actor.kind in {"organisation", "country"} or tok.lower_ in {"police", "government"}
    if word in NEUTER:
        return actor.kind in {"country", "organisation"} or (
            actor.kind == "group" and not plural and tok.lemma_.lower() in COLLECTIVE_NOUNS)
    return False


def _window_start(tok: Token, sentences: int = WINDOW_SENTENCES) -> int:
    """First token of the sentence ``sentences`` before the token's own."""
    sent = tok.sent
    for _ in range(sentences):
        if sent.start == 0:
            break
        sent = tok.doc[sent.start - 1].sent
    return sent.start


def recent_mentions(tok: Token, by_head: dict[int, Actor], before: int,
                    sentences: int = 1) -> Iterator[tuple[int, Actor]]:
    """(head, actor) of the mentions before token ``before``, newest first, back to the start of
    the sentence ``sentences`` before ``tok``'s (by default: its sentence and the one before)."""
    start = _window_start(tok, sentences)
    for i in sorted((i for i in by_head if start <= i < before), reverse=True):
        yield i, by_head[i]


def _as_pronoun(pron: Token, actor: Actor, why: str) -> Actor:
    guess = "; its country was a guess" if actor.guessed else ""
    return replace(actor, text=pron.text, start=pron.idx, end=pron.idx + len(pron.text),
                   how="pronoun", detail=f"'{pron.text}' = {why} ({actor.code}){guess}")


def _of_office(prep) -> bool:
    return prep.lower_ == "of" and [c.lower_ for c in prep.children] in (["state"], ["government"])


def pair_antecedents(doc, mentions: "Mentions") -> None:
    """"Bush telephoned Gorbachev, and *the two leaders* agreed to meet": a plural noun counted as
    two ("the two sides", "both countries", or just "the two") stands for the last two different
    parties told before it, in its sentence or the one before; it is coded as the first, coordinated with
    the second."""
    for tok in doc:
        bare = tok.lower_ == "two" and tok.pos_ == "NUM" and any(  # "*the two* signed a treaty"
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if not bare and (tok.tag_ not in {"NNS", "NNPS"} or tok.lemma_.lower() not in group_nouns()[0]) or \
                not _pair_slot(tok):
            continue
        if not bare and not any(c.lower_ in {"two", "both"} and c.dep_ in {"nummod", "det", "predet", "amod"}
                                for c in tok.children):
            continue
        if any(c.dep_ == "prep" and not _of_office(c) for c in tok.children):
            continue  # "the two sides *of the border*", "both leaders *of the coalition*" (but "the
            # two heads *of state*" name an office)
        kinds = BARE_PAIR_KINDS if bare else group_nouns()[0][tok.lemma_.lower()]
        found: list[int] = []
        own = _own_doers(tok) if tok.dep_ not in {"nsubj", "nsubjpass"} else set()
        for i, actor in recent_mentions(tok, mentions.by_head, tok.left_edge.i):
            if doc[i].pos_ == "PRON" or not actor.country or actor.kind not in kinds or \
                    "MED" in actor.sectors or i in own or _venue(doc[i]):
                continue  # (a news agency reports; it is not a side; nor is where they met: "held talks
                # with Albanese *in Canberra*, after which the two sides signed ...")
            if all(mentions.by_head[j].country != actor.country or mentions.by_head[j].code != actor.code
                   for j in found):  # (two parties of one country, if they differ: "Yeltsin received the
                # Chechen leader Maskhadov, and the two signed a treaty")
                found.append(i)
            if len(found) == 2:
                break
        if len(found) < 2:
            continue
        later, first = found
        mentions.by_head[tok.i] = _as_pronoun(tok, mentions.by_head[first], f"one of '{tok.text}'")
        mentions.coordinated_with[tok.i] = [later]


def _venue(tok) -> bool:
    """A place named as where something happened ("*in* Canberra"), not as a party."""
    return tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at"} and tok.ent_type_ in {"GPE", "LOC", "FAC"}


def _pair_slot(tok) -> bool:
    """Where "the two countries" stands for two parties: a doer, or the one a verb acts on ("imposed
    sanctions *on both countries*"); not an agent ("islets claimed *by both countries*" are no party's
    act) nor a noun's complement ("the border *between the two countries*")."""
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        return True
    if tok.lemma_.lower() not in STATE_PAIRS:
        return False  # ("accused *both parties* of violating the truce": which parties is not
        # safely the last two places told)
    prep = tok.head
    return tok.dep_ == "dobj" or tok.dep_ == "pobj" and prep.lower_ in {"on", "against", "to", "with"} and (
        prep.head.pos_ == "VERB" or prep.head.dep_ == "dobj")  # ("imposed *sanctions on* both")


# the plural nouns for two states that may stand for them where they are acted on
STATE_PAIRS = frozenset({"country", "nation", "state", "government"})


def _own_doers(tok) -> set[int]:
    """The words of the subjects of the verb that acts on ``tok``: "the United States congratulated
    *both countries*" does not count itself among them."""
    verb = tok.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return {w.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for w in c.subtree}


def _governed(actor: Actor) -> Actor:
    """A country's government for a bare country; any other actor as it is."""
    if actor.kind != "country" or not actor.country or actor.code != actor.country:
        return actor
    return replace(actor, code=actor.country + "GOV", sectors=("GOV",), kind="group")


# nouns for a country as a whole ("the kingdom said it had granted refuge to him": Saudi Arabia)
COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "emirate", "republic"})


# countries that news calls "the island" ("drills around *the island*": Taiwan; "*the island nation*
# ran out of dollars": Sri Lanka)
ISLAND_STATES = frozenset({"TWN", "LKA", "CUB", "CYP", "BHR", "SGP", "MDG", "ISL", "IRL", "JAM", "MLT",
                           "MUS", "HTI", "DOM", "TTO", "FJI", "TLS", "NRU", "TON", "WSM", "VUT", "SLB"})


def definite_countries(doc, mentions: "Mentions") -> None:
    """"imposed sanctions on India, cutting off aid *to the country*": a bare "the country" (or "the
    kingdom", "the republic", no other modifier; "the island" or "the island nation" for an island
    state) refers to the last country named before it, in its sentence or the one before; "his
    country" is the country of the one "his" stands for."""
    for tok in doc:
        island = tok.lemma_.lower() == "island" or any(
            c.dep_ == "compound" and c.lower_ == "island" for c in tok.children)
        if tok.lemma_.lower() not in COUNTRY_NOUNS and not island or tok.tag_ != "NN" or \
                tok.dep_ == "compound" or tok.i in mentions.by_head and mentions.by_head[tok.i].how != "context":
            continue  # (a guess from the article's main country gives way to the country last named)
        kids = [c for c in tok.children if not (c.dep_ == "compound" and c.lower_ == "island" or _region_word(
            c, mentions))]  # ("*the Central American* country": a region's word describes the country)
        if len(kids) == 1 and kids[0].dep_ == "poss" and kids[0].i in mentions.by_head:
            owner = mentions.by_head[kids[0].i]  # "the representative of Qatar said *her country* had ..."
            if owner.country and not owner.guessed and owner.kind != "country":
                mentions.by_head[tok.i] = _as_pronoun(tok, replace(
                    owner, code=owner.country, sectors=(), kind="country", name=None),
                    f"the country of '{kids[0].text}'")
            continue
        if [c.lower_ for c in kids] not in (["the"], ["the", "'s"]):
            continue  # "the whole country", "a country" (but "struck *the country's* sites")
        verb = clause_verb(tok)
        doer = subject_of(verb) if verb.pos_ in {"VERB", "AUX"} else None
        doers = {doer.i} | {c.i for c in doer.conjuncts} if doer is not None else set()
        if doer is None and verb.dep_ == "conj":  # "... and cut off aid to the country": the first verb's
            doers = {c.i for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}}
        own = {mentions.by_head[i].country for i in doers if i in mentions.by_head}
        for i, actor in recent_mentions(tok, mentions.by_head, tok.i):
            if actor.kind == "country" and actor.country and doc[i].pos_ != "PRON" and \
                    actor.country not in own and doc[i].dep_ not in {"compound", "amod", "nmod"} and \
                    (not island or actor.country in ISLAND_STATES):
                # (not the doer's, nor "*U.S.* aid to the country": the country an act is aimed at)
                mentions.by_head[tok.i] = _as_pronoun(tok, actor, f"the country last named, '{actor.text}'")
                break


def _region_word(tok: Token, mentions: "Mentions") -> bool:
    """A modifier that names a region ("the *Central American* country", "the *Gulf* state")."""
    actor = mentions.by_head.get(tok.i)
    return tok.dep_ in {"amod", "compound"} and actor is not None and actor.country in region_codes()


def definite_bodies(doc, mentions: "Mentions") -> None:
    """"left ECOWAS, accusing *the bloc* of ...", "accused *the alliance* of ...": "the bloc" or "the
    (regional, military) alliance" refers to the international body last named before it, in its
    sentence or the one before."""
    for tok in doc:
        if tok.lemma_.lower() not in group_nouns()[2] or tok.tag_ != "NN" or tok.dep_ == "compound" or \
                tok.i in mentions.by_head:
            continue
        kids = list(tok.children)
        if not kids or kids[0].lower_ != "the" or any(
                c.dep_ not in {"det", "amod"} and not (c.dep_ == "prep" and c.i > tok.i and
                                                       all(g.dep_ == "pcomp" for g in c.children))
                for c in kids):
            continue  # (not "an alliance", "the alliance of rebel groups", "the opposition's bloc"; but
            # "accusing the bloc *of serving* ...")
        for i, actor in recent_mentions(tok, mentions.by_head, tok.i):
            if actor.code.startswith("IGO") and doc[i].pos_ != "PRON":
                mentions.by_head[tok.i] = _as_pronoun(tok, actor, f"the body last named, '{actor.text}'")
                break


COURTS = frozenset({"court", "tribunal"})


def definite_courts(doc, mentions: "Mentions") -> None:
    """"The International Criminal Court's prosecutor opened *the court's* first investigation":
    a bare "the court" or "the tribunal" is the court last named before it, in its sentence or the
    one before, rather than a court of the country the article is about."""
    for tok in doc:
        found = mentions.by_head.get(tok.i)
        if tok.lemma_.lower() not in COURTS or tok.tag_ != "NN" or tok.dep_ == "compound" or \
                found is not None and found.how != "context" or \
                [c.lower_ for c in tok.children] not in (["the"], ["the", "'s"]):
            continue
        for i, actor in recent_mentions(tok, mentions.by_head, tok.i):
            if "JUD" in actor.sectors and not actor.guessed and doc[i].pos_ != "PRON":
                mentions.by_head[tok.i] = _as_pronoun(tok, actor, f"the court last named, '{actor.text}'")
                break


def represented_parties(doc, mentions: "Mentions") -> None:
    """"*Negotiators for* the Angolan government and UNITA rebels resumed talks": people who act for
    two or more coordinated parties stand for each of them; coded as the first, coordinated with the
    rest. The parser often hangs the second party on the representatives as an apposition.

    People who act for one party that is not a bare country stand for it ("*a representative of* the
    rebels", "*delegates of* civil society groups"); for a country they are its government, as the
    phrase composes them ("the representative of Ghana": GHAGOV); for a named body we do not know they
    are no actor, rather than the government of the country around them."""
    for tok in doc:
        if tok.lemma_.lower() not in group_nouns()[1] or tok.i not in mentions.by_head:
            continue
        for _, party in prep_objects(tok, {"for", "from", "of"}):
            parties = [party, *party.conjuncts]
            if len(parties) == 1 and any(c.dep_ == "cc" for c in party.children):
                parties += [c for c in tok.children if c.dep_ == "appos"]  # "... and UNITA rebels"
            found = [(t, mentions.by_head[t.i]) for t in parties if t.i in mentions.by_head]
            if not found and mentions.by_head[tok.i].guessed and any(t.pos_ == "PROPN" for t in party.subtree):
                del mentions.by_head[tok.i]  # a body we do not know: not the country's government
                break
            if len(found) == 1 and len(parties) == 1 and found[0][1].kind != "country" and \
                    found[0][1].code != mentions.by_head[tok.i].code:
                mentions.by_head[tok.i] = _as_pronoun(tok, found[0][1], f"one who acts for '{party.text}'")
                break
            if tok.tag_ not in {"NNS", "NNPS"} or len(found) < 2 or len({a.code for _, a in found}) < 2:
                continue
            own = mentions.by_head[tok.i]
            if "GOV" in own.sectors:  # "the delegates of Vanuatu, Tuvalu and Fiji": their governments
                found = [(t, _governed(a)) for t, a in found]
                for t, a in found[1:]:
                    mentions.by_head[t.i] = a
            first = found[0][1]
            why = f"those who act for '{found[0][0].text}'"
            mentions.by_head[tok.i] = _as_pronoun(tok, first, why)
            mentions.coordinated_with[tok.i] = [t.i for t, _ in found[1:]]
            break
