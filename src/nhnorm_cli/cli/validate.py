"""`nhnorm validate`: check assessment files against SPEC §2."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer

from nhnorm_cli.cli.app import app, handle_errors
from nhnorm_cli.cli.options import LangOption, PathsArgument, stdout_console
from nhnorm_cli.discovery import find_files
from nhnorm_cli.errors import ExitCode
from nhnorm_cli.render.problems import (
    github_annotations,
    print_problems,
    summary,
    validation_result,
)
from nhnorm_cli.validation import validate_files


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


@app.command()
@handle_errors
def validate(
    paths: PathsArgument = None,
    output_format: Annotated[
        ValidateFormat, typer.Option("--format", "-f", help="text, json of github (annotaties).")
    ] = ValidateFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Waarschuwingen tellen als fout.")] = False,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Aantal processen (standaard: 2 bij veel bestanden)."),
    ] = None,
    lang: LangOption = "nl",  # type: ignore[assignment]
) -> None:
    """Controleer zelfevaluaties: structuur, ids, oordelen en de regels van de norm."""
    reports = validate_files(find_files(paths or []), strict=strict, jobs=jobs)
    console = stdout_console()
    if output_format is ValidateFormat.json:
        data = validation_result(reports, lang).model_dump(mode="json")
        if console.is_terminal:  # coloured for a person
            console.print_json(data=data)
        else:  # the same text without rich's highlighter, which took minutes on 90,000 problems
            typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
    elif output_format is ValidateFormat.github:
        annotations = github_annotations(reports, lang)
        if annotations:
            typer.echo(annotations)
        typer.echo(summary(reports, lang))
    else:
        print_problems(console, (p for r in reports for p in r.problems), lang)
        console.print(summary(reports, lang), highlight=False)
    if not all(r.valid for r in reports):
        raise typer.Exit(int(ExitCode.INVALID))
