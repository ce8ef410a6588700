"""List the installed norm versions and load one (parsed once per process)."""

from __future__ import annotations

import os
import re
from importlib.resources.abc import Traversable

from pydantic import ValidationError

from nhnorm_cli.errors import NhnormError, Problem
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.resources import NORM_PATH_ENV, norm_dir, norm_dirs
from nhnorm_cli.yamlsource import parse_document

_VERSION_FILE = re.compile(r"^(\d+(?:\.\d+)*)\.yaml$")


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def norm_files() -> dict[str, Traversable]:
    """Every installed version and its file, oldest first; a packaged version is never replaced
    by a file of the same name in NHNORM_NORM_PATH (a published version never changes)."""
    # Asked for every file a command reads (load_norm, the norm check): listing the folders each
    # time was a tenth of reading a file (issue 9). The listing is kept while NHNORM_NORM_PATH and
    # its folders (their modification times: a file added or removed) stay the same.
    added = os.environ.get(NORM_PATH_ENV, "")
    key = (added, tuple(_modified(folder) for folder in added.split(os.pathsep) if folder))
    if key not in _listing:
        _listing.clear()
        _listing[key] = _list_norm_files()
    return dict(_listing[key])


_listing: dict[tuple[str, tuple[int, ...]], dict[str, Traversable]] = {}


def _modified(folder: str) -> int:
    try:
        return os.stat(folder).st_mtime_ns
    except OSError:
        return -1


def _list_norm_files() -> dict[str, Traversable]:
    found: dict[str, Traversable] = {}
    for folder in norm_dirs():
        for entry in folder.iterdir():
            match = _VERSION_FILE.match(entry.name)
            if match and entry.is_file():
                found.setdefault(match.group(1), entry)
    return {version: found[version] for version in sorted(found, key=_version_key)}


def available_versions() -> list[str]:
    """Norm versions installed, oldest first ("1.0", "1.1", …)."""
    return list(norm_files())


def latest_version() -> str:
    return available_versions()[-1]


def load_norm(version: str) -> Norm:
    """The installed norm; raises KeyError for a version that is not installed."""
    resource = norm_files().get(version)
    if resource is None:
        raise KeyError(version)
    return _load(resource)


def added_from(version: str) -> str | None:
    """The NHNORM_NORM_PATH file of a version; None for a version that nhnorm ships."""
    resource = norm_files()[version]
    return None if _is_packaged(resource) else str(resource)


def _is_packaged(resource: Traversable) -> bool:
    return resource == norm_dir() / resource.name


_loaded: dict[str, Norm] = {}


def _load(resource: Traversable) -> Norm:
    """Each file parsed once per process (keyed by its path: a Traversable need not be hashable)."""
    key = str(resource)
    if key not in _loaded:
        _loaded[key] = _parse(resource)
    return _loaded[key]


def _parse(resource: Traversable) -> Norm:
    shown = f"norm/{resource.name}" if _is_packaged(resource) else str(resource)
    document = parse_document(resource.read_bytes(), shown)
    try:
        norm = Norm.model_validate(document.data)
    except ValidationError as exc:  # an added norm file is user input: say what is wrong, no traceback
        first = exc.errors()[0]
        where = document.locate(tuple(first["loc"]))
        detail = f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
        raise NhnormError(Problem(where, "NORM-ONGELDIG", params={"detail": detail})) from exc
    named = resource.name.removesuffix(".yaml")
    if norm.versie != named:  # 1.2.yaml saying versie "1.1" would export and check as the wrong version
        params = {"bestand": resource.name, "versie": norm.versie}
        raise NhnormError(Problem(document.locate(("versie",)), "NORM-VERSIE-BESTANDSNAAM", params=params))
    return norm
