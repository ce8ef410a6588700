"""A new export format is one module plus one line in its family's registry: the command line's
choices, its help in both languages, --public and the removal notice follow from that line."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nhnorm_cli.cli
import nhnorm_cli.cli.export
from nhnorm_cli.formats.registry import Exporter
from nhnorm_cli.interop import registry

# The whole new format: a module with export(norm, assessment, options) -> bytes.
MODULE = """
def export(norm, assessment, options):
    lines = [f"{a_id}\\t{answer.oordeel}" for a_id, answer in assessment.antwoorden.items()]
    return ("\\n".join([assessment.organisatie.naam, *lines]) + "\\n").encode("utf-8")
"""


@pytest.fixture
def tab_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    (tmp_path / "tab_export.py").write_text(MODULE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    line = Exporter(
        "tab", "tab_export", ("tab (tekst met tabs)", "tab (text with tabs)"), public=lambda p: False
    )
    monkeypatch.setattr(registry, "EXPORTS", [*registry.EXPORTS, line])
    importlib.reload(nhnorm_cli.cli.export)
    yield importlib.reload(nhnorm_cli.cli).app
    monkeypatch.undo()
    importlib.reload(nhnorm_cli.cli.export)
    importlib.reload(nhnorm_cli.cli)
    sys.modules.pop("tab_export", None)


def test_a_registered_format_is_a_choice_with_help_in_both_languages(repo: Path, tab_format: object) -> None:
    runner = CliRunner()
    dutch = runner.invoke(tab_format, ["export", "--help"], env={"COLUMNS": "200"}).stdout  # type: ignore[arg-type]
    english = runner.invoke(tab_format, ["--lang", "en", "export", "--help"], env={"COLUMNS": "200"}).stdout  # type: ignore[arg-type]
    dutch, english = " ".join(dutch.split()), " ".join(english.split())  # as wrapped for the terminal
    assert "<xlsx|csv|oscal|ciso-assistant|tab>" in dutch
    assert "(audit-import, CSV) of tab (tekst met tabs)." in dutch
    assert "(audit import, CSV) or tab (text with tabs)." in english


def test_a_registered_format_writes_through_the_export_command(repo: Path, tab_format: object) -> None:
    result = CliRunner().invoke(  # type: ignore[arg-type]
        tab_format, ["export", "--year", "2025", "-f", "tab", "--public", "-o", "uit.tsv"]
    )
    assert result.exit_code == 0, result.output
    lines = (repo / "uit.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[:3] == ["Gemeente Zeedorp", "1.1\tvoldaan", "1.2\tgrotendeels"]
    assert len(lines) == 48


def test_a_format_without_a_public_form_refuses_public(repo: Path, tab_format: object) -> None:
    result = CliRunner().invoke(
        tab_format, ["export", "--year", "2025", "-f", "xlsx", "--public", "-o", "x.xlsx"]
    )  # type: ignore[arg-type]
    assert result.exit_code == 2
    assert "PUBLIC-FORMAAT" in result.stderr
