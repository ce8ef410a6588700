"""Checking an OSCAL document the way the tests do: compliance-trestle's models and NIST's OSCAL
1.2.1 JSON Schemas (tests/data/oscal/, through check-jsonschema's CLI, offline)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from trestle.oscal.assessment_plan import AssessmentPlan
from trestle.oscal.assessment_results import AssessmentResults
from trestle.oscal.catalog import Catalog

from tests.conftest import DATA

MODELS: dict[str, tuple[str, Any]] = {
    "catalog": ("oscal_catalog_schema.json", Catalog),
    "assessment-plan": ("oscal_assessment-plan_schema.json", AssessmentPlan),
    "assessment-results": ("oscal_assessment-results_schema.json", AssessmentResults),
}


def check(document: dict[str, Any], folder: Path) -> None:
    """Raise AssertionError unless trestle loads the document and the NIST schema accepts it."""
    (kind,) = document
    schema, model = MODELS[kind]
    model.model_validate(document[kind])
    path = folder / f"{kind}.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(DATA / "oscal" / schema), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
