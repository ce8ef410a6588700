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

_HEADERS = (
    "code", "organisatie", "riec", "status", "beantwoord", "vastgesteld-op", "ontvangen-op", "te-laat"
)  # fmt: skip
_RIGHT = {4}  # column indexes aligned right: the numbers


_RECEIVED = _HEADERS.index("ontvangen-op")


def _headers(lang: str) -> list[str]:
    return [text(f"intake-{key}", lang) for key in _HEADERS]


def _columns(intake: Intake, rows: list[list[str]]) -> list[list[str]]:
    """Without any date received (no `import --into` or `set --ontvangen` yet) that column goes:
    the table then fits a reminder e-mail."""
    if any(row.ontvangen_op for row in intake.organisaties):
        return rows
    return [row[:_RECEIVED] + row[_RECEIVED + 1 :] for row in rows]


def _cells(row: IntakeRow, total: int, lang: str) -> list[str]:
    return [
        row.code,
        row.naam,
        row.riec,
        text(f"status-{row.status}", lang),
        f"{row.beantwoord}/{total}" if row.status not in ("ontbreekt", "onleesbaar") else NONE,
        date_text(row.vastgesteld_op, lang),
        date_text(row.ontvangen_op, lang) if row.ontvangen_op else "",
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
        "intake-totalen-onleesbaar" if t.onleesbaar else "intake-totalen",
        lang,
        organisaties=counted(len(intake.organisaties), "intake-organisaties", lang),
        vastgesteld=t.vastgesteld,
        concept=t.concept,
        ontbreekt=t.ontbreekt,
        onleesbaar=t.onleesbaar,
        te_laat=t.te_laat,
    )


def intake_text(intake: Intake, total_norms: int, today: date, lang: str = "nl") -> str:
    """Aligned columns in plain characters: survives e-mail clients and CI logs; nothing is cut."""
    rows = _columns(intake, [_headers(lang)] + [_cells(r, total_norms, lang) for r in intake.organisaties])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
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
    rows = _columns(intake, [_headers(lang)] + [_cells(r, total_norms, lang) for r in intake.organisaties])
    lines.append("| " + " | ".join(rows[0]) + " |")
    lines.append("| " + " | ".join("---:" if i in _RIGHT else "---" for i in range(len(rows[0]))) + " |")
    for cells in rows[1:]:
        lines.append("| " + " | ".join(md_inline(c) if c else " " for c in cells) + " |")
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
