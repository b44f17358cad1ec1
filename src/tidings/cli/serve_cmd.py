"""``tidings serve``: the web pages and JSON API over the event store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from tidings.cli import UserError, app
from tidings.store import DEFAULT_PATH


@app.command()
def serve(
    db: Path = typer.Option(Path(DEFAULT_PATH), "--db", dir_okay=False,
                            help="Event store file (DuckDB) to explore; coding works without it."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on; 0.0.0.0 for every "
                             "interface (then give --token)."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    token: Optional[str] = typer.Option(None, envvar="TIDINGS_TOKEN", show_envvar=True,
                                        help="Require this token for coding (POST /code, "
                                             "/api/code): header 'Authorization: Bearer TOKEN' "
                                             "or the page's Token field."),
    max_upload: int = typer.Option(1_000_000, "--max-upload", min=1_000,
                                   help="Largest uploaded article file, in bytes."),
    max_text: int = typer.Option(200_000, "--max-text", min=100,
                                 help="Longest pasted or posted text, in characters."),
) -> None:
    """Web page and JSON API: code an article, explore the store (timeline, dyads, events)."""
    from tidings.serve import Limits, is_loopback
    from tidings.serve import serve as run

    if db.is_dir():
        raise UserError(f"{db} is a folder; --db takes a database file")
    where = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    store = f"store {db}" if db.exists() else f"no store at {db} yet (coding works; " \
                                              "`tidings ingest` fills one)"
    print(f"tidings: serving {where} ({store}; API described at {where}openapi.json)",
          file=sys.stderr)
    if not is_loopback(host) and not token:
        print(f"tidings: warning: listening on {host} without --token: anyone who can reach "
              "this machine can make it code text", file=sys.stderr)
    try:
        run(db, host=host, port=port, token=token,
            limits=Limits(max_upload_bytes=max_upload, max_text_chars=max_text))
    except OSError as exc:  # port in use, address not available
        raise UserError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


__all__ = ["serve"]
