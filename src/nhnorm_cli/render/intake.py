"""Intake as plain text (to paste into a reminder e-mail), Markdown and CSV."""

from __future__ import annotations

import csv
import io

from nhnorm_cli.region.results import Intake, IntakeRow
from nhnorm_cli.render.csvsafe import spreadsheet_safe
from nhnorm_cli.render.mdtext import md_inline
from nhnorm_cli.render.numbers import date_text

_HEADERS = ("Code", "Organisatie", "RIEC", "Status", "Beantwoord", "Vastgesteld op", "Te laat")
_NUMBERS_RIGHT = {4}  # column indexes aligned right


def _cells(row: IntakeRow, total: int) -> list[str]:
    return [
        row.code,
        row.naam,
        row.riec,
        row.status,
        f"{row.beantwoord}/{total}" if row.status != "ontbreekt" else "–",
        date_text(row.vastgesteld_op),
        "ja" if row.te_laat else "",
    ]


def _heading(intake: Intake, today_text: str) -> str:
    return (
        f"Intake implementatieoverzicht {intake.jaar} — deadline {date_text(intake.deadline)} "
        f"(stand {today_text})"
    )


def _totals(intake: Intake) -> str:
    t = intake.totalen
    return (
        f"{len(intake.organisaties)} organisaties: {t.vastgesteld} vastgesteld, {t.concept} concept, "
        f"{t.ontbreekt} ontbreekt; {t.te_laat} te laat"
    )


def intake_text(intake: Intake, total_norms: int, today_text: str) -> str:
    """Aligned columns in plain characters: survives e-mail clients and CI logs; nothing is cut."""
    rows = [list(_HEADERS)] + [_cells(r, total_norms) for r in intake.organisaties]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADERS))]
    lines = [_heading(intake, today_text), ""]
    for index, row in enumerate(rows):
        cells = [
            cell.rjust(widths[i]) if i in _NUMBERS_RIGHT else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines += ["", _totals(intake)]
    return "\n".join(lines) + "\n"


def intake_md(intake: Intake, total_norms: int, today_text: str) -> str:
    lines = [f"# {md_inline(_heading(intake, today_text))}", ""]
    lines.append("| " + " | ".join(_HEADERS) + " |")
    lines.append(
        "| " + " | ".join("---:" if i in _NUMBERS_RIGHT else "---" for i in range(len(_HEADERS))) + " |"
    )
    for row in intake.organisaties:
        cells = [md_inline(c) if c else " " for c in _cells(row, total_norms)]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", md_inline(_totals(intake)) + "."]
    return "\n".join(lines) + "\n"


def intake_csv(intake: Intake) -> str:
    """The JSON row keys as columns; dates ISO, booleans ja/nee, empty for nothing."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    keys = list(IntakeRow.model_fields)
    writer.writerow(keys)
    for row in intake.organisaties:
        values = row.model_dump(mode="json")
        writer.writerow(
            [
                ("ja" if v else "nee")
                if isinstance(v, bool)
                else spreadsheet_safe(str(v))
                if isinstance(v, str)
                else ("" if v is None else v)
                for v in (values[k] for k in keys)
            ]
        )
    return out.getvalue()
