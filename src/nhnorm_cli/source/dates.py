"""Dates as people type them: ISO (2026-12-31) or the Dutch way (31-12-2026); stored as ISO."""

from __future__ import annotations

import re
from datetime import date

# the same two forms as DATE_FORMATS (strptime takes a day or month of one digit, so these do too);
# compact (20261231) and week forms (2026-W53-4), which date.fromisoformat accepts, are refused:
# a typed option refuses them, so a date inside a bewijs or actie line must too
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DUTCH = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")
# for typer's DateTime options
DATE_FORMATS = ["%Y-%m-%d", "%d-%m-%Y"]


def parse_date(text: str) -> date:
    """JJJJ-MM-DD or DD-MM-JJJJ; ValueError for anything else (or a day that does not exist)."""
    text = text.strip()
    if iso := _ISO.fullmatch(text):
        year, month, day = (int(part) for part in iso.groups())
    elif dutch := _DUTCH.fullmatch(text):
        day, month, year = (int(part) for part in dutch.groups())
    else:
        raise ValueError(text)
    return date(year, month, day)
