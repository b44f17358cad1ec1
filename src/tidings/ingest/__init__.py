"""The ingest stage: sources → RawText → Document.

Reading (:func:`read_paths`: text files, HTML pages, WARC archives, standard input; feeds in
:mod:`tidings.ingest.feeds`), repair of scraped text (:func:`repair_text`), language identification
and the Document the coder reads (:func:`make_document`). Near-duplicate detection for the store is
in :mod:`tidings.ingest.dedup`.

This stage imports nothing from the stages below it (nlp, actors, events); what it needs from them,
such as a vocabulary for splitting glued words, is passed in as a function.
"""

from tidings.ingest.document import make_document
from tidings.ingest.files import DEFAULT_MAX_BYTES, read_bytes, read_paths
from tidings.ingest.language import Language, detect_language
from tidings.ingest.raw import RawText
from tidings.ingest.repair import Repaired, repair_text
from tidings.ingest.stats import IngestStats
from tidings.ingest.warc import read_warc

__all__ = ["DEFAULT_MAX_BYTES", "FeedStateFile", "FetchPolicy", "IngestStats", "Language", "RawText",
           "Repaired", "detect_language", "make_document", "read_bytes", "read_feed", "read_paths",
           "read_warc", "repair_text"]

_LAZY = {"read_feed": "tidings.ingest.feeds", "FeedStateFile": "tidings.ingest.feeds",
         "FetchPolicy": "tidings.ingest.fetch"}


def __getattr__(name: str):
    # feeds pull in httpx and feedparser; `tidings code file.txt` should not pay for them
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'tidings.ingest' has no attribute {name!r}")
