"""The OSCAL assessment-results field by field against the answers: the plan they import and the
catalog behind it, every bewijs item with its dates, every action, every rated onderdeel."""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from nhnorm_cli.interop.evidence import evidence
from nhnorm_cli.interop.oscal import control_title
from nhnorm_cli.interop.oscal_catalog import catalog
from nhnorm_cli.interop.oscal_results import assessment_results
from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.select.assessments import load_assessment
from tests.conftest import ROOT
from tests.factories import NORM, make_assessment
from tests.interop.oscal_check import check

NS = "urn:nhnorm:oscal"
WHEN = datetime(2026, 4, 1, 12, tzinfo=UTC)
ANSWERS: dict[str, Any] = {
    "1.1": {
        "oordeel": "voldaan",
        "toelichting": "Belegd.",
        "bewijs": [
            "Collegebesluit",
            {"omschrijving": "Verslag driehoek", "datum": date(2025, 11, 3), "geldig_tot": date(2026, 11, 3)},
            {"omschrijving": "Zaak 12", "link": "https://example.org/zaak/12"},
        ],
    },
    "1.3": {
        "oordeel": "deels",
        "onderdelen": {"1.3.a": "voldaan", "1.3.f": "niet"},
        "acties": [
            {"omschrijving": "Training plannen", "eigenaar": "Team Veiligheid", "gereed": date(2026, 6, 1)},
            {"omschrijving": "E-learning kiezen", "gereed": date(2026, 9, 1), "prioriteit": "hoog"},
            {"omschrijving": "Intranetpagina", "gereed": date(2027, 1, 1), "afgerond": True},
        ],
    },
    "1.5": {"oordeel": "grotendeels", "onderdelen": {"1.5.e": "voldaan"}},
    "2.2": {
        "oordeel": "niet",
        "toelichting": "Geheim.",
        "vertrouwelijk": True,
        "acties": [{"omschrijving": "Gedragscode herzien", "eigenaar": "HR", "afgerond": True}],
    },
}


def _results(assessment: Assessment, public: bool = False) -> dict[str, Any]:
    return {"assessment-results": assessment_results(NORM, assessment, WHEN, public=public)}


@pytest.fixture(scope="module")
def assessment() -> Assessment:
    return make_assessment(ANSWERS, jaar=2026, peildatum=date(2026, 3, 20))


def _plan(results: dict[str, Any]) -> dict[str, Any]:
    document = results["assessment-results"]
    href = document["import-ap"]["href"]
    assert href.startswith("#")
    resources = {r["uuid"]: r for r in document["back-matter"]["resources"]}
    embedded = resources[href[1:]]["base64"]
    assert embedded["media-type"] == "application/oscal.ap+json"
    return json.loads(base64.b64decode(embedded["value"]))  # type: ignore[no-any-return]


def test_import_ap_resolves_to_a_plan_that_leads_to_the_catalog(
    assessment: Assessment, tmp_path: Path
) -> None:
    results = _results(assessment)
    check(results, tmp_path)
    plan = _plan(results)
    check(plan, tmp_path)
    ap = plan["assessment-plan"]
    the_catalog = catalog(NORM, WHEN)
    (catalog_entry,) = ap["back-matter"]["resources"]
    assert (
        ap["import-ssp"]["href"] == f"#{catalog_entry['uuid']}"
        and catalog_entry["uuid"] == the_catalog["uuid"]
    )
    assert catalog_entry["rlinks"] == [
        {"href": "nhn-1.0-catalog.json", "media-type": "application/oscal.catalog+json"}
    ]
    for document in (ap, results["assessment-results"]["results"][0]):
        reviewed = document["reviewed-controls"]
        assert reviewed["control-selections"] == [{"include-all": {}}]
        assert reviewed["links"][0]["href"] == f"#{the_catalog['uuid']}"
    party = results["assessment-results"]["metadata"]["parties"][0]
    assert ap["assessment-subjects"][0]["include-subjects"] == [
        {"subject-uuid": party["uuid"], "type": "party"}
    ]
    assert ap["tasks"][0]["timing"] == {"on-date": {"date": "2026-03-20T00:00:00Z"}}
    # the results name the same catalog, so their statement ids resolve in it
    resources = {r["uuid"] for r in results["assessment-results"]["back-matter"]["resources"]}
    assert the_catalog["uuid"] in resources
    statement_ids = {
        p["id"] for g in the_catalog["groups"] for c in g["controls"] for p in _all_parts(c["parts"])
    }
    for finding in results["assessment-results"]["results"][0]["findings"]:
        assert finding["target"]["target-id"] in statement_ids


