"""A write that does not fit is SCHRIJVEN-MISLUKT (exit 2) for every format, openpyxl's temporary
files included (issue 25: exit 3 with an lxml traceback)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Runner

resource = pytest.importorskip("resource")


def _limited(cwd: Path, *args: str, limit: int = 4096) -> subprocess.CompletedProcess[str]:
    """nhnorm in a process whose files may not grow past `limit` bytes (a full disk, cheaply)."""

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "NO_COLOR": "1"}
    env.pop("NHNORM_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "nhnorm_cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        preexec_fn=small_files,
        check=False,
    )


@pytest.mark.parametrize(
    "args",
    [
        ("overview", "--year", "2026", "--format", "xlsx", "--output", "regio.xlsx"),
        ("export", "--year", "2026", "--output", "zeedorp.xlsx"),
    ],
    ids=["overview", "export"],
)
def test_a_workbook_that_does_not_fit_is_schrijven_mislukt(repo: Path, args: tuple[str, ...]) -> None:
    result = _limited(repo, *args)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("nhnorm: fout SCHRIJVEN-MISLUKT: ")
    assert "het bestand wordt te groot" in result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert not (repo / args[-1]).exists()


def test_schema_on_a_full_disk_leaves_no_folder_it_made(tmp_path: Path) -> None:
    result = _limited(tmp_path, "schema", "--output", "editor/schemas")
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("nhnorm: fout SCHRIJVEN-MISLUKT: ")
    assert list(tmp_path.iterdir()) == []  # neither editor/ nor editor/schemas/


def test_schema_removes_the_new_files_of_a_run_that_failed(nhnorm: Runner, tmp_path: Path) -> None:
    (tmp_path / "mapping.schema.json").mkdir()  # the third of four cannot be written
    (tmp_path / "norm.schema.json").write_text("oud", encoding="utf-8")
    result = nhnorm("schema", "--output", tmp_path, "--force", expect=2)
    assert "IS-MAP" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mapping.schema.json", "norm.schema.json"]
    assert (tmp_path / "norm.schema.json").read_text(encoding="utf-8") != "oud"  # replaced, as --force asked
