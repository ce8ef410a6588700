"""`nhnorm import`: a filled-in workbook back into an assessment YAML."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from nhnorm_cli.cli.app import app, handle_errors
from nhnorm_cli.cli.options import LangOption, stderr_console
from nhnorm_cli.cli.output import write_file
from nhnorm_cli.discovery import display_path
from nhnorm_cli.errors import ExitCode, usage_error
from nhnorm_cli.region.settings import load_register
from nhnorm_cli.render.problems import print_problems


@app.command("import")
@handle_errors
def import_command(
    workbooks: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILE.xlsx ...",
            help="Het ingevulde werkboek; met --into een of meer werkboeken.",
            show_default=False,
        ),
    ],
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
    into: Annotated[
        Path | None,
        typer.Option(
            "--into",
            help="Zet elk werkboek in MAP/<slug>/<jaar>.yaml (slug uit het register of de naam); "
            "overschrijft nooit.",
        ),
    ] = None,
    lang: LangOption = "nl",  # type: ignore[assignment]
) -> None:
    """Lees ingevulde implementatieoverzichten (xlsx) in als zelfevaluaties (YAML)."""
    if into is not None:
        if output is not None or force:
            raise usage_error("INTO-ZONDER-OUTPUT")
        _import_many(workbooks, into, lang)
        return
    if len(workbooks) != 1:
        raise usage_error("MEERDERE-WERKBOEKEN", aantal=len(workbooks))
    workbook = workbooks[0]
    if not workbook.is_file():
        raise usage_error("PAD-BESTAAT-NIET", pad=str(workbook))
    if output is not None and output.exists() and not force:
        raise usage_error("BIJWERKEN-MET-FORCE", pad=str(output))
    from nhnorm_cli.importing import import_workbook  # openpyxl only when importing (start-up time)

    shown = display_path(output) if output is not None else "<stdout>"
    text = import_workbook(workbook, display_path(workbook), output, shown)
    if output is None:
        typer.echo(text, nl=False)
    else:
        write_file(output, text.encode("utf-8"), force=force, lang=lang)


def _import_many(workbooks: list[Path], into: Path, lang: str) -> None:
    """Bulk intake: each workbook placed or refused with its problems; exit 1 when any failed."""
    from nhnorm_cli.region.bulkimport import import_into  # openpyxl only when importing

    register = load_register(required=False)
    placed = import_into(workbooks, into, register)
    err = stderr_console()
    for item in placed:
        print_problems(err, item.problems, lang)
        if item.target is not None:
            err.print(f"{item.workbook} → {item.target}", markup=False)
    failed = sum(item.failed for item in placed)
    err.print(import_summary(len(placed), failed, lang), markup=False)
    if failed:
        raise typer.Exit(int(ExitCode.INVALID))


def import_summary(total: int, failed: int, lang: str) -> str:
    if lang == "en":
        return f"{total} workbook(s): {total - failed} imported, {failed} not imported (see above)"
    return f"{total} werkboek(en): {total - failed} ingelezen, {failed} niet ingelezen (zie hierboven)"
