"""`nhnorm score` end to end on generated assessments: table, JSON, CSV and usage errors."""

# ruff: noqa: E501  (expected terminal lines are compared whole, at 100 columns)

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Runner
from tests.factories import write_assessment

# Theme 1: 3 voldaan + 1 deels + 1 nvt -> (9 + 1) / (3 × 4) = 83.3; theme 6: 6.1 niet -> 0.0;
# total: 10 points over 5 scored norms -> 10 / 15 = 66.7.
ANSWERS_2025 = {"1.1": "voldaan", "1.2": "voldaan", "1.3": "voldaan", "1.4": "deels", "1.5": "nvt"}
ANSWERS_2025 |= {"6.1": "niet"}


@pytest.fixture
def testdorp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_assessment(tmp_path, "testdorp", ANSWERS_2025, jaar=2025)
    write_assessment(tmp_path, "testdorp", {"1.1": "grotendeels"}, jaar=2026)
    return tmp_path


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


def test_text_table(nhnorm: Runner, testdorp: Path) -> None:
    # 100 columns leave 8 cells for the bar: 83.3 % is 53 eighths (6 full + ▋), 66.7 % 43 (5 + ▍).
    assert _lines(nhnorm("score", "--year", "2025").stdout) == [
        "Gemeente Testdorp · 2025 · norm 1.0 · peildatum 28 maart 2025 · concept",
        "Thema                                        Score            aantal  beoordeeld  voldaan  nvt  open",
        "─" * 100,
        "1 Bewustwording & Organisatie                 83,3  ██████▋        5           4        3    1     0",
        "2 Integriteit & Veilige Werkomgeving             –                11           0        0    0    11",
        "3 Veilige Publieke Taak                          –                10           0        0    0    10",
        "4 Informatiepositie & Informatiebeveiliging      –                 7           0        0    0     7",
        "5 Beleid & Handhaving                            –                12           0        0    0    12",
        "6 Communicatie                                 0,0                 2           1        0    0     1",
        "─" * 100,
        "Totaal                                        66,7  █████▍        47           5        3    1    41",
    ]


def test_wide_terminal_gets_a_20_cell_bar(
    nhnorm: Runner, testdorp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "140")
    lines = _lines(nhnorm("score", "--year", "2025").stdout)
    # 83.3 % of 20 cells = 133 eighths: 16 full blocks and ▋
    assert "83,3  ████████████████▋    " in lines[3]
    assert lines[3].endswith("5           4        3    1     0")


def test_english_uses_a_decimal_point(nhnorm: Runner, testdorp: Path) -> None:
    out = nhnorm("score", "--year", "2025", "--lang", "en").stdout
    assert "83.3" in out and "83,3" not in out
    assert "as of 2025-03-28" in out  # the label is English too (issue 8)


def test_json_one_assessment_is_an_object(nhnorm: Runner, testdorp: Path) -> None:
    data = json.loads(nhnorm("score", "--year", "2025", "--format", "json").stdout)
    assert data["organisatie"] == "Gemeente Testdorp"
    assert (data["jaar"], data["norm"]) == (2025, "1.0")
    assert data["totaal"] == {
        "score": 66.7,
        "aantal": 47,
        "beoordeeld": 5,
        "voldaan": 3,
        "nvt": 1,
        "open": 41,
    }
    assert list(data["themas"][0]) == [
        "id",
        "titel",
        "score",
        "aantal",
        "beoordeeld",
        "voldaan",
        "nvt",
        "open",
    ]
    assert [(t["id"], t["score"]) for t in data["themas"]] == [
        ("1", 83.3),
        ("2", None),
        ("3", None),
        ("4", None),
        ("5", None),
        ("6", 0.0),
    ]


def test_json_several_is_a_list(nhnorm: Runner, testdorp: Path) -> None:
    write_assessment(testdorp, "anderdorp", {"2.1": "deels"}, naam="Gemeente Anderdorp", jaar=2025)
    data = json.loads(nhnorm("score", "--format", "json").stdout)
    # sorted by organisation, then year; 2.1 deels = 1 / 3 = 33.3, 1.1 grotendeels = 2 / 3 = 66.7
    assert [(d["organisatie"], d["jaar"], d["totaal"]["score"]) for d in data] == [
        ("Gemeente Anderdorp", 2025, 33.3),
        ("Gemeente Testdorp", 2025, 66.7),
        ("Gemeente Testdorp", 2026, 66.7),
    ]
    only = json.loads(nhnorm("score", "--org", "anderdorp", "--format", "json").stdout)
    assert only["organisatie"] == "Gemeente Anderdorp"


