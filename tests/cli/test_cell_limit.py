"""No silent cut at Excel's 32,767 characters a cell (issue 25): a workbook export refuses a value
it cannot hold, at the answer; CSV, which has no limit, brings every character back."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tests.conftest import Runner

ASSESSMENT = Path("assessments/zeedorp/2026.yaml")
LONG = " ".join(f"woord{i}" for i in range(6_000))[:49_889]  # the 49,889 characters


def _answers(repo: Path) -> dict[str, dict[str, object]]:
    data = YAML(typ="safe").load((repo / ASSESSMENT).read_text(encoding="utf-8"))
    answers: dict[str, dict[str, object]] = data["antwoorden"]
    return answers


def _line_of(repo: Path, needle: str) -> int:
    lines = (repo / ASSESSMENT).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if needle in line)


def _many_actions(repo: Path, count: int) -> None:
    """Answer 1.2 with `count` open actions (written as YAML: set adds one at a time)."""
    text = (repo / ASSESSMENT).read_text(encoding="utf-8")
    actions = "".join(f"      - omschrijving: Actie nummer {i} uitvoeren\n" for i in range(count))
    start = text.index('  "1.2":\n')
    end = text.index('\n  "1.3":')
    block = '  "1.2":\n    oordeel: deels\n    toelichting: Veel acties.\n    acties:\n' + actions
    (repo / ASSESSMENT).write_text(text[:start] + block + text[end:], encoding="utf-8")


def test_a_long_toelichting_is_refused_by_the_workbook(repo: Path, nhnorm: Runner) -> None:
    nhnorm("set", "--year", "2026", "1.2", "voldaan", "--toelichting", LONG)
    err = nhnorm("export", "--year", "2026", "--output", "zeedorp.xlsx", expect=1).stderr
    line = _line_of(repo, "toelichting: woord0 ")
    assert err == (
        f"{ASSESSMENT}:{line}:18: fout TE-LANG-VOOR-EXCEL: toelichting heeft 49889 tekens; een Excel-cel "
        "houdt er hoogstens 32767 en zou de rest weglaten; maak de tekst korter, of exporteer als CSV "
        "(--format csv), dat geen grens heeft\n"
    )
    assert not (repo / "zeedorp.xlsx").exists()


def test_a_long_acties_cell_is_refused_by_the_workbook(repo: Path, nhnorm: Runner) -> None:
    _many_actions(repo, 2_000)
    err = nhnorm("export", "--year", "2026", "--output", "zeedorp.xlsx", expect=1).stderr
    assert err.startswith(
        f"{ASSESSMENT}:{_line_of(repo, '    acties:') + 1}:7: fout TE-LANG-VOOR-EXCEL: acties "
    )
    assert not (repo / "zeedorp.xlsx").exists()


@pytest.mark.parametrize("style", [[], ["--excel"]])
def test_csv_brings_a_long_toelichting_back_whole(repo: Path, nhnorm: Runner, style: list[str]) -> None:
    nhnorm("set", "--year", "2026", "1.2", "voldaan", "--toelichting", LONG)
    nhnorm("export", "--year", "2026", "--format", "csv", *style, "--output", "zeedorp.csv")
    nhnorm("set", "--year", "2026", "1.2", "voldaan", "--toelichting", "kort")
    nhnorm("import", "zeedorp.csv", "--output", ASSESSMENT, "--force")
    assert _answers(repo)["1.2"]["toelichting"] == LONG


def test_csv_brings_every_action_back(repo: Path, nhnorm: Runner) -> None:
    _many_actions(repo, 2_000)
    nhnorm("export", "--year", "2026", "--format", "csv", "--output", "zeedorp.csv")
    _many_actions(repo, 1)
    nhnorm("import", "zeedorp.csv", "--output", ASSESSMENT, "--force")
    acties = _answers(repo)["1.2"]["acties"]
    assert isinstance(acties, list) and len(acties) == 2_000
    assert acties[-1] == {"omschrijving": "Actie nummer 1999 uitvoeren", "afgerond": False}


def test_a_workbook_cell_longer_than_excel_writes_is_read_whole(repo: Path, nhnorm: Runner) -> None:
    """A workbook made by another tool may hold more than Excel writes; import keeps all of it."""
    from openpyxl import load_workbook

    nhnorm("export", "--year", "2026", "--output", "zeedorp.xlsx")
    book = load_workbook(repo / "zeedorp.xlsx")
    sheet = book["Implementatieoverzicht"]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 2).value == "1.2")
    column = next(c for c in range(1, sheet.max_column + 1) if sheet.cell(1, c).value == "Toelichting")
    sheet.cell(row, column)._value = LONG  # openpyxl's public setter would cut it
    book.save(repo / "zeedorp.xlsx")
    nhnorm("import", "zeedorp.xlsx", "--output", ASSESSMENT, "--force")
    assert _answers(repo)["1.2"]["toelichting"] == LONG
