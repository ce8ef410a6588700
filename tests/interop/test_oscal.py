"""OSCAL exports: the norm as a catalog and an assessment as assessment-results. Both load in
compliance-trestle's OSCAL models and validate against NIST's official JSON Schema (offline)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from trestle.oscal.assessment_results import AssessmentResults
from trestle.oscal.catalog import Catalog
from trestle.oscal.mapping import MappingCollection

from nhnorm_cli.interop.oscal import OSCAL_VERSION
from nhnorm_cli.interop.oscal_catalog import catalog_json
from nhnorm_cli.versions.norms import load_norm
from tests.conftest import DATA, Runner
from tests.factories import NORM, write_year

SCHEMAS = DATA / "oscal"


def _schema_errors(schema: str, document: Path) -> str:
    """check-jsonschema's verdict; '' when valid. A subprocess: its CLI is its stable interface."""
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(SCHEMAS / schema), str(document)],
        capture_output=True,
        text=True,
        check=False,
    )
    return "" if result.returncode == 0 else result.stdout + result.stderr


def _control(catalog: dict[str, Any], control_id: str) -> dict[str, Any]:
    return next(c for g in catalog["groups"] for c in g["controls"] if c["id"] == control_id)


def test_catalog_loads_in_trestle_and_validates(nhnorm: Runner, tmp_path: Path) -> None:
    path = tmp_path / "catalog.json"
    nhnorm("norm", "--format", "oscal", "--output", path)
    document = json.loads(path.read_text(encoding="utf-8"))
    catalog = Catalog.model_validate(document["catalog"])
    assert catalog.metadata.oscal_version.root.root == OSCAL_VERSION
    assert [g.id for g in catalog.groups or []] == [f"nhn-thema-{n}" for n in range(1, 7)]
    assert sum(len(g.controls or []) for g in catalog.groups or []) == 47
    assert _schema_errors("oscal_catalog_schema.json", path) == ""
    # the same norm gives the same identities on every export
    again = json.loads(catalog_json(load_norm("1.0"), datetime(2030, 1, 1, tzinfo=UTC)))
    assert again["catalog"]["uuid"] == document["catalog"]["uuid"]


def test_catalog_control_has_statement_items_and_guidance() -> None:
    catalog = json.loads(catalog_json(NORM, datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)))["catalog"]
    assert catalog["metadata"]["last-modified"] == "2026-01-02T03:04:05Z"
    assert catalog["metadata"]["version"] == "1.0"
    control = _control(catalog, "nhn-5.5")
    statement, guidance = control["parts"]
    assert (statement["id"], statement["name"], guidance["name"]) == ("nhn-5.5_smt", "statement", "guidance")
    assert statement["prose"] == NORM.requirement("5.5").tekst  # type: ignore[union-attr]
    items = {p["id"]: p for p in statement["parts"]}
    assert len(items) == 9
    optional = [
        c.id
        for c in NORM.requirement("5.5").onderdelen
        if not c.verplicht  # type: ignore[union-attr]
    ]
    for component in NORM.requirement("5.5").onderdelen:  # type: ignore[union-attr]
        item = items[f"nhn-5.5_smt.{component.id[-1]}"]
        props = {p["name"]: p["value"] for p in item["props"]}
        expected = {"label": component.id, "verplicht": "false" if component.id in optional else "true"}
        assert props == expected | ({"aard": "kan-bepaling"} if component.id in optional else {})
    assert optional, "5.5 has kan-bepalingen"
    assert _control(catalog, "nhn-5.2")["props"] == [
        {"name": "label", "value": "5.2"},
        {"name": "groep", "value": "Algemene Plaatselijke Verordening (APV)", "ns": "urn:nhnorm:oscal"},
    ]


def test_oscal_ids_are_tokens(tmp_path: Path) -> None:
    """A digit may not start an OSCAL token: the schema itself rejects `1.1` as a control id."""
    document = json.loads(catalog_json(NORM, datetime(2026, 1, 1, tzinfo=UTC)))
    document["catalog"]["groups"][0]["controls"][0]["id"] = "1.1"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert "does not match" in _schema_errors("oscal_catalog_schema.json", path)


