"""`nhnorm intake`: who has delivered this year's implementatieoverzicht, and on time (RIEC)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

import typer

from nhnorm_cli.cli.configure import assessments_root, repository
from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import ForceOption, OutputOption, PathsArgument, date_option
from nhnorm_cli.cli.output import emit, show_problems
from nhnorm_cli.errors import ExitCode


class IntakeFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"
    md = "md"


def intake(
    year: Annotated[
        int, typer.Option("--year", metavar="JAAR", help="Het jaar van de implementatieoverzichten.")
    ],
    paths: PathsArgument = None,
    deadline: Annotated[
        datetime | None,
        date_option("--deadline", "Uiterste datum van vaststelling (standaard 1 april, of nhnorm.toml)."),
    ] = None,
    output_format: Annotated[
        IntakeFormat, typer.Option("--format", "-f", help="text, json, csv of md.")
    ] = IntakeFormat.text,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Eindig met code 1 als een organisatie ontbreekt of te laat is (voor CI)."
        ),
    ] = False,
    today: Annotated[
        datetime | None,
        date_option("--vandaag", "Reken alsof het vandaag deze datum is (standaard: de echte datum)."),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Per organisatie uit het register: aangeleverd, concept of vastgesteld, en op tijd?"""
    from nhnorm_cli.formats.json import json_text
    from nhnorm_cli.region.intake import build_intake
    from nhnorm_cli.region.settings import deadline as deadline_of
    from nhnorm_cli.region.settings import load_register
    from nhnorm_cli.render.intake_tables import intake_csv, intake_md, intake_text
    from nhnorm_cli.versions.norms import latest_version, load_norm

    lang = current_lang()
    repo = repository()
    register = load_register(repo, required=True)
    assert register is not None
    when = today.date() if today is not None else date.today()
    due = deadline_of(repo, year, deadline.date() if deadline is not None else None)
    result = build_intake(register, paths or [], year, due, when, assessments_root())
    if result.problems:
        show_problems(result.problems)
    found = result.intake
    total = len(load_norm(latest_version()).requirement_ids)
    if output_format is IntakeFormat.json:
        content = json_text(found)
    elif output_format is IntakeFormat.csv:
        content = intake_csv(found)
    elif output_format is IntakeFormat.md:
        content = intake_md(found, total, when, lang)
    else:
        content = intake_text(found, total, when, lang)
    emit(content, output, force=force)
    if result.broken or (strict and (found.totalen.ontbreekt or found.totalen.te_laat)):
        raise typer.Exit(int(ExitCode.INVALID))
