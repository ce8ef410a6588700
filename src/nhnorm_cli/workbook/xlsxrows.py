"""The rows of the Implementatieoverzicht sheet back into `antwoorden`, checked cell by cell."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from nhnorm_cli.editing.evidenceline import parse_evidence
from nhnorm_cli.errors import LineError, Location, Problem
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.suggest import unknown_rating
from nhnorm_cli.workbook.spreadsheet import (
    ANSWER_KEYS,
    COLUMN_INDEX,
    COLUMNS,
    NO,
    ROWS_SHEET,
    YES,
    parse_action,
)


class Cells:
    """Collects problems for one workbook; `at` makes the location of a cell."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.problems: list[Problem] = []

    def at(self, sheet: str, row: int, column: int) -> Location:
        return Location(self.display, row, column, f"{sheet}!{get_column_letter(column)}{row}")

    def report(self, location: Location, code: str, **params: Any) -> None:
        self.problems.append(Problem(location, code, params=params))


def cell_text(value: Any) -> str:
    """A cell as text; empty cells and whitespace-only text are ""."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    shown = str(value)
    return shown if shown.strip() else ""


def read_rows(sheet: Worksheet, norm: Norm, cells: Cells) -> dict[str, Any]:
    """`antwoorden` in norm order; every norm and onderdeel row must be present exactly once."""
    expected = [item for r in norm.requirements for item in (r.id, *(c.id for c in r.onderdelen))]
    seen: dict[str, int] = {}
    answers: dict[str, dict[str, Any]] = {}
    components: dict[str, dict[str, str]] = {}
    component_row: dict[str, int] = {}
    unreadable: set[str] = set()  # norm rows with an unknown oordeel
    for row in range(2, sheet.max_row + 1):
        values = {key: sheet.cell(row, COLUMN_INDEX[key]).value for key, _, _ in COLUMNS}
        rid = cell_text(values["id"]).strip()
        if not rid and not any(cell_text(values[k]) for k in ANSWER_KEYS):
            continue  # an empty row (or only the norm text): nothing to import
        where = {key: cells.at(ROWS_SHEET, row, COLUMN_INDEX[key]) for key, _, _ in COLUMNS}
        if rid not in expected:
            cells.report(where["id"], "ONBEKEND-ID", id=rid or "(leeg)", versie=norm.versie)
            continue
        if rid in seen:
            cells.report(where["id"], "DUBBELE-RIJ", id=rid, eerste=seen[rid])
            continue
        seen[rid] = row
        oordeel = _oordeel(values["oordeel"], norm, where["oordeel"], cells)
        found = norm.component(rid)
        if found is not None:
            if oordeel:
                components.setdefault(found[0].id, {})[rid] = oordeel
                component_row.setdefault(found[0].id, row)
            continue
        if not oordeel and cell_text(values["oordeel"]).strip():
            unreadable.add(rid)
        answer = _answer(rid, oordeel, norm, values, where, cells)
        if answer is not None:
            answers[rid] = answer
    for parent, given in components.items():
        if parent in answers:
            answers[parent]["onderdelen"] = {c: given[c] for c in expected if c in given}
        elif parent in seen and parent not in unreadable:  # those are reported already
            at = cells.at(ROWS_SHEET, component_row[parent], COLUMN_INDEX["oordeel"])
            cells.report(at, "ONDERDEEL-ZONDER-OORDEEL", id=parent, onderdeel=next(iter(given)))
    _report_missing(expected, seen, cells)
    return {rid: answers[rid] for rid in norm.requirement_ids if rid in answers}


def _oordeel(value: Any, norm: Norm, where: Location, cells: Cells) -> str:
    shown = cell_text(value).strip()
    if shown and shown.lower() not in norm.rating_keys:
        cells.report(where, "ONBEKEND-OORDEEL", **unknown_rating(norm, shown))
        return ""
    return shown.lower()


def _answer(
    rid: str, oordeel: str, norm: Norm, values: dict[str, Any], where: dict[str, Location], cells: Cells
) -> dict[str, Any] | None:
    toelichting = cell_text(values["toelichting"])
    bewijs = _lines(values["bewijs"], parse_evidence, where["bewijs"], "ONGELDIG-BEWIJS", cells)
    acties = _lines(values["acties"], parse_action, where["acties"], "ONGELDIGE-ACTIE", cells)
    secret = cell_text(values["vertrouwelijk"]).strip().lower()
    if secret not in ("", YES, NO):
        cells.report(
            where["vertrouwelijk"],
            "ONGELDIGE-WAARDE",
            veld="vertrouwelijk",
            waarde=secret,
            toegestaan=[YES, NO],
        )
    if not oordeel:
        if cell_text(values["oordeel"]).strip():
            return None  # an unknown oordeel, already reported
        if toelichting or bewijs or acties or secret == YES:
            cells.report(where["oordeel"], "OORDEEL-LEEG", id=rid)
        return None
    if norm.needs_reason(oordeel) and not toelichting:
        cells.report(where["toelichting"], "NVT-ZONDER-TOELICHTING", id=rid)
    answer: dict[str, Any] = {"oordeel": oordeel}
    if toelichting:
        answer["toelichting"] = toelichting
    if bewijs:
        answer["bewijs"] = bewijs
    if acties:
        answer["acties"] = acties
    if secret == YES:
        answer["vertrouwelijk"] = True
    return answer


def _lines(value: Any, parse: Callable[[str], Any], where: Location, code: str, cells: Cells) -> list[Any]:
    """One item per non-empty line of a cell; a line that cannot be read is reported, not kept."""
    items = []
    for line in cell_text(value).splitlines():
        if not line.strip():
            continue
        try:
            items.append(parse(line))
        except LineError as exc:
            cells.report(where, code, waarde=line.strip(), reden=exc.reason, deel=exc.part, veld=exc.field)
    return items


def _report_missing(expected: list[str], seen: dict[str, int], cells: Cells) -> None:
    """A deleted row loses an answer silently in a spreadsheet; here it is an error at the place
    where the row belongs (just below the row before it)."""
    previous_row = 1
    for rid in expected:
        if rid in seen:
            previous_row = seen[rid]
        else:
            cells.report(cells.at(ROWS_SHEET, previous_row + 1, COLUMN_INDEX["id"]), "RIJ-ONTBREEKT", id=rid)
