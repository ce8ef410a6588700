"""`nhnorm import A.xlsx B.xlsx … --into assessments/`: the workbooks that come in by e-mail, each
placed at assessments/<slug>/<jaar>.yaml with the date received, past any bad workbook; run again,
an identical workbook changes nothing and a changed one needs --force (the vastgesteld lock stands)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from nhnorm_cli.select.assessments import load_assessment
from tests import factories
from tests.conftest import Runner

REGISTER = """\
riecs: [RIEC Noord-Holland]
organisaties:
  - code: GM9001
    naam: Gemeente Een
    soort: gemeente
    riec: RIEC Noord-Holland
    slug: een-dorp
  - code: GM9002
    naam: Gemeente Drie
    soort: gemeente
    riec: RIEC Noord-Holland
"""


@pytest.fixture
def inbox(nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """een.xlsx (code GM9001, from a folder the register does not name), twee.xlsx (no code,
    not in the register), drie.xlsx (in the register by name) and kapot.xlsx (a wrong oordeel)."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    answers = dict.fromkeys(factories.IDS, "voldaan")
    made = {
        "een": {"naam": "Gemeente Een", "code": "GM9001"},
        "twee": {"naam": "Gemeente Twee"},
        "drie": {"naam": "Gemeente Drie"},
        "kapot": {"naam": "Gemeente Vier"},
    }
    for name, org in made.items():
        factories.write_assessment(tmp_path, f"bron-{name}", answers, riec="RIEC Noord-Holland", **org)
        nhnorm("export", "--year", "2025", "--org", f"bron-{name}", "--output", f"{name}.xlsx")
    shutil.rmtree(tmp_path / "assessments")
    book = openpyxl.load_workbook("kapot.xlsx")
    book["Implementatieoverzicht"]["D3"] = "misschien"
    book.save("kapot.xlsx")
    (tmp_path / "organisaties.yaml").write_text(REGISTER, encoding="utf-8")
    return tmp_path


def test_places_each_and_carries_on_past_a_bad_one(nhnorm: Runner, inbox: Path) -> None:
    result = nhnorm(
        "import", "een.xlsx", "kapot.xlsx", "twee.xlsx", "drie.xlsx", "--into", "assessments", expect=1
    )
    lines = result.stderr.splitlines()
    assert lines == [
        "een.xlsx → assessments/een-dorp/2025.yaml",  # the register's slug, found by code
        'kapot.xlsx:Implementatieoverzicht!D3: fout ONBEKEND-OORDEEL: oordeel "misschien" bestaat niet; '
        "kies uit voldaan, grotendeels, deels, niet, nvt",
        "twee.xlsx:Organisatie!B2: waarschuwing NIET-IN-REGISTER: Gemeente Twee (gemeente-twee) staat niet "
        "in het register en telt niet mee in de intake en het overzicht; voeg de organisatie toe of geef "
        "organisatie.code",
        "twee.xlsx → assessments/gemeente-twee/2025.yaml",  # not in the register: from the name
        "drie.xlsx → assessments/gemeente-drie/2025.yaml",  # in the register by its derived slug
        "4 werkboek(en): 3 ingelezen, 1 niet ingelezen (zie hierboven)",
    ]
    placed = load_assessment(inbox / "assessments" / "een-dorp" / "2025.yaml").assessment
    assert placed.organisatie.code == "GM9001" and len(placed.antwoorden) == 47
    assert not (inbox / "assessments" / "gemeente-vier").exists()
    # the intake sees them at once
    out = nhnorm("intake", "--year", "2025", "--format", "csv").stdout.splitlines()
    assert out[1].startswith(
        "GM9001,Gemeente Een,RIEC Noord-Holland,gemeente,assessments/een-dorp/2025.yaml,"
    )


