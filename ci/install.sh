#!/bin/sh
# install.sh SOURCE VENV [PYTHON]: install nhnorm from SOURCE (a checkout of nhnorm: the action's or
# the component's own) into its own virtual environment, so nothing else in the job's Python can
# clash with it, and print the path of the nhnorm program. nhnorm itself never comes from a package
# index; its dependencies (typer, pydantic, ...) do, through pip's usual index.
set -eu
source=$1
venv=$2
python=${3:-python3}
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$source" >&2
"$venv/bin/nhnorm" --version >&2
printf '%s\n' "$venv/bin/nhnorm"
