# Shared by the scripts in ci/ (sourced, POSIX sh). The GitHub Action (action.yml) and the GitLab
# component (templates/nhnorm.yml) run the same scripts; only the way they report differs.
#
# Every script reads its settings from NHNORM_* variables:
#   NHNORM          the nhnorm program (written by install.sh)
#   NHNORM_PATHS    files or folders to check, separated by spaces or newlines ("": nhnorm's default)
#   NHNORM_ORG      --org for score, diff and report ("": nhnorm.toml or the only organisation)
#   NHNORM_YEAR     --year for score and report ("": the newest)
#   NHNORM_OUTPUT   a file that collects key=value results (default: GitHub's $GITHUB_OUTPUT)

NHNORM_OUTPUT=${NHNORM_OUTPUT:-${GITHUB_OUTPUT:-/dev/null}}

# put KEY VALUE: one result line for the next step (GitHub step output, or the GitLab job's file)
put() {
    printf '%s=%s\n' "$1" "$2" >>"$NHNORM_OUTPUT"
}

# result KEY: the last value put for KEY ("" when none)
result() {
    sed -n "s/^$1=//p" "$NHNORM_OUTPUT" 2>/dev/null | tail -n 1
}

# truthy VALUE: true for true/yes/1 (GitHub passes inputs as text, GitLab booleans as true/false)
truthy() {
    case "$1" in true | True | TRUE | yes | 1) return 0 ;; *) return 1 ;; esac
}

# The Python that runs nhnorm (its venv), for the few JSON look-ups the scripts need.
nhnorm_python() {
    printf '%s\n' "$(dirname "$NHNORM")/python"
}

# The folder that holds the assessments: nhnorm.toml's `assessments`, else assessments/.
assessments_dir() {
    "$(nhnorm_python)" - <<'PY'
import pathlib, tomllib
try:
    settings = tomllib.loads(pathlib.Path("nhnorm.toml").read_text(encoding="utf-8")).get("nhnorm", {})
except (OSError, ValueError):
    settings = {}
value = settings.get("assessments") if isinstance(settings, dict) else None
print(value.rstrip("/") if isinstance(value, str) and value else "assessments")
PY
}

# shown PATH: a path as it may appear in Markdown, inside backticks (anything unusual becomes ?)
shown() {
    printf '%s' "$1" | LC_ALL=C tr -c 'A-Za-z0-9._/+-' '?'
}
