"""An assessment as CISO Assistant's audit import: the CSV that the Data Wizard reads into a
compliance assessment of the framework from ciso_library (columns as in the audit's own export;
see ciso_library for the version checked)."""

from __future__ import annotations

import csv
import io
from typing import Any

from nhnorm_cli.interop.ciso_library import nodes
from nhnorm_cli.interop.evidence import evidence_line
from nhnorm_cli.models.assessment import Answer, Assessment
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.public.fields import Fields
from nhnorm_cli.public.view import INTERNAL, PUBLIC, public_answer
from nhnorm_cli.render.csvsafe import spreadsheet_safe

# CISO Assistant's RequirementAssessment.Result values
RESULT = {
    "voldaan": "compliant",
    "grotendeels": "partially_compliant",
    "deels": "partially_compliant",
    "niet": "non_compliant",
    "nvt": "not_applicable",
}
NOT_ASSESSED = "not_assessed"
# The texts of the file the audit prints in public (public/view.py): no organisation, no adoption.
PUBLIC_FIELDS: Fields = frozenset({"toelichting", "bewijs", "acties"})
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


def audit_csv(norm: Norm, assessment: Assessment, *, public: bool = False) -> str:
    """One row per requirement node, as CISO Assistant's audit export has them; only assessable
    rows carry a result (the importer skips the others)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(AUDIT_COLUMNS)
    for node in nodes(norm):
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
    """The answer in words: toelichting, bewijs, onderdelen and open actions, through the public
    view (public/view.py, SPEC §7) in public mode."""
    view = public_answer(answer, PUBLIC if public else INTERNAL)
    lines: list[str] = []
    if view.weggelaten:
        lines.append("Vertrouwelijk: toelichting en bewijs zijn weggelaten.")
    else:
        if view.toelichting:
            lines.append(view.toelichting.strip())
        lines += [f"Bewijs: {evidence_line(item)}" for item in view.bewijs]
    for component_id, value in answer.onderdelen.items():
        rating = norm.rating(value)
        lines.append(f"Onderdeel {component_id}: {rating.label if rating else value}")
    for action in view.acties:
        if action.afgerond:
            continue
        details = [action.eigenaar] if action.eigenaar else []
        if action.gereed:
            details.append(f"gereed {action.gereed.isoformat()}")
        text = "[vertrouwelijk]" if action.omschrijving is None else action.omschrijving
        lines.append(f"Actie: {text}" + (f" ({', '.join(details)})" if details else ""))
    return "\n".join(lines)
