"""`nhnorm export`: one organisation's implementatieoverzicht as a workbook (xlsx) or csv, or its
assessment for another tool (OSCAL assessment-results, CISO Assistant audit import)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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
    from nhnorm_cli.public.fields import Fields


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
    interop = _INTEROP.get(output_format)
    if interop is not None:
        write_file(output, interop.write(item.norm, item.assessment, public), force=force)
        if public:
            from nhnorm_cli.cli.removals import name_removals

            name_removals(item, interop.public_fields())
        return
    # imported here: openpyxl costs every other command start-up time
    from nhnorm_cli.workbook.export_csv import rows_csv
    from nhnorm_cli.workbook.export_xlsx import workbook_bytes

    if output_format is ExportFormat.xlsx:
        data = workbook_bytes(item.norm, item.assessment)
    else:
        from nhnorm_cli.render.csvsafe import CsvStyle

        data = rows_csv(item.norm, item.assessment, CsvStyle(excel=excel)).encode("utf-8")
    write_file(output, data, force=force)


@dataclass(frozen=True)
class _Interop:
    """An export for another tool: how to write it, and which texts of the file it prints in
    public (declared beside the exporter, public/view.py), which the removal notice follows."""

    write: Callable[[Norm, Assessment, bool], bytes]
    public_fields: Callable[[], Fields]


def _oscal(norm: Norm, assessment: Assessment, public: bool) -> bytes:
    from datetime import UTC, datetime

    from nhnorm_cli.interop.oscal_results import results_json

    return results_json(norm, assessment, datetime.now(UTC), public=public).encode("utf-8")


def _oscal_fields() -> Fields:
    from nhnorm_cli.interop.oscal_results import PUBLIC_FIELDS

    return PUBLIC_FIELDS


def _ciso(norm: Norm, assessment: Assessment, public: bool) -> bytes:
    from nhnorm_cli.interop.ciso_audit import audit_csv

    return audit_csv(norm, assessment, public=public).encode("utf-8")


def _ciso_fields() -> Fields:
    from nhnorm_cli.interop.ciso_audit import PUBLIC_FIELDS

    return PUBLIC_FIELDS


# imported on use: the exporters bring modules every other command can do without (issue 9)
_INTEROP: dict[ExportFormat, _Interop] = {
    ExportFormat.oscal: _Interop(_oscal, _oscal_fields),
    ExportFormat.ciso_assistant: _Interop(_ciso, _ciso_fields),
}