def test_the_same_workbook_again_changes_nothing(nhnorm: Runner, inbox: Path) -> None:
    nhnorm("import", "een.xlsx", "--into", "assessments", "--ontvangen", "28-03-2025")
    target = inbox / "assessments" / "een-dorp" / "2025.yaml"
    assert "ontvangen_op: 2025-03-28\n" in target.read_text(encoding="utf-8")
    target.write_text(target.read_text(encoding="utf-8") + "# mijn aantekening\n", encoding="utf-8")
    before = target.read_bytes()
    # another day, the same attachment saved again: not a new receipt, not an error
    err = nhnorm(
        "import", "een.xlsx", "twee.xlsx", "--into", "assessments", "--ontvangen", "2025-04-20"
    ).stderr
    assert "een.xlsx = assessments/een-dorp/2025.yaml (ongewijzigd)" in err
    assert err.splitlines()[-1] == "2 werkboek(en) ingelezen; 1 nieuw, 1 ongewijzigd, 0 bijgewerkt"
    assert target.read_bytes() == before
    assert (inbox / "assessments" / "gemeente-twee" / "2025.yaml").is_file()  # the other one went in


def _change(workbook: str, cell: str, value: str) -> None:
    book = openpyxl.load_workbook(workbook)
    book["Implementatieoverzicht"][cell] = value
    book.save(workbook)


def test_a_changed_workbook_needs_force(nhnorm: Runner, inbox: Path) -> None:
    nhnorm("import", "een.xlsx", "--into", "assessments", "--ontvangen", "2025-03-28")
    target = inbox / "assessments" / "een-dorp" / "2025.yaml"
    before = target.read_bytes()
    _change("een.xlsx", "D3", "deels")
    err = nhnorm("import", "een.xlsx", "--into", "assessments", expect=1).stderr
    assert (
        "een.xlsx:1:1: fout WERKBOEK-GEWIJZIGD: assessments/een-dorp/2025.yaml bestaat al en dit werkboek "
        "wijkt ervan af; niets geschreven. Bijwerken (niet als het vastgesteld is): nhnorm import een.xlsx "
        "--into assessments --force"
    ) in err
    assert target.read_bytes() == before
    err = nhnorm("import", "een.xlsx", "--into", "assessments", "--force", "--ontvangen", "2025-04-02").stderr
    assert "een.xlsx → assessments/een-dorp/2025.yaml (bijgewerkt)" in err
    placed = load_assessment(target).assessment
    assert placed.oordeel("1.2") == "deels" and str(placed.ontvangen_op) == "2025-04-02"


def test_force_never_changes_an_adopted_file(nhnorm: Runner, inbox: Path) -> None:
    nhnorm("import", "een.xlsx", "--into", "assessments")
    target = inbox / "assessments" / "een-dorp" / "2025.yaml"
    nhnorm("set", "--status", "vastgesteld", "--op", "2025-03-30", "--file", target)
    before = target.read_bytes()
    _change("een.xlsx", "D3", "deels")
    err = nhnorm("import", "een.xlsx", "--into", "assessments", "--force", expect=1).stderr
    assert "fout VASTGESTELD: assessments/een-dorp/2025.yaml is vastgesteld en daarmee op slot" in err
    assert target.read_bytes() == before


def test_a_workbook_that_contradicts_the_register_is_not_written(nhnorm: Runner, inbox: Path) -> None:
    book = openpyxl.load_workbook("drie.xlsx")  # Gemeente Drie's workbook with Gemeente Een's code
    book["Organisatie"]["B4"] = "GM9001"
    book.save("drie.xlsx")
    err = nhnorm("import", "drie.xlsx", "--into", "assessments", expect=1).stderr
    assert (
        'drie.xlsx:Organisatie!B2: fout WIJKT-AF-VAN-REGISTER: naam "Gemeente Drie" wijkt af van het '
        'register, waar code GM9001 naam "Gemeente Een" heeft'
    ) in err
    assert not (inbox / "assessments").exists()


