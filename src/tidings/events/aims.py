"""What a protest is for: the four-digit codes of CAMEO 141–145.

CAMEO splits a demonstration, hunger strike, strike, obstruction or riot by its aim ("...1" a change
of leadership, "...2" of policy, "...3" rights, "...4" a change of institutions or regime). The aim
is read from the protest's own clause: the object of a purpose verb ("rallied *to demand* the
resignation of ...", "protesters *demanding* a new constitution", "marched, *calling for* ...") or of
"against", "for" and "over" ("marched *against* a proposed law"). The words that name each aim are
data (``data/aims.tsv``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from tidings.events.patterns import word_class, word_rows
from tidings.nlp import syntax

PROTESTS = frozenset({"141", "142", "143", "144", "145"})
# the aim of a protest that names none, where one aim is the rule: a road, bridge or railway
# blockade presses for a change of policy (our gold sets: 31 blockades of 1442 against 6 of 144)
DEFAULT_AIMS = {"144": "2"}
# generic asking, refusing and promising codes and their political-reform families (CAMEO 024,
# 104, 123, 034), split by the same four aims: "demanded that Assad *step aside*" (1041),
# "rejected demands to withdraw his pension *reform*" (1232), "urged X to respect *rights*" (0243);
# 1042 is the default of a demanded clause no pattern codes (verbs.tsv), split the same way
REFORMS = {"020": "024", "100": "104", "1042": "104", "120": "123", "030": "034"}
# what an asked or refused act is about: its clause, its object, and a "for" phrase
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "dobj", "obj"})
# verbs whose object is what the protesters want
AIM_VERBS = word_class("@aim_verbs")
AIM_PREPS = frozenset({"against", "for", "over"})
# verbs of a demonstration's demand, whose content, when it names no aim of the table, is a policy
DEMANDING = word_class("@demanding")
# nouns whose "in" phrase names a protest's aim: "blocked highways *in protest at* taxes"
PROTEST_NOUNS = word_class("@protest_nouns")
# what a hunger strike in detention asks for, which CAMEO counts as rights (1423): "to demand better
# *conditions* and family *visits*", "demanding *access* to a doctor of his choice"
DETAINEE_AIMS = word_class("@detainee_aims")


@lru_cache(maxsize=1)
def aim_words() -> dict[str, str]:
    """Lemma (or "modifier lemma") → aim digit."""
    out: dict[str, str] = {}
    for digit, lemmas in word_rows("aims.tsv"):
        for lemma in lemmas:
            out.setdefault(lemma, digit)
    return out


def protest_code(code: str, host: Token, trigger: list[Token]) -> tuple[str, str | None]:
    """``code`` with the aim's digit when it is a protest whose aim is named, and the word that
    named it; else ``code`` and None."""
    if code not in PROTESTS:
        return code, None
    phrases = _aim_phrases(host, trigger)
    if code == "142":
        held = next((t for phrase in phrases for t in phrase if t.lemma_.lower() in DETAINEE_AIMS), None)
        if held is not None:
            return "1423", held.lemma_.lower()
    for phrase in phrases:
        found = _digit(phrase)
        if found is not None:
            return code + found[0], found[1]
    if any(c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in DEMANDING
           for head in (host, *trigger) for c in head.children):
        return code + "2", None  # "rallied *to demand* that the region be transferred", "went on strike
        # *to demand* that the government act": a demand that names no leader, right or institution
        # asks for a change of policy (our tuning sets: about ten gained, one lost, for rallies)
    return code + DEFAULT_AIMS.get(code, ""), None


def reform_code(code: str, host: Token) -> tuple[str, str | None]:
    """A generic appeal, demand, refusal or promise made specific by the reform it is about,
    read from what is asked ("demanded that the president *resign*"): ``code`` and None when
    no reform word is there."""
    family = REFORMS.get(code)
    if family is None:
        return code, None
    words: list[Token] = []
    for child in host.children:
        if child.dep_ in CLAUSE_DEPS:
            words += [t for t in child.subtree if t.dep_ not in {"nsubj", "nsubjpass"} or t is child]
    for _, obj in syntax.prep_objects(host, {"for"}):
        words += list(obj.subtree)
    found = _digit(words)
    return (family + found[0], found[1]) if found is not None else (code, None)


# generic accusations, investigations, appeals and rejections, and the codes their topics make of
# them: the family the digit is added to, the digits allowed, and the table (topics.tsv;
# appeals.tsv; rejections.tsv, whole codes only)
TOPICS = {"112": ("112", "12345", "topics.tsv"), "090": ("09", "1234", "topics.tsv"),
          "020": ("023", "1234", "appeals.tsv"), "120": ("12", "", "rejections.tsv")}
TOPIC_PREPS = frozenset({"of", "into", "over", "for", "about", "on"})


def topic_code(code: str, host: Token, trigger: list[Token]) -> tuple[str, str | None]:
    """A generic accusation, investigation or appeal made specific by what it is about ("accused
    Iraq of using them *to spy* on Baghdad" → 1125, "an inquiry into *an air strike*" → 093,
    "appealed for $400 million *to feed* refugees" → 0233)."""
    if code not in TOPICS:
        return code, None
    family, allowed, table_file = TOPICS[code]
    words: list[Token] = []
    for head in dict.fromkeys([host, *trigger]):
        for child in head.children:
            if child.dep_ in CLAUSE_DEPS:
                words += list(child.subtree)
        for _, obj in syntax.prep_objects(head, TOPIC_PREPS | ({"in"} if code == "020" else set())):
            words += list(obj.subtree)  # (an appeal "for $50 million *in emergency funding*")
        if code == "020":  # "appealed for $400 million *to keep feeding* refugees": what it is for
            words += [t for c in head.children if c.dep_ == "advcl" and syntax.to_infinitive(c)
                      for t in c.subtree]
    heads = {h.i for h in [host, *trigger]}
    victims = {t.i for w in words if w.dep_ == "prep" and w.lower_ in {"on", "against"}
               and w.head.i not in heads and not _against_humanity(w) for t in w.subtree}  # "of carrying
    # out the attack *on a former spy*": the victim (but "crimes *against humanity*" is a crime's name)
    words = [t for t in words if t.i not in victims]  # is not what the accusation is about
    if code == "090":  # "opened a criminal case *on war crimes*": what the case is about
        words += [t for head in [host, *trigger] for c in head.children if c.dep_ == "dobj"
                  for _, obj in syntax.prep_objects(c, TOPIC_PREPS) for t in obj.subtree]
    lemmas = {t.lemma_.lower() for t in words}
    pairs = {f"{a.lemma_.lower()} {b.lemma_.lower()}" for a, b in zip(words, words[1:])}
    for digit, table in word_rows(table_file):  # in order of precedence
        hit = (lemmas | pairs) & table
        if hit and len(digit) > 1:  # a row with a whole code ("appealed for calm": 0252)
            return digit, sorted(hit)[0]
        if digit in allowed and hit:
            return family + digit, sorted(hit)[0]
    return code, None


# the International Criminal Court (organisations.tsv IGOJUDICC): what it
# investigates is war crimes, genocide or crimes against humanity (CAMEO 094)
WAR_CRIMES_COURTS = "IGOJUDICC"
# the sectors of a state's own investigators: courts and prosecutors, police
INVESTIGATORS = frozenset({"JUD", "COP"})
# words of leaving a body one belongs to ("quit the ICC", "withdrawal from ECOWAS")
LEAVING = word_class("@leaving")
THREAT, THREAT_TO_BREAK = "130", "1313"


def membership_exit(code: str, targets: list, host: Token, trigger: list[Token]) -> str:
    """Leaving an international body ("quit the International Criminal Court", "announced their
    withdrawal from ECOWAS") is a cut in relations with it (161), not a military retreat or a
    resignation, as our gold sets code it; withdrawing troops from a UN force stays a retreat. A
    threat to leave one ("threatened to quit the Forum") is a threat to break relations (1313)."""
    if not targets or not all(a.code.startswith("IGO") for a, _ in targets):
        return code
    if code == THREAT:
        leaving = [t for t in [host, *trigger, *(c for c in host.children if c.dep_ == "xcomp")]
                   if t.lemma_.lower() in LEAVING]
        return THREAT_TO_BREAK if leaving else code
    if code[:2] != "08":
        return code
    if not any(t.lemma_.lower() in LEAVING for t in [host, *trigger]):
        return code
    own = {t.i for _, t in targets} | {t.i for t in trigger}
    if any(c.dep_ in syntax.OBJECTS and c.i not in own for c in host.children):
        return code
    return "161"


def _against_humanity(prep: Token) -> bool:
    return prep.lower_ == "against" and any(c.lemma_.lower() == "humanity" for c in prep.children)


def domestic_inquiry(code: str, sources: list, targets: list) -> str:
    """A generic investigation (090) of a country's own people or offices by its prosecutors,
    police or other authorities ("prosecutors opened an investigation into President Boluarte")
    is a criminal one (091). ``sources`` and ``targets`` are (actor, token) pairs. One opened by the
    International Criminal Court ("the ICC prosecutor opened an investigation into the situation in
    Ukraine") is into war crimes (094), whoever it names."""
    if code == "090" and sources and all(a.code.startswith(WAR_CRIMES_COURTS) for a, _ in sources):
        return "094"
    if code != "090" or not sources or not targets:
        return code
    own = {a.country for a, _ in sources if a.country and a.country.isalpha()}
    if own and all(a.country in own for a, _ in targets) or \
            all(set(a.sectors) & INVESTIGATORS for a, _ in sources):
        return "091"
    return code


def _aim_phrases(host: Token, trigger: list[Token]) -> list[list[Token]]:
    """Word sequences that may say what the protest is for, nearest first."""
    heads = list(dict.fromkeys([host, *trigger]))
    subject = syntax.subject_of(host)
    if subject is not None:
        heads.append(subject)  # "protesters *demanding the government's resignation* set fire"
    if host.dep_ == "conj" and host.head.pos_ == "VERB" and subject is None:
        heads.append(host.head)  # "walked out *demanding a minimum wage*, and blocked the highway"
    phrases = []
    for head in heads:
        for child in head.children:
            if child.dep_ in {"advcl", "xcomp", "acl", "relcl", "conj"} and \
                    child.lemma_.lower() in AIM_VERBS:
                phrases.append([t for t in child.subtree if t.i != child.i])
        for prep, obj in syntax.prep_objects(head, AIM_PREPS):
            phrases.append(list(obj.subtree))
        for _, obj in syntax.prep_objects(head, {"on"}):  # "went on strike *against* the reform"
            phrases += [list(o.subtree) for _, o in syntax.prep_objects(obj, AIM_PREPS)]
        for _, obj in syntax.prep_objects(head, {"in", "during"}):  # "blocked highways *in protest at*
            # taxes", "hurled stones at the embassy *during a rally against* the textbook"
            if obj.lemma_.lower() in PROTEST_NOUNS:
                phrases += [list(o.subtree)
                            for _, o in syntax.prep_objects(obj, AIM_PREPS | {"at"})]
                phrases += [list(o.subtree) for _, o in syntax.prep_objects(head, AIM_PREPS | {"at"})
                            if o.head.i == obj.i + 1]  # ("at" hung on the verb, right after "protest")
        for obj in (o for o in head.children if o.dep_ in syntax.OBJECTS and o.lemma_.lower() in PROTEST_NOUNS):
            # "joined a national strike *against* the reform", "a strike *called by the unions against*
            # the tax reform": the protest's own phrase, or its participle's
            phrases += [list(o.subtree) for t in obj.subtree if t.dep_ == "prep" and t.lower_ in AIM_PREPS
                        for o in t.children if o.dep_ == "pobj"]
        for clause in (c for c in head.children if c.dep_ in {"advcl", "acl"} and c.pos_ == "VERB"):
            # "truckers *protesting against* vaccine mandates blockaded ...", "blocked highways,
            # *stepping up their protest against* the reforms"
            said = [clause] if clause.lemma_.lower() in PROTEST_NOUNS else []
            said += [o for o in clause.children
                     if o.dep_ in syntax.OBJECTS and o.lemma_.lower() in PROTEST_NOUNS]
            phrases += [list(o.subtree) for t in said
                        for _, o in syntax.prep_objects(t, AIM_PREPS | {"at"})]
    phrases += [[t for t in verb.subtree if t.i != verb.i] for verb in _purpose_verbs_below(host)]
    return phrases


def _purpose_verbs_below(host: Token) -> list[Token]:
    """Aim verbs in an infinitive or participle that the parser hung lower in the protest's clause
    ("blocked highways linking La Paz with the rest of Bolivia *to press* the government to halt
    ..."): not in a clause with a subject of its own, nor in a relative clause."""
    out = []
    for tok in host.subtree:
        if tok.i == host.i or tok.lemma_.lower() not in AIM_VERBS or tok.pos_ != "VERB" or \
                tok.dep_ not in {"advcl", "xcomp", "acl"} or tok.head.i == host.i:
            continue
        if not (tok.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
            continue
        ancestors = list(tok.ancestors)
        path = ancestors[:ancestors.index(host)]  # (``tok`` is in the protest's subtree)
        if any(a.dep_ in {"relcl", "ccomp"} or syntax.subject_of(a) is not None for a in [tok, *path]):
            continue
        out.append(tok)
    return out


def _digit(words: list[Token]) -> tuple[str, str] | None:
    """The aim digit of the first listed word, and that word."""
    table = aim_words()
    for tok in words:
        if tok.pos_ not in {"NOUN", "VERB", "PROPN"}:
            continue
        lemma = tok.lemma_.lower()
        if lemma not in table and tok.tag_ == "NNS":  # a wrong lemma of the tagger: "taxes" → "taxis"
            lemma = next((s for s in (tok.lower_[:-1], tok.lower_[:-2]) if s in table), lemma)
        for prt in (c for c in tok.children if c.dep_ in {"prt", "advmod"}):  # "step down", "step aside"
            digit = table.get(f"{lemma} {prt.lower_}")
            if digit is not None:
                return digit, f"{tok.text} {prt.text}"
        for mod in (c for c in tok.lefts if c.dep_ in {"compound", "amod"}):
            digit = table.get(f"{mod.lemma_.lower()} {lemma}")
            if digit is not None:
                return digit, f"{mod.text} {tok.text}"
        if lemma in table and (tok.pos_ != "VERB" or table[lemma] == "1"):  # ("*to pay* for fuel"
            # is no pay, "to cut taxes" is about taxes; a leader's going is told by verbs too)
            for _, obj in syntax.prep_objects(tok, {"of"}):
                inner = _digit([obj])  # "the removal *of fuel subsidies*": a policy, not a leader
                if inner is not None:
                    return inner
            return table[lemma], tok.text
    return None
