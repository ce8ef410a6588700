"""List the packaged norm versions and load one (parsed once per process)."""

from __future__ import annotations

from functools import cache

from pydantic import ValidationError

from nhnorm_cli.models.norm import Norm
from nhnorm_cli.resources import norm_dir
from nhnorm_cli.yamlsource import parse_document


def available_versions() -> list[str]:
    """Norm versions shipped with nhnorm, oldest first ("1.0", "1.1", …)."""
    return list(_versions())


@cache  # asked for every file read; the packaged folder does not change while nhnorm runs
def _versions() -> tuple[str, ...]:
    names = [p.name[: -len(".yaml")] for p in norm_dir().iterdir() if p.name.endswith(".yaml")]
    return tuple(sorted(names, key=lambda v: tuple(int(part) for part in v.split("."))))


def latest_version() -> str:
    return available_versions()[-1]


@cache
def load_norm(version: str) -> Norm:
    """The packaged norm; raises KeyError for a version nhnorm does not ship."""
    if version not in available_versions():
        raise KeyError(version)
    resource = norm_dir() / f"{version}.yaml"
    document = parse_document(resource.read_bytes(), f"norm/{version}.yaml")
    try:
        return Norm.model_validate(document.data)
    except ValidationError as exc:  # a broken packaged norm is a bug, not user input
        raise RuntimeError(f"norm/{version}.yaml is ongeldig: {exc}") from exc
