"""The workbook family's export formats: the implementatieoverzicht to fill in (see formats/registry.py)."""

from __future__ import annotations

from nhnorm_cli.formats.registry import Exporter

EXPORTS = [
    Exporter(
        "xlsx",
        "nhnorm_cli.workbook.export_xlsx",
        ("xlsx (Excel, met keuzelijsten)", "xlsx (Excel, with drop-downs)"),
        max_cell=32_767,  # Excel's limit; openpyxl cuts a longer text without a word
    ),
    Exporter("csv", "nhnorm_cli.workbook.export_csv", ("csv", "csv")),
]
