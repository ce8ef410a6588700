"""`nhnorm schema`: write the JSON Schemas for editors (yaml-language-server) and CI."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Annotated

import typer

from nhnorm_cli.cli.options import stderr_console
from nhnorm_cli.cli.output import show_problems
from nhnorm_cli.errors import Problem, usage_error


def schema(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="MAP",
            help="Map om de schema's in te schrijven; zonder: het zelfevaluatieschema op stdout.",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Bestaande schema's overschrijven.")] = False,
) -> None:
    """Schrijf de JSON Schema's van zelfevaluatie, norm en register (met Nederlandse uitleg voor editors)."""
    from nhnorm_cli.files.atomicwrite import write_atomic
    from nhnorm_cli.formats.json import json_text
    from nhnorm_cli.formats.schemas import (
        SCHEMA_FILES,
        assessment_schema,
        mapping_schema,
        norm_schema,
        register_schema,
    )
    from nhnorm_cli.versions.norms import latest_version, load_norm

    texts = {
        SCHEMA_FILES["assessment"]: json_text(assessment_schema(load_norm(latest_version()))),
        SCHEMA_FILES["norm"]: json_text(norm_schema()),
        SCHEMA_FILES["mapping"]: json_text(mapping_schema()),
        SCHEMA_FILES["register"]: json_text(register_schema()),
    }
    if output is None:
        typer.echo(texts[SCHEMA_FILES["assessment"]], nl=False)
        return
    if not force:
        for name in texts:
            if (output / name).exists():
                raise usage_error("BESTAAT-AL", pad=str(output / name))
    folders = _missing_folders(output)
    new_files: list[Path] = []
    notes: list[Problem] = []
    try:  # all four or none: a full disk halfway leaves no stray schema and no empty folder
        for name, text in texts.items():
            existed = os.path.lexists(output / name)
            notes += write_atomic(output / name, text, overwrite=force).notes()
            if not existed:
                new_files.append(output / name)
    except BaseException:
        _undo(new_files, folders)
        raise
    show_problems(notes)
    for name in texts:
        stderr_console().print(f"{output / name}", markup=False)


def _missing_folders(folder: Path) -> list[Path]:
    """`folder` and those of its parents that do not exist yet, deepest first."""
    missing = []
    while not os.path.lexists(folder) and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def _undo(files: list[Path], folders: list[Path]) -> None:
    """Remove what this run created; a folder that is not empty (someone else's file) stays."""
    for path in files:
        with contextlib.suppress(OSError):
            path.unlink()
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.rmdir()