def test_csv(nhnorm: Runner, testdorp: Path) -> None:
    assert nhnorm("score", "--year", "2025", "--format", "csv").stdout.splitlines() == [
        "organisatie,slug,jaar,norm,onderdeel,titel,score,aantal,beoordeeld,voldaan,nvt,open",
        "Gemeente Testdorp,testdorp,2025,1.0,1,Bewustwording & Organisatie,83.3,5,4,3,1,0",
        "Gemeente Testdorp,testdorp,2025,1.0,2,Integriteit & Veilige Werkomgeving,,11,0,0,0,11",
        "Gemeente Testdorp,testdorp,2025,1.0,3,Veilige Publieke Taak,,10,0,0,0,10",
        "Gemeente Testdorp,testdorp,2025,1.0,4,Informatiepositie & Informatiebeveiliging,,7,0,0,0,7",
        "Gemeente Testdorp,testdorp,2025,1.0,5,Beleid & Handhaving,,12,0,0,0,12",
        "Gemeente Testdorp,testdorp,2025,1.0,6,Communicatie,0.0,2,1,0,0,1",
        "Gemeente Testdorp,testdorp,2025,1.0,totaal,Totaal,66.7,47,5,3,1,41",
    ]


def test_csv_quotes_and_defuses_formulas(nhnorm: Runner, testdorp: Path) -> None:
    write_assessment(testdorp, "x", {"1.1": "voldaan"}, naam='=HYPERLINK("http://x", "a,b")', jaar=2024)
    first = nhnorm("score", "--year", "2024", "--format", "csv").stdout.splitlines()[1]
    assert (
        first
        == '"\'=HYPERLINK(""http://x"", ""a,b"")",x,2024,1.0,1,Bewustwording & Organisatie,100.0,5,1,1,0,4'
    )


def test_several_tables_in_text(nhnorm: Runner, testdorp: Path) -> None:
    lines = _lines(nhnorm("score").stdout)
    headings = [line for line in lines if line.startswith("Gemeente")]
    assert headings == [
        "Gemeente Testdorp · 2025 · norm 1.0 · peildatum 28 maart 2025 · concept",
        "Gemeente Testdorp · 2026 · norm 1.0 · peildatum 28 maart 2026 · concept",
    ]
    assert lines[lines.index(headings[1]) - 1] == ""


def test_nothing_for_year_is_usage_error(nhnorm: Runner, testdorp: Path) -> None:
    result = nhnorm("score", "--year", "2031", expect=2)
    assert result.stdout == ""
    assert result.stderr == (
        "nhnorm: fout GEEN-SELECTIE: geen zelfevaluatie gevonden voor --year 2031; "
        "er zijn zelfevaluaties voor 2025, 2026\n"
    )
    english = nhnorm("score", "--year", "2031", "--org", "testdorp", "--lang", "en", expect=2).stderr
    assert english == (
        "nhnorm: fout GEEN-SELECTIE: no assessment found for --year 2031 --org testdorp; "
        "there are assessments for 2025, 2026\n"
    )


def test_missing_path_is_usage_error(nhnorm: Runner, testdorp: Path) -> None:
    result = nhnorm("score", "nergens.yaml", expect=2)
    assert "nhnorm: fout PAD-BESTAAT-NIET: nergens.yaml bestaat niet" in result.stderr


def test_invalid_selected_file_exits_1(nhnorm: Runner, testdorp: Path) -> None:
    path = testdorp / "assessments" / "testdorp" / "2026.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"grotendeels"', '"prima"'), encoding="utf-8")
    result = nhnorm("score", "--year", "2026", expect=1)
    assert "assessments/testdorp/2026.yaml:" in result.stderr and "ONBEKEND-OORDEEL" in result.stderr
    nhnorm("score", "--year", "2025")  # another year's broken file does not block this one


def test_examples(nhnorm: Runner, repo: Path) -> None:
    data = json.loads(nhnorm("score", "--year", "2025", "--format", "json").stdout)
    assert data["totaal"]["aantal"] == 47
    assert sum(t["beoordeeld"] for t in data["themas"]) == data["totaal"]["beoordeeld"]
