#!/bin/sh
# score.sh: the total score of the newest year (or NHNORM_YEAR) as the result `score`, when one
# organisation is in view (NHNORM_ORG, nhnorm.toml or the only one); "" otherwise. Informational:
# an assessment that cannot be scored leaves `score` empty and is validate's to report.
set -u
. "$(dirname "$0")/lib.sh"
set -f
# shellcheck disable=SC2046
json=$("$NHNORM" score --format json ${NHNORM_YEAR:+--year "$NHNORM_YEAR"} ${NHNORM_ORG:+--org "$NHNORM_ORG"} 2>/dev/null) || json=""
score=$(printf '%s' "$json" | "$(nhnorm_python)" -c '
import json, sys
try:
    found = json.load(sys.stdin)
except ValueError:
    sys.exit()
found = found if isinstance(found, list) else [found]
if found and len({f["organisatie"] for f in found}) == 1:
    newest = max(found, key=lambda f: f["jaar"])
    score = newest["totaal"]["score"]
    print("" if score is None else score)
')
put score "$score"
