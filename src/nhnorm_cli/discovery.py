"""From PATH arguments (or ./assessments) to assessment files; organisation slugs."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from nhnorm_cli.errors import usage_error
from nhnorm_cli.pathkind import unusable

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
            found.extend(yaml_files(root))
        else:
            raise unusable(root, want_folder=True)
    if not found:
        raise usage_error("GEEN-BESTANDEN", pad=", ".join(str(r) for r in roots))
    return list(dict.fromkeys(found))


def yaml_files(folder: Path) -> list[Path]:
    """Every *.yaml/*.yml under `folder` in a stable order, skipping hidden files and folders
    (.git, editor backups); none when the folder does not exist."""
    if not folder.is_dir():
        return []
    return [
        p
        for p in sorted(folder.rglob("*"))
        if p.suffix in _SUFFIXES and p.is_file() and not _hidden(p.relative_to(folder))
    ]


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


def organisation_slug(path: Path, naam: str, root: Path | None = None) -> str:
    """The folder in assessments/<slug>/, otherwise derived from organisatie.naam. `root` is the
    repository's own assessments folder when nhnorm.toml names another (`assessments =
    "zelfevaluaties"`); it counts like any folder named `assessments`, however the file was found."""
    resolved = root.resolve() if root is not None else None
    folder, *above = path.resolve().parents

    def is_root(candidate: Path) -> bool:
        return candidate.name == "assessments" or candidate == resolved

    if is_root(folder) or not any(is_root(p) for p in above):
        return slugify(naam)
    return folder.name


def raw_naam(data: object) -> str | None:
    """organisatie.naam as written, read from data that need not be valid yet."""
    organisatie = data.get("organisatie") if isinstance(data, dict) else None
    naam = organisatie.get("naam") if isinstance(organisatie, dict) else None
    return naam if isinstance(naam, str) else None


def raw_slug(path: Path, data: object, root: Path | None = None) -> str | None:
    """The organisation slug of a file whose content need not be valid yet (None without a name)."""
    naam = raw_naam(data)
    return organisation_slug(path, naam, root) if naam is not None else None
