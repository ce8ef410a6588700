"""`nhnorm import`: a filled-in workbook back into an assessment YAML."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from nhnorm_cli.cli.options import echo
from nhnorm_cli.cli.output import write_file
from nhnorm_cli.discovery import display_path
from nhnorm_cli.errors import usage_error
from nhnorm_cli.pathkind import unusable


def import_command(
    workbook: Annotated[
        Path,
        typer.Argument(
            metavar="BESTAND.xlsx|BESTAND.csv",
            help="Het ingevulde werkboek, of een CSV van export --format csv (dan met --output).",
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="BESTAND",
            help="Schrijf de zelfevaluatie hierheen; zonder: naar stdout. Een bestaande zelfevaluatie "
            "wordt alleen met --force bijgewerkt (commentaar en volgorde blijven staan).",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Een bestaande zelfevaluatie bijwerken met het werkboek.")
    ] = False,
) -> None:
    """Lees een ingevuld implementatieoverzicht (xlsx, of csv) in als zelfevaluatie (YAML)."""
    if not workbook.is_file():
        raise unusable(workbook)
    if output is not None and output.exists() and not force:
        raise usage_error("BIJWERKEN-MET-FORCE", pad=str(output))
    from nhnorm_cli.workbook.importing import import_workbook  # openpyxl only when importing (start-up time)

    shown = display_path(output) if output is not None else "<stdout>"
    yaml_text = import_workbook(workbook, display_path(workbook), output, shown)
    if output is None:
        echo(yaml_text, nl=False)
    else:
        write_file(output, yaml_text.encode("utf-8"), force=force)
