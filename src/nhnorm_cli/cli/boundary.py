"""The one error boundary: every command, the root callback (nhnorm.toml) and the building of the CLI
go through here. NhnormError becomes its problems and its exit code; anything else is a bug: one
line and exit 3 (`--debug` or NHNORM_DEBUG=1 adds the traceback), so CI tells a crash from bad input."""

from __future__ import annotations

import os
import sys
import traceback
from typing import Any

import typer
from typer._click.core import Context
from typer.core import TyperGroup

from nhnorm_cli.cli.language import command_lang_option, current_lang
from nhnorm_cli.errors import ExitCode, NhnormError

DEBUG_KEY = "nhnorm.debug"


class NhnormGroup(TyperGroup):
    """nhnorm's command group: each command also takes `--lang`, and invoking goes through the boundary."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        lang = command_lang_option()
        for command in self.commands.values():
            command.params.append(lang)

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except NhnormError as exc:
            _report_problems(exc, current_lang(ctx))
            raise typer.Exit(int(exc.exit_code)) from None
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except Exception as exc:  # the boundary: a crash is a bug, reported in one line
            report_bug(exc, current_lang(ctx), debug=bool(ctx.meta.get(DEBUG_KEY)))
            raise typer.Exit(int(ExitCode.INTERNAL)) from None


def _report_problems(exc: NhnormError, lang: str) -> None:
    from nhnorm_cli.cli.options import stderr_console  # rich: only when there is something to say
    from nhnorm_cli.render.problems_text import print_problems

    print_problems(stderr_console(), exc.problems, lang)


def report_bug(exc: BaseException, lang: str, *, debug: bool) -> None:
    """One line on stderr (the traceback first with --debug); plain print, so it works even when
    the failure is in nhnorm's own rendering."""
    from nhnorm_cli.messages import text

    if debug or os.environ.get("NHNORM_DEBUG") == "1":
        traceback.print_exception(exc, file=sys.stderr)
    print(text("interne-fout", lang, wat=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
