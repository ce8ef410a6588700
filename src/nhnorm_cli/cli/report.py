"""`nhnorm report`: the yearly report in Markdown, as one self-contained HTML file, or as a
raadsinformatiebrief in Word."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from nhnorm_cli.cli.configure import assessments_root
from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import (
    ForceOption,
    OrgOption,
    OutputOption,
    PathsArgument,
    TemplatesOption,
    stderr_console,
    templates_folder,
)
from nhnorm_cli.cli.output import check_output, emit
from nhnorm_cli.cli.removals import name_removals
from nhnorm_cli.errors import Location, Problem, Severity, usage_error

if TYPE_CHECKING:
    from nhnorm_cli.models.assessment import Assessment
    from nhnorm_cli.models.norm import Norm
    from nhnorm_cli.select.assessments import Loaded, Scanned


class ReportFormat(StrEnum):
    md = "md"
    html = "html"
    docx = "docx"


def report(
    year: Annotated[
        int | None,
        typer.Option(
            "--year", metavar="JAAR", help="Het jaar van de zelfevaluatie (standaard: het nieuwste)."
        ),
    ] = None,
    paths: PathsArgument = None,
    org: OrgOption = None,
    output_format: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            "-f",
            help="md (Markdown), html (één bestand, ook om te printen) of docx (raadsinformatiebrief in "
            "Word; met --output).",
        ),
    ] = ReportFormat.md,
    output: OutputOption = None,
    force: ForceOption = False,
    public: Annotated[
        bool,
        typer.Option("--public", help="Openbare versie: zonder vertrouwelijke toelichting, bewijs en namen."),
    ] = False,
    templates: TemplatesOption = None,
    kenmerk: Annotated[
        str | None,
        typer.Option(
            "--kenmerk",
            metavar="TEKST",
            help="Word-brief: het kenmerk of zaaknummer van de brief.",
            show_default=False,
        ),
    ] = None,
    portefeuillehouder: Annotated[
        str | None,
        typer.Option(
            "--portefeuillehouder",
            metavar="NAAM",
            help="Word-brief: de verantwoordelijke portefeuillehouder (naam en functie).",
            show_default=False,
        ),
    ] = None,
    afzender: Annotated[
        str | None,
        typer.Option(
            "--afzender",
            metavar="TEKST",
            help="Word-brief: wie de brief stuurt en ondertekent (standaard: Het college van burgemeester "
            "en wethouders van <naam>; bij een provincie Gedeputeerde Staten).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Maak het jaarrapport: scores, vergelijking met vorig jaar, per thema alle normen en het actieplan."""
    templates = templates_folder(templates)
    if output_format is ReportFormat.docx and output is None:
        raise usage_error("OUTPUT-VERPLICHT")  # before the work, not after it
    letter_options = {
        "--kenmerk": kenmerk,
        "--portefeuillehouder": portefeuillehouder,
        "--afzender": afzender,
    }
    given = [flag for flag, value in letter_options.items() if value is not None]
    if given and output_format is not ReportFormat.docx:  # said, not silently ignored
        raise usage_error("ALLEEN-VOOR-DOCX", optie=given[0])
    from nhnorm_cli.render.numbers import date_text
    from nhnorm_cli.results.reportdata import build_report
    from nhnorm_cli.select.assessments import NOTHING_SCANNED, select, single
    from nhnorm_cli.versions.mapping import load_mapping

    root = assessments_root()
    scanned = NOTHING_SCANNED  # what finding the newest year found: walked and parsed once
    by_name = year is None
    if year is None:
        year, scanned = _newest_year(paths or [], org, root)
    if output is not None:
        check_output(output, force=force, example=output / f"rapport-{year}.{output_format.value}")
    current = single(select(paths or [], year=year, org=org, root=root, scanned=scanned, by_name=by_name))
    if output is not None:
        _not_an_assessment(output, current.path, root)
    history = _history(paths or [], current, root, scanned)
    data = build_report(current.norm, current.assessment, history, public=public, mappings=load_mapping)
    if public:
        name_removals(current)
    generated = date_text(date.today())
    if output_format is ReportFormat.docx:
        from nhnorm_cli.render.report_docx import Letter, render_report_docx

        letter = Letter(
            kenmerk=_given(kenmerk), portefeuillehouder=_given(portefeuillehouder), afzender=_given(afzender)
        )
        emit(render_report_docx(data, templates, generated=generated, letter=letter), output, force=force)
        return
    from nhnorm_cli.render.report import render_report  # jinja2 costs every command start-up time

    html = output_format is ReportFormat.html
    emit(render_report(data, "html" if html else "md", templates, generated=generated), output, force=force)


def _not_an_assessment(output: Path, assessment: Path, root: Path | None) -> None:
    """--output onto an assessment, even with --force, would put the internal report (confidential
    text) where the adopted YAML was: refused, as is any YAML file among the assessments."""
    from nhnorm_cli.files.discovery import DEFAULT_DIR

    target = output.resolve()
    folder = (root or Path(DEFAULT_DIR)).resolve()
    among = target.suffix.lower() in (".yaml", ".yml") and target.is_relative_to(folder)
    if target == assessment.resolve() or among:
        raise usage_error("UITVOER-IS-ZELFEVALUATIE", pad=str(output))


def _given(value: str | None) -> str | None:
    """An option's text, trimmed; empty means not given (so `--afzender ""` is the default)."""
    return value.strip() or None if value is not None else None


def _newest_year(paths: list[Path], org: str | None, root: Path | None) -> tuple[int, Scanned]:
    from nhnorm_cli.select.newest import newest_years

    found = newest_years(paths, org, root, 1)
    if not found.years:
        raise usage_error("GEEN-SELECTIE", selectie=" ".join(map(str, paths)) or "assessments/")
    return found.years[0], found.scanned


def _history(
    paths: list[Path], current: Loaded, root: Path | None, scanned: Scanned
) -> list[tuple[Norm, Assessment]]:
    """The organisation's years; a broken file costs only its own year in the comparison."""
    from nhnorm_cli.render.problems_text import print_problems
    from nhnorm_cli.select.assessments import organisation_years

    loaded, unusable = organisation_years(paths, current.slug, root, known=[current], scanned=scanned)
    notes = [Problem(Location(shown), "NIET-IN-VERGELIJKING", Severity.WARNING) for shown in unusable]
    print_problems(stderr_console(), notes, current_lang())
    return [(item.norm, item.assessment) for item in loaded]
