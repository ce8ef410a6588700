#!/bin/sh
# comment.sh: post NHNORM_BODY as the pull request's nhnorm comment, or update the one posted before
# (found by the hidden marker on its first line, among comments by a bot), so a pull request keeps
# one comment however often it is pushed. Through `gh api` with GH_TOKEN (the workflow's token needs
# `pull-requests: write`). Nothing changed and no earlier comment: nothing is posted. A comment that
# cannot be written (a pull request from a fork gets a read-only token) is a warning: the same text
# is in the run's summary.
#   NHNORM_REPO (owner/name), NHNORM_PR (number), NHNORM_BODY (file), NHNORM_CHANGED (count)
set -u
. "$(dirname "$0")/../lib.sh"
marker='<!-- nhnorm-verschil -->'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
py=$(nhnorm_python)

# GitHub takes at most 65536 characters; a longer comment ends with a pointer to the summary
"$py" - "$NHNORM_BODY" "$work/payload.json" "$(say truncated)" <<'PY'
import json, sys

body = open(sys.argv[1], encoding="utf-8").read()
if len(body) > 60000:
    body = body[: body.rfind("\n", 0, 60000)] + "\n\n" + sys.argv[3] + "\n"
json.dump({"body": body}, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY

if ! gh api --paginate "repos/$NHNORM_REPO/issues/$NHNORM_PR/comments?per_page=100" >"$work/comments"; then
    echo "::warning title=nhnorm::$(say comment-unread)"
    exit 0
fi
id=$("$py" - "$work/comments" "$marker" <<'PY'
import json, sys

text, marker = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
decoder, at, comments = json.JSONDecoder(), 0, []
while text[at:].strip():  # --paginate writes one JSON array per page, one after the other
    at += len(text[at:]) - len(text[at:].lstrip())
    page, at = decoder.raw_decode(text, at)
    comments += page
ours = [c["id"] for c in comments if c["user"]["type"] == "Bot" and c["body"].startswith(marker)]
print(ours[0] if ours else "")
PY
)
if [ -n "$id" ]; then
    set -- --method PATCH "repos/$NHNORM_REPO/issues/comments/$id"
elif [ "${NHNORM_CHANGED:-1}" != 0 ]; then
    set -- --method POST "repos/$NHNORM_REPO/issues/$NHNORM_PR/comments"
else
    exit 0
fi
if ! gh api "$@" --input "$work/payload.json" >/dev/null; then
    echo "::warning title=nhnorm::$(say comment-failed)"
fi
