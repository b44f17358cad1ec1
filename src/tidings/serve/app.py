"""The FastAPI application: configuration, error handling, middleware; routes live in
:mod:`tidings.serve.api` (JSON) and :mod:`tidings.serve.pages` (HTML).

The store is opened read-only for each request and closed after it, so ``tidings ingest`` can
add to the same file while the server runs (DuckDB lets one process hold a file for writing only
when no other process has it open); a request that arrives during an ingest is answered "database
is busy" rather than waiting.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Sequence

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from tidings.serve.coding import ArticleCoder
from tidings.serve.security import BodyLimit, SecurityHeaders, TokenGate
from tidings.store import DEFAULT_PATH, Store, StoreBusy, StoreError

HERE = Path(__file__).parent


@dataclass(frozen=True, slots=True)
class Limits:
    """How much one request may ask of the server."""

    max_upload_bytes: int = 1_000_000  # an uploaded article file
    max_text_chars: int = 200_000  # pasted or posted text; a long article is ~30,000
    max_body_bytes: int | None = None  # whole request; default: the upload plus form overhead
    max_page_size: int = 1000  # events per API page

    @property
    def body_bytes(self) -> int:
        if self.max_body_bytes is not None:
            return self.max_body_bytes
        # text is at most 4 bytes a character in UTF-8 and JSON escaping can double it
        return max(self.max_upload_bytes, self.max_text_chars * 4) + 64_000


class ServeError(Exception):
    """A request that cannot be answered as asked; rendered as JSON under /api, HTML elsewhere."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


@dataclass(slots=True)
class Server:
    """Everything the routes share: where the store is, the coder, the token, the limits."""

    db_path: Path
    gate: TokenGate
    coder: ArticleCoder
    limits: Limits
    templates: jinja2.Environment

    @contextlib.contextmanager
    def store(self) -> Iterator[Store]:
        """The store, open read-only for the length of the ``with`` block."""
        try:
            store = Store.open(self.db_path, read_only=True)
        except StoreBusy as exc:
            raise ServeError(503, str(exc), {"Retry-After": "30"}) from None
        except StoreError as exc:
            raise ServeError(503, str(exc)) from None
        try:
            yield store
        except StoreError as exc:
            raise ServeError(503, str(exc)) from None
        finally:
            store.close()


def create_app(db_path: str | Path = DEFAULT_PATH, token: str | None = None, *,
               limits: Limits | None = None, allowed_hosts: Sequence[str] | None = None,
               pipeline: Callable[[], object] | None = None, preload: bool = False) -> FastAPI:
    """The tidings web app over the store at ``db_path``.

    ``token``: when given, coding (``POST /code``, ``POST /api/code``) needs it, as
    ``Authorization: Bearer <token>`` or the form field ``token``. ``allowed_hosts``: Host
    header values to accept (the CLI passes the loopback names when it binds to loopback,
    which stops DNS-rebinding pages from reaching the server); None accepts any.
    ``pipeline``: makes the coding pipeline (default: the process-wide one), called once, on
    the first request that codes, or at start-up when ``preload``.
    """
    from tidings import __version__

    limits = limits or Limits()
    server = Server(db_path=Path(db_path), gate=TokenGate(token),
                    coder=ArticleCoder(pipeline), limits=limits, templates=_templates())

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        if preload:
            import threading

            # load spaCy in the background so the first "Code" click does not wait for it
            threading.Thread(target=server.coder.warm_up, name="tidings-warm-up",
                             daemon=True).start()
        yield

    app = FastAPI(
        title="tidings",
        version=__version__,
        description=("Political event data (CAMEO and PLOVER) from English news: code an "
                     "article, and query the event store. Errors are JSON objects "
                     '`{"error": "message"}`.'),
        # the interactive docs pages load scripts from a CDN; the tool stays offline
        docs_url=None, redoc_url=None, lifespan=lifespan,
    )
    app.state.server = server

    from tidings.serve import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _handle_errors(app)

    # outermost last: hosts are checked first, then the body limit, and every answer is hardened
    app.add_middleware(BodyLimit, max_bytes=limits.body_bytes)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(SecurityHeaders)
    return app


def _templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        # every {{ value }} is escaped; only Markup built from escaped pieces is not
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    from tidings.serve.filters import QUAD_CLASSES

    env.globals["QUAD_CLASSES"] = QUAD_CLASSES
    return env


def render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    server: Server = request.app.state.server
    html = server.templates.get_template(name).render(
        base=request.scope.get("root_path", ""), token_required=server.gate.required, **context)
    return HTMLResponse(html, status_code=status)


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, message: str,
                   headers: dict[str, str] | None = None) -> Response:
    if is_api(request):
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    response = render(request, "error.html", status=status, status_code=status, message=message,
                      nav="")
    response.headers.update(headers or {})
    return response


def _handle_errors(app: FastAPI) -> None:
    @app.exception_handler(ServeError)
    async def serve_error(request: Request, exc: ServeError) -> Response:
        return error_response(request, exc.status, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, validation_message(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = {404: f"nothing at {request.url.path}",
                   405: f"{request.method} is not allowed on {request.url.path}"}.get(
            exc.status_code, str(exc.detail))
        return error_response(request, exc.status_code, message,
                              dict(exc.headers) if exc.headers else None)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        # no traceback to the client; the server log has it
        return error_response(request, 500, f"internal error ({type(exc).__name__}); "
                                            "see the server log")


def validation_message(errors: Sequence[dict]) -> str:
    """One line from pydantic's error list: ``text: Field required; limit: ...``."""
    parts = []
    for e in errors:
        where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("body", "query", "path"))
        parts.append(f"{where}: {e.get('msg', 'invalid')}" if where else e.get("msg", "invalid"))
    return "; ".join(parts) or "invalid request"
