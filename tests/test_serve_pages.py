"""The HTML pages of ``tidings serve``: coding form, explorer, documents (test client, no browser).

What the browser sees is in tests/test_browser.py; here the server's HTML is checked directly:
escaping, filters, links from events to their sentences, uploads.
"""

from __future__ import annotations

import re
import warnings
from datetime import date

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from tidings.serve import create_app
from tidings.store import Store
from tidings.store.synthetic import example_documents, story

SCRIPT = '<script>document.title="pwned"</script>'
HOSTILE = story([f"Kazakh police arrested {SCRIPT} protesters in Almaty.",
                 'Protesters rallied <img src=x onerror="alert(1)"> in Almaty.'],
                date(2022, 1, 6), [(0, ("KAZCOP", "Kazakh police"), "arrested", "173", None),
                                   (1, ("KAZCVL", "Protesters"), "rallied", "141", None)],
                url="javascript://news/%0Aalert(document.cookie)", title=f"Hostile {SCRIPT}")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "store.duckdb"
    with Store.open(path) as store:
        store.write(example_documents() + [HOSTILE])
    with TestClient(create_app(path)) as c:
        yield c


def rows(html: str) -> list[tuple[str, str, str]]:
    """(cameo, source, target) of each event row on a page."""
    found = []
    for tag in re.findall(r'<tr class="event"[^>]*>', html):
        attrs = dict(re.findall(r'data-(\w+)="([^"]*)"', tag))
        found.append((attrs["cameo"], attrs["source"], attrs["target"]))
    return found


def arrested_by_police(events: list[tuple[str, str, str]]) -> bool:
    """Kazakh police (KAZCOP) arrest (173) someone Kazakh: the exact code of Karim Masimov
    (an elite, a former spy chief) is the actor resolver's business."""
    return any(c == "173" and s == "KAZCOP" and t.startswith("KAZ") for c, s, t in events)


# -- explore ----------------------------------------------------------------------------------

def test_the_explorer_lists_every_event_with_a_timeline_and_dyads(client):
    html = client.get("/explore").text
    assert len(rows(html)) == 10
    assert '<svg class="timeline"' in html and '<svg class="dyads"' in html
    assert "10</strong> events in the store" in html


def test_filtering_by_country_narrows_the_table(client):
    html = client.get("/explore?country=UKR").text
    assert rows(html) == [("112", "UKRGOV", "RUSMIL")]
    assert "1</strong> event match the filters" in html


def test_each_event_links_to_its_sentence(client):
    html = client.get("/explore?cameo=150").text
    doc_id = example_documents()[1].document.id
    assert f'href="/documents/{doc_id}#s1"' in html


def test_dyads_count_who_acts_on_whom_and_link_to_their_events(client):
    html = client.get("/explore?country=KAZ").text
    table = html[html.index('id="dyads"'):]
    assert re.search(r"<code>KAZGOV</code>.*?<code>KAZCVL</code>", table, re.S)
    assert "/explore?country=KAZ&amp;source=CHNGOV&amp;target=KAZGOV" in table
    by_country = client.get("/explore?country=KAZ&dyads=countries").text
    assert "<code>KAZ</code></a></td><td><a" in by_country


def test_pages_of_events_keep_the_filters(client, tmp_path):
    from tidings.store.synthetic import synthetic_documents

    path = tmp_path / "many.duckdb"
    with Store.open(path) as store:
        store.write(synthetic_documents(30, 5))
    with TestClient(create_app(path)) as c:
        first = c.get("/explore?quad=4").text
        assert len(rows(first)) == 50
        nxt = re.search(r'<a href="([^"]+)" rel="next"', first).group(1).replace("&amp;", "&")
        assert "quad=4" in nxt and "page=2" in nxt
        second = c.get(nxt).text
        assert rows(second) and rows(second) != rows(first)
        assert all(cameo[:2] in ("14", "15", "16", "17", "18", "19", "20")
                   for cameo, _, _ in rows(second))


def test_a_bad_filter_is_explained_on_the_page(client):
    r = client.get("/explore?root=42")
    assert r.status_code == 422
    assert "&#39;42&#39; is not a CAMEO root" in r.text
    assert client.get("/explore?page=0").status_code == 422
    assert client.get("/explore?colour=red").status_code == 422


# -- documents ----------------------------------------------------------------------------------

def test_a_document_page_marks_sentences_actors_and_triggers(client):
    doc_id = example_documents()[2].document.id
    html = client.get(f"/documents/{doc_id}").text
    assert '<span class="sentence" id="s0">' in html and 'id="s1"' in html
    assert re.search(r'<mark class="actor"[^>]*>Xi Jinping</mark>', html)
    assert re.search(r'<mark class="trigger q1"[^>]*>praised</mark>', html)
    assert rows(html) == [("051", "CHNGOV", "KAZGOV"), ("010", "RUSGOV", "")]


