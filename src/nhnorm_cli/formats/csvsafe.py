"""CSV cells for tools and spreadsheets: text that is never run as a formula (CSV injection), and
scores with a decimal point, or, for Dutch Excel, a semicolon, a decimal comma and a BOM."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """Text from an assessment file (an organisation name such as "=HYPERLINK(...)" from another
    organisation's file) gets a leading apostrophe when it starts like a formula, as OWASP says."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def spreadsheet_text(cell: str) -> str:
    """The text `spreadsheet_safe` was given: import reads back what export wrote."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_START) else cell


@dataclass(frozen=True)
class CsvStyle:
    """Tools (pandas, R, Power BI) read comma and decimal point; Dutch Excel opens a file in columns
    only with semicolons, shows 58,5 as a number, and needs a BOM to read UTF-8 accents."""

    excel: bool = False

    def writer(self, out: io.StringIO) -> Any:  # csv's writer type is private
        return csv.writer(out, delimiter=";" if self.excel else ",", lineterminator="\n")

    def number(self, value: float | None) -> str:
        """A score with one decimal; empty for no score."""
        if value is None:
            return ""
        text = f"{value:.1f}"
        return text.replace(".", ",") if self.excel else text

    def finish(self, text: str) -> str:
        return "\ufeff" + text if self.excel else text


TOOLS = CsvStyle()
