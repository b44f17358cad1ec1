"""Verb and noun patterns: the data files under ``events/data`` compiled into lookup tables.

A pattern is a lemma, a CAMEO code and a *frame*: conditions on the words around the lemma and
where the source and target come from. Frames are written as space-separated items:

    obj=LIST        the direct object's head lemma is in LIST
    subj=LIST       the subject's head lemma is in LIST
    prt=LIST        the verb's particle ("break off", "carry out")
    xcomp=LIST      the verb's open complement ("agree to *meet*"; ``-ing`` in LIST: any gerund,
                    "considering *moving* them")
    clause=LIST     the verb of its that-clause ("denied that its troops had *crossed*")
    purpose=LIST    the verb's purpose infinitive, or the verb it helps to do ("sent troops *to
                    protect*", "*to help protect*")
    PREP=LIST       a prepositional phrase with that preposition whose object is in LIST ("with=@talks")
    !obj            the verb has no direct object
    voice=passive   (or active) the verb's voice
    source=SLOT     where the source comes from: subj, obj, dative, poss, by, or a preposition
    target=SLOT     where the target comes from (same slots, or none)
    agent=SECTOR    the sector of an actor implied by an event noun ("protests" → CVL protesters),
                    used when the source must be taken from a country modifier or the context
    recip           reciprocal: "A met B" is also "B met A"; "A and B met" pairs them up

LIST is ``word|word|@class|*``; ``@class`` names a noun class from ``classes.tsv``; ``*`` is any;
``<place>`` is any word the parser tags as a place name ("seized *Goma*");
a compound noun is written with an underscore in a frame ("tear_gas") and matches the object's
compound modifiers plus head lemma ("tear gas").
The most specific matching frame wins (most conditions), the earlier row on a tie.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

DATA = "tidings.events.data"
ROLE_KEYS = frozenset({"source", "target"})
DRILLS = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "war game"})
SPECIAL_KEYS = frozenset({"obj", "subj", "prt", "xcomp", "clause", "purpose", "voice"})
# the code of a frame that says its words are no event, so that a wider frame of the lemma does not
# apply ("met all the conditions" is no meeting)
NO_EVENT = "none"


class PatternError(ValueError):
    """A malformed row in a pattern file; the message names file and line."""


@dataclass(frozen=True, slots=True)
class Frame:
    lemma: str
    code: str  # CAMEO code, "=obj" / "=xcomp" (take the code of that word's own pattern), or "none"
    conditions: tuple[tuple[str, frozenset[str]], ...] = ()
    no_object: bool = False
    voice: str | None = None
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    agent: str | None = None
    reciprocal: bool = False
    origin: str = ""

    @property
    def joinable(self) -> bool:
        """True when the frame is a military exercise ("held drills"), which parties of several
        countries hold together (CAMEO 062); or the noun itself ("kicked off the exercise")."""
        return self.lemma in DRILLS or any(k == "obj" and v & DRILLS for k, v in self.conditions)

    @property
    def about_complement(self) -> bool:
        """True when the frame names the verb's complement ("attempted to assassinate" → 185), so
        the complement is not coded on its own."""
        return any(k == "xcomp" and "*" not in v for k, v in self.conditions)

    @property
    def specificity(self) -> float:
        """Conditions count 1 each; a wildcard ("in=*") only says a phrase is there: 0.5."""
        score = sum(0.5 if "*" in values else 1.0 for _, values in self.conditions)
        return score + int(self.no_object) * 0.5 + int(self.voice is not None) * 0.5

    def describe(self) -> str:
        conds = " ".join(f"{k}={'|'.join(sorted(v))}" for k, v in self.conditions)
        return f"{self.lemma} {conds}".strip() + f" → {self.code} ({self.origin})"


@dataclass(slots=True)
class PatternSet:
    """All frames by lemma, plus the noun classes they refer to."""

    verbs: dict[str, list[Frame]] = field(default_factory=dict)
    nouns: dict[str, list[Frame]] = field(default_factory=dict)
    classes: dict[str, frozenset[str]] = field(default_factory=dict)

    def add(self, table: dict[str, list[Frame]], frame: Frame, front: bool = False) -> None:
        frames = table.setdefault(frame.lemma, [])
        if front:
            frames.insert(0, frame)
        else:
            frames.append(frame)


def _data_rows(text: str, origin: str) -> Iterable[tuple[str, list[str]]]:
    header = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not header:
            header = True
            continue
        yield f"{origin}:{n}", [c.strip() for c in line.split("\t")]


def read_classes(text: str, origin: str) -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for where, cols in _data_rows(text, origin):
        if len(cols) < 2 or not cols[0].startswith("@"):
            raise PatternError(f"{where}: expected '@class<TAB>word|word'")
        classes.setdefault(cols[0], set()).update(w.strip() for w in cols[1].split("|") if w.strip())
    return {k: frozenset(v) for k, v in classes.items()}


def _expand(values: str, classes: dict[str, frozenset[str]], where: str) -> frozenset[str]:
    out: set[str] = set()
    for v in values.split("|"):
        v = v.strip()
        if v.startswith("@"):
            if v not in classes:
                raise PatternError(f"{where}: unknown noun class {v}")
            out |= classes[v]
        elif v:
            out.add(v.replace("_", " "))  # "tear_gas" in a frame is the compound "tear gas"
    return frozenset(out)


def parse_frame(lemma: str, code: str, spec: str, classes: dict[str, frozenset[str]],
                where: str) -> Frame:
    conditions: list[tuple[str, frozenset[str]]] = []
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    no_object, voice, agent, reciprocal = False, None, None, False
    for item in spec.split():
        if item == "-":
            continue
        if item == "recip":
            reciprocal = True
            continue
        if item == "!obj":
            no_object = True
            continue
        if "=" not in item:
            raise PatternError(f"{where}: frame item {item!r} is not KEY=VALUE")
        key, value = item.split("=", 1)
        if key == "voice":
            if value not in {"active", "passive"}:
                raise PatternError(f"{where}: voice must be active or passive")
            voice = value
        elif key == "agent":
            agent = value
        elif key in ROLE_KEYS:
            slots = tuple(v for v in value.split("|") if v)
            source, target = (slots, target) if key == "source" else (source, slots)
        else:
            conditions.append((key, _expand(value, classes, where)))
    if not (code.startswith("=") or code.isdigit() or code == NO_EVENT):
        raise PatternError(f"{where}: code {code!r} is neither a CAMEO code nor =obj/=xcomp/none")
    return Frame(lemma, code, tuple(conditions), no_object, voice, source, target, agent,
                 reciprocal, where)


def read_frames(text: str, origin: str, classes: dict[str, frozenset[str]]) -> list[Frame]:
    frames = []
    for where, cols in _data_rows(text, origin):
        if len(cols) < 2:
            raise PatternError(f"{where}: expected lemma<TAB>code[<TAB>frame[<TAB>note]]")
        lemma, code = cols[0].lower(), cols[1]
        spec = cols[2] if len(cols) > 2 else ""
        for lem in lemma.split("|"):
            frames.append(parse_frame(lem.strip(), code, spec, classes, where))
    return frames


def _read(name: str) -> str:
    return (resources.files(DATA) / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _package_classes() -> dict[str, frozenset[str]]:
    return read_classes(_read("classes.tsv"), "classes.tsv")


def word_class(name: str) -> frozenset[str]:
    """A word list of classes.tsv ("@enabling"): the lemmas a rule of the coder looks for."""
    return _package_classes()[name]


@lru_cache(maxsize=None)
def word_rows(filename: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The rows of a two-column data file of events/data (a key, then "|"-separated lemmas; "#"
    comments and the header row skipped), in file order: aims.tsv, topics.tsv, weapons.tsv."""
    rows = [ln.split("\t") for ln in _read(filename).splitlines() if ln and not ln.startswith("#")]
    return tuple((key, frozenset(lemmas.split("|"))) for key, lemmas in rows[1:])


def load_patterns(user_files: tuple[Path, ...] = ()) -> PatternSet:
    """The package patterns, with a user's files (verbs by default; ``nouns`` in the file name
    for noun patterns) taking precedence over package rows of equal specificity."""
    classes = read_classes(_read("classes.tsv"), "classes.tsv")
    ps = PatternSet(classes=classes)
    for f in read_frames(_read("verbs.tsv"), "verbs.tsv", classes):
        ps.add(ps.verbs, f)
    for f in read_frames(_read("nouns.tsv"), "nouns.tsv", classes):
        ps.add(ps.nouns, f)
    for path in user_files:
        table = ps.nouns if "noun" in Path(path).name else ps.verbs
        text = Path(path).read_text(encoding="utf-8")
        for f in read_frames(text, str(path), classes):
            ps.add(table, f, front=True)
    return ps
