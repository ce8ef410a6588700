"""`nhnorm report`: the yearly report in Markdown or as one self-contained HTML file."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from nhnorm_cli.assessments import Loaded, organisation_years, select, single
from nhnorm_cli.cli.app import app, handle_errors
from nhnorm_cli.cli.options import (
    AssessmentYearOption,
    ForceOption,
    LangOption,
    OrgOption,
    OutputOption,
    PathsArgument,
    TemplatesOption,
    stderr_console,
    templates_folder,
)
from nhnorm_cli.cli.output import check_output, emit
from nhnorm_cli.errors import Location, Problem, Severity
from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.publictext import REMOVED, check_personal_data
from nhnorm_cli.render.numbers import date_text
from nhnorm_cli.render.problems import print_problems
from nhnorm_cli.reportdata import build_report


class ReportFormat(StrEnum):
    md = "md"
    html = "html"
    docx = "docx"


@app.command()
@handle_errors
def report(
    year: AssessmentYearOption,
    paths: PathsArgument = None,
    org: OrgOption = None,
    output_format: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            "-f",
            help="md (Markdown), html (één bestand, ook om te printen) of docx "
            "(raadsinformatiebrief in Word; met --output).",
        ),
    ] = ReportFormat.md,
    output: OutputOption = None,
    force: ForceOption = False,
    public: Annotated[
        bool,
        typer.Option("--public", help="Openbare versie: zonder vertrouwelijke toelichting, bewijs en namen."),
    ] = False,
    templates: TemplatesOption = None,
    lang: LangOption = "nl",  # type: ignore[assignment]
) -> None:
    """Maak het jaarrapport: scores, vergelijking met vorig jaar, per thema alle normen en het actieplan."""
    templates = templates_folder(templates)
    if output is not None:
        check_output(output, force=force, example=output / f"rapport-{year}.{output_format.value}")
    current = single(select(paths or [], year=year, org=org))
    data = build_report(current.norm, current.assessment, _history(paths or [], current, lang), public=public)
    if public:  # name every removal, so the author can fix the source text itself
        removed = check_personal_data(current.document, code=REMOVED)
        print_problems(stderr_console(), removed, lang)
    generated = date_text(date.today())
    if output_format is ReportFormat.docx:
        from nhnorm_cli.render.report_docx import render_report_docx

        emit(render_report_docx(data, templates, generated=generated), output, force=force, lang=lang)
        return
    from nhnorm_cli.render.report import render_report  # jinja2 costs every command start-up time

    text = render_report(
        data, "html" if output_format is ReportFormat.html else "md", templates, generated=generated
    )
    emit(text, output, force=force, lang=lang)


def _history(paths: list[Path], current: Loaded, lang: str) -> list[tuple[Norm, Assessment]]:
    """The organisation's years; a broken file costs only its own year in the comparison."""
    loaded, unusable = organisation_years(paths, current.slug)
    notes = [Problem(Location(shown), "NIET-IN-VERGELIJKING", Severity.WARNING) for shown in unusable]
    print_problems(stderr_console(), notes, lang)
    return [(item.norm, item.assessment) for item in loaded]
