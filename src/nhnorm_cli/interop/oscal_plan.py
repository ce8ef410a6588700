"""The assessment plan behind an assessment's results: what was assessed (the organisation, every
norm of the catalog) and when (the peildatum), so `import-ap` leads to where the controls are
defined.

OSCAL wants a plan to import a system security plan; a self-assessment against this norm has none
(the organisation as a whole is assessed, not a system). The plan's `import-ssp` therefore points
at the catalog's back-matter entry and says so in its remarks: the nearest honest fit, which every
OSCAL tool resolves to the control definitions. The results carry the plan inside their own
back-matter (base64), so the one exported file is complete."""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

from nhnorm_cli.interop.oscal import (
    OSCAL_VERSION,
    catalog_file,
    catalog_uuid,
    dumps,
    line,
    prefix,
    stable_uuid,
    timestamp,
)
from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.models.norm import Norm

AP_MEDIA_TYPE = "application/oscal.ap+json"
CATALOG_MEDIA_TYPE = "application/oscal.catalog+json"


def assessment_key(norm: Norm, assessment: Assessment) -> tuple[str, str, str]:
    """What identifies one organisation's self-assessment of one year (every uuid derives from it)."""
    org = assessment.organisatie
    return (norm.familie, org.code or org.naam, str(assessment.jaar))


def organisation_party(assessment: Assessment) -> dict[str, Any]:
    org = assessment.organisatie
    entry: dict[str, Any] = {
        "uuid": stable_uuid("party", org.code or org.naam),
        "type": "organization",
        "name": line(org.naam) or "(geen naam)",
    }
    if org.code:
        entry["short-name"] = org.code
    return entry


def plan_uuid(norm: Norm, assessment: Assessment) -> str:
    return stable_uuid("assessment-plan", *assessment_key(norm, assessment))


def catalog_resource(norm: Norm) -> dict[str, Any]:
    """The catalog (`nhnorm norm --format oscal`), by its uuid and the file name README suggests."""
    return {
        "uuid": catalog_uuid(norm),
        "title": f"{norm.titel} {norm.versie}",
        "description": f"De norm als OSCAL-catalogus: nhnorm norm --norm {norm.versie} --format oscal "
        f"-o {catalog_file(norm)}",
        "props": [{"name": "type", "value": "standard"}],
        "rlinks": [{"href": catalog_file(norm), "media-type": CATALOG_MEDIA_TYPE}],
    }


def reviewed_controls(norm: Norm) -> dict[str, Any]:
    """Every norm of the catalog, which the link names (plan and results alike)."""
    return {
        "links": [
            {"href": f"#{catalog_uuid(norm)}", "rel": "reference", "text": f"{norm.titel} {norm.versie}"}
        ],
        "control-selections": [{"include-all": {}}],
    }


def assessment_plan(norm: Norm, assessment: Assessment, generated: datetime) -> dict[str, Any]:
    org = assessment.organisatie
    party = organisation_party(assessment)
    key = assessment_key(norm, assessment)
    catalog = catalog_resource(norm)
    return {
        "uuid": plan_uuid(norm, assessment),
        "metadata": {
            "title": line(f"Plan zelfevaluatie {norm.titel} {assessment.jaar}: {org.naam}"),
            "last-modified": timestamp(generated),
            "version": str(assessment.jaar),
            "oscal-version": OSCAL_VERSION,
            "parties": [party],
        },
        "import-ssp": {
            "href": f"#{catalog['uuid']}",
            "remarks": "Geen systeembeveiligingsplan: de zelfevaluatie toetst de organisatie als geheel "
            "aan de norm; de catalogus van de norm beschrijft wat getoetst wordt.",
        },
        "reviewed-controls": reviewed_controls(norm),
        "assessment-subjects": [
            {"type": "party", "include-subjects": [{"subject-uuid": party["uuid"], "type": "party"}]}
        ],
        "tasks": [
            {
                "uuid": stable_uuid("task", *key, "peildatum"),
                "type": "milestone",
                "title": "Peildatum",
                "description": f"De zelfevaluatie meet de stand op {assessment.peildatum.isoformat()}.",
                "timing": {"on-date": {"date": timestamp(assessment.peildatum)}},
            }
        ],
        "back-matter": {"resources": [catalog]},
    }


def plan_resource(norm: Norm, assessment: Assessment, generated: datetime) -> dict[str, Any]:
    """The plan as a back-matter resource of the results, whole (base64), under the plan's uuid."""
    text = dumps({"assessment-plan": assessment_plan(norm, assessment, generated)})
    return {
        "uuid": plan_uuid(norm, assessment),
        "title": f"Plan zelfevaluatie {assessment.jaar}",
        "props": [{"name": "type", "value": "plan"}],
        "base64": {
            "filename": f"{prefix(norm)}-{norm.versie}-{assessment.jaar}-plan.json",
            "media-type": AP_MEDIA_TYPE,
            "value": base64.b64encode(text.encode("utf-8")).decode("ascii"),
        },
    }
