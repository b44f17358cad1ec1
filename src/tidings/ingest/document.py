"""RawText → Document: language check, repair, identity.

``make_document`` is the one door from what was read to what the coder reads. It refuses
non-English text (naming the language), repairs the rest (:func:`tidings.ingest.repair.repair_text`)
and settles the publication date: the user's ``--date`` wins, then what the source said (page
metadata, feed, WARC), then a dateline at the top of the text.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from tidings.ingest.dateline import find_dateline
from tidings.ingest.language import detect_language
from tidings.ingest.raw import RawText
from tidings.ingest.repair import repair_text
from tidings.model import Document, Skip, document_id


def make_document(raw: RawText, *, published: date | None = None,
                  is_word: Callable[[str], bool] | None = None) -> Document | Skip:
    """Build the Document the coder reads from one input, or say why it cannot be coded.

    ``published`` (the user's ``--date``) overrides the date the source gave. ``is_word`` helps
    split glued words (see :func:`~tidings.ingest.repair.repair_text`).
    """
    if not raw.text.strip():
        return Skip(raw.origin, "no text (empty or only white space)")
    language = detect_language(raw.text)
    if not language.is_english:
        return Skip(raw.origin, f"not English: looks like {language.name} ({language.evidence})")
    repaired = repair_text(raw.text, is_word)
    if not repaired.text.strip():
        return Skip(raw.origin, "no story text left after removing page furniture "
                                f"({len(repaired.repairs)} lines such as share buttons or notices)")
    when, source = published, "argument"
    if when is None:
        when, source = raw.published, raw.date_source or "source"
    if when is None:
        when, source = find_dateline(raw.text), "text"
    return Document(
        id=document_id(repaired.text),
        text=repaired.text,
        original=raw.text,
        origin=raw.origin,
        published=when,
        title=raw.title,
        urls=[raw.url] if raw.url else [],
        site=raw.site,
        author=raw.author,
        language=language.code,
        repairs=repaired.repairs,
        offsets=repaired.offsets,
        date_source=source if when is not None else None,
    )
