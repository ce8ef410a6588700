"""One assessment as OSCAL assessment-results: one result for the year, one finding per answered
norm (the oordeel as state and property) and one observation per bewijs item (with its dates).

public=True reads each answer through the public view (public/view.py, SPEC §7), as the report
does; PUBLIC_FIELDS says which of the file's texts the export prints (actions are not exported)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from nhnorm_cli.interop.evidence import evidence
from nhnorm_cli.interop.oscal import (
    OSCAL_VERSION,
    control_id,
    dumps,
    prop,
    stable_uuid,
    statement_id,
    timestamp,
)
from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.models.norm import Norm, Requirement
from nhnorm_cli.public.fields import Fields
from nhnorm_cli.public.view import INTERNAL, PUBLIC, AnswerPublic, public_answer
from nhnorm_cli.scoring import score_assessment

PUBLIC_FIELDS: Fields = frozenset({"organisatie", "toelichting", "bewijs"})


def results_json(norm: Norm, assessment: Assessment, generated: datetime, *, public: bool = False) -> str:
    return dumps({"assessment-results": assessment_results(norm, assessment, generated, public=public)})


def assessment_results(
    norm: Norm, assessment: Assessment, generated: datetime, *, public: bool = False
) -> dict[str, Any]:
    org = assessment.organisatie
    audience = PUBLIC if public else INTERNAL
    naam = audience.text(org.naam)
    key = (norm.familie, org.code or org.naam, str(assessment.jaar))
    party = stable_uuid("party", org.code or org.naam)
    metadata: dict[str, Any] = {
        "title": f"Zelfevaluatie {norm.titel} {assessment.jaar}: {naam}",
        "last-modified": timestamp(generated),
        "version": f"{assessment.jaar}-{assessment.status}",
        "oscal-version": OSCAL_VERSION,
        "props": [
            prop("norm", norm.versie),
            prop("familie", norm.familie),
            prop("status", assessment.status),
        ],
        "parties": [_party(party, naam, org.code)],
    }
    observations: list[dict[str, Any]] = []
    findings: list[dict[str, Any]] = []
    for requirement in norm.requirements:
        answer = assessment.antwoorden.get(requirement.id)
        if answer is None:
            continue  # not assessed yet: no finding (the result's props count them as open)
        view = public_answer(answer, audience)
        own = [] if view.weggelaten else _observations(key, requirement, view, assessment.peildatum)
        observations += own
        findings.append(_finding(norm, key, requirement, view, own))
    score = score_assessment(norm, assessment).totaal
    result: dict[str, Any] = {
        "uuid": stable_uuid("result", *key),
        "title": f"Zelfevaluatie {assessment.jaar}",
        "description": f"Zelfevaluatie van {naam} tegen norm {norm.versie}, peildatum "
        f"{assessment.peildatum.isoformat()}, status {assessment.status}.",
        "start": timestamp(assessment.peildatum),
        # no score prop while nothing is scored: OSCAL allows no empty value
        "props": ([prop("score", f"{score.score:.1f}")] if score.score is not None else [])
        + [prop("beoordeeld", str(score.beoordeeld)), prop("open", str(score.open))],
        "reviewed-controls": {"control-selections": [{"include-all": {}}]},
    }
    if observations:
        result["observations"] = observations
    if findings:
        result["findings"] = findings
    return {
        "uuid": stable_uuid("assessment-results", *key),
        "metadata": metadata,
        # nhnorm has no separate assessment plan: the self-assessment follows the norm itself
        "import-ap": {"href": f"urn:nhnorm:{norm.familie}:{norm.versie}"},
        "results": [result],
    }


def _party(party: str, naam: str, code: str | None) -> dict[str, Any]:
    entry: dict[str, Any] = {"uuid": party, "type": "organization", "name": naam}
    if code:
        entry["short-name"] = code
    return entry


def _observations(
    key: tuple[str, ...], requirement: Requirement, answer: AnswerPublic, peildatum: date
) -> list[dict[str, Any]]:
    observations = []
    seen: dict[str, int] = {}
    for item in answer.bewijs:
        found = evidence(item)
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
            # an undated bewijs item counts as seen on the peildatum
            "collected": timestamp(found.datum or peildatum),
        }
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
    answer: AnswerPublic,
    observations: list[dict[str, Any]],
) -> dict[str, Any]:
    rating = norm.rating(answer.oordeel)
    points = rating.punten if rating else None
    satisfied = points is None or points == norm.max_points  # nvt: nothing left to satisfy
    hidden = answer.weggelaten
    description = answer.toelichting or requirement.tekst
    finding: dict[str, Any] = {
        "uuid": stable_uuid("finding", *key, requirement.id),
        "title": f"Norm {requirement.id}: {rating.label if rating else answer.oordeel}",
        "description": description,
        "props": [prop("oordeel", answer.oordeel), prop("control-id", control_id(norm, requirement.id))],
        "target": {
            "type": "statement-id",
            "target-id": statement_id(norm, requirement.id),
            "props": [prop("oordeel", answer.oordeel)],
            "status": {
                "state": "satisfied" if satisfied else "not-satisfied",
                "reason": "pass" if points == norm.max_points else ("other" if points is None else "fail"),
            },
        },
    }
    if hidden:
        finding["props"].append(prop("vertrouwelijk", "true"))
        finding["remarks"] = "Vertrouwelijk: toelichting en bewijs zijn weggelaten."
    if observations:
        finding["related-observations"] = [{"observation-uuid": o["uuid"]} for o in observations]
    if answer.onderdelen:
        finding["target"]["props"] += [
            prop("onderdeel", f"{cid}={value}") for cid, value in answer.onderdelen.items()
        ]
    return finding
