"""Month names and the dateline of a plain-text article ("[News on January 10, 2022]").

A text file carries no metadata, but scraped stories usually open with the date they were
published. When neither the user (``--date``) nor the source gives a date, the first full date in
the opening lines is taken as the publication date (``date_source="text"``).
"""

from __future__ import annotations

import re
from datetime import date

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
MONTH_PATTERN = ("(?:January|February|March|April|May|June|July|August|September|October|November"
                 "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")

DATELINE_CHARS = 400  # how far into the text a dateline may sit

_FULL_DATE = re.compile(
    rf"\b(?P<iso>(?P<y1>(?:19|20)\d\d)-(?P<m1>[01]\d)-(?P<d1>[0-3]\d))\b"
    rf"|\b(?P<mon2>{MONTH_PATTERN})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)\b"
    rf"|\b(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon3>{MONTH_PATTERN})\.?,?\s+(?P<y3>(?:19|20)\d\d)\b")


def full_date(match: re.Match[str]) -> date | None:
    """The date written in a match of the full-date pattern, or None when it is no calendar date."""
    g = match.groupdict()
    try:
        if g["iso"]:
            return date(int(g["y1"]), int(g["m1"]), int(g["d1"]))
        if g["mon2"]:
            return date(int(g["y2"]), MONTHS[g["mon2"].lower()], int(g["d2"]))
        return date(int(g["y3"]), MONTHS[g["mon3"].lower()], int(g["d3"]))
    except ValueError:  # "February 30, 2022"
        return None


def find_dateline(text: str, today: date | None = None) -> date | None:
    """The first full date in the opening of ``text`` that is not in the future, or None."""
    today = today or date.today()
    for match in _FULL_DATE.finditer(text[:DATELINE_CHARS]):
        found = full_date(match)
        if found is not None and found <= today:
            return found
    return None
