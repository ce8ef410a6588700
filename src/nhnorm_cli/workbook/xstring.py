"""Excel's escapes in cell text (OOXML ST_Xstring): `_x001B_` stands for the character U+001B, and
`_x005F_` for an underscore, so `_x005F_x0041_` is the literal text `_x0041_`. openpyxl neither
writes nor reads them, so without this a toelichting saved by Excel kept `_x001B_` literally, and
a toelichting that contains `_x0041_` came back from Excel as `A` (issue 25)."""

from __future__ import annotations

import re
from typing import Any

from nhnorm_cli.source.controlchars import forbidden_character

_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_STARTS_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")  # also where two overlap: _x005F_x0041_


def unescape(text: str) -> str:
    """The text a cell stands for: every `_xHHHH_` is its character (one pass, left to right)."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def escape(text: str) -> str:
    """Text as a cell must hold it so Excel (and unescape) shows it as it is: the underscore that
    starts a literal `_xHHHH_` is written `_x005F_` (hex digits in either case, a small x)."""
    return _STARTS_ESCAPE.sub("_x005F_", text) if "_x" in text else text


def unescape_sheet(sheet: Any, report: Any) -> None:
    """Every text cell of `sheet` as it stands; `report(row, column, teken)` for a cell that then
    holds a control character (which nhnorm refuses in text, as STUURTEKEN)."""
    for (row, column), cell in sheet._cells.items():  # openpyxl's {(row, column): cell}
        value = cell.value
        if isinstance(value, str) and "_x" in value:
            plain = unescape(value)
            control = forbidden_character(plain)
            if control is not None:
                report(row, column, control)
            cell._value = plain  # not .value: that would cut at 32,767 characters again
