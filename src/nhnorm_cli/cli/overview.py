"""`nhnorm overview`: every organisation of one year side by side (RIEC, province)."""

from __future__ import annotations

import io
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console

from nhnorm_cli.assessments import select_years
from nhnorm_cli.cli.app import app, handle_errors
from nhnorm_cli.cli.options import (
    ForceOption,
    LangOption,
    OutputOption,
    PathsArgument,
    TemplatesOption,
    stdout_console,
    templates_folder,
)
from nhnorm_cli.cli.output import emit
from nhnorm_cli.errors import usage_error
from nhnorm_cli.models.overview import Overview
from nhnorm_cli.overview import build_overview
from nhnorm_cli.render.overviewtext import print_overview


class OverviewFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"
    md = "md"
    html = "html"


@app.command()
@handle_errors
def overview(
    year: Annotated[int, typer.Option("--year", help="Het jaar van het overzicht.")],
    paths: PathsArgument = None,
    output_format: Annotated[
        OverviewFormat, typer.Option("--format", "-f", help="text, json, csv, md of html.")
    ] = OverviewFormat.text,
    output: OutputOption = None,
    force: ForceOption = False,
    templates: TemplatesOption = None,
    lang: LangOption = "nl",  # type: ignore[assignment]
) -> None:
    """Alle organisaties naast elkaar: scores per thema, verschil met vorig jaar, moeilijkste normen."""
    templates = templates_folder(templates)
    found = select_years(paths or [], (year, year - 1))
    if not found[year]:
        raise usage_error("GEEN-SELECTIE", selectie=f"--year {year}")
    result = build_overview(found[year], found[year - 1])
    if output_format is OverviewFormat.text and output is None:
        print_overview(stdout_console(soft_wrap=False), result)
        return
    if output_format is OverviewFormat.text:
        buffer = io.StringIO()  # a file gets plain text, never terminal colour codes
        print_overview(Console(file=buffer, width=120, color_system=None, soft_wrap=False), result)
        emit(buffer.getvalue(), output, force=force, lang=lang)
        return
    # imported here: jinja2 costs every other command start-up time
    from nhnorm_cli.render.overview import overview_csv, overview_html, overview_md

    renderers: dict[OverviewFormat, Callable[[Overview], str]] = {
        OverviewFormat.json: lambda o: o.model_dump_json(indent=2) + "\n",
        OverviewFormat.csv: overview_csv,
        OverviewFormat.md: overview_md,
        OverviewFormat.html: lambda o: overview_html(o, templates),
    }
    emit(renderers[output_format](result), output, force=force, lang=lang)
