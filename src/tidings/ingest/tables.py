"""Reading the ingest stage's data files (``tidings/ingest/data/*.tsv``).

Each file opens with ``#`` lines that document its columns, then a header row, then data rows.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

DATA = "tidings.ingest.data"


@lru_cache(maxsize=None)
def read_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of ``data/<name>`` as tuples of stripped cells, without comments, blanks and header."""
    text = resources.files(DATA).joinpath(name).read_text(encoding="utf-8")
    rows: list[tuple[str, ...]] = []
    header_seen = False
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)
