#!/bin/sh
# note.sh: post NHNORM_BODY as the merge request's nhnorm note, or update the one this token posted
# before (found by the hidden marker on its first line), so a merge request keeps one note however
# often it is pushed. Through the REST API with NHNORM_TOKEN (a project access token with scope `api`:
# the job token may not write notes). Without a token, or when the API refuses, a line in the log says
# so and the job goes on: the comparison is in the log and in the artifact nhnorm-verschil.md.
set -u
. "$(dirname "$0")/../lib.sh"
marker='<!-- nhnorm-verschil -->'
if [ -z "${NHNORM_TOKEN:-}" ]; then
    say note-no-token
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
py=$(nhnorm_python)
api() {  # api [CURL-ARGS] URL: one request, the answer on stdout
    curl --fail --silent --show-error --header "PRIVATE-TOKEN: $NHNORM_TOKEN" "$@"
}
notes="$CI_API_V4_URL/projects/$CI_PROJECT_ID/merge_requests/$CI_MERGE_REQUEST_IID/notes"

if ! api "$CI_API_V4_URL/user" >"$work/user"; then
    say note-refused
    exit 0
fi
page=1
id=""
while [ -z "$id" ] && api "$notes?sort=asc&per_page=100&page=$page" >"$work/notes"; do
    id=$("$py" - "$work/user" "$work/notes" "$marker" <<'PY'
import json, sys

me = json.load(open(sys.argv[1], encoding="utf-8"))["id"]
notes = json.load(open(sys.argv[2], encoding="utf-8"))
ours = [n["id"] for n in notes if n["author"]["id"] == me and n["body"].startswith(sys.argv[3])]
print(ours[0] if ours else ("" if len(notes) == 100 else "none"))
PY
)
    page=$((page + 1))
done
if [ -z "$id" ]; then
    say note-unread
    exit 0
elif [ "$id" != none ]; then
    set -- --request PUT "$notes/$id"
elif [ "${NHNORM_CHANGED:-1}" != 0 ]; then
    set -- --request POST "$notes"
else
    exit 0
fi
if ! api --output /dev/null --data-urlencode "body@$NHNORM_BODY" "$@"; then
    say note-failed
fi
