"""Dates as people type them: ISO (2026-12-31) or the Dutch way (31-12-2026); stored as ISO."""

from __future__ import annotations

import re
from datetime import date

_DUTCH = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")
# for typer's DateTime options; strptime also takes a day or month of one digit
DATE_FORMATS = ["%Y-%m-%d", "%d-%m-%Y"]


def parse_date(text: str) -> date:
    """JJJJ-MM-DD or DD-MM-JJJJ; ValueError for anything else (or a day that does not exist)."""
    text = text.strip()
    dutch = _DUTCH.fullmatch(text)
    if dutch:
        day, month, year = (int(part) for part in dutch.groups())
        return date(year, month, day)
    return date.fromisoformat(text)
