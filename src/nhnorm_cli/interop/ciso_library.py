"""The norm as a CISO Assistant framework library (YAML).

Checked against intuitem/ciso-assistant-community v3.20.8-21-gf990d7b1b (2026-08-08): the library
loader (backend/core/models.py StoredLibrary, backend/library/utils.py FrameworkImporter and
RequirementNodeImporter) and the Data Wizard's ComplianceAssessment import
(backend/data_wizard/views.py, _reconcile_compliance_requirements), whose columns are those of the
audit's own xlsx export."""

from __future__ import annotations

from typing import Any

from nhnorm_cli.models.norm import Norm
from nhnorm_cli.source.yamlsource import KEEP_LINES, block, dump_roundtrip

PACKAGER = "nhnorm"
LIBRARY_VERSION = 1  # raise when the export of an unchanged norm version changes


def ref_id(norm: Norm) -> str:
    return f"{norm.familie}-{norm.versie}"


def urn(norm: Norm, kind: str, node: str | None = None) -> str:
    # CISO Assistant lower-cases URNs and wants urn:<org>:risk:<kind>:<name>
    base = f"urn:{PACKAGER}:risk:{kind}:{ref_id(norm)}"
    return f"{base}:{node}" if node is not None else base


def node_urn(norm: Norm, node: str) -> str:
    return urn(norm, "req_node", node)


def theme_node(theme_id: str) -> str:
    return f"thema-{theme_id}"


def library(norm: Norm) -> dict[str, Any]:
    name = f"{norm.titel} {norm.versie}"
    framework: dict[str, Any] = {
        "urn": urn(norm, "framework"),
        "ref_id": ref_id(norm),
        "name": name,
        "description": norm.inleiding or name,
        **_scores(norm),
        "requirement_nodes": nodes(norm),
    }
    result: dict[str, Any] = {
        "urn": urn(norm, "library"),
        "locale": "nl",
        "ref_id": ref_id(norm),
        "name": name,
        "description": f"{name}; uit nhnorm (familie {norm.familie}).",
        "version": LIBRARY_VERSION,
        "packager": PACKAGER,
    }
    if norm.uitgever:
        result["provider"] = norm.uitgever
        result["copyright"] = norm.uitgever
    result["objects"] = {"framework": framework}
    return result


def library_yaml(norm: Norm) -> str:
    return yaml_text(library(norm))


def yaml_text(content: dict[str, Any]) -> str:
    """A library as YAML, the way CISO Assistant's own libraries read."""
    return dump_roundtrip(_readable(content), width=KEEP_LINES)


def _readable(value: Any) -> Any:
    """Multi-line text as literal blocks, so the library reads like CISO Assistant's own."""
    if isinstance(value, dict):
        return {k: _readable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_readable(v) for v in value]
    if isinstance(value, str) and "\n" in value:
        return block(value.rstrip(" \n"))
    return value


def _scores(norm: Norm) -> dict[str, Any]:
    scored = sorted((r for r in norm.oordelen if r.punten is not None), key=lambda r: r.punten or 0)
    return {
        "min_score": scored[0].punten,
        "max_score": scored[-1].punten,
        "scores_definition": [
            {"score": r.punten, "name": r.label, "description": f"oordeel: {r.sleutel}"} for r in scored
        ],
    }


def nodes(norm: Norm) -> list[dict[str, Any]]:
    """The requirement nodes in norm order: theme, its norms, each norm's onderdelen."""
    found: list[dict[str, Any]] = []
    for theme in norm.themas:
        theme_urn = node_urn(norm, theme_node(theme.id))
        found.append(
            {
                "urn": theme_urn,
                "assessable": False,
                "depth": 1,
                "ref_id": theme.id,
                "name": theme.titel,
                "description": theme.omschrijving,
            }
        )
        for requirement in theme.normen:
            requirement_urn = node_urn(norm, requirement.id)
            node: dict[str, Any] = {
                "urn": requirement_urn,
                "assessable": True,
                "depth": 2,
                "parent_urn": theme_urn,
                "ref_id": requirement.id,
                "description": requirement.tekst,
            }
            if requirement.toelichting:
                node["annotation"] = requirement.toelichting
            found.append(node)
            # onderdelen are answered inside their norm in nhnorm, so they are not scored apart
            for component in requirement.onderdelen:
                text = component.tekst if component.verplicht else f"{component.tekst} (kan-bepaling)"
                if component.items:
                    text += "".join(f"\n- {item}" for item in component.items)
                found.append(
                    {
                        "urn": node_urn(norm, component.id),
                        "assessable": False,
                        "depth": 3,
                        "parent_urn": requirement_urn,
                        "ref_id": component.id,
                        "description": text,
                    }
                )
    return found
