"""The implementatieoverzicht as CSV: the same rows and columns as the workbook sheet (text that
looks like a formula gets a leading apostrophe, so a spreadsheet shows it instead of running it)."""

from __future__ import annotations

import io

from nhnorm_cli.formats.csvsafe import TOOLS, CsvStyle, spreadsheet_safe
from nhnorm_cli.formats.registry import ExportOptions
from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.workbook.spreadsheet import COLUMNS, sheet_rows


def rows_csv(norm: Norm, assessment: Assessment, style: CsvStyle = TOOLS) -> str:
    out = io.StringIO()
    writer = style.writer(out)
    writer.writerow([header for _, header, _ in COLUMNS])
    writer.writerows([spreadsheet_safe(v) for v in row.values()] for row in sheet_rows(norm, assessment))
    return style.finish(out.getvalue())


def export(norm: Norm, assessment: Assessment, options: ExportOptions) -> bytes:
    return rows_csv(norm, assessment, CsvStyle(excel=options.excel)).encode("utf-8")
