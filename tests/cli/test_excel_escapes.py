"""Excel's `_xHHHH_` escapes in cell text (workbook/xstring.py): read as the character they stand
for, a control character refused at its cell, and text that looks like an escape kept as it is
through export → Excel → import (issue 25)."""

from __future__ import annotations

import shutil
from pathlib import Path
from zipfile import ZipFile

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from nhnorm_cli.workbook.xstring import escape, unescape
from tests.conftest import Runner
from tests.factories import write_year

ROWS = "Implementatieoverzicht"


@pytest.fixture
def exported(repo: Path, exported_workbook: Path) -> Path:
    path = repo / "zeedorp-2026.xlsx"
    shutil.copyfile(exported_workbook, path)
    return path


def _with_e2(source: Path, text: str) -> Path:
    """The workbook with E2 (1.1's toelichting) holding `text` as the file's XML holds it."""
    book = load_workbook(source)
    book[ROWS]["E2"] = text  # openpyxl writes the characters as they are: Excel reads the escapes
    target = source.with_name("bewerkt.xlsx")
    book.save(target)
    return target


@pytest.mark.parametrize(
    ("cell", "meant"),
    [
        ("Eerst_x000A_dan", "Eerst\ndan"),  # Excel's way to store a line break
        ("_x0041_BC", "ABC"),
        ("letterlijk _x005F_x0041_", "letterlijk _x0041_"),  # an escaped underscore
        ("x_x00e9_", "xé"),
        ("_x12_ en _xZZZZ_ en x0041", "_x12_ en _xZZZZ_ en x0041"),  # no escapes: left alone
    ],
)
def test_an_escape_is_read_as_the_character_it_stands_for(
    nhnorm: Runner, exported: Path, cell: str, meant: str
) -> None:
    nhnorm("import", _with_e2(exported, cell), "-o", "uit.yaml")
    assert f"toelichting: {meant!r}" in _toelichting_line(Path("uit.yaml"), meant)


def _toelichting_line(path: Path, meant: str) -> str:
    from nhnorm_cli.select.assessments import load_assessment

    value = load_assessment(path).assessment.antwoorden["1.1"].toelichting
    return f"toelichting: {value!r}"


@pytest.mark.parametrize("code", ["001B", "0007", "0000", "007F", "009B"])
def test_an_escaped_control_character_is_refused_at_its_cell(
    nhnorm: Runner, exported: Path, code: str
) -> None:
    result = nhnorm("import", _with_e2(exported, f"Rood _x{code}_[31m"), "-o", "uit.yaml", expect=1)
    assert result.stderr == (
        f"bewerkt.xlsx:{ROWS}!E2: fout STUURTEKEN: stuurteken U+{code.upper()} mag niet in tekst "
        "(het kan een terminal besturen); haal het weg\n"
    )
    assert not Path("uit.yaml").exists()


def test_text_that_looks_like_an_escape_survives_export_and_import(nhnorm: Runner, repo: Path) -> None:
    words = "Code _x0041_ en _X001b_ en _x005F_ uit het zaaksysteem"
    folder = repo / "assessments" / "testdorp"
    write_year(
        folder, {"1.1": {"oordeel": "deels", "toelichting": words}}, jaar=2026, naam="Gemeente Testdorp"
    )
    nhnorm("export", "--year", "2026", "--org", "testdorp", "-o", "t.xlsx")
    with ZipFile("t.xlsx") as archive:  # as Excel reads the file: the underscores escaped
        xml = "".join(archive.read(n).decode() for n in archive.namelist() if n.endswith(".xml"))
    assert "Code _x005F_x0041_ en _X001b_ en _x005F_x005F_ uit" in xml  # only a small x escapes
    nhnorm("import", "t.xlsx", "-o", "terug.yaml")
    assert _toelichting_line(Path("terug.yaml"), words) == f"toelichting: {words!r}"


def test_escape_and_unescape_are_each_others_inverse() -> None:
    for text in ["", "_x", "_x0041_", "a_x005F_x0041_b", "__x0041__", "_x0041_x0042_", "\n_x000a_"]:
        assert unescape(escape(text)) == text


@given(
    st.lists(st.sampled_from(["_", "x", "0", "0", "4", "1", "5", "F", "a", "_x", "_x0041_", "é"])).map(
        "".join
    )
)
def test_escaped_text_always_reads_back_as_it_was(text: str) -> None:
    assert unescape(escape(text)) == text


def test_the_overview_workbook_shows_such_text_as_it_is(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = "Gemeente Proef_x0041_"
    write_year(tmp_path / "assessments" / "proef", {"1.1": "voldaan"}, jaar=2026, naam=name)
    monkeypatch.chdir(tmp_path)
    nhnorm("overview", "--year", "2026", "--met-concepten", "--format", "xlsx", "-o", "regio.xlsx")
    cells = [c.value for row in load_workbook("regio.xlsx").worksheets[0].iter_rows() for c in row]
    assert "Gemeente Proef_x005F_x0041_" in cells and unescape("Gemeente Proef_x005F_x0041_") == name
