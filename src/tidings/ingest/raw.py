"""RawText: one input after reading and decoding, before repair and coding."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(slots=True)
class RawText:
    """Decoded story text plus what the source said about it.

    ``text`` is the story as given: a text file's content, or the main text extracted from a page.
    """

    origin: str  # path, URL, "warc:<file>#<record id>" or "-" for stdin
    text: str
    published: date | None = None
    date_source: str | None = None  # where ``published`` came from: "page", "feed", "warc", ...
    title: str | None = None
    url: str | None = None
    site: str | None = None
    author: str | None = None
