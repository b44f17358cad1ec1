"""How force is used: the weapon an attack is made with, and force used on protesters.

CAMEO codes conventional military force by weapon (193 small arms, 194 artillery and tanks, 195
aerial weapons); the weapon words are data (``data/weapons.tsv``). It codes force that police or
soldiers use on protesters as repression (175).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from tidings.events.patterns import word_class
from tidings.events.roles import Found
from tidings.nlp import syntax

# objects that are shooting itself, whose modifiers name the weapon
SHOTS = frozenset({"fire", "barrage", "salvo", "volley", "round"})
# the words of protest in a sentence ("during mass protests", "demonstrators", "tear gas")
PROTEST_WORDS = word_class("@protest") | {"tear gas", "water cannon", "rubber bullet"}
# who represses: the state's armed and police forces
ENFORCERS = frozenset({"COP", "MIL", "SPY"})
# who is repressed: people, the opposition, workers, students
PEOPLE = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "REF", "MED", "HRI"})


@lru_cache(maxsize=1)
def weapons() -> list[tuple[str, frozenset[str]]]:
    text = resources.files("tidings.events.data").joinpath("weapons.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines()
            if ln and not ln.startswith("#") and not ln.startswith("code\t")]
    return [(code, frozenset(lemmas.split("|"))) for code, lemmas in rows]


def weapon_code(code: str, host: Token, trigger: list[Token]) -> tuple[str, str | None]:
    """A generic use of force (190) made specific by the weapon it names ("attacked four air bases
    *with drones*" → 195); ``code`` and None when none is named."""
    if code != "190":
        return code, None
    words: list[Token] = []
    for head in dict.fromkeys([host, *trigger]):
        for _, obj in syntax.prep_objects(head, {"with", "by"}):
            words += list(obj.subtree)
        for obj in (c for c in head.children if c.dep_ in syntax.OBJECTS):
            if obj.lemma_.lower() in SHOTS:  # "exchanged *small-arms* fire" (not "shot down a jet")
                words += [t for t in obj.subtree if t.i <= obj.i]
    text = f" {' '.join(t.lemma_.lower() for t in words)} ".replace(" - ", "-")  # "small-arm"
    for weapon_code_, table in weapons():
        hit = sorted(w for w in table if f" {w} " in text)
        if hit:
            return weapon_code_, hit[0]
    return code, None


def repression(code: str, sources: Found, targets: Found, sentence) -> str:
    """Force that police or soldiers use on people in a sentence about protest is repression
    (175): "security forces stormed a protest camp, killing dozens of demonstrators". Beating
    them stays a beating (182)."""
    if not (code[:2] == "19" or code == "1823") or not sources or not targets:
        return code
    own = {a.country for a, _ in sources}
    if not all(set(a.sectors) & ENFORCERS for a, _ in sources) or not all(
            set(a.sectors) & PEOPLE or (not a.sectors and a.country in own) for a, _ in targets):
        return code  # (a bare country of their own: "stormed a protest camp *in Khartoum*")
    lemmas = [t.lemma_.lower() for t in sentence]
    pairs = {f"{a} {b}" for a, b in zip(lemmas, lemmas[1:])}
    return "175" if (set(lemmas) | pairs) & PROTEST_WORDS else code

