"""Repair of scraped text before parsing: glued words split, page furniture dropped, odd characters
normalised. Every change is recorded as a :class:`~tidings.model.Repair` against the original text,
and an :class:`~tidings.model.OffsetMap` maps offsets in the repaired text back to the original.

Why: text copied out of a web page loses the spaces around links ("close toXinjiang",
"TokayevAlso said") and keeps lines that belong to the page ("Related Articles: ..."). The parser
reads "TokayevAlso" as one unknown word and codes the related article as if it were this story.

A glued word is split where a known word or name ends and a capitalised word begins. "Known" means
any of: the left part stands on its own elsewhere in the same document (the strongest evidence, and
needs no vocabulary), it is an English function word, or ``is_word`` (given by the pipeline:
WordNet words plus actor names) knows it. Real camel-case names are protected by
``data/camelcase.tsv`` and by the rule that a glued form seen twice without its parts standing alone
is a name ("PlayStation ... PlayStation").
"""

from __future__ import annotations

import bisect
import html
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from tidings.ingest.language import english_function_words
from tidings.ingest.tables import read_table
from tidings.model import OffsetMap, Repair

IsWord = Callable[[str], bool]

# Words that begin a sentence but never end a name; a glued word whose right part is one of these
# ("RussiaThe", "TokayevAlso", "JinpingIt") splits even when the left part is an unknown name.
# Prepositions are left out on purpose: "LinkedIn", "CheckIn", "PlugIn" end in them.
_STARTERS = frozenset("""the this these those also according however meanwhile he she they we his
her their its it an""".split())


@dataclass(slots=True)
class Repaired:
    """What :func:`repair_text` returns: the clean text, what was changed, and the way back."""

    text: str
    repairs: list[Repair] = field(default_factory=list)
    offsets: OffsetMap = field(default_factory=OffsetMap)


@dataclass(slots=True)
class _Edit:
    start: int  # in the original
    end: int
    replacement: str
    repair: Repair | None  # None: part of a change already recorded by another edit


# -- data ------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _LineRule:
    pattern: re.Pattern[str]
    max_chars: int
    scope: str  # line, rest or label
    reason: str


@lru_cache(maxsize=1)
def _line_rules() -> tuple[_LineRule, ...]:
    return tuple(_LineRule(re.compile(pat, re.IGNORECASE), int(max_chars or 0), scope, reason)
                 for pat, max_chars, scope, reason in read_table("furniture.tsv"))


@lru_cache(maxsize=1)
def _camelcase() -> tuple[frozenset[str], frozenset[str]]:
    rows = read_table("camelcase.tsv")
    return (frozenset(form for form, kind in rows if kind == "name"),
            frozenset(form for form, kind in rows if kind == "prefix"))


# -- the entry point -------------------------------------------------------------------------------
def repair_text(text: str, is_word: IsWord | None = None) -> Repaired:
    """Repair scraped text.

    ``is_word(word)`` says whether a word or name is known (case as written); without it, only
    evidence from the text itself and English function words are used. Returns the repaired text,
    the repairs (offsets into ``text``) in text order, and the map from repaired to original offsets.
    """
    drops = _furniture(text)
    edits = drops + _normalise(text) + _abbreviations(text) + _splits(text, is_word)
    return _apply(text, _without_overlaps(edits))


# -- page furniture --------------------------------------------------------------------------------
_TAG_SEPARATOR = re.compile(r"\s+[|｜]\s+")


def _furniture(text: str) -> list[_Edit]:
    """Lines to drop, and tag lists after a headline ("Headline | Russia | Xinjiang")."""
    edits: list[_Edit] = []
    rules = _line_rules()
    half = len(text) // 2
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line)
        pos = end
        stripped = line.strip()
        if not stripped:
            continue
        label = _label(line, start, rules)
        if label is not None:
            edits.append(label)  # (the rest of the line may still end in a tag list)
        for rule in rules:
            if rule.scope == "label" or rule.max_chars and len(stripped) > rule.max_chars:
                continue
            if not rule.pattern.fullmatch(stripped):
                continue
            if rule.scope == "rest" and start >= half:
                edits.append(_Edit(start, len(text), "", Repair(
                    "drop", start, len(text), text[start:], "", f"{rule.reason} (to the end)")))
                return edits
            if rule.scope == "line":
                edits.append(_Edit(start, end, "", Repair(
                    "drop", start, end, line, "", rule.reason)))
                break
        else:
            tags = _tag_list(line)
            if tags is not None:
                edits.append(_Edit(start + tags, start + len(line.rstrip("\r\n")), "", Repair(
                    "drop", start + tags, start + len(line.rstrip("\r\n")),
                    line[tags:].rstrip("\r\n"), "", "tag list after a headline")))
    return edits


