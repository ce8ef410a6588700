"""The shipped entry points, run as a user runs them: the installed `nhnorm` console script and
`python -m nhnorm_cli`, in a subprocess (every other test uses the in-process runner)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import nhnorm_cli
from tests.conftest import EXAMPLES

BIN = Path(sys.executable).parent
NHNORM = BIN / "nhnorm"


def _run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NHNORM_")}
    environment |= {"NO_COLOR": "1", "COLUMNS": "100", **(env or {})}
    return subprocess.run(
        args, cwd=cwd, env=environment, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.fixture
def gemeente(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLES, tmp_path / "assessments")
    return tmp_path


def test_console_script_is_installed() -> None:
    assert NHNORM.is_file() and os.access(NHNORM, os.X_OK)


@pytest.mark.parametrize("command", [[str(NHNORM)], [sys.executable, "-m", "nhnorm_cli"]])
def test_version(command: list[str], tmp_path: Path) -> None:
    result = _run(*command, "--version", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, f"nhnorm {nhnorm_cli.__version__}\n", "")


def test_no_arguments_shows_help(tmp_path: Path) -> None:
    result = _run(str(NHNORM), cwd=tmp_path)
    assert result.returncode == 2 and "validate" in result.stdout + result.stderr


def test_validate_score_and_report_through_the_script(gemeente: Path) -> None:
    valid = _run(str(NHNORM), "validate", cwd=gemeente)
    assert valid.returncode == 0 and "2 bestanden gecontroleerd: 0 fouten" in valid.stdout
    score = _run(str(NHNORM), "score", "--year", "2026", "--format", "json", cwd=gemeente)
    assert score.returncode == 0 and '"totaal"' in score.stdout
    report = _run(sys.executable, "-m", "nhnorm_cli", "report", "--lang", "en", cwd=gemeente)
    assert report.returncode == 0 and report.stdout.startswith("# ")


def test_exit_codes_through_the_script(gemeente: Path) -> None:
    broken = gemeente / "assessments" / "zeedorp" / "2026.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("oordeel: voldaan", "oordeel: voldan", 1))
    invalid = _run(str(NHNORM), "validate", cwd=gemeente)
    assert invalid.returncode == 1 and ": fout ONBEKEND-OORDEEL: " in invalid.stdout
    usage = _run(str(NHNORM), "validate", "bestaat-niet.yaml", cwd=gemeente)
    assert (usage.returncode, usage.stderr) == (
        2,
        "nhnorm: fout PAD-BESTAAT-NIET: bestaat-niet.yaml bestaat niet\n",
    )
    unknown = _run(str(NHNORM), "validate", "--geen-optie", cwd=gemeente)
    assert unknown.returncode == 2 and "Traceback" not in unknown.stderr


_CRASH = """
import sys
import nhnorm_cli.check.validation as validation
def boom(*args, **kwargs):
    raise RuntimeError("kapot\\x1b[2J")
validation.validate_files = boom
from nhnorm_cli.cli import main
sys.argv = ["nhnorm", *sys.argv[1:]]
main()
"""

_BUILD_FAILS = """
import sys
import typer.main
def broken(*args, **kwargs):
    raise ValueError("kapotte opdracht")
typer.main.get_command = broken
from nhnorm_cli.cli import main
sys.argv = ["nhnorm", "--version"]
main()
"""


def test_a_bug_is_exit_3_in_one_line(gemeente: Path) -> None:
    result = _run(sys.executable, "-c", _CRASH, "validate", cwd=gemeente)
    assert result.returncode == 3
    assert result.stderr == (
        "nhnorm: interne fout (een bug in nhnorm): RuntimeError: kapot\\e[2J. Draai opnieuw met --debug.\n"
    )
    debug = _run(sys.executable, "-c", _CRASH, "--debug", "validate", cwd=gemeente)
    assert debug.returncode == 3 and debug.stderr.startswith("Traceback (most recent call last):")


def test_a_bug_while_building_the_cli_is_exit_3(tmp_path: Path) -> None:
    result = _run(sys.executable, "-c", _BUILD_FAILS, cwd=tmp_path)
    assert result.returncode == 3
    assert result.stderr == (
        "nhnorm: interne fout (een bug in nhnorm): ValueError: kapotte opdracht. Draai opnieuw met --debug.\n"
    )


@pytest.mark.parametrize("args", [["norm", "--format", "oscal"], ["norm", "--format", "ciso-assistant"]])
def test_a_reader_that_leaves_early_is_no_internal_error(args: list[str], tmp_path: Path) -> None:
    """`nhnorm norm -f oscal | head`: the pipe closes while nhnorm writes (the output is larger than
    a pipe's buffer). Quiet, and the exit status of a Unix tool stopped by SIGPIPE, never 3."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NHNORM_")}
    process = subprocess.Popen(
        [str(NHNORM), *args], cwd=tmp_path, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    with process:
        process.stdout.close()  # before nhnorm has written anything: it has to import first
        stderr = process.stderr.read().decode()
        assert (process.wait(timeout=60), stderr) == (141, "")


@pytest.mark.parametrize("args", [["norm"], ["norm", "--format", "oscal"]])
def test_a_reader_that_leaves_early_from_rich_output_is_no_input_error(
    args: list[str], tmp_path: Path
) -> None:
    """Text written through rich (`nhnorm norm | head`) ends as quietly as plain text: rich itself
    would exit with 1, which says the input had errors."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NHNORM_")}
    process = subprocess.Popen(
        [str(NHNORM), *args], cwd=tmp_path, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    with process:
        process.stdout.close()
        assert (process.wait(timeout=60), process.stderr.read().decode()) == (141, "")


@pytest.mark.parametrize(("lang", "line"), [
    ("nl", "nhnorm: fout SCHRIJVEN-MISLUKT: stdout kan niet geschreven worden: de schijf is vol; kies een "
           "andere plek of controleer de rechten\n"),
    ("en", "nhnorm: fout SCHRIJVEN-MISLUKT: stdout cannot be written: the disk is full; choose another place "
           "or check the permissions\n"),
])  # fmt: skip
def test_output_to_a_full_disk_is_said_not_a_bug(lang: str, line: str, gemeente: Path) -> None:
    """`nhnorm validate > /dev/full` (Linux's always-full device): a usage error in one line, exit 2."""
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [str(NHNORM), "validate", "--lang", lang],
            cwd=gemeente,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert (result.returncode, result.stderr) == (2, line)