def test_when_every_workbook_is_read_the_summary_points_nowhere(nhnorm: Runner, inbox: Path) -> None:
    lines = nhnorm("import", "een.xlsx", "drie.xlsx", "--into", "assessments").stderr.splitlines()
    assert lines[-1] == "2 werkboek(en) ingelezen"  # no "0 niet ingelezen (zie hierboven)"


def test_without_register_the_slug_comes_from_the_name(nhnorm: Runner, inbox: Path) -> None:
    (inbox / "organisaties.yaml").unlink()
    err = nhnorm("import", "een.xlsx", "nergens.xlsx", "--into", "ontvangen", expect=1).stderr
    assert "een.xlsx → ontvangen/gemeente-een/2025.yaml" in err
    assert "nergens.xlsx:1:1: fout PAD-BESTAAT-NIET: nergens.xlsx bestaat niet" in err


def test_usage(nhnorm: Runner, inbox: Path) -> None:
    assert "MEERDERE-WERKBOEKEN" in nhnorm("import", "een.xlsx", "twee.xlsx", expect=2).stderr
    err = nhnorm("import", "een.xlsx", "--into", "a", "--output", "x.yaml", expect=2).stderr
    assert "INTO-ZONDER-OUTPUT" in err
    assert (
        "ONGELDIGE-DATUM"
        in nhnorm("import", "een.xlsx", "--into", "a", "--ontvangen", "gisteren", expect=2).stderr
    )


def test_a_workbook_adopted_before_its_peildatum_is_said(nhnorm: Runner, inbox: Path) -> None:
    book = openpyxl.load_workbook("een.xlsx")
    sheet = book["Organisatie"]
    rows = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    sheet.cell(rows["status"], 2).value = "vastgesteld"
    sheet.cell(rows["vastgesteld_op"], 2).value = "2025-01-15"  # the peildatum is 28 March 2025
    book.save("een.xlsx")
    err = nhnorm("import", "een.xlsx", "--into", "assessments").stderr
    assert (
        "assessments/een-dorp/2025.yaml:10:17: waarschuwing VASTGESTELD-VOOR-PEILDATUM: vastgesteld op "
        "2025-01-15, vóór de peildatum 2025-03-28"
    ) in err


def test_a_new_organisation_gets_the_register_folder_by_its_name(nhnorm: Runner, inbox: Path) -> None:
    book = openpyxl.load_workbook("een.xlsx")  # without its code, Gemeente Een is still the register's
    book["Organisatie"]["B4"] = None
    book.save("een.xlsx")
    err = nhnorm("import", "een.xlsx", "--into", "assessments").stderr
    assert "een.xlsx → assessments/een-dorp/2025.yaml" in err  # not gemeente-een/
    assert not (inbox / "assessments" / "gemeente-een").exists()


def test_updating_one_file_keeps_the_date_received(nhnorm: Runner, inbox: Path) -> None:
    nhnorm("import", "een.xlsx", "--into", "assessments", "--ontvangen", "2025-03-28")
    target = inbox / "assessments" / "een-dorp" / "2025.yaml"
    _change("een.xlsx", "D3", "deels")
    nhnorm("import", "een.xlsx", "--output", target, "--force")
    placed = load_assessment(target).assessment
    assert placed.oordeel("1.2") == "deels" and str(placed.ontvangen_op) == "2025-03-28"


def test_a_code_the_register_does_not_know_is_pointed_at_in_its_cell(nhnorm: Runner, inbox: Path) -> None:
    book = openpyxl.load_workbook("twee.xlsx")
    book["Organisatie"]["B4"] = "GM0363"  # another region's gemeente
    book.save("twee.xlsx")
    result = nhnorm("import", "twee.xlsx", "--into", "assessments")
    assert result.stderr.splitlines()[0].startswith(
        "twee.xlsx:Organisatie!B4: waarschuwing NIET-IN-REGISTER: Gemeente Twee (gemeente-twee) staat niet"
    )
