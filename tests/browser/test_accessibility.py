"""The published pages meet WCAG 2.1 AA (Besluit digitale toegankelijkheid overheid): axe-core runs
in a real browser on the public and the internal report and on the named and the anonymous
overview (with a trend, so every chart is there), and the PDF a browser prints from each has a
title and a language.

axe-core's best-practice rules run too (landmarks, heading order, a scrollable region that a
keyboard can reach); a page that breaks one shows that the check can fail."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.browser.pages import WCAG_TAGS, axe_violations, chromium_path, describe
from tests.browser.test_report_browser import _browse
from tests.conftest import Runner

TAGS = [*WCAG_TAGS, "best-practice"]
BROKEN = Path(__file__).resolve().parent / "data" / "ontoegankelijk.html"

# name -> (the fixture that makes the working directory, the command's arguments, the page title)
PAGES: dict[str, tuple[str, list[str], str]] = {
    "rapport-intern": (
        "repo",
        ["report", "--year", "2026", "--format", "html"],
        "Weerbare Overheid 2026: Gemeente Zeedorp",
    ),
    "rapport-openbaar": (
        "repo",
        ["report", "--year", "2026", "--format", "html", "--public"],
        "Weerbare Overheid 2026: Gemeente Zeedorp (openbare versie)",
    ),
    "overzicht": (
        "test_region",
        ["overview", "--year", "2026", "--vanaf", "2024", "--format", "html"],
        "Overzicht Noord-Hollandse Norm 1.0 — 2026",
    ),
    "overzicht-anoniem": (
        "test_region",
        ["overview", "--year", "2026", "--vanaf", "2024", "--anoniem", "--format", "html"],
        "Overzicht Noord-Hollandse Norm 1.0 — 2026 (regio, anoniem)",
    ),
}


@pytest.fixture
def published(request: pytest.FixtureRequest, nhnorm: Runner, tmp_path: Path) -> Callable[[str], Path]:
    """Writes one of PAGES to a file, as a gemeente or the province would publish it."""

    def make(name: str) -> Path:
        where, args, _ = PAGES[name]
        request.getfixturevalue(where)
        target = tmp_path / f"{name}.html"
        nhnorm(*args, "--output", target)
        return target

    return make


@pytest.mark.parametrize("name", PAGES)
def test_published_page_has_no_accessibility_violations(
    published: Callable[[str], Path], page: Any, name: str
) -> None:
    page.goto(published(name).as_uri())
    assert page.title() == PAGES[name][2]
    assert page.evaluate("document.documentElement.lang") == "nl"
    charts = page.locator("svg.grafiek")
    assert charts.count() == (3 if name.startswith("rapport") else 1)  # the trend is on every page
    for i in range(charts.count()):  # each chart is an image with a name and a description
        chart = charts.nth(i)
        assert chart.get_attribute("role") == "img"
        assert chart.locator("title").text_content() and chart.locator("desc").text_content()
    violations = axe_violations(page, TAGS)
    assert violations == [], describe(violations)


def test_the_check_fails_on_a_page_with_poor_contrast_and_an_unlabelled_field(page: Any) -> None:
    page.goto(BROKEN.as_uri())
    found = {v["id"] for v in axe_violations(page)}
    assert {"color-contrast", "label"} <= found


def test_the_check_fails_when_a_published_page_is_broken(published: Callable[[str], Path], page: Any) -> None:
    """The same check on a real report (with its Content-Security-Policy) after a house style
    with a pale grey text colour: the contrast violation is reported."""
    target = published("rapport-openbaar")
    html = target.read_text(encoding="utf-8").replace(
        "</style>", "p { color: #b0b0b0 !important; }</style>", 1
    )
    target.write_text(html, encoding="utf-8")
    page.goto(target.as_uri())
    violations = axe_violations(page)
    assert [v["id"] for v in violations] == ["color-contrast"]


@pytest.mark.parametrize("name", PAGES)
def test_printed_pdf_has_title_and_language(
    published: Callable[[str], Path], tmp_path: Path, name: str
) -> None:
    """What a user gets from the browser's Print > Save as PDF (chromium --print-to-pdf): a tagged
    PDF whose title is the page's title (shown instead of the file name) and whose language is Dutch,
    so a screen reader reads it in Dutch."""
    from pypdf import PdfReader

    source = published(name)
    pdf = tmp_path / f"{name}.pdf"
    printed = _browse(chromium_path(), source, tmp_path / "profiel", f"--print-to-pdf={pdf}")
    assert printed.returncode == 0, printed.stderr
    reader = PdfReader(pdf)
    assert reader.metadata is not None and reader.metadata.title == PAGES[name][2]
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "nl"
    assert bool(catalog["/MarkInfo"]["/Marked"])  # tagged: headings and tables survive in the PDF
    assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"])
