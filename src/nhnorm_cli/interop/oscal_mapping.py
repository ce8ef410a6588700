"""A mapping between norm versions as an OSCAL mapping-collection: one map per norm of the old
version (its targets together, as `relatie` means), unmapped norms in the gap summaries.

The relationships are the set relations of OSCAL's mapping model (NIST IR 8477); `vervallen`
becomes a source gap, a norm new in the later version a target gap."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from nhnorm_cli.interop.oscal import OSCAL_VERSION, control_id, dumps, stable_uuid, timestamp
from nhnorm_cli.models.mapping import VersionMapping
from nhnorm_cli.models.norm import Norm

RELATIONSHIP = {
    "gelijk": "equal-to",
    "deelverzameling": "subset-of",
    "bovenverzameling": "superset-of",
    "overlap": "intersects-with",
}


def mapping_json(mapping: VersionMapping, old: Norm, new: Norm, generated: datetime) -> str:
    return dumps({"mapping-collection": mapping_collection(mapping, old, new, generated)})


def mapping_collection(mapping: VersionMapping, old: Norm, new: Norm, generated: datetime) -> dict[str, Any]:
    key = (old.familie, mapping.van, new.familie, mapping.naar)
    title = f"{new.titel}: {old.versie} → {new.versie}"
    # the two catalogs (`nhnorm norm --format oscal --norm X`) are referenced through back-matter
    resources = [_resource(old), _resource(new)]
    maps = [
        {
            "uuid": stable_uuid("map", *key, old_id),
            "relationship": RELATIONSHIP[entry.relatie],
            "sources": [{"type": "control", "id-ref": control_id(old, old_id)}],
            "targets": [{"type": "control", "id-ref": control_id(new, t)} for t in entry.naar],
            **({"remarks": entry.toelichting} if entry.toelichting else {}),
        }
        for old_id, entry in mapping.normen.items()
        if entry.naar
    ]
    result: dict[str, Any] = {
        "uuid": stable_uuid("mapping", *key),
        "source-resource": {"type": "catalog", "href": f"#{resources[0]['uuid']}"},
        "target-resource": {"type": "catalog", "href": f"#{resources[1]['uuid']}"},
        "maps": maps,
    }
    dropped = [control_id(old, rid) for rid, entry in mapping.normen.items() if not entry.naar]
    reached = {t for entry in mapping.normen.values() for t in entry.naar}
    fresh = [control_id(new, rid) for rid in new.requirement_ids if rid not in reached]
    if dropped:
        result["source-gap-summary"] = _gap(stable_uuid("gap", "source", *key), dropped)
    if fresh:
        result["target-gap-summary"] = _gap(stable_uuid("gap", "target", *key), fresh)
    return {
        "uuid": stable_uuid("mapping-collection", *key),
        "metadata": {
            "title": title,
            "last-modified": timestamp(generated),
            "version": f"{mapping.van}--{mapping.naar}",
            "oscal-version": OSCAL_VERSION,
        },
        "provenance": {
            "method": "human",
            "matching-rationale": "semantic",
            "status": "complete",
            "mapping-description": mapping.toelichting
            or f"Waar de normen van {old.versie} staan in {new.versie}.",
        },
        "mappings": [result],
        "back-matter": {"resources": resources},
    }


def _resource(norm: Norm) -> dict[str, Any]:
    return {"uuid": stable_uuid("catalog", norm.familie, norm.versie), "title": f"{norm.titel} {norm.versie}"}


def _gap(uuid: str, ids: list[str]) -> dict[str, Any]:
    return {"uuid": uuid, "unmapped-controls": [{"with-ids": ids}]}