def _label(line: str, start: int, rules: tuple[_LineRule, ...]) -> _Edit | None:
    """A live page's label before an entry ("14:05 GMT - Israeli strikes have ..."), to drop."""
    lead = len(line) - len(line.lstrip())
    for rule in rules:
        if rule.scope != "label":
            continue
        m = rule.pattern.match(line, lead)
        if m is not None and len(line[m.end():].split()) >= 3:
            return _Edit(start + lead, start + m.end(), "", Repair(
                "drop", start + lead, start + m.end(), m.group(), "", rule.reason))
    return None


def _tag_list(line: str) -> int | None:
    """Where a trailing list of short tags begins in a headline line, or None."""
    parts = _TAG_SEPARATOR.split(line.strip())
    if len(parts) < 2 or len(parts[0].split()) < 3:
        return None
    if any(len(p.split()) > 4 or p.endswith((".", "?", "!")) for p in parts[1:]):
        return None
    match = _TAG_SEPARATOR.search(line)
    return match.start() if match else None


# -- characters ------------------------------------------------------------------------------------
_ODD = re.compile(r"&(?:amp|quot|apos|lt|gt|nbsp|#\d{2,5}|#x[0-9a-fA-F]{2,4});|[\u00a0\u2007\u202f]"
                  r"|[\u200b\u200c\u200d\u2060\ufeff\u00ad]+|\r\n?")


def _normalise(text: str) -> list[_Edit]:
    """HTML entities left in the text, no-break and zero-width spaces, soft hyphens, CR line ends."""
    edits = []
    for m in _ODD.finditer(text):
        before = m.group()
        if before.startswith("&"):
            after = html.unescape(before).replace("\u00a0", " ")
            why = "HTML entity"
        elif before in "\u00a0\u2007\u202f":
            after, why = " ", "no-break space"
        elif before[0] == "\r":
            after, why = "\n", "Windows line end"
        else:
            after, why = "", "invisible character"
        if why == "Windows line end":  # one per line would flood the log; record the first only
            record = None if any(e.repair and e.repair.reason == why for e in edits) else Repair(
                "normalize", m.start(), m.end(), before, after, "Windows line ends (all of them)")
        else:
            record = Repair("normalize", m.start(), m.end(), before, after, why)
        edits.append(_Edit(m.start(), m.end(), after, record))
    return edits


@lru_cache(maxsize=1)
def _abbreviation_rules() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    return tuple((re.compile(pat), replacement, note) for pat, replacement, note in read_table("abbreviations.tsv"))


def _abbreviations(text: str) -> list[_Edit]:
    """Abbreviated titles and words written out ("Pres." → "President", "Govt" → "Government")."""
    edits: list[_Edit] = []
    for rx, replacement, note in _abbreviation_rules():  # (the first rule to match a span wins)
        for m in rx.finditer(text):
            if any(e.start < m.end() and m.start() < e.end for e in edits):
                continue
            after = m.expand(replacement)
            edits.append(_Edit(m.start(), m.end(), after, Repair(
                "normalize", m.start(), m.end(), m.group(), after, f"abbreviation: {note}")))
    return edits


