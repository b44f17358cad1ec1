"""The ``tidings`` command line: thin commands that parse arguments, call the library and render.

Each command group lives in its own module and registers itself on :data:`app`. Exit status, for
every command: 0 everything was done; 1 a fatal error (message on stderr, no traceback);
2 a usage error; 3 some inputs were skipped (each named on stderr with the reason) but the rest
were processed.
"""

from __future__ import annotations

import sys
from datetime import date

import typer

app = typer.Typer(
    name="tidings",
    help="Political event data (CAMEO and PLOVER) from English news, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3


class UserError(Exception):
    """A problem the user can fix; reported as one line, without a traceback."""


def parse_date_option(value: str | None, name: str = "--date") -> date | None:
    """A YYYY-MM-DD option value as a date; a usage error naming the option otherwise."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2022-01-10", param_hint=name) from None


def _register() -> None:
    # imported for their side effect of adding commands to ``app``
    from tidings.cli import code_cmd  # noqa: F401
    from tidings.cli import evaluate_cmd  # noqa: F401
    from tidings.cli import store_cmd  # noqa: F401
    from tidings.cli import places_cmd  # noqa: F401
    from tidings.cli import actors_cmd  # noqa: F401
    from tidings.cli import batch_cmd  # noqa: F401
    from tidings.cli import serve_cmd  # noqa: F401


def main(argv: list[str] | None = None) -> None:
    _register()
    try:
        app(args=argv, prog_name="tidings", standalone_mode=True)
    except UserError as exc:
        print(f"tidings: error: {exc}", file=sys.stderr)
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        print("tidings: interrupted", file=sys.stderr)
        sys.exit(130)
