"""A gemeente repository from scratch, as the advisor would work in it, through two years."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nhnorm_cli.select.assessments import load_assessment
from tests.cli.gemeente import NORM, POINTS, build_two_years, expected_score
from tests.conftest import Runner


@pytest.fixture
def gemeente(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()  # the repository root, as after `git init`
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_two_years_in_a_gemeente_repository(nhnorm: Runner, gemeente: Path) -> None:
    out = nhnorm("init", "--year", "2025", "--org", "testdorp", "--naam", "Gemeente Testdorp")
    assert out.stdout.strip() == (
        "assessments/testdorp/2025.yaml aangemaakt; nog niets ingevuld: "
        "begin met `nhnorm bewerk --org testdorp` (in uw browser) of "
        "`nhnorm fill --org testdorp` (in de terminal)"
    )
    assert nhnorm("validate").stdout.strip() == "1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen"
    (gemeente / "assessments" / "testdorp" / "2025.yaml").unlink()

    first, second = build_two_years(nhnorm)
    files = gemeente / "assessments" / "testdorp"
    assert sorted(p.name for p in files.iterdir()) == ["2025.yaml", "2026.yaml"]
    assert nhnorm("validate").stdout.strip() == "2 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen"

    year1 = load_assessment(files / "2025.yaml").assessment
    year2 = load_assessment(files / "2026.yaml").assessment
    assert (year1.status, year2.status) == ("vastgesteld", "concept")
    assert {rid: a.oordeel for rid, a in year1.antwoorden.items()} == first
    assert {rid: a.oordeel for rid, a in year2.antwoorden.items()} == second
    assert list(year2.antwoorden) == NORM.requirement_ids
    assert len(set(first.values())) == 5  # the mix really covers the whole scale

    scores = json.loads(nhnorm("score", "--year", "2026", "--format", "json").stdout)
    scores = scores[0] if isinstance(scores, list) else scores
    assert scores["totaal"]["score"] == expected_score(second)
    for theme, result in zip(NORM.themas, scores["themas"], strict=True):
        assert result["score"] == expected_score(second, [r.id for r in theme.normen])

    diff = json.loads(nhnorm("diff", "--from", "2025", "--to", "2026", "--format", "json").stdout)
    changed = [rid for rid in NORM.requirement_ids if first[rid] != second[rid]]
    assert [w["id"] for w in diff["wijzigingen"]] == changed
    for item in diff["wijzigingen"]:
        old, new = POINTS[first[item["id"]]], POINTS[second[item["id"]]]
        if old is not None and new is not None:
            assert item["richting"] == ("beter" if new > old else "slechter")
    assert diff["totaal"]["naar"] == expected_score(second)

    nhnorm("report", "--year", "2026", "--format", "html", "--output", "rapport.html")
    html = (gemeente / "rapport.html").read_text(encoding="utf-8")
    assert "Gemeente Testdorp" in html and "2026" in html