# -- glued words -----------------------------------------------------------------------------------
_RUN = re.compile(r"[A-Za-z]+")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# Each pattern below ends where a space may be missing. They consume what comes before that point
# instead of looking behind: Python's re is several times faster that way on long texts.
# a capital inside a letter run: lower→Upper ("KazakhstanLarge"), acronym→word ("NATOThe")
_GLUED = re.compile(r"[a-z](?=[A-Z])|[A-Z]{2}(?=[A-Z][a-z])")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z]{2})(?=[A-Z][a-z])")
# punctuation with no space after it: "Recently,Kazakhstan", "protests.The", "said:The"
_PUNCT = re.compile(r"[A-Za-z]{2}[,;:!?.](?=[A-Z][a-z])|[0-9][,;](?=[A-Z][a-z])")
# brackets glued to words: "Tokayev(Kassym-Jomart Tokayev)", "(Samat Abish)and", "](Interviewed"
_BRACKET = re.compile(r"[A-Za-z](?=\((?![a-z]{1,2}\))[A-Za-z])|[A-Za-z]\)(?=[A-Za-z])|\](?=\()")
_ENTITY_END = re.compile(r"&#?\w+;$")
_WEBBY = re.compile(r"(?:https?:|www\.|@|/|\.(?:com|org|net|gov|edu|io|co|uk|ru|cn)\b)", re.IGNORECASE)
_SPACE = re.compile(r"\s")
# what may stand before a word on its line for it to be a dateline: nothing, or capitalised words
_DATELINE = re.compile(r"[ \t]*(?:[A-Z]{2,}[ \t]+)*")
# a word of four letters or more glued to a function word no English word or name ends in
_TAILED = re.compile(r"\b([A-Za-z][a-z]{3,})(from|for|and|with|into|the|that|of|reported|said)\b")


def _splits(text: str, is_word: IsWord | None) -> list[_Edit]:
    edits: list[_Edit] = []
    known: _Vocabulary | None = None
    done_until = -1
    for candidate in _GLUED.finditer(text):
        if candidate.end() < done_until:
            continue  # another cut in a word already handled
        first, last = _run_around(text, candidate.end())
        done_until = last
        word = text[first:last]
        if len(word) < 4:
            continue
        if known is None:  # counting the document's words only pays when something looks glued
            known = _Vocabulary(Counter(_RUN.findall(text)), is_word)
        piece = 0
        dateline = _DATELINE.fullmatch(text, text.rfind("\n", 0, first) + 1, first) is not None
        for cut in (m.start() for m in _CAMEL.finditer(word)):
            if known.should_split(word, piece, cut, dateline):
                edits.append(_Edit(first + cut, first + cut, " ", Repair(
                    "split", first + piece, last, word[piece:],
                    f"{word[piece:cut]} {word[cut:]}", "words glued at a link")))
                piece = cut
    edits += _function_word_tails(text, is_word)
    for rx, why in ((_PUNCT, "no space after punctuation"), (_BRACKET, "no space around a bracket")):
        for m in rx.finditer(text):
            pos = m.end()
            if rx is _PUNCT and (_WEBBY.search(_token_around(text, pos))
                                 or _ENTITY_END.search(text, max(0, pos - 10), pos)):
                continue  # "example.Com/Page", e-mail addresses, "AT&amp;T"
            left = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos)) + 1
            right = _space_after(text, pos)
            edits.append(_Edit(pos, pos, " ", Repair(
                "split", left, right, text[left:right], f"{text[left:pos]} {text[pos:right]}", why)))
    return edits


def _function_word_tails(text: str, is_word: IsWord | None) -> list[_Edit]:
    """"outside parliament in Tbilisifor a second night", "the presidential palace in Khartoumfrom
    the RSF": a word glued to a following function word that no name ends in. Split only when the
    whole is no known word or name and the part before it is one (``is_word``), so "Brandford" or
    "Ireland" stay whole."""
    if is_word is None:
        return []
    edits: list[_Edit] = []
    for m in _TAILED.finditer(text):
        word, tail = m.group(), m.group(2)
        left = word[: len(word) - len(tail)]
        if is_word(word) or not is_word(left) or left.lower() in english_function_words():
            continue
        cut = m.start() + len(left)
        edits.append(_Edit(cut, cut, " ", Repair("split", m.start(), m.end(), word, f"{left} {tail}",
                                                 "words glued at a link")))
    return edits


def _run_around(text: str, pos: int) -> tuple[int, int]:
    """The ASCII letter run containing the boundary at ``pos``."""
    first, last = pos, pos
    while first > 0 and text[first - 1] in _LETTERS:
        first -= 1
    while last < len(text) and text[last] in _LETTERS:
        last += 1
    return first, last


def _token_around(text: str, pos: int) -> str:
    left = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos)) + 1
    return text[left:_space_after(text, pos)]


def _space_after(text: str, pos: int) -> int:
    m = _SPACE.search(text, pos)
    return m.start() if m else len(text)


