"""Malformed workbooks: each is built here by editing one part of a valid export, and each must be
a clean GEEN-WERKBOEK (or WERKBOEK-TE-GROOT) at the file with exit 1, never a crash or a hang."""

from __future__ import annotations

import re
import shutil
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Runner

SHEET = "xl/worksheets/sheet2.xml"  # Implementatieoverzicht
ORG = "xl/worksheets/sheet1.xml"
Edit = Callable[[dict[str, bytes]], None]


@pytest.fixture
def exported(repo: Path, exported_workbook: Path) -> Path:
    path = repo / "zeedorp-2026.xlsx"
    shutil.copyfile(exported_workbook, path)
    return path


def _rewrite(source: Path, target: Path, edit: Edit) -> None:
    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    edit(parts)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _replace(part: str, old: bytes, new: bytes) -> Edit:
    def edit(parts: dict[str, bytes]) -> None:
        assert old in parts[part], (part, old)
        parts[part] = parts[part].replace(old, new, 1)

    return edit


def _truncate(part: str) -> Edit:
    def edit(parts: dict[str, bytes]) -> None:
        parts[part] = parts[part][: len(parts[part]) // 2]

    return edit


def _set(part: str, data: bytes) -> Edit:
    def edit(parts: dict[str, bytes]) -> None:
        parts[part] = data

    return edit


def _drop(part: str) -> Edit:
    def edit(parts: dict[str, bytes]) -> None:
        del parts[part]

    return edit


_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b"]>"
)
_XXE = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
_CELL = b'<c r="A1" s="6" t="inlineStr"><is><t>Thema</t></is></c>'

MALFORMED: dict[str, Edit] = {
    "truncated-sheet": _truncate(SHEET),
    "truncated-organisation-sheet": _truncate(ORG),
    "broken-workbook-part": _set("xl/workbook.xml", b"<workbook><sheets><sheet name="),
    "workbook-part-missing": _drop("xl/workbook.xml"),
    "broken-styles-part": _set("xl/styles.xml", b"<styleSheet xmlns='x'><cellXfs count='1'><xf"),
    "styles-not-xml": _set("xl/styles.xml", b"\x00\x01 geen xml"),
    "broken-content-types": _set("[Content_Types].xml", b"<Types"),
    "billion-laughs-in-sheet": lambda parts: parts.__setitem__(
        SHEET, _LAUGHS + parts[SHEET].replace(b"<t>Thema</t>", b"<t>&lol9;</t>", 1)
    ),
    "external-entity-in-sheet": lambda parts: parts.__setitem__(
        SHEET, _XXE + parts[SHEET].replace(b"<t>Thema</t>", b"<t>&xxe;</t>", 1)
    ),
    "entity-in-workbook-part": lambda parts: parts.__setitem__(
        "xl/workbook.xml", _XXE + parts["xl/workbook.xml"].replace(b'name="Organisatie"', b'name="&xxe;"')
    ),
    "shared-string-index-out-of-range": _replace(SHEET, _CELL, b'<c r="A1" s="6" t="s"><v>999</v></c>'),
    "shared-string-index-not-a-number": _replace(SHEET, _CELL, b'<c r="A1" s="6" t="s"><v>x</v></c>'),
    "style-index-out-of-range": _replace(
        SHEET, _CELL, b'<c r="A1" s="9999" t="inlineStr"><is><t>Thema</t></is></c>'
    ),
    "cell-reference-garbage": _replace(SHEET, b'<c r="A1" ', b'<c r="ZZZZZZ0" '),
    "number-cell-not-a-number": _replace(SHEET, _CELL, b'<c r="A1" s="6" t="n"><v>twee</v></c>'),
}


@pytest.mark.parametrize("name", MALFORMED)
def test_malformed_workbook_is_geen_werkboek(
    nhnorm: Runner, exported: Path, tmp_path: Path, name: str
) -> None:
    broken = tmp_path / f"{name}.xlsx"
    _rewrite(exported, broken, MALFORMED[name])
    started = time.perf_counter()
    result = nhnorm("import", broken, expect=1)
    assert time.perf_counter() - started < 10
    [line] = result.stderr.splitlines()
    assert re.match(
        rf"^{re.escape(broken.name)}:1:1: fout GEEN-WERKBOEK: bestand is geen Excel-werkboek", line
    ), line
    assert "root:" not in line  # no /etc/passwd content
    assert REASONS[name] in line, line
    if name == "truncated-sheet":
        reason = (
            r"geen geldige XML \((leeg of afgebroken|afgebroken midden in een tag), regel \d+, kolom \d+\)"
        )
        assert re.search(reason, line), line


