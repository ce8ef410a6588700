"""`nhnorm init`: start next year's assessment, optionally from last year's answers."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import AssessmentsOption, date_option, stderr_console, stdout_console
from nhnorm_cli.files.discovery import DEFAULT_DIR, display_path
from nhnorm_cli.messages import text
from nhnorm_cli.models.values import SOORTEN

Soort = StrEnum("Soort", {value: value for value in SOORTEN})  # type: ignore[misc]


def init(
    year: Annotated[int, typer.Option("--year", metavar="JAAR", help="Jaar van de nieuwe zelfevaluatie.")],
    source_year: Annotated[
        int | None,
        typer.Option(
            "--from", metavar="JAAR", help="Neem de antwoorden over uit dit jaar (open acties ook)."
        ),
    ] = None,
    org: Annotated[
        str | None,
        typer.Option("--org", metavar="ORG", help="Organisatie: de map assessments/<org>/ (bijv. zeedorp)."),
    ] = None,
    naam: Annotated[
        str | None, typer.Option("--naam", metavar="NAAM", help='Naam, bijv. "Gemeente Zeedorp".')
    ] = None,
    soort: Annotated[Soort | None, typer.Option("--soort", help="gemeente of provincie.")] = None,
    code: Annotated[
        str | None, typer.Option("--code", metavar="CODE", help="CBS-code, bijv. GM0400 of PV27.")
    ] = None,
    riec: Annotated[
        str | None, typer.Option("--riec", metavar="NAAM", help="Het RIEC van de organisatie.")
    ] = None,
    peildatum: Annotated[
        datetime | None,
        date_option(
            "--peildatum",
            "Datum van de meting, in het jaar zelf (standaard: vandaag, of 1 januari of 31 december).",
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="PAD", help="Schrijf naar dit pad.")
    ] = None,
    assessments: AssessmentsOption = DEFAULT_DIR,
) -> None:
    """Maak de zelfevaluatie van een nieuw jaar aan: alle normen op volgorde, status concept."""
    import shlex

    from nhnorm_cli.editing.answers import checked_code
    from nhnorm_cli.editing.newyear import peildatum_for, prepare
    from nhnorm_cli.files.atomicwrite import write_atomic

    if riec is not None:
        from nhnorm_cli.cli.configure import repository
        from nhnorm_cli.region.settings import check_riec_option

        check_riec_option(repository(), riec)
    new = prepare(
        year,
        peildatum=peildatum_for(year, peildatum.date() if peildatum else None, date.today()),
        source_year=source_year,
        org=org,
        naam=naam,
        soort=soort.value if soort else None,
        code=checked_code(code),
        riec=riec,
        output=output,
        assessments=assessments,
    )
    write_atomic(new.path, new.text, overwrite=False)  # a race for the file is BESTAAT-AL too
    lang = current_lang()
    shown = display_path(new.path)
    if source_year is None:  # nothing carried over: say what comes next instead of "0 overgenomen"
        target = f" --file {shlex.quote(shown)}" if output is not None else f" --org {org}" if org else ""
        said = text("aangemaakt-leeg", lang, pad=shown, doel=target)
    else:
        said = text("aangemaakt", lang, pad=shown, aantal=new.carried)
    stdout_console().print(said, markup=False)
    if new.versions is not None:
        from nhnorm_cli.render.crossing import print_to_answer

        print_to_answer(stdout_console(), new.versions, new.to_answer, lang)
    if not new.schema_found:
        stderr_console().print(text("schema-tip", lang), markup=False)
