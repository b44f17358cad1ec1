"""Shared fixtures: one coding pipeline per test session, the seed article coded once, and the
path to the read-only material in ../shared (which tests may read; the product never does)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "000_6e0f9db512cb93e6.txt"
SEED_DATE = "2022-01-10"


@pytest.fixture(scope="session")
def pipeline():
    """The coding pipeline without the places stage (loading the gazetteer costs a second)."""
    from tidings.pipeline import Options, Pipeline

    return Pipeline(Options(places=False))


@pytest.fixture(scope="session")
def seed_coded():
    """The seed article coded as `tidings code SEED --date 2022-01-10` codes it (without places)."""
    if not SEED.exists():
        pytest.skip("the seed article in ../shared is missing")
    from tidings.pipeline import Options, code_text

    return code_text(SEED.read_text(encoding="utf-8"), date=SEED_DATE, origin=str(SEED),
                     options=Options(places=False))


def resolve_parsed(pipeline, text: str, when: str | None = SEED_DATE):
    """(document, spaCy doc, mentions) for ``text`` published on ``when``."""
    from tidings.ingest.raw import RawText

    published = date.fromisoformat(when) if when else None
    (document,) = pipeline.documents([RawText(origin="test", text=text)], published=published)
    doc = pipeline.nlp(document.text)
    return document, doc, pipeline.resolver.resolve(doc, document)


def resolve(pipeline, text: str, when: str | None = SEED_DATE):
    """(document, mentions) for ``text`` published on ``when``."""
    document, _, mentions = resolve_parsed(pipeline, text, when)
    return document, mentions
