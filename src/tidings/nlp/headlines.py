"""Headlines read as sentences.

A headline leaves out the articles and auxiliaries a tagger trained on full sentences leans on, so
"North Korea fires missile into sea" comes out as a noun phrase ("Korea fires" as the subject of a
verb "missile") and "Putin, Xi ink energy deal" as a list of names. When the words before a title's
separator (" - ", " | ", ":") have no verb with a subject, and a word of ``headline_verbs.txt``
follows a noun phrase there, :func:`mend_headline` rebuilds the clause around it: the noun phrases
before it (joined by commas or "and") are its subjects, the one after it its object, and each
preposition's noun phrase hangs on the verb.

:mod:`tidings.nlp.reparse` calls the smaller repairs here with its own, word by word: a plan told as a
bare infinitive ("PM to visit Beijing"), subjects joined by a comma, a place label before a clause
("Mali: the junta expelled ..."), a passive whose "was" was left out ("Imran Khan arrested in
Islamabad") and a tracker's date between subject and verb ("Army 21 Oct seized power"); then
:func:`mend_headline` for each sentence.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from tidings.ingest.dateline import MONTHS

# what ends a title: an attribution or summary follows ("... into sea - Seoul", "...: report")
SEPARATORS = frozenset({"-", "–", "—", "|", ":", "--"})
# words a noun phrase of a headline may have
PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "PART", "PUNCT", "CCONJ"})
NOMINAL = frozenset({"NOUN", "PROPN"})
# verbs of an exchange a headline may leave as a noun before what is exchanged ("Armenia, Azerbaijan
# *trade* fire")
EXCHANGING = frozenset({"trade", "exchange", "swap"})
EXCHANGED = frozenset({"fire", "blows", "shots", "accusations", "barbs", "insults", "prisoners", "fighters"})
# the verbs of an attribution after a headline (", police say")
ATTRIBUTING = frozenset({"say", "report", "claim", "confirm", "tell", "allege", "state"})
LOOSE_SUBJECTS = frozenset({"nsubj", "dep", "npadvmod", "compound"})
TIMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})
# the names of an apposition that is a second subject: a country or body is not another's title
PARTIES = frozenset({"GPE", "ORG", "NORP"})
# acts of the state's justice and who does them: "police arrested ..." keeps police as the doer
JUDICIAL = frozenset({"arrest", "detain", "summon", "expel", "deport", "extradite", "sentence", "jail",
                      "imprison", "convict", "indict", "execute", "capture"})
STATE_DOERS = frozenset({"police", "policeman", "authority", "court", "judge", "prosecutor", "government",
                         "junta", "regime", "army", "troop", "force", "soldier", "military", "official"})
# parts of speech that never head a clause or a subject
FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON", "PUNCT", "NUM"})
# where a verb the parser found is inside a noun phrase ("Ukraine *swap* prisoners" as a compound)
NOUN_DEPS = frozenset({"compound", "amod", "nmod", "appos", "pobj", "dobj", "nsubj"})


@lru_cache(maxsize=1)
def headline_verbs() -> frozenset[str]:
    text = resources.files("tidings.nlp").joinpath("data/headline_verbs.txt").read_text("utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def mend_headline(sent: Span) -> bool:
    """Rebuild ``sent``'s title as a clause when the parser found none; True when it did."""
    doc = sent.doc
    end = next((t.i for t in sent if t.text in SEPARATORS and t.i > sent.start + 2 and t.whitespace_ or
                t.text == "," and _attribution(doc[t.i + 1:sent.end])), sent.end)
    title = doc[sent.start:end]
    if any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in NOUN_DEPS and not _verb_as_subject(t) and (
            t.tag_ in {"VBD", "VBN", "MD"} or t.lemma_.lower() in headline_verbs() or
            any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)) for t in title):
        return False  # a verb the parser found, a past tense ("Troops killed in ambush"), a modal
    if any(t.tag_ in {"VBD", "VBN", "MD"} for t in title):
        return False  # (wherever the parser hung it: "Turkish air strikes *killed* 12 fighters")
    verb = _verb_of(title)
    if verb is None:
        return False
    subjects = _groups(doc[title.start:verb.i])
    stop = next((t.i for t in doc[verb.i + 1:title.end]
                 if t.lower_ == "to" and t.i + 1 < title.end and doc[t.i + 1].tag_ == "VB"), title.end)
    chunks = _chunks(doc[verb.i + 1:stop])
    if not subjects or any(_head(g) is None for g in subjects) or any(_head(c) is None for _, c in chunks):
        return False
    root = next((t for t in sent if t.head.i == t.i and not title.start <= t.i < title.end), None)
    verb.pos_, verb.tag_ = "VERB", "VBZ" if verb.lower_.endswith("s") else "VBP"
    verb.lemma_ = _base(verb)
    verb.head, verb.dep_ = (root, "ccomp") if root is not None else (verb, "ROOT")
    first = _attach(subjects[0], verb, "nsubj")
    for group in subjects[1:]:
        _attach(group, first, "conj")
    for tok in doc[title.start:verb.i]:
        if tok.text == "," or tok.pos_ == "CCONJ":
            tok.head, tok.dep_ = first, "punct" if tok.text == "," else "cc"
    for prep, chunk in chunks:
        if prep is None:
            _attach(chunk, verb, "dobj")
        else:
            prep.head, prep.dep_, prep.pos_ = verb, "prep", "ADP"
            _attach(chunk, prep, "pobj")
    for tok in doc[title.end:sent.end]:  # "... into sea *- Seoul*": the attribution after the title
        if title.start <= tok.head.i < title.end:
            tok.head, tok.dep_ = verb, "punct" if tok.is_punct else "dep"
    if stop < title.end:  # "US, Taliban sign deal *to end* war": the purpose
        infinitive = doc[stop + 1]
        infinitive.head, infinitive.dep_ = verb, "advcl"
        doc[stop].head, doc[stop].dep_ = infinitive, "aux"
    return True


