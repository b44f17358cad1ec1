"""Near-duplicate stories: the same wire story syndicated on several sites, with different page
furniture, headlines or a trimmed paragraph, should be stored once (with all its URLs) and its
events counted once.

Method: MinHash over word 5-shingles of the repaired text, with locality-sensitive hashing (32
bands of 4 rows) to find candidates without comparing every pair. Two texts are near-duplicates
when the estimated Jaccard similarity of their shingle sets reaches ``threshold`` (0.7 by default:
copies of one story score 0.8-1.0, different stories about the same event rarely above 0.2).

Signatures are deterministic across processes and machines (CRC-32 of shingles, permutations from a
fixed seed), so a store can keep them (:meth:`Signature.to_bytes`) and rebuild its index later.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections import defaultdict
from dataclasses import dataclass
from typing import Hashable, Iterable

import numpy as np

SHINGLE_WORDS = 5
PERMUTATIONS = 128
BANDS, ROWS = 32, 4  # BANDS * ROWS == PERMUTATIONS; candidates from a similarity of about 0.4
DEFAULT_THRESHOLD = 0.7

_PRIME = np.uint64((1 << 61) - 1)
_MASK = np.uint64(0xFFFFFFFF)
_rng = np.random.default_rng(20240501)  # fixed: signatures must mean the same thing in every run
_A = _rng.integers(1, 1 << 32, size=PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, 1 << 32, size=PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Signature:
    """MinHash signature of one text: ``values`` (128 × uint32) and the number of shingles."""

    values: np.ndarray
    shingles: int

    def similarity(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two texts' shingle sets (0.0-1.0)."""
        if self.shingles == 0 or other.shingles == 0:
            return 1.0 if self.shingles == other.shingles else 0.0
        return float(np.count_nonzero(self.values == other.values)) / PERMUTATIONS

    def to_bytes(self) -> bytes:
        """516 bytes: the shingle count then the values, little-endian."""
        return struct.pack("<I", self.shingles) + self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        (count,) = struct.unpack_from("<I", data)
        return cls(np.frombuffer(data, dtype="<u4", offset=4).astype(np.uint32), count)

    def bands(self) -> list[bytes]:
        raw = self.values.astype("<u4").tobytes()
        width = ROWS * 4
        return [bytes([b]) + raw[b * width:(b + 1) * width] for b in range(BANDS)]


def shingle_hashes(text: str) -> np.ndarray:
    """CRC-32 of every run of five consecutive words (lower case, punctuation ignored)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return np.zeros(0, dtype=np.uint64)
    if len(words) < SHINGLE_WORDS:
        windows = {" ".join(words)}
    else:
        windows = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}
    return np.fromiter((zlib.crc32(w.encode("utf-8")) for w in windows), dtype=np.uint64,
                       count=len(windows))


def signature(text: str) -> Signature:
    """The MinHash signature of ``text`` (best given the repaired text, without page furniture)."""
    hashes = shingle_hashes(text)
    if hashes.size == 0:
        return Signature(np.full(PERMUTATIONS, 0xFFFFFFFF, dtype=np.uint32), 0)
    # (a·x + b) mod p for all permutations at once: x and a are below 2**32, so no overflow
    permuted = ((hashes[:, None] * _A[None, :] + _B[None, :]) % _PRIME) & _MASK
    return Signature(permuted.min(axis=0).astype(np.uint32), int(hashes.size))


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two texts."""
    return signature(a).similarity(signature(b))


class DuplicateIndex:
    """Finds, among the texts added so far, those that are near-duplicates of a new one.

    >>> index = DuplicateIndex()
    >>> index.add("doc-a", story_text)        # None: first time seen
    >>> index.add("doc-b", syndicated_copy)   # "doc-a": store doc-b's URL with doc-a
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD):
        self.threshold = threshold
        self._signatures: dict[Hashable, Signature] = {}
        self._buckets: dict[bytes, list[Hashable]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._signatures

    @classmethod
    def from_signatures(cls, items: Iterable[tuple[Hashable, Signature]],
                        threshold: float = DEFAULT_THRESHOLD) -> DuplicateIndex:
        """Rebuild an index from stored signatures (e.g. ``Signature.from_bytes`` of a column)."""
        index = cls(threshold)
        for key, sig in items:
            index.insert(key, sig)
        return index

    def matches(self, text_or_signature: str | Signature) -> list[tuple[Hashable, float]]:
        """Indexed keys at or above the threshold, most similar first."""
        sig = _as_signature(text_or_signature)
        seen: set[Hashable] = set()
        found: list[tuple[Hashable, float]] = []
        for band in sig.bands():
            for key in self._buckets.get(band, ()):
                if key in seen:
                    continue
                seen.add(key)
                score = sig.similarity(self._signatures[key])
                if score >= self.threshold:
                    found.append((key, score))
        found.sort(key=lambda pair: -pair[1])
        return found

    def insert(self, key: Hashable, text_or_signature: str | Signature) -> Signature:
        """Index ``key`` unconditionally; return its signature."""
        sig = _as_signature(text_or_signature)
        if key in self._signatures:
            return self._signatures[key]
        self._signatures[key] = sig
        for band in sig.bands():
            self._buckets[band].append(key)
        return sig

    def add(self, key: Hashable, text_or_signature: str | Signature) -> Hashable | None:
        """The key of the closest earlier near-duplicate, or None after indexing ``key`` as new.

        A duplicate is not indexed itself, so every later copy points at the first one seen.
        """
        sig = _as_signature(text_or_signature)
        found = self.matches(sig)
        if found:
            return found[0][0]
        self.insert(key, sig)
        return None


def _as_signature(value: str | Signature) -> Signature:
    return value if isinstance(value, Signature) else signature(value)
