"""A command about one organisation opens that organisation's files only, each at most once
(issue 9): in a region of hundreds of organisations it costs what it costs alone."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from nhnorm_cli.source import yamlsource
from tests.conftest import Runner
from tests.factories import uniform, write_year


@pytest.fixture
def reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """A region of four organisations × three years; counts the files parsed, by path."""
    monkeypatch.chdir(tmp_path)
    for slug in ("aadorp", "beedorp", "ceedorp", "deedorp"):
        for jaar in (2024, 2025, 2026):
            write_year(tmp_path / "assessments" / slug, uniform("deels"), naam=f"Gemeente {slug}", jaar=jaar)
    counted: Counter[str] = Counter()
    real = yamlsource.parse_document

    def parse(raw: bytes, path: str) -> yamlsource.Document:
        if path.startswith("assessments/"):
            counted[path.removeprefix("assessments/")] += 1
        return real(raw, path)

    monkeypatch.setattr(yamlsource, "parse_document", parse)
    return counted


ONCE = {
    ("report", "--year", "2025"): ["2024", "2025", "2026"],
    ("diff", "--from", "2024", "--to", "2025"): ["2024", "2025"],
    ("export", "--year", "2025", "-f", "csv", "-o", "uit.csv"): ["2025"],
    ("score", "--year", "2025"): ["2025"],
    ("score",): ["2024", "2025", "2026"],
    ("init", "--year", "2027", "--from", "2026", "-o", "nieuw.yaml"): ["2026"],
}


@pytest.mark.parametrize("command", list(ONCE), ids=" ".join)
def test_reads_its_own_files_once(nhnorm: Runner, reads: Counter[str], command: tuple[str, ...]) -> None:
    nhnorm(*command, "--org", "beedorp")
    assert reads == Counter({f"beedorp/{year}.yaml": 1 for year in ONCE[command]})


def test_set_reads_only_its_own_files(nhnorm: Runner, reads: Counter[str]) -> None:
    nhnorm("set", "1.1", "voldaan", "--org", "beedorp")
    assert {path.split("/")[0] for path in reads} == {"beedorp"}
