"""Time expressions in a parsed article, resolved against its publication date, and the expression
that dates a given verb.

News dates events relative to the day it was written: "on Friday (7th)", "yesterday", "last week".
:func:`find_dates` finds such expressions in ``doc.text`` with regular expressions and turns each
into a calendar date; :func:`date_of` gives the expression attached to the clause of an event's
trigger, walking up the dependency tree ("reported on Friday (7th) that ... he has ordered" dates
the order by "on Friday (7th)", as nothing closer to "ordered" carries a date).

Resolution rules (``published`` = publication date):

- a weekday is the most recent such day on or before publication ("last Friday" the same, but never
  the publication day itself); after it if the clause is in the future ("will meet on Friday");
  a day of the month in parentheses ("Friday (7th)") confirms or corrects it;
- a day and month without a year ("January 7", "on Jan. 5") take the year that puts them nearest to
  publication, counting days after publication double (news reports the past more than the future);
- relative periods ("last week", "earlier this year", "two days ago") count from publication;
- absolute dates ("2022-01-07", "January 7, 2022", "in 2019", "March 2021") need no publication date;
  a decade ("in the late 1970s") is dated by the year its part starts (early 0, mid 4, late 7).

``value`` is the first day of the period the expression names; ``granularity`` says how long that
period is (day, week, month or year), so "last month" is ``(2021-12-01, "month")``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from tidings.ingest.dateline import MONTH_PATTERN, MONTHS
from tidings.nlp.syntax import clause_verb

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
_FUTURE_HEADS = frozenset({"plan", "schedule", "expect", "due", "intend", "set", "aim", "prepare"})


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression: where it is (characters of ``doc.text`` and tokens) and when it means."""

    text: str  # as written, with its preposition when it has one ("on Friday (7th)")
    start: int
    end: int
    value: date  # first day of the period meant
    granularity: str  # day | week | month | year
    token_start: int
    token_end: int


# -- patterns --------------------------------------------------------------------------------------
_PREP = r"(?:\b(?i:on|in|since|during|by|until|till|from|before|after|as of|through|throughout|of)\s+)?"
_WD = "(?P<wd>" + "|".join(WEEKDAYS) + ")"
_DOM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(rx)) for kind, rx in (
    ("iso", _PREP + r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"),
    ("month_day", _PREP + rf"(?:{_WD},?\s+)?(?P<mon>{MONTH_PATTERN})\.?\s+{_DOM}(?:,?\s+{_YEAR})?"),
    ("day_month", _PREP + rf"(?:(?:the\s+)?{_DOM}\s+(?:of\s+)?)(?P<mon>{MONTH_PATTERN})\b\.?(?:,?\s+{_YEAR})?"),
    ("month_year", _PREP + rf"(?:early\s+|late\s+|mid-)?(?P<mon>{MONTH_PATTERN})\.?,?\s+{_YEAR}"),
    ("month", r"\b(?P<rel>(?i:in|since|during|until|by|from|early|late|mid-|last|this|next|earlier in))"
              rf"\s*(?P<mon>{MONTH_PATTERN})\b"),
    ("weekday", rf"(?:\b(?P<rel>(?i:on|last|this past|this coming|this|next|since|by|until|from))\s+)?{_WD}"
                r"(?:\s*\((?P<paren>[0-3]?\d)(?:st|nd|rd|th)?\))?"),
    ("relative_day", r"(?i:(?:earlier |later )?(?P<rel>the day before yesterday|yesterday|today|tonight"
                     r"|tomorrow|last night|this morning|this afternoon|this evening))\b"),
    ("period", r"(?i:(?P<rel>(?:(?:earlier|later|early|late) )?(?:this|last|past|previous|next)"
               r"|the past|the previous)\s+(?P<unit>week|weekend|month|year))\b"),
    ("ago", r"(?i:(?:(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?"
            r"(?P<unit>day|week|month|year|decade)s?\s+ago)\b"),
    ("year", r"\b(?P<rel>(?i:in|since|during|until|by|from|before|after|early|late|mid-|throughout"
             rf"|in early|in late|in mid-))\s*{_YEAR}(?!s|\s*(?:%|percent|per cent|-\d))"),
    ("dom", rf"\b(?i:on the) {_DOM}\b"),
    ("decade", r"\b(?i:in|since|during|until|by|from|before|after|throughout)\s+the\s+"
               r"(?P<part>(?i:early|mid-?|late)\s*)?(?P<decade>(?:19|20)\d0)s\b"),
))


