"""`nhnorm overview` over a generated region whose numbers are known by construction
(see tests/factories.region), and exact output for a small set. Every file there is a concept, so
these run with --met-concepten (the concept exclusion is tested in test_overview_region.py)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests import factories
from tests.conftest import Runner


@pytest.fixture(scope="module")
def region_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("region")
    factories.write_region(root, [2025, 2026])
    return root


@pytest.fixture
def region(region_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(region_dir)
    return region_dir


def test_region_numbers(nhnorm: Runner, region: Path) -> None:
    data = json.loads(nhnorm("overview", "--year", "2026", "--met-concepten", "--format", "json").stdout)
    assert data["jaar"] == 2026 and data["vorig_jaar"] == 2025
    rows = {r["slug"]: r for r in data["organisaties"]}
    assert len(rows) == 45
    # 00–09 meet everything (09 with one nvt): 100, unchanged since 2025.
    assert rows["proef-09"]["totaal"] == {
        "score": 100.0,
        "aantal": 47,
        "beoordeeld": 46,
        "voldaan": 46,
        "nvt": 1,
        "open": 0,
    }
    assert rows["proef-09"]["volledig_voldaan"] is True and rows["proef-09"]["verschil"] == 0.0
    # 10–43: 1.1 voldaan (3) + 46 × grotendeels (2) = 95 of 141 -> 67.4; in 2025 46 × deels: 49/141 -> 34.8.
    later = rows["proef-10"]
    assert (later["totaal"]["score"], later["vorig"], later["verschil"]) == (67.4, 34.8, 32.6)
    # theme 1: 3 + 4 × 2 = 11 of 15 -> 73.3, was 3 + 4 = 7 of 15 -> 46.7.
    assert later["themas"][0] == {"id": "1", "score": 73.3, "vorig": 46.7, "verschil": 26.6}
    assert later["themas"][5] == {"id": "6", "score": 66.7, "vorig": 33.3, "verschil": 33.4}
    # the province: theme 1 deels (5 of 15 -> 33.3), the rest open, new this year.
    province = rows["provincie-noord-holland"]
    assert province["totaal"]["score"] == 33.3 and province["totaal"]["open"] == 42
    assert province["themas"][1]["score"] is None and province["verschil"] is None

    norms = {n["id"]: n for n in data["normen"]}
    # 6.2: 9 voldaan, 1 nvt (09), 34 grotendeels, province open -> 9 of 43.
    assert norms["6.2"]["verdeling"] == {"voldaan": 9, "grotendeels": 34, "deels": 0, "niet": 0, "nvt": 1}
    assert norms["6.2"] | {"tekst": "", "verdeling": {}} == {
        "id": "6.2",
        "thema": "6",
        "tekst": "",
        "organisaties": 45,
        "beoordeeld": 43,
        "voldaan": 9,
        "nvt": 1,
        "open": 1,
        "aandeel_voldaan": 20.9,
        "score": 73.6,
        "verdeling": {},
    }
    assert (norms["1.1"]["voldaan"], norms["1.1"]["beoordeeld"], norms["1.1"]["aandeel_voldaan"]) == (
        44,
        45,
        97.8,
    )
    assert (norms["1.3"]["voldaan"], norms["1.3"]["aandeel_voldaan"], norms["1.3"]["score"]) == (
        10,
        22.2,
        73.3,
    )
    assert (norms["2.1"]["voldaan"], norms["2.1"]["open"], norms["2.1"]["aandeel_voldaan"]) == (10, 1, 22.7)
    # hardest first: 6.2, then theme 1 without 1.1 (22.2 %), then the 41 others (22.7 %), 1.1 last.
    order = [n["id"] for n in data["normen"]]
    assert order[:5] == ["6.2", "1.2", "1.3", "1.4", "1.5"]
    assert order[-1] == "1.1" and len(order) == 47

    # 10 of 45 meet the whole norm; 503 of 2072 scored answers are voldaan
    # (9 × 47 + 46 + 34 × 1 of 9 × 47 + 46 + 34 × 47 + 5); mean total (10 × 100 + 34 × 67.4 + 33.3) / 45.
    assert data["voortgang"] == {
        "organisaties": 45,
        "volledig_voldaan": 10,
        "aandeel_volledig_voldaan": 22.2,
        "normen_beoordeeld": 2072,
        "normen_voldaan": 503,
        "aandeel_normen_voldaan": 24.3,
        "gemiddelde_score": 73.9,
    }
    riecs = {p["riec"]: p for p in data["per_riec"]}
    assert list(riecs) == ["RIEC Amsterdam-Amstelland", "RIEC Noord-Holland", None]
    assert (
        riecs["RIEC Noord-Holland"]["volledig_voldaan"],
        riecs["RIEC Noord-Holland"]["gemiddelde_score"],
    ) == (10, 78.3)
    amsterdam = riecs["RIEC Amsterdam-Amstelland"]
    assert (amsterdam["organisaties"], amsterdam["normen_voldaan"], amsterdam["aandeel_normen_voldaan"]) == (
        14,
        14,
        2.1,
    )


def test_region_text_and_csv(nhnorm: Runner, region: Path) -> None:
    text = nhnorm("overview", "--year", "2026", "--met-concepten").stdout
    line = next(ln for ln in text.splitlines() if "Gemeente Proef 10" in ln)
    assert line.split() == [
        "Gemeente",
        "Proef",
        "10",
        "C",
        "47",
        "73,3",
        "66,7",
        "66,7",
        "66,7",
        "66,7",
        "66,7",
        "67,4",
        "+32,6",
    ]
    assert "10 van 45 organisaties volledig voldaan" in text
    hardest = text[text.index("Moeilijkste normen") :].splitlines()
    assert hardest[4].split()[:4] == ["6.2", "9/43", "20,9", "73,6"]
    rows = list(
        csv.DictReader(
            io.StringIO(nhnorm("overview", "--year", "2026", "--met-concepten", "-f", "csv").stdout)
        )
    )
    assert len(rows) == 45
    assert rows[-1]["slug"] == "provincie-noord-holland" and rows[-1]["thema_2"] == ""
    assert rows[10]["totaal"] == "67.4" and rows[10]["volledig_voldaan"] == "nee"


def test_first_year_has_no_change(nhnorm: Runner, region: Path) -> None:
    data = json.loads(nhnorm("overview", "--year", "2025", "--met-concepten", "--format", "json").stdout)
    assert data["vorig_jaar"] is None
    assert {r["verschil"] for r in data["organisaties"]} == {None}
    assert len(data["organisaties"]) == 44


def test_unknown_year_is_usage_error(nhnorm: Runner, region: Path) -> None:
    result = nhnorm("overview", "--year", "2030", expect=2)
    assert "GEEN-SELECTIE" in result.stderr
