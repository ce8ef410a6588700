"""From PATH arguments (or ./assessments) to assessment files; organisation slugs."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from nhnorm_cli.errors import usage_error

DEFAULT_DIR = Path("assessments")
_SUFFIXES = {".yaml", ".yml"}


def find_files(paths: Sequence[Path]) -> list[Path]:
    """Files named directly, plus every *.yaml/*.yml under named folders, in a stable order."""
    roots = list(paths) or [DEFAULT_DIR]
    found: list[Path] = []
    for root in roots:
        if root.is_file():
            found.append(root)
        elif root.is_dir():
            found.extend(
                p
                for p in sorted(root.rglob("*"))
                if p.suffix in _SUFFIXES and p.is_file() and not _hidden(p.relative_to(root))
            )
        else:
            raise usage_error("PAD-BESTAAT-NIET", pad=str(root))
    if not found:
        raise usage_error("GEEN-BESTANDEN", pad=", ".join(str(r) for r in roots))
    return list(dict.fromkeys(found))


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def display_path(path: Path) -> str:
    """The path as the user would type it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def slugify(name: str) -> str:
    """ "Gemeente Den Helder" -> "gemeente-den-helder" (lower case, ASCII, hyphens)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def organisation_slug(path: Path, naam: str) -> str:
    """The folder in assessments/<slug>/, otherwise derived from organisatie.naam."""
    parents = [p.name for p in path.resolve().parents]
    if "assessments" in parents and parents[0] != "assessments":
        return parents[0]
    return slugify(naam)
