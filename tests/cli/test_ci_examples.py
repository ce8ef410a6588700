"""The CI examples in docs/ci/ (thin callers of action.yml and templates/nhnorm.yml, which run in
tests/ci/) and the pre-commit hook, run in-process against a test repository."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nhnorm_cli.cli import app
from nhnorm_cli.source.yamlsource import parse_document
from tests.cli.gemeente import build_two_years
from tests.conftest import ROOT, Result, Runner


def _load(name: str) -> dict:  # type: ignore[type-arg]
    return parse_document((ROOT / name).read_bytes(), name).data  # type: ignore[no-any-return]


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


def _schema_check(schema: str, path: Path) -> subprocess.CompletedProcess[str]:
    """The published schema, vendored in check-jsonschema: no network at test time."""
    checker = Path(sys.executable).parent / "check-jsonschema"
    command = [str(checker), "--builtin-schema", schema, str(path)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_the_github_example_is_one_line_calling_the_action() -> None:
    """docs/ci/github-actions.yml only says when the Action runs and what it may do (action.yml
    itself runs in tests/ci/test_github_action.py)."""
    workflow = _load("docs/ci/github-actions.yml")
    assert _schema_check("vendor.github-workflows", ROOT / "docs/ci/github-actions.yml").returncode == 0
    (job,) = workflow["jobs"].values()
    checkout, action = job["steps"]
    assert checkout["uses"].startswith("actions/checkout@")
    assert re.fullmatch(r"<organisatie>/nhnorm@v\d+", action["uses"])
    assert workflow["permissions"] == {"contents": "read", "pull-requests": "write"}  # the one comment
    assert "assessments/**" in workflow["on"]["pull_request"]["paths"]
    assert not any("run" in step for step in job["steps"])  # nothing left to copy and keep up to date


def test_the_gitlab_example_is_one_include_of_the_component() -> None:
    pipeline = _load("docs/ci/gitlab-ci.yml")
    assert _schema_check("vendor.gitlab-ci", ROOT / "docs/ci/gitlab-ci.yml").returncode == 0
    assert list(pipeline) == ["include"]
    ((_, reference),) = [item.popitem() for item in pipeline["include"]]
    project, _, version = reference.rpartition("@")
    assert project == "$CI_SERVER_FQDN/<groep>/nhnorm/nhnorm" and re.fullmatch(r"\d+", version)
    assert (ROOT / "templates" / f"{project.rsplit('/', 1)[1]}.yml").is_file()  # the component it names


@pytest.mark.parametrize("name", ["docs/ci/github-actions.yml", "docs/ci/gitlab-ci.yml", "action.yml"])
def test_the_examples_need_no_yearly_edit(name: str) -> None:
    """No year anywhere: a new year's assessment is compared with the year before it (tests/ci)."""
    text = (ROOT / name).read_text(encoding="utf-8")
    assert not re.search(r"\b20\d\d\b", text) and "JAAR" not in text


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
