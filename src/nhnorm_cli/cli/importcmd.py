"""`nhnorm import`: a filled-in workbook back into an assessment YAML."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import stderr_console
from nhnorm_cli.cli.output import emit, show_problems
from nhnorm_cli.discovery import display_path
from nhnorm_cli.errors import usage_error
from nhnorm_cli.messages import text
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
    # openpyxl only when importing (start-up time)
    from nhnorm_cli.editing.adoption import reopen_command
    from nhnorm_cli.workbook.importing import import_into, import_workbook

    if output is not None and output.is_file():  # --force: an update of the assessment on disk
        shown = display_path(output)
        reopen = reopen_command(year=None, org=None, file=shown)
        saved = import_into(workbook, display_path(workbook), output, shown, reopen)
        if saved.written is not None:
            show_problems(saved.written.notes())
        stderr_console().print(text("geschreven", current_lang(), pad=shown), markup=False)
        return
    shown = display_path(output) if output is not None else "<stdout>"
    emit(import_workbook(workbook, display_path(workbook), shown), output, force=force)
