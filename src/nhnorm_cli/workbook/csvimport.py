"""The answers of an implementatieoverzicht saved as CSV (by `nhnorm export --format csv`, or by
Excel, which writes semicolons and a BOM in the Netherlands), read with the workbook's own checks.

A CSV holds only the rows of the Implementatieoverzicht sheet, not the organisation, so it is
merged into the assessment it was exported from; problems point at `file.csv:line:column`."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from nhnorm_cli.errors import Location, NhnormError
from nhnorm_cli.formats.csvsafe import spreadsheet_text
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.workbook.spreadsheet import ROWS_SHEET
from nhnorm_cli.workbook.xlsxguard import MAX_ROWS, unreadable
from nhnorm_cli.workbook.xlsximport import headers_ok
from nhnorm_cli.workbook.xlsxrows import Cells, read_rows

MAX_BYTES = 10 * 1024 * 1024
_EXCEL_CELL = 32_767  # openpyxl's cut, see below


class _CsvCells(Cells):
    """Positions as line and column of the CSV file (a record on one line: exported rows are)."""

    def at(self, sheet: str, row: int, column: int) -> Location:
        return Location(self.display, row, column)


def read_csv_answers(path: Path, display: str, norm: Norm) -> dict[str, Any]:
    """`antwoorden` from the CSV; NhnormError (exit 1) with every problem at its position."""
    raw = path.read_bytes()[: MAX_BYTES + 1]
    if len(raw) > MAX_BYTES:
        raise unreadable(display, "csv-te-groot", max=MAX_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise unreadable(display, "csv-geen-utf8") from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    sheet = Workbook().active
    sheet.title = ROWS_SHEET
    for number, record in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), 1):
        if number > MAX_ROWS:
            raise unreadable(display, "csv-te-veel-regels", max=MAX_ROWS)
        values = [spreadsheet_text(value) or None for value in record]
        sheet.append(values)
        for column, value in enumerate(values, 1):
            if value is not None and len(value) > _EXCEL_CELL:
                # openpyxl cuts a cell at Excel's 32,767 characters; a CSV has no such limit, so
                # the whole text goes back in (its private slot: openpyxl has no public way)
                sheet.cell(number, column)._value = value
    cells = _CsvCells(display)
    answers = read_rows(sheet, norm, cells) if headers_ok(sheet, cells) else {}
    if cells.problems:
        raise NhnormError(*sorted(cells.problems, key=lambda p: (p.location.line, p.location.column)))
    return answers
