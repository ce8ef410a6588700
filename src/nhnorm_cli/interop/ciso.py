"""The norm as a CISO Assistant framework library (YAML), and an assessment as a CISO Assistant
audit import (CSV).

Checked against intuitem/ciso-assistant-community v3.20.8-21-gf990d7b1b (2026-08-08): the library
loader (backend/core/models.py StoredLibrary, backend/library/utils.py FrameworkImporter and
RequirementNodeImporter) and the Data Wizard's ComplianceAssessment import
(backend/data_wizard/views.py, _reconcile_compliance_requirements), whose columns are those of the
audit's own xlsx export."""

from __future__ import annotations

import csv
import io
from typing import Any

from nhnorm_cli.interop.evidence import evidence
from nhnorm_cli.models.assessment import Answer, Assessment
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.render.csvsafe import spreadsheet_safe
from nhnorm_cli.yamlsource import KEEP_LINES, block, dump_roundtrip

PACKAGER = "nhnorm"
LIBRARY_VERSION = 1  # raise when the export of an unchanged norm version changes
# CISO Assistant's RequirementAssessment.Result values
RESULT = {
    "voldaan": "compliant",
    "grotendeels": "partially_compliant",
    "deels": "partially_compliant",
    "niet": "non_compliant",
    "nvt": "not_applicable",
}
NOT_ASSESSED = "not_assessed"
AUDIT_COLUMNS = [
    "urn",
    "assessable",
    "ref_id",
    "name",
    "description",
    "compliance_result",
    "requirement_progress",
    "score",
    "observations",
]


def ref_id(norm: Norm) -> str:
    return f"{norm.familie}-{norm.versie}"


def _urn(norm: Norm, kind: str, node: str | None = None) -> str:
    # CISO Assistant lower-cases URNs and wants urn:<org>:risk:<kind>:<name>
    base = f"urn:{PACKAGER}:risk:{kind}:{ref_id(norm)}"
    return f"{base}:{node}" if node is not None else base


def node_urn(norm: Norm, node: str) -> str:
    return _urn(norm, "req_node", node)


def theme_node(theme_id: str) -> str:
    return f"thema-{theme_id}"


def library(norm: Norm) -> dict[str, Any]:
    name = f"{norm.titel} {norm.versie}"
    framework: dict[str, Any] = {
        "urn": _urn(norm, "framework"),
        "ref_id": ref_id(norm),
        "name": name,
        "description": norm.inleiding or name,
        **_scores(norm),
        "requirement_nodes": _nodes(norm),
    }
    result: dict[str, Any] = {
        "urn": _urn(norm, "library"),
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
    return dump_roundtrip(_readable(library(norm)), width=KEEP_LINES)


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


def _nodes(norm: Norm) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []
    for theme in norm.themas:
        theme_urn = node_urn(norm, theme_node(theme.id))
        nodes.append(
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
            nodes.append(node)
            # onderdelen are answered inside their norm in nhnorm, so they are not scored apart
            for component in requirement.onderdelen:
                text = component.tekst if component.verplicht else f"{component.tekst} (kan-bepaling)"
                if component.items:
                    text += "".join(f"\n- {item}" for item in component.items)
                nodes.append(
                    {
                        "urn": node_urn(norm, component.id),
                        "assessable": False,
                        "depth": 3,
                        "parent_urn": requirement_urn,
                        "ref_id": component.id,
                        "description": text,
                    }
                )
    return nodes


def audit_csv(norm: Norm, assessment: Assessment, *, public: bool = False) -> str:
    """One row per requirement node, as CISO Assistant's audit export has them; only assessable
    rows carry a result (the importer skips the others)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(AUDIT_COLUMNS)
    for node in _nodes(norm):
        row: dict[str, Any] = {
            "urn": node["urn"],
            "assessable": node["assessable"],
            "ref_id": node["ref_id"],
            "name": node.get("name", ""),
            "description": node["description"],
        }
        if node["assessable"]:
            row |= _result(norm, assessment, assessment.antwoorden.get(node["ref_id"]), public)
        writer.writerow([_cell(row.get(column, "")) for column in AUDIT_COLUMNS])
    return out.getvalue()


def _cell(value: Any) -> str:
    return str(value) if isinstance(value, bool | int) else spreadsheet_safe(str(value))


def _result(norm: Norm, assessment: Assessment, answer: Answer | None, public: bool) -> dict[str, Any]:
    if answer is None:
        return {"compliance_result": NOT_ASSESSED, "requirement_progress": "to_do"}
    points = norm.points(answer.oordeel)
    return {
        "compliance_result": RESULT.get(answer.oordeel, NOT_ASSESSED),
        "requirement_progress": "done" if assessment.status == "vastgesteld" else "in_review",
        "score": "" if points is None else points,
        "observations": observations(norm, answer, public),
    }


def observations(norm: Norm, answer: Answer, public: bool) -> str:
    """The answer in words: toelichting, bewijs, onderdelen and open actions; in public mode
    without the text of a vertrouwelijk answer and without any owner's name."""
    hidden = public and answer.vertrouwelijk
    lines: list[str] = []
    if hidden:
        lines.append("Vertrouwelijk: toelichting en bewijs zijn weggelaten.")
    else:
        if answer.toelichting:
            lines.append(answer.toelichting.strip())
        lines += [f"Bewijs: {evidence(item).text()}" for item in answer.bewijs]
    for component_id, value in answer.onderdelen.items():
        rating = norm.rating(value)
        lines.append(f"Onderdeel {component_id}: {rating.label if rating else value}")
    for action in answer.acties:
        if action.afgerond:
            continue
        details = [] if public or not action.eigenaar else [action.eigenaar]
        if action.gereed:
            details.append(f"gereed {action.gereed.isoformat()}")
        text = "[vertrouwelijk]" if hidden else action.omschrijving
        lines.append(f"Actie: {text}" + (f" ({', '.join(details)})" if details else ""))
    return "\n".join(lines)
