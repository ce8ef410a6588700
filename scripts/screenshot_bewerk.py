"""Take docs/bewerk.png, the screenshot of `nhnorm bewerk` in README: a new assessment of the
fictional Gemeente Zeedorp, partly filled in through the form itself, in Debian's chromium.

    python scripts/screenshot_bewerk.py docs/bewerk.png

Needs the test extras (playwright) and chromium; run from the repository root."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.browser.bewerk_form import SPECIAL, Answer, Form  # noqa: E402
from tests.browser.pages import CHROMIUM_ARGS, chromium_path  # noqa: E402
from tests.web.server import bewerk  # noqa: E402

FIRST = ["1.1", "1.2", "1.3"]


def main(target: Path) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        repository = Path(folder)
        init = ["init", "--year", "2025", "--naam", "Gemeente Zeedorp", "--peildatum", "2025-03-28"]
        subprocess.run(
            [sys.executable, "-m", "nhnorm_cli", *init], cwd=repository, check=True, capture_output=True
        )
        with bewerk(repository, "--year", "2025") as served, sync_playwright() as driver:
            browser = driver.chromium.launch(
                executable_path=chromium_path(), args=[*CHROMIUM_ARGS, "--lang=nl-NL"]
            )
            page = browser.new_page(viewport={"width": 1100, "height": 1500}, locale="nl-NL")
            page.goto(served.url)
            form = Form(page)
            form.answer(Answer("1.1", "voldaan", SPECIAL["1.1"].toelichting))
            form.answer(
                Answer("1.2", "grotendeels", "Het weerbaarheidsplan is vastgesteld; de evaluatie volgt.")
            )
            one_three = SPECIAL["1.3"]
            form.choose("1.3", one_three.oordeel)
            for component, rating in one_three.onderdelen[:3]:
                form.rate("1.3", component, rating)
            page.goto(f"{served.origin}/?filter=niet-voldaan")  # 1.1 is voldaan: the filter hides it
            page.evaluate("() => window.scrollTo(0, 0)")
            bottom = page.locator("#norm-1\\.3 .onderdelen").bounding_box()
            assert bottom is not None
            height = bottom["y"] + bottom["height"] + 16
            page.screenshot(
                path=str(target), full_page=True, clip={"x": 0, "y": 0, "width": 1100, "height": height}
            )
            browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "docs" / "bewerk.png"))