class _Vocabulary:
    """Decides whether a glued word splits at one cut, from the document's own words and ``is_word``."""

    def __init__(self, counts: Counter[str], is_word: IsWord | None):
        self.counts = counts
        self.is_word = is_word
        self.function = english_function_words()
        self.names, self.prefixes = _camelcase()

    def standalone(self, part: str) -> bool:
        return self.counts[part] > 0 or (part[0].isupper() and self.counts[part.lower()] > 0)

    def known(self, part: str) -> bool:
        return (part.lower() in self.function or self.standalone(part)
                or (self.is_word is not None and len(part) > 1 and self.is_word(part)))

    def protected(self, word: str, piece: int, cut: int) -> bool:
        left = word[piece:cut]
        if left in self.prefixes or (len(left) == 1 and left.islower()):
            return True  # McConnell, DeWine; iPhone, eBay
        # a listed name anywhere across the cut: "McDonald's", "YouTubers", "PlayStation5"
        for name in self.names:
            at = word.find(name)
            while at >= 0:
                if at < cut < at + len(name):
                    return True
                at = word.find(name, at + 1)
        if self.is_word is not None:
            for span in _spans_across(word, cut):
                if self.is_word(span) and not span.lower() in self.function:
                    return True  # the pipeline knows the camel-case form as a name
        return False

    def should_split(self, word: str, piece: int, cut: int, dateline: bool = False) -> bool:
        left, right = word[piece:cut], _first_part(word[cut:])
        if len(left) < 2 or self.protected(word, piece, cut):
            return False
        if dateline and piece == 0 and len(left) > 2 and left.isupper() and right.istitle():
            return True  # a capitalised dateline glued to the story: "GENEVAThe", "NEW DELHIIndia"
        if left.isupper() or right.isupper():
            # acronyms ("NATOThe"): both sides must be evidenced, as "JPMorgan" is not two words
            return self.standalone(left) and (right.lower() in _STARTERS or self.standalone(right))
        if not (right[:1].isupper() and right[1:2].islower()):
            return False
        strong = self.standalone(left) or left.lower() in self.function or right.lower() in _STARTERS
        if strong:
            return True
        if not self.known(left):
            return False
        # a glued form seen twice while neither part stands alone is a name, not an accident
        return self.counts[word] < 2


def _first_part(rest: str) -> str:
    m = _CAMEL.search(rest, 1)
    return rest[: m.start()] if m else rest


def _spans_across(word: str, cut: int) -> list[str]:
    bounds = [0] + [m.start() for m in _CAMEL.finditer(word)] + [len(word)]
    starts = [b for b in bounds if b < cut]
    ends = [b for b in bounds if b > cut]
    return [word[s:e] for s in starts for e in ends]


# -- applying edits --------------------------------------------------------------------------------
def _without_overlaps(edits: list[_Edit]) -> list[_Edit]:
    """Sorted edits; an edit inside a dropped range, or at the same place as another, is left out.

    Drops never overlap one another (one rule per line), and the other edits are single characters
    or insertions, so checking each against the sorted drops is enough.
    """
    drops = sorted((e for e in edits if e.repair is not None and e.repair.kind == "drop"),
                   key=lambda e: e.start)
    starts = [d.start for d in drops]
    kept = list(drops)
    seen: set[tuple[int, int]] = set()
    for edit in edits:
        if edit.repair is not None and edit.repair.kind == "drop":
            continue
        i = bisect.bisect_right(starts, edit.start) - 1
        if i >= 0 and edit.start <= drops[i].end and (edit.start < drops[i].end or edit.start == edit.end):
            continue
        if i + 1 < len(drops) and edit.end > drops[i + 1].start:
            continue
        if (edit.start, edit.end) in seen:
            continue
        seen.add((edit.start, edit.end))
        kept.append(edit)
    kept.sort(key=lambda e: (e.start, e.end))
    return kept


def _apply(text: str, edits: list[_Edit]) -> Repaired:
    pieces: list[str] = []
    clean_anchor: list[int] = []
    orig_anchor: list[int] = []
    pos = 0  # in the original
    length = 0  # of the clean text so far
    for edit in edits:
        pieces.append(text[pos:edit.start])
        length += edit.start - pos
        pieces.append(edit.replacement)
        length += len(edit.replacement)
        # from here on, clean offsets continue from the end of the edited range
        clean_anchor.append(length)
        orig_anchor.append(edit.end)
        pos = edit.end
    pieces.append(text[pos:])
    repairs = [e.repair for e in edits if e.repair is not None]
    repairs.sort(key=lambda r: (r.start, r.end))
    return Repaired("".join(pieces), repairs, OffsetMap(clean_anchor, orig_anchor))