def _attribution(rest: Span) -> bool:
    """", police say", ", state media reported": a short attribution closing a headline."""
    words = [t for t in rest if not t.is_punct]
    return 0 < len(words) <= 5 and words[-1].lemma_.lower() in ATTRIBUTING or \
        1 < len(words) <= 5 and words[1].lemma_.lower() in ATTRIBUTING  # (", says minister")


def comma_joined_subjects(verb: Token) -> tuple[Token, Token] | None:
    """"Saudi Arabia, Iran hold secret talks", "Ethiopia, Eritrea sign peace deal": a headline joins its
    subjects with a comma, and the parser hangs the first on the verb as a second subject or a loose
    word. Returns (first, second) for a short first phrase that opens the sentence (None otherwise)."""
    subjects = [c for c in verb.children if c.dep_ in LOOSE_SUBJECTS and c.i < verb.i and c.pos_ in NOMINAL]
    if len(subjects) == 1:  # "EU, *UK* clinch trade deal": a second name read as an apposition
        subjects += [c for c in subjects[0].children if c.dep_ == "appos" and c.pos_ == "PROPN" and
                     c.right_edge.i == verb.i - 1 and c.ent_type_ in PARTIES]
    if verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN" and verb.head.i < verb.i:
        subjects.insert(0, verb.head)  # "*Merkel*, Hollande meet Poroshenko": the first name as the root
    if len(subjects) != 2:
        return None
    first, second = subjects
    # "*Erdogan*, Putin hold talks", "US, *Taliban* sign deal": a name the parser hung on the verb as
    # an adverb or a compound; a date ("Yesterday, Putin held talks") is not a subject
    if first.dep_ in {"npadvmod", "ROOT"} and (first.pos_ != "PROPN" or first.ent_type_ in TIMES):
        return None
    if second.dep_ != "nsubj" and (second.pos_ != "PROPN" or second.dep_ not in {"compound", "dep", "appos"} or
                                   second.right_edge.i != verb.i - 1):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children if c.i not in {first.i, second.i}):
        return None
    doc = verb.doc
    comma = second.left_edge.i - 1  # (the parser may hang it on the first subject)
    words = doc[verb.sent.start:comma]
    if doc[comma].text != "," or first.left_edge.i != verb.sent.start or len(words) > 4 or \
            not all(_under(t, first, verb) for t in words) or any(t.pos_ == "VERB" for t in words):
        return None  # (not "Militants on horseback killed ... in Kukawa, residents said")
    return first, second


