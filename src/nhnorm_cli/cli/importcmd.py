"""`nhnorm import`: filled-in workbooks back into assessment YAML: one to a path or stdout, or many
at once into assessments/<slug>/<jaar>.yaml (the workbooks that come in by e-mail)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from nhnorm_cli.cli.configure import repository
from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import stderr_console
from nhnorm_cli.cli.output import emit, show_problems
from nhnorm_cli.errors import ExitCode, usage_error
from nhnorm_cli.files.discovery import display_path
from nhnorm_cli.files.pathkind import unusable
from nhnorm_cli.messages import text


def import_command(
    workbooks: Annotated[
        list[Path],
        typer.Argument(
            metavar="BESTAND.xlsx|BESTAND.csv",
            help="Het ingevulde werkboek, of een CSV van export --format csv (dan met --output); met "
            "--into een of meer werkboeken.",
            show_default=False,
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
    into: Annotated[
        Path | None,
        typer.Option(
            "--into",
            metavar="MAP",
            help="Zet elk werkboek in MAP/<slug>/<jaar>.yaml (slug uit het register of de naam); "
            "overschrijft nooit.",
        ),
    ] = None,
) -> None:
    """Lees ingevulde implementatieoverzichten (xlsx, of csv) in als zelfevaluaties (YAML)."""
    if into is not None:
        if output is not None or force:
            raise usage_error("INTO-ZONDER-OUTPUT")
        _import_many(workbooks, into)
        return
    if len(workbooks) != 1:
        raise usage_error("MEERDERE-WERKBOEKEN", aantal=len(workbooks))
    workbook = workbooks[0]
    if not workbook.is_file():
        raise unusable(workbook)
    if output is not None and output.exists() and not force:
        raise usage_error("BIJWERKEN-MET-FORCE", pad=str(output))
    # openpyxl only when importing (start-up time)
    from nhnorm_cli.editing.adoption import reopen_command
    from nhnorm_cli.workbook.importing import import_into_file, import_workbook

    if output is not None and output.is_file():  # --force: an update of the assessment on disk
        shown = display_path(output)
        reopen = reopen_command(year=None, org=None, file=shown)
        saved = import_into_file(workbook, display_path(workbook), output, shown, reopen)
        if saved.written is not None:
            show_problems(saved.written.notes())
        stderr_console().print(text("geschreven", current_lang(), pad=shown), markup=False)
        return
    shown = display_path(output) if output is not None else "<stdout>"
    emit(import_workbook(workbook, display_path(workbook), shown), output, force=force)


def _import_many(workbooks: list[Path], into: Path) -> None:
    """Bulk intake: each workbook placed or refused with its problems; exit 1 when any failed."""
    from nhnorm_cli.region.settings import load_register
    from nhnorm_cli.workbook.bulk_import import import_into_folder  # openpyxl only when importing

    lang = current_lang()
    placed = import_into_folder(workbooks, into, load_register(repository(), required=False))
    err = stderr_console()
    for item in placed:
        show_problems(item.problems)
        if item.target is not None:
            err.print(f"{item.workbook} → {item.target}", markup=False)
    failed = sum(item.failed for item in placed)
    summary = "ingelezen" if failed else "ingelezen-alle"  # "(zie hierboven)" only when there is something
    err.print(text(summary, lang, aantal=len(placed), goed=len(placed) - failed, fout=failed), markup=False)
    if failed:
        raise typer.Exit(int(ExitCode.INVALID))