ANSWERS = {
    "1.1": {
        "oordeel": "voldaan",
        "toelichting": "Driehoek belegd.",
        "bewijs": ["Collegebesluit 2025", "https://example.org/besluit.pdf"],
    },
    "1.2": {
        "oordeel": "deels",
        "toelichting": "Geheim plan.",
        "bewijs": ["Intern memo"],
        "vertrouwelijk": True,
    },
    "1.3": {"oordeel": "grotendeels", "onderdelen": {"1.3.a": "voldaan", "1.3.b": "niet"}},
    "1.4": {"oordeel": "nvt", "toelichting": "Geen gemeentelijke taak."},
    "1.5": {
        "oordeel": "niet",
        "acties": [{"omschrijving": "Plan maken", "eigenaar": "J. de Vries", "gereed": date(2026, 6, 1)}],
    },
}


@pytest.fixture
def exported(nhnorm: Runner, repo: Path) -> tuple[Path, Path]:
    folder = repo / "assessments" / "testdorp"
    write_year(folder, ANSWERS, naam="Gemeente Testdorp", jaar=2026, peildatum=date(2026, 3, 1))
    full, public = repo / "ar.json", repo / "ar-public.json"
    nhnorm("export", "--year", "2026", "--org", "testdorp", "--format", "oscal", "-o", full)
    nhnorm("export", "--year", "2026", "--org", "testdorp", "--format", "oscal", "--public", "-o", public)
    return full, public


def _findings(path: Path) -> dict[str, dict[str, Any]]:
    document = json.loads(path.read_text(encoding="utf-8"))["assessment-results"]
    return {f["target"]["target-id"]: f for f in document["results"][0]["findings"]}


def test_results_load_in_trestle_and_validate(exported: tuple[Path, Path]) -> None:
    for path in exported:
        document = json.loads(path.read_text(encoding="utf-8"))
        results = AssessmentResults.model_validate(document["assessment-results"])
        # a finding per answered norm and per rated onderdeel (1.3.a, 1.3.b)
        assert len(results.results[0].findings or []) == len(ANSWERS) + 2
        assert _schema_errors("oscal_assessment-results_schema.json", path) == ""


def test_results_carry_oordeel_as_state_and_property(exported: tuple[Path, Path]) -> None:
    findings = _findings(exported[0])
    expected = {
        "1.1": ("voldaan", "satisfied", "pass"),
        "1.2": ("deels", "not-satisfied", "fail"),
        "1.3": ("grotendeels", "not-satisfied", "fail"),
        "1.4": ("nvt", "satisfied", "other"),
        "1.5": ("niet", "not-satisfied", "fail"),
    }
    for rid, (oordeel, state, reason) in expected.items():
        finding = findings[f"nhn-{rid}_smt"]
        assert {"name": "oordeel", "value": oordeel, "ns": "urn:nhnorm:oscal"} in finding["props"]
        assert finding["target"]["status"] == {"state": state, "reason": reason}
    for item, state in (("a", "satisfied"), ("b", "not-satisfied")):
        assert findings[f"nhn-1.3_smt.{item}"]["target"]["status"]["state"] == state


def test_results_have_one_observation_per_bewijs_item(exported: tuple[Path, Path]) -> None:
    document = json.loads(exported[0].read_text(encoding="utf-8"))["assessment-results"]
    observations = document["results"][0]["observations"]
    assert [o["description"] for o in observations] == [
        "Collegebesluit 2025",
        "https://example.org/besluit.pdf",
        "Intern memo",
    ]
    # undated: the peildatum, marked as such
    assert {o["collected"] for o in observations} == {"2026-03-01T00:00:00Z"}
    assert all(
        {"name": "datum", "value": "onbekend", "ns": "urn:nhnorm:oscal"} in o["props"] for o in observations
    )
    assert observations[1]["relevant-evidence"] == [
        {"href": "https://example.org/besluit.pdf", "description": "https://example.org/besluit.pdf"}
    ]
    linked = _findings(exported[0])["nhn-1.1_smt"]["related-observations"]
    assert [r["observation-uuid"] for r in linked] == [o["uuid"] for o in observations[:2]]


