"""What an analyst sees in a real browser: Playwright driving Debian's Chromium headless.

The server runs in this process on a free loopback port, over a store holding the example stories
of :func:`tidings.store.synthetic.example_documents`. Without ``/usr/bin/chromium`` these tests
skip, except under CI (the variable ``CI`` set), where a missing browser is a failure:
``.ci/run`` installs it with apt.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tidings.serve import create_app, serve_in_thread
from tidings.store import Store
from tidings.store.synthetic import example_documents

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-dev-shm-usage"]
SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_6e0f9db512cb93e6.txt"
CODING_TIMEOUT_MS = 180_000  # the first article loads the spaCy model


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing; install Debian's Chromium: apt-get install chromium"
        if "CI" in os.environ:
            pytest.fail(f"CI needs the browser tests: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                     args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser") / "store.duckdb"
    with Store.open(db) as store:
        store.write(example_documents())
    with serve_in_thread(create_app(db)) as url:
        yield url


@pytest.fixture
def page(browser, site):
    context = browser.new_context(base_url=site, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(CODING_TIMEOUT_MS)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield page
    context.close()
    # a Content-Security-Policy violation or a script error shows up here
    assert errors == []


def code_article(page, text: str, day: str | None = None) -> list[dict[str, str]]:
    """Paste ``text`` into the form, press Code; returns the listed events' data attributes."""
    page.goto("/")
    page.fill("textarea[name=text]", text)
    if day:
        page.fill("input[name=date]", day)
    page.click("button[type=submit]")
    page.wait_for_selector("article.text")
    return page.eval_on_selector_all(
        "#events tr.event", "rows => rows.map(r => ({...r.dataset}))")


def explorer_rows(page) -> list[dict[str, str]]:
    return page.eval_on_selector_all("#event-table tr.event",
                                     "rows => rows.map(r => ({...r.dataset}))")


# -- code an article --------------------------------------------------------------------------

def test_the_seed_article_shows_its_actors_and_events(page):
    if not SEED.exists():
        pytest.skip(f"the seed article {SEED} is not in this checkout's ../shared")
    events = code_article(page, SEED.read_text(encoding="utf-8"), "2022-01-10")

    def found(source: str, roots: tuple[str, ...], target: str | None = None,
              cameo: str | None = None) -> bool:
        return any(e["source"].startswith(source) and e["root"] in roots
                   and (target is None or e["target"].startswith(target))
                   and (cameo is None or e["cameo"] == cameo) for e in events)

    assert found("KAZ", ("14",)), "protesters in Kazakhstan protest"
    assert found("KAZGOV", ("17", "18", "19")), "Tokayev orders troops to fire"
    assert found("CHNGOV", ("05",), "KAZGOV", "051"), "the Chinese leadership praises Tokayev"
    assert found("KAZGOV", ("11",)), "Tokayev accuses foreign-trained terrorists"
    assert any(e["source"].startswith("RUS") and "MIL" in e["source"] and e["root"] in ("07", "15")
               for e in events), "Russia's peacekeeping force is sent"
    assert found("KAZGOV", ("17",), cameo="173"), "Tokayev announces the arrest of Masimov"
    assert found("CHN", ("03",)), "China is willing to provide support"

    actors = page.locator("article.text mark.actor")
    assert actors.count() > 20
    assert page.locator("article.text mark.actor", has_text="Tokayev").count() > 0
    assert page.locator("article.text mark.trigger", has_text="praised").count() > 0
    # each actor's resolution is explained next to the event
    assert page.locator("#events .actor-cell .how").first.inner_text() != ""


def test_hovering_an_event_outlines_its_words(page):
    code_article(page, "Kazakh police arrested Karim Masimov on Saturday.", "2022-01-10")
    trigger = page.locator("article.text mark.trigger", has_text="arrested")
    assert "focus" not in (trigger.get_attribute("class") or "")
    page.hover("#events tr.event >> nth=0")
    assert "focus" in trigger.get_attribute("class")


def test_a_script_in_an_article_is_shown_not_run(page):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    hostile = ("<script>window.pwned = 1; alert('pwned')</script> Kazakh police arrested "
               "<img src=x onerror=\"window.pwned = 2; alert('img')\"> protesters on Friday.")
    code_article(page, hostile, "2022-01-10")
    text = page.inner_text("article.text")
    assert "<script>window.pwned = 1; alert('pwned')</script>" in text
    assert "<img src=x onerror=" in text
    assert page.evaluate("window.pwned") is None
    assert page.locator("article.text script, article.text img").count() == 0
    assert dialogs == []


# -- explore ----------------------------------------------------------------------------------

def test_filtering_the_explorer_by_country_changes_the_table(page):
    page.goto("/explore")
    everything = explorer_rows(page)
    assert len(everything) == 8
    assert page.locator("svg.timeline rect").count() > 0
    assert page.locator("svg.dyads path.band").count() > 0

    page.fill("input[name=country]", "UKR")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/explore?*country=UKR*")
    narrowed = explorer_rows(page)
    assert [(r["source"], r["cameo"], r["target"]) for r in narrowed] == [
        ("UKRGOV", "112", "RUSMIL")]
    assert page.inner_text("#total") == "1"
    assert page.input_value("input[name=country]") == "UKR"


def test_an_event_links_to_its_sentence_in_the_document(page):
    page.goto("/explore?cameo=150")
    page.click("#event-table .sentence-cell a")
    page.wait_for_url("**/documents/*#s1")
    target = page.locator(".sentence:target")
    assert target.inner_text() == "Russia sent paratroopers to Kazakhstan."
    assert page.locator("h1").inner_text() == "Troops told to fire"
