"""`nhnorm norm [ID]`: browse the norm in the terminal, list the installed versions, or write the
norm for another tool (OSCAL catalog, CISO Assistant library)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import ForceOption, OutputOption, stdout_console
from nhnorm_cli.cli.output import emit
from nhnorm_cli.errors import usage_error

if TYPE_CHECKING:
    from nhnorm_cli.models.norm import Norm


class NormFormat(StrEnum):
    text = "text"
    json = "json"
    oscal = "oscal"
    ciso_assistant = "ciso-assistant"


def norm_command(
    item: Annotated[
        str | None,
        typer.Argument(metavar="ID", help="Een thema (3) of norm (2.7); zonder id: het overzicht."),
    ] = None,
    version: Annotated[
        str | None, typer.Option("--norm", metavar="VERSIE", help="Normversie (standaard: nieuwste).")
    ] = None,
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
    mapping: Annotated[
        str | None,
        typer.Option(
            "--mapping",
            metavar="VAN--NAAR",
            help="Een mapping tussen versies (bijv. 1.0--1.1): json, oscal (mapping-collection) of "
            "ciso-assistant (mappingset).",
        ),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Blader door de norm: thema's en normen, of één norm met toelichting en onderdelen."""
    from nhnorm_cli.render.norm_text import print_norm, print_requirement, print_theme
    from nhnorm_cli.versions.norms import available_versions, latest_version, load_norm

    if versions:
        _print_versions(item, output_format)
        return
    if mapping is not None:
        emit(_mapping(mapping, output_format), output, force=force)
        return
    chosen = version or latest_version()
    if chosen not in available_versions():
        raise usage_error("ONBEKENDE-NORMVERSIE", versie=chosen, beschikbaar=available_versions())
    norm = load_norm(chosen)
    if output_format in (NormFormat.oscal, NormFormat.ciso_assistant):
        if item:
            raise usage_error("HELE-NORM", formaat=output_format.value)
        emit(_export(norm, output_format), output, force=force)
        return
    console = stdout_console(soft_wrap=False)
    theme = next((t for t in norm.themas if t.id == item), None)
    requirement = norm.requirement(item.rstrip(".")) if item else None
    if item and theme is None and requirement is None:
        raise usage_error("ONBEKENDE-NORM", id=item, versie=norm.versie)
    if output_format is NormFormat.json:
        shown = requirement or theme or norm
        from nhnorm_cli.formats.json import json_text

        emit(json_text(shown), output, force=force)
    elif requirement is not None:
        print_requirement(console, requirement, norm.theme_of(requirement.id), current_lang())
    elif theme is not None:
        print_theme(console, theme)
    else:
        print_norm(console, norm)


def _print_versions(item: str | None, output_format: NormFormat) -> None:
    from nhnorm_cli.render.norm_text import print_versions
    from nhnorm_cli.versions.installed import installed

    if output_format not in (NormFormat.text, NormFormat.json) or item:
        raise usage_error("VERSIES-FORMAAT")
    listing = installed()
    if output_format is NormFormat.json:
        from nhnorm_cli.formats.json import json_text

        typer.echo(json_text(listing), nl=False)
    else:
        print_versions(stdout_console(soft_wrap=False), listing, current_lang())


def _export(norm: Norm, output_format: NormFormat) -> str:
    from datetime import UTC, datetime

    if output_format is NormFormat.oscal:
        from nhnorm_cli.interop.oscal_catalog import catalog_json

        return catalog_json(norm, datetime.now(UTC))
    from nhnorm_cli.interop.ciso_library import library_yaml

    return library_yaml(norm)


def _mapping(name: str, output_format: NormFormat) -> str:
    from nhnorm_cli.versions.mapping import MAPPING_FILE, load_mapping
    from nhnorm_cli.versions.norms import load_norm

    if output_format is NormFormat.text:
        raise usage_error("MAPPING-FORMAAT")
    match = MAPPING_FILE.match(f"{name}.yaml")
    found = load_mapping(*match.groups()) if match else None
    if match is None or found is None:
        van, _, naar = name.partition("--")
        raise usage_error("GEEN-VERSIEMAPPING", van=van or "?", naar=naar or "?")
    if output_format is NormFormat.json:
        from nhnorm_cli.formats.json import json_text

        return json_text(found)
    old, new = load_norm(found.van), load_norm(found.naar)
    if output_format is NormFormat.oscal:
        from datetime import UTC, datetime

        from nhnorm_cli.interop.oscal_mapping import mapping_json

        return mapping_json(found, old, new, datetime.now(UTC))
    from nhnorm_cli.interop.ciso_library import yaml_text
    from nhnorm_cli.interop.ciso_mapping import mapping_library

    return yaml_text(mapping_library(found, old, new))
