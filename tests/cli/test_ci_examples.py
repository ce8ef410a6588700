"""The CI examples in docs/ci/ and the pre-commit hook, run in-process against a test repository."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nhnorm_cli.cli import app
from nhnorm_cli.source.yamlsource import parse_document
from tests.cli.gemeente import build_two_years
from tests.conftest import ROOT, Result, Runner

TEST_VARIABLES: dict[str, str] = {}  # the examples need no yearly variables
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
    assert "Gemeente Testdorp: 2025 → 2026" in (two_years / "verschil.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["docs/ci/github-actions.yml", "docs/ci/gitlab-ci.yml"])
def test_the_examples_need_no_yearly_edit(nhnorm: Runner, two_years: Path, name: str) -> None:
    """No year anywhere in the example; a new year is picked up by diff and report on their own."""
    text = (ROOT / name).read_text(encoding="utf-8")
    assert not re.search(r"\b20\d\d\b", text) and "JAAR" not in text
    nhnorm("init", "--year", "2027", "--from", "2026")
    assert "Gemeente Testdorp: 2026 → 2027" in nhnorm("diff", "--format", "md").stdout
    assert nhnorm("report").stdout.startswith("# Weerbare Overheid 2027: Gemeente Testdorp")


@pytest.mark.parametrize(
    ("name", "lines"),
    [("docs/ci/github-actions.yml", _github_lines), ("docs/ci/gitlab-ci.yml", _gitlab_lines)],
)
def test_install_fails_clearly_without_the_package_variable(name: str, lines, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """nhnorm is installed from the gemeente's own copy, never from a guessed package index name."""
    config = _load(name)
    assert "NHNORM_PAKKET" not in (config.get("variables") or {})  # only the CI settings define it
    installs = [line for line in lines(config) if line.strip().startswith("pip install")]
    assert installs and all("${NHNORM_PAKKET:?" in line for line in installs)
    stub = tmp_path / "bin"
    stub.mkdir()
    (stub / "pip").write_text('#!/bin/sh\necho "pip $*"\n', encoding="utf-8")
    (stub / "pip").chmod(0o755)
    env = {"PATH": f"{stub}:/usr/bin:/bin"}
    unset = subprocess.run(["sh", "-c", installs[0]], env=env, capture_output=True, text=True, check=False)
    assert unset.returncode != 0 and "NHNORM_PAKKET op uw kopie van nhnorm" in unset.stderr
    env["NHNORM_PAKKET"] = "git+https://git.zeedorp.nl/nhnorm.git@v0.1.0"
    ok = subprocess.run(["sh", "-c", installs[0]], env=env, capture_output=True, text=True, check=True)
    assert ok.stdout.strip().endswith("git+https://git.zeedorp.nl/nhnorm.git@v0.1.0")


_FAKE_GITLAB = """#!/usr/bin/env python3
import json, os, sys
state = os.environ["FAKE_NOTES"]
notes = json.load(open(state)) if os.path.exists(state) else []
args = sys.argv[1:]
method = args[args.index("--request") + 1] if "--request" in args else "GET"
url = args[-1]
if method == "GET":
    print(json.dumps(notes))
    sys.exit(0)
body = open(args[args.index("--data-urlencode") + 1].split("@", 1)[1]).read()
if method == "POST":
    notes.append({"id": 100 + len(notes), "body": body})
else:
    note = next(n for n in notes if url.endswith("/notes/%d" % n["id"]))
    note["body"] = body
json.dump(notes, open(state, "w"))
"""


def test_gitlab_updates_its_one_note(two_years: Path, tmp_path: Path) -> None:
    """Two pushes to a merge request: the first adds the note, the second updates the same one."""
    job = _load("docs/ci/gitlab-ci.yml")["vergelijken"]
    stub = tmp_path / "bin"
    stub.mkdir()
    (stub / "curl").write_text(_FAKE_GITLAB, encoding="utf-8")
    (stub / "curl").chmod(0o755)
    nhnorm_bin = Path(sys.executable).parent
    state = tmp_path / "notes.json"
    state.write_text(json.dumps([{"id": 7, "body": "Mooi werk!"}]), encoding="utf-8")
    env = {
        "PATH": f"{stub}:{nhnorm_bin}:/usr/bin:/bin",
        "FAKE_NOTES": str(state),
        "CI_API_V4_URL": "https://gitlab.example/api/v4",
        "CI_PROJECT_ID": "12",
        "CI_MERGE_REQUEST_IID": "3",
        "NHNORM_API_TOKEN": "geheim",
        "NO_COLOR": "1",
    }
    script = "set -e\n" + "\n".join(job["script"])
    for push in (1, 2):
        if push == 2:
            subprocess.run(
                [str(nhnorm_bin / "nhnorm"), "set", "1.2", "niet", "--year", "2026"],
                env=env,
                check=True,
                capture_output=True,
            )
        subprocess.run(["sh", "-c", script], env=env, cwd=two_years, check=True, capture_output=True)
    notes = json.loads(state.read_text(encoding="utf-8"))
    assert [n["id"] for n in notes] == [7, 101]
    assert notes[1]["body"].startswith("<!-- nhnorm-verschil -->\n")
    assert "1.2" in notes[1]["body"]  # the second push's change is in the one note


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
