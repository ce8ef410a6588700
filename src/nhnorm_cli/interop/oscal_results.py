"""One assessment as OSCAL assessment-results: one result for the year, one finding per answered
norm and per rated onderdeel (the oordeel as state and property), one observation per bewijs item
(with its dates; an undated item says so), and the actions as risks with remediations
(oscal_risks). `import-ap` resolves to the plan (oscal_plan) in the back-matter, which leads to
the catalog.

public=True follows the report's public mode: the toelichting and bewijs of a `vertrouwelijk`
answer stay out, personal data in the rest is replaced by [verwijderd] (SPEC §7); owners of
actions are never named."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from nhnorm_cli.formats.registry import ExportOptions
from nhnorm_cli.interop.evidence import evidence
from nhnorm_cli.interop.oscal import (
    OSCAL_VERSION,
    control_id,
    control_title,
    dumps,
    item_id,
    line,
    prop,
    stable_uuid,
    statement_id,
    timestamp,
)
from nhnorm_cli.interop.oscal_plan import (
    assessment_key,
    catalog_resource,
    organisation_party,
    plan_resource,
    plan_uuid,
    reviewed_controls,
)
from nhnorm_cli.interop.oscal_risks import answer_risk
from nhnorm_cli.models.assessment import Answer, Assessment
from nhnorm_cli.models.norm import Norm, Requirement
from nhnorm_cli.personaldata import shown
from nhnorm_cli.results.scoring import score_assessment


def results_json(norm: Norm, assessment: Assessment, generated: datetime, *, public: bool = False) -> str:
    return dumps({"assessment-results": assessment_results(norm, assessment, generated, public=public)})


def assessment_results(
    norm: Norm, assessment: Assessment, generated: datetime, *, public: bool = False
) -> dict[str, Any]:
    org = assessment.organisatie
    key = assessment_key(norm, assessment)
    metadata: dict[str, Any] = {
        "title": line(f"Zelfevaluatie {norm.titel} {assessment.jaar}: {org.naam}"),
        "last-modified": timestamp(generated),
        "version": f"{assessment.jaar}-{assessment.status}",
        "oscal-version": OSCAL_VERSION,
        "props": [
            prop("norm", norm.versie),
            prop("familie", norm.familie),
            prop("status", assessment.status),
        ],
        "parties": [organisation_party(assessment)],
    }
    if assessment.vastgesteld_op is not None:
        metadata["props"].append(prop("vastgesteld-op", assessment.vastgesteld_op.isoformat()))
    adopted_by = line(shown(assessment.vastgesteld_door or "", public))
    if adopted_by:
        metadata["props"].append(prop("vastgesteld-door", adopted_by))
    observations: list[dict[str, Any]] = []
    findings: list[dict[str, Any]] = []
    risks: list[dict[str, Any]] = []
    for requirement in norm.requirements:
        answer = assessment.antwoorden.get(requirement.id)
        if answer is None:
            continue  # not assessed yet: no finding (the result's props count them as open)
        hidden = public and answer.vertrouwelijk
        own = [] if hidden else _observations(key, requirement, answer, assessment.peildatum, public)
        observations += own
        risk = answer_risk(norm, key, requirement, answer, public)
        risks += [risk] if risk else []
        findings.append(_finding(norm, key, requirement, answer, own, hidden, public, risk))
        findings += [
            _component_finding(norm, key, requirement, cid, value) for cid, value in answer.onderdelen.items()
        ]
    score = score_assessment(norm, assessment).totaal
    result: dict[str, Any] = {
        "uuid": stable_uuid("result", *key),
        "title": f"Zelfevaluatie {assessment.jaar}",
        "description": f"Zelfevaluatie van {org.naam} tegen norm {norm.versie}, peildatum "
        f"{assessment.peildatum.isoformat()}, status {assessment.status}.",
        "start": timestamp(assessment.peildatum),
        # no score prop while nothing is scored: OSCAL allows no empty value
        "props": ([prop("score", f"{score.score:.1f}")] if score.score is not None else [])
        + [prop("beoordeeld", str(score.beoordeeld)), prop("open", str(score.open))],
        "reviewed-controls": reviewed_controls(norm),
    }
    if observations:
        result["observations"] = observations
    if findings:
        result["findings"] = findings
    if risks:
        result["risks"] = risks
    return {
        "uuid": stable_uuid("assessment-results", *key),
        "metadata": metadata,
        "import-ap": {"href": f"#{plan_uuid(norm, assessment)}"},
        "results": [result],
        "back-matter": {"resources": [plan_resource(norm, assessment, generated), catalog_resource(norm)]},
    }


def _observations(
    key: tuple[str, ...], requirement: Requirement, answer: Answer, peildatum: date, public: bool
) -> list[dict[str, Any]]:
    observations = []
    seen: dict[str, int] = {}
    for item in answer.bewijs:
        found = evidence(item, public)
        # by content, so adding a bewijs item keeps the others' uuids; a repeated text counts up.
        # The content as exported: a public uuid is no hash of the personal data it left out.
        seen[found.omschrijving] = seen.get(found.omschrijving, 0) + 1
        observation: dict[str, Any] = {
            "uuid": stable_uuid(
                "observation", *key, requirement.id, found.omschrijving, str(seen[found.omschrijving])
            ),
            "title": f"Bewijs bij norm {requirement.id}",
            "description": found.omschrijving,
            "props": [prop("norm", requirement.id)],
            "methods": ["EXAMINE"],
            "types": ["control-objective"],
            # OSCAL requires a collection date: an undated item gets the peildatum, marked as such
            "collected": timestamp(found.datum or peildatum),
        }
        if found.datum is None:
            observation["props"].append(prop("datum", "onbekend"))
            observation["remarks"] = (
                "Bewijs zonder datum: 'collected' is de peildatum van de zelfevaluatie, niet de datum "
                "van het bewijs."
            )
        else:
            observation["props"].append(prop("datum", found.datum.isoformat()))
        if found.geldig_tot is not None:
            observation["expires"] = timestamp(found.geldig_tot)
        if found.link is not None:
            observation["relevant-evidence"] = [{"href": found.link, "description": found.omschrijving}]
        observations.append(observation)
    return observations


def _finding(
    norm: Norm,
    key: tuple[str, ...],
    requirement: Requirement,
    answer: Answer,
    observations: list[dict[str, Any]],
    hidden: bool,
    public: bool,
    risk: dict[str, Any] | None,
) -> dict[str, Any]:
    rating = norm.rating(answer.oordeel)
    description = requirement.tekst if hidden or not answer.toelichting else shown(answer.toelichting, public)
    label = rating.label if rating else answer.oordeel
    finding: dict[str, Any] = {
        "uuid": stable_uuid("finding", *key, requirement.id),
        "title": f"{requirement.id} {control_title(requirement)}: {label}",
        "description": description,
        "props": [prop("oordeel", answer.oordeel), prop("control-id", control_id(norm, requirement.id))],
        "target": {
            "type": "statement-id",
            "target-id": statement_id(norm, requirement.id),
            "props": [prop("oordeel", answer.oordeel)],
            "status": _status(norm, answer.oordeel),
        },
    }
    if hidden:
        finding["props"].append(prop("vertrouwelijk", "true"))
        finding["remarks"] = "Vertrouwelijk: toelichting en bewijs zijn weggelaten."
    if observations:
        finding["related-observations"] = [{"observation-uuid": o["uuid"]} for o in observations]
    if risk is not None:
        finding["related-risks"] = [{"risk-uuid": risk["uuid"]}]
    return finding


def _component_finding(
    norm: Norm, key: tuple[str, ...], requirement: Requirement, component_id: str, oordeel: str
) -> dict[str, Any]:
    """A rated onderdeel: a finding on its statement item (an example, which is no item, on the
    norm's statement), named by its label."""
    found = norm.component(component_id)
    component = found[1] if found else None
    rating = norm.rating(oordeel)
    in_statement = component is not None and component.aard != "voorbeeld"
    text = component.tekst if component else component_id
    return {
        "uuid": stable_uuid("finding", *key, component_id),
        "title": line(f"{component_id} {text}: {rating.label if rating else oordeel}"),
        "description": text,
        "props": [
            prop("oordeel", oordeel),
            prop("onderdeel", component_id),
            prop("control-id", control_id(norm, requirement.id)),
        ],
        "target": {
            "type": "statement-id",
            "target-id": item_id(norm, requirement.id, component_id)
            if in_statement
            else statement_id(norm, requirement.id),
            "props": [prop("oordeel", oordeel), prop("onderdeel", component_id)],
            "status": _status(norm, oordeel),
        },
    }


def _status(norm: Norm, oordeel: str) -> dict[str, str]:
    met = norm.is_met(oordeel)
    scored = not norm.needs_reason(oordeel)
    return {
        "state": "satisfied" if met or not scored else "not-satisfied",  # nvt: nothing left to satisfy
        "reason": "pass" if met else ("fail" if scored else "other"),
    }


def export(norm: Norm, assessment: Assessment, options: ExportOptions) -> bytes:
    generated = options.generated or datetime.now(UTC)
    return results_json(norm, assessment, generated, public=options.public).encode("utf-8")
