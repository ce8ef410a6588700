"""`nhnorm init`: start next year's assessment, optionally from last year's answers."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from nhnorm_cli.answers import checked_code
from nhnorm_cli.cli.app import app, handle_errors
from nhnorm_cli.cli.options import AssessmentsOption, LangOption, date_option, stderr_console, stdout_console
from nhnorm_cli.discovery import DEFAULT_DIR, display_path
from nhnorm_cli.newyear import prepare
from nhnorm_cli.safewrite import write_bytes


class Soort(StrEnum):
    gemeente = "gemeente"
    provincie = "provincie"


@app.command("init")
@handle_errors
def init(
    year: Annotated[int, typer.Option("--year", help="Jaar van de nieuwe zelfevaluatie.")],
    source_year: Annotated[
        int | None, typer.Option("--from", help="Neem de antwoorden over uit dit jaar (open acties ook).")
    ] = None,
    org: Annotated[
        str | None, typer.Option("--org", help="Organisatie: de map assessments/<org>/ (bijv. zeedorp).")
    ] = None,
    naam: Annotated[str | None, typer.Option("--naam", help='Naam, bijv. "Gemeente Zeedorp".')] = None,
    soort: Annotated[Soort | None, typer.Option("--soort", help="gemeente of provincie.")] = None,
    code: Annotated[str | None, typer.Option("--code", help="CBS-code, bijv. GM0400 of PV27.")] = None,
    riec: Annotated[str | None, typer.Option("--riec", help="Het RIEC van de organisatie.")] = None,
    peildatum: Annotated[
        datetime | None, date_option("--peildatum", "Datum van de meting (standaard: vandaag).")
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Schrijf naar dit pad.")] = None,
    assessments: AssessmentsOption = DEFAULT_DIR,
    lang: LangOption = "nl",  # type: ignore[assignment]
) -> None:
    """Maak de zelfevaluatie van een nieuw jaar aan: alle normen op volgorde, status concept."""
    new = prepare(
        year,
        peildatum=peildatum.date() if peildatum else date.today(),
        source_year=source_year,
        org=org,
        naam=naam,
        soort=soort.value if soort else None,
        code=checked_code(code),
        riec=riec,
        output=output,
        assessments=assessments,
    )
    write_bytes(new.path, new.text.encode("utf-8"), overwrite=False)  # a race for the file is BESTAAT-AL too
    shown = display_path(new.path)
    if lang == "en":
        stdout_console().print(f"{shown} created ({new.carried} answers carried over)", markup=False)
    else:
        stdout_console().print(f"{shown} aangemaakt ({new.carried} antwoorden overgenomen)", markup=False)
    if not new.schema_found:
        hint = (
            "Tip: write the schema for editor support with `nhnorm schema -o schemas`."
            if lang == "en"
            else "Tip: schrijf het schema voor hulp in uw editor met `nhnorm schema -o schemas`."
        )
        stderr_console().print(hint, markup=False)
