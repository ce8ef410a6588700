"""Factories for report tests: answers with actions and owners, uniform assessments, YAML files."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.norm import load_norm
from nhnorm_cli.yamlsource import dump_roundtrip

NORM = load_norm("1.0")
ALL_IDS = NORM.requirement_ids


def answer(oordeel: str, **fields: Any) -> dict[str, Any]:
    if oordeel == "nvt":
        fields.setdefault("toelichting", "Geldt niet voor ons.")
    return {"oordeel": oordeel, **fields}


def action(
    omschrijving: str, *, eigenaar: str | None = None, gereed: date | None = None, afgerond: bool = False
) -> dict[str, Any]:
    data: dict[str, Any] = {"omschrijving": omschrijving}
    if eigenaar is not None:
        data["eigenaar"] = eigenaar
    if gereed is not None:
        data["gereed"] = gereed
    if afgerond:
        data["afgerond"] = True
    return data


def assessment_data(
    antwoorden: dict[str, dict[str, Any]],
    *,
    naam: str = "Gemeente Proefdorp",
    jaar: int = 2025,
    peildatum: date | None = None,
    status: str = "concept",
) -> dict[str, Any]:
    return {
        "norm": "1.0",
        "organisatie": {"naam": naam, "soort": "gemeente"},
        "jaar": jaar,
        "peildatum": peildatum or date(jaar, 3, 28),
        "status": status,
        "antwoorden": antwoorden,
    }


def make_assessment(antwoorden: dict[str, dict[str, Any]], **kwargs: Any) -> Assessment:
    return Assessment.model_validate(assessment_data(antwoorden, **kwargs))


def uniform(oordeel: str) -> dict[str, dict[str, Any]]:
    """Every norm answered the same way."""
    return {rid: answer(oordeel) for rid in ALL_IDS}


def write_assessment(folder: Path, antwoorden: dict[str, dict[str, Any]], **kwargs: Any) -> Path:
    """Write a generated assessment as YAML to folder/<jaar>.yaml."""
    data = assessment_data(antwoorden, **kwargs)
    path = folder / f"{data['jaar']}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_roundtrip(data), encoding="utf-8")
    return path