def verb_read_as_subject(verb: Token) -> tuple[Token, str] | None:
    """"Lithuania *expels* Russian ambassador, closes consulate", "Mali junta *orders* French
    ambassador to leave": a headline's first verb in -s, read as a plural noun and made the subject of
    the second act. Returns that word and how the parser's verb goes with it ("conj": a second act
    after a comma; "xcomp": what the object is told to do)."""
    if verb.tag_ not in {"VBZ", "VBP", "VB"}:
        return None  # (what follows needs a present tense or an infinitive: checked first, as it is cheap)
    doc = verb.doc
    word = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if word is None or word.tag_ not in {"NNS", "NNPS"} or not word.text.islower() or \
            not word.lower_.endswith("s") or _base(word) == word.lower_ or word.i == verb.sent.start:
        return None
    if _base(word) not in headline_verbs() and _base(word) not in known_verbs():
        return None
    before = doc[verb.sent.start:word.i]
    if not all(t.pos_ in PHRASE_POS for t in before) or not _nominal(doc[word.i - 1]):
        return None
    if doc[verb.i - 1].text == "," and verb.tag_ in {"VBZ", "VBP"}:
        link, end = "conj", verb.i - 1
    elif doc[verb.i - 1].lower_ == "to" and verb.tag_ == "VB":
        link, end = "xcomp", verb.i - 1
    else:
        return None
    between = doc[word.i + 1:end]
    if not between or not all(t.pos_ in PHRASE_POS and t.text != "," for t in between) or \
            _head(list(between)) is None:
        return None
    return word, link


def make_verb(word: Token, verb: Token, link: str) -> None:
    """Rebuild the clause :func:`verb_read_as_subject` found: ``word`` the verb, the words before it
    its subject, those up to ``verb`` its object, and ``verb`` joined to it as ``link``."""
    doc = word.doc
    start, end = word.sent.start, verb.i - 1
    word.pos_, word.tag_, word.lemma_ = "VERB", "VBZ", _base(word)
    word.head, word.dep_ = (word, "ROOT") if verb.head.i == verb.i else (verb.head, verb.dep_)
    verb.head, verb.dep_ = word, link
    doc[end].head, doc[end].dep_ = (word, "punct") if link == "conj" else (verb, "aux")
    for words, dep in ((list(doc[start:word.i]), "nsubj"), (list(doc[word.i + 1:end]), "dobj")):
        noun = _attach(words, word, dep)
        for tok in words:
            if not _under(tok, noun, word):
                tok.head = noun


def _under(tok: Token, phrase: Token, verb: Token) -> bool:
    """Whether ``tok`` is ``phrase`` or in its subtree, reached before ``verb``."""
    while tok.i not in {phrase.i, verb.i} and tok.head.i != tok.i:
        tok = tok.head
    return tok.i == phrase.i


def infinitive_under_name(noun: Token) -> Token | None:
    """"Obama to meet Netanyahu at White House", "EU to impose new sanctions": the parser makes the
    name the root and the infinitive a clause describing it. Returns that infinitive when ``noun``
    is such a root and the infinitive follows it directly."""
    if noun.dep_ != "ROOT" or noun.pos_ not in {"PROPN", "NOUN"}:
        return None
    return next((c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.tag_ == "VB" and
                 c.i == noun.i + 2 and noun.doc[noun.i + 1].lower_ == "to"), None)


