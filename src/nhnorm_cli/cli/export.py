"""`nhnorm export`: one organisation's implementatieoverzicht as a workbook (xlsx) or csv, or its
assessment for another tool (OSCAL assessment-results, CISO Assistant audit import)."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from nhnorm_cli.assessments import select, single
from nhnorm_cli.cli.app import app, handle_errors
from nhnorm_cli.cli.options import AssessmentYearOption, ForceOption, LangOption, OrgOption, PathsArgument
from nhnorm_cli.cli.output import write_file
from nhnorm_cli.errors import usage_error
from nhnorm_cli.interop.ciso import audit_csv
from nhnorm_cli.interop.oscal_results import results_json


class ExportFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"
    oscal = "oscal"
    ciso_assistant = "ciso-assistant"


@app.command()
@handle_errors
def export(
    year: AssessmentYearOption,
    output: Annotated[Path, typer.Option("--output", "-o", help="Het bestand om te schrijven.")],
    paths: PathsArgument = None,
    org: OrgOption = None,
    output_format: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="xlsx (Excel, met keuzelijsten), csv, oscal (OSCAL assessment-results, JSON) of "
            "ciso-assistant (audit-import, CSV).",
        ),
    ] = ExportFormat.xlsx,
    public: Annotated[
        bool,
        typer.Option(
            "--public", help="oscal/ciso-assistant: zonder vertrouwelijke toelichting, bewijs en namen."
        ),
    ] = False,
    force: ForceOption = False,
    lang: LangOption = "nl",  # type: ignore[assignment]
) -> None:
    """Zet het implementatieoverzicht van één organisatie in een werkboek om in te vullen."""
    if public and output_format in (ExportFormat.xlsx, ExportFormat.csv):
        raise usage_error("PUBLIC-FORMAAT", formaat=output_format.value)
    item = single(select(paths or [], year=year, org=org))
    if output_format is ExportFormat.oscal:
        text = results_json(item.norm, item.assessment, datetime.now(UTC), public=public)
        write_file(output, text.encode("utf-8"), force=force, lang=lang)
        return
    if output_format is ExportFormat.ciso_assistant:
        text = audit_csv(item.norm, item.assessment, public=public)
        write_file(output, text.encode("utf-8"), force=force, lang=lang)
        return
    # imported here: openpyxl costs every other command start-up time
    from nhnorm_cli.render.rowscsv import rows_csv
    from nhnorm_cli.render.xlsx import workbook_bytes

    if output_format is ExportFormat.xlsx:
        data = workbook_bytes(item.norm, item.assessment)
    else:
        data = rows_csv(item.norm, item.assessment).encode("utf-8")
    write_file(output, data, force=force, lang=lang)
