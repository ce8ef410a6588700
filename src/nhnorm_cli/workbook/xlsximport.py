"""A filled-in implementatieoverzicht workbook back into assessment data, with every problem
pointing at its sheet and cell (`Implementatieoverzicht!D14`)."""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any
from zipfile import BadZipFile, ZipFile

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from nhnorm_cli.errors import Location, NhnormError, Problem
from nhnorm_cli.models.values import CBS_CODE_PATTERN, FIRST_YEAR, LAST_YEAR, SOORTEN, STATUSSEN
from nhnorm_cli.source.dates import parse_date
from nhnorm_cli.versions.norms import available_versions, load_norm
from nhnorm_cli.workbook.spreadsheet import (
    COLUMN_INDEX,
    COLUMNS,
    EARLIER_HEADERS,
    OPTIONAL_ORG_FIELDS,
    ORG_FIELDS,
    ORG_SHEET,
    ROWS_SHEET,
)
from nhnorm_cli.workbook.xlsxguard import check_parts, load_failure, trim_and_bound, unreadable
from nhnorm_cli.workbook.xlsxrows import Cells, cell_text, read_rows
from nhnorm_cli.workbook.xstring import unescape_sheet

MAX_UNPACKED = 50 * 1024 * 1024  # an exported workbook unpacks to well under 1 MB


def read_workbook(path: Path, display: str) -> dict[str, Any]:
    """The assessment data the workbook carries; NhnormError (exit 1) with every problem."""
    cells = Cells(display)
    _refuse_huge(path, display)
    check_parts(path, display)
    try:
        # our own handle: openpyxl leaves its file open when a part fails to parse
        with warnings.catch_warnings(), path.open("rb") as handle:
            warnings.simplefilter("ignore")  # openpyxl warns about Excel extensions it drops on read
            book = load_workbook(handle, data_only=True)
    except Exception as exc:
        raise unreadable(display, load_failure(exc, path, display)) from None
    for name in (ORG_SHEET, ROWS_SHEET):
        if name not in book.sheetnames:
            cells.report(
                Location(display, cell=name), "ONTBREKEND-WERKBLAD", werkblad=name, gevonden=book.sheetnames
            )
    if cells.problems:
        raise NhnormError(*cells.problems)
    for name in (ORG_SHEET, ROWS_SHEET):
        trim_and_bound(book[name], display)
        unescape_sheet(book[name], partial(_control_at, cells, name))
    _uncached_formulas(path, book, cells)
    data, status_row = _organisation(book[ORG_SHEET], cells)
    norm = load_norm(data["norm"]) if data.get("norm") in available_versions() else None
    if norm is not None and headers_ok(book[ROWS_SHEET], cells):
        data["antwoorden"] = read_rows(book[ROWS_SHEET], norm, cells)
        missing = [rid for rid in norm.requirement_ids if rid not in data["antwoorden"]]
        if data.get("status") == "vastgesteld" and missing and status_row:
            where = cells.at(ORG_SHEET, status_row, 2)
            cells.report(where, "ONVOLLEDIG-VASTGESTELD", ontbrekend=missing)
    if cells.problems:
        raise NhnormError(*sorted(cells.problems, key=_order))
    return data


def _refuse_huge(path: Path, display: str) -> None:
    """An xlsx is a zip: refuse one that unpacks to far more than any implementatieoverzicht."""
    try:
        with ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (BadZipFile, OSError):
        return  # load_workbook reports it as GEEN-WERKBOEK
    if unpacked > MAX_UNPACKED:
        raise NhnormError(
            Problem(Location(display), "WERKBOEK-TE-GROOT", params={"grootte": unpacked, "max": MAX_UNPACKED})
        )


_FORMULA = re.compile(rb"<f[ >]")


def _uncached_formulas(path: Path, values: Any, cells: Cells) -> None:
    """A formula whose result was never stored (a workbook written by a script and not saved in
    Excel) reads as an empty cell: an error at its cell, never a silently empty value. Only a
    workbook that has formulas at all is read a second time."""
    with ZipFile(path) as archive:  # already opened once by load_workbook, size checked
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        if not any(_FORMULA.search(archive.read(name)) for name in sheets):
            return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        formulas = load_workbook(path)
    for name in (ORG_SHEET, ROWS_SHEET):
        trim_and_bound(formulas[name], cells.display)  # the same bound on work as the first read
        for row in formulas[name].iter_rows():
            for cell in row:
                if cell.data_type == "f" and values[name].cell(cell.row, cell.column).value is None:
                    shown = str(getattr(cell.value, "text", cell.value))[:60]
                    cells.report(cells.at(name, cell.row, cell.column), "FORMULE", formule=shown)


