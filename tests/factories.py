"""Generated assessments for tests (never the example data): answers, whole assessments as data,
Assessment objects or YAML files, synthetic norm versions and a region of 45 organisations."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from nhnorm_cli.editing.yamlmerge import fresh_yaml
from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.source.yamlsource import dump_roundtrip
from nhnorm_cli.versions.norms import load_norm

NORM = load_norm("1.0")
IDS = NORM.requirement_ids
NVT_REASON = "Deze gemeente heeft geen eigen haven."


def answer_data(oordeel: str) -> dict[str, Any]:
    """An answer with a toelichting, whatever the oordeel (nvt needs one, SPEC §2)."""
    return {"oordeel": oordeel, "toelichting": NVT_REASON if oordeel == "nvt" else "Zie het jaarplan."}


def bare_answer(oordeel: str, **fields: Any) -> dict[str, Any]:
    """A bare answer: only what is given, plus the toelichting nvt needs."""
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


def uniform(oordeel: str) -> dict[str, dict[str, Any]]:
    """Every norm answered the same way."""
    return {rid: bare_answer(oordeel) for rid in IDS}


def assessment_data(
    answers: Mapping[str, str | dict[str, Any]],
    *,
    naam: str = "Gemeente Testdorp",
    jaar: int = 2025,
    peildatum: date | None = None,
    status: str = "concept",
    norm: str = "1.0",
    soort: str = "gemeente",
    riec: str | None = None,
    code: str | None = None,
) -> dict[str, Any]:
    """An assessment as data: an answer given as an oordeel gets answer_data(), a dict stays as is."""
    organisatie: dict[str, Any] = {"naam": naam, "soort": soort}
    if riec:
        organisatie["riec"] = riec
    if code:
        organisatie["code"] = code
    return {
        "norm": norm,
        "organisatie": organisatie,
        "jaar": jaar,
        "peildatum": peildatum or date(jaar, 3, 28),
        "status": status,
        "antwoorden": {
            rid: answer_data(given) if isinstance(given, str) else given for rid, given in answers.items()
        },
    }


def make_assessment(answers: Mapping[str, str | dict[str, Any]], **kwargs: Any) -> Assessment:
    return Assessment.model_validate(assessment_data(answers, **kwargs))


def assessment(
    naam: str,
    jaar: int,
    oordelen: dict[str, str],
    *,
    soort: str = "gemeente",
    riec: str | None = None,
    status: str = "concept",
) -> dict[str, Any]:
    """An organisation's year for write_document: bare answers in norm order, peildatum 1 March."""
    answers = {rid: bare_answer(oordelen[rid]) for rid in IDS if rid in oordelen}
    return assessment_data(
        answers, naam=naam, jaar=jaar, peildatum=date(jaar, 3, 1), status=status, soort=soort, riec=riec
    )


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


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def write_assessment(root: Path, slug: str, answers: Mapping[str, str], **kwargs: Any) -> Path:
    """assessments/<slug>/<jaar>.yaml under `root`, as assessment_yaml() writes it."""
    return _write(
        root / "assessments" / slug / f"{kwargs.get('jaar', 2025)}.yaml", assessment_yaml(answers, **kwargs)
    )


def write_document(root: Path, slug: str, data: dict[str, Any]) -> Path:
    """assessments/<slug>/<jaar>.yaml under `root`, as nhnorm itself writes a fresh file."""
    return _write(root / "assessments" / slug / f"{data['jaar']}.yaml", fresh_yaml(data))


def write_year(folder: Path, antwoorden: dict[str, dict[str, Any]], **kwargs: Any) -> Path:
    """folder/<jaar>.yaml with answers that may hold actions and owners (ruamel's dump)."""
    data = assessment_data(antwoorden, **kwargs)
    return _write(folder / f"{data['jaar']}.yaml", dump_roundtrip(data))


def make_norm(versie: str, themes: Mapping[str, list[str]], base: Norm) -> Norm:
    """A synthetic norm version with `base`'s scale: theme id -> norm ids."""
    return Norm.model_validate(
        {
            "familie": base.familie,
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


NH, AA = "RIEC Noord-Holland", "RIEC Amsterdam-Amstelland"


def region(year: int) -> list[tuple[str, dict[str, Any]]]:
    """44 gemeenten and the province, built so every regional number is known by hand:

    - gemeenten 00–08: every norm voldaan; gemeente 09: voldaan, but 6.2 nvt;
    - gemeenten 10–43: 1.1 voldaan, every other norm grotendeels in even years, deels in odd ones;
    - the province: only theme 1 answered, all deels (a concept).
    Gemeenten 00–29 are in RIEC Noord-Holland, 30–43 in RIEC Amsterdam-Amstelland; the province in
    neither.
    """
    organisations = []
    for i in range(44):
        if i < 9:
            oordelen = dict.fromkeys(IDS, "voldaan")
        elif i == 9:
            oordelen = dict.fromkeys(IDS, "voldaan") | {"6.2": "nvt"}
        else:
            rest = "grotendeels" if year % 2 == 0 else "deels"
            oordelen = dict.fromkeys(IDS, rest) | {"1.1": "voldaan"}
        data = assessment(f"Gemeente Proef {i:02d}", year, oordelen, riec=NH if i < 30 else AA)
        organisations.append((f"proef-{i:02d}", data))
    theme_1 = {rid: "deels" for rid in IDS if rid.startswith("1.")}
    province = assessment("Provincie Noord-Holland", year, theme_1, soort="provincie")
    organisations.append(("provincie-noord-holland", province))
    return organisations


def write_region(root: Path, years: list[int], *, province_joins_last: bool = True) -> None:
    for year in years:
        for slug, data in region(year):
            if province_joins_last and slug == "provincie-noord-holland" and year != years[-1]:
                continue  # the province joins in the last year: it has no change to report
            write_document(root, slug, data)
