"""Article text as HTML with actor mentions and event triggers marked, built from escaped pieces.

Article text is untrusted: it may hold ``<script>`` or anything else. The text is cut at every
mark boundary and each piece goes through :func:`markupsafe.escape`; the only markup in the result
is what this module writes around the pieces. Marks may overlap (the trigger "ordered troops to
fire" contains the actor "troops"), so a piece covered by several marks carries all their classes
and references rather than nesting tags that could cross.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from markupsafe import Markup, escape

from tidings.model import Actor, Event, Sentence


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span of the text: ``[start, end)`` in character offsets."""

    start: int
    end: int
    css: str  # classes for the <mark>: "actor", "trigger q4" ...
    ref: str  # what it belongs to ("a3" actor, "e7" event); lists and text point at each other
    title: str  # the tooltip: code and reason


def actor_marks(actors: Iterable[Actor]) -> list[Mark]:
    return [Mark(a.start, a.end, "actor", f"a{i}", f"{a.code} · {a.how}: {a.detail}".strip())
            for i, a in enumerate(actors)]


def event_marks(events: Iterable[Event]) -> list[Mark]:
    return [Mark(e.trigger_start, e.trigger_end, f"trigger q{e.quad_class}", f"e{i}",
                 f"{e.cameo} {e.name}") for i, e in enumerate(events)]


def highlight(text: str, marks: Iterable[Mark], sentences: Sequence[Sentence] = ()) -> Markup:
    """HTML for ``text`` with ``marks`` as ``<mark>`` elements; each sentence becomes a
    ``<span class="sentence" id="s{index}">`` so that links can point at it.

    Offsets outside the text are clipped and empty marks dropped, so stale offsets cannot break
    the page. Runs in O((n + m) log m) for m marks: a sweep over the sorted boundaries.
    """
    n = len(text)
    spans = [m for m in marks if 0 <= m.start < m.end]
    sents = sorted((s for s in sentences if 0 <= s.start < s.end), key=lambda s: s.start)
    bounds = {0, n}
    for m in spans:
        bounds.update((m.start, min(m.end, n)))
    for s in sents:
        bounds.update((s.start, min(s.end, n)))
    points = sorted(b for b in bounds if b <= n)

    starts: dict[int, list[int]] = {}
    for i, m in enumerate(spans):
        starts.setdefault(m.start, []).append(i)
    active: set[int] = set()
    out: list[str] = []
    sent_i = 0
    open_sentence: Sentence | None = None
    for a, b in zip(points, points[1:]):
        active.update(starts.get(a, ()))
        active = {i for i in active if spans[i].end > a}
        # sentences: close the one that ended, open the one that starts here
        if open_sentence is not None and a >= open_sentence.end:
            out.append("</span>")
            open_sentence = None
        while sent_i < len(sents) and sents[sent_i].end <= a:
            sent_i += 1
        if open_sentence is None and sent_i < len(sents) and sents[sent_i].start <= a:
            open_sentence = sents[sent_i]
            out.append(f'<span class="sentence" id="s{open_sentence.index:d}">')
        out.append(_piece(text[a:b], [spans[i] for i in sorted(active)]))
    if open_sentence is not None:
        out.append("</span>")
    return Markup("".join(out))


def _piece(segment: str, covering: list[Mark]) -> str:
    if not covering:
        return str(escape(segment))
    classes = " ".join(dict.fromkeys(c for m in covering for c in m.css.split()))
    refs = " ".join(m.ref for m in covering)
    title = "\n".join(dict.fromkeys(m.title for m in covering))
    return (f'<mark class="{escape(classes)}" data-refs="{escape(refs)}" '
            f'title="{escape(title)}">{escape(segment)}</mark>')
