"""`report` without --year takes the newest year; `diff` without arguments the two newest years."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Runner
from tests.factories import uniform, write_year


@pytest.fixture
def three_years(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "assessments"
    for jaar, oordeel in ((2024, "niet"), (2025, "deels"), (2026, "voldaan")):
        write_year(folder, uniform(oordeel), jaar=jaar, naam="Gemeente Zeedorp")
    monkeypatch.chdir(tmp_path)
    return folder


def test_report_takes_the_newest_year(nhnorm: Runner, three_years: Path) -> None:
    assert nhnorm("report").stdout.startswith("# Weerbare Overheid 2026: Gemeente Zeedorp")
    assert nhnorm("report", "--year", "2024").stdout.startswith("# Weerbare Overheid 2024:")


def test_diff_compares_the_two_newest_years(nhnorm: Runner, three_years: Path) -> None:
    out = nhnorm("diff").stdout
    assert out.startswith("Gemeente Zeedorp: 2025 → 2026\nTotaalscore: 33,3 → 100,0 (+66,7)")
    assert nhnorm("diff", "assessments").stdout == out  # a folder is where to look, not a file
    write_year(three_years, uniform("grotendeels"), jaar=2027, naam="Gemeente Zeedorp")
    assert nhnorm("diff").stdout.startswith("Gemeente Zeedorp: 2026 → 2027\n")


def test_diff_needs_two_years(nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_year(tmp_path / "assessments", uniform("deels"), jaar=2025, naam="Gemeente Zeedorp")
    monkeypatch.chdir(tmp_path)
    assert nhnorm("diff", expect=2).stderr == (
        "nhnorm: fout DIFF-TWEE-JAREN: om te vergelijken zijn twee jaren nodig, gevonden: 2025; begin het "
        "volgende jaar met nhnorm init\n"
    )


def test_a_broken_newest_file_is_reported_not_skipped(nhnorm: Runner, three_years: Path) -> None:
    (three_years / "2027.yaml").write_text("norm: [kapot\n", encoding="utf-8")
    result = nhnorm("report", expect=1)
    assert result.stdout == "" and result.stderr.startswith("assessments/2027.yaml:")


def test_several_organisations_need_org(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for slug, naam, years in (
        ("noord", "Gemeente Noord", (2024, 2025)),
        ("zuid", "Gemeente Zuid", (2025, 2026)),
    ):
        for jaar in years:
            write_year(tmp_path / "assessments" / slug, uniform("deels"), jaar=jaar, naam=naam)
    monkeypatch.chdir(tmp_path)
    for args in (["report"], ["diff"]):
        assert "MEERDERE-ORGANISATIES" in nhnorm(*args, expect=2).stderr
    assert nhnorm("report", "--org", "noord").stdout.startswith("# Weerbare Overheid 2025: Gemeente Noord")
    assert nhnorm("diff", "--org", "zuid").stdout.startswith("Gemeente Zuid: 2025 → 2026\n")


@pytest.mark.parametrize("command", ["report", "diff"])
def test_a_path_as_org_is_ongeldige_org_without_year_too(repo: Path, nhnorm: Runner, command: str) -> None:
    """Without --year it said GEEN-SELECTIE, as if the organisation had no files (issue 25)."""
    err = nhnorm(command, "--org", "../x", expect=2).stderr
    assert err.startswith('nhnorm: fout ONGELDIGE-ORG: --org "../x" is geen organisatie-slug')
