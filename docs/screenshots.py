"""Screenshots of the web pages for the README: code an article, explore, a stored document.

    .venv/bin/python docs/screenshots.py            # writes docs/screenshots/*.png

Needs Debian's Chromium (``apt-get install chromium``) and the spaCy model. The articles below
were written for this script; they are coded with the real pipeline into a temporary store.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-dev-shm-usage"]

ARTICLES: list[tuple[str, str]] = [
    ("2024-03-04", """Farmers rally in Bamako over fuel prices

Thousands of farmers protested in Bamako on Monday against the rising price of diesel.
Malian police arrested twelve protesters near the main market, witnesses said.
The opposition accused the government of ignoring rural families."""),
    ("2024-03-11", """Niger and Mali agree to joint border patrols

The government of Niger signed a security agreement with Mali on Monday.
Malian troops will patrol the border with soldiers from Niger, officials said.
Algeria praised both governments for choosing dialogue."""),
    ("2024-03-15", """Talks in Algiers

Algerian President Abdelmadjid Tebboune met Malian officials in Algiers on Friday.
Tebboune urged the rebels to return to negotiations.
Rebels attacked an army post near Kidal on Thursday, the army said."""),
    ("2024-03-18", """Sahel talks resume as aid arrives

Mediators from Algeria hosted talks between the Malian government and rebel leaders on Monday.
The European Union announced that it would provide humanitarian aid to displaced families in Mali.
Malian soldiers fired on demonstrators in Gao, according to a local rights group.
The United Nations condemned the shooting and called for an investigation."""),
]


def build_store(path: Path) -> None:
    from tidings.ingest.raw import RawText
    from tidings.pipeline import default_pipeline
    from tidings.store import Store

    pipeline = default_pipeline()
    with Store.open(path) as store:
        for day, text in ARTICLES:
            raw = RawText(origin=f"example-{day}.txt", text=text,
                          title=text.splitlines()[0])
            store.write(pipeline.code_raw([raw], published=date.fromisoformat(day)),
                        command="docs/screenshots.py")


def main() -> int:
    from playwright.sync_api import sync_playwright

    from tidings.serve import create_app, serve_in_thread

    if not Path(CHROMIUM).exists():
        print(f"screenshots: {CHROMIUM} is missing; apt-get install chromium", file=sys.stderr)
        return 1
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "screenshots.duckdb"
        build_store(db)
        with serve_in_thread(create_app(db)) as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                        args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})

            page.goto(f"{url}/")
            page.fill("textarea[name=text]", ARTICLES[-1][1])
            page.fill("input[name=date]", ARTICLES[-1][0])
            page.click("button[type=submit]")
            page.wait_for_selector("article.text mark")
            page.hover("tr.event >> nth=1")  # show the link between an event and its words
            page.screenshot(path=str(OUT / "code.png"), full_page=True)

            page.goto(f"{url}/explore")
            page.screenshot(path=str(OUT / "explore.png"), full_page=True)

            page.goto(f"{url}/explore?country=MLI&quad=4")
            page.screenshot(path=str(OUT / "explore-filtered.png"), full_page=True)

            href = page.get_attribute("#event-table tbody tr >> nth=0 >> a", "href")
            page.goto(f"{url}{href}")
            page.screenshot(path=str(OUT / "document.png"), full_page=True)
            browser.close()
    for name in sorted(OUT.glob("*.png")):
        print(f"screenshots: wrote {name.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
