"""A real browser: headless Chromium opens the HTML report from disk and prints it to A4 PDF.

Runs in CI (.ci/run installs Debian's `chromium`); without chromium it fails when CI is set and
skips only on a developer machine."""

from __future__ import annotations

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
