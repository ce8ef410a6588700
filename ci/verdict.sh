#!/bin/sh
# verdict.sh: the job's outcome, after the comment and the report are out: exit 1 when validate found
# errors, or when NHNORM_FAIL_ON_REGRESSION is on and compare.sh found a regression. The results come
# from NHNORM_VALID/NHNORM_REGRESSED/NHNORM_REGRESSION (GitHub: the steps' outputs), else NHNORM_OUTPUT.
set -u
. "$(dirname "$0")/lib.sh"
code=0
if [ "${NHNORM_VALID:-$(result valid)}" = false ]; then
    printf '%s%s\n' "${NHNORM_ERROR_PREFIX:-}" "$(say errors)"
    code=1
fi
if [ "${NHNORM_REGRESSED:-$(result regressed)}" = true ] && truthy "${NHNORM_FAIL_ON_REGRESSION:-true}"; then
    printf '%s%s\n' "${NHNORM_ERROR_PREFIX:-}" "$(say regression "${NHNORM_REGRESSION:-$(result regression)}")"
    code=1
fi
exit "$code"
