"""Playwright driving Debian's chromium, and axe-core's WCAG 2.1 A/AA check of a page.

Shared by every browser test: the published pages (reports, overviews) and the `bewerk` form.
`.ci/run` installs chromium (apt) and axe-core (`npm ci --prefix tests/browser`); without them a
test fails when CI is set and skips only on a developer's machine."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
# The probe's flags: no sandbox as root, and no background traffic on a machine without a network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def missing(what: str, how: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} is not installed; .ci/run installs it ({how})")
    pytest.skip(f"{what} is not installed ({how}); in CI this test fails instead")


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        missing("chromium", "apt-get install chromium")
    assert found is not None
    return found


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless chromium for the whole session (a new context per test keeps tests apart)."""
    executable = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the test extras install it
        missing("playwright", "pip install '.[test]'")
    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(locale="nl-NL")
    opened = context.new_page()
    yield opened
    context.close()


def axe_violations(page: Any, tags: list[str] = WCAG_TAGS) -> list[dict[str, Any]]:
    """axe-core's violations of WCAG 2.1 A and AA (or `tags`) on the page as it is now (rule id,
    help, nodes)."""
    if not AXE.is_file():
        missing("axe-core", "npm ci --prefix tests/browser")
    # Evaluated, not added as a <script>: the published pages' Content-Security-Policy forbids
    # inline scripts, and the check must see those pages exactly as they are published.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        tags,
    )
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in result["violations"]
    ]


def describe(violations: list[dict[str, Any]]) -> str:
    return "\n".join(f"{v['id']}: {v['help']} at {v['nodes']}" for v in violations)
