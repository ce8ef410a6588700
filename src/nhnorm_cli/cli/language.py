"""The language of one run, set once: `nhnorm --lang en CMD`, `nhnorm CMD --lang en`, NHNORM_LANG or
nhnorm.toml's `taal` (in that order of precedence), kept in the click context of the run."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer
from typer._click.core import Context, Parameter  # typer vendors click; `click` would not see its contexts
from typer._click.globals import get_current_context

_KEY = "nhnorm.lang"
HELP = "Taal van meldingen: nl of en."


class Lang(StrEnum):
    nl = "nl"
    en = "en"


def set_lang(ctx: Context, lang: str) -> None:
    ctx.meta[_KEY] = lang


def current_lang(ctx: Context | None = None) -> str:
    """The language of the running command; Dutch outside a run or before it is known."""
    ctx = ctx or get_current_context(silent=True)
    return str(ctx.meta.get(_KEY, "nl")) if ctx is not None else "nl"


def lang_on_command_line(args: list[str]) -> str | None:
    """`--lang X` or `--lang=X` among a command's arguments, for telling a usage error that click
    found before it reached --lang (`nhnorm diff --frm 2025 --lang en`)."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = args[i + 1] if arg == "--lang" and i + 1 < len(args) else arg.removeprefix("--lang=")
        if arg.startswith("--lang") and value in tuple(Lang):
            return value
    return None


def _from_command_line(ctx: typer.Context, value: Lang | None) -> None:
    if value is not None:
        set_lang(ctx, value.value)


def command_lang_option() -> Parameter:
    """`--lang` after a command name (`nhnorm diff --lang en`), as users write it; the command
    function never sees it. Eager, so a usage error in a later option is already told in that
    language; without it the root's choice holds. Built by typer from a probe, so it parses and
    shows in --help like every other option."""
    probe = typer.Typer()

    @probe.command()
    def _probe(
        lang: Annotated[
            Lang | None,
            typer.Option("--lang", is_eager=True, expose_value=False, callback=_from_command_line, help=HELP),
        ] = None,
    ) -> None:
        pass

    return typer.main.get_command(probe).params[0]
