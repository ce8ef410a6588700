"""List the installed norm versions and load one (parsed once per process)."""

from __future__ import annotations

import os
import re
from importlib.resources.abc import Traversable

from pydantic import ValidationError

from nhnorm_cli.errors import NhnormError, Problem
from nhnorm_cli.files.resources import NORM_PATH_ENV, added_file, find_in_norm_dirs
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.problems import problems_from_validation
from nhnorm_cli.source.yamlsource import Document, parse_document

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
    found = {version: entry for (version,), entry in find_in_norm_dirs(_VERSION_FILE).items()}
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
    return added_file(norm_files()[version])


_loaded: dict[str, Norm] = {}


def _repeated_id(data: object) -> tuple[str, int, str, int] | None:
    """(id, theme index, "normen", norm index) of the first norm id written a second time."""
    themes = data.get("themas") if isinstance(data, dict) else None
    seen: set[object] = set()
    for t, theme in enumerate(themes if isinstance(themes, list) else []):
        requirements = theme.get("normen") if isinstance(theme, dict) else None
        for n, requirement in enumerate(requirements if isinstance(requirements, list) else []):
            rid = requirement.get("id") if isinstance(requirement, dict) else None
            if isinstance(rid, str) and rid in seen:
                return rid, t, "normen", n
            seen.add(rid)
    return None


def _load(resource: Traversable) -> Norm:
    """Each file parsed once per process (keyed by its path: a Traversable need not be hashable)."""
    key = str(resource)
    if key not in _loaded:
        _loaded[key] = _parse(resource)
    return _loaded[key]


def _parse(resource: Traversable) -> Norm:
    shown = added_file(resource) or f"norm/{resource.name}"
    try:
        document = parse_document(resource.read_bytes(), shown)
    except NhnormError as exc:  # "begin with nhnorm init" is advice for an assessment, not a norm
        if [p.code for p in exc.problems] == ["LEEG-BESTAND"]:
            raise NhnormError(Problem(exc.problems[0].location, "NORM-LEEG")) from None
        raise
    repeated = _repeated_id(document.data)
    if repeated is not None:
        where = document.locate(("themas", *repeated[1:], "id"))
        raise NhnormError(Problem(where, "NORM-DUBBEL-ID", params={"id": repeated[0]}))
    try:
        norm = Norm.model_validate(document.data)
    except ValidationError as exc:  # an added norm file is user input: say what is wrong, no traceback
        raise NhnormError(_invalid(exc, document)) from None
    named = resource.name.removesuffix(".yaml")
    if norm.versie != named:  # 1.2.yaml saying versie "1.1" would export and check as the wrong version
        params = {"bestand": resource.name, "versie": norm.versie}
        raise NhnormError(Problem(document.locate(("versie",)), "NORM-VERSIE-BESTANDSNAAM", params=params))
    return norm


def _invalid(error: ValidationError, document: Document) -> Problem:
    """The first thing wrong with a norm file, at its key or value: a rule of the norm (a norm under
    the wrong theme) under its own code, anything else as NORM-ONGELDIG worded like the same
    mistake in an assessment (unknown key, missing field, wrong type or value)."""
    first = error.errors(include_url=False)[0]
    loc = tuple(first["loc"])
    if first["type"] == "norm_regel":
        ctx = dict(first.get("ctx", {}))
        code, where = ctx.pop("code"), ctx.pop("waar")
        return Problem(document.locate((*loc, *where)), code, params=ctx)
    if first["type"] == "string_pattern_mismatch" and loc == ("familie",):
        return Problem(document.locate(loc), "NORM-FAMILIE", params={"waarde": first["input"]})
    inner = problems_from_validation(error, document, root=Norm)[0]
    return Problem(inner.location, "NORM-ONGELDIG", params={"melding": inner})
