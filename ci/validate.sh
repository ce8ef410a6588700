#!/bin/sh
# validate.sh: `nhnorm validate` on NHNORM_PATHS in NHNORM_FORMAT (github: annotations on the lines
# of the pull request; text: path:line:column in the job log). Errors in the assessments are a result
# (valid=false), not a failure of this step, so the comment and the report still follow; verdict.sh
# fails the job at the end. Exit 2 or 3 (a broken nhnorm.toml, a path that does not exist) stops here.
set -u
. "$(dirname "$0")/lib.sh"
set -f  # NHNORM_PATHS is split into words, never expanded as a pattern
# shellcheck disable=SC2086
"$NHNORM" validate --format "${NHNORM_FORMAT:-text}" $(truthy "${NHNORM_STRICT:-false}" && echo --strict) ${NHNORM_PATHS:-}
code=$?
case $code in
0) put valid true ;;
1) put valid false ;;
*) exit "$code" ;;
esac
