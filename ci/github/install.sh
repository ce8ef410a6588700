#!/bin/sh
# install.sh: nhnorm from the action's own checkout (ACTION_PATH) into a venv under RUNNER_TEMP, with
# PYTHON from actions/setup-python. Output `nhnorm` for the next steps; the venv's bin/ joins the PATH
# so a later step of the calling workflow can run `nhnorm` too.
set -eu
venv="$RUNNER_TEMP/nhnorm-venv"
program=$("$(dirname "$0")/../install.sh" "$ACTION_PATH" "$venv" "${PYTHON:-python3}")
printf 'nhnorm=%s\n' "$program" >>"$GITHUB_OUTPUT"
printf '%s\n' "$venv/bin" >>"$GITHUB_PATH"
