"""Feeds: new articles fetched politely from a server on 127.0.0.1, remembered across runs."""

from __future__ import annotations

import hashlib
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tidings.ingest import IngestStats, RawText
from tidings.ingest.feeds import FeedStateFile, canonical_url, read_feed
from tidings.ingest.fetch import USER_AGENT, FetchPolicy, PoliteClient
from tidings.model import Skip

FAST = FetchPolicy(rate=50, timeout=0.5, connect_timeout=0.5, retries=2, backoff=0.01)


def article(n: int, dated: bool = True) -> bytes:
    meta = f'<meta property="article:published_time" content="2024-06-{n:02d}">' if dated else ""
    return (f"<html><head><title>Story {n}</title>{meta}</head><body><article><p>The coastal "
            f"province of Merrow{n} declared a state of emergency on Sunday after floods cut off "
            f"roads and the governor asked the national army for helicopters and boats.</p>"
            f"</article></body></html>").encode()


def rss(base: str, items: list[str]) -> bytes:
    entries = "".join(
        f"<item><title>Item {path}</title><link>{base}{path}</link>"
        f"<pubDate>Mon, 03 Jun 2024 08:00:00 GMT</pubDate></item>" for path in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Merrow News'
            f"</title><link>{base}</link><description>test</description>{entries}</channel></rss>").encode()


