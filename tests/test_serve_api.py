"""The JSON API of ``tidings serve``, through FastAPI's test client.

The store holds the four example stories of :func:`tidings.store.synthetic.example_documents`
(January-February 2022: protests and arrests in Kazakhstan, troops, Xi's praise, Ukraine and EU
sanctions). Coding tests run the real pipeline on sentences written for them.
"""

from __future__ import annotations

import re
import warnings
from datetime import date

import pytest

with warnings.catch_warnings():  # starlette's TestClient warns about its httpx import
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from tidings.serve import Limits, create_app
from tidings.store import EventFilter, Store
from tidings.store.synthetic import example_documents

ARREST = "Kazakh police arrested Karim Masimov on Saturday."
EVENT_KEYS = {"id", "doc", "sentence", "trigger", "cameo", "root", "quad_class", "goldstein",
              "plover", "date", "confidence", "source", "target"}
ACTOR_KEYS = {"text", "code", "country", "sectors"}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "kazakhstan.duckdb"
    with Store.open(path) as store:
        store.write(example_documents())
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


def triggers(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [e["trigger"] for e in response.json()["events"]]


# -- POST /api/code -----------------------------------------------------------------------------

def test_code_returns_the_arrest_in_the_jsonl_event_schema(client):
    r = client.post("/api/code", json={"text": ARREST, "date": "2022-01-10"})
    assert r.status_code == 200, r.text
    (event,) = [e for e in r.json()["events"] if e["root"] == "17"]
    assert EVENT_KEYS <= set(event)
    assert event["cameo"] == "173" and event["trigger"] == "arrested"
    assert event["source"]["code"] == "KAZCOP" and ACTOR_KEYS <= set(event["source"])
    assert event["target"]["text"] == "Karim Masimov" and event["target"]["country"] == "KAZ"
    assert event["date"] == "2022-01-08"  # "on Saturday" before Monday 10 January
    assert event["source"]["how"]  # every code can be explained


def test_code_can_leave_out_statements(client):
    text = "The Kremlin said that Russian troops arrived in Almaty."
    every = client.post("/api/code", json={"text": text}).json()["events"]
    acts = client.post("/api/code", json={"text": text, "statements": False}).json()["events"]
    assert any(e["statement"] for e in every)
    assert not any(e["statement"] for e in acts)


@pytest.mark.parametrize("body, message", [
    ({}, "text: Field required"),
    ({"text": ""}, "text: String should have at least 1 character"),
    ({"text": ARREST, "date": "10/01/2022"}, "date: Value error, must be a date like 2022-01-10"),
    ({"text": ARREST, "date": "2022-02-30"}, "date: Value error, must be a date like"),
    ({"text": ARREST, "min_confidence": 2}, "min_confidence: Input should be less than or equal"),
    ({"text": ARREST, "colour": "red"}, "colour: Extra inputs are not permitted"),
])
def test_invalid_code_requests_are_refused_with_a_message(client, body, message):
    r = client.post("/api/code", json=body)
    assert r.status_code == 422
    assert message in r.json()["error"]


def test_a_text_that_cannot_be_coded_says_why(client):
    r = client.post("/api/code", json={"text": "Der Präsident hat am Montag die Regierung und "
                                                 "das Parlament in Berlin aufgelöst, sagte er."})
    assert r.status_code == 422
    assert "not English" in r.json()["error"]


def test_code_needs_json(client):
    r = client.post("/api/code", content=b"text=hello",
                    headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 422 and "error" in r.json()


# -- the token ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def locked(db):
    with TestClient(create_app(db, token="s3cret-token")) as c:
        yield c


def test_coding_needs_the_token_when_the_server_has_one(locked):
    r = locked.post("/api/code", json={"text": ARREST})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
    assert "Authorization: Bearer" in r.json()["error"]
    wrong = locked.post("/api/code", json={"text": ARREST},
                        headers={"Authorization": "Bearer guess"})
    assert wrong.status_code == 401


def test_the_token_is_checked_before_the_body(locked):
    # an unauthenticated client learns nothing about what a valid request looks like
    assert locked.post("/api/code", json={"nonsense": 1}).status_code == 401


def test_the_right_token_opens_coding(locked):
    r = locked.post("/api/code", json={"text": ARREST},
                    headers={"Authorization": "Bearer s3cret-token"})
    assert r.status_code == 200
    assert any(e["cameo"] == "173" for e in r.json()["events"])


def test_the_page_form_takes_the_token_as_a_field(locked):
    refused = locked.post("/code", data={"text": ARREST})
    assert refused.status_code == 401 and "token" in refused.text.lower()
    r = locked.post("/code", data={"text": ARREST, "token": "s3cret-token"})
    assert r.status_code == 200 and 'data-cameo="173"' in r.text


def test_reading_needs_no_token(locked):
    assert locked.get("/api/events").status_code == 200
    assert locked.get("/explore").status_code == 200


# -- size limits ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def small(db):
    limits = Limits(max_upload_bytes=2_000, max_text_chars=500, max_body_bytes=4_000)
    with TestClient(create_app(db, limits=limits)) as c:
        yield c


def test_a_body_over_the_limit_is_refused_before_coding(small):
    r = small.post("/api/code", json={"text": "Protesters rallied. " * 400})
    assert r.status_code == 413
    assert r.json() == {"error": "request too large: the limit is 4,000 bytes"}


def test_a_body_sent_in_chunks_is_cut_off_at_the_limit(small):
    def chunks():
        for _ in range(10):
            yield b"x" * 1_000

    r = small.post("/api/code", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_a_text_over_the_character_limit_is_refused(small):
    r = small.post("/api/code", json={"text": "Protesters rallied. " * 30})
    assert r.status_code == 413 and "the limit is 500" in r.json()["error"]


def test_an_upload_over_the_limit_is_refused(small):
    r = small.post("/code", files={"file": ("big.txt", b"Protesters rallied. " * 150)})
    assert r.status_code == 413 and "larger than 2,000 bytes" in r.text


# -- GET /api/events: the filters of `tidings events` -------------------------------------------

@pytest.mark.parametrize("query, flt", [
    ("", EventFilter()),
    ("country=UKR", EventFilter(country=("UKR",))),
    ("actor=KAZGOV", EventFilter(actor=("KAZGOV",))),
    ("source=RUS", EventFilter(source=("RUS",))),
    ("target=KAZ&root=17", EventFilter(target=("KAZ",), root=("17",))),
    ("since=2022-01-07&until=2022-01-10", EventFilter(since=date(2022, 1, 7),
                                                      until=date(2022, 1, 10))),
    ("sector=MIL", EventFilter(sector=("MIL",))),
    ("cameo=17", EventFilter(cameo=("17",))),
    ("quad=4", EventFilter(quad_class=(4,))),
    ("plover_type=protest", EventFilter(plover=("PROTEST",))),
    ("text=troops", EventFilter(text="troops")),
    ("min_confidence=0.8", EventFilter(min_confidence=0.8)),
    ("statements=false", EventFilter(statements=False)),
])
def test_event_filters_select_what_tidings_events_selects(client, db, query, flt):
    with Store.open(db, read_only=True) as store:
        expected = store.events(flt).column("trigger").to_pylist()
    assert triggers(client.get(f"/api/events?{query}")) == expected


def test_filters_narrow_the_selection_as_documented(client):
    assert triggers(client.get("/api/events?country=UKR")) == ["accused"]
    assert triggers(client.get("/api/events?actor=KAZGOV")) == ["ordered troops to fire",
                                                                "praised"]
    assert triggers(client.get("/api/events?source=KAZ&target=KAZCVL")) == [
        "arrested", "ordered troops to fire"]


def test_lists_come_as_repeats_or_commas(client):
    assert triggers(client.get("/api/events?actor=UKR,IGO")) == triggers(
        client.get("/api/events?actor=UKR&actor=IGO")) == ["accused", "imposed sanctions"]


def test_events_come_a_page_at_a_time_with_the_total(client):
    r = client.get("/api/events?limit=3&offset=2").json()
    assert (r["total"], r["limit"], r["offset"]) == (8, 3, 2)
    assert [e["trigger"] for e in r["events"]] == ["ordered troops to fire", "sent paratroopers",
                                                   "praised"]
    assert EVENT_KEYS <= set(r["events"][0])


@pytest.mark.parametrize("query, message", [
    ("colour=red", "unknown parameter colour"),
    ("root=33", "'33' is not a CAMEO root"),
    ("since=yesterday", "since must be a date like 2022-01-31"),
    ("since=2022-02-01&until=2022-01-01", "is after"),
    ("country=K%3BDROP", "not a valid country code"),
    ("limit=0", "limit: Input should be greater than or equal to 1"),
    ("offset=-1", "offset"),
    ("min_confidence=lots", "min_confidence"),
])
def test_bad_filters_are_refused_with_a_message(client, query, message):
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 422
    assert message in r.json()["error"]


def test_a_page_is_capped_by_the_server(db):
    with TestClient(create_app(db, limits=Limits(max_page_size=2))) as c:
        r = c.get("/api/events?limit=500").json()
    assert r["limit"] == 2 and len(r["events"]) == 2 and r["total"] == 8


# -- GET /api/stats, /api/documents/{id} ----------------------------------------------------------

def test_stats_count_per_period_and_group(client):
    r = client.get("/api/stats?by=quad&per=month")
    assert r.status_code == 200
    rows = r.json()["rows"]
    january = {row["quad_class"]: row["events"] for row in rows if row["period"] == "2022-01-01"}
    assert january == {1: 2, 3: 1, 4: 3}
    assert sum(row["events"] for row in rows) == 8


def test_stats_take_filters_and_refuse_unknown_groupings(client):
    rows = client.get("/api/stats?by=dyad&per=year&country=UKR").json()["rows"]
    assert [(r["source_country"], r["target_country"], r["events"]) for r in rows] == [
        ("UKR", "RUS", 1)]
    r = client.get("/api/stats?by=colour")
    assert r.status_code == 422 and "by" in r.json()["error"]


def test_a_document_comes_with_its_sentences_actors_and_events(client):
    doc_id = example_documents()[1].document.id
    r = client.get(f"/api/documents/{doc_id}")
    assert r.status_code == 200
    body = r.json()
    assert body["document"]["text"].startswith("President Tokayev ordered troops")
    assert body["document"]["coder_version"] == "0.1.0"
    assert [s["index"] for s in body["sentences"]] == [0, 1]
    assert [e["cameo"] for e in body["events"]] == ["175", "150"]
    assert {a["code"] for a in body["actors"]} >= {"KAZGOV", "RUSMIL"}


def test_unknown_and_malformed_document_ids(client):
    r = client.get("/api/documents/0123456789abcdef")
    assert r.status_code == 404
    assert r.json() == {"error": "no document 0123456789abcdef in the store"}
    assert client.get("/api/documents/..%2F..%2Fetc").status_code in (404, 422)
    assert client.get("/api/documents/XYZ").status_code == 422


# -- the server as a whole ------------------------------------------------------------------------

def test_openapi_describes_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/code", "/api/events", "/api/stats", "/api/documents/{doc_id}"} <= set(
        spec["paths"])
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"since", "until", "actor", "country", "root", "quad", "plover_type", "limit",
            "offset"} <= params
    assert "401" in spec["paths"]["/api/code"]["post"]["responses"]


def test_no_page_loads_anything_from_the_internet(client):
    # FastAPI's /docs pulls Swagger UI from a CDN; it is switched off
    assert client.get("/docs").status_code == 404
    doc_id = example_documents()[0].document.id
    for page in ("/", "/explore", f"/documents/{doc_id}"):
        html = client.get(page).text
        # links to the article's own URL are fine; nothing is loaded from elsewhere
        assert not re.search(r'(?:\bsrc="|<link[^>]*href=")(?:https?:)?//', html), page
        assert "<script src=\"/static/app.js\"" in html


def test_unknown_api_routes_and_methods_answer_json(client):
    assert client.get("/api/nothing").json() == {"error": "nothing at /api/nothing"}
    r = client.delete("/api/events")
    assert r.status_code == 405 and "not allowed" in r.json()["error"]


def test_every_response_carries_the_hardening_headers(client):
    for path in ("/", "/api/events", "/static/style.css", "/api/nothing"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"], path
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


def test_without_a_store_coding_still_works_and_queries_say_what_to_do(tmp_path):
    missing = tmp_path / "none.duckdb"
    with TestClient(create_app(missing)) as c:
        r = c.get("/api/events")
        assert r.status_code == 503
        assert "tidings ingest" in r.json()["error"]
        page = c.get("/explore")
        assert page.status_code == 503 and "tidings ingest" in page.text
        assert c.get("/").status_code == 200
    assert not missing.exists()  # reading never creates a store


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("these are my notes, not a database")
    with TestClient(create_app(bogus)) as c:
        r = c.get("/api/stats")
    assert r.status_code == 503 and "not a tidings store" in r.json()["error"]
    assert bogus.read_text() == "these are my notes, not a database"


def test_only_loopback_host_names_reach_a_loopback_server(db):
    app = create_app(db, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/health").status_code == 200
    with TestClient(app, base_url="http://attacker.example") as c:
        assert c.get("/api/events").status_code == 400  # DNS rebinding is refused


def test_health_says_whether_the_coder_is_loaded(db):
    with TestClient(create_app(db, pipeline=lambda: pytest.fail("must not load"))) as c:
        body = c.get("/api/health").json()
    assert body["ok"] and body["store_exists"] and body["coder_loaded"] is False


def test_an_article_stuck_in_the_coder_does_not_queue_the_others_for_ever(db):
    import threading

    from tidings.model import Skip

    release = threading.Event()

    class StuckPipeline:  # stands in for a coder caught on a pathological article
        def code_raw(self, items, published=None):
            release.wait(10)
            return [Skip("api", "gave up")]

    app = create_app(db, pipeline=StuckPipeline)
    app.state.server.coder.wait_s = 0.2
    with TestClient(app) as c:
        first = threading.Thread(target=c.post, args=("/api/code",),
                                 kwargs={"json": {"text": ARREST}})
        first.start()
        while app.state.server.coder._lock.acquire(blocking=False):  # wait until it is in
            app.state.server.coder._lock.release()
            release.wait(0.01)
        r = c.post("/api/code", json={"text": ARREST})
        assert r.status_code == 503 and "busy" in r.json()["error"]
        assert r.headers["retry-after"] == "60"
        assert c.get("/api/events").status_code == 200  # reading goes on meanwhile
        release.set()
        first.join()