def test_article_text_on_a_document_page_is_escaped(client):
    html = client.get(f"/documents/{HOSTILE.document.id}").text
    assert SCRIPT not in html and "<img src=x" not in html
    assert "&lt;script&gt;document.title=&#34;pwned&#34;&lt;/script&gt;" in html
    assert "onerror=&#34;alert(1)&#34;" in html
    # the page's only script is its own
    assert re.findall(r"<script\b[^>]*>", html) == ['<script src="/static/app.js" defer>']


def test_only_web_addresses_become_links(client):
    html = client.get(f"/documents/{HOSTILE.document.id}").text
    assert 'href="javascript:' not in html
    assert "javascript://news/%0Aalert(document.cookie)" in html  # shown as text


def test_an_unknown_document_is_a_404_page(client):
    r = client.get("/documents/0123456789abcdef")
    assert r.status_code == 404 and "no document 0123456789abcdef" in r.text


# -- coding -----------------------------------------------------------------------------------

def test_the_form_posts_text_and_date_to_code(client):
    html = client.get("/").text
    assert re.search(r'<form class="code-form" method="post" action="/code"', html)
    assert 'name="text"' in html and 'name="date"' in html and 'type="file"' in html
    assert 'name="token"' not in html  # no token configured


def test_coding_a_pasted_article_marks_its_actors_and_events(client):
    r = client.post("/code", data={"text": "Kazakh police arrested Karim Masimov on Saturday.",
                                   "date": "2022-01-10"})
    assert r.status_code == 200
    assert arrested_by_police(rows(r.text))
    assert re.search(r'<mark class="actor"[^>]*>Kazakh police</mark>', r.text)
    assert re.search(r'<mark class="trigger q4"[^>]*>arrested</mark>', r.text)
    assert "2022-01-08" in r.text
    assert "lexicon" in r.text  # how the actors were resolved


def test_a_script_in_a_pasted_article_is_shown_as_text(client):
    text = f"Kazakh police arrested {SCRIPT} protesters in Almaty."
    html = client.post("/code", data={"text": text}).text
    assert SCRIPT not in html
    box = re.search(r"<textarea[^>]*>(.*?)</textarea>", html, re.S).group(1)
    article = re.search(r'<article class="text"[^>]*>(.*?)</article>', html, re.S).group(1)
    assert box == text.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;")
    assert "&lt;/script&gt;" in article and "<script" not in article


def test_an_uploaded_text_file_is_coded(client):
    r = client.post("/code", data={"date": "2022-01-10"},
                    files={"file": ("arrest.txt", b"Kazakh police arrested Karim Masimov.")})
    assert r.status_code == 200 and arrested_by_police(rows(r.text))


def test_an_uploaded_html_page_is_read_for_its_story(client):
    story = ("<p>Kazakh police arrested Karim Masimov in Almaty on Saturday, officials said. "
             "The former security chief is suspected of treason, prosecutors said in a "
             "statement.</p><p>Protesters rallied in the city centre for a fourth day as "
             "the government promised lower fuel prices and new elections.</p>")
    page = (f"<html><head><title>Arrest in Almaty</title></head><body><nav>Home | World</nav>"
            f"<article><h1>Arrest in Almaty</h1>{story}</article><footer>Contact us</footer>"
            f"</body></html>").encode()
    r = client.post("/code", files={"file": ("arrest.html", page, "text/html")})
    assert r.status_code == 200
    assert "173" in [cameo for cameo, _, _ in rows(r.text)]


def test_an_upload_that_is_not_an_article_says_why(client):
    r = client.post("/code", files={"file": ("scan.pdf", b"%PDF-1.7 binary stuff")})
    assert r.status_code == 422 and "a PDF document" in r.text


def test_an_empty_form_or_a_bad_date_asks_again(client):
    assert client.post("/code", data={"text": "  "}).status_code == 422
    r = client.post("/code", data={"text": "Protesters rallied.", "date": "next week"})
    assert r.status_code == 422 and "2022-01-10" in r.text


def test_reloading_the_result_page_lands_on_the_form(client):
    r = client.get("/code", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/"


def test_the_filter_form_shows_the_filters_in_force(client):
    html = client.get("/explore?actor=UKR&actor=IGO&quad=3").text
    assert 'name="actor" value="UKR, IGO"' in html
    assert '<option value="3" selected>' in html
    assert rows(html) == [("112", "UKRGOV", "RUSMIL")]
