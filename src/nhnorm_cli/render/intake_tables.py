"""Intake as plain text (to paste into a reminder e-mail), Markdown and CSV."""

from __future__ import annotations

import csv
import io
from datetime import date

from nhnorm_cli.formats.csvsafe import spreadsheet_safe
from nhnorm_cli.messages import counted, text
from nhnorm_cli.region.results import Intake, IntakeRow
from nhnorm_cli.render.mdtext import md_inline
from nhnorm_cli.render.numbers import NONE, date_text

_HEADERS = ("code", "organisatie", "riec", "status", "beantwoord", "vastgesteld-op", "te-laat")
_RIGHT = {4}  # column indexes aligned right: the numbers


def _headers(lang: str) -> list[str]:
    return [text(f"intake-{key}", lang) for key in _HEADERS]


def _cells(row: IntakeRow, total: int, lang: str) -> list[str]:
    return [
        row.code,
        row.naam,
        row.riec,
        text(f"status-{row.status}", lang),
        f"{row.beantwoord}/{total}" if row.status != "ontbreekt" else NONE,
        date_text(row.vastgesteld_op, lang),
        text("ja", lang) if row.te_laat else "",
    ]


def _heading(intake: Intake, today: date, lang: str) -> str:
    return text(
        "intake-titel",
        lang,
        jaar=intake.jaar,
        deadline=date_text(intake.deadline, lang),
        stand=date_text(today, lang),
    )


def _totals(intake: Intake, lang: str) -> str:
    t = intake.totalen
    return text(
        "intake-totalen",
        lang,
        organisaties=counted(len(intake.organisaties), "intake-organisaties", lang),
        vastgesteld=t.vastgesteld,
        concept=t.concept,
        ontbreekt=t.ontbreekt,
        te_laat=t.te_laat,
    )


def intake_text(intake: Intake, total_norms: int, today: date, lang: str = "nl") -> str:
    """Aligned columns in plain characters: survives e-mail clients and CI logs; nothing is cut."""
    rows = [_headers(lang)] + [_cells(r, total_norms, lang) for r in intake.organisaties]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADERS))]
    lines = [_heading(intake, today, lang), ""]
    for index, row in enumerate(rows):
        cells = [c.rjust(widths[i]) if i in _RIGHT else c.ljust(widths[i]) for i, c in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines += ["", _totals(intake, lang)]
    return "\n".join(lines) + "\n"


def intake_md(intake: Intake, total_norms: int, today: date, lang: str = "nl") -> str:
    lines = [f"# {md_inline(_heading(intake, today, lang))}", ""]
    lines.append("| " + " | ".join(_headers(lang)) + " |")
    lines.append("| " + " | ".join("---:" if i in _RIGHT else "---" for i in range(len(_HEADERS))) + " |")
    for row in intake.organisaties:
        cells = [md_inline(c) if c else " " for c in _cells(row, total_norms, lang)]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", md_inline(_totals(intake, lang)) + "."]
    return "\n".join(lines) + "\n"


def intake_csv(intake: Intake) -> str:
    """The JSON row keys as columns (data, not labels: the same in every language); dates ISO,
    booleans ja/nee, empty for nothing."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    keys = list(IntakeRow.model_fields)
    writer.writerow(keys)
    for row in intake.organisaties:
        values = row.model_dump(mode="json")
        writer.writerow([_csv_cell(values[k]) for k in keys])
    return out.getvalue()


def _csv_cell(value: object) -> object:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, str):
        return spreadsheet_safe(value)
    return "" if value is None else value
