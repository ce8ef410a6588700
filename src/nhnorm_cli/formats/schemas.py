"""JSON Schemas generated from the models, enriched with the norm so editors can complete ids,
oordelen and show each norm's text on hover (yaml-language-server)."""

from __future__ import annotations

from typing import Any

from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.models.mapping import VersionMapping
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.register import Register

SCHEMA_FILES = {
    "assessment": "assessment.schema.json",
    "norm": "norm.schema.json",
    "register": "organisaties.schema.json",
    "mapping": "mapping.schema.json",
}
_DIALECT = "https://json-schema.org/draft/2020-12/schema"

_DUTCH_TITLES = {
    "Assessment": "Zelfevaluatie (implementatieoverzicht) Noord-Hollandse Norm Weerbare Overheid",
    "Organisation": "De organisatie die zichzelf beoordeelt",
    "Answer": "Antwoord op één norm",
    "Action": "Verbeteractie",
}


def assessment_schema(norm: Norm) -> dict[str, Any]:
    """The assessment schema; ids, oordelen and onderdelen come from `norm`."""
    schema = Assessment.model_json_schema()
    defs = schema["$defs"]
    for name, title in _DUTCH_TITLES.items():
        target = schema if name == "Assessment" else defs[name]
        target["title"] = title
        target.pop("description", None)
    ratings = norm.rating_keys
    defs["Answer"]["properties"]["oordeel"]["enum"] = ratings
    components = [c.id for r in norm.requirements for c in r.onderdelen]
    defs["Answer"]["properties"]["onderdelen"] = {
        "type": "object",
        "description": defs["Answer"]["properties"]["onderdelen"].get("description", ""),
        "propertyNames": {"enum": components},
        "additionalProperties": {"enum": ratings},
    }
    schema["properties"]["norm"]["enum"] = [norm.versie]
    schema["properties"]["antwoorden"] = {
        "type": "object",
        "description": schema["properties"]["antwoorden"].get("description", ""),
        "properties": {
            r.id: {"$ref": "#/$defs/Answer", "description": f"{r.id} {r.tekst}"} for r in norm.requirements
        },
        "additionalProperties": False,
    }
    return {"$schema": _DIALECT, **schema}


def norm_schema() -> dict[str, Any]:
    schema = Norm.model_json_schema()
    schema["title"] = "Noord-Hollandse Norm Weerbare Overheid (norm/<versie>.yaml)"
    schema.pop("description", None)
    return {"$schema": _DIALECT, **schema}


def register_schema() -> dict[str, Any]:
    """The region's register, organisaties.yaml (SPEC §6)."""
    schema = Register.model_json_schema()
    schema["title"] = "Register van de regio (organisaties.yaml)"
    schema.pop("description", None)
    schema["$defs"]["RegisterEntry"]["title"] = "Organisatie in het register"
    return {"$schema": _DIALECT, **schema}


def mapping_schema() -> dict[str, Any]:
    schema = VersionMapping.model_json_schema()
    schema["title"] = "Mapping tussen normversies (norm/mappings/<van>--<naar>.yaml)"
    schema.pop("description", None)
    return {"$schema": _DIALECT, **schema}
