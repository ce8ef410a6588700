"""init, diff and report across norm versions, through the mapping of the fictitious 1.1."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nhnorm_cli.files.resources import NORM_PATH_ENV
from nhnorm_cli.select.assessments import load_assessment
from tests.conftest import Runner
from tests.factories import write_year
from tests.interop.norm11 import install, mapping_text

OLD: dict[str, dict[str, Any]] = {
    "1.1": {"oordeel": "voldaan", "toelichting": "Belegd."},
    "1.3": {"oordeel": "grotendeels", "onderdelen": {"1.3.a": "voldaan", "1.3.b": "deels"}},
    "2.7": {"oordeel": "voldaan", "toelichting": "Screening kandidaten."},
    "3.2": {"oordeel": "deels", "acties": [{"omschrijving": "Afspraken maken"}]},
    "4.7": {"oordeel": "niet", "acties": [{"omschrijving": "Inrichten", "gereed": date(2026, 12, 1)}]},
    "6.2": {"oordeel": "deels", "acties": [{"omschrijving": "Plan"}]},
}


@pytest.fixture
def gemeente(repo: Path) -> Path:
    """assessments/testdorp/2026.yaml against norm 1.0."""
    folder = repo / "assessments" / "testdorp"
    write_year(folder, OLD, jaar=2026)
    return folder


@pytest.mark.usefixtures("norm11")
def test_init_carries_answers_along_gelijk_and_lists_the_rest(nhnorm: Runner, gemeente: Path) -> None:
    out = nhnorm("init", "--year", "2027", "--from", "2026", "--org", "testdorp")
    assert out.stdout.splitlines() == [
        "assessments/testdorp/2027.yaml aangemaakt (3 antwoorden overgenomen)",
        "Norm 1.0 → 1.1: antwoorden alleen overgenomen waar de norm gelijk is.",
        "Opnieuw beoordelen (4):",
        "  2.7  (deelverzameling van 2.7)",
        "  3.2  (overlap van 3.2)",
        "  3.11  (overlap van 3.2)",
        "  4.7  (nieuw in 1.1)",
    ]
    new = load_assessment(gemeente / "2027.yaml").assessment
    assert new.norm == "1.1"
    assert {rid: a.oordeel for rid, a in new.antwoorden.items()} == {
        "1.1": "voldaan",
        "1.3": "grotendeels",
        "4.8": "niet",  # 4.7 of 1.0 is 4.8 of 1.1
    }
    assert new.antwoorden["1.3"].onderdelen == {"1.3.a": "voldaan", "1.3.b": "deels"}
    assert new.antwoorden["4.8"].acties[0].omschrijving == "Inrichten"
    nhnorm("validate")


@pytest.fixture
def without_mapping(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Norm 1.1 installed without a mapping from 1.0."""
    folder = install(tmp_path / "zonder-mapping")
    (folder / "mappings" / "1.0--1.1.yaml").unlink()
    monkeypatch.setenv(NORM_PATH_ENV, str(folder))


@pytest.mark.usefixtures("without_mapping")
def test_init_across_versions_needs_a_mapping(nhnorm: Runner, gemeente: Path) -> None:
    out = nhnorm("init", "--year", "2027", "--from", "2026", "--org", "testdorp", expect=2)
    assert "GEEN-VERSIEMAPPING" in out.stderr and "norm/mappings/1.0--1.1.yaml" in out.stderr
    assert not (gemeente / "2027.yaml").exists()


