"""The one place that knows where the packaged norm, templates and schemas are."""

from __future__ import annotations

import os
import re
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

_PACKAGE = "nhnorm_cli"
# Extra folders with norm versions (and their mappings/), os.pathsep-separated: for a norm that
# nhnorm does not ship yet, e.g. a draft of the next version; the packaged versions come first.
NORM_PATH_ENV = "NHNORM_NORM_PATH"
# templates/ also holds nhnorm's GitLab CI/CD component (GitLab's catalog requires it there). It is no
# report template: the wheel leaves it out (pyproject.toml) and the template loader never serves it.
CI_COMPONENT = "nhnorm.yml"


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


def find_in_norm_dirs(pattern: re.Pattern[str], sub: str | None = None) -> dict[tuple[str, ...], Traversable]:
    """Every file in the norm folders (or their `sub` folder) whose name matches `pattern`, by the
    pattern's groups, in name order; the packaged folder comes first and is never replaced by an
    added file of the same name (a published version never changes)."""
    found: dict[tuple[str, ...], Traversable] = {}
    for folder in norm_dirs():
        where = folder / sub if sub else folder
        if not where.is_dir():
            continue
        for entry in sorted(where.iterdir(), key=lambda e: e.name):
            match = pattern.match(entry.name)
            if match and entry.is_file():
                found.setdefault(match.groups(), entry)
    return found


def added_file(resource: Traversable, sub: str | None = None) -> str | None:
    """The NHNORM_NORM_PATH file a resource came from; None for one that nhnorm ships."""
    packaged = norm_dir() / sub if sub else norm_dir()
    return None if resource == packaged / resource.name else str(resource)
