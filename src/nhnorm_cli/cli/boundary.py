"""The one error boundary: every command, the root callback (nhnorm.toml) and the building of the CLI
go through here. NhnormError becomes its problems and its exit code; anything else is a bug: one
line and exit 3 (`--debug` or NHNORM_DEBUG=1 adds the traceback), so CI tells a crash from bad input."""

from __future__ import annotations

import errno
import os
import sys
import traceback
from collections.abc import Sequence
from typing import Any

import typer
from typer._click.core import Context
from typer._click.exceptions import NoArgsIsHelpError, UsageError
from typer._click.formatting import HelpFormatter
from typer._click.utils import make_default_short_help
from typer.core import TyperGroup

from nhnorm_cli.cli.helpformat import ContextInLanguage
from nhnorm_cli.cli.language import command_lang_option, current_lang, lang_of_run, remember_arguments
from nhnorm_cli.errors import ExitCode, Location, NhnormError, Problem
from nhnorm_cli.messages import help_text, text

DEBUG_KEY = "nhnorm.debug"


class NhnormGroup(TyperGroup):
    """nhnorm's command group: each command also takes `--lang`, and invoking goes through the boundary."""

    context_class = ContextInLanguage

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        lang = command_lang_option()
        for command in self.commands.values():
            command.params.append(lang)
            command.context_class = ContextInLanguage

    def format_commands(self, ctx: Context, formatter: HelpFormatter) -> None:
        """The command list with each command's first sentence in the language of the run."""
        rows = [(name, command.help or "") for name, command in self.commands.items() if not command.hidden]
        if not rows:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in rows)
        lang = lang_of_run(ctx)
        with formatter.section("Commands"):
            formatter.write_dl(
                [(name, make_default_short_help(help_text(text, lang), limit)) for name, text in rows]
            )

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """typer's own main, with its usage errors told as one nhnorm problem line (exit 2)."""
        try:
            result = super().main(
                args, prog_name, complete_var, False, windows_expand_args=windows_expand_args, **extra
            )
        except UsageError as exc:  # in nhnorm's own options, before any --lang is known
            if not standalone_mode:
                raise
            if isinstance(exc, NoArgsIsHelpError):  # `nhnorm` alone: the help
                exc.show()
                sys.exit(exc.exit_code)
            _report_usage(exc, current_lang(exc.ctx))
            sys.exit(int(ExitCode.USAGE))
        except typer.Abort:  # e.g. end of input at a prompt
            if not standalone_mode:
                raise
            print(text("afgebroken", current_lang()), file=sys.stderr)
            sys.exit(1)
        if not standalone_mode:
            return result
        sys.exit(result if isinstance(result, int) else 0)

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        remember_arguments(ctx, args)  # `nhnorm --help --lang en`: --help is read first
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx: Context, args: list[str]) -> Any:
        remember_arguments(ctx, args)
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except NhnormError as exc:  # also a broken nhnorm.toml, read before the command's --lang
            _report_problems(exc, lang_of_run(ctx))
            raise typer.Exit(int(exc.exit_code)) from None
        except UsageError as exc:  # in a command's options: the run's language is known here
            if isinstance(exc, NoArgsIsHelpError):
                raise
            _report_usage(exc, lang_of_run(ctx))
            raise typer.Exit(int(ExitCode.USAGE)) from None
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except BrokenPipeError:  # `nhnorm norm -f oscal | head`: the reader left; no bug, nothing to say
            _silence_stdout()
            raise typer.Exit(PIPE_CLOSED) from None
        except Exception as exc:  # the boundary: a crash is a bug, reported in one line
            if isinstance(exc, OSError) and exc.errno in _NO_ROOM:  # no bug: say where it did not fit
                _silence_stdout()
                params = {
                    "pad": exc.filename or "stdout",
                    "reden": exc.strerror or str(exc),
                    "errno": exc.errno,
                }
                problem = Problem(Location(""), "SCHRIJVEN-MISLUKT", params=params)
                _report_problems(NhnormError(problem), current_lang(ctx))
                raise typer.Exit(int(ExitCode.USAGE)) from None
            report_bug(exc, current_lang(ctx), debug=bool(ctx.meta.get(DEBUG_KEY)))
            raise typer.Exit(int(ExitCode.INTERNAL)) from None


# A write that did not fit: files nhnorm writes report it themselves (atomicwrite), so at the boundary
# it is the output (`nhnorm validate > /dev/full`, a full disk or quota), never a bug.
_NO_ROOM = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}

# What a Unix tool killed by SIGPIPE exits with (128 + 13), so `set -o pipefail` sees it as usual.
PIPE_CLOSED = 141


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the flush at exit does not fail on the closed pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (an in-process test runner)
        pass


def _report_problems(exc: NhnormError, lang: str) -> None:
    from nhnorm_cli.cli.options import stderr_console  # rich: only when there is something to say
    from nhnorm_cli.render.problems_text import print_problems

    print_problems(stderr_console(), exc.problems, lang)


def _report_usage(exc: UsageError, lang: str) -> None:
    from nhnorm_cli.cli.usage import usage_problem

    _report_problems(NhnormError(usage_problem(exc)), lang)


def report_bug(exc: BaseException, lang: str, *, debug: bool) -> None:
    """One line on stderr (the traceback first with --debug); plain print, so it works even when
    the failure is in nhnorm's own rendering."""
    if debug or os.environ.get("NHNORM_DEBUG") == "1":
        traceback.print_exception(exc, file=sys.stderr)
    from nhnorm_cli.source.controlchars import visible

    what = visible(f"{type(exc).__name__}: {exc}", one_line=True)  # one line, no terminal escapes
    print(text("interne-fout", lang, wat=what), file=sys.stderr)
