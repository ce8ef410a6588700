"""Run nhnorm's GitHub Action and GitLab component the way their runners do, on this machine.

The GitHub side reads action.yml and walks its composite steps: the `${{ }}` expressions in `run:`,
`env:` and `with:` are replaced from the contexts (inputs with their defaults, github, runner, steps),
`if:` is evaluated, each `run:` goes to `bash --noprofile --norc -eo pipefail` with fresh
GITHUB_OUTPUT / GITHUB_PATH files and one GITHUB_STEP_SUMMARY, and a `uses:` step is handed to the
test (setup-python answers with a stub interpreter, upload-artifact records what it would upload).

Two substitutions keep the tests fast and offline, and both leave the scripts themselves untouched:
- `python -m venv DIR` (install.sh) is answered by a stub interpreter that makes DIR/bin/python (the
  real interpreter, except that `-m pip ...` is only recorded) and DIR/bin/nhnorm (this checkout's
  nhnorm, `python -m nhnorm_cli`), so the real install.sh runs without a package index;
- `gh` and `curl` are stubs that record each request and answer like GitHub's and GitLab's APIs,
  keeping the comments and notes in a JSON file between runs.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nhnorm_cli

ROOT = Path(__file__).resolve().parent.parent.parent
SOURCE = Path(nhnorm_cli.__file__).resolve().parent.parent  # the nhnorm the tests import
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
_PATH = re.compile(r"[A-Za-z_][\w-]*(?:\.[\w-]+)*")
_FUNCTIONS = {"success", "always", "failure"}
_STRING = re.compile(r"'(?:[^']|'')*'")


class Value(str):
    """A context value as GitHub compares it: text, but a number when compared with a number."""

    def __gt__(self, other: object) -> bool:
        if isinstance(other, int | float):
            return float(self or 0) > other
        return str.__gt__(self, str(other))


def lookup(contexts: Mapping[str, Any], path: str) -> Value:
    node: Any = contexts
    for part in path.split("."):
        node = node.get(part, "") if isinstance(node, Mapping) else ""
    return Value("" if node is None else str(node))


def evaluate(expression: str, contexts: Mapping[str, Any], failed: bool) -> Any:
    """The few expression forms action.yml uses: paths, 'strings', numbers, == != > && || !,
    success() and always()."""
    strings: list[str] = []

    def keep(match: re.Match[str]) -> str:
        strings.append(match.group(0)[1:-1].replace("''", "'"))
        return f"_s[{len(strings) - 1}]"

    code = _STRING.sub(keep, expression)
    code = _PATH.sub(
        lambda m: m.group(0) if m.group(0) in _FUNCTIONS or m.group(0) == "_s" else f"_v({m.group(0)!r})",
        code,
    )
    code = code.replace("&&", " and ").replace("||", " or ")
    code = re.sub(r"!(?!=)", " not ", code)
    names = {
        "_s": strings,
        "_v": lambda path: lookup(contexts, path),
        "success": lambda: not failed,
        "always": lambda: True,
        "failure": lambda: failed,
    }
    return eval(code, {"__builtins__": {}}, names)


def text_of(value: Any) -> str:
    """A YAML scalar as the runner passes it on: booleans as true/false."""
    return str(value).lower() if isinstance(value, bool) else str(value)


def substitute(text: str, contexts: Mapping[str, Any]) -> str:
    return EXPRESSION.sub(lambda m: str(evaluate(m.group(1), contexts, False)), text)


@dataclass
class ActionRun:
    exit_code: int
    log: str
    outputs: dict[str, str]
    steps: dict[str, dict[str, Any]]
    summary: str
    uses: list[tuple[str, dict[str, str]]] = field(default_factory=list)


def read_outputs(path: Path) -> dict[str, str]:
    """GITHUB_OUTPUT's two forms: key=value and key<<DELIMITER ... DELIMITER."""
    outputs: dict[str, str] = {}
    lines = iter(path.read_text(encoding="utf-8").splitlines())
    for line in lines:
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            key, end = line.split("<<", 1)
            outputs[key] = "\n".join(iter(lambda: next(lines), end))
        elif "=" in line:
            key, value = line.split("=", 1)
            outputs[key] = value
    return outputs


