"""The newest years on file for one organisation: what `report` and `diff` take when no year is given,
so a CI job or a yearly habit needs no edit when a new year starts.

Taken from the paths, as the commands given a year select (assessments.by_path): a file named
`<jaar>.yaml` is of that year or invalid (JAAR-BESTANDSNAAM), and one in `assessments/<slug>/` is
that organisation's. In a region of 342 organisations × 5 years, `report --org X` reads X's files
only (issue 26: reading every file to learn its year was 8–10× the same command on X alone). Only
files the path cannot place are read here (another name, or a slug only their naam can tell), and
what was found is handed on (`Newest.scanned`: the files, and those parsed), so the folders are
walked once and each file is parsed once per command."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from nhnorm_cli.errors import NhnormError
from nhnorm_cli.files.discovery import (
    check_org,
    display_path,
    find_files,
    folder_slugs,
    named_year,
    raw_naam,
    raw_slug,
)
from nhnorm_cli.select.assessments import Scanned, one_organisation_slugs
from nhnorm_cli.source.yamlsource import Document, read_document


@dataclass(frozen=True)
class Newest:
    """Up to `count` years, newest first, and what was found on the way (for select to reuse)."""

    years: list[int]
    scanned: Scanned


def newest_years(paths: Sequence[Path], org: str | None, root: Path | None, count: int) -> Newest:
    """Up to `count` years, newest first, of the one organisation under `paths` (or `org`).

    A file that cannot be read still counts for the year in its name (2027.yaml), so a broken
    newest file is reported, never skipped; the year in a file's name is its year (one that says
    another is JAAR-BESTANDSNAAM when selected, see assessments.select `by_name`)."""
    check_org(org)  # `--org ../x` is ONGELDIGE-ORG with or without --year
    read: dict[Path, Document] = {}
    years: set[int] = set()
    named_slugs: dict[str, list[Path]] = {}  # organisations known by folder alone, and their files
    read_slugs: set[str] = set()
    files = find_files(paths)
    candidates = []
    for path, folder in zip(files, folder_slugs(files, root), strict=True):
        if org is not None and folder not in (None, org):
            continue  # another organisation's folder: never opened
        candidates.append(path)
        year = named_year(path)
        if year is not None and folder is not None:
            years.add(year)
            named_slugs.setdefault(folder, []).append(path)
            continue
        data = _data(path, read)
        year = _year(path, data)
        slug = raw_slug(path, data, root)  # None when unreadable: its folder may still tell
        if year is None or (org is not None and (slug or path.parent.name) != org):
            continue
        years.add(year)
        if slug:
            read_slugs.add(slug)
    if org is None and len(read_slugs | set(named_slugs)) > 1:
        one_organisation_slugs(read_slugs | _with_a_name(named_slugs, read))
    return Newest(sorted(years, reverse=True)[:count], Scanned(candidates, read))


def _data(path: Path, read: dict[Path, Document]) -> object:
    try:
        document = read_document(path, display_path(path))
    except NhnormError:
        return {}
    read[path] = document
    return document.data


def _year(path: Path, data: object) -> int | None:
    year = data.get("jaar") if isinstance(data, dict) else None
    if isinstance(year, int):
        return year
    return int(path.stem) if path.stem.isdigit() and len(path.stem) == 4 else None


def _with_a_name(named_slugs: dict[str, list[Path]], read: dict[Path, Document]) -> set[str]:
    """The folders that hold a file with an organisatie.naam: an organisation counts for
    MEERDERE-ORGANISATIES by a file that says who it is, as when every file was read. Read only
    when the folders alone name several organisations (then the command stops anyway)."""
    found = set()
    for slug, paths in named_slugs.items():
        if any(raw_naam(_data(path, read)) is not None for path in paths):
            found.add(slug)
    return found
