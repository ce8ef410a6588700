"""Options shared by several commands, and the per-run consoles."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from nhnorm_cli.source.dates import DATE_FORMATS

if TYPE_CHECKING:  # rich is imported when a command first prints, not at start-up
    from rich.console import Console


class TextOrJson(StrEnum):
    text = "text"
    json = "json"


PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="PAD",
        help="Bestanden of mappen met zelfevaluaties (standaard: ./assessments).",
        show_default=False,
    ),
]
YearOption = Annotated[int | None, typer.Option("--year", metavar="JAAR", help="Alleen dit jaar.")]
OrgOption = Annotated[
    str | None, typer.Option("--org", metavar="ORG", help="Alleen deze organisatie (slug, bijv. zeedorp).")
]
# --year where a command needs exactly one year (`report`, `export`).
AssessmentYearOption = Annotated[
    int, typer.Option("--year", metavar="JAAR", help="Het jaar van de zelfevaluatie.")
]
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", metavar="BESTAND", help="Schrijf naar dit bestand (standaard: stdout)."),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Een bestaand bestand overschrijven.")]
# Where `init`, `set` and `fill` look for assessments; hidden: nhnorm.toml's `assessments` sets it.
AssessmentsOption = Annotated[
    Path, typer.Option("--assessments", metavar="MAP", help="Map met zelfevaluaties.", hidden=True)
]
# Which file `set` and `fill` edit.
EditYearOption = Annotated[
    int | None,
    typer.Option("--year", metavar="JAAR", help="Jaar van de zelfevaluatie (standaard: het nieuwste)."),
]
EditOrgOption = Annotated[
    str | None,
    typer.Option("--org", metavar="ORG", help="Organisatie (map in assessments/), bij meer organisaties."),
]
FileOption = Annotated[
    Path | None,
    typer.Option(
        "--file", metavar="BESTAND", help="Dit bestand (in plaats van --year/--org).", show_default=False
    ),
]
ExcelOption = Annotated[
    bool,
    typer.Option(
        "--excel",
        help="CSV voor Nederlandse Excel: puntkomma's, decimale komma, UTF-8 met BOM "
        "(zonder: komma's en decimale punt, voor pandas, R en Power BI).",
    ),
]
TemplatesOption = Annotated[
    Path | None,
    typer.Option(
        "--templates", metavar="MAP", help="Map met eigen sjablonen (huisstijl, logo) die voorgaan."
    ),
]


def date_option(flag: str, help_text: str) -> Any:
    """A date option, ISO (JJJJ-MM-DD) or Dutch (DD-MM-JJJJ); typer gives a datetime, the caller
    takes .date()."""
    return typer.Option(flag, formats=DATE_FORMATS, metavar="JJJJ-MM-DD", help=help_text)


def templates_folder(templates: Path | None) -> Path | None:
    """--templates must name an existing folder (a typo would silently give the default look)."""
    if templates is not None and not templates.is_dir():
        from nhnorm_cli.files.pathkind import unusable

        raise unusable(templates, want_folder=True)
    return templates


def echo(text: str, *, nl: bool = True, err: bool = False) -> None:
    """typer.echo for text that may hold anything a user wrote (Markdown, CSV, JSON, YAML): no
    control character reaches the terminal raw."""
    from nhnorm_cli.source.controlchars import inert

    typer.echo(inert(text), nl=nl, err=err)


def stdout_console(*, soft_wrap: bool = True) -> Console:
    """A console for results; made per run so tests capture it. Colour only on a terminal;
    soft_wrap keeps diagnostic lines whole for editors and CI."""
    from nhnorm_cli.cli.safeconsole import SafeConsole

    return SafeConsole(soft_wrap=soft_wrap, highlight=False)


def stderr_console() -> Console:
    from nhnorm_cli.cli.safeconsole import SafeConsole

    return SafeConsole(stderr=True, soft_wrap=True, highlight=False)