def run_action(
    action_file: Path,
    *,
    workspace: Path,
    inputs: Mapping[str, str],
    github: Mapping[str, Any],
    env: Mapping[str, str],
    runner_temp: Path,
    uses: Callable[[str, dict[str, str]], dict[str, str]],
) -> ActionRun:
    """Run a composite action's steps in order, as the runner does."""
    from nhnorm_cli.source.yamlsource import parse_document

    action = parse_document(action_file.read_bytes(), action_file.name).data
    runner_temp.mkdir(parents=True, exist_ok=True)
    contexts: dict[str, Any] = {
        "github": {**github, "action_path": str(action_file.parent)},
        "runner": {"temp": str(runner_temp), "os": "Linux"},
        "steps": {},
    }
    contexts["inputs"] = {
        name: inputs.get(name, substitute(str(spec.get("default", "")), contexts))
        for name, spec in action["inputs"].items()
    }
    unknown = set(inputs) - set(action["inputs"])
    assert not unknown, f"no such inputs: {unknown}"
    summary = runner_temp / "step_summary.md"
    summary.touch()
    log: list[str] = []
    failed, used = False, []
    for number, step in enumerate(action["runs"]["steps"]):
        sid = step.get("id", f"__{number}")
        condition = str(step.get("if", "success()"))
        if not re.search(r"\b(success|always|failure)\(\)", condition):
            condition = f"success() && ({condition})"
        if not evaluate(condition, contexts, failed):
            contexts["steps"][sid] = {"outcome": "skipped", "conclusion": "skipped", "outputs": {}}
            continue
        if "uses" in step:
            given = {k: substitute(text_of(v), contexts) for k, v in (step.get("with") or {}).items()}
            used.append((step["uses"], given))
            contexts["steps"][sid] = {"outcome": "success", "outputs": uses(step["uses"], given)}
            continue
        files = {name: runner_temp / f"{name.lower()}_{number}" for name in ("GITHUB_OUTPUT", "GITHUB_PATH")}
        for path in files.values():
            path.write_text("", encoding="utf-8")
        script = runner_temp / f"step_{number}.sh"
        script.write_text(substitute(step["run"], contexts), encoding="utf-8")
        step_env = {
            **env,
            "GITHUB_ACTION_PATH": str(action_file.parent),
            "RUNNER_TEMP": str(runner_temp),
            "GITHUB_STEP_SUMMARY": str(summary),
            **{name: str(path) for name, path in files.items()},
            **{k: substitute(str(v), contexts) for k, v in (step.get("env") or {}).items()},
        }
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=workspace,
            env=step_env,
            capture_output=True,
            text=True,
            check=False,
        )
        log.append(done.stdout + done.stderr)
        outcome = "success" if done.returncode == 0 else "failure"
        failed = failed or done.returncode != 0
        contexts["steps"][sid] = {"outcome": outcome, "outputs": read_outputs(files["GITHUB_OUTPUT"])}
    outputs = {
        name: substitute(str(spec["value"]), contexts) for name, spec in (action.get("outputs") or {}).items()
    }
    return ActionRun(
        int(failed),
        "".join(log),
        outputs,
        contexts["steps"],
        summary.read_text(encoding="utf-8"),
        used,
    )


# --- stubs -------------------------------------------------------------------------------------

_PYTHON_STUB = """#!/bin/sh
# python -m venv DIR: a venv whose python is the real one (pip only recorded) and whose nhnorm is this
# checkout's; anything else goes to the real interpreter.
if [ "$1" = -m ] && [ "$2" = venv ]; then
    mkdir -p "$3/bin"
    cat >"$3/bin/python" <<STUB
#!/bin/sh
if [ "\\$1" = -m ] && [ "\\$2" = pip ]; then echo "\\$*" >>"{log}"; exit 0; fi
exec "{python}" "\\$@"
STUB
    printf '#!/bin/sh\\nPYTHONPATH="{source}" exec "{python}" -m nhnorm_cli "$@"\\n' >"$3/bin/nhnorm"
    chmod +x "$3/bin/python" "$3/bin/nhnorm"
    exit 0
fi
exec "{python}" "$@"
"""

_GH_STUB = """#!{python}
# gh api, as far as comment.sh uses it: records each request, keeps the comments in FAKE_API_STATE.
import json, os, sys
state_file = os.environ["FAKE_API_STATE"]
state = json.load(open(state_file))
args = sys.argv[1:]
assert args[0] == "api", args
args = args[1:]
method = args[args.index("--method") + 1] if "--method" in args else "GET"
body = json.load(open(args[args.index("--input") + 1])) if "--input" in args else None
skip = {{"--method", "--input"}}
endpoint = next(a for i, a in enumerate(args) if not a.startswith("-") and args[i - 1] not in skip)
state["requests"].append({{"method": method, "endpoint": endpoint, "body": body,
                          "token": os.environ.get("GH_TOKEN")}})
if os.environ.get("FAKE_API_REFUSES") and method != "GET":
    json.dump(state, open(state_file, "w"))
    print("gh: Resource not accessible by integration (HTTP 403)", file=sys.stderr)
    sys.exit(1)
if method == "GET":  # --paginate writes each page's array in turn; here one comment a page
    print("".join(json.dumps([c]) for c in state["comments"]) or "[]")
elif method == "POST":
    state["comments"].append({{"id": 900 + len(state["comments"]), "user": {{"type": "Bot"}}, **body}})
    print(json.dumps(state["comments"][-1]))
else:
    comment = next(c for c in state["comments"] if endpoint.endswith("/comments/%d" % c["id"]))
    comment.update(body)
json.dump(state, open(state_file, "w"))
"""

