"""A folder nhnorm may not read is an error that names it (issue 25): skipping it left an
organisation out of validate and overview without a word."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import Runner


@pytest.fixture
def unreadable(repo: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """assessments/zeedorp as a folder without read permission (root reads any folder, so the
    refusal is made where nhnorm lists it)."""
    folder = repo / "assessments" / "zeedorp"
    real = os.scandir

    def scandir(path: str) -> object:
        if Path(path).resolve() == folder.resolve():
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return folder


@pytest.mark.parametrize(
    "command", [("validate",), ("overview", "--year", "2026"), ("score", "--year", "2026")]
)
def test_an_unreadable_folder_is_named(unreadable: Path, nhnorm: Runner, command: tuple[str, ...]) -> None:
    result = nhnorm(*command, expect=1)
    assert result.stderr == (
        "assessments/zeedorp:1:1: fout MAP-ONLEESBAAR: map kan niet gelezen worden (Permission denied); "
        "nhnorm slaat geen organisatie over: geef leesrechten of haal de map weg\n"
    )
