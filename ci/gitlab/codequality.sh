#!/bin/sh
# codequality.sh FILE: validate's findings as a GitLab Code Quality report (the merge request shows
# them in its widget and beside the changed lines), built from `nhnorm validate --format json`.
set -u
. "$(dirname "$0")/../lib.sh"
set -f
json=$(mktemp)
# shellcheck disable=SC2046,SC2086
"$NHNORM" validate --format json $(truthy "${NHNORM_STRICT:-false}" && echo --strict) ${NHNORM_PATHS:-} >"$json"
case $? in 0 | 1) ;; *) exit 2 ;; esac
"$(nhnorm_python)" "$(dirname "$0")/codequality.py" "$json" >"$1"
