"""`nhnorm import A.xlsx B.xlsx … --into assessments/`: the workbooks that come in by e-mail, each
placed at assessments/<slug>/<jaar>.yaml, never over an existing file, past any bad workbook."""

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
        "twee.xlsx:1:1: waarschuwing NIET-IN-REGISTER: Gemeente Twee (gemeente-twee) staat niet in het "
        "register en telt niet mee in de intake; voeg de organisatie toe of geef organisatie.code",
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


def test_never_overwrites(nhnorm: Runner, inbox: Path) -> None:
    nhnorm("import", "een.xlsx", "--into", "assessments")
    target = inbox / "assessments" / "een-dorp" / "2025.yaml"
    target.write_text(target.read_text(encoding="utf-8") + "# mijn aantekening\n", encoding="utf-8")
    before = target.read_bytes()
    err = nhnorm("import", "een.xlsx", "twee.xlsx", "--into", "assessments", expect=1).stderr
    assert (
        "een.xlsx:1:1: fout BESTAAT-AL-IMPORT: assessments/een-dorp/2025.yaml bestaat al; niet overschreven. "
        "Bijwerken kan apart: nhnorm import een.xlsx --output assessments/een-dorp/2025.yaml --force"
    ) in err
    assert target.read_bytes() == before
    assert (inbox / "assessments" / "gemeente-twee" / "2025.yaml").is_file()  # the other one went in


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
