"""The one place that knows where the packaged norm, templates and schemas are."""

from __future__ import annotations

import os
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

_PACKAGE = "nhnorm_cli"
# Extra folders with norm versions (and their mappings/), os.pathsep-separated: for a norm that
# nhnorm does not ship yet, e.g. a draft of the next version; the packaged versions come first.
NORM_PATH_ENV = "NHNORM_NORM_PATH"


def norm_dir() -> Traversable:
    return files(_PACKAGE) / "norm"


def norm_dirs() -> list[Traversable]:
    """The packaged norm folder, then every existing folder named in NHNORM_NORM_PATH."""
    extra = [Path(p) for p in os.environ.get(NORM_PATH_ENV, "").split(os.pathsep) if p]
    return [norm_dir(), *(p for p in extra if p.is_dir())]


def templates_dir() -> Traversable:
    return files(_PACKAGE) / "templates"


def schemas_dir() -> Traversable:
    return files(_PACKAGE) / "schemas"