def subject_of_infinitive(verb: Token) -> Token | None:
    """"PM to visit Beijing next week", "Obama to meet Netanyahu": a headline tells a planned act as
    a bare infinitive, which the parser leaves without a subject. Returns the noun before "to"
    (None when ``verb`` is not such a root or has a subject)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VB", "VBP"} or \
            any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1), None)
    if to is not None:
        return next((c for c in verb.children if c.i < to.i and c.pos_ in {"NOUN", "PROPN"} and
                     c.dep_ in {"dep", "npadvmod", "nmod", "compound", "nsubj"}), None)
    # "*Trump* and Kim sign joint statement": a name the tagger took for an adjective, before a verb
    # with no subject at the start of a headline
    if any(c.dep_ == "aux" for c in verb.children):
        return None
    first = next((c for c in verb.children if c.i < verb.i and c.dep_ in {"dep", "npadvmod", "nmod"} and
                  c.left_edge.i == verb.sent.start and c.text[:1].isupper() and
                  any(g.dep_ == "conj" and g.pos_ == "PROPN" for g in c.children)), None)
    if first is not None:
        first.pos_, first.tag_ = "PROPN", "NNP"
    return first


def clause_after_label(tok: Token) -> Token | None:
    """"Mali: the transitional authorities expelled the French ambassador": the parser makes the
    opening name the root and the clause after the colon its complement. Returns that clause's verb
    when ``tok`` is such a root (None otherwise)."""
    doc = tok.doc
    if tok.dep_ != "ROOT" or tok.pos_ != "PROPN" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ":" or \
            tok.i - tok.sent.start > 3:
        return None
    return next((c for c in tok.children if c.i > tok.i + 1 and c.pos_ in {"VERB", "AUX"} and
                 c.dep_ in {"ccomp", "parataxis", "acl", "appos", "dep", "relcl"} and
                 any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)), None)


def _verb_as_subject(verb: Token) -> bool:
    """"Korea *fires* missile": the parser's verb ("missile") has a headline verb in -s for its
    subject, the sign of a headline read the wrong way round."""
    known = known_verbs()
    return bool(known) and verb.lemma_.lower() not in known and any(
        c.dep_ == "nsubj" and c.tag_ == "NNS" and c.text.islower() and _base(c) in headline_verbs()
        for c in verb.children)  # (not "air *strikes* pound Gaza": "pound" is a verb)


@lru_cache(maxsize=1)
def known_verbs() -> frozenset[str]:
    """The verbs of the lemmatizer's word index (WordNet's), to tell "pound" from "missile"; every
    word counts as one when the model has no such table."""
    from tidings.nlp.loader import load_nlp

    nlp = load_nlp()
    try:
        return frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])
    except (KeyError, ValueError):
        return frozenset()


def _verb_of(title: Span) -> Token | None:
    """The first headline verb after a noun phrase, with words after it."""
    for tok in title[1:-1]:
        if tok.lower_ in EXCHANGING and title.doc[tok.i + 1].lower_ in EXCHANGED and \
                all(t.pos_ in PHRASE_POS for t in title.doc[title.start:tok.i]):
            return tok  # "Armenia, Azerbaijan *trade* fire on border" (not "fire" as the verb)
        if (_base(tok) in headline_verbs() or tok.tag_ in {"VBP", "VBZ"} and tok.lemma_.lower() in known_verbs()) \
                and tok.text.islower() and tok.tag_ not in {"VBD", "VBN", "VBG"}:
            before = title.doc[title.start:tok.i]
            nxt = title.doc[tok.i + 1]
            if not tok.lower_.endswith("s") and nxt.lower_.endswith("s") and nxt.text.islower() and \
                    _base(nxt) in headline_verbs():
                continue  # "stabbing *attack* wounds 2 Israelis": the subject's noun, then the verb
            if all(t.pos_ in PHRASE_POS or t.pos_ == "VERB" and t.tag_ in {"VBP", "VBZ"} or
                   t.tag_ == "VBG" and t.dep_ in {"amod", "compound"} for t in before) and \
                    any(_nominal(t) for t in before):
                if tok.lower_.endswith("s") and nxt.text.islower() and not nxt.lower_.endswith("s") and \
                        nxt.lower_ in known_verbs() and nxt.pos_ not in {"ADP", "DET", "ADJ", "NUM"}:
                    return nxt  # "Air strikes *pound* Gaza": a plural subject and its verb
                return tok
            return None
    return None


def _base(tok: Token) -> str:
    word = tok.lower_
    verbs = headline_verbs()
    for cut in (0, 1, 2):
        if cut and not word.endswith("s"):
            break
        stem = word[:-cut] if cut else word
        if stem in verbs:
            return stem
    return tok.lemma_.lower()


def _groups(span: Span) -> list[list[Token]]:
    """The noun phrases of a list: "Putin, Xi", "India and Pakistan"."""
    groups: list[list[Token]] = [[]]
    for tok in span:
        if tok.text == "," or tok.pos_ == "CCONJ":
            groups.append([])
        else:
            groups[-1].append(tok)
    return [g for g in groups if g]


def _chunks(span: Span) -> list[tuple[Token | None, list[Token]]]:
    """The object and the prepositional phrases after the verb: [(None, object), (prep, phrase), ...]."""
    out: list[tuple[Token | None, list[Token]]] = []
    prep: Token | None = None
    words: list[Token] = []
    for tok in span:
        if tok.pos_ == "ADP" or tok.tag_ == "IN":
            if words or prep is not None:
                out.append((prep, words))
            prep, words = tok, []
        else:
            words.append(tok)
    if words or prep is not None:
        out.append((prep, words))
    return out


def _nominal(tok: Token) -> bool:
    """A noun, or a name the tagger took for an adjective ("*Pakistan* summons Afghan envoy")."""
    return tok.pos_ in NOMINAL or tok.pos_ == "ADJ" and tok.text[:1].isupper() and tok.i == tok.sent.start


def _head(words: list[Token]) -> Token | None:
    nouns = [t for t in words if _nominal(t) or t.pos_ in {"VERB", "NUM"}]
    return nouns[-1] if nouns else None


def _attach(words: list[Token], head: Token, dep: str) -> Token:
    """Hang a noun phrase on ``head``: its last noun as ``dep``, the other words on that noun."""
    noun = _head(words)
    assert noun is not None
    noun.head, noun.dep_ = head, dep
    if noun.pos_ == "ADJ":
        noun.pos_, noun.tag_ = "PROPN", "NNP"
    if noun.pos_ == "VERB":
        noun.pos_, noun.tag_ = "NOUN", "NN"  # ("fires *missile*": the parser's verb)
    for tok in words:
        if tok is noun:
            continue
        tok.head = noun
        if tok.pos_ == "DET":
            tok.dep_ = "det"
        elif tok.pos_ == "ADJ":
            tok.dep_ = "amod"
        elif tok.pos_ == "NUM":
            tok.dep_ = "nummod"
        elif tok.tag_ == "POS":
            tok.head, tok.dep_ = tok.doc[tok.i - 1], "case"
        elif tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ == "POS":
            tok.dep_ = "poss"
        elif tok.pos_ == "PUNCT":
            tok.dep_ = "punct"
        else:
            tok.dep_ = "compound"
            if tok.pos_ == "VERB":
                tok.pos_, tok.tag_ = "NOUN", "NN"
    return noun


def headline_passive(verb: Token) -> bool:
    """"Imran Khan arrested in Islamabad": a verb that always takes an object, in the past tense
    with a subject and no object, auxiliary or clause of its own, is a passive whose "was" a headline
    or tracker left out."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.lemma_.lower() not in always_transitive():
        return False
    kids = {c.dep_ for c in verb.children}
    if "nsubj" not in kids or kids & {"dobj", "aux", "auxpass", "nsubjpass", "ccomp", "xcomp", "dative", "attr",
                                      "prt", "acomp", "oprd"}:
        return False
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    doc = verb.doc
    between = doc[subject.right_edge.i + 1:verb.i]
    if not all(t.like_num or t.lower_.rstrip(".") in MONTHS for t in between):
        return False  # the participle right after its subject (or a tracker's date): "Khan arrested"
    if not _nothing_undergoes(verb):
        return False
    if verb.lemma_.lower() in JUDICIAL and subject.lemma_.lower() in STATE_DOERS:
        return False  # "police arrested on Monday ...": the arresting side, its object left out
    return subject.pos_ in {"NOUN", "PROPN"}  # (not "he killed", a pronoun: no headline)


