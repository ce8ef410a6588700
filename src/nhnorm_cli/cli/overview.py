"""`nhnorm overview`: every organisation of one year side by side (RIEC, province)."""

from __future__ import annotations

import io
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from nhnorm_cli.cli.configure import assessments_root
from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import (
    ExcelOption,
    ForceOption,
    OutputOption,
    PathsArgument,
    TemplatesOption,
    stderr_console,
    stdout_console,
    templates_folder,
)
from nhnorm_cli.cli.output import emit, show_problems
from nhnorm_cli.errors import ExitCode, Problem, usage_error
from nhnorm_cli.messages import text

if TYPE_CHECKING:
    from nhnorm_cli.models.overview import Overview


class OverviewFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"
    md = "md"
    html = "html"
    xlsx = "xlsx"


def overview(
    year: Annotated[int, typer.Option("--year", metavar="JAAR", help="Het jaar van het overzicht.")],
    paths: PathsArgument = None,
    output_format: Annotated[
        OverviewFormat,
        typer.Option("--format", "-f", help="text, json, csv, md, html of xlsx (met --output)."),
    ] = OverviewFormat.text,
    output: OutputOption = None,
    force: ForceOption = False,
    templates: TemplatesOption = None,
    excel: ExcelOption = False,
    met_concepten: Annotated[
        bool,
        typer.Option("--met-concepten", help="Tel ook concepten mee in de cijfers van de regio."),
    ] = False,
    anoniem: Annotated[
        bool,
        typer.Option(
            "--anoniem",
            help="Alleen cijfers van de regio: geen namen, slugs of codes; kleine RIEC-groepen als overig.",
        ),
    ] = False,
    vanaf: Annotated[
        int | None,
        typer.Option(
            "--vanaf", metavar="JAAR", help="Voeg de ontwikkeling per jaar toe, vanaf dit jaar (bijv. 2025)."
        ),
    ] = None,
) -> None:
    """Alle organisaties naast elkaar: scores per thema, verschil met vorig jaar, moeilijkste normen."""
    from nhnorm_cli.region.overview import build_overview
    from nhnorm_cli.select.assessments import select_years

    lang = current_lang()
    templates = templates_folder(templates)
    if vanaf is not None and vanaf > year:
        raise usage_error("VANAF-NA-JAAR", vanaf=vanaf, jaar=year)
    trend_years = range(vanaf, year + 1) if vanaf is not None else range(0)
    selection = select_years(paths or [], {year, year - 1, *trend_years}, assessments_root())
    if selection.left_out:  # the region is still shown; the exit code says it is incomplete
        show_problems(selection.left_out)
        stderr_console().print(_left_out_line(selection.left_out, lang), markup=False)
    found = selection.years
    if not found[year]:
        if selection.left_out:
            raise typer.Exit(int(ExitCode.INVALID))
        raise usage_error("GEEN-SELECTIE", selectie=f"--year {year}")
    history = {y: found[y] for y in trend_years if found[y]} if vanaf is not None else None
    result = build_overview(
        found[year], found[year - 1], met_concepten=met_concepten, anoniem=anoniem, history=history
    )
    if anoniem:
        _warn_if_traceable(result.voortgang.organisaties)
    _write(result, output_format, output, force=force, templates=templates, lang=lang, excel=excel)
    if selection.left_out:
        raise typer.Exit(int(ExitCode.INVALID))


def _warn_if_traceable(organisations: int) -> None:
    """Groups are folded to 5 or more, but a whole region that small can be traced all the same."""
    from nhnorm_cli.errors import Location, Severity
    from nhnorm_cli.region.anonymous import SMALLEST_GROUP

    if 0 < organisations < SMALLEST_GROUP:
        params = {"organisaties": organisations, "minimum": SMALLEST_GROUP}
        show_problems([Problem(Location(""), "KLEINE-REGIO", Severity.WARNING, params)])


def _left_out_line(problems: list[Problem], lang: str) -> str:
    return text("niet-meegenomen", lang, aantal=len({p.location.path for p in problems}))


def _write(
    result: Overview,
    output_format: OverviewFormat,
    output: Path | None,
    *,
    force: bool,
    templates: Path | None,
    lang: str,
    excel: bool = False,
) -> None:
    from nhnorm_cli.render.overview_text import print_overview

    if output_format is OverviewFormat.text and output is None:
        print_overview(stdout_console(soft_wrap=False), result, lang)
        return
    if output_format is OverviewFormat.text:
        from nhnorm_cli.cli.safeconsole import SafeConsole

        buffer = io.StringIO()  # a file gets plain text, never terminal colour codes
        print_overview(SafeConsole(file=buffer, width=120, color_system=None, soft_wrap=False), result, lang)
        emit(buffer.getvalue(), output, force=force)
        return
    from nhnorm_cli.formats.csvsafe import CsvStyle
    from nhnorm_cli.formats.json import json_text
    from nhnorm_cli.render.overview_csv import overview_csv
    from nhnorm_cli.render.overview_html import overview_html
    from nhnorm_cli.render.overview_md import overview_md

    if output_format is OverviewFormat.xlsx:
        from nhnorm_cli.workbook.overview_xlsx import overview_workbook  # openpyxl only here

        emit(overview_workbook(result), output, force=force)
        return
    renderers: dict[OverviewFormat, Callable[[Overview], str]] = {
        OverviewFormat.json: lambda o: json_text(o.json_data()),
        OverviewFormat.csv: lambda o: overview_csv(o, CsvStyle(excel=excel)),
        OverviewFormat.md: overview_md,
        OverviewFormat.html: lambda o: overview_html(o, templates),
    }
    emit(renderers[output_format](result), output, force=force)
