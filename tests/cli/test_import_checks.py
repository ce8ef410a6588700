"""The checks of `nhnorm import` on a filled-in workbook, each at its sheet and cell: the
Organisatie sheet (every detail, the jaar range), changed headers, duplicate and unknown rows, an
empty oordeel, bad action lines and the vertrouwelijk column."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.conftest import Runner

ORG, ROWS = "Organisatie", "Implementatieoverzicht"
Edit = Callable[[Any], None]


@pytest.fixture
def exported(repo: Path, exported_workbook: Path) -> Path:
    path = repo / "zeedorp-2026.xlsx"
    shutil.copyfile(exported_workbook, path)
    return path


def _edited(source: Path, edit: Edit) -> Path:
    book = load_workbook(source)
    edit(book)
    target = source.with_name("bewerkt.xlsx")
    book.save(target)
    return target


def _set(sheet: str, cell: str, value: object) -> Edit:
    def edit(book: Any) -> None:
        book[sheet][cell] = value

    return edit


def _org_row(key: str) -> int:
    return ["naam", "soort", "code", "riec", "jaar", "peildatum", "status", "norm"].index(key) + 2


def _delete_org_row(key: str) -> Edit:
    def edit(book: Any) -> None:
        book[ORG].delete_rows(_org_row(key))

    return edit


def _copy_row(source: int, target: int) -> Edit:
    def edit(book: Any) -> None:
        sheet = book[ROWS]
        for column in range(1, 9):
            sheet.cell(target, column).value = sheet.cell(source, column).value

    return edit


JAAR = 'Organisatie!B6: fout ONGELDIGE-WAARDE: jaar heeft ongeldige waarde "{}"; toegestaan: 2000 … 2100'
CASES: dict[str, tuple[Edit, list[str]]] = {
    "jaar-below-2000": (
        _set(ORG, "B6", 1999),
        [JAAR.format("1999")],
    ),
    "jaar-above-2100": (
        _set(ORG, "B6", 2101),
        [JAAR.format("2101")],
    ),
    "jaar-text": (
        _set(ORG, "B6", "twintig"),
        [JAAR.format("twintig")],
    ),
    "soort-unknown": (_set(ORG, "B3", "waterschap"), ["Organisatie!B3: fout ONGELDIGE-WAARDE: soort"]),
    "code-bad": (_set(ORG, "B4", "GM12"), ["Organisatie!B4: fout ONGELDIGE-WAARDE: code"]),
    "status-unknown": (_set(ORG, "B8", "klaar"), ["Organisatie!B8: fout ONGELDIGE-WAARDE: status"]),
    "peildatum-bad": (_set(ORG, "B7", "gisteren"), ["Organisatie!B7: fout ONGELDIGE-DATUM: "]),
    "naam-empty": (_set(ORG, "B2", None), ["Organisatie!B2: fout VERPLICHT-VELD: "]),
    "norm-version-unknown": (_set(ORG, "B11", "9.9"), ["Organisatie!B11: fout ONBEKENDE-NORMVERSIE: "]),
    "detail-row-missing": (_delete_org_row("peildatum"), ["Organisatie!A11: fout GEGEVEN-ONTBREEKT: "]),
    "header-changed": (
        _set(ROWS, "D1", "Score"),
        ["Implementatieoverzicht!D1: fout ONBEKENDE-KOP: "],
    ),
    "row-duplicated": (_copy_row(2, 200), ["Implementatieoverzicht!B200: fout DUBBELE-RIJ: "]),
    "id-unknown": (
        _set(ROWS, "B2", "7.1"),
        ["Implementatieoverzicht!B2: fout ONBEKEND-ID: ", "Implementatieoverzicht!B2: fout RIJ-ONTBREEKT: "],
    ),
    "oordeel-empty-with-toelichting": (
        _set(ROWS, "D2", None),
        ["Implementatieoverzicht!D2: fout OORDEEL-LEEG: "],
    ),
    "only-vertrouwelijk": (  # a row marked confidential and nothing else: reported, not dropped
        lambda book: [_set(ROWS, f"{c}2", None)(book) for c in "DEFG"] and _set(ROWS, "H2", "ja")(book),
        ["Implementatieoverzicht!D2: fout OORDEEL-LEEG: "],
    ),
    "oordeel-unknown": (_set(ROWS, "D2", "prima"), ["Implementatieoverzicht!D2: fout ONBEKEND-OORDEEL: "]),
    "action-line-bad": (
        _set(ROWS, "G2", "Plan maken | HR | eind dit jaar | open"),
        ["Implementatieoverzicht!G2: fout ONGELDIGE-ACTIE: "],
    ),
    "vertrouwelijk-bad": (
        _set(ROWS, "H2", "misschien"),
        ["Implementatieoverzicht!H2: fout ONGELDIGE-WAARDE: vertrouwelijk"],
    ),
    "nvt-without-toelichting": (
        lambda book: (_set(ROWS, "D2", "nvt")(book), _set(ROWS, "E2", None)(book)),
        ["Implementatieoverzicht!E2: fout NVT-ZONDER-TOELICHTING: "],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_workbook_problem_at_its_cell(nhnorm: Runner, exported: Path, name: str) -> None:
    edit, want = CASES[name]
    result = nhnorm("import", _edited(exported, edit), expect=1)
    lines = result.stderr.splitlines()
    assert result.stdout == ""
    assert len(lines) == len(want), lines
    for line, start in zip(lines, want, strict=True):
        assert line.startswith(f"bewerkt.xlsx:{start}"), line


def test_the_unchanged_export_imports_cleanly(nhnorm: Runner, exported: Path) -> None:
    assert nhnorm("import", _edited(exported, lambda book: None)).stdout.startswith('norm: "1.0"\n')
