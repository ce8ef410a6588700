"""The Typer app, its global options and the one error boundary every command goes through."""

from __future__ import annotations

import functools
import os
import traceback
from collections.abc import Callable
from contextvars import ContextVar
from typing import Annotated, Any, TypeVar

import click
import typer
from rich.console import Console

import nhnorm_cli
from nhnorm_cli.errors import ExitCode, NhnormError
from nhnorm_cli.render.problems import print_problems

app = typer.Typer(
    name="nhnorm",
    help="De Noord-Hollandse Norm Weerbare Overheid: zelfevaluaties valideren, scoren, "
    "vergelijken en rapporteren.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])
# Set by the root callback. Not read from click's current context: typer >= 0.20 vendors its own
# click, so `click.get_current_context()` is None inside a command.
_DEBUG: ContextVar[bool] = ContextVar("nhnorm_debug", default=False)
# Exceptions click/typer turn into their own usage messages; typer's vendored click has its own.
_CLI_EXCEPTIONS: tuple[type[BaseException], ...] = (
    typer.Exit,
    typer.Abort,
    click.exceptions.Exit,
    click.exceptions.ClickException,
    click.exceptions.Abort,
    getattr(typer, "TyperException", click.exceptions.ClickException),
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"nhnorm {nhnorm_cli.__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", help="Toon de volledige traceback bij een interne fout.", envvar="NHNORM_DEBUG"
        ),
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Toon de versie en stop.")
    ] = False,
) -> None:
    """De Noord-Hollandse Norm Weerbare Overheid in git: valideren, scoren, vergelijken, rapporteren."""
    _DEBUG.set(debug)


def debug_requested(argv: list[str]) -> bool:
    return "--debug" in argv or os.environ.get("NHNORM_DEBUG") == "1"


def _debug_enabled() -> bool:
    return _DEBUG.get() or os.environ.get("NHNORM_DEBUG") == "1"


def handle_errors(command: F) -> F:
    """Map NhnormError to its exit code and anything else (a bug) to one line and exit 3."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        lang = kwargs.get("lang") or os.environ.get("NHNORM_LANG", "nl")
        err = Console(stderr=True, soft_wrap=True)
        try:
            return command(*args, **kwargs)
        except NhnormError as exc:
            print_problems(err, exc.problems, lang)
            raise typer.Exit(int(exc.exit_code)) from None
        except _CLI_EXCEPTIONS:
            raise
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        except Exception as exc:  # the boundary: a crash is a bug, reported in one line
            if _debug_enabled():
                err.print(traceback.format_exc(), markup=False, highlight=False)
            what = f"{type(exc).__name__}: {exc}"
            if lang == "en":
                line = f"nhnorm: internal error (a bug in nhnorm): {what}. Run again with --debug."
            else:
                line = f"nhnorm: interne fout (een bug in nhnorm): {what}. Draai opnieuw met --debug."
            err.print(line, markup=False, highlight=False)
            raise typer.Exit(int(ExitCode.INTERNAL)) from None

    return wrapper  # type: ignore[return-value]
