"""`nhnorm overview` over the test region (tests/region.py): only what was adopted counts, every
row shows its status, the anonymous mode names nobody in any format, small RIEC groups fold into
"overig", and the trend since the baseline has exact numbers."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests import region as testregion
from tests.conftest import Runner

NUMBER = re.compile(r"^([+−]?\d{1,3},\d|–|\d{1,2})$")


def _json(nhnorm: Runner, *args: str) -> dict[str, Any]:
    return json.loads(nhnorm("overview", "--format", "json", *args).stdout)  # type: ignore[no-any-return]


def test_only_adopted_assessments_count(nhnorm: Runner, test_region: Path) -> None:
    data = _json(nhnorm, "--year", "2026")
    rows = {r["organisatie"]: r for r in data["organisaties"]}
    assert len(rows) == 41  # 30 vastgesteld, 5 concepts, the province's concept; 5 missing
    missing = [n for n, r in rows.items() if r["status"] == "ontbreekt"]
    assert missing == [testregion.naam(i) for i in range(30, 35)]
    assert {(rows[n]["meegeteld"], rows[n]["beantwoord"], rows[n]["totaal"]["score"]) for n in missing} == {
        (False, 0, None)
    }
    assert rows["Gemeente Proefstad 30"]["vorig"] == 66.7  # last year's total, still shown
    assert data["dekking"] == {"geregistreerd": 41, "ingeleverd": 36, "meegeteld": 30}
    concept = rows["Gemeente Proefstad 35"]
    assert (concept["status"], concept["beantwoord"], concept["meegeteld"]) == ("concept", 10, False)
    assert concept["totaal"]["score"] == 100.0  # 10 norms voldaan: a perfect score that must not count
    assert (rows["Provincie Proefland"]["beantwoord"], rows["Provincie Proefland"]["meegeteld"]) == (1, False)
    assert {r["meegeteld"] for n, r in rows.items() if n < "Gemeente Proefstad 30"} == {True}
    # 10 × 100 and 20 × 67.4 (46 grotendeels + 6.2 voldaan: 95 of 141)
    assert data["voortgang"] == {
        "organisaties": 30,
        "volledig_voldaan": 10,
        "aandeel_volledig_voldaan": 33.3,
        "normen_beoordeeld": 1410,
        "normen_voldaan": 490,
        "aandeel_normen_voldaan": 34.8,
        "gemiddelde_score": 78.3,
    }
    norms = {n["id"]: n for n in data["normen"]}
    assert norms["1.1"]["verdeling"] == {"voldaan": 10, "grotendeels": 20, "deels": 0, "niet": 0, "nvt": 0}
    assert data["met_concepten"] is False


def test_with_concepts_everything_counts(nhnorm: Runner, test_region: Path) -> None:
    data = _json(nhnorm, "--year", "2026", "--met-concepten")
    assert {r["meegeteld"] for r in data["organisaties"] if r["status"] != "ontbreekt"} == {True}
    assert data["dekking"] == {"geregistreerd": 41, "ingeleverd": 36, "meegeteld": 36}
    # (1000 + 20 × 67.4 + 6 × 100) / 36 = 81.9; the concepts leave 37 (province: 46) norms open
    assert data["voortgang"]["organisaties"] == 36
    assert data["voortgang"]["gemiddelde_score"] == 81.9
    assert data["voortgang"]["volledig_voldaan"] == 10
    norms = {n["id"]: n for n in data["normen"]}
    assert (norms["1.1"]["voldaan"], norms["1.1"]["open"]) == (16, 0)
    assert (norms["2.6"]["voldaan"], norms["2.6"]["open"]) == (10, 6)


def test_text_says_what_counts_and_shows_status(nhnorm: Runner, test_region: Path) -> None:
    text = nhnorm("overview", "--year", "2026").stdout
    assert (
        "De cijfers van de regio tellen alleen de 30 vastgestelde zelfevaluaties; 6 concept(en) tellen "
        "niet mee (--met-concepten telt ze wel)."
    ) in text
    assert (
        "St.: V = vastgesteld, C = concept, ! = onleesbaar of ongeldig (telt niet mee), – = ontbreekt; "
        "Antw.: aantal beantwoorde normen."
    ) in text
    assert (
        "De cijfers staan voor 30 van de 41 organisaties in het register; 36 leverden een bestand in, 5 niet."
    ) in text


def _score_rows(text: str) -> list[list[str]]:
    """The number cells of each organisation row of the score table (names may wrap)."""
    table = text[: text.index("Thema's:")]
    rows = []
    for line in table.splitlines():
        cells = line.split()
        if len(cells) >= 10 and cells[-10] in ("V", "C"):
            rows.append(cells[-9:])
    return rows


@pytest.mark.parametrize("columns", ["80", "60"])
def test_narrow_terminals_never_cut_a_number(
    nhnorm: Runner, test_region: Path, monkeypatch: pytest.MonkeyPatch, columns: str
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    text = nhnorm("overview", "--year", "2026").stdout
    rows = _score_rows(text)
    assert len(rows) == 36
    assert all(NUMBER.match(cell) for row in rows for cell in row), rows
    assert "…" not in text[: text.index("Thema's:")]
    assert ["47", "100,0", "100,0", "100,0", "100,0", "100,0", "100,0", "100,0", "+33,3"] in rows
    assert ["47", "66,7", "66,7", "66,7", "66,7", "66,7", "83,3", "67,4", "+0,7"] in rows
    assert ["1", "100,0", "–", "–", "–", "–", "–", "100,0", "–"] in rows
    if columns == "80":  # names wrap, the table fits
        assert max(len(line) for line in text[: text.index("Thema's:")].splitlines()) <= 80


def _outputs(nhnorm: Runner, *args: str) -> dict[str, str]:
    found = {}
    for fmt in ("text", "json", "csv", "md", "html"):
        found[fmt] = nhnorm("overview", "--format", fmt, *args).stdout
    return found


@pytest.mark.parametrize("extra", [(), ("--vanaf", "2024"), ("--met-concepten",)])
def test_anonymous_names_nobody_in_any_format(
    nhnorm: Runner, test_region: Path, extra: tuple[str, ...]
) -> None:
    outputs = _outputs(nhnorm, "--year", "2026", "--anoniem", *extra)
    words = testregion.identifying()
    for fmt, text in outputs.items():
        found = [w for w in words if w.lower() in text.lower()]
        assert not found, f"{fmt} names {found}"
    assert json.loads(outputs["json"])["organisaties"] == []


def test_anonymous_folds_small_groups(nhnorm: Runner, test_region: Path) -> None:
    # 2026: Noord-Holland 22, Amsterdam-Amstelland 5, Midden-Nederland 3 counted. Midden-Nederland
    # goes to "overig"; alone it would still be those 3, so the next smallest group joins it.
    data = _json(nhnorm, "--year", "2026", "--anoniem")
    groups = [(g["riec"], g["organisaties"]) for g in data["per_riec"]]
    assert groups == [("RIEC Noord-Holland", 22), ("overig", 8)]
    overig = data["per_riec"][1]
    assert (overig["volledig_voldaan"], overig["normen_voldaan"], overig["gemiddelde_score"]) == (0, 8, 67.4)
    # 2025: 22, 5 and 8 counted: a group of exactly 5 stays
    data = _json(nhnorm, "--year", "2025", "--anoniem")
    groups = [(g["riec"], g["organisaties"]) for g in data["per_riec"]]
    assert groups == [
        ("RIEC Amsterdam-Amstelland", 5),
        ("RIEC Midden-Nederland", 8),
        ("RIEC Noord-Holland", 22),
    ]
    # the named overview shows every group as it is
    data = _json(nhnorm, "--year", "2026")
    assert [g["organisaties"] for g in data["per_riec"]] == [5, 3, 22]


def test_anonymous_distribution_per_norm(nhnorm: Runner, test_region: Path) -> None:
    rows = list(
        csv.DictReader(io.StringIO(nhnorm("overview", "--year", "2026", "--anoniem", "-f", "csv").stdout))
    )
    assert len(rows) == 47 and rows[0]["norm"] == "1.1" and rows[-1]["norm"] == "6.2"
    assert rows[-1] == {
        "norm": "6.2",
        "thema": "6",
        "organisaties": "30",
        "beoordeeld": "30",
        "open": "0",
        "aandeel_voldaan": "100.0",
        "score": "100.0",
        "voldaan": "30",
        "grotendeels": "0",
        "deels": "0",
        "niet": "0",
        "nvt": "0",
    }
    text = nhnorm("overview", "--year", "2026", "--anoniem").stdout
    assert "Verdeling van de oordelen per norm" in text
    line = next(ln for ln in text.splitlines() if ln.split()[:1] == ["6.1"] and len(ln.split()) == 8)
    assert line.split() == ["6.1", "10", "20", "0", "0", "0", "0", "77,8"]


TREND = [
    # 2024: 35 counted, 1.1 voldaan and 46 × deels: 49 of 141 = 34.8; theme 1: 7 of 15 = 46.7
    {"jaar": 2024, "organisaties": 35, "gemiddelde_score": 34.8, "aandeel_volledig_voldaan": 0.0,
     "themas": [46.7, 33.3, 33.3, 33.3, 33.3, 33.3],
     "dekking": {"geregistreerd": 41, "ingeleverd": 40, "meegeteld": 35}},
    {"jaar": 2025, "organisaties": 35, "gemiddelde_score": 66.7, "aandeel_volledig_voldaan": 0.0,
     "themas": [66.7] * 6, "dekking": {"geregistreerd": 41, "ingeleverd": 40, "meegeteld": 35}},
    # 2026: 30 counted (5 missing); 10 × 100 and 20 × 67.4; theme 6: (10 × 100 + 20 × 83.3) / 30
    {"jaar": 2026, "organisaties": 30, "gemiddelde_score": 78.3, "aandeel_volledig_voldaan": 33.3,
     "themas": [77.8, 77.8, 77.8, 77.8, 77.8, 88.9],
     "dekking": {"geregistreerd": 41, "ingeleverd": 36, "meegeteld": 30}},
]  # fmt: skip


def test_trend_since_the_baseline(nhnorm: Runner, test_region: Path) -> None:
    data = _json(nhnorm, "--year", "2026", "--vanaf", "2024")
    trend = [y | {"themas": [t["score"] for t in y["themas"]]} for y in data["trend"]]
    assert trend == TREND
    assert [t["id"] for t in data["trend"][0]["themas"]] == ["1", "2", "3", "4", "5", "6"]
    # 6.2 went from 33.3 to 100 (every counted gemeente voldaan in 2026); the 45 others from
    # 33.3 to 77.8 (1.1 fell from 100 to 77.8 and is not among the ten)
    shifts = [(s["id"], s["van"], s["naar"], s["verschil"]) for s in data["verschuivingen"]]
    assert shifts[0] == ("6.2", 33.3, 100.0, 66.7)
    assert shifts[1:] == [
        (rid, 33.3, 77.8, 44.5) for rid in ["1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5"]
    ]
    # without --vanaf no trend keys at all
    assert "trend" not in _json(nhnorm, "--year", "2026")


def test_trend_in_every_format(nhnorm: Runner, test_region: Path) -> None:
    outputs = _outputs(nhnorm, "--year", "2026", "--vanaf", "2024")
    rows = list(csv.DictReader(io.StringIO(outputs["csv"])))
    assert [
        (r["jaar"], r["organisaties"], r["gemiddelde_score"], r["thema_6"], r["ingeleverd"]) for r in rows
    ] == [
        ("2024", "35", "34.8", "33.3", "40"),
        ("2025", "35", "66.7", "66.7", "40"),
        ("2026", "30", "78.3", "88.9", "36"),
    ]
    assert "| 2026 | 30 | 78,3 | 33,3 | 77,8 | 77,8 | 77,8 | 77,8 | 77,8 | 88,9 | 36 | 41 |" in outputs["md"]
    said = (
        "Niet elk jaar tellen dezelfde organisaties mee (2024: 35, 2025: 35, 2026: 30); "
        "30 tellen in elk jaar mee."
    )
    for fmt in ("text", "md", "html"):
        assert said in outputs[fmt].replace("\n", " "), fmt
    assert "| 6.2 | 33,3 | 100,0 | +66,7 |" in outputs["md"]
    text_rows = [ln.split() for ln in outputs["text"].splitlines() if ln.split()[:1] == ["2024"]]
    assert [
        "2024",
        "35",
        "34,8",
        "0,0",
        "46,7",
        "33,3",
        "33,3",
        "33,3",
        "33,3",
        "33,3",
        "40",
        "41",
    ] in text_rows
    html = outputs["html"]
    assert "<svg" in html and "<polyline" in html and "<script" not in html
    assert "@page { size: A4 landscape" in html
    assert '<th scope="row">2026</th><td class="num">30</td><td class="num">78,3</td>' in html


def test_vanaf_after_year_is_a_usage_error(nhnorm: Runner, test_region: Path) -> None:
    err = nhnorm("overview", "--year", "2025", "--vanaf", "2026", expect=2).stderr
    assert "VANAF-NA-JAAR" in err


def _sheet(path: Path, name: str) -> list[list[Any]]:
    import openpyxl

    return [list(row) for row in openpyxl.load_workbook(path)[name].iter_rows(values_only=True)]


def test_workbook(nhnorm: Runner, test_region: Path, tmp_path: Path) -> None:
    target = tmp_path / "overzicht.xlsx"
    nhnorm("overview", "--year", "2026", "--vanaf", "2024", "-f", "xlsx", "-o", target)
    import openpyxl

    assert openpyxl.load_workbook(target).sheetnames == ["Organisaties", "Normen", "Voortgang", "Trend"]
    organisations = _sheet(target, "Organisaties")
    assert organisations[0][:5] == ["Organisatie", "Status", "Beantwoord", "Meegeteld", "RIEC"]
    concept = next(r for r in organisations if r[0] == "Gemeente Proefstad 35")
    assert concept[1:5] == ["concept", 10, "nee", "RIEC Midden-Nederland"]
    norms = _sheet(target, "Normen")
    assert norms[0][:4] == ["Norm", "Thema", "Tekst", "Organisaties"]
    assert norms[-1][:1] + norms[-1][3:] == ["6.2", 30, 30, 0, 0, 0, 0, 0, 100.0, 100.0]
    assert _sheet(target, "Voortgang")[1] == [
        "Alle organisaties",
        30,
        10,
        33.3,
        1410,
        490,
        34.8,
        78.3,
        41,
        36,
    ]
    trend = _sheet(target, "Trend")
    assert trend[1][:4] == [2024, 35, 34.8, 0.0] and trend[3][:4] == [2026, 30, 78.3, 33.3]
    assert ["6.2", 33.3, 100.0, 66.7] in [row[:4] for row in trend]
    # the province's view: no organisation sheet, nobody named anywhere in the workbook
    anonymous = tmp_path / "anoniem.xlsx"
    nhnorm("overview", "--year", "2026", "--vanaf", "2024", "--anoniem", "-f", "xlsx", "-o", anonymous)
    book = openpyxl.load_workbook(anonymous)
    assert book.sheetnames == ["Normen", "Voortgang", "Trend"]
    cells = " ".join(str(v) for ws in book for row in ws.iter_rows(values_only=True) for v in row)
    assert not [w for w in testregion.identifying() if w.lower() in cells.lower()]
    assert "overig" in cells