# what each pattern cannot match without: a cheap search that skips the pattern on most texts (the
# full patterns try their optional prepositions at every position)
_MONTH_CORE = re.compile(rf"\b(?:{MONTH_PATTERN})")
_CORES: dict[str, re.Pattern[str]] = {
    "iso": re.compile(r"\d-[01]\d-"), "month_day": _MONTH_CORE, "day_month": _MONTH_CORE,
    "month_year": _MONTH_CORE, "month": _MONTH_CORE, "weekday": re.compile("|".join(WEEKDAYS)),
    "relative_day": re.compile(r"(?i)yesterday|today|tonight|tomorrow|last night|this (?:morning"
                               r"|afternoon|evening)"),
    "period": re.compile(r"(?i)week|month|year"), "ago": re.compile(r"(?i)\bago\b"),
    "year": re.compile(r"(?:19|20)\d\d"), "dom": re.compile(r"(?i)on the \d"),
    "decade": re.compile(r"(?:19|20)\d0s"),
}


def find_dates(doc: Doc, published: date | None) -> list[TimeExpr]:
    """Every time expression in ``doc`` that can be resolved, in text order.

    Without ``published`` only absolute expressions (with a year) are returned.
    """
    # ``doc.text`` is rebuilt from every token on each access: read it once, not once per pattern
    text = doc.text
    matches = sorted(((m.start(), -(m.end() - m.start()), kind, m) for kind, rx in _PATTERNS
                      if _CORES[kind].search(text) for m in rx.finditer(text)),
                     key=lambda t: (t[0], t[1]))
    found: list[TimeExpr] = []
    taken_until = -1
    for start, _, kind, match in matches:
        if start < taken_until:
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        resolved = _RESOLVERS[kind](match, published, lambda s=span: _is_future(s))
        if resolved is None:
            continue
        value, granularity = resolved
        found.append(TimeExpr(match.group(), match.start(), match.end(), value, granularity,
                              span.start, span.end))
        taken_until = match.end()
    return found


def date_of(token: Token, exprs: list[TimeExpr]) -> TimeExpr | None:
    """The time expression attached to the clause of ``token``, or None.

    Walks from ``token`` up its heads to the root of the sentence; the first node that an
    expression hangs from (directly, or as the nearest verb above it) gives the date.
    """
    sent = token.sent
    candidates = [e for e in exprs if sent.start <= e.token_start < sent.end]
    if not candidates:
        return None
    anchored = [(_anchor(token.doc, e), e) for e in candidates]
    for node in _chain(token):
        for (head, clause), expr in anchored:
            if head.i == node.i or clause.i == node.i:
                return expr
    return None


# -- attachment ------------------------------------------------------------------------------------
# prepositions of a cause or a topic: a date inside their phrase belongs to what they name
_CAUSE_PREPS = frozenset({"for", "over", "since"})

def _chain(token: Token) -> Iterator[Token]:
    yield token
    yield from token.ancestors


def _anchor(doc: Doc, expr: TimeExpr) -> tuple[Token, Token]:
    """The token an expression hangs from, and the nearest verb at or above it."""
    root = doc[expr.token_start:expr.token_end].root
    head = root.head if root.head.i != root.i else root
    clause = head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        if clause.dep_ == "prep" and clause.lower_ in _CAUSE_PREPS:
            return head, head  # "apologised *for the downing of a warplane last November*": the
            # date of the cause, not of the apology
        if clause.dep_ == "appos":
            return head, clause  # "to extradite Lugovoy, *the suspect in a poisoning last November*":
            # the date of what the apposition tells about the person, not of the extradition
        clause = clause.head
    return head, clause


def _is_future(span: Span) -> bool:
    """True when the clause the expression belongs to speaks of the future ("will meet on Friday")."""
    root = span.root
    verb = clause_verb(root.head if root.head.i != root.i else root)
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ in _FUTURE_HEADS


# -- resolution ------------------------------------------------------------------------------------
Resolved = tuple[date, str] | None
Future = Callable[[], bool]


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(m: re.Match[str], published: date | None, future: Future) -> Resolved:
    found = _safe(int(m["year"]), int(m["month"]), int(m["day"]))
    return (found, "day") if found else None


def _month_day(m: re.Match[str], published: date | None, future: Future) -> Resolved:
    month, day = MONTHS[m["mon"].lower()], int(m["day"])
    if m["year"]:
        found = _safe(int(m["year"]), month, day)
        return (found, "day") if found else None
    if published is None:
        return None
    options = [d for y in (published.year - 1, published.year, published.year + 1)
               if (d := _safe(y, month, day)) is not None]
    if not options:
        return None
    ahead = 0.5 if future() else 2.0  # a future clause makes the date after publication likelier
    return min(options, key=lambda d: (published - d).days if d <= published
               else ahead * (d - published).days), "day"


