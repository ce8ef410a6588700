"""`nhnorm norm [ID]`: browse the norm in the terminal, list the installed versions, or write the
norm for another tool (OSCAL catalog, CISO Assistant library)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated

import typer

from nhnorm_cli.cli.app import app, handle_errors
from nhnorm_cli.cli.options import ForceOption, LangOption, OutputOption, stdout_console
from nhnorm_cli.cli.output import emit
from nhnorm_cli.errors import usage_error
from nhnorm_cli.interop.ciso import library_yaml
from nhnorm_cli.interop.oscal_catalog import catalog_json
from nhnorm_cli.interop.versions import installed
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.norm import available_versions, latest_version, load_norm
from nhnorm_cli.render.normtext import print_overview, print_requirement, print_theme, print_versions


class NormFormat(StrEnum):
    text = "text"
    json = "json"
    oscal = "oscal"
    ciso_assistant = "ciso-assistant"


_WHOLE_NORM = {NormFormat.oscal, NormFormat.ciso_assistant}


@app.command("norm")
@handle_errors
def norm_command(
    item: Annotated[
        str | None,
        typer.Argument(metavar="[ID]", help="Een thema (3) of norm (2.7); zonder id: het overzicht."),
    ] = None,
    version: Annotated[str | None, typer.Option("--norm", help="Normversie (standaard: nieuwste).")] = None,
    versions: Annotated[
        bool, typer.Option("--versions", help="Toon de geïnstalleerde normversies en mappings ertussen.")
    ] = False,
    output_format: Annotated[
        NormFormat,
        typer.Option(
            "--format",
            "-f",
            help="text, json, oscal (OSCAL-catalogus, JSON) of ciso-assistant (frameworkbibliotheek, YAML).",
        ),
    ] = NormFormat.text,
    output: OutputOption = None,
    force: ForceOption = False,
    lang: LangOption = "nl",  # type: ignore[assignment]
) -> None:
    """Blader door de norm: thema's en normen, of één norm met toelichting en onderdelen."""
    if versions:
        if output_format not in (NormFormat.text, NormFormat.json) or item:
            raise usage_error("VERSIES-FORMAAT")
        listing = installed()
        if output_format is NormFormat.json:
            typer.echo(json.dumps(listing.model_dump(mode="json"), ensure_ascii=False, indent=2))
        else:
            print_versions(stdout_console(soft_wrap=False), listing, lang)
        return
    chosen = version or latest_version()
    if chosen not in available_versions():
        raise usage_error("ONBEKENDE-NORMVERSIE", versie=chosen, beschikbaar=available_versions())
    norm = load_norm(chosen)
    if output_format in _WHOLE_NORM:
        if item:
            raise usage_error("HELE-NORM", formaat=output_format.value)
        emit(_export(norm, output_format), output, force=force, lang=lang)
        return
    console = stdout_console(soft_wrap=False)
    theme = next((t for t in norm.themas if t.id == item), None)
    requirement = norm.requirement(item.rstrip(".")) if item else None
    if item and theme is None and requirement is None:
        raise usage_error("ONBEKENDE-NORM", id=item, versie=norm.versie)
    if output_format is NormFormat.json:
        shown = requirement or theme or norm
        text = json.dumps(shown.model_dump(mode="json", exclude_defaults=False), ensure_ascii=False, indent=2)
        emit(text + "\n", output, force=force, lang=lang)
    elif requirement is not None:
        print_requirement(console, requirement, norm.theme_of(requirement.id))
    elif theme is not None:
        print_theme(console, theme)
    else:
        print_overview(console, norm)


def _export(norm: Norm, output_format: NormFormat) -> str:
    if output_format is NormFormat.oscal:
        return catalog_json(norm, datetime.now(UTC))
    return library_yaml(norm)
