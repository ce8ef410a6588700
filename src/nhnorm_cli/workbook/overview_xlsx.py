"""The overview as an Excel workbook (openpyxl): organisations × themes, the norms with their
distribution, progress per group and, with --vanaf, the trend. Numbers stay numbers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from nhnorm_cli.models.overview import Overview
from nhnorm_cli.render.overview_parts import counted_note, heat_colour, norm_order, notes, progress_groups
from nhnorm_cli.workbook.saving import workbook_to_bytes
from nhnorm_cli.workbook.xstring import escape

_HEADER = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_ONE_DECIMAL = "0.0"


def overview_workbook(overview: Overview) -> bytes:
    """The workbook as .xlsx bytes; the sheets a spreadsheet user filters and charts."""
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    if not overview.anoniem:
        _organisations(book.create_sheet("Organisaties"), overview)
    _norms(book.create_sheet("Normen"), overview)
    _progress(book.create_sheet("Voortgang"), overview)
    if overview.trend is not None:
        _trend(book.create_sheet("Trend"), overview)
    return workbook_to_bytes(book)


def _row(sheet: Worksheet, values: Sequence[Any]) -> None:
    sheet.append([escape(v) if isinstance(v, str) else v for v in values])  # Excel shows it as it is
    for cell in sheet[sheet.max_row]:
        if cell.data_type == "f":  # text from an assessment file is never a formula
            cell.data_type = "s"
        if isinstance(cell.value, float):
            cell.number_format = _ONE_DECIMAL


def _header(sheet: Worksheet, names: Sequence[str], widths: Sequence[int]) -> None:
    _row(sheet, names)
    for cell in sheet[sheet.max_row]:
        cell.font, cell.fill = _HEADER, _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = f"B{sheet.max_row + 1}"  # a coordinate: sheet.cell() would add a row


def _heat(sheet: Worksheet, columns: range) -> None:
    """The html page's colour bands on the score cells of the last row."""
    for column in columns:
        cell = sheet.cell(sheet.max_row, column)
        if isinstance(cell.value, float):
            background, text = heat_colour(cell.value)
            cell.fill = PatternFill("solid", fgColor=background.lstrip("#"))
            cell.font = Font(color=text.lstrip("#"))


def _organisations(sheet: Worksheet, overview: Overview) -> None:
    themes = [f"{t.id}. {t.titel}" for t in overview.themas]
    names = [
        "Organisatie",
        "Status",
        "Beantwoord",
        "Meegeteld",
        "RIEC",
        *themes,
        "Totaal",
        "Vorig",
        "Verschil",
        "Code",
    ]
    _header(sheet, names, [30, 12, 11, 11, 26, *[14] * len(themes), 9, 9, 9, 9])
    for row in overview.organisaties:
        _row(
            sheet,
            [row.organisatie, row.status, row.beantwoord, "ja" if row.meegeteld else "nee", row.riec or ""]
            + [t.score for t in row.themas]
            + [row.totaal.score, row.vorig, row.verschil, row.code or ""],
        )
        _heat(sheet, range(6, 7 + len(themes)))
    _row(sheet, [])
    _row(sheet, [counted_note(overview)])


def _norms(sheet: Worksheet, overview: Overview) -> None:
    keys = list(overview.normen[0].verdeling) if overview.normen else []
    names = ["Norm", "Thema", "Tekst", "Organisaties", *keys, "Open", "% voldaan", "Score"]
    _header(sheet, names, [7, 7, 60, 12, *[11] * len(keys), 7, 10, 8])
    for n in norm_order(overview):
        spread = [n.verdeling[k] for k in keys]
        _row(sheet, [n.id, n.thema, n.tekst, n.organisaties, *spread, n.open, n.aandeel_voldaan, n.score])
        sheet.cell(sheet.max_row, 3).alignment = Alignment(wrap_text=True, vertical="top")


def _progress(sheet: Worksheet, overview: Overview) -> None:
    names = ["Groep", "Organisaties", "Volledig voldaan", "% volledig", "Normen beoordeeld", "Normen voldaan"]
    names += ["% normen voldaan", "Gemiddelde score", "Geregistreerd", "Ingeleverd"]
    _header(sheet, names, [30, 12, 14, 11, 16, 14, 16, 16, 14, 12])
    coverage = {None: overview.dekking} | {i: g.dekking for i, g in enumerate(overview.per_riec)}
    for index, (name, p) in enumerate(progress_groups(overview)):
        organisations = [p.organisaties, p.volledig_voldaan, p.aandeel_volledig_voldaan]
        norms = [p.normen_beoordeeld, p.normen_voldaan, p.aandeel_normen_voldaan]
        d = coverage[index - 1 if index else None]
        _row(sheet, [name, *organisations, *norms, p.gemiddelde_score, d.geregistreerd, d.ingeleverd])
    _row(sheet, [])
    for line in [counted_note(overview), *notes(overview)]:
        _row(sheet, [line])


def _trend(sheet: Worksheet, overview: Overview) -> None:
    themes = [f"{t.id}. {t.titel}" for t in overview.themas]
    names = ["Jaar", "Organisaties", "Gemiddelde score", "% volledig voldaan", *themes]
    _header(sheet, [*names, "Ingeleverd", "Geregistreerd"], [8, 12, 16, 18, *[14] * len(themes), 12, 14])
    for year in overview.trend or []:
        _row(
            sheet,
            [year.jaar, year.organisaties, year.gemiddelde_score, year.aandeel_volledig_voldaan]
            + [t.score for t in year.themas]
            + [year.dekking.ingeleverd, year.dekking.geregistreerd],
        )
    first = overview.trend[0].jaar if overview.trend else overview.jaar
    _row(sheet, [])
    _row(sheet, [f"Grootste verschuivingen sinds {first}"])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    _row(sheet, ["Norm", str(first), str(overview.jaar), "Verschil", "Tekst"])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for shift in overview.verschuivingen or []:
        _row(sheet, [shift.id, shift.van, shift.naar, shift.verschil, shift.tekst])
