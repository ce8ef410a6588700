"""The Typer app and its root options: --lang and --debug are set here once per run, for every command."""

from __future__ import annotations

from typing import Annotated

import typer

import nhnorm_cli
from nhnorm_cli.cli.boundary import DEBUG_KEY, NhnormGroup
from nhnorm_cli.cli.configure import apply_config
from nhnorm_cli.cli.language import HELP, Lang, set_lang

app = typer.Typer(
    name="nhnorm",
    cls=NhnormGroup,
    help="De Noord-Hollandse Norm Weerbare Overheid: zelfevaluaties valideren, scoren, "
    "vergelijken en rapporteren.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"nhnorm {nhnorm_cli.__version__}")
        raise typer.Exit()


def _lang_from_root(ctx: typer.Context, value: Lang | None) -> Lang | None:
    # eager, so a usage error in any other root option is already told in this language
    if value is not None:
        set_lang(ctx, value.value)
    return value


@app.callback()
def _root(
    ctx: typer.Context,
    lang: Annotated[
        Lang | None,
        typer.Option(
            "--lang",
            envvar="NHNORM_LANG",
            is_eager=True,
            callback=_lang_from_root,
            help=HELP,
            show_default=False,
        ),
    ] = None,
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
    ctx.meta[DEBUG_KEY] = debug
    settings = apply_config(ctx)  # nhnorm.toml, when the repository has one
    if lang is None and settings is not None and settings.taal is not None:
        set_lang(ctx, settings.taal)  # the command line and NHNORM_LANG come first
