"""`nhnorm bewerk` in a real browser (Playwright over Debian's chromium): a whole assessment filled in
from `init` to vastgesteld gives, byte for byte, the file the same answers give through `set`; a
problem shows as it happens, a file changed on disk is shown again, an adopted file is locked; the
form works by keyboard alone and is axe-core clean."""

from __future__ import annotations

import html
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from nhnorm_cli.errors import Location, Problem, Severity
from nhnorm_cli.messages import message
from tests.browser.bewerk_form import Form, whole_assessment
from tests.browser.pages import axe_violations, describe
from tests.conftest import Runner
from tests.web.server import Served, bewerk

INIT = ("init", "--year", "2025", "--naam", "Gemeente Zeedorp", "--peildatum", "2025-03-28")
pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def repository(tmp_path: Path, nhnorm: Runner, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    nhnorm(*INIT)
    return tmp_path


@pytest.fixture
def served(repository: Path) -> Iterator[Served]:
    with bewerk(repository, "--year", "2025") as form:
        yield form


# a refused save answers 409 or 422 (the page explains it); chromium logs any 4xx as a console error
_EXPECTED = re.compile(r"Failed to load resource: the server responded with a status of (409|422)\b")


def _open(page: Any, served: Served) -> Form:
    errors: list[str] = []
    page.on(
        "console",
        lambda m: errors.append(m.text) if m.type == "error" and not _EXPECTED.match(m.text) else None,
    )
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(served.url)
    assert page.url == f"{served.origin}/"  # the token has left the address bar
    page.errors = errors
    return Form(page)


@pytest.mark.timeout(600)  # some eighty saves, on a shared CI machine
def test_a_whole_assessment_through_the_form_is_the_file_set_writes(
    page: Any, served: Served, repository: Path, nhnorm: Runner
) -> None:
    path = repository / "assessments" / "2025.yaml"
    by_set = repository / "by-set.yaml"
    shutil.copy(path, by_set)
    form = _open(page, served)
    answers = whole_assessment()
    for answer in answers:
        form.answer(answer)
    form.adopt("2025-04-08", "Interne driehoek")
    for answer in answers:
        nhnorm("set", *answer.set_args(), "--file", str(by_set))
    nhnorm(
        "set",
        "--status",
        "vastgesteld",
        "--op",
        "2025-04-08",
        "--door",
        "Interne driehoek",
        "--file",
        str(by_set),
    )
    assert path.read_bytes() == by_set.read_bytes()
    text = path.read_text(encoding="utf-8")
    assert "        datum: 2024-09-03\n        geldig_tot: 2026-09-03\n        link: Z-2024-00311\n" in text
    assert "      - omschrijving: Verslag oefening agressie en geweld\n        datum: 2025-02-11\n" in text
    assert "      1.3.d: niet\n" in text and "        prioriteit: hoog\n" in text
    # the lock: every field of every norm is disabled, and the page says how to reopen
    assert page.locator("#n1-1-oordeel").is_disabled() and page.locator("#n6-2-toelichting").is_disabled()
    assert "Vastgesteld op 2025-04-08 door Interne driehoek" in page.locator("#status").inner_text()
    assert page.locator("#status button", has_text="Heropenen").is_enabled()
    assert page.locator("#totaal strong").inner_text() != "–"
    assert page.errors == []


def test_a_problem_shows_next_to_its_field_as_it_happens(page: Any, served: Served, repository: Path) -> None:
    path = repository / "assessments" / "2025.yaml"
    form = _open(page, served)
    form.choose("2.1", "deels")
    problem = Problem(Location(""), "GEEN-ACTIE", Severity.WARNING, {"id": "2.1", "oordeel": "deels"})
    shown = page.locator("#n2-1-oordeel-m").inner_text()
    assert "GEEN-ACTIE" in shown and message(problem) in shown
    assert "1 melding" in page.locator("#n2-1-stand").inner_text()
    form.add_action("2.1", _action())
    assert page.locator("#n2-1-oordeel-m").inner_text() == ""  # answered by the action
    # a change that would make the file invalid is explained, and what was chosen stays
    before = path.read_bytes()
    form.choose("2.2", "nvt")
    explained = page.locator("#n2-2-algemeen").inner_text()
    assert "NIET-OPGESLAGEN" in explained and "NVT-ZONDER-TOELICHTING" in explained
    assert page.locator("#n2-2-oordeel").input_value() == "nvt"
    assert path.read_bytes() == before
    form.explain("2.2", "Geen eigen personeel in deze functie.")
    assert (
        '  "2.2":\n    oordeel: nvt\n    toelichting: Geen eigen personeel in deze functie.\n'
        in path.read_text(encoding="utf-8")
    )
    assert page.locator("#n2-2-algemeen").inner_text() == ""
    assert page.errors == []


def _action() -> Any:
    from tests.browser.bewerk_form import Action

    return Action("Integriteitsbeleid actualiseren", "P&O", "2025-11-30", "middel")


def test_a_file_changed_on_disk_is_shown_again_not_written_over(
    page: Any, served: Served, repository: Path, nhnorm: Runner
) -> None:
    path = repository / "assessments" / "2025.yaml"
    form = _open(page, served)
    form.choose("1.2", "voldaan")
    nhnorm("set", "1.1", "niet", "--toelichting", "Uit de terminal.", "--year", "2025")  # a colleague
    from_terminal = path.read_bytes()
    form.choose("1.1", "voldaan")
    banner = page.locator("#conflict")
    assert banner.is_visible()
    assert "BESTAND-GEWIJZIGD" in banner.inner_text()
    assert page.evaluate("() => document.activeElement.id") == "conflict"
    assert page.locator("#n1-1-oordeel").input_value() == "niet"  # the file as it is now
    assert page.locator("#n1-1-toelichting").input_value() == "Uit de terminal."
    assert page.locator("#totaal strong").inner_text() == "50,0"  # niet (1.1) and voldaan (1.2)
    assert "BESTAND-GEWIJZIGD" not in page.locator("#norm-1\\.1").inner_text()  # in the banner only
    assert path.read_bytes() == from_terminal
    form.choose("1.1", "grotendeels")  # and the form goes on from there
    assert '  "1.1":\n    oordeel: grotendeels\n    toelichting: Uit de terminal.\n' in path.read_text(
        encoding="utf-8"
    )


def test_adoption_locks_the_form_and_reopening_unlocks_it(
    page: Any, served: Served, repository: Path, nhnorm: Runner
) -> None:
    path = repository / "assessments" / "2025.yaml"
    form = _open(page, served)
    form.adopt("2025-04-08", "Interne driehoek")  # not yet: 47 norms open
    assert "ONVOLLEDIG-VASTGESTELD" in page.locator("#status").inner_text()
    for answer in whole_assessment():
        nhnorm("set", *answer.set_args(), "--year", "2025")
    page.reload()
    form.adopt("2025-04-08", "Interne driehoek")
    assert page.locator("#n3-1-oordeel").is_disabled()
    assert page.locator("#opslag").inner_text() == "Opgeslagen: Status en vaststelling"
    assert page.locator("#n3-1-bewijs button", has_text="Verwijderen").first.is_disabled()
    locked = path.read_bytes()
    assert b"status: vastgesteld\nvastgesteld_op: 2025-04-08\nvastgesteld_door: Interne driehoek\n" in locked
    with form.saving():
        page.locator("#status button", has_text="Heropenen").click()
    assert b"status: concept\n" in path.read_bytes()
    assert page.locator("#n3-1-oordeel").is_enabled()


def test_the_form_works_by_keyboard_alone(page: Any, served: Served, repository: Path) -> None:
    path = repository / "assessments" / "2025.yaml"
    form = _open(page, served)
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.className") == "overslaan"
    page.keyboard.press("Enter")  # the skip link: straight to the norms
    focused = ""
    for _ in range(4):
        page.keyboard.press("Tab")
        focused = page.evaluate("() => document.activeElement.id")
        if focused == "n1-1-oordeel":
            break
    assert focused == "n1-1-oordeel"
    with form.saving():
        page.keyboard.press("ArrowDown")  # the first rating: voldaan
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "n1-1-toelichting"
    page.keyboard.type("Besproken in de driehoek.")
    with form.saving():
        page.keyboard.press("Tab")
    assert '  "1.1":\n    oordeel: voldaan\n    toelichting: Besproken in de driehoek.\n' in path.read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize("state", ["leeg", "met-meldingen", "vastgesteld"])
def test_the_form_is_axe_clean(
    browser: Any, served: Served, repository: Path, nhnorm: Runner, state: str
) -> None:
    if state == "met-meldingen":
        nhnorm("set", "2.1", "deels", "--year", "2025")  # GEEN-ACTIE
        nhnorm("set", "3.1", "voldaan", "--bewijs", "Oud | 2020-01-01 | 2021-01-01", "--year", "2025")
    if state == "vastgesteld":
        for answer in whole_assessment():
            nhnorm("set", *answer.set_args(), "--year", "2025")
        nhnorm("set", "--status", "vastgesteld", "--year", "2025")
    # axe-core is injected as a script: only for this check the page's CSP is bypassed
    context = browser.new_context(locale="nl-NL", bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(served.url)
        page.locator("details.uitleg").first.locator("summary").click()
        violations = axe_violations(page)
        assert violations == [], describe(violations)
        assert html.escape("<") not in page.title()
    finally:
        context.close()


def test_without_javascript_every_form_still_posts(browser: Any, served: Served, repository: Path) -> None:
    path = repository / "assessments" / "2025.yaml"
    context = browser.new_context(locale="nl-NL", java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(served.url)
        page.select_option("#n1-1-oordeel", "voldaan")
        page.fill("#n1-1-toelichting", "Zonder script.")
        page.locator("#norm-1\\.1 form.antwoord button").click()
        page.wait_for_load_state()
        assert page.url == f"{served.origin}/?filter=alle&opgeslagen=1.1#norm-1.1"
        assert '  "1.1":\n    oordeel: voldaan\n    toelichting: Zonder script.\n' in path.read_text(
            encoding="utf-8"
        )
        assert "Opgeslagen: norm 1.1" in page.locator("#opslag").inner_text()
        page.locator("#n1-1-bewijs summary").click()
        page.fill("#n1-1-b-datum", "2025-02-11")  # no omschrijving: explained, the date kept
        page.locator("#n1-1-bewijs button", has_text="Toevoegen").click()
        assert "OMSCHRIJVING-ONTBREEKT" in page.locator("#n1-1-bewijs").inner_text()
        assert page.locator("#n1-1-b-datum").input_value() == "2025-02-11"
    finally:
        context.close()
