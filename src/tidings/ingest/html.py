"""HTML page → RawText: main text, title, author, site and URL with trafilatura; publication date
with htmldate.

trafilatura keeps the article body and leaves out navigation, related-article boxes, share buttons
and comment sections (``include_comments=False``); tables are left out too, because rows of figures
read as nonsense sentences. The publication date comes from the page's metadata (meta tags,
JSON-LD, ``<time>``, the URL) first; only when there is none does htmldate search the visible text.
"""

from __future__ import annotations

import logging
import re
from datetime import date

from tidings.ingest.raw import RawText
from tidings.model import Skip

MIN_WORDS = 15  # fewer words than this after extraction: a shell page, not a story

# trafilatura and htmldate log every page they discard; tidings reports those as Skips instead
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

_WORDS = re.compile(r"[^\W\d_]{2,}")


def extract_html(data: bytes | str, origin: str, *, url: str | None = None,
                 fallback_date: date | None = None, fallback_source: str | None = None) -> RawText | Skip:
    """Extract the story from one HTML page.

    ``data`` may be bytes in any encoding the page declares. ``url`` is where the page came from
    (used for relative links and dates in URLs); ``fallback_date`` is used when the page has no date
    of its own (a WARC record's crawl date, a feed item's date), recorded as ``fallback_source``.
    """
    import trafilatura
    from trafilatura.settings import set_date_params

    tree = trafilatura.load_html(data)
    if tree is None:
        return Skip(origin, "not a readable HTML page")
    date_params = {**set_date_params(False), "original_date": True}
    try:
        extracted = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, deduplicate=False,
            date_extraction_params=date_params)
    except Exception as exc:  # noqa: BLE001 - a malformed page must not stop a crawl
        return Skip(origin, f"HTML extraction failed ({type(exc).__name__}: {exc})")
    text = (extracted.text or "") if extracted is not None else ""
    title = (extracted.title or None) if extracted is not None else None
    text = _without_title_line(text, title)
    if len(_WORDS.findall(text)) < MIN_WORDS:
        return Skip(origin, "no story text in the page (only navigation, scripts or boilerplate)")
    published, source = _date(extracted.date), "page"
    if published is None:
        published = _extensive_date(tree, url)
    if published is None and fallback_date is not None:
        published, source = fallback_date, fallback_source
    return RawText(
        origin=origin, text=text, published=published,
        date_source=source if published is not None else None,
        title=title, url=url or extracted.url or None,
        site=extracted.sitename or extracted.hostname or None,
        author=extracted.author or None)


def _without_title_line(text: str, title: str | None) -> str:
    """The headline is kept in ``title``; as the first line of the text it would run into the
    first sentence (it has no full stop), so it is taken off."""
    if title:
        first, _, rest = text.partition("\n")
        if first.strip() == title.strip() and rest.strip():
            return rest
    return text


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _extensive_date(tree, url: str | None) -> date | None:
    """htmldate's search of the visible page, for pages without date metadata."""
    from htmldate import find_date

    try:
        return _date(find_date(tree, extensive_search=True, original_date=True, url=url))
    except Exception:  # noqa: BLE001 - a date is a nicety; its absence is not an error
        return None
