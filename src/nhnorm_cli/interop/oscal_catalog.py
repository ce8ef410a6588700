"""The norm as an OSCAL catalog: themes are groups, norms are controls with a statement (the norm
text, its onderdelen as items) and guidance (the toelichting and footnotes)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from nhnorm_cli.interop.oscal import (
    OSCAL_VERSION,
    control_id,
    dumps,
    group_id,
    prop,
    stable_uuid,
    statement_id,
    timestamp,
)
from nhnorm_cli.models.norm import Component, Norm, Requirement, Theme


def catalog_json(norm: Norm, generated: datetime) -> str:
    """The OSCAL JSON text of the catalog; `generated` is its last-modified time."""
    return dumps({"catalog": catalog(norm, generated)})


def catalog(norm: Norm, generated: datetime) -> dict[str, Any]:
    metadata: dict[str, Any] = {
        "title": norm.titel,
        "last-modified": timestamp(generated),
        "version": norm.versie,
        "oscal-version": OSCAL_VERSION,
        "props": [prop("familie", norm.familie)],
    }
    if norm.uitgever:
        party = stable_uuid("party", norm.uitgever)
        metadata["roles"] = [{"id": "creator", "title": "Uitgever"}]
        metadata["parties"] = [{"uuid": party, "type": "organization", "name": norm.uitgever}]
        metadata["responsible-parties"] = [{"role-id": "creator", "party-uuids": [party]}]
    result: dict[str, Any] = {
        "uuid": stable_uuid("catalog", norm.familie, norm.versie),
        "metadata": metadata,
        "groups": [_group(norm, theme) for theme in norm.themas],
    }
    if norm.inleiding:
        result["metadata"]["remarks"] = norm.inleiding
    return result


def _group(norm: Norm, theme: Theme) -> dict[str, Any]:
    gid = group_id(norm, theme.id)
    return {
        "id": gid,
        "class": "thema",
        "title": theme.titel,
        "props": [prop("label", theme.id, own=False)],
        "parts": [{"id": f"{gid}_ovw", "name": "overview", "prose": theme.omschrijving}],
        "controls": [_control(norm, requirement) for requirement in theme.normen],
    }


def _control(norm: Norm, requirement: Requirement) -> dict[str, Any]:
    props = [prop("label", requirement.id, own=False)]
    if requirement.groep:
        props.append(prop("groep", requirement.groep))
    statement: dict[str, Any] = {
        "id": statement_id(norm, requirement.id),
        "name": "statement",
        "prose": requirement.tekst,
    }
    if requirement.onderdelen:
        statement["parts"] = [_item(norm, requirement, c) for c in requirement.onderdelen]
    parts = [statement]
    guidance = _guidance(requirement)
    if guidance:
        parts.append({"id": f"{control_id(norm, requirement.id)}_gdn", "name": "guidance", "prose": guidance})
    return {
        "id": control_id(norm, requirement.id),
        "class": "norm",
        "title": f"Norm {requirement.id}",
        "props": props,
        "parts": parts,
    }


def _item(norm: Norm, requirement: Requirement, component: Component) -> dict[str, Any]:
    letter = component.id[len(requirement.id) + 1 :]
    item_id = f"{statement_id(norm, requirement.id)}.{letter}"
    item: dict[str, Any] = {
        "id": item_id,
        "name": "item",
        "props": [
            prop("label", component.id, own=False),
            prop("verplicht", "true" if component.verplicht else "false"),
        ],
        "prose": component.tekst,
    }
    if component.items:
        item["parts"] = [
            {"id": f"{item_id}.{n}", "name": "item", "prose": text}
            for n, text in enumerate(component.items, start=1)
        ]
    return item


def _guidance(requirement: Requirement) -> str:
    paragraphs = [requirement.toelichting] if requirement.toelichting else []
    paragraphs += [f"[{f.nummer}] {f.tekst}" for f in requirement.voetnoten]
    return "\n\n".join(paragraphs)
