"""Offline language identification: writing system first, then function-word profiles.

No model is downloaded and nothing is trained: the script of the letters settles Greek, Hebrew,
Han, Hangul, Devanagari and the like; within Latin, Cyrillic and Arabic script the share of words
found in each profile of ``data/languages.tsv`` decides. A few milliseconds per article, because
only the first :data:`SAMPLE_CHARS` characters are looked at.

The rule leans towards English on purpose: tidings only skips a document when another language
clearly wins, so a short headline, a table of numbers or an English story quoting French stays in.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from tidings.ingest.tables import read_table

SAMPLE_CHARS = 12_000
MIN_LETTERS = 40  # fewer letters than this: too little to tell, assume English
MIN_WORDS = 12  # in Latin script, fewer words than this never make a text "not English": a
#                 one-line headline has too few function words to tell Czech "to" from English "to"
MIN_SCORE = 0.10  # another language must cover at least this share of words ...
MARGIN = 1.25  # ... and beat English by this factor

# Unicode blocks of the writing systems that identify a language (or a family) on their own.
_SCRIPTS: tuple[tuple[str, str, str], ...] = (
    ("latin", "", "A-Za-z\u00c0-\u024f\u1e00-\u1eff"),
    ("cyrillic", "", "\u0400-\u052f"),
    ("arabic", "", "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"),
    ("greek", "Greek", "\u0370-\u03ff\u1f00-\u1fff"),
    ("hebrew", "Hebrew", "\u0590-\u05ff"),
    ("devanagari", "Hindi (Devanagari script)", "\u0900-\u097f"),
    ("bengali", "Bengali", "\u0980-\u09ff"),
    ("gurmukhi", "Punjabi", "\u0a00-\u0a7f"),
    ("gujarati", "Gujarati", "\u0a80-\u0aff"),
    ("tamil", "Tamil", "\u0b80-\u0bff"),
    ("telugu", "Telugu", "\u0c00-\u0c7f"),
    ("kannada", "Kannada", "\u0c80-\u0cff"),
    ("malayalam", "Malayalam", "\u0d00-\u0d7f"),
    ("sinhala", "Sinhala", "\u0d80-\u0dff"),
    ("thai", "Thai", "\u0e00-\u0e7f"),
    ("lao", "Lao", "\u0e80-\u0eff"),
    ("myanmar", "Burmese", "\u1000-\u109f"),
    ("georgian", "Georgian", "\u10a0-\u10ff"),
    ("ethiopic", "Amharic (Ethiopic script)", "\u1200-\u139f"),
    ("khmer", "Khmer", "\u1780-\u17ff"),
    ("armenian", "Armenian", "\u0530-\u058f"),
    ("hangul", "Korean", "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"),
    ("kana", "Japanese", "\u3040-\u30ff\u31f0-\u31ff"),
    ("han", "Chinese", "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"),
)
_SCRIPT_RES = tuple((key, name, re.compile(f"[{chars}]")) for key, name, chars in _SCRIPTS)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_WORD = re.compile(r"[^\W\d_]+")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")  # "Sweden's": the "s" is no word of any language
_CODES = {"greek": "el", "hebrew": "he", "devanagari": "hi", "bengali": "bn", "gurmukhi": "pa",
          "gujarati": "gu", "tamil": "ta", "telugu": "te", "kannada": "kn", "malayalam": "ml",
          "sinhala": "si", "thai": "th", "lao": "lo", "myanmar": "my", "georgian": "ka",
          "ethiopic": "am", "khmer": "km", "armenian": "hy", "hangul": "ko", "kana": "ja",
          "han": "zh"}


@dataclass(frozen=True, slots=True)
class Language:
    """The verdict on one text. ``evidence`` says why, in words, for skip messages."""

    code: str  # ISO 639-1 ("en", "de"), or "und" when undetermined
    name: str
    is_english: bool
    evidence: str


@dataclass(frozen=True, slots=True)
class _Profile:
    code: str
    name: str
    script: str
    words: frozenset[str]


@lru_cache(maxsize=1)
def _profiles() -> tuple[_Profile, ...]:
    return tuple(_Profile(code, name, script, frozenset(words.split()))
                 for code, name, script, words in read_table("languages.tsv"))


@lru_cache(maxsize=None)
def _word_index(script: str) -> dict[str, tuple[str, ...]]:
    """word → the languages of this script whose profile lists it."""
    index: dict[str, list[str]] = {}
    for profile in _profiles():
        if profile.script == script:
            for word in profile.words:
                index.setdefault(word, []).append(profile.code)
    return {word: tuple(codes) for word, codes in index.items()}


def english_function_words() -> frozenset[str]:
    """The English profile: words that are English whatever a vocabulary says ("to", "the")."""
    return next(p.words for p in _profiles() if p.code == "en")


def detect_language(text: str) -> Language:
    """Identify the language of ``text`` (only the first 12,000 characters are read)."""
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(_POSSESSIVE.sub("", sample.lower()))
    letters = sum(map(len, words))
    if letters < MIN_LETTERS:
        return Language("en", "English", True, "too little text to tell; assumed English")
    # only characters outside ASCII can belong to another script: count scripts among those alone
    rest = "".join(_NON_ASCII.findall(sample))
    counts = {key: _count(rx, rest) for key, _, rx in _SCRIPT_RES[1:]} if rest else {}
    counts["latin"] = letters - sum(counts.values())
    # Japanese mixes kana with Han characters: any real share of kana makes it Japanese
    if counts.get("kana", 0) >= 0.1 * letters:
        return _by_script("kana", counts["kana"] + counts["han"], letters)
    script = max(counts, key=counts.__getitem__)
    if counts["latin"] >= 0.5 * letters:
        script = "latin"
    elif script not in ("cyrillic", "arabic"):
        return _by_script(script, counts[script], letters)
    return _by_words(words, script)


def _count(pattern: re.Pattern[str], text: str) -> int:
    return pattern.subn("", text)[1]


def _by_script(script: str, count: int, letters: int) -> Language:
    name = next(n for key, n, _ in _SCRIPTS if key == script)
    return Language(_CODES[script], name, False, f"{count / letters:.0%} of letters in {name} script")


def _by_words(words: list[str], script: str) -> Language:
    words = words[:3000]
    total = len(words) or 1
    hits: Counter[str] = Counter()
    index = _word_index(script)
    english = english_function_words() if script == "latin" else frozenset()
    for word, count in Counter(words).items():
        for code in index.get(word, ()):
            # a word English shares ("to", "a", "do") is evidence for English only
            if code == "en" or word not in english:
                hits[code] += count
    scores = {p.code: hits[p.code] / total for p in _profiles() if p.script == script}
    names = {p.code: p.name for p in _profiles()}
    en = scores.get("en", 0.0)
    others = {code: s for code, s in scores.items() if code != "en"}
    best = max(others, key=others.__getitem__) if others else None
    if script != "latin":
        # Cyrillic or Arabic script: not English whatever the words say
        code = best if best and others[best] > 0 else "und"
        name = names.get(code, f"a {script}-script language")
        share = f"{others[best]:.0%} {name} function words" if best else "no known words"
        return Language(code, name, False, f"{script.title()} script, {share}")
    if best is not None and others[best] >= MIN_SCORE and others[best] > MARGIN * en \
            and len(words) >= MIN_WORDS:
        return Language(best, names[best], False,
                        f"{others[best]:.0%} {names[best]} function words vs {en:.0%} English")
    return Language("en", "English", True, f"{en:.0%} English function words")
