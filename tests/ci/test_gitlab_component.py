"""templates/nhnorm.yml, the GitLab CI/CD catalog component, run as a GitLab runner would: the
inputs' defaults and the component context interpolated into the job (after parsing, as GitLab
does), the job's variables expanded, its script lines in one shell with `set -eo pipefail`. nhnorm
is fetched from a local git repository holding this checkout's ci/ (input nhnorm-git), installed by
the real install.sh with the venv stub of tests/ci/runner.py; curl is a stub of GitLab's API."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from tests.ci.runner import (
    ROOT,
    api_state,
    bad_pull_request,
    base_env,
    edit,
    gemeente_repository,
    git,
    read_state,
    write_stubs,
)

COMPONENT = ROOT / "templates" / "nhnorm.yml"
MARKER = "<!-- nhnorm-verschil -->"
_INTERPOLATION = re.compile(r"\$\[\[\s*(inputs|component)\.([\w-]+)\s*\]\]")
_VARIABLE = re.compile(r"\$\{?(\w+)\}?")


def _documents() -> tuple[dict[str, Any], dict[str, Any]]:
    spec, job = YAML(typ="safe").load_all(COMPONENT.read_text(encoding="utf-8"))
    return spec, job


def _interpolate(node: Any, values: dict[str, dict[str, Any]]) -> Any:
    """GitLab's $[[ ]] on the parsed YAML: a string that is one interpolation keeps its type."""
    if isinstance(node, dict):
        return {key: _interpolate(value, values) for key, value in node.items()}
    if isinstance(node, list):
        return [_interpolate(item, values) for item in node]
    if isinstance(node, str):
        whole = _INTERPOLATION.fullmatch(node.strip())
        if whole:
            return values[whole.group(1)][whole.group(2)]

        def one(match: re.Match[str]) -> str:
            value = values[match.group(1)][match.group(2)]
            return str(value).lower() if isinstance(value, bool) else str(value)

        return _INTERPOLATION.sub(one, node)
    return node


def _job(inputs: dict[str, Any], component: dict[str, str]) -> dict[str, Any]:
    spec, config = _documents()
    values = {name: field.get("default") for name, field in spec["spec"]["inputs"].items()}
    assert set(inputs) <= set(values), set(inputs) - set(values)
    values.update(inputs)
    return _interpolate(config, {"inputs": values, "component": component})["nhnorm"]  # type: ignore[no-any-return]


def _nhnorm_source(tmp: Path) -> tuple[Path, str]:
    """A git repository with this checkout's ci/ (what the component's project holds at its tag)."""
    source = tmp / "nhnorm-bron"
    shutil.copytree(ROOT / "ci", source / "ci")
    git(tmp, "init", "--quiet", "--initial-branch=main", str(source))
    git(source, "add", "ci")
    git(source, "commit", "--quiet", "-m", "nhnorm")
    return source, git(source, "rev-parse", "HEAD")


