"""`nhnorm export`: one organisation's implementatieoverzicht as a workbook (xlsx) or csv, or its
assessment for another tool (OSCAL assessment-results, CISO Assistant audit import)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from nhnorm_cli.cli.configure import assessments_root, repository
from nhnorm_cli.cli.options import AssessmentYearOption, ExcelOption, ForceOption, OrgOption, PathsArgument
from nhnorm_cli.cli.output import write_file
from nhnorm_cli.errors import usage_error
from nhnorm_cli.formats.registry import ExportOptions, choices_help
from nhnorm_cli.interop.registry import EXPORTS as INTEROP_EXPORTS
from nhnorm_cli.messages.help import add_help
from nhnorm_cli.workbook.registry import EXPORTS as WORKBOOK_EXPORTS

# The formats come from the families' registries: a new one is a module and a line there.
EXPORTERS = {exporter.name: exporter for exporter in (*WORKBOOK_EXPORTS, *INTEROP_EXPORTS)}
ExportFormat = StrEnum("ExportFormat", {name: name for name in EXPORTERS})  # type: ignore[misc]
_FORMAT_HELP = choices_help(EXPORTERS.values(), 0)
add_help(_FORMAT_HELP, choices_help(EXPORTERS.values(), 1))


def export(
    year: AssessmentYearOption,
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="BESTAND", help="Het bestand om te schrijven.")
    ],
    paths: PathsArgument = None,
    org: OrgOption = None,
    output_format: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help=_FORMAT_HELP),
    ] = ExportFormat("xlsx"),
    public: Annotated[
        bool,
        typer.Option(
            "--public", help="oscal/ciso-assistant: zonder vertrouwelijke toelichting, bewijs en namen."
        ),
    ] = False,
    force: ForceOption = False,
    excel: ExcelOption = False,
    blank: Annotated[
        bool,
        typer.Option(
            "--leeg",
            help="Een leeg werkboek voor een organisatie uit het register (met --org CODE en --year), om te "
            "versturen.",
        ),
    ] = False,
) -> None:
    """Zet het implementatieoverzicht van één organisatie in een werkboek om in te vullen."""
    from nhnorm_cli.select.assessments import select, single

    exporter = EXPORTERS[output_format.value]
    if public and exporter.public is None:
        raise usage_error("PUBLIC-FORMAAT", formaat=exporter.name)
    if blank:
        _write_blank(year, org, output, exporter.name, ExportOptions(public=public, excel=excel), force=force)
        return
    item = single(select(paths or [], year=year, org=org, root=assessments_root()))
    if exporter.max_cell is not None:  # a workbook would cut a longer text without a word
        from nhnorm_cli.workbook.celllimit import refuse_long_cells

        refuse_long_cells(item, exporter.max_cell)
    options = ExportOptions(public=public, excel=excel)
    write_file(output, exporter.writer()(item.norm, item.assessment, options), force=force)
    if public and exporter.public is not None:
        from nhnorm_cli.cli.removals import name_removals

        name_removals(item, exporter.public)


# The formats a blank workbook can be sent out in: the implementatieoverzicht to fill in.
_BLANK_FORMATS = {exporter.name for exporter in WORKBOOK_EXPORTS}


def _write_blank(
    year: int, org: str | None, output: Path, name: str, options: ExportOptions, *, force: bool
) -> None:
    """export --leeg: the register entry's details, every norm open (SPEC §8)."""
    from nhnorm_cli.region.blank import blank_assessment
    from nhnorm_cli.region.settings import load_register
    from nhnorm_cli.versions.norms import latest_version, load_norm

    if org is None:
        raise usage_error("LEEG-ZONDER-ORG")
    if name not in _BLANK_FORMATS:
        raise usage_error("LEEG-FORMAAT", formaat=name)
    register = load_register(repository(), required=True)
    assert register is not None
    norm = load_norm(latest_version())
    assessment = blank_assessment(register, org, year, norm.versie)
    write_file(output, EXPORTERS[name].writer()(norm, assessment, options), force=force)