REASONS = {
    # where the cut lands depends on how openpyxl serialised the sheet (with or without lxml, which
    # docxtpl brings along), so expat's words differ: the reason and a line number are what count
    "truncated-sheet": "xl/worksheets/sheet2.xml is geen geldige XML (",
    "truncated-organisation-sheet": "xl/worksheets/sheet1.xml is geen geldige XML",
    "broken-workbook-part": "xl/workbook.xml is geen geldige XML",
    "workbook-part-missing": "xl/workbook.xml",
    "broken-styles-part": "xl/styles.xml is geen geldige XML",
    "styles-not-xml": "xl/styles.xml is geen geldige XML",
    "broken-content-types": "[Content_Types].xml is geen geldige XML",
    "billion-laughs-in-sheet": "xl/worksheets/sheet2.xml bevat een DTD (<!DOCTYPE>)",
    "external-entity-in-sheet": "xl/worksheets/sheet2.xml bevat een DTD (<!DOCTYPE>)",
    "entity-in-workbook-part": "xl/workbook.xml bevat een DTD (<!DOCTYPE>)",
    "shared-string-index-out-of-range": "verwijst naar gedeelde tekst of opmaak die er niet is",
    "shared-string-index-not-a-number": "een werkblad is beschadigd",
    "style-index-out-of-range": "verwijst naar gedeelde tekst of opmaak die er niet is",
    "cell-reference-garbage": "een werkblad is beschadigd",
    "number-cell-not-a-number": "een werkblad is beschadigd",
}


def test_too_many_cells_are_refused_before_openpyxl_reads_them(
    nhnorm: Runner, exported: Path, tmp_path: Path
) -> None:
    many = tmp_path / "veel.xlsx"
    cells = b"".join(b'<c r="I%d"/>' % row for row in range(2, 100_100))
    _rewrite(
        exported, many, _replace(SHEET, b"</sheetData>", b'<row r="90">' + cells + b"</row></sheetData>")
    )
    [line] = nhnorm("import", many, expect=1).stderr.splitlines()
    assert line.endswith("xl/worksheets/sheet2.xml heeft meer dan 100000 cellen")


def test_empty_formatted_cells_far_down_are_ignored(nhnorm: Runner, exported: Path, tmp_path: Path) -> None:
    styled = tmp_path / "opgemaakt.xlsx"
    _rewrite(
        exported,
        styled,
        _replace(SHEET, b"</sheetData>", b'<row r="1048576"><c r="D1048576" s="6"/></row></sheetData>'),
    )
    assert nhnorm("import", styled).stdout.startswith('norm: "1.0"\n')


def test_truncated_zip_is_geen_werkboek(nhnorm: Runner, exported: Path, tmp_path: Path) -> None:
    broken = tmp_path / "half.xlsx"
    broken.write_bytes(exported.read_bytes()[: exported.stat().st_size // 2])
    [line] = nhnorm("import", broken, expect=1).stderr.splitlines()
    assert ": fout GEEN-WERKBOEK: " in line


def test_a_cell_far_down_is_refused_quickly(nhnorm: Runner, exported: Path, tmp_path: Path) -> None:
    """One cell at row 1,048,576 (the last Excel row) used to cost 25 s of reading empty rows."""
    far = tmp_path / "ver.xlsx"
    _rewrite(
        exported,
        far,
        _replace(
            SHEET,
            b"</sheetData>",
            b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
        ),
    )
    started = time.perf_counter()
    [line] = nhnorm("import", far, expect=1).stderr.splitlines()
    assert time.perf_counter() - started < 5
    assert re.search(r"ver\.xlsx:Implementatieoverzicht!A1048576: fout WERKBOEK-TE-VEEL-RIJEN: ", line), line


def test_the_reason_speaks_english_too(nhnorm: Runner, exported: Path, tmp_path: Path) -> None:
    broken = tmp_path / "dtd.xlsx"
    _rewrite(exported, broken, MALFORMED["external-entity-in-sheet"])
    [line] = nhnorm("import", broken, "--lang", "en", expect=1).stderr.splitlines()
    assert line.endswith(
        "fout GEEN-WERKBOEK: file is not an Excel workbook (.xlsx) that nhnorm can read: "
        "xl/worksheets/sheet2.xml contains a DTD (<!DOCTYPE>); an Excel workbook never has one"
    )
