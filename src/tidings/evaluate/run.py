"""Coding gold sentences with a :class:`~tidings.pipeline.Pipeline` and turning events into dyads."""

from __future__ import annotations

from typing import Iterable

from tidings.evaluate.codes import normalise_code
from tidings.evaluate.gold import Dyad, GoldSentence
from tidings.model import Event


def to_dyad(event: Event) -> Dyad:
    """The scoring view of one coded event."""
    return Dyad(event.cameo, event.plover,
                normalise_code(event.source.code) if event.source else None,
                normalise_code(event.target.code) if event.target else None,
                confidence=event.confidence, statement=event.statement,
                trigger=event.trigger, pattern=event.pattern or "", event_id=event.id)


def predict(sentences: Iterable[GoldSentence], pipeline=None) -> list[list[Dyad]]:
    """Code every sentence as its own document (dated with the gold date, if any).

    The pipeline should code statements and keep every confidence (``Options(statements=True,
    min_confidence=0)``), so that :func:`~tidings.evaluate.score.score` can apply either setting.
    A sentence the pipeline skips (not English, empty) gets no events.
    """
    from tidings.ingest.raw import RawText
    from tidings.model import Skip
    from tidings.pipeline import Options, Pipeline

    if pipeline is None:
        pipeline = Pipeline(Options(statements=True, min_confidence=0.0, places=False))
    sentences = list(sentences)
    raws = [RawText(origin=s.id, text=s.text, published=s.date) for s in sentences]
    out: list[list[Dyad]] = []
    for result in pipeline.code_raw(raws):
        out.append([] if isinstance(result, Skip) else [to_dyad(e) for e in result.events])
    return out
