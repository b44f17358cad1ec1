"""The dateline of a wire story ("ALMATY, Jan 5 (Reuters) -", "NAIROBI, Kenya (AP) —",
"BEIJING —"): where the story was filed, and so the article's main place when it has one."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from tidings.places.gazetteer import Gazetteer, fold
from tidings.places.mentions import Mention
from tidings.places.words import CALENDAR_WORDS

# An upper-case place, an optional qualifier and date, an optional agency, then a dash.
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})"
    r"(?:, (?P<qual>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?"
    r"(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}))?"
    r"(?: ?\((?P<agency>[A-Za-z&' .]{2,30})\))?"
    r" ?(?P<dash>[-\u2013\u2014]{1,2}) ", re.MULTILINE)
HEAD_CHARS = 400  # a dateline opens the story body, after at most a title line or two


def find_dateline(doc: Doc, gaz: Gazetteer, sent_of: list[int]) -> list[Mention]:
    """The dateline place and its qualifier ("NAIROBI, Kenya"), or [] when there is none.

    ``sent_of`` maps token index → sentence index.
    """
    for m in _DATELINE.finditer(doc.text[:HEAD_CHARS]):
        key = fold(m.group("place"))
        if not gaz.lookup_key(key):
            continue
        span = doc.char_span(m.start("place"), m.end("place"), alignment_mode="expand")
        if span is None:
            continue
        place = Mention(m.start("place"), m.end("place"), m.group("place"), key,
                        sent_of[span.start], "dateline", token_start=span.start,
                        token_end=span.end)
        found = [place]
        qual = m.group("qual")
        if qual and fold(qual) not in CALENDAR_WORDS and gaz.lookup_key(fold(qual)):
            qspan = doc.char_span(m.start("qual"), m.end("qual"), alignment_mode="expand")
            if qspan is not None:
                place.qualifier = Mention(m.start("qual"), m.end("qual"), qual, fold(qual),
                                          sent_of[qspan.start], "dateline",
                                          is_qualifier=True, token_start=qspan.start,
                                          token_end=qspan.end)
                found.append(place.qualifier)
        return found
    return []