def _control_at(cells: Cells, sheet: str, row: int, column: int, teken: str) -> None:
    cells.report(cells.at(sheet, row, column), "STUURTEKEN", teken=teken)


def _order(problem: Problem) -> tuple[bool, int, int]:
    return problem.location.cell.startswith(ROWS_SHEET), problem.location.line, problem.location.column


def _organisation(sheet: Worksheet, cells: Cells) -> tuple[dict[str, Any], int]:
    """The Organisatie sheet: one `key | value` row per detail, found by its key in column A."""
    rows = {cell_text(sheet.cell(r, 1).value).strip(): r for r in range(2, sheet.max_row + 1)}
    values: dict[str, Any] = {}
    for key, _, _ in ORG_FIELDS:
        if key not in rows:
            if key not in OPTIONAL_ORG_FIELDS:
                cells.report(cells.at(ORG_SHEET, sheet.max_row + 1, 1), "GEGEVEN-ONTBREEKT", gegeven=key)
            continue
        where = cells.at(ORG_SHEET, rows[key], 2)
        values[key] = _org_value(key, sheet.cell(rows[key], 2).value, where, cells)
    organisatie = {k: values[k] for k in ("naam", "soort", "code", "riec") if values.get(k) not in (None, "")}
    data = {"norm": values.get("norm"), "organisatie": organisatie}
    data |= {k: values.get(k) for k in ("jaar", "peildatum", "status")}
    data |= {k: values[k] for k in OPTIONAL_ORG_FIELDS if values.get(k) not in (None, "")}
    return data, rows.get("status", 0)


def _org_value(key: str, value: Any, where: Location, cells: Cells) -> Any:
    """The checked value of one detail; a problem is reported at its cell."""
    shown = cell_text(value).strip()
    if key == "peildatum" or (key == "vastgesteld_op" and shown):
        parsed = _date(value)
        if parsed is None:
            cells.report(where, "ONGELDIGE-DATUM", veld=key, waarde=shown)
        return parsed
    if key == "jaar":
        if shown.isdigit() and FIRST_YEAR <= int(shown) <= LAST_YEAR:
            return int(shown)
        cells.report(
            where, "ONGELDIGE-WAARDE", veld=key, waarde=shown, toegestaan=f"{FIRST_YEAR} … {LAST_YEAR}"
        )
    elif key == "norm" and shown not in available_versions():
        cells.report(where, "ONBEKENDE-NORMVERSIE", versie=shown, beschikbaar=available_versions())
    elif key == "naam" and not shown:
        cells.report(where, "VERPLICHT-VELD", veld=key, plek=f"werkblad {ORG_SHEET}")
    elif key in _CHOICES and shown not in _CHOICES[key]:
        cells.report(where, "ONGELDIGE-WAARDE", veld=key, waarde=shown, toegestaan=list(_CHOICES[key]))
    elif key == "code" and shown and not CBS_CODE_PATTERN.match(shown):
        cells.report(where, "ONGELDIGE-WAARDE", veld=key, waarde=shown, toegestaan="cbs-code")
    return shown


_CHOICES = {"soort": SOORTEN, "status": STATUSSEN}


def _date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return parse_date(cell_text(value))
    except ValueError:
        return None


def headers_ok(sheet: Worksheet, cells: Cells) -> bool:
    ok = True
    for key, header, _ in COLUMNS:
        column = COLUMN_INDEX[key]
        found = cell_text(sheet.cell(1, column).value).strip()
        if found != header and found not in EARLIER_HEADERS.get(key, ()):
            cells.report(
                cells.at(ROWS_SHEET, 1, column),
                "ONBEKENDE-KOP",
                kolom=get_column_letter(column),
                waarde=found,
                verwacht=header,
            )
            ok = False
    return ok
