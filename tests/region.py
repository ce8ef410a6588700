"""A deterministic test region: a register of 41 organisations and their files for 2024–2026,
built so every intake and overview number is known by hand.

Gemeenten 00–39 ("Gemeente Proefstad NN", code GM90NN) and one province ("Provincie Proefland",
PV98). RIEC Noord-Holland: 00–21 and the province; RIEC Amsterdam-Amstelland: 22–26;
RIEC Midden-Nederland: 27–39.

- 00–29 vastgesteld every year, on 20 March; in 2026 gemeenten 25–29 only on 15 April (late).
- 30–34 vastgesteld in 2024 and 2025, missing in 2026.
- 35–39 concept every year: norms 1.1–2.5 (the first ten) voldaan, the rest open.
- The province: a concept with only 1.1 voldaan in 2026, nothing before.

Oordelen of the vastgesteld files: 2024 every norm deels but 1.1 voldaan; 2025 every norm
grotendeels; 2026 gemeenten 00–09 every norm voldaan, the others grotendeels but 6.2 voldaan.
Even gemeenten have `slug: proefstad-NN` in the register and their folder has that name; odd ones
derive their slug from the name (gemeente-proefstad-NN). Every fifth gemeente's files sit in a
folder `archief-NN` and are matched by their organisatie.code instead.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from nhnorm_cli.editing.yamlmerge import fresh_yaml
from tests.factories import IDS, assessment

YEARS = (2024, 2025, 2026)
NH, AA, MN = "RIEC Noord-Holland", "RIEC Amsterdam-Amstelland", "RIEC Midden-Nederland"
GEMEENTEN = range(40)
PROVINCE = {"code": "PV98", "naam": "Provincie Proefland", "soort": "provincie", "riec": NH}


def riec(i: int) -> str:
    return NH if i < 22 else AA if i < 27 else MN


def naam(i: int) -> str:
    return f"Gemeente Proefstad {i:02d}"


def code(i: int) -> str:
    return f"GM90{i:02d}"


def register_slug(i: int) -> str:
    return f"proefstad-{i:02d}" if i % 2 == 0 else f"gemeente-proefstad-{i:02d}"


def folder(i: int) -> str:
    return f"archief-{i:02d}" if i % 5 == 0 else register_slug(i)


def register_yaml() -> str:
    lines = ["riecs:", f"  - {NH}", f"  - {AA}", f"  - {MN}", "organisaties:"]
    for i in GEMEENTEN:
        lines += [
            f"  - code: {code(i)}",
            f"    naam: {naam(i)}",
            "    soort: gemeente",
            f"    riec: {riec(i)}",
        ]
        if i % 2 == 0:
            lines.append(f"    slug: {register_slug(i)}")
    lines += [f"  - {k}: {v}" if k == "code" else f"    {k}: {v}" for k, v in PROVINCE.items()]
    return "\n".join(lines) + "\n"


def oordelen(i: int, year: int) -> dict[str, str]:
    if year == 2024:
        return dict.fromkeys(IDS, "deels") | {"1.1": "voldaan"}
    if year == 2025:
        return dict.fromkeys(IDS, "grotendeels")
    if i < 10:
        return dict.fromkeys(IDS, "voldaan")
    return dict.fromkeys(IDS, "grotendeels") | {"6.2": "voldaan"}


def gemeente(i: int, year: int) -> dict[str, Any] | None:
    """Organisation i's file of `year` as data, or None when it is missing."""
    if 30 <= i < 35 and year == 2026:
        return None
    if i >= 35:
        data = assessment(naam(i), year, dict.fromkeys(IDS[:10], "voldaan"), riec=riec(i))
    else:
        data = assessment(naam(i), year, oordelen(i, year), riec=riec(i), status="vastgesteld")
        late = year == 2026 and 25 <= i < 30
        data["vastgesteld_op"] = date(year, 4, 15) if late else date(year, 3, 20)
    if i % 5 == 0:
        data["organisatie"]["code"] = code(i)
    return data


def province(year: int) -> dict[str, Any] | None:
    if year != 2026:
        return None
    return assessment(PROVINCE["naam"], year, {"1.1": "voldaan"}, soort="provincie", riec=NH)


def write(root: Path, years: tuple[int, ...] = YEARS) -> None:
    """organisaties.yaml and assessments/<folder>/<jaar>.yaml under `root` (made a repository)."""
    (root / ".git").mkdir(exist_ok=True)  # the repository root: where the register is looked for
    (root / "organisaties.yaml").write_text(register_yaml(), encoding="utf-8")
    for year in years:
        files = [(folder(i), gemeente(i, year)) for i in GEMEENTEN] + [
            ("provincie-proefland", province(year))
        ]
        for name, data in files:
            if data is not None:
                path = root / "assessments" / name / f"{year}.yaml"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(fresh_yaml(data), encoding="utf-8")


def identifying() -> list[str]:
    """Every name, slug, folder and code of the region: none may appear in an anonymous overview."""
    words = ["Proefstad", "Proefland", "provincie-proefland", PROVINCE["code"]]
    for i in GEMEENTEN:
        words += [naam(i), code(i), register_slug(i), folder(i)]
    return words
