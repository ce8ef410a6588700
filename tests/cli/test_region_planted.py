"""The region's figures count each organisation once, say whom they cover and judge delivery as the
seeds do (issue 19), on the planted test region of tests/planted.py: exact figures in every
overview format, named and anonymous, and in intake; nobody named in an anonymous output."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests import planted
from tests import region as testregion
from tests.conftest import Runner

AFTER = ("--vandaag", "2026-05-01")
FORMATS = ("text", "json", "csv", "md", "html")
LEFT_OUT = [
    "assessments/gemeente-buitenaf/2026.yaml:1:1: waarschuwing NIET-IN-REGISTER",
    "assessments/kopie-03/2026.yaml:6:7: fout DUBBELE-BEOORDELING: Gemeente Proefstad 03 heeft voor 2026 al "
    "een zelfevaluatie: assessments/gemeente-proefstad-03/2026.yaml",
    'assessments/proefstad-12/2026.yaml:3:9: fout WIJKT-AF-VAN-REGISTER: naam "Gemeente Proefstad 12" wijkt '
    'af van het register, waar code GM9023 naam "Gemeente Proefstad 23" heeft',
    'assessments/proefstad-12/2026.yaml:5:9: fout WIJKT-AF-VAN-REGISTER: riec "RIEC Noord-Holland" wijkt af',
    "assessments/proefstad-14/2026.yaml:2:1: fout YAML-SYNTAX",
    "assessments/zz-link-10/2026.yaml:7:7: fout DUBBELE-BEOORDELING: Gemeente Proefstad 10 heeft voor 2026 "
    "al een zelfevaluatie: assessments/archief-10/2026.yaml",
]


@pytest.fixture(scope="module")
def planted_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("planted")
    planted.write(root)
    return root


@pytest.fixture
def region(planted_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(planted_dir)
    return planted_dir


def _overview(nhnorm: Runner, fmt: str, *args: str) -> str:
    return nhnorm("overview", "--year", "2026", "--format", fmt, *args, expect=1).stdout


def _json(nhnorm: Runner, *args: str) -> dict[str, Any]:
    return json.loads(_overview(nhnorm, "json", *args))  # type: ignore[no-any-return]


# --- validate and intake -------------------------------------------------------------------------


def test_validate_names_every_plant(nhnorm: Runner, region: Path) -> None:
    out = nhnorm("validate", expect=1).stdout
    for line in LEFT_OUT:
        assert line in out, line
    assert "assessments/proefstad-16/2025.yaml:2:8: fout YAML-SYNTAX" in out


def test_intake_json(nhnorm: Runner, region: Path) -> None:
    result = nhnorm("intake", "--year", "2026", "-f", "json", *AFTER, expect=1)
    data = json.loads(result.stdout)
    rows = {r["code"]: r for r in data["organisaties"]}
    assert data["totalen"] == {
        "ontbreekt": 6,
        "onleesbaar": 1,
        "concept": 6,
        "vastgesteld": 28,
        "te_laat": 11,
    }
    late = [code for code, r in rows.items() if r["te_laat"]]
    assert late == [
        "GM9012",
        "GM9014",
        *(testregion.code(i) for i in (30, 31, 32, 33, 34, 37, 38, 39)),
        "PV98",
    ]
    # the copy and the link are not second deliveries; the first file (path order) is the one
    assert rows["GM9003"]["bestand"] == "assessments/gemeente-proefstad-03/2026.yaml"
    assert rows["GM9010"]["bestand"] == "assessments/archief-10/2026.yaml"
    # a file that contradicts the register is nobody's: neither 12 (its folder) nor 23 (its code)
    assert (rows["GM9012"]["status"], rows["GM9012"]["bestand"]) == ("ontbreekt", None)
    assert rows["GM9023"]["bestand"] == "assessments/gemeente-proefstad-23/2026.yaml"
    assert rows["GM9014"] | {"naam": ""} == {
        "code": "GM9014",
        "naam": "",
        "riec": "RIEC Noord-Holland",
        "soort": "gemeente",
        "bestand": "assessments/proefstad-14/2026.yaml",
        "status": "onleesbaar",
        "beantwoord": 0,
        "vastgesteld_op": None,
        "ontvangen_op": None,
        "te_laat": True,
    }
    # received before the deadline is on time, even when adopted after it (25) or still a concept (35)
    assert (rows["GM9025"]["vastgesteld_op"], rows["GM9025"]["ontvangen_op"], rows["GM9025"]["te_laat"]) == (
        "2026-04-15",
        "2026-03-30",
        False,
    )
    assert (rows["GM9035"]["status"], rows["GM9035"]["te_laat"]) == ("concept", False)
    assert (rows["GM9037"]["ontvangen_op"], rows["GM9037"]["te_laat"]) == ("2026-04-10", True)
    for line in LEFT_OUT[2:4]:
        assert line in result.stderr
    for line in (LEFT_OUT[1], LEFT_OUT[5]):  # at the same place as validate and overview say it
        assert line in result.stderr
    assert "assessments/gemeente-buitenaf/2026.yaml:1:1: waarschuwing NIET-IN-REGISTER" in result.stderr


def test_intake_text_csv_md(nhnorm: Runner, region: Path) -> None:
    lines = nhnorm("intake", "--year", "2026", *AFTER, expect=1).stdout.splitlines()
    assert lines[2].split("  ")[0] == "Code"
    assert "Ontvangen op" in lines[2]
    assert lines[4].split()[-6:] == ["20", "maart", "2026", "25", "maart", "2026"]
    assert lines[18].split()[:5] == ["GM9014", "Gemeente", "Proefstad", "14", "RIEC"]
    assert lines[18].split()[-4:] == ["onleesbaar", "–", "–", "ja"]
    assert lines[-1] == "41 organisaties: 28 vastgesteld, 6 concept, 1 onleesbaar, 6 ontbreekt; 11 te laat"
    rows = list(
        csv.DictReader(io.StringIO(nhnorm("intake", "--year", "2026", "-f", "csv", *AFTER, expect=1).stdout))
    )
    assert (rows[29]["code"], rows[29]["ontvangen_op"], rows[29]["te_laat"]) == (
        "GM9029",
        "2026-03-30",
        "nee",
    )
    md = nhnorm("intake", "--year", "2026", "-f", "md", *AFTER, expect=1).stdout
    assert "| GM9014 | Gemeente Proefstad 14 | RIEC Noord-Holland | onleesbaar | – | – |   | ja |" in md


# --- the named overview --------------------------------------------------------------------------

VOORTGANG = {
    "organisaties": 28,  # 00–29 without 12 (contradicts the register) and 14 (unreadable)
    "volledig_voldaan": 10,
    "aandeel_volledig_voldaan": 35.7,
    "normen_beoordeeld": 1316,
    "normen_voldaan": 488,  # 10 × 47 + 18 × 1 (6.2)
    "aandeel_normen_voldaan": 37.1,
    "gemiddelde_score": 79.0,  # (10 × 100 + 18 × 67.4) / 28
}
COVERAGE = (
    "De cijfers staan voor 28 van de 41 organisaties in het register; 35 leverden een bestand in, 6 niet."
)


def test_named_json(nhnorm: Runner, region: Path) -> None:
    result = nhnorm("overview", "--year", "2026", "--format", "json", expect=1)
    data = json.loads(result.stdout)
    assert data["dekking"] == {"geregistreerd": 41, "ingeleverd": 35, "meegeteld": 28}
    assert data["voortgang"] == VOORTGANG
    rows = data["organisaties"]
    assert [r["code"] for r in rows] == [testregion.code(i) for i in range(40)] + ["PV98"]  # register order
    status = {r["code"]: r["status"] for r in rows}
    assert [c for c, s in status.items() if s == "ontbreekt"] == [
        "GM9012",
        *(f"GM90{i}" for i in range(30, 35)),
    ]
    assert [c for c, s in status.items() if s == "onleesbaar"] == ["GM9014"]
    assert rows[10]["slug"] == "proefstad-10"  # the register's slug, found by code in archief-10/
    assert [(g["riec"], g["organisaties"], g["dekking"]) for g in data["per_riec"]] == [
        ("RIEC Amsterdam-Amstelland", 5, {"geregistreerd": 5, "ingeleverd": 5, "meegeteld": 5}),
        ("RIEC Midden-Nederland", 3, {"geregistreerd": 13, "ingeleverd": 8, "meegeteld": 3}),
        ("RIEC Noord-Holland", 20, {"geregistreerd": 23, "ingeleverd": 22, "meegeteld": 20}),
    ]
    for line in LEFT_OUT:
        assert line in result.stderr
    assert "assessments/proefstad-16/2025.yaml:2:8: fout YAML-SYNTAX" in result.stderr  # last year's
    assert "6 bestand(en) niet meegenomen in het overzicht" in result.stderr


def test_named_text_md_html_csv(nhnorm: Runner, region: Path) -> None:
    text = _overview(nhnorm, "text")
    assert "De cijfers van de regio tellen alleen de 28 vastgestelde zelfevaluaties; 6 concept(en)" in text
    assert COVERAGE in text
    table = text[: text.index("Thema's:")].splitlines()
    marks = [ln.split()[3 if ln.startswith(" Gemeente") else 2] for ln in table if ln[1:2] in ("G", "P")]
    assert len(marks) == 41  # every register entry has a row
    assert (marks[12], marks[14], marks[30], marks[35]) == ("–", "!", "–", "C")
    assert marks.count("V") == 28 and marks.count("!") == 1 and marks.count("–") == 6
    md = _overview(nhnorm, "md")
    assert COVERAGE in md
    assert "| Gemeente Proefstad 14 | onleesbaar | 0 | – | – | – | – | – | – | – | – |" in md
    assert "| Gemeente Proefstad 30 | ontbreekt | 0 | – | – | – | – | – | – | – | – |" in md
    assert "| Alle organisaties | 28 | 10 (35,7%) | 488 van 1316 (37,1%) | 79,0 |" in md
    html = _overview(nhnorm, "html")
    assert f'<p class="klein">{COVERAGE}</p>' in html
    assert '<th scope="row">Gemeente Proefstad 12</th><td>ontbreekt</td>' in html
    rows = list(csv.DictReader(io.StringIO(_overview(nhnorm, "csv"))))
    assert len(rows) == 41
    assert {r["code"]: r["status"] for r in rows}["GM9014"] == "onleesbaar"
    assert rows[3]["slug"] == "gemeente-proefstad-03" and rows[3]["meegeteld"] == "ja"


def test_named_workbook(nhnorm: Runner, region: Path, tmp_path: Path) -> None:
    target = tmp_path / "regio.xlsx"
    nhnorm("overview", "--year", "2026", "--vanaf", "2024", "-f", "xlsx", "-o", target, expect=1)
    book = openpyxl.load_workbook(target)
    organisations = [list(r) for r in book["Organisaties"].iter_rows(values_only=True)]
    row = next(r for r in organisations if r[0] == "Gemeente Proefstad 12")
    assert row[1:5] == ["ontbreekt", 0, "nee", "RIEC Noord-Holland"] and row[-1] == "GM9012"
    progress = [list(r) for r in book["Voortgang"].iter_rows(values_only=True)]
    assert progress[1] == ["Alle organisaties", 28, 10, 35.7, 1316, 488, 37.1, 79.0, 41, 35]
    assert [COVERAGE] in [r[:1] for r in progress]
    trend = [list(r) for r in book["Trend"].iter_rows(values_only=True)]
    assert trend[3][:4] == [2026, 28, 79.0, 35.7] and trend[3][-2:] == [35, 41]


# --- the anonymous overview ----------------------------------------------------------------------


def _anonymous_outputs(nhnorm: Runner, tmp_path: Path, *args: str) -> dict[str, str]:
    found = {fmt: _overview(nhnorm, fmt, "--anoniem", *args) for fmt in FORMATS}
    target = tmp_path / "anoniem.xlsx"
    nhnorm("overview", "--year", "2026", "-f", "xlsx", "-o", target, "--force", "--anoniem", *args, expect=1)
    book = openpyxl.load_workbook(target)
    found["xlsx"] = "\n".join(
        " ".join(str(v) for v in row if v is not None)
        for ws in book
        for row in ws.iter_rows(values_only=True)
    )
    return found


@pytest.mark.parametrize("extra", [(), ("--vanaf", "2023"), ("--vanaf", "2024"), ("--met-concepten",)])
def test_anonymous_names_nobody(nhnorm: Runner, region: Path, tmp_path: Path, extra: tuple[str, ...]) -> None:
    outputs = _anonymous_outputs(nhnorm, tmp_path, *extra)
    words = planted.identifying()
    for fmt, text in outputs.items():
        found = [w for w in words if w.lower() in text.lower()]
        assert not found, f"{fmt} names {found}"
    data = json.loads(outputs["json"])
    assert data["organisaties"] == [] and data["dekking"]["geregistreerd"] == 41


def test_anonymous_trend_withholds_what_stands_for_fewer_than_five(
    nhnorm: Runner, region: Path, tmp_path: Path
) -> None:
    result = nhnorm("overview", "--year", "2026", "--vanaf", "2023", "--anoniem", "-f", "json", expect=1)
    assert (
        "nhnorm: waarschuwing KLEINE-REGIO: --anoniem telt 2 organisaties in 2023; bij minder dan 5 zijn de "
        "cijfers van de regio tot de organisaties te herleiden"
    ) in result.stderr
    data = json.loads(result.stdout)
    trend = [
        (t["jaar"], t["organisaties"], t["gemiddelde_score"], [x["score"] for x in t["themas"]])
        for t in data["trend"]
    ]
    assert trend == [
        (2023, 2, None, [None] * 6),  # two adopted files: their own figures, withheld
        (2024, 35, 34.8, [46.7, 33.3, 33.3, 33.3, 33.3, 33.3]),
        (2025, 34, 66.7, [66.7] * 5 + [None]),  # theme 6: only 00–02 answered it
        (2026, 28, 79.0, [78.6] * 5 + [89.3]),
    ]
    assert [t["dekking"] for t in data["trend"]] == [
        {"geregistreerd": 41, "ingeleverd": 3, "meegeteld": 2},
        {"geregistreerd": 41, "ingeleverd": 40, "meegeteld": 35},
        {"geregistreerd": 41, "ingeleverd": 40, "meegeteld": 34},
        {"geregistreerd": 41, "ingeleverd": 35, "meegeteld": 28},
    ]
    assert data["verschuivingen"] == []  # measured from 2023: withheld as a whole
    assert data["weggelaten"] == [
        {"cijfer": "trend", "jaar": 2023, "id": None, "organisaties": 2},
        {"cijfer": "thema", "jaar": 2025, "id": "6", "organisaties": 3},
        {"cijfer": "verschuivingen", "jaar": 2023, "id": None, "organisaties": 2},
    ]
    assert data["trend_in_elk_jaar"] == 2
    said = (
        "Weggelaten, omdat ze voor minder dan 5 organisaties zouden staan en dus tot hen te herleiden zijn: "
        "2023 in de ontwikkeling (2 organisaties); thema 6 in 2025 (3 organisaties); de grootste "
        "verschuivingen (2023: 2 organisaties)."
    )
    differ = (
        "Niet elk jaar tellen dezelfde organisaties mee (2023: 2, 2024: 35, 2025: 34, 2026: 28); 2 tellen"
    )
    outputs = _anonymous_outputs(nhnorm, tmp_path, "--vanaf", "2023")
    for fmt in ("text", "md", "html", "xlsx"):
        assert said in outputs[fmt], fmt
        assert differ in outputs[fmt], fmt
    assert "| 2023 | 2 | – | – | – | – | – | – | – | – | 3 | 41 |" in outputs["md"]
    for fmt in ("text", "md", "html"):  # no empty table of shifts: the note says why
        assert "Grootste verschuivingen" not in outputs[fmt], fmt
    rows = list(csv.DictReader(io.StringIO(outputs["csv"])))
    assert (rows[0]["jaar"], rows[0]["gemiddelde_score"], rows[0]["thema_1"], rows[0]["ingeleverd"]) == (
        "2023",
        "",
        "",
        "3",
    )
    text_2023 = next(ln.split() for ln in outputs["text"].splitlines() if ln.split()[:1] == ["2023"])
    assert text_2023 == ["2023", "2", "–", "–", "–", "–", "–", "–", "–", "–", "3", "41"]
    # the named overview is the RIEC's own: it shows 2023 as it is
    named = _json(nhnorm, "--vanaf", "2023")
    assert named["trend"][0]["gemiddelde_score"] == 0.0 and named["weggelaten"] == []


def test_anonymous_shifts_leave_out_nothing_when_every_year_is_large(nhnorm: Runner, region: Path) -> None:
    data = _json(nhnorm, "--anoniem", "--vanaf", "2024")
    shifts = [(s["id"], s["van"], s["naar"], s["verschil"]) for s in data["verschuivingen"]]
    # 2026: 10 × voldaan and 18 × grotendeels = 66 of 84 points = 78.6; 6.2 voldaan by all 28
    assert shifts == [("6.2", 33.3, 100.0, 66.7)] + [
        (rid, 33.3, 78.6, 45.3) for rid in ["1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5"]
    ]
    assert data["weggelaten"] == [{"cijfer": "thema", "jaar": 2025, "id": "6", "organisaties": 3}]


def test_anonymous_groups(nhnorm: Runner, region: Path) -> None:
    data = _json(nhnorm, "--anoniem")
    assert [(g["riec"], g["organisaties"], g["dekking"]) for g in data["per_riec"]] == [
        ("RIEC Noord-Holland", 20, {"geregistreerd": 23, "ingeleverd": 22, "meegeteld": 20}),
        ("overig", 8, {"geregistreerd": 18, "ingeleverd": 13, "meegeteld": 8}),  # Midden-Nederland + A-A
    ]


def test_when_every_group_folds_the_region_is_not_repeated(nhnorm: Runner, region: Path) -> None:
    result = nhnorm("overview", "--year", "2023", "--anoniem", "-f", "json")
    data = json.loads(result.stdout)
    assert (data["per_riec"], data["per_riec_samengevoegd"]) == ([], True)
    assert "KLEINE-REGIO: --anoniem telt 2 organisaties;" in result.stderr
    text = nhnorm("overview", "--year", "2023", "--anoniem").stdout
    assert "Elke RIEC-groep telt minder dan 5 organisaties" in text
    progress = text[text.index("Voortgang naar") :].splitlines()
    assert [ln.split(":")[0].strip() for ln in progress[1:] if ln.strip()] == ["Alle organisaties"]
