"""Reading the codebook's TSV package data.

Every file in ``codebook/data`` opens with ``#`` lines that explain its columns, then one header row,
then data rows. Fields are tab separated and never quoted, so a plain split is exact.
"""

from __future__ import annotations

from importlib import resources

DATA_PACKAGE = "tidings.codebook.data"


class CodebookDataError(ValueError):
    """A codebook data file is malformed (a packaging or editing mistake, not a user error)."""


def parse_table(text: str, columns: tuple[str, ...], origin: str) -> list[dict[str, str]]:
    """Rows of one TSV text as dicts keyed by ``columns``, which the header row must name in order.

    Comment lines (``#``) and blank lines are skipped; missing trailing fields read as ``""``.
    """
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if header is None:
            header = fields
            if tuple(header) != columns:
                raise CodebookDataError(
                    f"{origin}:{lineno}: header is {header}, expected {list(columns)}")
            continue
        if len(fields) > len(columns):
            raise CodebookDataError(
                f"{origin}:{lineno}: {len(fields)} fields, expected at most {len(columns)}")
        fields += [""] * (len(columns) - len(fields))
        rows.append(dict(zip(columns, fields)))
    if header is None:
        raise CodebookDataError(f"{origin}: no header row")
    return rows


def read_table(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of the package data file ``name`` (e.g. ``"cameo.tsv"``).

    This is the codebook's only file access; the loaders cache what they build from it.
    """
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return parse_table(text, columns, name)
