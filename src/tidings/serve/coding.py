"""Coding articles for the web: one pipeline per server process, loaded on first use, shared.

The spaCy model takes seconds to load and hundreds of megabytes to hold, so it is loaded once
(lazily, or ahead of time by :meth:`ArticleCoder.warm_up`) and every request reuses it. Requests
code one at a time: the pipeline keeps per-document state and is not meant to be run from two
threads at once, and an article takes well under a second once the model is in memory.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import TYPE_CHECKING, Callable

from tidings.model import CodedDocument, Skip

if TYPE_CHECKING:
    from tidings.pipeline import Pipeline


class CodingRefused(Exception):
    """The input cannot be coded (empty, not English, binary ...); the message says why."""


class CoderBusy(Exception):
    """Another article held the coder longer than a request is willing to wait."""


def _default_pipeline() -> "Pipeline":
    from tidings.pipeline import default_pipeline

    return default_pipeline()


class ArticleCoder:
    """Codes one article at a time with a pipeline made by ``factory`` on first use."""

    def __init__(self, factory: Callable[[], "Pipeline"] | None = None, wait_s: float = 120.0):
        self._factory = factory or _default_pipeline
        self._pipeline: Pipeline | None = None
        self._lock = threading.Lock()
        # Requests queue for the coder at most this long: should one article take pathologically
        # long, the others are answered "busy" instead of filling the worker threads that the
        # read-only pages need too.
        self.wait_s = wait_s

    @property
    def loaded(self) -> bool:
        return self._pipeline is not None

    def warm_up(self) -> None:
        """Load the pipeline now (the server calls this in the background at start-up)."""
        with self._lock:
            self._load()

    def _load(self) -> "Pipeline":
        if self._pipeline is None:
            self._pipeline = self._factory()
        return self._pipeline

    def code_text(self, text: str, published: date | None, origin: str = "web form",
                  url: str | None = None) -> CodedDocument:
        from tidings.ingest.raw import RawText

        return self._code(RawText(origin=origin, text=text, url=url), published)

    def code_upload(self, data: bytes, filename: str, published: date | None,
                    max_bytes: int) -> CodedDocument:
        """Code an uploaded file: plain text or an HTML page, recognised by its content."""
        from tidings.ingest import read_bytes

        items = []
        for item in read_bytes(data, filename, max_bytes=max_bytes):
            items.append(item)
            if len(items) > 1:
                # a WARC archive holds many pages; the page codes one article
                raise CodingRefused(f"{filename}: holds more than one article; store archives "
                                    "with `tidings ingest --warc FILE` and explore them here")
        if not items:
            raise CodingRefused(f"{filename}: no article found in the file")
        (item,) = items
        if isinstance(item, Skip):
            raise CodingRefused(item.message())
        return self._code(item, published)

    def _code(self, raw, published: date | None) -> CodedDocument:
        if not self._lock.acquire(timeout=self.wait_s):
            raise CoderBusy(f"the coder is still busy with another article after "
                            f"{self.wait_s:.0f} s; try again later")
        try:
            pipeline = self._load()
            (result,) = pipeline.code_raw([raw], published=published)
        finally:
            self._lock.release()
        if isinstance(result, Skip):
            raise CodingRefused(result.message())
        return result
