"""Golden files for what CI and people read every day: validate, score and diff as text and JSON
(`pytest --update-golden` rewrites them; review the diff). The repository is the bundled example
organisation plus a few broken files, so validate has errors, warnings and positions to show."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import DATA, Golden, Runner

BROKEN = ["cbs-code-bad.yaml", "oordeel-unknown.yaml", "nvt-without-toelichting.yaml", "tab-indentation.yaml"]


@pytest.fixture
def with_broken(repo: Path) -> Path:
    (repo / "kapot").mkdir()
    for name in BROKEN:
        shutil.copy(DATA / "bad" / name, repo / "kapot" / name)
    return repo


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("output_format,suffix", [("text", "txt"), ("json", "json")])
def test_validate(
    nhnorm: Runner, with_broken: Path, golden: Golden, lang: str, output_format: str, suffix: str
) -> None:
    result = nhnorm("validate", "assessments", "kapot", "--format", output_format, "--lang", lang, expect=1)
    golden(f"validate_{lang}.{suffix}", result.stdout)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("output_format,suffix", [("text", "txt"), ("json", "json")])
def test_score(
    nhnorm: Runner, repo: Path, golden: Golden, lang: str, output_format: str, suffix: str
) -> None:
    result = nhnorm("score", "--format", output_format, "--lang", lang)
    golden(f"score_{lang}.{suffix}", result.stdout)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("output_format,suffix", [("text", "txt"), ("json", "json"), ("md", "md")])
def test_diff(nhnorm: Runner, repo: Path, golden: Golden, lang: str, output_format: str, suffix: str) -> None:
    args = ("diff", "--from", "2025", "--to", "2026", "--format", output_format, "--lang", lang)
    golden(f"diff_{lang}.{suffix}", nhnorm(*args).stdout)
