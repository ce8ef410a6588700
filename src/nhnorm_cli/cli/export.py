"""`nhnorm export`: one organisation's implementatieoverzicht as a workbook (xlsx) or csv, or its
assessment for another tool (OSCAL assessment-results, CISO Assistant audit import)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from nhnorm_cli.cli.configure import assessments_root
from nhnorm_cli.cli.options import AssessmentYearOption, ExcelOption, ForceOption, OrgOption, PathsArgument
from nhnorm_cli.cli.output import write_file
from nhnorm_cli.errors import usage_error

if TYPE_CHECKING:
    from nhnorm_cli.models.assessment import Assessment
    from nhnorm_cli.models.norm import Norm


class ExportFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"
    oscal = "oscal"
    ciso_assistant = "ciso-assistant"


def export(
    year: AssessmentYearOption,
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="BESTAND", help="Het bestand om te schrijven.")
    ],
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
    excel: ExcelOption = False,
) -> None:
    """Zet het implementatieoverzicht van één organisatie in een werkboek om in te vullen."""
    from nhnorm_cli.assessments import select, single

    if public and output_format in (ExportFormat.xlsx, ExportFormat.csv):
        raise usage_error("PUBLIC-FORMAAT", formaat=output_format.value)
    item = single(select(paths or [], year=year, org=org, root=assessments_root()))
    if output_format in (ExportFormat.oscal, ExportFormat.ciso_assistant):
        write_file(output, _interop(item.norm, item.assessment, output_format, public), force=force)
        if public:
            from nhnorm_cli.cli.removals import name_removals

            name_removals(item, _oscal_shows if output_format is ExportFormat.oscal else _ciso_shows)
        return
    # imported here: openpyxl costs every other command start-up time
    from nhnorm_cli.workbook.export_csv import rows_csv
    from nhnorm_cli.workbook.export_xlsx import workbook_bytes

    if output_format is ExportFormat.xlsx:
        from nhnorm_cli.workbook.celllimit import refuse_long_cells

        refuse_long_cells(item)
        data = workbook_bytes(item.norm, item.assessment)
    else:
        from nhnorm_cli.render.csvsafe import CsvStyle

        data = rows_csv(item.norm, item.assessment, CsvStyle(excel=excel)).encode("utf-8")
    write_file(output, data, force=force)


def _interop(norm: Norm, assessment: Assessment, output_format: ExportFormat, public: bool) -> bytes:
    if output_format is ExportFormat.oscal:
        from datetime import UTC, datetime

        from nhnorm_cli.interop.oscal_results import results_json

        return results_json(norm, assessment, datetime.now(UTC), public=public).encode("utf-8")
    from nhnorm_cli.interop.ciso_audit import audit_csv

    return audit_csv(norm, assessment, public=public).encode("utf-8")


# What each export prints of the public text (publictext.public_texts): OSCAL carries the
# toelichting and bewijs of answers, CISO Assistant also their actions; neither the adoption line.
def _oscal_shows(path: tuple[str | int, ...]) -> bool:
    return path[0] == "antwoorden" and path[2] in ("toelichting", "bewijs")


def _ciso_shows(path: tuple[str | int, ...]) -> bool:
    return path[0] == "antwoorden"
