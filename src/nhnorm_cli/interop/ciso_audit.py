"""An assessment as CISO Assistant's audit import: the CSV that `clica import-compliance-assessments`
(or the Data Wizard of the Pro edition) reads into a compliance assessment of the framework from
ciso_library (columns as in the audit's own export; see ciso_library for the version checked).

The cells are written as they are: CISO Assistant stores what it reads, so an apostrophe against
spreadsheet formulas would end up in the audit. This CSV is for CISO Assistant, not for Excel;
`excel=True` writes the guarded form (apostrophe, semicolons, BOM) for looking at it in Excel,
which CISO Assistant's import does not read back. The organisation, the peildatum and the adoption
ride along in columns of their own, which CISO Assistant's import skips and a reader keeps."""

from __future__ import annotations

import io
from typing import Any

from nhnorm_cli.formats.csvsafe import CsvStyle, spreadsheet_safe
from nhnorm_cli.formats.registry import ExportOptions
from nhnorm_cli.interop.ciso_library import nodes
from nhnorm_cli.interop.evidence import evidence_line
from nhnorm_cli.models.assessment import Answer, Assessment
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.personaldata import shown

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
# The assessment itself, on every row: CISO Assistant's import reads none of these (its audit gets
# its name from `clica ... --name`), but the file says whose measurement of which day it is.
CONTEXT_COLUMNS = [
    "organisatie",
    "organisatie_code",
    "jaar",
    "peildatum",
    "status",
    "vastgesteld_op",
    "vastgesteld_door",
]


def audit_csv(norm: Norm, assessment: Assessment, *, public: bool = False, excel: bool = False) -> str:
    """One row per requirement node, as CISO Assistant's audit export has them; only assessable
    rows carry a result (the importer skips the others)."""
    style = CsvStyle(excel=excel)
    out = io.StringIO()
    writer = style.writer(out)
    columns = AUDIT_COLUMNS + CONTEXT_COLUMNS
    writer.writerow(columns)
    context = _context(assessment, public)
    for node in nodes(norm):
        row: dict[str, Any] = {
            "urn": node["urn"],
            "assessable": node["assessable"],
            "ref_id": node.get("ref_id", ""),
            "name": node.get("name", ""),
            "description": node.get("description", ""),
        } | context
        if node["assessable"]:
            row |= _result(norm, assessment, assessment.antwoorden.get(node["ref_id"]), public)
        writer.writerow([_cell(row.get(column, ""), excel) for column in columns])
    return style.finish(out.getvalue())


def _context(assessment: Assessment, public: bool) -> dict[str, Any]:
    org = assessment.organisatie
    return {
        "organisatie": org.naam,
        "organisatie_code": org.code or "",
        "jaar": assessment.jaar,
        "peildatum": assessment.peildatum.isoformat(),
        "status": assessment.status,
        "vastgesteld_op": assessment.vastgesteld_op.isoformat() if assessment.vastgesteld_op else "",
        "vastgesteld_door": shown(assessment.vastgesteld_door, public) if assessment.vastgesteld_door else "",
    }


def _cell(value: Any, excel: bool) -> str:
    if isinstance(value, bool | int):
        return str(value)
    return spreadsheet_safe(str(value)) if excel else str(value)


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
    without the text of a vertrouwelijk answer and without any owner's name, and with personal
    data in the rest replaced by [verwijderd] (SPEC §7)."""
    hidden = public and answer.vertrouwelijk
    lines: list[str] = []
    if hidden:
        lines.append("Vertrouwelijk: toelichting en bewijs zijn weggelaten.")
    else:
        if answer.toelichting:
            lines.append(shown(answer.toelichting, public).strip())
        lines += [f"Bewijs: {evidence_line(item, public)}" for item in answer.bewijs]
    for component_id, value in answer.onderdelen.items():
        rating = norm.rating(value)
        lines.append(f"Onderdeel {component_id}: {rating.label if rating else value}")
    for action in answer.acties:
        if action.afgerond:
            continue
        details = [] if public or not action.eigenaar else [action.eigenaar]
        if action.gereed:
            details.append(f"gereed {action.gereed.isoformat()}")
        text = "[vertrouwelijk]" if hidden else shown(action.omschrijving, public)
        lines.append(f"Actie: {text}" + (f" ({', '.join(details)})" if details else ""))
    return "\n".join(lines)


def export(norm: Norm, assessment: Assessment, options: ExportOptions) -> bytes:
    # --excel: the guarded form to look at in Excel; CISO Assistant imports the plain one
    return audit_csv(norm, assessment, public=options.public, excel=options.excel).encode("utf-8")
