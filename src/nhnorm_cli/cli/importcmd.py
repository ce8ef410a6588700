"""`nhnorm import`: a filled-in workbook back into an assessment YAML."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from nhnorm_cli.adoption import reopen_command
from nhnorm_cli.cli.app import app, handle_errors
from nhnorm_cli.cli.options import LangOption, stderr_console
from nhnorm_cli.cli.output import emit, report_written
from nhnorm_cli.discovery import display_path
from nhnorm_cli.errors import usage_error


@app.command("import")
@handle_errors
def import_command(
    workbook: Annotated[Path, typer.Argument(metavar="FILE.xlsx", help="Het ingevulde werkboek.")],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Schrijf de zelfevaluatie hierheen; zonder: naar stdout. Een bestaande zelfevaluatie "
            "wordt alleen met --force bijgewerkt (commentaar en volgorde blijven staan).",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Een bestaande zelfevaluatie bijwerken met het werkboek.")
    ] = False,
    lang: LangOption = "nl",  # type: ignore[assignment]
) -> None:
    """Lees een ingevuld implementatieoverzicht (xlsx) in als zelfevaluatie (YAML)."""
    if not workbook.is_file():
        raise usage_error("PAD-BESTAAT-NIET", pad=str(workbook))
    if output is not None and output.exists() and not force:
        raise usage_error("BIJWERKEN-MET-FORCE", pad=str(output))
    # openpyxl only when importing (start-up time)
    from nhnorm_cli.importing import import_into, import_workbook

    if output is not None and output.is_file():  # --force: an update of the assessment on disk
        shown = display_path(output)
        reopen = reopen_command(year=None, org=None, file=shown)
        saved = import_into(workbook, display_path(workbook), output, shown, reopen)
        if saved.written is not None:
            report_written(saved.written, lang)
        stderr_console().print(f"{shown} {'written' if lang == 'en' else 'geschreven'}", markup=False)
        return
    shown = display_path(output) if output is not None else "<stdout>"
    emit(import_workbook(workbook, display_path(workbook), shown), output, force=force, lang=lang)
