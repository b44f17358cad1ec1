"""What keeps a local web server safe to run: body size limits, browser hardening, the write token.

Article text is shown by the pages, so everything a page shows is escaped (see
:mod:`tidings.serve.highlight`); the Content-Security-Policy below is the second line of defence:
even a script that slipped into a page could not run, because only ``/static`` scripts may.
"""

from __future__ import annotations

import json
import secrets
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Inline SVG charts use presentation attributes, never style attributes, so styles can be 'self'
# only as well. Nothing is loaded from anywhere else: the tool works offline.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class TooLarge(Exception):
    """A request body went past the limit while it was being read."""


class SecurityHeaders:
    """Adds the hardening headers to every response (pages, API and static files alike)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in _HEADERS if k not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses request bodies over ``max_bytes`` with 413, before or while they are read.

    A declared Content-Length over the limit is refused without reading anything; a body sent
    in chunks (no length) is counted as it arrives and cut off at the limit, so a client cannot
    make the server buffer an unbounded upload.
    """

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._refuse(scope, send)
            return
        seen = 0
        exceeded = False
        replaced = False

        async def counting_receive() -> Message:
            nonlocal seen, exceeded
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    exceeded = True
                    raise TooLarge()
            return message

        async def guarded_send(message: Message) -> None:
            # frameworks may catch the read error and answer 400; the answer is 413 regardless
            nonlocal replaced
            if exceeded:
                if message["type"] == "http.response.start" and not replaced:
                    replaced = True
                    await self._refuse(scope, send)
                return
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except TooLarge:
            if not replaced:
                await self._refuse(scope, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        limit = f"{self.max_bytes:,} bytes"
        message = f"request too large: the limit is {limit}"
        if scope.get("path", "").startswith("/api/"):
            body = json.dumps({"error": message}).encode()
            kind = b"application/json"
        else:
            body = (f"<!doctype html><title>Too large</title><p>The text or file is too large "
                    f"(the limit is {limit}). Send a shorter article.</p>").encode()
            kind = b"text/html; charset=utf-8"
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", kind),
                                (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class TokenGate:
    """The write endpoints' lock: open when no token was configured, else the token is the key.

    The token comes as ``Authorization: Bearer <token>`` (API clients) or as the form field
    ``token`` (the pages' forms). Comparison takes the same time whatever the guess.
    """

    def __init__(self, token: str | None):
        self.token = token or None

    @property
    def required(self) -> bool:
        return self.token is not None

    def allows(self, authorization: str | None, form_token: str | None = None) -> bool:
        if self.token is None:
            return True
        given = None
        if authorization:
            scheme, _, value = authorization.partition(" ")
            if scheme.lower() == "bearer":
                given = value.strip()
        if not given and form_token:
            given = form_token
        return given is not None and secrets.compare_digest(given.encode(), self.token.encode())

