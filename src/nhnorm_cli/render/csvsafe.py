"""CSV cells a spreadsheet shows as text instead of running as a formula (CSV injection)."""

from __future__ import annotations

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """Text from an assessment file (an organisation name such as "=HYPERLINK(...)" from another
    organisation's file) gets a leading apostrophe when it starts like a formula, as OWASP says."""
    return "'" + text if text.startswith(_FORMULA_START) else text
