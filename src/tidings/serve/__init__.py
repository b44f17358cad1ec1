"""``tidings serve``: web pages and a JSON API over the event store.

>>> from tidings.serve import create_app
>>> app = create_app("tidings.duckdb", token="s3cret")   # an ASGI app; run it with uvicorn

Pages: ``/`` code an article, ``/explore`` the stored events, ``/documents/{id}`` one document.
API: ``POST /api/code``, ``GET /api/events``, ``GET /api/stats``, ``GET /api/documents/{id}``,
described at ``/openapi.json``.
"""

from tidings.serve.app import Limits, create_app
from tidings.serve.run import is_loopback, serve, serve_in_thread

__all__ = ["Limits", "create_app", "is_loopback", "serve", "serve_in_thread"]