_CURL_STUB = """#!{python}
# curl, as far as note.sh uses it against GitLab's REST API: records each request, keeps the notes
# in FAKE_API_STATE; user 42 is the token's own (bot) user.
import json, os, sys, urllib.parse
state_file = os.environ["FAKE_API_STATE"]
state = json.load(open(state_file))
args = sys.argv[1:]
method = args[args.index("--request") + 1] if "--request" in args else "GET"
url = args[-1]
headers = [args[i + 1] for i, a in enumerate(args) if a == "--header"]
body = None
if "--data-urlencode" in args:
    body = open(args[args.index("--data-urlencode") + 1].split("@", 1)[1], encoding="utf-8").read()
state["requests"].append({{"method": method, "url": url, "headers": headers, "body": body}})
json.dump(state, open(state_file, "w"))
path = urllib.parse.urlsplit(url).path
if method == "GET" and path.endswith("/user"):
    print(json.dumps({{"id": 42, "username": "project_12_bot"}}))
elif method == "GET":
    page = int(dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query)).get("page", "1"))
    print(json.dumps(state["notes"] if page == 1 else []))
elif method == "POST":
    state["notes"].append({{"id": 500 + len(state["notes"]), "author": {{"id": 42}}, "body": body}})
else:
    note = next(n for n in state["notes"] if path.endswith("/notes/%d" % n["id"]))
    note["body"] = body
json.dump(state, open(state_file, "w"))
"""


def write_stubs(folder: Path) -> dict[str, Path]:
    """python3 (the venv stub), gh and curl in `folder`; pip's arguments go to folder/pip.log."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = {
        "python3": _PYTHON_STUB.format(log=folder / "pip.log", python=sys.executable, source=SOURCE),
        "gh": _GH_STUB.format(python=sys.executable),
        "curl": _CURL_STUB.format(python=sys.executable),
    }
    paths = {}
    for name, text in texts.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        path.chmod(0o755)
        paths[name] = path
    return paths


def base_env(stubs: Path, **extra: str) -> dict[str, str]:
    """A runner's environment: the stubs first on PATH, git, no colour, no inherited NHNORM_*."""
    env = {
        "PATH": f"{stubs}:/usr/local/bin:/usr/bin:/bin",
        "HOME": os.environ.get("HOME", "/tmp"),
        "NO_COLOR": "1",
        "COLUMNS": "100",
        "GIT_AUTHOR_NAME": "Adviseur OOV",
        "GIT_AUTHOR_EMAIL": "oov@zeedorp.example",
        "GIT_COMMITTER_NAME": "Adviseur OOV",
        "GIT_COMMITTER_EMAIL": "oov@zeedorp.example",
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    env.update(extra)
    return env


def git(cwd: Path, *args: str) -> str:
    env = base_env(Path("/nonexistent"))
    done = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def gemeente_repository(tmp: Path) -> tuple[Path, Path]:
    """A gemeente's repository with an origin: main holds Zeedorp's 2025 and 2026 (the examples).
    Returns (workspace, origin); the workspace is on main."""
    origin = tmp / "origin.git"
    work = tmp / "werkmap"
    git(tmp, "init", "--quiet", "--bare", "--initial-branch=main", str(origin))
    git(tmp, "init", "--quiet", "--initial-branch=main", str(work))
    shutil.copytree(ROOT / "assessments" / "zeedorp", work / "assessments" / "zeedorp")
    git(work, "add", "assessments")
    git(work, "commit", "--quiet", "-m", "Zelfevaluaties 2025 en 2026")
    git(work, "remote", "add", "origin", str(origin))
    git(work, "push", "--quiet", "origin", "main")
    return work, origin


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def bad_pull_request(work: Path) -> None:
    """A branch that lowers norm 1.1 in 2026 and adds a 2027 with a typo at line 27, column 14."""
    git(work, "checkout", "--quiet", "-b", "zelfevaluatie-2027")
    edit(work / "assessments/zeedorp/2026.yaml", '"1.1":\n    oordeel: voldaan', '"1.1":\n    oordeel: deels')
    text = (work / "assessments/zeedorp/2026.yaml").read_text(encoding="utf-8")
    text = text.replace("jaar: 2026", "jaar: 2027").replace("peildatum: 2026-03-20", "peildatum: 2027-03-20")
    text = text.replace('"1.1":\n    oordeel: deels', '"1.1":\n    oordeel: voldan')
    (work / "assessments/zeedorp/2027.yaml").write_text(text, encoding="utf-8")
    git(work, "add", "assessments")
    git(work, "commit", "--quiet", "-m", "Zelfevaluatie 2027 begonnen, 1.1 bijgesteld")


def api_state(path: Path, **initial: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"requests": [], **initial}), encoding="utf-8")
    return path


def read_state(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