def _all_parts(parts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [q for p in parts for q in [p, *_all_parts(p.get("parts", []))]]


def test_every_bewijs_item_with_its_dates(assessment: Assessment) -> None:
    _check_observations(assessment)


def test_the_examples_bewijs_with_its_dates(tmp_path: Path) -> None:
    """The example assessments: every dated item keeps its own date, every undated one says so."""
    for path in sorted((ROOT / "assessments").rglob("*.yaml")):
        _check_observations(load_assessment(path).assessment)


def _check_observations(assessment: Assessment) -> None:
    result = _results(assessment)["assessment-results"]["results"][0]
    observations = iter(result.get("observations", []))
    peildatum = f"{assessment.peildatum.isoformat()}T00:00:00Z"
    for rid, answer in assessment.antwoorden.items():
        for item in answer.bewijs:
            found = evidence(item)
            observation = next(observations)
            props = {p["name"]: p["value"] for p in observation["props"]}
            assert observation["description"] == found.omschrijving and props["norm"] == rid
            if found.datum is None:
                assert props["datum"] == "onbekend" and observation["collected"] == peildatum
                assert "niet de datum van het bewijs" in observation["remarks"]
            else:
                assert props["datum"] == found.datum.isoformat() and "remarks" not in observation
                assert observation["collected"] == f"{found.datum.isoformat()}T00:00:00Z"
            expires = f"{found.geldig_tot.isoformat()}T00:00:00Z" if found.geldig_tot else None
            assert observation.get("expires") == expires
            if found.link:
                assert observation["relevant-evidence"][0]["href"] == found.link
    assert next(observations, None) is None


def test_every_action_is_a_remediation(assessment: Assessment) -> None:
    result = _results(assessment)["assessment-results"]["results"][0]
    risks = {r["props"][0]["value"]: r for r in result["risks"]}
    assert list(risks) == ["1.3", "2.2"]
    risk = risks["1.3"]
    assert risk["title"] == f"1.3 {control_title(NORM.requirement('1.3'))}"  # type: ignore[arg-type]
    assert (risk["status"], risk["deadline"]) == ("open", "2026-09-01T00:00:00Z")  # the last open action
    rows = [
        (
            r["title"],
            r["lifecycle"],
            {p["name"]: p["value"] for p in r["props"]},
            [t["timing"]["on-date"]["date"] for t in r.get("tasks", [])],
        )
        for r in risk["remediations"]
    ]
    assert rows == [
        (
            "Training plannen",
            "planned",
            {"afgerond": "false", "eigenaar": "Team Veiligheid"},
            ["2026-06-01T00:00:00Z"],
        ),
        (
            "E-learning kiezen",
            "planned",
            {"afgerond": "false", "prioriteit": "hoog"},
            ["2026-09-01T00:00:00Z"],
        ),
        ("Intranetpagina", "completed", {"afgerond": "true"}, ["2027-01-01T00:00:00Z"]),
    ]
    assert risks["2.2"]["status"] == "closed" and "deadline" not in risks["2.2"]
    findings = {f["target"]["target-id"]: f for f in result["findings"]}
    assert findings["nhn-1.3_smt"]["related-risks"] == [{"risk-uuid": risk["uuid"]}]
    assert "related-risks" not in findings["nhn-1.1_smt"]


def test_public_actions_name_no_owner_and_hide_confidential_text(assessment: Assessment) -> None:
    text = json.dumps(_results(assessment, public=True), ensure_ascii=False)
    result = _results(assessment, public=True)["assessment-results"]["results"][0]
    assert "Team Veiligheid" not in text and '"eigenaar"' not in text
    assert "Gedragscode herzien" not in text and "Geheim." not in text
    hidden = next(r for r in result["risks"] if r["props"][0]["value"] == "2.2")
    assert [r["title"] for r in hidden["remediations"]] == ["[vertrouwelijk]"]


def test_every_rated_onderdeel_is_a_finding(assessment: Assessment) -> None:
    result = _results(assessment)["assessment-results"]["results"][0]
    findings = {p["value"]: f for f in result["findings"] for p in f["props"] if p["name"] == "onderdeel"}
    assert list(findings) == ["1.3.a", "1.3.f", "1.5.e"]
    assert findings["1.3.a"]["target"]["target-id"] == "nhn-1.3_smt.a"
    assert findings["1.3.a"]["target"]["status"] == {"state": "satisfied", "reason": "pass"}
    assert findings["1.3.f"]["target"]["status"] == {"state": "not-satisfied", "reason": "fail"}
    # an example is no statement item: its rating is a finding on the norm's statement
    assert findings["1.5.e"]["target"]["target-id"] == "nhn-1.5_smt"
    assert findings["1.5.e"]["title"] == "1.5.e Woningcorporaties: Voldaan"
    norm_finding = next(f for f in result["findings"] if f["target"]["target-id"] == "nhn-1.1_smt")
    assert norm_finding["title"] == (
        "1.1 Wij beleggen het eigenaarschap voor een weerbare organisatie bij de interne bestuurlijke "
        "driehoek: Voldaan"
    )


def test_results_carry_peildatum_and_adoption(assessment: Assessment) -> None:
    adopted = assessment.model_copy(
        update={
            "status": "vastgesteld",
            "vastgesteld_op": date(2026, 3, 30),
            "vastgesteld_door": "interne driehoek",
        }
    )
    document = _results(adopted)["assessment-results"]
    props = {p["name"]: p["value"] for p in document["metadata"]["props"]}
    assert (props["status"], props["vastgesteld-op"], props["vastgesteld-door"]) == (
        "vastgesteld",
        "2026-03-30",
        "interne driehoek",
    )
    assert document["results"][0]["start"] == "2026-03-20T00:00:00Z"


def test_line_breaks_in_names_and_actions_stay_valid_oscal(tmp_path: Path) -> None:
    """A title or a name is one line in OSCAL; a file may hold line breaks in them."""
    answers = {
        "1.3": {
            "oordeel": "deels",
            "acties": [
                {"omschrijving": "Training\nplannen  voor\r\niedereen", "eigenaar": "Team\nVeiligheid"}
            ],
        }
    }
    assessment = make_assessment(answers, naam="Gemeente\nZeedorp", jaar=2026).model_copy(
        update={"vastgesteld_door": "interne\ndriehoek"}
    )
    results = _results(assessment)
    check(results, tmp_path)
    check(_plan(results), tmp_path)
    (risk,) = results["assessment-results"]["results"][0]["risks"]
    assert risk["remediations"][0]["title"] == "Training plannen voor iedereen"
    assert results["assessment-results"]["metadata"]["parties"][0]["name"] == "Gemeente Zeedorp"
