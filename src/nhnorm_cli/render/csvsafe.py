"""CSV cells for tools and spreadsheets: text that is never run as a formula (CSV injection), and
scores with a decimal point."""

from __future__ import annotations

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """Text from an assessment file (an organisation name such as "=HYPERLINK(...)" from another
    organisation's file) gets a leading apostrophe when it starts like a formula, as OWASP says."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_number(value: float | None) -> str:
    """A score for tools (pandas, R, Power BI): one decimal with a point; empty for no score."""
    return "" if value is None else f"{value:.1f}"
