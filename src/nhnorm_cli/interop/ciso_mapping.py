"""A mapping between norm versions as a CISO Assistant requirement mapping set library, so an
audit against one version can be carried to the next inside CISO Assistant as well.

The relations follow CISO Assistant's RequirementMapping.Relationship (source compared with
target); `vervallen` has no target and so no entry there (CISO Assistant's not_related needs one)."""

from __future__ import annotations

from typing import Any

from nhnorm_cli.interop.ciso_library import LIBRARY_VERSION, PACKAGER, node_urn, ref_id, urn
from nhnorm_cli.models.mapping import VersionMapping
from nhnorm_cli.models.norm import Norm

RELATIONSHIP = {
    "gelijk": "equal",
    "deelverzameling": "subset",
    "bovenverzameling": "superset",
    "overlap": "intersect",
}


def mapping_library(mapping: VersionMapping, old: Norm, new: Norm) -> dict[str, Any]:
    name = f"{new.titel}: {old.versie} → {new.versie}"
    key = f"{ref_id(old)}--{ref_id(new)}"
    mapping_set: dict[str, Any] = {
        "urn": f"urn:{PACKAGER}:risk:req_mapping_set:{key}",
        "ref_id": key,
        "name": name,
        "source_framework_urn": urn(old, "framework"),
        "target_framework_urn": urn(new, "framework"),
        "requirement_mappings": [
            _entry(old, new, old_id, target, entry.relatie, entry.toelichting)
            for old_id, entry in mapping.normen.items()
            for target in entry.naar
        ],
    }
    result: dict[str, Any] = {
        "urn": f"urn:{PACKAGER}:risk:library:mapping-{key}",
        "locale": "nl",
        "ref_id": f"mapping-{key}",
        "name": f"Mapping {name}",
        "description": mapping.toelichting or f"Waar de normen van {old.versie} staan in {new.versie}.",
        "version": LIBRARY_VERSION,
        "packager": PACKAGER,
        "dependencies": [urn(old, "library"), urn(new, "library")],
        "objects": {"requirement_mapping_set": mapping_set},
    }
    if new.uitgever:
        result["provider"] = new.uitgever
    return result


def _entry(old: Norm, new: Norm, old_id: str, target: str, relatie: str, note: str | None) -> dict[str, Any]:
    entry = {
        "source_requirement_urn": node_urn(old, old_id),
        "target_requirement_urn": node_urn(new, target),
        "relationship": RELATIONSHIP[relatie],
        "rationale": "semantic",
    }
    if note:
        entry["annotation"] = note
    return entry
