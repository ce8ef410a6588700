#!/bin/sh
# report.sh: the public HTML report (`nhnorm report --public`) into NHNORM_REPORT_DIR, for the
# artifact. Public, because everyone who may read the repository may download an artifact: no
# confidential text, no owners' names, no personal data. One report per organisation: NHNORM_ORG,
# else one per folder assessments/<slug>/, else the repository's one organisation.
# Results: reports (how many were written), folder (NHNORM_REPORT_DIR). A report that cannot be made
# is a warning (validate reports the cause), never a failure of this step.
set -u
. "$(dirname "$0")/lib.sh"
out=${NHNORM_REPORT_DIR:?}
mkdir -p "$out"
count=0

# one NAME [--org SLUG]: write $out/NAME.html
one() {
    name=$1
    shift
    if "$NHNORM" report --public --format html --force --output "$out/$name.html" \
        ${NHNORM_YEAR:+--year "$NHNORM_YEAR"} "$@"; then
        count=$((count + 1))
    else
        printf '%s%s\n' "${NHNORM_WARNING_PREFIX:-}" "$(say no-report "$name.html")"
    fi
}

# holds_yaml FOLDER: true when FOLDER has an assessment file directly in it
holds_yaml() {
    for file in "$1"/*.yaml "$1"/*.yml; do
        [ -f "$file" ] && return 0
    done
    return 1
}

root=$(assessments_dir)
if [ -n "${NHNORM_ORG:-}" ]; then
    one "rapport-$NHNORM_ORG" --org "$NHNORM_ORG"
else
    organisations=0
    for folder in "$root"/*/; do
        if holds_yaml "${folder%/}"; then
            organisations=$((organisations + 1))
            slug=$(basename "$folder")
            one "rapport-$slug" --org "$slug"
        fi
    done
    if [ "$organisations" -eq 0 ]; then
        one rapport
    fi
fi
put reports "$count"
put folder "$out"
