"""A polite HTTP client for fetching news: it says who it is, asks robots.txt, keeps to a request
rate per host, gives up on slow servers, retries what may succeed later and refuses huge answers.

Failures are values, not surprises: :meth:`PoliteClient.get` raises :class:`FetchFailed` with a
one-line reason ("HTTP 500 after 3 tries", "disallowed by robots.txt") and whether trying again on a
later run could help (``permanent``).
"""

from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass, field
from typing import Callable, Mapping
from urllib.parse import urlsplit

import httpx

from tidings import __version__

USER_AGENT = f"tidings/{__version__} (news event coder; +https://pypi.org/project/tidings/)"
ROBOTS_AGENT = "tidings"  # the name robots.txt rules address
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
MAX_WAIT = 60.0  # seconds; a Retry-After or Crawl-delay longer than this is capped


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How politely and how patiently to fetch. Units: seconds, bytes, requests per second."""

    rate: float = 1.0  # at most this many requests per second to one host
    timeout: float = 15.0  # for each read, and for the whole of a connection attempt
    connect_timeout: float = 5.0
    retries: int = 2  # further tries after the first, for timeouts, 429 and 5xx
    backoff: float = 1.0  # wait before retry k is backoff * 2**k (or the server's Retry-After)
    max_bytes: int = 10_000_000
    user_agent: str = USER_AGENT
    robots: bool = True


class FetchFailed(Exception):
    """A URL could not be fetched; ``reason`` is one line, ``permanent`` says a retry will not help."""

    def __init__(self, url: str, reason: str, *, permanent: bool):
        super().__init__(f"{url}: {reason}")
        self.url, self.reason, self.permanent = url, reason, permanent


@dataclass(slots=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    headers: Mapping[str, str]
    content: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


@dataclass(slots=True)
class _Host:
    robots: urllib.robotparser.RobotFileParser | None = None
    robots_checked: bool = False
    robots_failure: str | None = None
    interval: float = 1.0
    next_at: float = 0.0


@dataclass
class PoliteClient:
    """Fetches URLs under a :class:`FetchPolicy`. One client per run: it remembers robots.txt and the
    time of the last request to each host. ``sleep`` and ``clock`` can be replaced in tests."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    client: httpx.Client | None = None
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _hosts: dict[str, _Host] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        if self.client is None:
            timeout = httpx.Timeout(self.policy.timeout, connect=self.policy.connect_timeout)
            self.client = httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=5,
                                       headers={"User-Agent": self.policy.user_agent,
                                                "Accept": "text/html,application/xhtml+xml,"
                                                          "application/rss+xml,application/atom+xml,"
                                                          "application/xml;q=0.9,*/*;q=0.5"})

    def close(self) -> None:
        if self.client is not None:
            self.client.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the one public verb -------------------------------------------------------------------
    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Fetched:
        """GET ``url`` politely; return the answer (2xx or 304) or raise :class:`FetchFailed`."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchFailed(url, "not an http(s) URL", permanent=True)
        host = self._host(parts.scheme, parts.netloc)
        if self.policy.robots:
            self._check_robots(url, parts.scheme, parts.netloc, host)
        return self._get_with_retries(url, host, headers or {})

    # -- robots.txt ------------------------------------------------------------------------------
    def _host(self, scheme: str, netloc: str) -> _Host:
        key = f"{scheme}://{netloc}"
        if key not in self._hosts:
            self._hosts[key] = _Host(interval=1.0 / self.policy.rate if self.policy.rate > 0 else 0.0)
        return self._hosts[key]

    def _check_robots(self, url: str, scheme: str, netloc: str, host: _Host) -> None:
        if not host.robots_checked:
            host.robots_checked = True
            robots_url = f"{scheme}://{netloc}/robots.txt"
            try:
                answer = self._get_with_retries(robots_url, host, {}, robots=True)
                parser = urllib.robotparser.RobotFileParser(robots_url)
                parser.parse(answer.content.decode("utf-8", "replace").splitlines())
                host.robots = parser
                delay = parser.crawl_delay(ROBOTS_AGENT) or parser.crawl_delay("*")
                if delay:
                    host.interval = max(host.interval, min(float(delay), MAX_WAIT))
            except FetchFailed as exc:
                if exc.reason.startswith("HTTP 4"):
                    host.robots = None  # no robots.txt: everything is allowed (RFC 9309)
                else:  # unreachable robots.txt: assume nothing is allowed (RFC 9309), until next run
                    host.robots_failure = f"robots.txt could not be read ({exc.reason})"
        if host.robots_failure:
            raise FetchFailed(url, host.robots_failure, permanent=False)
        if host.robots is not None and not host.robots.can_fetch(ROBOTS_AGENT, url):
            raise FetchFailed(url, "disallowed by robots.txt", permanent=False)

    # -- rate, retries, size -------------------------------------------------------------------
    def _wait_turn(self, host: _Host) -> None:
        now = self.clock()
        if host.next_at > now:
            self.sleep(host.next_at - now)
            now = host.next_at
        host.next_at = now + host.interval

    def _get_with_retries(self, url: str, host: _Host, headers: Mapping[str, str],
                          robots: bool = False) -> Fetched:
        tries = 1 + max(self.policy.retries, 0)
        reason = "not tried"
        for attempt in range(tries):
            self._wait_turn(host)
            try:
                return self._get_once(url, headers)
            except _Retry as retry:
                reason = retry.reason
                if attempt + 1 < tries:
                    wait = retry.after if retry.after is not None else self.policy.backoff * 2 ** attempt
                    self.sleep(min(wait, MAX_WAIT))
        plural = "try" if tries == 1 else "tries"
        raise FetchFailed(url, f"{reason} after {tries} {plural}", permanent=False)

    def _get_once(self, url: str, headers: Mapping[str, str]) -> Fetched:
        assert self.client is not None
        try:
            with self.client.stream("GET", url, headers=dict(headers)) as response:
                status = response.status_code
                if status in RETRY_STATUSES:
                    raise _Retry(f"HTTP {status}", _retry_after(response.headers.get("retry-after")))
                if status >= 400:
                    raise FetchFailed(url, f"HTTP {status}", permanent=status in (401, 403, 404, 410))
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.policy.max_bytes:
                    raise FetchFailed(url, _too_large(int(declared), self.policy.max_bytes), permanent=True)
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self.policy.max_bytes:
                        raise FetchFailed(url, _too_large(len(body), self.policy.max_bytes, more=True),
                                          permanent=True)
                return Fetched(url, str(response.url), status, dict(response.headers), bytes(body))
        except httpx.TimeoutException:
            raise _Retry("timed out") from None
        except httpx.TooManyRedirects:
            raise FetchFailed(url, "too many redirects", permanent=True) from None
        except (httpx.TransportError, httpx.DecodingError) as exc:
            raise _Retry(f"connection failed ({type(exc).__name__})") from None


class _Retry(Exception):
    def __init__(self, reason: str, after: float | None = None):
        super().__init__(reason)
        self.reason, self.after = reason, after


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return float(value.strip())
    return None


def _too_large(size: int, cap: int, more: bool = False) -> str:
    over = "over " if more else ""
    return f"too large: {over}{size / 1_000_000:,.1f} MB (the limit is {cap / 1_000_000:,.1f} MB)"
