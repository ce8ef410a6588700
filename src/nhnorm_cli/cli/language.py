"""The language of one run, set once: `nhnorm --lang en CMD`, `nhnorm CMD --lang en`, NHNORM_LANG or
nhnorm.toml's `taal` (in that order of precedence), kept in the click context of the run."""

from __future__ import annotations

import os
from enum import StrEnum
from typing import Annotated

import typer
from typer._click.core import Context, Parameter  # typer vendors click; `click` would not see its contexts
from typer._click.globals import get_current_context

from nhnorm_cli.messages import LANGUAGES

_KEY = "nhnorm.lang"
_ARGS_KEY = "nhnorm.args"
HELP = "Taal van meldingen: nl of en."


Lang = StrEnum("Lang", {code: code for code in LANGUAGES})  # type: ignore[misc]  # the catalogue's languages


def set_lang(ctx: Context, lang: str) -> None:
    ctx.meta[_KEY] = lang


def current_lang(ctx: Context | None = None) -> str:
    """The language of the running command. Before the options are read (a usage error in the root
    options) or outside a run: NHNORM_LANG, else Dutch."""
    ctx = ctx or get_current_context(silent=True)
    chosen = ctx.meta.get(_KEY) if ctx is not None else None
    if chosen is None:
        chosen = os.environ.get("NHNORM_LANG", "nl")
    return str(chosen) if chosen in tuple(Lang) else "nl"


def remember_arguments(ctx: Context, args: list[str]) -> None:
    """The command's own arguments, kept for a language click has not read yet (see below)."""
    ctx.meta[_ARGS_KEY] = list(args)


def lang_of_run(ctx: Context) -> str:
    """The language for what click says before it reaches the command's --lang: a usage error
    (`nhnorm diff --frm 2025 --lang en`) or the help (`nhnorm diff --help --lang en`)."""
    return _lang_on_command_line(ctx.meta.get(_ARGS_KEY, [])) or current_lang(ctx)


def _lang_on_command_line(args: list[str]) -> str | None:
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
