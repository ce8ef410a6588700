"""The norm as a CISO Assistant framework library (YAML): themes, theme 5's groups, norms
(assessable; toelichting and footnotes as annotation) and onderdelen labelled as the norm file
labels them.

Checked against intuitem/ciso-assistant-community v3.20.8-21-gf990d7b1b (2026-08-08): the library
loader (backend/core/models.py StoredLibrary, backend/library/utils.py FrameworkImporter and
RequirementNodeImporter) and the Data Wizard's ComplianceAssessment import
(backend/data_wizard/views.py, _reconcile_compliance_requirements), whose columns are those of the
audit's own xlsx export. tests/interop/ciso_loader.py re-implements those checks."""

from __future__ import annotations

from typing import Any

from nhnorm_cli.models.norm import Footnote, Norm, Requirement
from nhnorm_cli.source.yamlsource import KEEP_LINES, block, dump_roundtrip

PACKAGER = "nhnorm"
LIBRARY_VERSION = 2  # raise when the export of an unchanged norm version changes (2: groups, footnotes)


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
        **({"annotation": footnotes(norm.voetnoten)} if norm.voetnoten else {}),
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


def footnotes(found: list[Footnote]) -> str:
    """Footnotes as the annotation shows them, one paragraph each."""
    return "\n\n".join(f"Voetnoot {f.nummer}: {f.tekst}" for f in found)


def group_node(theme_id: str, n: int) -> str:
    return f"{theme_node(theme_id)}-groep-{n}"


def nodes(norm: Norm) -> list[dict[str, Any]]:
    """The requirement nodes in norm order: theme, its sub-headings (groep, theme 5), its norms,
    each norm's onderdelen. Only norms are assessable."""
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
        groups: dict[str, str] = {}
        for requirement in theme.normen:
            parent, depth = theme_urn, 2
            if requirement.groep:
                if requirement.groep not in groups:
                    groups[requirement.groep] = node_urn(norm, group_node(theme.id, len(groups) + 1))
                    found.append(
                        {
                            "urn": groups[requirement.groep],
                            "assessable": False,
                            "depth": 2,
                            "parent_urn": theme_urn,
                            "name": requirement.groep,
                        }
                    )
                parent, depth = groups[requirement.groep], 3
            found += _requirement_nodes(norm, requirement, parent, depth)
    return found


def _requirement_nodes(norm: Norm, requirement: Requirement, parent: str, depth: int) -> list[dict[str, Any]]:
    requirement_urn = node_urn(norm, requirement.id)
    node: dict[str, Any] = {
        "urn": requirement_urn,
        "assessable": True,
        "depth": depth,
        "parent_urn": parent,
        "ref_id": requirement.id,
        "description": requirement.tekst,
    }
    annotation = [requirement.toelichting] if requirement.toelichting else []
    annotation += [footnotes(requirement.voetnoten)] if requirement.voetnoten else []
    if annotation:
        node["annotation"] = "\n\n".join(annotation)
    found = [node]
    # onderdelen are answered inside their norm in nhnorm, so they are not scored apart; one that
    # is not required says why, in the norm file's words (kan-bepaling or voorbeeld)
    for component in requirement.onderdelen:
        text = f"{component.tekst} {component.note}" if component.note else component.tekst
        if component.items:
            text += "".join(f"\n- {item}" for item in component.items)
        found.append(
            {
                "urn": node_urn(norm, component.id),
                "assessable": False,
                "depth": depth + 1,
                "parent_urn": requirement_urn,
                "ref_id": component.id,
                "description": text,
            }
        )
    return found
