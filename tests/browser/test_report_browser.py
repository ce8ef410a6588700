"""A real browser: headless Chromium opens the HTML report from disk and prints it to A4 PDF.

Runs in CI (.ci/run installs Debian's `chromium`); without chromium it fails when CI is set and
skips only on a developer machine."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Runner

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-pdf-header-footer",
    "--enable-logging=stderr",
    "--v=0",
]
CONSOLE = re.compile(r":CONSOLE[:(]|Uncaught")


@pytest.fixture
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("chromium is not installed; .ci/run installs it with apt-get (Debian package `chromium`)")
    pytest.skip("chromium is not installed (apt-get install chromium); in CI this test fails instead")


def _browse(chromium: str, page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [chromium, *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def _console_messages(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if CONSOLE.search(line)]


@pytest.mark.parametrize("public", [False, True])
def test_report_loads_without_console_errors_and_prints_to_a4_pdf(
    repo: Path, tmp_path: Path, nhnorm: Runner, chromium: str, public: bool
) -> None:
    page = tmp_path / "rapport.html"
    nhnorm(
        "report", "--year", "2026", "--format", "html", "--output", page, *(["--public"] if public else [])
    )

    dom = _browse(chromium, page, tmp_path / "profiel-dom", "--dump-dom")
    assert dom.returncode == 0, dom.stderr
    assert "<title>Weerbare Overheid 2026: Gemeente Zeedorp" in dom.stdout
    assert dom.stdout.count('<section class="thema"') == 6
    assert _console_messages(dom.stderr) == []

    pdf = tmp_path / "rapport.pdf"
    printed = _browse(chromium, page, tmp_path / "profiel-pdf", f"--print-to-pdf={pdf}")
    assert printed.returncode == 0, printed.stderr
    assert _console_messages(printed.stderr) == []
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 50_000
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
    assert pages >= 1 + 6  # the summary, then every theme starts on a page of its own
    # A4 is 595 × 842 points
    assert re.search(rb"/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]", data)


def test_console_errors_are_detected(tmp_path: Path, chromium: str) -> None:
    """The check above can fail: a page with a script error is caught."""
    page = tmp_path / "fout.html"
    page.write_text('<!DOCTYPE html><html lang="nl"><title>fout</title><script>bestaatNiet()</script></html>')
    result = _browse(chromium, page, tmp_path / "profiel", "--dump-dom")
    assert any("bestaatNiet" in line for line in _console_messages(result.stderr))


# The marks and their colours in report.css: internal (red), public (blue), concept (brown).
MARKS = {
    "intern": ("INTERN — niet openbaar", (0xB2, 0x18, 0x2B)),
    "openbaar": ("Openbare versie", (0x1F, 0x4E, 0x79)),
}
CONCEPT = ("CONCEPT", (0x8A, 0x4B, 0x00))


def _colour_pixels(png: Path, colour: tuple[int, int, int], height: int) -> int:
    """Pixels of (about) `colour` in the top `height` pixels of a screenshot."""
    from PIL import Image

    with Image.open(png) as image:
        data = image.convert("RGB").crop((0, 0, image.width, height)).tobytes()
    pixels = (data[i : i + 3] for i in range(0, len(data), 3))
    return sum(1 for pixel in pixels if all(abs(a - b) <= 24 for a, b in zip(pixel, colour, strict=True)))


@pytest.mark.parametrize(("year", "public"), [(2025, False), (2026, False), (2026, True)])
def test_internal_public_and_concept_marks_on_screen_and_on_every_printed_page(
    repo: Path, tmp_path: Path, nhnorm: Runner, chromium: str, year: int, public: bool
) -> None:
    from pypdf import PdfReader

    page = tmp_path / "rapport.html"
    nhnorm("report", "--year", year, "--format", "html", "--output", page, *(["--public"] if public else []))
    mark, colour = MARKS["openbaar" if public else "intern"]
    other, _ = MARKS["intern" if public else "openbaar"]
    concept = year == 2026  # the example 2026 is a concept, 2025 is vastgesteld

    screenshot = tmp_path / "scherm.png"
    shot = _browse(
        chromium, page, tmp_path / "profiel-png", "--window-size=1200,900", f"--screenshot={screenshot}"
    )
    assert shot.returncode == 0, shot.stderr
    assert _colour_pixels(screenshot, colour, 80) > 300  # the mark's border and text at the top
    assert (_colour_pixels(screenshot, CONCEPT[1], 80) > 300) is concept

    pdf = tmp_path / "rapport.pdf"
    assert _browse(chromium, page, tmp_path / "profiel-pdf", f"--print-to-pdf={pdf}").returncode == 0
    texts = [p.extract_text() for p in PdfReader(pdf).pages]
    assert len(texts) >= 7
    for number, text in enumerate(texts, start=1):
        assert mark in text, f"page {number} lacks {mark!r}"
        assert other not in text
        assert (CONCEPT[0] in text) is concept, f"page {number}"
    if not public:
        assert "vertrouwelijk" in " ".join(texts)  # the badge of the confidential answers


_MEASURE = """<script>
window.addEventListener("load", () => {
  const svg = document.querySelector('svg[aria-labelledby^="thema-scores"]');
  const box = svg.viewBox.baseVal;
  const labels = [...svg.querySelectorAll("text")].map((t) => {
    const b = t.getBBox();
    return {text: t.textContent, left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height};
  });
  const shown = svg.getBoundingClientRect();
  document.body.setAttribute("data-maat", JSON.stringify({width: box.width, height: box.height,
    shown: shown.width, labels}));
});
</script>"""


# The report's own font stack, and DejaVu Sans (wide; what a Linux machine without Arial or
# Liberation shows, and where theme 4 lost its first letters).
FONTS = {"report": "", "dejavu": '<style>svg text { font-family: "DejaVu Sans" !important; }</style>'}


@pytest.mark.parametrize("font", FONTS)
@pytest.mark.parametrize("window", ["1280,900", "794,1123", "420,900"], ids=["desktop", "a4", "phone"])
def test_theme_labels_fit_in_the_bar_chart(
    repo: Path, tmp_path: Path, nhnorm: Runner, chromium: str, window: str, font: str
) -> None:
    """Every label of the theme chart lies inside the chart (theme 4 used to lose its first letters:
    "nformatiepositie"). The SVG scales as a whole, so inside the viewBox means visible on screen
    and in print at any width."""
    page = tmp_path / "rapport.html"
    nhnorm("report", "--year", "2026", "--format", "html", "--output", page)
    html = page.read_text(encoding="utf-8")
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)  # allow the probe
    page.write_text(html.replace("</body>", FONTS[font] + _MEASURE + "</body>"), encoding="utf-8")
    dom = _browse(chromium, page, tmp_path / "profiel", f"--window-size={window}", "--dump-dom")
    found = re.search(r'data-maat="([^"]*)"', dom.stdout)
    assert found, dom.stderr[-2000:]
    measured = json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    labels = measured["labels"]
    themes = [label for label in labels if re.match(r"\d\. ", label["text"])]
    assert [t["text"][:2] for t in themes] == ["1.", "2.", "3.", "4.", "5.", "6."]
    assert "Informatiebeveiliging" in " ".join(label["text"] for label in labels)
    for label in labels:
        assert label["left"] >= 0 and label["right"] <= measured["width"], label
        assert label["top"] >= 0 and label["bottom"] <= measured["height"], label
    assert measured["shown"] > 0
