"""action.yml, run step by step as GitHub's runner does (tests/ci/runner.py), in a gemeente's
repository with an origin: a pull request with a bad assessment and a regression, a push to main."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.ci.runner import (
    ROOT,
    ActionRun,
    api_state,
    bad_pull_request,
    base_env,
    edit,
    gemeente_repository,
    git,
    read_state,
    run_action,
    write_stubs,
)

ACTION = ROOT / "action.yml"
MARKER = "<!-- nhnorm-verschil -->"


def _pull_request(event: str = "pull_request") -> dict[str, Any]:
    return {
        "event_name": event,
        "base_ref": "main" if event == "pull_request" else "",
        "repository": "gemeente-zeedorp/weerbaarheid",
        "token": "ghs_werkstroomtoken",
        "event": {"pull_request": {"number": 7}} if event == "pull_request" else {},
    }


def _run(
    work: Path, tmp: Path, state: Path, event: str = "pull_request", refuse: bool = False, **inputs: str
) -> tuple[ActionRun, list[tuple[str, dict[str, str]]]]:
    stubs = write_stubs(tmp / "stubs")
    uploaded: list[tuple[str, dict[str, str]]] = []

    def uses(name: str, given: dict[str, str]) -> dict[str, str]:
        if name.startswith("actions/setup-python@"):
            return {"python-path": str(stubs["python3"]), "python-version": given["python-version"]}
        assert name.startswith("actions/upload-artifact@"), name
        uploaded.append((name, given))
        return {"artifact-id": "1"}

    run = run_action(
        ACTION,
        workspace=work,
        inputs=inputs,
        github=_pull_request(event),
        env=base_env(tmp / "stubs", FAKE_API_STATE=str(state), FAKE_API_REFUSES="1" if refuse else ""),
        runner_temp=tmp / f"runner-{len(list(tmp.glob('runner-*')))}",
        uses=uses,
    )
    return run, uploaded


def test_pull_request_with_a_bad_assessment_and_a_regression_then_a_fix(tmp_path: Path) -> None:
    work, _ = gemeente_repository(tmp_path)
    bad_pull_request(work)
    someone = {"id": 3, "user": {"type": "User"}, "body": "Mooi!"}
    state = api_state(tmp_path / "github.json", comments=[someone])
    run, uploaded = _run(work, tmp_path, state)

    assert run.exit_code == 1, run.log
    assert re.search(
        r"^::error file=assessments/zeedorp/2027\.yaml,line=27,col=14,title=ONBEKEND-OORDEEL::"
        r"oordeel \"voldan\" bestaat niet",
        run.log,
        re.MULTILINE,
    ), run.log
    assert run.outputs["valid"] == "false"
    assert run.outputs["regressions"] == "1"
    assert run.steps["verdict"]["outcome"] == "failure"
    assert "::error title=nhnorm::nhnorm: de zelfevaluaties bevatten fouten" in run.log
    regression = "nhnorm: achteruitgang in assessments/zeedorp/2026.yaml: achteruitgang: 1 norm lager"
    assert f"::error title=nhnorm::{regression}" in run.log

    # the comment body, written where the comment step reads it
    body = (Path(run.steps["report"]["outputs"]["folder"]).parent / "nhnorm-verschil.md").read_text("utf-8")
    assert body.startswith(MARKER + "\n## nhnorm: de zelfevaluaties in deze wijziging\n")
    assert "De controle vond **fouten**" in body
    assert "**`assessments/zeedorp/2026.yaml`** gewijzigd, vergeleken met `main`:" in body
    assert "### Zelfevaluatie Gemeente Zeedorp: 2026, `main` → deze wijziging" in body
    assert "| Thema | `main` | deze wijziging | Verschil |" in body
    assert "- ▼ **1.1** voldaan → deels" in body
    assert "> **achteruitgang: 1 norm lager beoordeeld (1.1)" in body
    assert "**`assessments/zeedorp/2027.yaml`** is nieuw." in body
    assert 'ONBEKEND-OORDEEL: oordeel "voldan" bestaat niet' in body.split("2027.yaml`** is nieuw.")[1]
    assert body in run.summary

    # one request posted it, with the workflow's token
    requests = read_state(state)["requests"]
    assert [(r["method"], r["endpoint"]) for r in requests] == [
        ("GET", "repos/gemeente-zeedorp/weerbaarheid/issues/7/comments?per_page=100"),
        ("POST", "repos/gemeente-zeedorp/weerbaarheid/issues/7/comments"),
    ]
    assert requests[1]["body"] == {"body": body} and requests[1]["token"] == "ghs_werkstroomtoken"

    # 2027 cannot be reported on: a warning, no artifact
    assert "::warning title=nhnorm::nhnorm: het openbare rapport rapport-zeedorp.html kon niet" in run.log
    assert uploaded == []

    # the next push fixes the typo: the same comment is updated, the report is made
    edit(work / "assessments/zeedorp/2027.yaml", "oordeel: voldan", "oordeel: voldaan")
    git(work, "commit", "--quiet", "-am", "Typefout hersteld")
    second, uploaded = _run(work, tmp_path, state, **{"fail-on-regression": "false"})

    assert second.exit_code == 0, second.log
    assert second.outputs["valid"] == "true" and second.outputs["regressions"] == "1"
    comments = read_state(state)["comments"]
    assert [c["id"] for c in comments] == [3, 901]
    assert [r["method"] for r in read_state(state)["requests"]] == ["GET", "POST", "GET", "PATCH"]
    assert read_state(state)["requests"][-1]["endpoint"].endswith("/issues/comments/901")
    body = comments[1]["body"]
    assert "**`assessments/zeedorp/2027.yaml`** is nieuw, vergeleken met 2026:" in body
    assert "### Zelfevaluatie Gemeente Zeedorp: 2026 → 2027" in body
    assert "fouten" not in body
    ((name, given),) = uploaded
    assert name == "actions/upload-artifact@v4" and given["name"] == "nhnorm-rapport"
    html = (Path(given["path"]) / "rapport-zeedorp.html").read_text(encoding="utf-8")
    assert "Gemeente Zeedorp" in html and "2027" in html
    assert "INTERN" not in html  # the public version, never the internal one


def test_a_comment_that_cannot_be_posted_is_a_warning_in_english(tmp_path: Path) -> None:
    """A pull request from a fork gets a read-only token: the job still says what it found (here
    with `lang: en`, for nhnorm's messages and the scripts' own sentences alike)."""
    work, _ = gemeente_repository(tmp_path)
    git(work, "checkout", "--quiet", "-b", "kleine-wijziging")
    edit(work / "assessments/zeedorp/2026.yaml", '"1.1":\n    oordeel: voldaan', '"1.1":\n    oordeel: deels')
    git(work, "commit", "--quiet", "-am", "1.1 bijgesteld")
    state = api_state(tmp_path / "github.json", comments=[])
    run, _ = _run(work, tmp_path, state, refuse=True, lang="en")
    assert run.exit_code == 1, run.log
    assert "::warning title=nhnorm::the comment on the pull request could not be posted" in run.log
    assert "::error title=nhnorm::nhnorm: regression in assessments/zeedorp/2026.yaml: regression:" in run.log
    assert "## nhnorm: the assessments in this change" in run.summary
    assert "**`assessments/zeedorp/2026.yaml`** changed, compared with `main`:" in run.summary
    assert ": 2026, `main` → this change" in run.summary
    assert "title=GEEN-ACTIE::norm 1.1 is" in run.log
    assert [r["method"] for r in read_state(state)["requests"]] == ["GET", "POST"]


def test_a_pull_request_that_touches_no_assessment_gets_no_comment(tmp_path: Path) -> None:
    work, _ = gemeente_repository(tmp_path)
    git(work, "checkout", "--quiet", "-b", "leesmij")
    (work / "LEESMIJ.md").write_text("# Weerbaarheid Zeedorp\n", encoding="utf-8")
    git(work, "add", "LEESMIJ.md")
    git(work, "commit", "--quiet", "-m", "Leesmij")
    state = api_state(tmp_path / "github.json", comments=[])
    run, _ = _run(work, tmp_path, state, report="false")
    assert run.exit_code == 0, run.log
    assert run.outputs["regressions"] == "0"
    assert "Deze wijziging raakt geen zelfevaluatie." in run.summary
    assert [r["method"] for r in read_state(state)["requests"]] == ["GET"]  # nothing to say, nothing posted


def test_a_push_to_main_validates_scores_and_reports(tmp_path: Path) -> None:
    work, _ = gemeente_repository(tmp_path)
    state = api_state(tmp_path / "github.json", comments=[])
    run, uploaded = _run(work, tmp_path, state, event="push")
    assert run.exit_code == 0, run.log
    assert "::warning file=assessments/zeedorp/2026.yaml,line=78,col=17,title=ACTIE-VERLOPEN::" in run.log
    assert run.outputs == {"score": "65.1", "regressions": "", "valid": "true"}
    assert run.steps["compare"]["outcome"] == "skipped" and run.steps["comment"]["outcome"] == "skipped"
    assert read_state(state)["requests"] == []
    ((_, given),) = uploaded
    assert sorted(p.name for p in Path(given["path"]).iterdir()) == ["rapport-zeedorp.html"]


def test_a_region_repository_gets_a_report_per_organisation(tmp_path: Path) -> None:
    work, _ = gemeente_repository(tmp_path)
    bergen = work / "assessments" / "bergen"
    shutil.copytree(work / "assessments" / "zeedorp", bergen)
    for path in bergen.iterdir():
        edit(path, "naam: Gemeente Zeedorp", "naam: Gemeente Bergen")
        edit(path, "code: GM9999", "code: GM0373")
    git(work, "add", "assessments")
    git(work, "commit", "--quiet", "-m", "Bergen")
    state = api_state(tmp_path / "github.json", comments=[])
    run, uploaded = _run(work, tmp_path, state, event="push")
    assert run.exit_code == 0, run.log
    assert run.outputs["score"] == ""  # two organisations: no one score
    ((_, given),) = uploaded
    names = sorted(p.name for p in Path(given["path"]).iterdir())
    assert names == ["rapport-bergen.html", "rapport-zeedorp.html"]
    assert "Gemeente Bergen" in (Path(given["path"]) / "rapport-bergen.html").read_text(encoding="utf-8")

    one, _ = _run(work, tmp_path, state, event="push", org="bergen")
    assert one.outputs["score"] == "65.1"
    folder = Path(one.steps["report"]["outputs"]["folder"])
    assert sorted(p.name for p in folder.iterdir()) == ["rapport-bergen.html"]


def test_strict_and_paths_reach_validate(tmp_path: Path) -> None:
    work, _ = gemeente_repository(tmp_path)
    state = api_state(tmp_path / "github.json", comments=[])
    only = "assessments/zeedorp/2026.yaml"
    run, uploaded = _run(work, tmp_path, state, event="push", strict="true", paths=only, report="false")
    assert run.exit_code == 1
    assert "::error file=assessments/zeedorp/2026.yaml,line=78,col=17,title=ACTIE-VERLOPEN::" in run.log
    assert "1 bestand gecontroleerd" in run.log
    assert uploaded == [] and run.steps["report"]["outcome"] == "skipped"


def test_a_long_comment_is_cut_at_a_line_with_a_pointer_to_the_summary(tmp_path: Path) -> None:
    """GitHub refuses a comment over 65536 characters: a region's many changes still get one."""
    write_stubs(tmp_path / "stubs")
    state = api_state(tmp_path / "github.json", comments=[])
    body = tmp_path / "body.md"
    body.write_text(MARKER + "\n" + "".join(f"- norm {i} is gewijzigd\n" for i in range(4000)), "utf-8")
    env = base_env(
        tmp_path / "stubs",
        FAKE_API_STATE=str(state),
        NHNORM=str(Path(sys.executable).parent / "nhnorm"),
        NHNORM_LANG="nl",
        NHNORM_BODY=str(body),
        NHNORM_REPO="gemeente-zeedorp/weerbaarheid",
        NHNORM_PR="7",
        GH_TOKEN="ghs_werkstroomtoken",
    )
    subprocess.run([str(ROOT / "ci/github/comment.sh")], env=env, check=True, capture_output=True)
    (posted,) = read_state(state)["comments"]
    assert 59000 < len(posted["body"]) < 60200 and posted["body"].startswith(MARKER)
    lines = posted["body"].splitlines()
    assert lines[-3].startswith("- norm ") and lines[-3].endswith("is gewijzigd")  # a whole line
    assert lines[-1] == "_Ingekort: het volledige verschil staat in de samenvatting van de workflow-run._"


