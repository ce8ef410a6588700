"""`nhnorm export`: one organisation's implementatieoverzicht as a workbook (xlsx) or csv."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from nhnorm_cli.cli.configure import assessments_root
from nhnorm_cli.cli.options import AssessmentYearOption, ForceOption, OrgOption, PathsArgument
from nhnorm_cli.cli.output import write_file


class ExportFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"


def export(
    year: AssessmentYearOption,
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="BESTAND", help="Het bestand om te schrijven.")
    ],
    paths: PathsArgument = None,
    org: OrgOption = None,
    output_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="xlsx (Excel, met keuzelijsten) of csv.")
    ] = ExportFormat.xlsx,
    force: ForceOption = False,
) -> None:
    """Zet het implementatieoverzicht van één organisatie in een werkboek om in te vullen."""
    from nhnorm_cli.assessments import select, single

    item = single(select(paths or [], year=year, org=org, root=assessments_root()))
    # imported here: openpyxl costs every other command start-up time
    from nhnorm_cli.workbook.export_csv import rows_csv
    from nhnorm_cli.workbook.export_xlsx import workbook_bytes

    if output_format is ExportFormat.xlsx:
        data = workbook_bytes(item.norm, item.assessment)
    else:
        data = rows_csv(item.norm, item.assessment).encode("utf-8")
    write_file(output, data, force=force)
