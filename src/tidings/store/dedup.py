"""Near-duplicate stories across the store: one syndicated wire story is stored (and counted) once.

The MinHash signature of every stored document is kept in ``documents.signature``; a run builds
the index from those the first time it meets a new text (:mod:`tidings.ingest.dedup` does the
hashing and matching) and adds each text it stores. A text that nearly matches a stored or
earlier one is not coded: its URLs join the first copy's document.
"""

from __future__ import annotations

import duckdb

from tidings.model import Document


class NearDuplicates:
    """The index of one run; ``enabled=False`` turns detection (and signatures) off."""

    def __init__(self, con: duckdb.DuckDBPyConnection, enabled: bool = True):
        self.con = con
        self.enabled = enabled
        self._index = None
        self._signatures: dict[str, bytes] = {}  # signatures of texts checked, until written
        self._checked: set[str] = set()

    def _loaded(self):
        if self._index is None:
            from tidings.ingest.dedup import DuplicateIndex, Signature

            rows = self.con.execute("SELECT id, signature FROM documents "
                                    "WHERE signature IS NOT NULL").fetchall()
            self._index = DuplicateIndex.from_signatures(
                (doc_id, Signature.from_bytes(data)) for doc_id, data in rows)
        return self._index

    def check(self, doc: Document) -> tuple[str, float] | None:
        """The id and similarity of the first earlier copy of ``doc``, or None (then ``doc`` is
        indexed as an original). Each text is checked once per run."""
        if not self.enabled or doc.id in self._checked:
            return None
        from tidings.ingest.dedup import signature

        self._checked.add(doc.id)
        sig = signature(doc.text)
        index = self._loaded()
        for key, score in index.matches(sig):
            if key != doc.id:
                return key, score
        index.insert(doc.id, sig)
        self._signatures[doc.id] = sig.to_bytes()
        return None

    def checked(self, doc_id: str) -> bool:
        return doc_id in self._checked

    def signature(self, doc: Document) -> bytes | None:
        """The signature to store with ``doc`` (computed now if it was never checked)."""
        if not self.enabled:
            return None
        data = self._signatures.pop(doc.id, None)
        if data is None:
            from tidings.ingest.dedup import signature

            data = signature(doc.text).to_bytes()
        return data


def backfill_signatures(con: duckdb.DuckDBPyConnection) -> None:
    """Migration step: sign the documents of a store made before signatures were kept."""
    from tidings.ingest.dedup import signature

    rows = con.execute("SELECT id, text FROM documents WHERE signature IS NULL").fetchall()
    con.executemany("UPDATE documents SET signature = ? WHERE id = ?",
                    [[signature(text).to_bytes(), doc_id] for doc_id, text in rows])
