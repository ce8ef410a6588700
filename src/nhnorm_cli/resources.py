"""The one place that knows where the packaged norm, templates and schemas are."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

_PACKAGE = "nhnorm_cli"


def norm_dir() -> Traversable:
    return files(_PACKAGE) / "norm"


def templates_dir() -> Traversable:
    return files(_PACKAGE) / "templates"


def schemas_dir() -> Traversable:
    return files(_PACKAGE) / "schemas"