def test_install_uses_the_actions_own_checkout(tmp_path: Path) -> None:
    """install.sh makes a venv with setup-python's interpreter and pip installs the action's folder."""
    stubs = write_stubs(tmp_path / "stubs")
    output, path = tmp_path / "output", tmp_path / "path"
    env = base_env(
        tmp_path / "stubs",
        ACTION_PATH=str(ROOT),
        PYTHON=str(stubs["python3"]),
        RUNNER_TEMP=str(tmp_path),
        GITHUB_OUTPUT=str(output),
        GITHUB_PATH=str(path),
    )
    done = subprocess.run(
        [str(ROOT / "ci/github/install.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    venv = tmp_path / "nhnorm-venv"
    assert output.read_text() == f"nhnorm={venv}/bin/nhnorm\n"
    assert path.read_text() == f"{venv}/bin\n"
    pip = (tmp_path / "stubs" / "pip.log").read_text().split()
    assert pip == ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(ROOT)]
    assert re.match(r"nhnorm \d", done.stderr.splitlines()[-1])


def test_action_yml_matches_githubs_schema() -> None:
    """SchemaStore's github-action schema, vendored in check-jsonschema (no network)."""
    done = subprocess.run(
        [
            str(Path(sys.executable).parent / "check-jsonschema"),
            "--builtin-schema",
            "vendor.github-actions",
            str(ACTION),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_input_reaches_a_script_only_through_the_environment() -> None:
    """`${{ inputs.x }}` pasted into a `run:` line would be script injection; only the action's own
    path is substituted there."""
    text = ACTION.read_text(encoding="utf-8")
    runs = re.findall(r"^\s+run: (.*)$", text, re.MULTILINE)
    assert runs and all(re.findall(r"\$\{\{ *([\w.]+) *\}\}", run) == ["github.action_path"] for run in runs)


def test_the_scripts_are_posix_sh_and_executable() -> None:
    for script in sorted((ROOT / "ci").rglob("*.sh")):
        assert os.access(script, os.X_OK), script
        done = subprocess.run(["sh", "-n", str(script)], capture_output=True, text=True, check=False)
        assert done.returncode == 0, (script, done.stderr)
