"""Shared fixtures: an in-process CLI runner and a repository laid out like a gemeente's."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from nhnorm_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = ROOT / "assessments"

# No per-example time limit: the suite measures outcomes, not speed (that is benchmarks/' job), and a
# shared CI machine must not turn a slow example into a failure. In CI the examples are derived from
# the tests themselves, so a run is reproducible; on a developer's machine they stay random and keep
# exploring (a failure found there prints its @reproduce_failure).
settings.register_profile("nhnorm", deadline=None, derandomize=bool(os.environ.get("CI")))
settings.load_profile("nhnorm")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite tests/golden/ from the current output (review the diff!).",
    )


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str


Runner = Callable[..., Result]


@pytest.fixture
def nhnorm(monkeypatch: pytest.MonkeyPatch) -> Runner:
    """Run `nhnorm ARGS` in-process; fail with the full output on an unexpected exit code."""
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("NHNORM_LANG", raising=False)

    def run(*args: str, expect: int | None = 0) -> Result:  # None: any exit code
        result = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)
        out = Result(result.exit_code, result.stdout, result.stderr)
        assert expect is None or out.exit_code == expect, (
            f"nhnorm {' '.join(map(str, args))} exited {out.exit_code}, expected {expect}\n"
            f"--- stdout\n{out.stdout}\n--- stderr\n{out.stderr}"
        )
        return out

    return run


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary gemeente repository with the bundled examples; the working directory."""
    shutil.copytree(EXAMPLES, tmp_path / "assessments")
    monkeypatch.chdir(tmp_path)
    return tmp_path


GOLDEN = Path(__file__).resolve().parent / "golden"
Golden = Callable[[str, str], None]


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Golden:
    """Compare text with tests/golden/<name>; `pytest --update-golden` rewrites the file instead."""
    update = bool(request.config.getoption("--update-golden"))

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8", newline="\n")
            return
        assert path.exists(), f"{path} does not exist yet; create it with: pytest --update-golden"
        assert actual == path.read_text(encoding="utf-8"), (
            f"{name} differs; if intended: pytest --update-golden"
        )

    return check


@pytest.fixture(scope="session")
def exported_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """zeedorp 2026 exported to xlsx once per run; tests edit copies (export costs ~0.3 s)."""
    root = tmp_path_factory.mktemp("export")
    shutil.copytree(EXAMPLES, root / "assessments")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = CliRunner().invoke(app, ["export", "--year", "2026", "--output", "zeedorp-2026.xlsx"])
        assert result.exit_code == 0, result.stderr
    return root / "zeedorp-2026.xlsx"


@pytest.fixture(scope="session")
def test_region_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test region of tests/region.py (register + 2024–2026), written once per run."""
    from tests import region

    root = tmp_path_factory.mktemp("test-region")
    region.write(root)
    return root


@pytest.fixture
def test_region(test_region_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test region as the working directory; tests must leave it as they found it."""
    monkeypatch.chdir(test_region_dir)
    return test_region_dir
