"""The word lists of the place-mention rules, read from ``places/data/words.tsv`` (see its
header for what each list is). Adding coverage means adding words there, not branches here."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    text = resources.files("tidings.places.data").joinpath("words.tsv").read_text(
        encoding="utf-8")
    rows = [ln for ln in text.split("\n") if ln.strip() and not ln.startswith("#")][1:]
    lists: dict[str, set[str]] = {}
    for row in rows:
        name, words = row.split("\t")[:2]
        lists.setdefault(name, set()).update(w.strip() for w in words.split("|") if w.strip())
    return {name: frozenset(words) for name, words in lists.items()}


def word_list(name: str) -> frozenset[str]:
    """The words of list ``name`` ("social_head"): lower case, as written in words.tsv."""
    try:
        return _lists()[name]
    except KeyError:
        raise KeyError(f"places/data/words.tsv has no list {name!r}; it has "
                       f"{', '.join(sorted(_lists()))}") from None


CALENDAR_WORDS = word_list("calendar")
