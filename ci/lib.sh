# Shared by the scripts in ci/ (sourced, POSIX sh). The GitHub Action (action.yml) and the GitLab
# component (templates/nhnorm.yml) run the same scripts; only the way they report differs.
#
# Every script reads its settings from NHNORM_* variables:
#   NHNORM          the nhnorm program (written by install.sh)
#   NHNORM_PATHS    files or folders to check, separated by spaces or newlines ("": nhnorm's default)
#   NHNORM_ORG      --org for score, diff and report ("": nhnorm.toml or the only organisation)
#   NHNORM_YEAR     --year for score and report ("": the newest)
#   NHNORM_OUTPUT   a file that collects key=value results (default: GitHub's $GITHUB_OUTPUT)
#   NHNORM_LANG     nl or en, for nhnorm and for what these scripts write ("": nhnorm.toml, else nl)

NHNORM_OUTPUT=${NHNORM_OUTPUT:-${GITHUB_OUTPUT:-/dev/null}}
if [ -z "${NHNORM_LANG:-}" ]; then
    unset NHNORM_LANG  # an empty input: nhnorm.toml's taal decides, as for nhnorm itself
fi

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

# The language of the scripts' own sentences: NHNORM_LANG, else nhnorm.toml's taal, else Dutch.
script_lang() {
    if [ -n "${NHNORM_LANG:-}" ]; then
        echo "$NHNORM_LANG"
    else
        "$(nhnorm_python)" - <<'PY'
import pathlib, tomllib
try:
    settings = tomllib.loads(pathlib.Path("nhnorm.toml").read_text(encoding="utf-8")).get("nhnorm", {})
except (OSError, ValueError):
    settings = {}
print("en" if isinstance(settings, dict) and settings.get("taal") == "en" else "nl")
PY
    fi
}

# say KEY [ARG ...]: one sentence of these scripts in the run's language (printf with the ARGs)
say() {
    key=$1
    shift
    : "${_nhnorm_lang:=$(script_lang)}"
    if [ "$_nhnorm_lang" = en ]; then
        case $key in
        errors) format="nhnorm: the assessments have errors (see the messages above)" ;;
        regression) format="nhnorm: regression in %s" ;;
        no-report) format="nhnorm: the public report %s could not be made" ;;
        no-base) format="nhnorm: cannot fetch the base %s from origin" ;;
        heading) format="## nhnorm: the assessments in this change" ;;
        found-errors) format="Validation found **errors** in the assessments; see the messages on the files." ;;
        untouched) format="This change touches no assessment." ;;
        changed) format="**%s** changed, compared with \`%s\`:" ;;
        new-since) format="**%s** is new, compared with %s:" ;;
        new) format="**%s** is new." ;;
        removed) format="**%s** was removed." ;;
        incomparable) format="Cannot be compared:" ;;
        this-change) format="this change" ;;
        total) format="nhnorm: total score %s" ;;
        comment-unread) format="the pull request's comments could not be read" ;;
        comment-failed) format="the comment on the pull request could not be posted (a pull request from a fork gets a read-only token); the comparison is in the run's summary" ;;
        truncated) format="_Shortened: the full comparison is in the summary of the workflow run._" ;;
        note-no-token) format="nhnorm: no note on the merge request: set a project access token (scope api) as the CI/CD variable NHNORM_API_TOKEN" ;;
        note-refused) format="nhnorm: no note on the merge request: the API refuses the token" ;;
        note-unread) format="nhnorm: no note on the merge request: its notes could not be read" ;;
        note-failed) format="nhnorm: the note on the merge request could not be posted" ;;
        esac
    else
        case $key in
        errors) format="nhnorm: de zelfevaluaties bevatten fouten (zie de meldingen hierboven)" ;;
        regression) format="nhnorm: achteruitgang in %s" ;;
        no-report) format="nhnorm: het openbare rapport %s kon niet worden gemaakt" ;;
        no-base) format="nhnorm: kan de basis %s niet ophalen van origin" ;;
        heading) format="## nhnorm: de zelfevaluaties in deze wijziging" ;;
        found-errors) format="De controle vond **fouten** in de zelfevaluaties; zie de meldingen bij de bestanden." ;;
        untouched) format="Deze wijziging raakt geen zelfevaluatie." ;;
        changed) format="**%s** gewijzigd, vergeleken met \`%s\`:" ;;
        new-since) format="**%s** is nieuw, vergeleken met %s:" ;;
        new) format="**%s** is nieuw." ;;
        removed) format="**%s** is verwijderd." ;;
        incomparable) format="Niet te vergelijken:" ;;
        this-change) format="deze wijziging" ;;
        total) format="nhnorm: totaalscore %s" ;;
        comment-unread) format="het commentaar bij de pull request kon niet worden gelezen" ;;
        comment-failed) format="het commentaar bij de pull request kon niet worden geplaatst (een pull request uit een fork krijgt alleen leesrechten); het verschil staat in de samenvatting van de run" ;;
        truncated) format="_Ingekort: het volledige verschil staat in de samenvatting van de workflow-run._" ;;
        note-no-token) format="nhnorm: geen notitie bij de merge request: zet een project access token (scope api) als CI/CD-variabele NHNORM_API_TOKEN" ;;
        note-refused) format="nhnorm: geen notitie bij de merge request: de API weigert het token" ;;
        note-unread) format="nhnorm: geen notitie bij de merge request: de notities konden niet worden gelezen" ;;
        note-failed) format="nhnorm: de notitie bij de merge request kon niet worden geplaatst" ;;
        esac
    fi
    # shellcheck disable=SC2059
    printf "$format\n" "$@"
}
