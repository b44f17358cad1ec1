"""Counts kept while reading inputs, for the one-line summary a command prints at the end."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(slots=True)
class IngestStats:
    """What a run of :func:`~tidings.ingest.read_paths` (or a feed or WARC reader) saw.

    ``passed_over`` counts records that are not articles and are left out by design (WARC request
    and metadata records, images, redirects, feed items fetched on an earlier run), keyed by a short
    reason; they are not errors and produce no :class:`~tidings.model.Skip`. ``skipped`` counts the
    Skips yielded (inputs that should have been articles but could not be read).
    """

    files: int = 0
    records: int = 0  # WARC records or feed items looked at
    texts: int = 0  # RawText yielded
    skipped: int = 0
    passed_over: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        parts = [f"{self.texts:,} texts read"]
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped")
        if self.passed_over:
            detail = ", ".join(f"{n:,} {why}" for why, n in self.passed_over.most_common())
            parts.append(f"{sum(self.passed_over.values()):,} records passed over ({detail})")
        return "; ".join(parts)