def headline_fragment(verb: Token) -> bool:
    """"Opposition leader arrested in Kampala": the parser reads the headline passive as one noun
    phrase, the participle a modifier of the sentence's only noun."""
    noun = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in always_transitive() and \
        _nothing_undergoes(verb) and not any(c.dep_ == "dobj" for c in verb.children) and \
        noun.dep_ == "ROOT" and noun.pos_ in {"NOUN", "PROPN"} and noun.i < verb.i and \
        noun.lemma_.lower() not in STATE_DOERS and not any(
            t.pos_ in {"VERB", "AUX"} and t.i != verb.i and t.head.i == noun.i for t in verb.sent)


def _nothing_undergoes(verb: Token) -> bool:
    """After the participle come a place, a means or the end, not what it is done to: "arrested *in*
    Islamabad", "killed *in* a strike" (not "killed *at least 60* people")."""
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return after is None or after.is_punct or after.pos_ == "ADP" and not (
        after.lower_ == "at" and after.i + 1 < len(doc) and doc[after.i + 1].lower_ in {"least", "most"})


@lru_cache(maxsize=1)
def always_transitive() -> frozenset[str]:
    """The verbs that always take an object (data/headline_passives.txt)."""
    text = resources.files("tidings.nlp").joinpath("data/headline_passives.txt").read_text("utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def date_before_verb(day: Token) -> Token | None:
    """"Houthis 9 Jan fired missiles", "Army 21 Oct seized power": chronologies and trackers write
    the day between the subject and its verb, and the parser reads the date as the subject or the
    verb as an adjective of the object. ``day`` is a day of the month after a word of the subject,
    followed by a month and a past tense; returns that verb (None when the words are otherwise)."""
    doc, i = day.doc, day.i
    if not day.text.isdigit() or not 1 <= int(day.text) <= 31 or i == 0 or i + 2 >= len(doc):
        return None
    month, verb = doc[i + 1], doc[i + 2]
    if verb.pos_ == "ADV" and i + 3 < len(doc):
        verb = doc[i + 3]  # "Spain, Ireland and Norway 28 May *formally* recognised ..."
    before = doc[i - 1]
    if month.text.lower().rstrip(".") not in MONTHS or not verb.is_alpha or not verb.text.islower() or \
            verb.pos_ in FUNCTION_POS or not before.is_alpha:
        return None  # (any past tense, even one the tagger took for a noun: "army 13 March *overran*")
    if before.pos_ in FUNCTION_POS or before.pos_ == "AUX" and not before.text.isupper() or \
            before.pos_ == "VERB" and before.tag_ != "VBZ" or \
            before.lower_ in {"on", "of", "since", "until", "till", "by", "from", "to"}:
        return None  # ("signed on 9 Jan", "the talks of 9 Jan held"): not a subject before the date
        # (a plural noun read as a verb stays: "Ukraine *separatists* 22 Jan captured", and an
        # acronym read as a verb: "*IS* 23 May claimed")
    return verb


def hang_date_on_verb(day: Token, verb: Token) -> None:
    month = day.doc[day.i + 1]
    subject = day.doc[day.i - 1]
    if subject.pos_ == "AUX":  # "IS 23 May claimed": a name
        subject.pos_, subject.tag_, subject.lemma_ = "PROPN", "NNP", subject.text
    if subject.pos_ == "VERB":  # "Ukraine separatists": a plural noun, its "subject" a modifier
        subject.pos_, subject.tag_ = "NOUN", "NNS"
        subject.lemma_ = subject.lower_[:-1] if subject.lower_.endswith("s") else subject.lower_
        for child in subject.children:
            if child.dep_ == "nsubj" and child.i < subject.i:
                child.dep_ = "compound"
    while subject.head.i < day.i and subject.head.i != subject.i and \
            subject.dep_ in {"compound", "amod", "nmod", "nummod", "poss", "npadvmod", "conj", "pobj", "prep"}:
        subject = subject.head  # "Pres. *Tshisekedi*", "Government *forces*", "*Farmers* from Punjab"
    obj = verb.head if verb.dep_ == "amod" and verb.head.i > verb.i else None
    for tok in verb.sent:
        if tok.i <= verb.i or obj is not None and tok.i == obj.i:
            continue
        if tok.head.i <= month.i or tok.head.i == tok.i:  # hung on the subject or the date, or a root
            tok.head = verb
            if tok.dep_ in {"appos", "ROOT"} and tok.pos_ in {"NOUN", "PROPN"}:
                tok.dep_ = "dobj"
        elif obj is not None and tok.head.i == obj.i and tok.dep_ == "acl" and tok.i > obj.i:
            tok.head, tok.dep_ = verb, "advcl"  # ", detaining the prime minister": the same doer's act
    if verb.pos_ != "VERB":
        verb.pos_ = "VERB"
        verb.lemma_ = _verb_lemma(verb)
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    if obj is not None:
        obj.head, obj.dep_ = verb, "dobj"
    subject.head, subject.dep_ = verb, "nsubj"
    month.head, month.dep_ = verb, "npadvmod"
    day.head, day.dep_ = month, "nummod"


def _verb_lemma(verb: Token) -> str:
    """The lemma of a past tense the tagger had taken for a noun, by the pipeline's lemmatizer."""
    from tidings.nlp.loader import load_nlp

    nlp = load_nlp()
    if "lemmatizer" not in nlp.pipe_names:
        return verb.lemma_
    lemmas = nlp.get_pipe("lemmatizer").rule_lemmatize(verb)
    return lemmas[0] if lemmas else verb.lemma_