class Site:
    """What the test server serves, and a log of what it was asked."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, bytes]] = {}
        self.log: list[tuple[float, str, str]] = []  # (time, path, user agent)
        self.failures: dict[str, int] = {}  # path -> answer 500 this many more times
        self.slow: set[str] = set()
        self.lock = threading.Lock()

    def hits(self, path: str) -> int:
        return sum(1 for _, p, _ in self.log if p == path)


@pytest.fixture
def site():
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's naming
            with state.lock:
                state.log.append((time.monotonic(), self.path, self.headers.get("User-Agent", "")))
                failing = state.failures.get(self.path, 0)
                if failing:
                    state.failures[self.path] = failing - 1
            if self.path in state.slow:
                time.sleep(1.5)
            if failing:
                return self._send(500, "text/plain", b"oops")
            status, ctype, body = state.routes.get(self.path, (404, "text/plain", b"not found"))
            etag = f'"{hashlib.sha1(body).hexdigest()[:12]}"' if self.path.endswith(".xml") else None
            if etag and self.headers.get("If-None-Match") == etag:
                return self._send(304, ctype, b"")
            self._send(status, ctype, body, etag=etag)

        def _send(self, status, ctype, body, etag=None):
            try:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    state.routes["/robots.txt"] = (200, "text/plain", b"User-agent: *\nDisallow: /private/\n")
    for n in (1, 2, 3):
        state.routes[f"/news/{n}.html"] = (200, "text/html; charset=utf-8", article(n))
    state.routes["/news/undated.html"] = (200, "text/html", article(4, dated=False))
    yield state
    server.shutdown()
    server.server_close()


def publish(site: Site, items: list[str]) -> str:
    site.routes["/feed.xml"] = (200, "application/rss+xml", rss(site.base, items))
    return site.base + "/feed.xml"


def run(source, **kw) -> list[RawText | Skip]:
    kw.setdefault("policy", FAST)
    return list(read_feed(source, **kw))


def test_new_articles_are_fetched_and_extracted(site):
    feed = publish(site, ["/news/1.html", "/news/2.html", "/news/undated.html"])
    items = run(feed)
    assert [type(i).__name__ for i in items] == ["RawText"] * 3
    first = items[0]
    assert (first.url, first.title, first.published, first.date_source) == (
        site.base + "/news/1.html", "Story 1", date(2024, 6, 1), "page")
    assert "state of emergency" in first.text
    # a page without a date of its own takes the feed item's date
    assert (items[2].published, items[2].date_source) == (date(2024, 6, 3), "feed")
    # who we are, on every request, robots.txt read once
    assert {agent for _, _, agent in site.log} == {USER_AGENT}
    assert site.hits("/robots.txt") == 1


def test_a_rerun_fetches_only_new_items(site, tmp_path):
    state = tmp_path / "feeds.state"
    feed = publish(site, ["/news/1.html", "/news/2.html"])
    assert len(run(feed, state=state)) == 2
    stats = IngestStats()
    assert run(feed, state=state, stats=stats) == []  # the feed answers 304 Not Modified
    assert stats.passed_over["unchanged feeds"] == 1
    # a new item appears: the feed has a new ETag, and only the new article is fetched
    feed = publish(site, ["/news/3.html", "/news/1.html", "/news/2.html"])
    stats = IngestStats()
    items = run(feed, state=state, stats=stats)
    assert [i.url for i in items] == [site.base + "/news/3.html"]
    assert stats.passed_over["feed items fetched before"] == 2
    assert site.hits("/news/1.html") == 1 and site.hits("/news/3.html") == 1


def test_robots_txt_is_respected(site):
    site.routes["/private/secret.html"] = (200, "text/html", article(1))
    feed = publish(site, ["/private/secret.html", "/news/1.html"])
    items = run(feed)
    assert isinstance(items[0], Skip) and items[0].reason == "disallowed by robots.txt"
    assert isinstance(items[1], RawText)
    assert site.hits("/private/secret.html") == 0


def test_a_failing_article_is_retried_then_skipped_and_the_rest_goes_on(site):
    site.failures["/news/1.html"] = 1  # fails once, then works
    site.failures["/news/2.html"] = 99  # always fails
    feed = publish(site, ["/news/1.html", "/news/2.html", "/news/3.html"])
    items = run(feed)
    assert [type(i).__name__ for i in items] == ["RawText", "Skip", "RawText"]
    assert items[1] == Skip(site.base + "/news/2.html", "HTTP 500 after 3 tries")
    assert site.hits("/news/1.html") == 2 and site.hits("/news/2.html") == 3


def test_a_transient_failure_is_tried_again_next_run(site, tmp_path):
    state = tmp_path / "feeds.state"
    site.failures["/news/2.html"] = 3  # down for this whole run
    feed = publish(site, ["/news/2.html", "/news/gone.html"])
    items = run(feed, state=state)
    assert [i.reason for i in items] == ["HTTP 500 after 3 tries", "HTTP 404"]
    memory = FeedStateFile(state)
    assert not memory.seen(site.base + "/news/2.html")  # may work next time
    assert memory.seen(site.base + "/news/gone.html")  # will not
    # the feed itself has not changed, but it is read again because an item is unfinished
    assert [i.url for i in run(feed, state=state)] == [site.base + "/news/2.html"]
    assert site.hits("/news/gone.html") == 1
    assert run(feed, state=state) == []  # now everything is done: 304 Not Modified


def test_a_slow_article_times_out(site):
    site.slow.add("/news/1.html")
    feed = publish(site, ["/news/1.html", "/news/2.html"])
    items = run(feed, policy=FetchPolicy(rate=50, timeout=0.3, retries=1, backoff=0.01))
    assert items[0] == Skip(site.base + "/news/1.html", "timed out after 2 tries")
    assert isinstance(items[1], RawText)


def test_an_oversized_article_is_refused(site):
    site.routes["/news/big.html"] = (200, "text/html", article(1) + b" " * 2_000_000)
    feed = publish(site, ["/news/big.html"])
    (item,) = run(feed, policy=FetchPolicy(rate=50, max_bytes=1_000_000, backoff=0.01))
    assert item.reason == "too large: 2.0 MB (the limit is 1.0 MB)"


def test_a_feed_that_fails_or_is_not_a_feed_is_skipped(site):
    site.failures["/feed.xml"] = 99
    publish(site, [])
    (item,) = run(site.base + "/feed.xml")
    assert item == Skip(site.base + "/feed.xml", "feed not read: HTTP 500 after 3 tries")
    site.routes["/page.xml"] = (200, "text/html", b"<html><body>hello</body></html>")
    (item,) = run(site.base + "/page.xml")
    assert item.reason.startswith("not a readable RSS/Atom feed")


def test_a_feed_that_times_out_is_skipped(site):
    publish(site, ["/news/1.html"])
    site.slow.add("/feed.xml")
    (item,) = run(site.base + "/feed.xml", policy=FetchPolicy(rate=50, timeout=0.3, retries=0))
    assert item.reason == "feed not read: timed out after 1 try"


def test_requests_to_one_host_keep_to_the_rate(site):
    feed = publish(site, ["/news/1.html", "/news/2.html", "/news/3.html"])
    run(feed, policy=FetchPolicy(rate=10, backoff=0.01))
    times = [t for t, _, _ in site.log]
    assert len(times) == 5  # robots.txt, the feed, three articles
    # 10 requests per second: one every 100 ms. Arrival times at the server jitter on a busy
    # machine (one request may arrive late and the next on time), so check the span of the five.
    assert times[-1] - times[0] >= 0.35


def test_atom_feed_files_and_feed_lists(site, tmp_path):
    atom = (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Merrow</title><id>urn:x</id><updated>2024-06-03T08:00:00Z</updated>"
            f'<entry><title>One</title><id>urn:1</id><link href="{site.base}/news/1.html"/>'
            f"<updated>2024-06-03T08:00:00Z</updated></entry></feed>").encode()
    feed_file = tmp_path / "merrow.atom"
    feed_file.write_bytes(atom)
    assert [i.url for i in run(feed_file)] == [site.base + "/news/1.html"]
    publish(site, ["/news/2.html"])
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"# my feeds\n{site.base}/feed.xml\n\n{site.base}/missing.xml\n")
    items = run(listing)
    assert isinstance(items[0], RawText) and items[0].url == site.base + "/news/2.html"
    assert items[1] == Skip(site.base + "/missing.xml", "feed not read: HTTP 404")


def test_tracking_parameters_do_not_make_a_new_article():
    assert canonical_url("https://News.example/a?id=3&utm_source=rss&utm_medium=feed#top") == \
        "https://news.example/a?id=3"


def test_the_client_waits_for_retry_after():
    import httpx

    waits: list[float] = []
    calls = iter([httpx.Response(503, headers={"retry-after": "7"}),
                  httpx.Response(200, headers={"content-type": "text/html"}, content=b"ok")])
    transport = httpx.MockTransport(lambda request: next(calls))
    client = PoliteClient(FetchPolicy(rate=1000, robots=False), client=httpx.Client(transport=transport),
                          sleep=waits.append)
    assert client.get("http://news.example/x").content == b"ok"
    assert 7.0 in waits
