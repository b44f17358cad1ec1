"""tidings: political event data (CAMEO and PLOVER) from English news.

>>> import tidings
>>> events = tidings.code("Russia sent troops to Kazakhstan.", date="2022-01-06")
"""

from tidings.model import Actor, CodedDocument, Document, Event, Place, Sentence, Skip

__version__ = "0.1.0"


def code(text: str, date: str | None = None, **options):
    """Code one text and return its events (a list of :class:`Event`).

    ``date`` is the publication date, ``YYYY-MM-DD``; relative dates in the text resolve against it.
    """
    from tidings.pipeline import code_text

    return code_text(text, date=date, **options).events


__all__ = ["Actor", "CodedDocument", "Document", "Event", "Place", "Sentence", "Skip", "code"]
