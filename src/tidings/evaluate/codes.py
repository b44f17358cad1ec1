"""Actor codes as `tidings evaluate` compares them.

Gold files and tidings write the same actor in slightly different ways. Before comparing, every
actor code (gold and predicted alike) goes through :func:`normalise_code`:

- upper case ("CVLalb" and "CVLALB" are one sector chain);
- the country part (first three letters) rewritten through ``data/countries.tsv`` (JAP → JPN,
  ITL → ITA, VTN → VNM, ...);
- the sector "***" (PLOVER gold's placeholder for an undetermined sector) dropped: "ISR***" → "ISR";
- an international organisation's code written in another spelling rewritten through
  ``data/organisations.tsv`` (IGONAT → IGOWSTNAT, IGOAFRAU → IGOAFRAFU, ...);
- "CIV" after the country is read as the civilian sector CVL (a typo in PLOVER gold: "LBYCIV"
  for "Libyans"); as a country, CIV is Côte d'Ivoire and stays;
- "---" alone (PETRARCH's "no actor") and empty codes become ``None``.

A country is the first three letters of the normalised code; "---" (unknown country) gives ``None``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def country_table() -> dict[str, str]:
    """Gold country code → the ISO alpha-3 code tidings uses."""
    text = (resources.files("tidings.evaluate.data") / "countries.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {r[0].strip(): r[1].strip() for r in rows[1:]}


@lru_cache(maxsize=1)
def organisation_table() -> list[tuple[str, str]]:
    """Gold spellings of organisation codes → tidings' code, longest spelling first."""
    text = (resources.files("tidings.evaluate.data") / "organisations.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return sorted(((r[0].strip(), r[1].strip()) for r in rows[1:]), key=lambda r: -len(r[0]))


def normalise_code(code: str | None) -> str | None:
    """The comparable form of an actor code; ``None`` for no actor."""
    if code is None:
        return None
    code = code.strip().upper().replace("***", "")
    if not code or code == "---":
        return None
    country, rest = code[:3], code[3:]
    country = country_table().get(country, country)
    if rest.startswith("CIV"):
        rest = "CVL" + rest[3:]
    code = country + rest
    if country == "IGO":
        for spelling, ours in organisation_table():
            if code.startswith(spelling) and not code.startswith(ours):
                return ours + code[len(spelling):]
    return code


def country_of(code: str | None) -> str | None:
    """The country part of a normalised code; ``None`` when there is no actor or it is "---"."""
    if not code or code.startswith("---"):
        return None
    return code[:3]