def test_public_results_leave_out_confidential_text_and_names(exported: tuple[Path, Path]) -> None:
    full, public = (p.read_text(encoding="utf-8") for p in exported)
    assert "Geheim plan." in full and "Intern memo" in full
    for secret in ("Geheim plan.", "Intern memo", "J. de Vries"):
        assert secret not in public
    finding = _findings(exported[1])["nhn-1.2_smt"]
    assert finding["description"] == NORM.requirement("1.2").tekst  # type: ignore[union-attr]
    assert "related-observations" not in finding
    assert "J. de Vries" in full  # an owner is named only outside public mode


def test_results_identities_are_stable(nhnorm: Runner, exported: tuple[Path, Path], repo: Path) -> None:
    again = repo / "again.json"
    nhnorm("export", "--year", "2026", "--org", "testdorp", "--format", "oscal", "-o", again)
    first, second = (
        json.loads(p.read_text(encoding="utf-8"))["assessment-results"] for p in (exported[0], again)
    )
    assert first["uuid"] == second["uuid"]
    assert first["results"] == second["results"]
    assert nhnorm("export", "--year", "2026", "--org", "testdorp", "-f", "oscal", "-o", again, expect=2)


def test_version_mapping_as_an_oscal_mapping_collection(nhnorm: Runner, norm11: Path, tmp_path: Path) -> None:
    path = tmp_path / "mapping.json"
    nhnorm("norm", "--mapping", "1.0--1.1", "--format", "oscal", "-o", path)
    document = json.loads(path.read_text(encoding="utf-8"))["mapping-collection"]
    MappingCollection.model_validate(document)
    assert _schema_errors("oscal_mapping_schema.json", path) == ""
    mapping = document["mappings"][0]
    resources = {r["uuid"] for r in document["back-matter"]["resources"]}
    catalog = json.loads(catalog_json(load_norm("1.0"), datetime(2026, 1, 1, tzinfo=UTC)))["catalog"]
    assert mapping["source-resource"]["href"] == f"#{catalog['uuid']}" and catalog["uuid"] in resources
    maps = {m["sources"][0]["id-ref"]: m for m in mapping["maps"]}
    assert len(maps) == 46
    assert [t["id-ref"] for t in maps["nhn-3.2"]["targets"]] == ["nhn-3.2", "nhn-3.11"]
    assert {k: maps[k]["relationship"] for k in ("nhn-1.1", "nhn-2.7", "nhn-3.2", "nhn-4.7")} == {
        "nhn-1.1": "equal-to",
        "nhn-2.7": "subset-of",
        "nhn-3.2": "intersects-with",
        "nhn-4.7": "equal-to",
    }
    assert mapping["source-gap-summary"]["unmapped-controls"] == [{"with-ids": ["nhn-6.2"]}]
    assert mapping["target-gap-summary"]["unmapped-controls"] == [{"with-ids": ["nhn-4.7"]}]


def test_the_examples_dated_bewijs_exports_with_its_dates(nhnorm: Runner, repo: Path) -> None:
    path = repo / "zeedorp.json"
    nhnorm("export", "--year", "2026", "--org", "zeedorp", "--format", "oscal", "-o", path)
    document = json.loads(path.read_text(encoding="utf-8"))
    AssessmentResults.model_validate(document["assessment-results"])
    assert _schema_errors("oscal_assessment-results_schema.json", path) == ""
    observations = document["assessment-results"]["results"][0]["observations"]
    assert any("expires" in o for o in observations)
    assert any(o["collected"] != "2026-03-20T00:00:00Z" for o in observations)  # dated, not the peildatum
