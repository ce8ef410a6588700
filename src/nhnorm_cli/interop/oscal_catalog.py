"""The norm as an OSCAL catalog: themes are groups, norms are controls with a statement (the norm
text, what it requires as items), guidance (the toelichting with its enumerations in place, the
footnotes as parts) and the norm's examples as `example` parts. The introduction's footnotes are
back-matter resources the metadata links to."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from nhnorm_cli.interop.normtext import toelichting_with_lists
from nhnorm_cli.interop.oscal import (
    NS,
    OSCAL_VERSION,
    catalog_uuid,
    control_id,
    control_title,
    dumps,
    group_id,
    item_id,
    prop,
    stable_uuid,
    statement_id,
    timestamp,
)
from nhnorm_cli.models.norm import Component, Footnote, Norm, Requirement, Theme


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
    if norm.voetnoten:  # footnotes of the introduction (1: the three RIECs)
        metadata["links"] = [
            {"href": f"#{_footnote_uuid(norm, f)}", "rel": "reference", "text": f"Voetnoot {f.nummer}"}
            for f in norm.voetnoten
        ]
    if norm.uitgever:
        party = stable_uuid("party", norm.uitgever)
        metadata["roles"] = [{"id": "creator", "title": "Uitgever"}]
        metadata["parties"] = [{"uuid": party, "type": "organization", "name": norm.uitgever}]
        metadata["responsible-parties"] = [{"role-id": "creator", "party-uuids": [party]}]
    remarks = [norm.inleiding] if norm.inleiding else []
    remarks += [_footnote_line(f) for f in norm.voetnoten]
    if remarks:
        metadata["remarks"] = "\n\n".join(remarks)
    result: dict[str, Any] = {
        "uuid": catalog_uuid(norm),
        "metadata": metadata,
        "groups": [_group(norm, theme) for theme in norm.themas],
    }
    if norm.voetnoten:
        result["back-matter"] = {"resources": [_footnote_resource(norm, f) for f in norm.voetnoten]}
    return result


def _footnote_uuid(norm: Norm, footnote: Footnote) -> str:
    return stable_uuid("voetnoot", norm.familie, norm.versie, str(footnote.nummer))


def _footnote_line(footnote: Footnote) -> str:
    return f"Voetnoot {footnote.nummer}: {footnote.tekst}"


def _footnote_resource(norm: Norm, footnote: Footnote) -> dict[str, Any]:
    """A footnote of the introduction: a cited resource, as OSCAL catalogs hold their references."""
    resource: dict[str, Any] = {
        "uuid": _footnote_uuid(norm, footnote),
        "title": f"Voetnoot {footnote.nummer}",
        # OSCAL allows only type, version and published as its own resource properties
        "props": [prop("type", "citation", own=False), prop("voetnoot", str(footnote.nummer))],
        "citation": {"text": footnote.tekst},
    }
    if footnote.tekst.startswith(("https://", "http://")):
        resource["rlinks"] = [{"href": footnote.tekst}]
    return resource


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
    """The statement holds the norm text and what it requires (kan-bepalingen marked as such);
    examples are no requirement, so they are `example` parts beside the guidance."""
    cid = control_id(norm, requirement.id)
    props = [prop("label", requirement.id, own=False)]
    if requirement.groep:
        props.append(prop("groep", requirement.groep))
    if requirement.herhaling:
        props.append(prop("herhaling", requirement.herhaling))
    statement: dict[str, Any] = {
        "id": statement_id(norm, requirement.id),
        "name": "statement",
        "prose": requirement.tekst,
    }
    items = [c for c in requirement.onderdelen if c.aard != "voorbeeld"]
    if items:
        statement["parts"] = [_item(norm, requirement, c) for c in items]
    parts = [statement]
    guidance = _guidance(norm, requirement)
    if guidance:
        parts.append(guidance)
    parts += [_example(norm, requirement, c) for c in requirement.onderdelen if c.aard == "voorbeeld"]
    return {
        "id": cid,
        "class": "norm",
        "title": control_title(requirement),
        "props": props,
        "parts": parts,
    }


def _item(norm: Norm, requirement: Requirement, component: Component) -> dict[str, Any]:
    item_id_ = item_id(norm, requirement.id, component.id)
    props = [
        prop("label", component.id, own=False),
        prop("verplicht", "true" if component.verplicht else "false"),
    ]
    if component.aard:
        props.append(prop("aard", component.aard))
    item: dict[str, Any] = {"id": item_id_, "name": "item", "props": props, "prose": component.tekst}
    if component.items:
        item["parts"] = [
            {"id": f"{item_id_}.{n}", "name": "item", "prose": text}
            for n, text in enumerate(component.items, start=1)
        ]
    return item


def _example(norm: Norm, requirement: Requirement, component: Component) -> dict[str, Any]:
    letter = component.id[len(requirement.id) + 1 :]
    return {
        "id": f"{control_id(norm, requirement.id)}_exm.{letter}",
        "name": "example",
        "props": [prop("label", component.id, own=False), prop("aard", "voorbeeld")],
        "prose": component.tekst,
    }


def _guidance(norm: Norm, requirement: Requirement) -> dict[str, Any] | None:
    """The toelichting with its enumerations in place, and the footnotes as parts of their own."""
    gid = f"{control_id(norm, requirement.id)}_gdn"
    guidance: dict[str, Any] = {"id": gid, "name": "guidance"}
    prose = toelichting_with_lists(requirement)
    if prose:
        guidance["prose"] = prose
    if requirement.voetnoten:
        guidance["parts"] = [
            {
                "id": f"{gid}.voetnoot-{f.nummer}",
                "name": "voetnoot",
                "ns": NS,
                "props": [prop("label", str(f.nummer), own=False)],
                "prose": f.tekst,
            }
            for f in requirement.voetnoten
        ]
    return guidance if len(guidance) > 2 else None
