"""The CI examples in docs/ci/ and the pre-commit hook, run in-process against a test repository."""

from __future__ import annotations

import re
import shlex
import shutil
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nhnorm_cli.cli import app
from nhnorm_cli.yamlsource import parse_document
from tests.cli.gemeente import build_two_years
from tests.conftest import ROOT, Result, Runner

TEST_VARIABLES = {"JAAR": "2026", "VORIG_JAAR": "2025"}
_VARIABLE = re.compile(r"\$\{?([A-Z_][A-Z0-9_]*)\}?")
_SHELL = {">", "|", "||", "&&", ";"}


def _load(name: str) -> dict:  # type: ignore[type-arg]
    return parse_document((ROOT / name).read_bytes(), name).data  # type: ignore[no-any-return]


def _github_lines(workflow: dict) -> Iterator[str]:  # type: ignore[type-arg]
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            yield from str(step.get("run", "")).splitlines()


def _gitlab_lines(pipeline: dict) -> Iterator[str]:  # type: ignore[type-arg]
    for job in pipeline.values():
        if isinstance(job, dict):
            for item in [*job.get("before_script", []), *job.get("script", [])]:
                yield from str(item).splitlines()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once with init/set (slow: about a hundred `nhnorm set` runs), copied per test."""
    root = tmp_path_factory.mktemp("gemeente")
    (root / ".git").mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        patch.delenv("NHNORM_LANG", raising=False)

        def run(*args: str, expect: int = 0) -> Result:
            result = CliRunner().invoke(app, list(args), catch_exceptions=False)
            assert result.exit_code == expect, result.stderr
            return Result(result.exit_code, result.stdout, result.stderr)

        build_two_years(run)
    return root


@pytest.fixture
def two_years(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(built, tmp_path / "repo")
    monkeypatch.chdir(tmp_path / "repo")
    return tmp_path / "repo"


@pytest.mark.parametrize(
    ("name", "lines"),
    [("docs/ci/github-actions.yml", _github_lines), ("docs/ci/gitlab-ci.yml", _gitlab_lines)],
)
def test_every_nhnorm_command_in_the_example_runs(nhnorm: Runner, two_years: Path, name: str, lines) -> None:  # type: ignore[no-untyped-def]
    config = _load(name)
    variables = {**(config.get("env") or config.get("variables") or {}), **TEST_VARIABLES}
    ran: list[str] = []
    for line in lines(config):
        line = _VARIABLE.sub(lambda m: str(variables.get(m.group(1), m.group(0))), line.strip())
        words = shlex.split(line)
        if words[:2] == ["mkdir", "-p"]:
            for folder in words[2:]:
                (two_years / folder).mkdir(parents=True, exist_ok=True)
        if not words or words[0] != "nhnorm":
            continue
        cut = next((i for i, w in enumerate(words) if w in _SHELL), len(words))
        args, rest = words[1:cut], words[cut:]
        result = nhnorm(*args)
        if rest[:1] == [">"]:
            (two_years / rest[1]).write_text(result.stdout, encoding="utf-8")
            assert result.stdout.strip(), line
        if "--output" in args:
            assert (two_years / args[args.index("--output") + 1]).stat().st_size > 0
        ran.append(args[0])
    assert "validate" in ran
    assert sorted(set(ran)) == ["diff", "report", "validate"]


def test_pre_commit_hook_as_pre_commit_runs_it(nhnorm: Runner, two_years: Path) -> None:
    (hook,) = _load(".pre-commit-hooks.yaml")
    assert hook["id"] == "nhnorm-validate" and hook["language"] == "python" and hook["pass_filenames"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    entry = shlex.split(hook["entry"])
    assert entry[0] in scripts  # pre-commit installs the package and finds this console script
    (two_years / "notes.yaml").write_text("niet: [een zelfevaluatie\n", encoding="utf-8")
    tracked = sorted(p.relative_to(two_years).as_posix() for p in two_years.rglob("*.yaml"))
    files = [f for f in tracked if re.search(hook["files"], f)]
    assert files == ["assessments/testdorp/2025.yaml", "assessments/testdorp/2026.yaml"]
    nhnorm(*entry[1:], *files)

    broken = two_years / files[1]
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("oordeel: voldaan", "oordeel: klaar", 1), "utf-8"
    )
    result = nhnorm(*entry[1:], *files, expect=1)
    assert re.search(rf"^{files[1]}:\d+:14: fout ONBEKEND-OORDEEL", result.stdout, re.MULTILINE)
