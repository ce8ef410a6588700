"""`nhnorm norm [ID]`: browse the norm in the terminal."""

from __future__ import annotations

from typing import Annotated

import typer

from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import TextOrJson, stdout_console
from nhnorm_cli.errors import usage_error


def norm_command(
    item: Annotated[
        str | None,
        typer.Argument(metavar="[ID]", help="Een thema (3) of norm (2.7); zonder id: het overzicht."),
    ] = None,
    version: Annotated[
        str | None, typer.Option("--norm", metavar="VERSIE", help="Normversie (standaard: nieuwste).")
    ] = None,
    output_format: Annotated[
        TextOrJson, typer.Option("--format", "-f", help="text of json.")
    ] = TextOrJson.text,
) -> None:
    """Blader door de norm: thema's en normen, of één norm met toelichting en onderdelen."""
    from nhnorm_cli.norm import available_versions, latest_version, load_norm
    from nhnorm_cli.render.norm_text import print_norm, print_requirement, print_theme

    chosen = version or latest_version()
    if chosen not in available_versions():
        raise usage_error("ONBEKENDE-NORMVERSIE", versie=chosen, beschikbaar=available_versions())
    norm = load_norm(chosen)
    console = stdout_console(soft_wrap=False)
    theme = next((t for t in norm.themas if t.id == item), None)
    requirement = norm.requirement(item.rstrip(".")) if item else None
    if item and theme is None and requirement is None:
        raise usage_error("ONBEKENDE-NORM", id=item, versie=norm.versie)
    if output_format is TextOrJson.json:
        shown = requirement or theme or norm
        from nhnorm_cli.render.json import json_text

        typer.echo(json_text(shown), nl=False)
    elif requirement is not None:
        print_requirement(console, requirement, norm.theme_of(requirement.id), current_lang())
    elif theme is not None:
        print_theme(console, theme)
    else:
        print_norm(console, norm)
