"""The Typer app, its global options and the one error boundary every command goes through."""

from __future__ import annotations

import functools
import os
import traceback
from collections.abc import Callable
from contextvars import ContextVar
from typing import Annotated, Any, TypeVar

import typer

import nhnorm_cli
from nhnorm_cli.cli.configure import apply_config
from nhnorm_cli.cli.options import stderr_console
from nhnorm_cli.controlchars import visible
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


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"nhnorm {nhnorm_cli.__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
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
    _debug.set(debug)
    apply_config(ctx)  # nhnorm.toml, when the repository has one


def debug_requested(argv: list[str]) -> bool:
    return "--debug" in argv or os.environ.get("NHNORM_DEBUG") == "1"


# Recent typer versions vendor click (typer._click): the separate `click` package is not installed with
# nhnorm and would not see typer's contexts, so the root callback records --debug here.
_debug: ContextVar[bool] = ContextVar("nhnorm_debug", default=False)


def _debug_enabled() -> bool:
    return _debug.get() or os.environ.get("NHNORM_DEBUG") == "1"


def handle_errors(command: F) -> F:
    """Map NhnormError to its exit code and anything else (a bug) to one line and exit 3."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        lang = kwargs.get("lang") or os.environ.get("NHNORM_LANG", "nl")
        err = stderr_console()
        try:
            return command(*args, **kwargs)
        except NhnormError as exc:
            print_problems(err, exc.problems, lang)
            raise typer.Exit(int(exc.exit_code)) from None
        except (typer.Exit, typer.TyperException, typer.Abort):
            raise
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        except Exception as exc:  # the boundary: a crash is a bug, reported in one line
            if _debug_enabled():
                err.print(traceback.format_exc(), markup=False, highlight=False)
            what = visible(f"{type(exc).__name__}: {exc}", one_line=True)
            if lang == "en":
                line = f"nhnorm: internal error (a bug in nhnorm): {what}. Run again with --debug."
            else:
                line = f"nhnorm: interne fout (een bug in nhnorm): {what}. Draai opnieuw met --debug."
            err.print(line, markup=False, highlight=False)
            raise typer.Exit(int(ExitCode.INTERNAL)) from None

    return wrapper  # type: ignore[return-value]
