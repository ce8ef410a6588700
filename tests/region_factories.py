"""Factories for overview and spreadsheet tests: whole assessments and a region of organisations."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from nhnorm_cli.norm import load_norm
from nhnorm_cli.yamlmerge import fresh_yaml

NORM = load_norm("1.0")
IDS = NORM.requirement_ids


def answer(oordeel: str) -> dict[str, Any]:
    if oordeel == "nvt":
        return {"oordeel": "nvt", "toelichting": "Deze taak ligt niet bij ons."}
    return {"oordeel": oordeel}


def assessment(
    naam: str,
    jaar: int,
    oordelen: dict[str, str],
    *,
    soort: str = "gemeente",
    riec: str | None = None,
    status: str = "concept",
) -> dict[str, Any]:
    organisatie: dict[str, Any] = {"naam": naam, "soort": soort}
    if riec:
        organisatie["riec"] = riec
    return {
        "norm": "1.0",
        "organisatie": organisatie,
        "jaar": jaar,
        "peildatum": date(jaar, 3, 1),
        "status": status,
        "antwoorden": {rid: answer(oordelen[rid]) for rid in IDS if rid in oordelen},
    }


def write(root: Path, slug: str, data: dict[str, Any]) -> Path:
    path = root / "assessments" / slug / f"{data['jaar']}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(fresh_yaml(data), encoding="utf-8")
    return path


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
            write(root, slug, data)
