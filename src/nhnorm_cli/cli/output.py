"""Where a command's result goes: stdout, or a file that is never overwritten unasked."""

from __future__ import annotations

import stat
from pathlib import Path

import typer

from nhnorm_cli.cli.options import stderr_console
from nhnorm_cli.errors import Location, Problem, Severity, usage_error
from nhnorm_cli.render.problems import print_problems
from nhnorm_cli.safewrite import Written, real_path, write_bytes

STDOUT = Path("-")


def emit(content: str | bytes, output: Path | None, *, force: bool, lang: str = "nl") -> None:
    """Text to stdout without --output (or with `-o -`); otherwise an atomic write that refuses
    to clobber."""
    if output is None or output == STDOUT:
        if isinstance(content, bytes) and output is None:
            raise usage_error("OUTPUT-VERPLICHT")
        typer.echo(content, nl=False)
        return
    data = content.encode("utf-8") if isinstance(content, str) else content
    write_file(output, data, force=force, lang=lang)


def check_output(output: Path, *, force: bool, example: Path | None = None) -> None:
    """Refuse a folder (suggesting `example` inside it when given) and, without force, an
    existing file. A device or FIFO (`/dev/stdout`) is streamed to, so it needs no --force.
    Commands that work long call this first as well, so they fail fast."""
    if output == STDOUT:
        return
    if output.is_dir():
        if example is not None:
            raise usage_error("UITVOER-IS-MAP", pad=str(output), voorbeeld=str(example))
        raise usage_error("IS-MAP", pad=str(output))
    if not force and output.exists() and stat.S_ISREG(real_path(output).stat().st_mode):
        raise usage_error("BESTAAT-AL", pad=str(output))


def write_file(output: Path, data: bytes, *, force: bool, lang: str = "nl") -> None:
    """Refuse a folder and, without force, an existing file; then write all or nothing."""
    if output == STDOUT:
        typer.echo(data, nl=False)
        return
    check_output(output, force=force)
    written = write_bytes(output, data, overwrite=force)  # a race for `output` is BESTAAT-AL too
    report_written(written, lang)
    if not written.streamed:
        stderr_console().print(f"{output} {'written' if lang == 'en' else 'geschreven'}", markup=False)


def report_written(written: Written, lang: str) -> None:
    """Say so when a symbolic link was followed: the file that changed is its target."""
    if written.link is not None:
        params = {"pad": str(written.link), "doel": str(written.target)}
        note = Problem(Location(""), "KOPPELING-GEVOLGD", Severity.WARNING, params)
        print_problems(stderr_console(), [note], lang)
