"""The newest years on file for one organisation: what `report` and `diff` take when no year is given,
so a CI job or a yearly habit needs no edit when a new year starts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from nhnorm_cli.errors import NhnormError
from nhnorm_cli.files.discovery import check_org, display_path, find_files, raw_slug
from nhnorm_cli.select.assessments import one_organisation_slugs
from nhnorm_cli.source.yamlsource import read_document


def newest_years(paths: Sequence[Path], org: str | None, root: Path | None, count: int) -> list[int]:
    """Up to `count` years, newest first, of the one organisation under `paths` (or `org`).

    Only `jaar` and the organisation are read here. A file that cannot be read still counts for
    the year in its name (2027.yaml), so a broken newest file is reported, never skipped."""
    check_org(org)  # `--org ../x` is ONGELDIGE-ORG with or without --year
    years: dict[int, set[str]] = {}
    for path in find_files(paths):
        try:
            data: object = read_document(path, display_path(path)).data
        except NhnormError:
            data = {}
        year = data.get("jaar") if isinstance(data, dict) else None
        if not isinstance(year, int):
            year = int(path.stem) if path.stem.isdigit() and len(path.stem) == 4 else None
        slug = raw_slug(path, data, root)  # None when unreadable: its folder may still tell
        if year is None or (org is not None and (slug or path.parent.name) != org):
            continue
        years.setdefault(year, set()).add(slug or "")
    one_organisation_slugs({slug for slugs in years.values() for slug in slugs if slug})
    return sorted(years, reverse=True)[:count]