def _run_job(
    work: Path, tmp: Path, state: Path, merge_request: bool = True, **inputs: Any
) -> subprocess.CompletedProcess[str]:
    source, sha = (
        _nhnorm_source(tmp)
        if not (tmp / "nhnorm-bron").exists()
        else (
            tmp / "nhnorm-bron",
            git(tmp / "nhnorm-bron", "rev-parse", "HEAD"),
        )
    )
    component = {"sha": sha, "reference": "gitlab.example/gemeenten/nhnorm/nhnorm@1.0.0"}
    job = _job({"nhnorm-git": str(source), **inputs}, component)
    job_tmp = tmp / f"job-{len(list(tmp.glob('job-*')))}"
    job_tmp.mkdir()
    predefined = {
        "CI_PIPELINE_SOURCE": "merge_request_event" if merge_request else "push",
        "CI_COMMIT_BRANCH": "" if merge_request else "main",
        "CI_DEFAULT_BRANCH": "main",
        "CI_API_V4_URL": "https://gitlab.example/api/v4",
        "CI_PROJECT_ID": "12",
        "CI_JOB_TOKEN": "jobtoken",
        "NHNORM_API_TOKEN": "glpat-geheim",  # the project's masked CI/CD variable
        "FAKE_API_STATE": str(state),
        "TMPDIR": str(job_tmp),
    }
    if merge_request:
        predefined |= {
            "CI_MERGE_REQUEST_IID": "3",
            "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main",
            "CI_MERGE_REQUEST_DIFF_BASE_SHA": git(work, "rev-parse", "main"),
        }
    env = base_env(tmp / "stubs", **predefined)
    for name, value in job["variables"].items():  # GitLab expands $VARIABLES in variables
        env[name] = _VARIABLE.sub(lambda m: env.get(m.group(1), ""), str(value))
    write_stubs(tmp / "stubs")
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", "\n".join(job["script"])],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_merge_request_with_a_bad_assessment_and_a_regression_then_a_fix(tmp_path: Path) -> None:
    work, _ = gemeente_repository(tmp_path)
    bad_pull_request(work)
    others = [
        {"id": 7, "author": {"id": 5}, "body": "Mooi werk!"},
        {"id": 8, "author": {"id": 5}, "body": MARKER + "\nniet van ons"},
    ]
    state = api_state(tmp_path / "gitlab.json", notes=others)
    done = _run_job(work, tmp_path, state)
    log = done.stdout + done.stderr

    assert done.returncode == 1, log
    assert re.search(
        r"^assessments/zeedorp/2027\.yaml:27:14: fout ONBEKEND-OORDEEL: oordeel \"voldan\" bestaat niet",
        log,
        re.MULTILINE,
    ), log
    assert "nhnorm: de zelfevaluaties bevatten fouten" in log
    assert "nhnorm: achteruitgang in assessments/zeedorp/2026.yaml: achteruitgang: 1 norm lager" in log

    quality = json.loads((work / "nhnorm-codequality.json").read_text(encoding="utf-8"))
    errors = [q for q in quality if q["severity"] == "major"]
    assert [(q["check_name"], q["location"]) for q in errors] == [
        ("ONBEKEND-OORDEEL", {"path": "assessments/zeedorp/2027.yaml", "lines": {"begin": 27}})
    ]
    assert len({q["fingerprint"] for q in quality}) == len(quality)
    assert {q["severity"] for q in quality} == {"major", "minor"}

    body = (work / "nhnorm-verschil.md").read_text(encoding="utf-8")
    assert body.startswith(MARKER + "\n")
    assert "**`assessments/zeedorp/2026.yaml`** gewijzigd, vergeleken met `main`:" in body
    assert "- ▼ **1.1** voldaan → deels" in body
    assert "**`assessments/zeedorp/2027.yaml`** is nieuw." in body

    requests = read_state(state)["requests"]
    notes = "https://gitlab.example/api/v4/projects/12/merge_requests/3/notes"
    assert [(r["method"], r["url"]) for r in requests] == [
        ("GET", "https://gitlab.example/api/v4/user"),
        ("GET", f"{notes}?sort=asc&per_page=100&page=1"),
        ("POST", notes),
    ]
    assert all(r["headers"] == ["PRIVATE-TOKEN: glpat-geheim"] for r in requests)
    assert requests[-1]["body"] == body
    assert (work / "nhnorm-rapport").is_dir()  # the artifact's folder; 2027 cannot be reported on

    # the next push fixes the typo: the same note is updated
    edit(work / "assessments/zeedorp/2027.yaml", "oordeel: voldan", "oordeel: voldaan")
    git(work, "commit", "--quiet", "-am", "Typefout hersteld")
    done = _run_job(work, tmp_path, state, **{"fail-on-regression": False})
    assert done.returncode == 0, done.stdout + done.stderr
    notes = read_state(state)["notes"]
    assert [n["id"] for n in notes] == [7, 8, 502]  # other people's notes, with the marker too, stay
    assert [r["method"] for r in read_state(state)["requests"]][3:] == ["GET", "GET", "PUT"]
    assert read_state(state)["requests"][-1]["url"].endswith("/notes/502")
    assert "### Zelfevaluatie Gemeente Zeedorp: 2026 → 2027" in notes[2]["body"]
    html = (work / "nhnorm-rapport" / "rapport-zeedorp.html").read_text(encoding="utf-8")
    assert "Gemeente Zeedorp" in html and "INTERN" not in html


