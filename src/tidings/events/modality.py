"""Modality: words that govern another event (order, plan, urge, refuse, ...) and what they do to it.

Loaded from ``events/data/modality.tsv`` (the governing words) and ``events/data/derived.tsv``
(the intent, appeal, demand and refusal codes of each action).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tidings.codebook import cameo

DATA = "tidings.events.data"
KINDS = frozenset({"order", "same", "intent", "threat", "prepare", "appeal", "demand", "reject", "drop",
                   "occur", "consider"})
DERIVED_COLUMNS = ("intent", "appeal", "demand", "reject", "prepare")
GENERIC = {"intent": "030", "appeal": "020", "demand": "100", "reject": "120"}
FAMILY = {"intent": "03", "appeal": "02", "demand": "10", "reject": "12", "threat": "13"}


@dataclass(frozen=True, slots=True)
class Governor:
    lemma: str
    pos: str
    kind: str
    controller: str  # "subj", "comp" (subj, with a complement only), "obj" or a preposition ("on")
    origin: str


def _rows(name: str):
    text = (resources.files(DATA) / name).read_text(encoding="utf-8")
    header = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header:
            header = True
            continue
        yield f"{name}:{n}", [c.strip() for c in line.split("\t")]


@lru_cache(maxsize=1)
def governors() -> dict[tuple[str, str], list[Governor]]:
    """(lemma, pos) → governor rows, in file order."""
    table: dict[tuple[str, str], list[Governor]] = {}
    for where, cols in _rows("modality.tsv"):
        lemmas, pos, kind, controller = cols[0], cols[1], cols[2], cols[3]
        if kind not in KINDS:
            raise ValueError(f"{where}: unknown modality kind {kind!r}")
        for lemma in lemmas.split("|"):
            table.setdefault((lemma, pos), []).append(Governor(lemma, pos, kind, controller, where))
    return table


def governor_for(lemma: str, pos: str, has_object: bool, has_complement: bool,
                 preps: set[str]) -> Governor | None:
    """The row that applies: object-controlled rows need an object and a complement."""
    rows = governors().get((lemma, "AUX" if pos == "AUX" else pos), [])
    for row in rows:
        if row.controller == "obj":
            if has_object and has_complement:
                return row
        elif row.controller == "subj" or (row.controller == "comp" and has_complement):
            return row
        elif row.controller in preps:
            return row
    return None


def controls_subject_only(lemma: str) -> bool:
    """True for verbs whose infinitive is always their subject's act ("threatened to strike",
    "vowed to fight"): they have no passive with an infinitive, unlike "ordered to leave"."""
    rows = governors().get((lemma, "VERB"), [])
    return bool(rows) and all(r.controller in {"subj", "comp"} for r in rows) and \
        not any(r.kind in {"drop", "occur", "same"} for r in rows)


def is_ordering(lemma: str) -> bool:
    """True for verbs that order others to act ("ordered patrols")."""
    return any(r.kind == "order" for r in governors().get((lemma, "VERB"), []))


def is_occurrence(lemma: str) -> bool:
    """True for verbs that only say their subject, an event noun, happened ("broke out")."""
    return any(r.kind == "occur" for r in governors().get((lemma, "VERB"), []))


def occurrence_needs_doer(lemma: str) -> bool:
    """True for verbs of occurrence that tell of an event only when the noun names its doer ("the
    arrest of Navalny *by police* was followed by ...")."""
    return any(r.kind == "occur" and r.controller == "doer" for r in governors().get((lemma, "VERB"), []))


@lru_cache(maxsize=1)
def _derived() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for where, cols in _rows("derived.tsv"):
        action = cols[0]
        table[action] = {}
        for name, value in zip(DERIVED_COLUMNS, cols[1:]):
            if value:
                cameo(value)  # fail loudly on a code that does not exist
                table[action][name] = value
    return table


# what forswearing an act of force is: an intent to de-escalate military engagement (CAMEO 0356)
FORSWORN = {"18": "0356", "19": "0356", "20": "0356"}


def derive(code: str, kind: str) -> str:
    """The code of ``code`` under a modality kind: ("072", "intent") → "0332"."""
    if kind in {"same", "order", "occur"}:
        return code
    if kind == "consider":  # "is considering sanctions": whatever the option, CAMEO 014
        return "014"
    if kind == "forswear":  # "pledged not to attack Pakistan": force forsworn is an intent to
        return FORSWORN.get(code[:2]) or derive(code, "reject")  # de-escalate; anything else a refusal
    if code[:2] == FAMILY.get(kind):  # "appealed to the US to press for a ceasefire": an appeal
        # for an appeal is that appeal (0256), not a generic one; one to press a third party with
        # nothing named is an appeal for diplomatic support ("asked China to press North Korea")
        return "022" if kind == "appeal" and code == "020" else code
    if kind == "threat":  # "threatened to block the bid": a threat whatever the act (13x, else 130)
        intent = derive(code, "intent")
        return intent if intent.startswith("13") else "130"
    table = _derived()
    for length in range(len(code), 1, -1):
        row = table.get(code[:length])
        if row and kind in row:
            return row[kind]
    if kind == "prepare":  # preparing to cooperate is intending to
        return derive(code, "intent")
    return GENERIC[kind]
