"""Small assessments for tests: the same answers as an Assessment object or as YAML text."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.models.norm import Norm

NVT_REASON = "Deze gemeente heeft geen eigen haven."


def answer_data(oordeel: str) -> dict[str, Any]:
    # nvt needs a toelichting (SPEC §2); give every answer one so files stay valid.
    return {"oordeel": oordeel, "toelichting": NVT_REASON if oordeel == "nvt" else "Zie het jaarplan."}


def assessment_data(
    answers: Mapping[str, str],
    *,
    naam: str = "Gemeente Testdorp",
    jaar: int = 2025,
    status: str = "concept",
    norm: str = "1.0",
    code: str | None = None,
) -> dict[str, Any]:
    organisatie: dict[str, Any] = {"naam": naam, "soort": "gemeente"}
    if code:
        organisatie["code"] = code
    return {
        "norm": norm,
        "organisatie": organisatie,
        "jaar": jaar,
        "peildatum": date(jaar, 3, 28),
        "status": status,
        "antwoorden": {rid: answer_data(oordeel) for rid, oordeel in answers.items()},
    }


def make_assessment(answers: Mapping[str, str], **kwargs: Any) -> Assessment:
    return Assessment.model_validate(assessment_data(answers, **kwargs))


def assessment_yaml(answers: Mapping[str, str], **kwargs: Any) -> str:
    """YAML text; every scalar is written as JSON (valid YAML), ids and versions quoted."""
    data = assessment_data(answers, **kwargs)
    org = data["organisatie"]
    lines = [f"norm: {json.dumps(data['norm'])}", "organisatie:"]
    lines += [f"  {key}: {json.dumps(value, ensure_ascii=False)}" for key, value in org.items()]
    lines += [
        f"jaar: {data['jaar']}",
        f"peildatum: {data['peildatum'].isoformat()}",
        f"status: {data['status']}",
        "antwoorden:" + ("" if data["antwoorden"] else " {}"),
    ]
    for rid, answer in data["antwoorden"].items():
        lines.append(f"  {json.dumps(rid)}:")
        lines += [f"    {key}: {json.dumps(value, ensure_ascii=False)}" for key, value in answer.items()]
    return "\n".join(lines) + "\n"


def write_assessment(root: Path, slug: str, answers: Mapping[str, str], **kwargs: Any) -> Path:
    """assessments/<slug>/<jaar>.yaml under `root`."""
    path = root / "assessments" / slug / f"{kwargs.get('jaar', 2025)}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(assessment_yaml(answers, **kwargs), encoding="utf-8")
    return path


def make_norm(versie: str, themes: Mapping[str, list[str]], base: Norm) -> Norm:
    """A synthetic norm version with `base`'s scale: theme id -> norm ids."""
    return Norm.model_validate(
        {
            "versie": versie,
            "titel": "Testnorm",
            "oordelen": [r.model_dump() for r in base.oordelen],
            "themas": [
                {
                    "id": tid,
                    "titel": f"Thema {tid}",
                    "omschrijving": "Test.",
                    "normen": [{"id": rid, "tekst": f"Norm {rid}."} for rid in ids],
                }
                for tid, ids in themes.items()
            ],
        }
    )
