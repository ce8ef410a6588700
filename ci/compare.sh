#!/bin/sh
# compare.sh: what a pull or merge request changes in the assessments, as one Markdown comment in
# NHNORM_BODY (first line: the hidden marker by which comment.sh and note.sh find it again).
#
# A gemeente's repository changes in two ways, and each is compared with what it replaces:
# - an assessment that changed (the current year's answers): the base branch's version against this
#   one, so the comment shows what this request changes and --fail-on-regression means "this request
#   lowers an oordeel", not "this year is lower than last year";
# - a new assessment (next year's file, `nhnorm init --from`): against the year before it.
#
#   NHNORM_BASE        the base branch or commit; fetched from origin (a shallow CI checkout lacks it)
#   NHNORM_BASE_LABEL  how the comment names it (default NHNORM_BASE)
#   NHNORM_VALID       "false" adds a line that validate found errors
# Results: changed (assessments compared), regressions (norms with a lower oordeel), regressed
# (true/false: a lower oordeel or total score) and regression (one line naming where).
set -u
. "$(dirname "$0")/lib.sh"
marker='<!-- nhnorm-verschil -->'
label=${NHNORM_BASE_LABEL:-$NHNORM_BASE}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if git fetch --quiet --no-tags --depth=1 origin "$NHNORM_BASE" 2>"$work/fetch"; then
    base=$(git rev-parse FETCH_HEAD)
elif ! base=$(git rev-parse --verify --quiet "$NHNORM_BASE^{commit}"); then
    cat "$work/fetch" >&2
    say no-base "$NHNORM_BASE" >&2
    exit 2
fi

changed=0 regressions=0 regressed=false regression=""
same_year=0
base_shown=$(shown "$label")  # safe in Markdown and as sed replacement text: no # & \ or backtick
: >"$work/parts"

# section INTRO DIFF-ARGS...: one assessment's comparison, appended to the comment
section() {
    intro=$1
    shift
    changed=$((changed + 1))
    printf '%s\n\n' "$intro" >>"$work/parts"
    if ! "$NHNORM" diff --format json "$@" >"$work/json" 2>"$work/err"; then
        printf '%s\n\n````\n%s\n````\n\n' "$(say incomparable)" "$(cat "$work/err")" >>"$work/parts"
        return
    fi
    worse=$("$(nhnorm_python)" -c '
import json, sys
print(sum(c["richting"] == "slechter" for c in json.load(open(sys.argv[1]))["wijzigingen"]))' "$work/json")
    regressions=$((regressions + worse))
    "$NHNORM" diff --format md --fail-on-regression "$@" >"$work/md" 2>"$work/err"
    code=$?
    if [ "$same_year" = 1 ]; then
        # one year on both sides: name the sides "base → this change" instead of "2026 → 2026"
        sed -e "s#^\(\#\#\# .*\): \([0-9]\{4\}\) → \2\$#\1: \2, \`$base_shown\` → $(say this-change)#" \
            -e "s#^| \([^|]*\) | \([0-9]\{4\}\) | \2 | \([^|]*\) |\$#| \1 | \`$base_shown\` | $(say this-change) | \3 |#" \
            "$work/md" >>"$work/parts"
    else
        cat "$work/md" >>"$work/parts"
    fi
    if [ $code -eq 1 ]; then
        line=$(sed -n 's/^nhnorm: //p' "$work/err" | tail -n 1)
        printf '\n> **%s**\n' "$line" >>"$work/parts"
        regressed=true
        regression="$regression${regression:+; }$file: $line"
    fi
    printf '\n' >>"$work/parts"
}

set -f
# shellcheck disable=SC2086
git -c core.quotePath=false diff --name-status --no-renames "$base" HEAD -- ${NHNORM_PATHS:-$(assessments_dir)} >"$work/changes"
while IFS="$(printf '\t')" read -r status file; do
    case $file in
    *.yaml | *.yml) ;;
    *) continue ;;
    esac
    case ${file##*/} in organisaties.yaml | organisaties.yml) continue ;; esac
    code_path="\`$(shown "$file")\`"
    case $status in
    M)
        mkdir -p "$work/basis/$(dirname "$file")"
        git show "$base:$file" >"$work/basis/$file"
        same_year=1
        section "$(say changed "$code_path" "$(shown "$label")")" "$work/basis/$file" "$file"
        ;;
    A)
        year=$("$NHNORM" score --format json "$file" 2>/dev/null | "$(nhnorm_python)" -c '
import json, sys
print(json.load(sys.stdin)["jaar"])' 2>/dev/null) || year=""
        same_year=0
        if [ -z "$year" ]; then  # it cannot be read: diff of the file with itself says why
            section "$(say new "$code_path")" "$file" "$file"
        else
            section "$(say new-since "$code_path" $((year - 1)))" --to "$year" "$(dirname "$file")"
        fi
        ;;
    D) printf '%s\n\n' "$(say removed "$code_path")" >>"$work/parts" ;;
    esac
done <"$work/changes"

{
    printf '%s\n%s\n\n' "$marker" "$(say heading)"
    if [ "${NHNORM_VALID:-}" = false ]; then
        printf '%s\n\n' "$(say found-errors)"
    fi
    if [ ! -s "$work/parts" ]; then
        say untouched
    fi
    cat "$work/parts"
} >"$NHNORM_BODY"

put changed "$changed"
put regressions "$regressions"
put regressed "$regressed"
put regression "$regression"
put base "$label"
