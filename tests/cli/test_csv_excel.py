"""CSV for Dutch Excel (`--excel`: semicolons, decimal comma, UTF-8 BOM) and `import` reading back
what `export --format csv` writes, in either style."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.conftest import Runner

ASSESSMENT = Path("assessments/zeedorp/2026.yaml")


def _rows(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def test_score_csv_for_dutch_excel(nhnorm: Runner, repo: Path) -> None:
    out = nhnorm("score", "--year", "2026", "--format", "csv", "--excel").stdout
    assert out.startswith("\ufefforganisatie;slug;jaar;norm;onderdeel;titel;score;")
    rows = _rows(out.removeprefix("\ufeff"), ";")
    assert rows[1] == ["Gemeente Zeedorp", "zeedorp", "2026", "1.0", "1", "Bewustwording & Organisatie",
                       "80,0", "5", "5", "3", "0", "0"]  # fmt: skip
    assert rows[-1][4:7] == ["totaal", "Totaal", "65,1"]


def test_default_csv_stays_for_tools(nhnorm: Runner, repo: Path) -> None:
    out = nhnorm("score", "--year", "2026", "--format", "csv").stdout
    assert out.startswith("organisatie,slug,") and _rows(out, ",")[-1][6] == "65.1"


def test_overview_csv_for_dutch_excel(nhnorm: Runner, repo: Path) -> None:
    out = nhnorm("overview", "--year", "2026", "--format", "csv", "--excel").stdout
    rows = _rows(out.removeprefix("\ufeff"), ";")
    assert out.startswith("\ufeffslug;code;organisatie;")
    assert [rows[1][rows[0].index(key)] for key in ("slug", "organisatie")] == ["zeedorp", "Gemeente Zeedorp"]
    assert rows[1][rows[0].index("totaal")] == "65,1" and rows[1][rows[0].index("verschil")] == "6,6"


def test_export_csv_keeps_accents_in_excel_style(nhnorm: Runner, repo: Path) -> None:
    nhnorm("export", "--year", "2026", "--format", "csv", "--excel", "--output", "zeedorp.csv")
    raw = (repo / "zeedorp.csv").read_bytes()
    assert raw.startswith(
        b"\xef\xbb\xbfThema;Id;Norm;Oordeel;Toelichting;Bewijs (\xc3\xa9\xc3\xa9n per regel)"
    )


@pytest.mark.parametrize("style", [[], ["--excel"]], ids=["tools", "excel"])
def test_import_reads_back_what_export_wrote(nhnorm: Runner, repo: Path, style: list[str]) -> None:
    before = (repo / ASSESSMENT).read_bytes()
    nhnorm("export", "--year", "2026", "--format", "csv", *style, "--output", "zeedorp.csv")
    nhnorm("import", "zeedorp.csv", "--output", ASSESSMENT, "--force")
    assert (repo / ASSESSMENT).read_bytes() == before  # nothing changed, nothing lost

    delimiter = ";" if style else ","
    text = (repo / "zeedorp.csv").read_text(encoding="utf-8-sig")
    rows = _rows(text, delimiter)
    row = next(r for r in rows if r[1] == "1.2")
    assert row[3] == "voldaan"
    row[3] = "deels"
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)  # as Excel saves it
    (repo / "zeedorp.csv").write_text(out.getvalue(), encoding="utf-8-sig")
    nhnorm("import", "zeedorp.csv", "--output", ASSESSMENT, "--force")
    changed = [
        (old, new)
        for old, new in zip(
            before.decode().splitlines(), (repo / ASSESSMENT).read_text().splitlines(), strict=True
        )
        if old != new
    ]
    assert changed == [("    oordeel: voldaan", "    oordeel: deels")]


def test_a_csv_problem_points_at_line_and_column(nhnorm: Runner, repo: Path) -> None:
    nhnorm("export", "--year", "2026", "--format", "csv", "--excel", "--output", "zeedorp.csv")
    text = (repo / "zeedorp.csv").read_text(encoding="utf-8-sig").replace(";1.1;", ";1.1;", 1)
    rows = _rows(text, ";")
    rows[1][3] = "prima"
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\n").writerows(rows)
    (repo / "zeedorp.csv").write_text(out.getvalue(), encoding="utf-8")
    before = (repo / ASSESSMENT).read_bytes()
    err = nhnorm("import", "zeedorp.csv", "--output", ASSESSMENT, "--force", expect=1).stderr
    assert err.startswith('zeedorp.csv:2:4: fout ONBEKEND-OORDEEL: oordeel "prima" bestaat niet')
    assert (repo / ASSESSMENT).read_bytes() == before


def test_a_csv_needs_the_assessment_it_belongs_to(nhnorm: Runner, repo: Path) -> None:
    nhnorm("export", "--year", "2026", "--format", "csv", "--output", "zeedorp.csv")
    err = nhnorm("import", "zeedorp.csv", expect=2).stderr
    assert err.startswith("nhnorm: fout CSV-ZONDER-ZELFEVALUATIE: zeedorp.csv bevat alleen de antwoorden")