def test_a_broken_mapping_stops_with_its_positions(
    nhnorm: Runner, gemeente: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = mapping_text().replace("relatie: overlap", "relatie: ongeveer")
    folder = install(tmp_path / "kapot", mapping=broken)
    monkeypatch.setenv(NORM_PATH_ENV, str(folder))
    out = nhnorm("init", "--year", "2027", "--from", "2026", "--org", "testdorp", expect=1)
    line = broken[: broken.index("ongeveer")].count("\n") + 1
    assert out.stderr.startswith(f"{folder / 'mappings' / '1.0--1.1.yaml'}:{line}:14: fout ONGELDIGE-WAARDE")
    assert not (gemeente / "2027.yaml").exists()


NEW: dict[str, dict[str, Any]] = {
    "1.1": {"oordeel": "deels", "acties": [{"omschrijving": "Herstellen"}]},
    "1.3": {"oordeel": "grotendeels"},
    "2.7": {"oordeel": "deels", "acties": [{"omschrijving": "Commissieleden screenen"}]},
    "3.2": {"oordeel": "voldaan"},
    "3.11": {"oordeel": "niet", "acties": [{"omschrijving": "Toetsen"}]},
    "4.7": {"oordeel": "voldaan"},
    "4.8": {"oordeel": "voldaan"},
}


@pytest.fixture
def two_versions(gemeente: Path, norm11: Path) -> Path:
    write_year(gemeente, NEW, jaar=2027, norm="1.1")
    return gemeente


@pytest.mark.usefixtures("two_versions")
def test_diff_compares_through_the_mapping(nhnorm: Runner) -> None:
    data = json.loads(
        nhnorm("diff", "--from", "2026", "--org", "testdorp", "--to", "2027", "-f", "json").stdout
    )
    assert data["wijzigingen"] == [
        {"id": "1.1", "van": "voldaan", "naar": "deels", "richting": "slechter"},
        {"id": "2.7", "van": "voldaan", "naar": "deels", "richting": "slechter"},
        {"id": "3.2", "van": "deels", "naar": "voldaan", "richting": "beter"},
        {"id": "3.11", "van": "deels", "naar": "niet", "richting": "slechter"},
        {"id": "4.7", "van": None, "naar": "voldaan", "richting": "nieuw"},
        {"id": "4.8", "van": "niet", "naar": "voldaan", "richting": "beter"},
        {"id": "6.2", "van": "deels", "naar": None, "richting": "vervallen"},
    ]
    assert data["vergelijking"] == {
        "mapping": "1.0--1.1",
        "normen": [
            {"id": "2.7", "van_ids": ["2.7"], "relatie": "deelverzameling", "gelijkwaardig": False},
            {"id": "3.2", "van_ids": ["3.2"], "relatie": "overlap", "gelijkwaardig": False},
            {"id": "3.11", "van_ids": ["3.2"], "relatie": "overlap", "gelijkwaardig": False},
            {"id": "4.7", "van_ids": [], "relatie": None, "gelijkwaardig": False},
            {"id": "4.8", "van_ids": ["4.7"], "relatie": "gelijk", "gelijkwaardig": True},
            {"id": "6.2", "van_ids": ["6.2"], "relatie": "vervallen", "gelijkwaardig": False},
        ],
    }
    text = nhnorm("diff", "--from", "2026", "--org", "testdorp", "--to", "2027").stdout
    words = " ".join(text.split())
    assert "vergeleken via de mapping 1.0--1.1; 5 norm(en) zijn niet één op één" in words
    assert "▲ 4.8 niet → voldaan (was 4.7) Wij" in words
    assert "▼ 2.7 voldaan → deels (≈ deelverzameling van 2.7) Wij laten" in words
    english = " ".join(
        nhnorm("diff", "--from", "2026", "--org", "testdorp", "--to", "2027", "--lang", "en").stdout.split()
    )
    assert "compared through the mapping 1.0--1.1; 5 norm(s) do not compare like for like" in english
    assert "4.7 no answer → voldaan (≈ new in 1.1)" in english and "(was 4.7)" in english
    md = nhnorm("diff", "--from", "2026", "--org", "testdorp", "--to", "2027", "-f", "md").stdout
    assert "- ▼ **3.11** deels → niet (≈ overlap van 3.2): Wij toetsen ook de opvolging van 3.2." in md


@pytest.mark.usefixtures("two_versions")
def test_only_like_for_like_norms_can_regress_across_versions(nhnorm: Runner, gemeente: Path) -> None:
    out = nhnorm(
        "diff", "--from", "2026", "--org", "testdorp", "--to", "2027", "--fail-on-regression", expect=1
    )
    assert "1.1" in out.stderr and "2.7" not in out.stderr and "3.11" not in out.stderr
    write_year(gemeente, {**NEW, "1.1": OLD["1.1"]}, jaar=2027, norm="1.1")
    nhnorm("diff", "--from", "2026", "--org", "testdorp", "--to", "2027", "--fail-on-regression")


@pytest.mark.usefixtures("two_versions")
def test_report_history_says_where_the_comparison_is_not_like_for_like(nhnorm: Runner) -> None:
    md = nhnorm("report", "--year", "2027", "--org", "testdorp").stdout
    assert "> 2026 is beoordeeld tegen norm 1.0, 2027 tegen norm 1.1; de oordelen zijn vergeleken" in md
    assert "| 4.8 | Niet voldaan | Voldaan | verbeterd (was 4.7) |" in md
    assert "| 2.7 | Voldaan | Deels voldaan | verslechterd (≈ deelverzameling van 2.7) |" in md
    html = nhnorm("report", "--year", "2027", "--org", "testdorp", "-f", "html").stdout
    assert "verslechterd (≈ deelverzameling van 2.7)</td>" in html


@pytest.mark.usefixtures("without_mapping")
def test_report_without_a_mapping_does_not_pretend_to_compare(nhnorm: Runner, gemeente: Path) -> None:
    write_year(gemeente, NEW, jaar=2027, norm="1.1")
    md = nhnorm("report", "--year", "2027", "--org", "testdorp").stdout
    assert "zonder mapping tussen de versies zijn de oordelen niet per norm vergeleken" in md
