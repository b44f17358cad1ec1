"""Running the app with uvicorn: loopback by default, the Host header checked there."""

from __future__ import annotations

import contextlib
import ipaddress
import time
from pathlib import Path
from typing import Iterator

from tidings.serve.app import Limits, create_app

LOOPBACK_NAMES = ("127.0.0.1", "localhost")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000,
          token: str | None = None, limits: Limits | None = None,
          log_level: str = "info") -> None:
    """Serve until interrupted. The coding pipeline loads in the background at start-up."""
    import uvicorn

    # On loopback only the loopback names may reach us: a web page on another site that
    # rebinds its own domain name to 127.0.0.1 is refused by the Host check. (Starlette's check
    # cannot read bracketed IPv6 hosts, so ::1 goes without it.)
    allowed = list(LOOPBACK_NAMES) if is_loopback(host) and ":" not in host else None
    app = create_app(db_path, token=token, limits=limits, allowed_hosts=allowed, preload=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False,
                # slow clients cannot hold connections open for ever
                timeout_keep_alive=5, limit_concurrency=64)


@contextlib.contextmanager
def serve_in_thread(app, host: str = "127.0.0.1", port: int = 0,
                    start_timeout: float = 30.0) -> Iterator[str]:
    """Run ``app`` on a free port in a background thread; yields its base URL ("http://…:N").

    For tests, screenshots and notebooks; the server stops when the ``with`` block ends.
    """
    import socket
    import threading

    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    config = uvicorn.Config(app, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                              name="tidings-serve", daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the web server did not start")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
