"""From PATH arguments (or ./assessments) to assessment files; organisation slugs."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path

from nhnorm_cli.errors import Location, NhnormError, Problem, usage_error
from nhnorm_cli.files.pathkind import unusable

DEFAULT_DIR = Path("assessments")
_ENDINGS = (".yaml", ".yml")
# The file names that must agree with the file's jaar (the JAAR-BESTANDSNAAM check).
_YEAR_NAME = re.compile(r"^(\d{4})\.ya?ml$")


def find_files(paths: Sequence[Path]) -> list[Path]:
    """Files named directly, plus every *.yaml/*.yml under named folders, in a stable order."""
    roots = list(paths) or [DEFAULT_DIR]
    found: list[Path] = []
    _linked.clear()
    for root in roots:
        if root.is_file():
            found.append(root)
        elif root.is_dir():
            found.extend(yaml_files(root))
        elif root == DEFAULT_DIR and not root.exists():
            continue  # a new repository: no assessments yet (GEEN-BESTANDEN says how to begin)
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
    # in Path order (by parts; case-blind on Windows), as sorted(folder.rglob("*")) gave
    return [Path(p) for p in sorted(_yaml_under(str(folder)), key=_path_order)]


def _path_order(path: str) -> list[str]:
    return os.path.normcase(path).split(os.sep)


def _yaml_under(folder: str) -> Iterator[str]:
    """The YAML files below `folder`, leaving out hidden files and folders. What rglob("*") and a
    stat per file did, from the directory entries alone: a region has 1,710 files (issue 9).
    Like rglob, it does not descend into linked folders and keeps linked files; a folder it may
    not read is an error naming it, since skipping it would leave an organisation out of every
    figure without a word (issue 25)."""
    try:
        entries = list(os.scandir(folder))
    except OSError as exc:
        problem = Problem(Location(folder), "MAP-ONLEESBAAR", params={"reden": exc.strerror or str(exc)})
        raise NhnormError(problem) from None
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _yaml_under(entry.path)
        elif entry.name.endswith(_ENDINGS) and entry.is_file():
            _linked[entry.path] = entry.is_symlink()
            yield entry.path


# Whether each file of the latest scan is a link, as its directory entry said: asking the file
# system again costs a system call per file in folder_slugs.
_linked: dict[str, bool] = {}


def display_path(path: Path) -> str:
    """The path as the user would type it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(_resolved_cwd()))
    except ValueError:
        return str(path)


_cwd: dict[str, Path] = {}


def _resolved_cwd() -> Path:
    # resolving the working directory once per directory instead of once per file
    here = os.getcwd()
    if here not in _cwd:
        _cwd.clear()
        _cwd[here] = Path(here).resolve()
    return _cwd[here]


def named_year(path: Path) -> int | None:
    """The year a file is named for (`2025.yaml`): such a file is of that year or invalid, because
    its jaar must match its name (JAAR-BESTANDSNAAM)."""
    match = _YEAR_NAME.match(path.name)
    return int(match.group(1)) if match else None


def slugify(name: str) -> str:
    """ "Gemeente Den Helder" -> "gemeente-den-helder" (lower case, ASCII, hyphens)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def check_org(org: str | None) -> None:
    """--org is a slug (SPEC §4), never a path: `../x` or `/tmp/x` would reach outside assessments/."""
    if org is not None and not _SLUG.fullmatch(org):
        raise usage_error("ONGELDIGE-ORG", org=org)


def organisation_slug(path: Path, naam: str, root: Path | None = None) -> str:
    """The folder in assessments/<slug>/, otherwise derived from organisatie.naam. `root` is the
    repository's own assessments folder when nhnorm.toml names another (`assessments =
    "zelfevaluaties"`); it counts like any folder named `assessments`, however the file was found."""
    return folder_slug(path, root) or slugify(naam)


def folder_slug(path: Path, root: Path | None = None) -> str | None:
    """The slug a file has by its folder alone (assessments/<slug>/…, whatever the file says), or
    None when its slug comes from organisatie.naam."""
    return _slug_of_folder(path.resolve().parent, root.resolve() if root is not None else None)


def folder_slugs(paths: Sequence[Path], root: Path | None = None) -> list[str | None]:
    """folder_slug of each path, resolving each folder once instead of every file (issue 9)."""
    resolved_root = root.resolve() if root is not None else None
    folders: dict[str, str | None] = {}
    slugs = []
    for path in paths:
        text = str(path)
        linked = _linked.get(text)
        if linked is None:
            linked = os.path.islink(text)
        if linked:  # a linked file belongs where its target is
            slugs.append(folder_slug(path, root))
            continue
        folder = os.path.dirname(text)
        if folder not in folders:
            folders[folder] = _slug_of_folder(path.parent.resolve(), resolved_root)
        slugs.append(folders[folder])
    return slugs


def _slug_of_folder(folder: Path, root: Path | None) -> str | None:
    def is_root(candidate: Path) -> bool:
        return candidate.name == "assessments" or candidate == root

    if is_root(folder) or not any(is_root(p) for p in folder.parents):
        return None
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
