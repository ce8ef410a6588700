"""`nhnorm schema`: write the JSON Schemas for editors (yaml-language-server) and CI."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from nhnorm_cli.cli.app import app, handle_errors
from nhnorm_cli.cli.options import LangOption, stderr_console
from nhnorm_cli.cli.output import report_written
from nhnorm_cli.errors import usage_error
from nhnorm_cli.norm import latest_version, load_norm
from nhnorm_cli.safewrite import write_bytes
from nhnorm_cli.schemas import SCHEMA_FILES, assessment_schema, dumps, norm_schema


@app.command()
@handle_errors
def schema(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Map om de schema's in te schrijven; zonder: het zelfevaluatieschema op stdout.",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Bestaande schema's overschrijven.")] = False,
    lang: LangOption = "nl",  # type: ignore[assignment]
) -> None:
    """Schrijf de JSON Schema's van zelfevaluatie en norm (met Nederlandse uitleg voor editors)."""
    texts = {
        SCHEMA_FILES["assessment"]: dumps(assessment_schema(load_norm(latest_version()))),
        SCHEMA_FILES["norm"]: dumps(norm_schema()),
    }
    if output is None:
        typer.echo(texts[SCHEMA_FILES["assessment"]], nl=False)
        return
    if not force:
        for name in texts:
            if (output / name).exists():
                raise usage_error("BESTAAT-AL", pad=str(output / name))
    for name, text in texts.items():
        report_written(write_bytes(output / name, text.encode("utf-8"), overwrite=force), lang)
        stderr_console().print(f"{output / name}", markup=False)
