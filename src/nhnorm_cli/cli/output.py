"""Where a command's result goes: stdout, or a file that is never overwritten unasked."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import echo, stderr_console
from nhnorm_cli.errors import Problem, usage_error
from nhnorm_cli.messages import text

STDOUT = Path("-")


def emit(content: str | bytes, output: Path | None, *, force: bool) -> None:
    """Text to stdout without --output (or with `-o -`); otherwise an atomic write that refuses
    to clobber."""
    if output is None and isinstance(content, bytes):
        raise usage_error("OUTPUT-VERPLICHT")
    data = content.encode("utf-8") if isinstance(content, str) else content
    if output is None:
        echo(str(content), nl=False)
        return
    write_file(output, data, force=force)


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
    from nhnorm_cli.files.atomicwrite import is_stream

    if not force and output.exists() and not is_stream(output, os.stat(output)):
        raise usage_error("BESTAAT-AL", pad=str(output))


def write_file(output: Path, data: bytes, *, force: bool) -> None:
    """Refuse a folder and, without force, an existing file; then write all or nothing."""
    from nhnorm_cli.files.atomicwrite import write_atomic

    if output == STDOUT:  # text without raw control characters; a workbook as it is
        try:
            echo(data.decode("utf-8"), nl=False)
        except UnicodeDecodeError:  # a workbook: bytes for a pipe, not text for a terminal
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        return
    check_output(output, force=force)
    written = write_atomic(output, data, overwrite=force)  # a race for `output` is BESTAAT-AL too
    show_problems(written.notes())
    if not written.streamed:
        stderr_console().print(text("geschreven", current_lang(), pad=output), markup=False)


def show_problems(problems: Iterable[Problem]) -> None:
    """Warnings (or refused changes) on stderr, in the language of the run."""
    from nhnorm_cli.render.problems_text import print_problems

    print_problems(stderr_console(), problems, current_lang())


def changed_line(display: str, changed: list[str]) -> str:
    """`set`/`fill`: `assessments/2026.yaml: bijgewerkt: 2.7, status`."""
    lang = current_lang()
    return text("bijgewerkt", lang, pad=display, wat=", ".join(changed) or text("niets", lang))
