"""A file with thousands of problems: text and github output show the first 100 of each file and
then one line with the count of the rest; json keeps them all; the work stays linear (issue 9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nhnorm_cli.render.problems_text import MAX_PER_FILE
from tests.conftest import Runner

HEADER = 'norm: "1.0"\norganisatie:\n  naam: Gemeente Zeedorp\n  soort: gemeente\njaar: 2025\n'
HEADER += "peildatum: 2025-03-28\nstatus: concept\nantwoorden: {}\n"


def _many_unknown_keys(folder: Path, name: str, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    keys = "".join(f"onbekend_{i:05d}: waarde\n" for i in range(count))
    path.write_text(HEADER + keys, encoding="utf-8")
    return path


@pytest.fixture
def two_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    _many_unknown_keys(tmp_path / "assessments" / "a", "2025.yaml", 150)
    _many_unknown_keys(tmp_path / "assessments" / "b", "2025.yaml", 3)
    return tmp_path


def test_text_lists_100_problems_per_file_then_the_count(nhnorm: Runner, two_files: Path) -> None:
    lines = nhnorm("validate", expect=1).stdout.splitlines()
    first = "assessments/a/2025.yaml:9:1: fout ONBEKENDE-SLEUTEL: onbekende sleutel"
    assert lines[0].startswith(first) and '"onbekend_00000"' in lines[0]
    assert '"onbekend_00099"' in lines[MAX_PER_FILE - 1] and lines[MAX_PER_FILE - 1].startswith(
        "assessments/a/2025.yaml:108:1:"
    )
    assert lines[MAX_PER_FILE] == (
        "assessments/a/2025.yaml: nog 50 meldingen niet getoond; `nhnorm validate --format json` geeft ze "
        "allemaal"
    )
    assert [line.split(":")[0] for line in lines[MAX_PER_FILE + 1 : -1]] == ["assessments/b/2025.yaml"] * 3
    assert lines[-1] == "2 bestanden gecontroleerd: 153 fouten, 0 waarschuwingen"  # the count keeps all


def test_english_count_line(nhnorm: Runner, two_files: Path) -> None:
    out = nhnorm("validate", "assessments/a", "--lang", "en", expect=1).stdout
    more = "50 problems not shown here; `nhnorm validate --format json` gives them all"
    assert f"assessments/a/2025.yaml: {more}\n" in out


def test_github_annotates_100_per_file_then_a_notice(nhnorm: Runner, two_files: Path) -> None:
    lines = nhnorm("validate", "--format", "github", expect=1).stdout.splitlines()
    errors = [line for line in lines if line.startswith("::error file=assessments/a/2025.yaml,")]
    assert len(errors) == MAX_PER_FILE
    notice = "::notice file=assessments/a/2025.yaml,title=MEER-MELDINGEN::"
    assert lines[MAX_PER_FILE].startswith(notice + "assessments/a/2025.yaml: nog 50 meldingen")
    assert sum(line.startswith("::error file=assessments/b/2025.yaml,") for line in lines) == 3


def test_json_keeps_every_problem(nhnorm: Runner, two_files: Path) -> None:
    data = json.loads(nhnorm("validate", "--format", "json", expect=1).stdout)
    assert [len(f["meldingen"]) for f in data["bestanden"]] == [150, 3]
    assert data["bestanden"][0]["meldingen"][149]["regel"] == 158


def test_exactly_100_problems_need_no_count_line(nhnorm: Runner, tmp_path: Path) -> None:
    _many_unknown_keys(tmp_path, "2025.yaml", MAX_PER_FILE)
    out = nhnorm("validate", tmp_path / "2025.yaml", expect=1).stdout
    assert "niet getoond" not in out and out.count("ONBEKENDE-SLEUTEL") == MAX_PER_FILE


def test_20000_problems_are_each_located(nhnorm: Runner, tmp_path: Path) -> None:
    # quadratic before issue 9 (every problem scanned the mapping); no time is asserted here, the
    # call counts are in tests/core/test_fast_paths.py
    _many_unknown_keys(tmp_path, "2025.yaml", 20_000)
    data = json.loads(nhnorm("validate", tmp_path / "2025.yaml", "--format", "json", expect=1).stdout)
    rows = [m["regel"] for m in data["bestanden"][0]["meldingen"]]
    assert rows == list(range(9, 20_009))
