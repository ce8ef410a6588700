"""Excel holds at most 32,767 characters in a cell, and openpyxl cuts a longer text without a word
(issue 25: a toelichting of 49,889 characters came back from export → import cut to 32,767, and
an answer's Acties cell kept 1,169 of its actions). So a workbook export refuses such a value, at
the answer in the YAML, and says how to get it out whole (CSV has no such limit)."""

from __future__ import annotations

from nhnorm_cli.errors import NhnormError, Problem
from nhnorm_cli.select.assessments import Loaded
from nhnorm_cli.workbook.spreadsheet import organisation_values, sheet_rows
from nhnorm_cli.workbook.xstring import escape

_ORGANISATION = {"naam", "soort", "code", "riec"}


def refuse_long_cells(item: Loaded, limit: int) -> None:
    """NhnormError (exit 1) naming every value that a workbook cell cannot hold."""
    document = item.parsed()
    problems: list[Problem] = []

    def check(text: object, loc: tuple[str | int, ...], column: str) -> None:
        if isinstance(text, str) and len(escape(text)) > limit:  # as the cell holds it
            where = document.locate(loc)
            problems.append(
                Problem(
                    where,
                    "TE-LANG-VOOR-EXCEL",
                    params={"kolom": column, "tekens": len(text), "max": limit},
                )
            )

    for key, value in organisation_values(item.assessment).items():
        loc: tuple[str | int, ...] = ("organisatie", key) if key in _ORGANISATION else (key,)
        check(value, loc, key)
    for row in sheet_rows(item.norm, item.assessment):
        if row.is_component:
            continue
        for column in ("toelichting", "bewijs", "acties"):
            check(getattr(row, column), ("antwoorden", row.id, column), column)
    if problems:
        raise NhnormError(*problems)