def _month_year(m: re.Match[str], published: date | None, future: Future) -> Resolved:
    return date(int(m["year"]), MONTHS[m["mon"].lower()], 1), "month"


def _month(m: re.Match[str], published: date | None, future: Future) -> Resolved:
    if published is None:
        return None
    month, rel = MONTHS[m["mon"].lower()], m["rel"].lower()
    this_year = published.year
    if rel == "next":
        year = this_year + (month <= published.month)
    elif rel == "last":
        year = this_year - (month >= published.month)
    elif future():
        year = this_year + (month < published.month)
    else:  # "in March": the most recent March, this one included
        year = this_year - (month > published.month)
    return date(year, month, 1), "month"


def _weekday(m: re.Match[str], published: date | None, future: Future) -> Resolved:
    if published is None:
        return None
    weekday, rel = WEEKDAYS.index(m["wd"]), (m["rel"] or "").lower()
    back = (published.weekday() - weekday) % 7
    if rel in ("next", "this coming") or (rel not in ("last", "this past", "since") and future()):
        found = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    elif rel == "this":
        found = published - timedelta(days=published.weekday()) + timedelta(days=weekday)
    else:
        found = published - timedelta(days=back or (7 if rel in ("last", "this past") else 0))
    if m["paren"]:
        found = _confirm(found, weekday, int(m["paren"]), published)
    return found, "day"


def _confirm(guess: date, weekday: int, day: int, published: date) -> date:
    """The date near publication with this weekday and day of the month, else the guess."""
    if guess.day == day:
        return guess
    window = [published + timedelta(days=k) for k in range(-35, 8)]
    fits = [d for d in window if d.weekday() == weekday and d.day == day]
    past = [d for d in fits if d <= published]
    return past[-1] if past else (fits[0] if fits else guess)


def _relative_day(m: re.Match[str], published: date | None, future: Future) -> Resolved:
    if published is None:
        return None
    rel = m["rel"].lower()
    shift = {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "tomorrow": 1}.get(rel, 0)
    return published + timedelta(days=shift), "day"


def _period(m: re.Match[str], published: date | None, future: Future) -> Resolved:
    if published is None:
        return None
    rel, unit = m["rel"].lower().split()[-1], m["unit"].lower()
    step = {"this": 0, "next": 1}.get(rel, -1)
    if rel == "past" and m["rel"].lower().startswith("the"):  # "the past week": the days up to now
        days = {"week": 7, "weekend": 7, "month": 30, "year": 365}[unit]
        return published - timedelta(days=days), "week" if unit == "weekend" else unit
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        return monday + timedelta(weeks=step), "week"
    if unit == "weekend":
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        return saturday + timedelta(weeks=1 if step == 1 else 0), "week"
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return date(index // 12, index % 12 + 1, 1), "month"
    return date(published.year + step, 1, 1), "year"


def _ago(m: re.Match[str], published: date | None, future: Future) -> Resolved:
    if published is None:
        return None
    # ("years ago", "decades ago" with no number: a few, at least two)
    n = 2 if m["n"] is None else int(m["n"]) if m["n"].isdigit() else _NUMBERS[m["n"].lower()]
    unit = m["unit"].lower()
    if unit == "decade":  # "a decade ago", "three decades ago"
        return date(published.year - 10 * n, 1, 1), "year"
    if unit in ("day", "week"):
        return published - timedelta(days=n * (7 if unit == "week" else 1)), unit
    if unit == "month":
        index = published.year * 12 + published.month - 1 - n
        return date(index // 12, index % 12 + 1, 1), "month"
    return date(published.year - n, 1, 1), "year"


def _year(m: re.Match[str], published: date | None, future: Future) -> Resolved:
    return date(int(m["year"]), 1, 1), "year"


def _decade(m: re.Match[str], published: date | None, future: Future) -> Resolved:
    """"in the late 1970s": the year the part of the decade starts (early 0, mid 4, late 7)."""
    part = (m["part"] or "").strip().lower().rstrip("-")
    return date(int(m["decade"]) + {"early": 0, "mid": 4, "late": 7}.get(part, 0), 1, 1), "year"


def _dom(m: re.Match[str], published: date | None, future: Future) -> Resolved:
    if published is None:
        return None
    day = int(m["day"])
    for back in range(0, 62):
        found = published - timedelta(days=back)
        if found.day == day:
            return found, "day"
    return None


_RESOLVERS: dict[str, Callable[[re.Match[str], date | None, Future], Resolved]] = {
    "iso": _iso, "month_day": _month_day, "day_month": _month_day, "month_year": _month_year,
    "month": _month, "weekday": _weekday, "relative_day": _relative_day, "period": _period,
    "ago": _ago, "year": _year, "dom": _dom, "decade": _decade,
}
