"""The implementatieoverzicht as an Excel workbook (openpyxl): drop-downs for the answers, the
norm text protected, ready to print on A4 landscape."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from nhnorm_cli.formats.registry import ExportOptions
from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.workbook.saving import workbook_to_bytes
from nhnorm_cli.workbook.spreadsheet import (
    ANSWER_KEYS,
    COLUMN_INDEX,
    COLUMNS,
    NO,
    ORG_FIELDS,
    ORG_SHEET,
    ROWS_SHEET,
    YES,
    organisation_values,
    sheet_rows,
)
from nhnorm_cli.workbook.xstring import escape

_HEADER = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_COMPONENT_FILL = PatternFill("solid", fgColor="F2F2F2")
_OPEN = Protection(locked=False)
_WRAP = Alignment(wrap_text=True, vertical="top")


def workbook_bytes(norm: Norm, assessment: Assessment) -> bytes:
    """The filled-in workbook for one assessment, as .xlsx bytes."""
    book = Workbook()
    organisation = book.active
    assert organisation is not None
    organisation.title = ORG_SHEET
    _organisation_sheet(organisation, assessment)
    _rows_sheet(book.create_sheet(ROWS_SHEET), norm, assessment)
    book.active = 1
    return workbook_to_bytes(book)


def _organisation_sheet(sheet: Worksheet, assessment: Assessment) -> None:
    sheet.append(["Gegeven", "Waarde", "Toelichting"])
    values = organisation_values(assessment)
    for key, label, hint in ORG_FIELDS:
        value = values[key]
        sheet.append([key, escape(value) if isinstance(value, str) else value, f"{label}: {hint}"])
        if sheet.cell(sheet.max_row, 2).data_type == "f":
            sheet.cell(sheet.max_row, 2).data_type = "s"
    for cell in sheet[1]:
        cell.font, cell.fill = _HEADER, _HEADER_FILL
    for row in range(2, len(ORG_FIELDS) + 2):
        value = sheet.cell(row, 2)
        if isinstance(value.value, date):
            value.number_format = "yyyy-mm-dd"
        elif isinstance(value.value, str):
            value.number_format = "@"
        if sheet.cell(row, 1).value != "norm":  # the norm version decides the rows; not editable
            value.protection = _OPEN
    row_of = {key: i + 2 for i, (key, _, _) in enumerate(ORG_FIELDS)}
    for key, choices in (("soort", "gemeente,provincie"), ("status", "concept,vastgesteld")):
        _drop_down(sheet, choices, f"B{row_of[key]}")
    for letter, width in (("A", 14), ("B", 40), ("C", 50)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    _print_setup(sheet)


def _rows_sheet(sheet: Worksheet, norm: Norm, assessment: Assessment) -> None:
    sheet.append([header for _, header, _ in COLUMNS])
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment = _HEADER, _HEADER_FILL, _WRAP
    rows = sheet_rows(norm, assessment)
    for index, row in enumerate(rows, start=2):
        sheet.append([escape(v) if isinstance(v, str) else v for v in row.values()])
        for column, cell in enumerate(sheet[index], start=1):
            if cell.data_type == "f":  # text such as "=B2" is the user's words, never a formula
                cell.data_type = "s"
            cell.alignment = _WRAP
            cell.number_format = "@"  # text: Excel must not turn "1.10" or a date into a number
            key = COLUMNS[column - 1][0]
            if key == "oordeel" or (key in ANSWER_KEYS and not row.is_component):
                cell.protection = _OPEN
            elif row.is_component:
                cell.fill = _COMPONENT_FILL
        if row.is_component:
            sheet.cell(index, COLUMN_INDEX["id"]).alignment = Alignment(indent=1, vertical="top")
    last = len(rows) + 1
    oordeel = get_column_letter(COLUMN_INDEX["oordeel"])
    _drop_down(sheet, ",".join(norm.rating_keys), f"{oordeel}2:{oordeel}{last}")
    secret = get_column_letter(COLUMN_INDEX["vertrouwelijk"])
    norm_rows = [f"{secret}{i}" for i, row in enumerate(rows, start=2) if not row.is_component]
    _drop_down(sheet, f"{YES},{NO}", *norm_rows)
    for i, (_, _, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last}"
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    sheet.protection.autoFilter = False
    sheet.protection.sort = True
    _print_setup(sheet)
    sheet.print_title_rows = "1:1"


def _drop_down(sheet: Worksheet, choices: str, *cells: str) -> None:
    validation = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
    validation.error = f"Kies uit: {choices.replace(',', ', ')}"
    validation.errorTitle = "Ongeldige waarde"
    validation.showErrorMessage = True
    sheet.add_data_validation(validation)
    for cell in cells:
        validation.add(cell)


def _print_setup(sheet: Worksheet) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def export(norm: Norm, assessment: Assessment, options: ExportOptions) -> bytes:
    return workbook_bytes(norm, assessment)
