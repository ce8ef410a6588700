#!/bin/sh
# job.sh: the GitLab component's job (templates/nhnorm.yml), once nhnorm is installed (NHNORM):
# validate (the job log, compiler style, and a Code Quality report for the merge request), the score,
# on a merge request the comparison with the target branch as one note, the public report, and at the
# end the verdict. The same scripts in ci/ as the GitHub Action runs, one after the other.
set -u
ci=$(cd "$(dirname "$0")/.." && pwd)
. "$ci/lib.sh"
NHNORM_OUTPUT=$(mktemp)
export NHNORM NHNORM_OUTPUT

NHNORM_FORMAT=text sh "$ci/validate.sh" || exit $?
sh "$ci/gitlab/codequality.sh" nhnorm-codequality.json || exit $?
sh "$ci/score.sh"
[ -z "$(result score)" ] || say total "$(result score)"

if [ -n "${CI_MERGE_REQUEST_IID:-}" ]; then
    NHNORM_BASE=${CI_MERGE_REQUEST_TARGET_BRANCH_SHA:-$CI_MERGE_REQUEST_DIFF_BASE_SHA} \
        NHNORM_BASE_LABEL=$CI_MERGE_REQUEST_TARGET_BRANCH_NAME NHNORM_BODY=nhnorm-verschil.md \
        NHNORM_VALID=$(result valid) sh "$ci/compare.sh" || exit $?
    cat nhnorm-verschil.md
    if truthy "${NHNORM_COMMENT:-true}"; then
        NHNORM_BODY=nhnorm-verschil.md NHNORM_CHANGED=$(result changed) sh "$ci/gitlab/note.sh"
    fi
fi

if truthy "${NHNORM_REPORT:-true}"; then
    NHNORM_REPORT_DIR=nhnorm-rapport sh "$ci/report.sh"
fi
sh "$ci/verdict.sh"