def test_default_branch_without_a_token(tmp_path: Path) -> None:
    """A pipeline on main: validate and report, no note; a merge request without the token variable
    still passes, with a line saying how to get the note."""
    work, _ = gemeente_repository(tmp_path)
    state = api_state(tmp_path / "gitlab.json", notes=[])
    done = _run_job(work, tmp_path, state, merge_request=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "nhnorm: totaalscore 65.1" in done.stdout
    assert not (work / "nhnorm-verschil.md").exists()
    assert (work / "nhnorm-rapport" / "rapport-zeedorp.html").is_file()

    git(work, "checkout", "--quiet", "-b", "alleen-tekst")
    edit(work / "assessments/zeedorp/2026.yaml", "Voor de adviseur", "Voor onze adviseur")
    git(work, "commit", "--quiet", "-am", "Toelichting 1.2")
    done = _run_job(work, tmp_path, state, **{"api-token": ""})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "geen notitie bij de merge request: zet een project access token" in done.stdout
    assert read_state(state)["requests"] == []


def test_nhnorm_comes_from_the_components_own_project(tmp_path: Path) -> None:
    """Without nhnorm-git the job fetches the project named by the component reference, at its sha,
    with the job token."""
    job = _job({}, {"sha": "c0ffee", "reference": "gitlab.example/gemeenten/nhnorm/nhnorm@1.2.0"})
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    (stubs / "git").write_text(f'#!/bin/sh\necho "$*" >>"{tmp_path}/git.log"\n', encoding="utf-8")
    (stubs / "git").chmod(0o755)
    env = base_env(stubs, CI_JOB_TOKEN="jobtoken", TMPDIR=str(tmp_path))
    env |= {name: str(value) for name, value in job["variables"].items()}
    fetch = [line for line in job["script"] if "install.sh" not in line and "job.sh" not in line]
    subprocess.run(["bash", "-eo", "pipefail", "-c", "\n".join(fetch)], env=env, check=True)
    calls = (tmp_path / "git.log").read_text(encoding="utf-8").splitlines()
    source = f"{tmp_path}/nhnorm-src"
    project = "https://gitlab-ci-token:jobtoken@gitlab.example/gemeenten/nhnorm.git"
    assert calls == [
        f"init --quiet {source}",
        f"-C {source} fetch --quiet --depth 1 {project} c0ffee",
        f"-C {source} -c advice.detachedHead=false checkout --quiet c0ffee",
    ]


def test_the_component_matches_gitlabs_schema(tmp_path: Path) -> None:
    """GitLab's CI schema, vendored in check-jsonschema (no network). A component file is two YAML
    documents (the spec header, then the jobs); GitLab checks each, and so does this test."""
    spec, job = _documents()
    assert spec["spec"]["component"] == ["sha", "reference"]
    paths = []
    for name, document in (("spec", spec), ("job", job)):
        paths.append(tmp_path / f"{name}.json")
        paths[-1].write_text(json.dumps(document), encoding="utf-8")
    done = subprocess.run(
        [
            str(Path(sys.executable).parent / "check-jsonschema"),
            "--builtin-schema",
            "vendor.gitlab-ci",
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    rules = [rule["if"] for rule in job["nhnorm"]["rules"]]
    assert rules == [
        '$CI_PIPELINE_SOURCE == "merge_request_event"',
        "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH",
    ]
    artifacts = job["nhnorm"]["artifacts"]
    assert artifacts["reports"]["codequality"] == "nhnorm-codequality.json" and artifacts["when"] == "always"
