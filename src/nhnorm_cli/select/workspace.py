"""Where things live in a gemeente repository: its root, a new year's file, the schema it points to."""

from __future__ import annotations

import os
from pathlib import Path

from nhnorm_cli.errors import NhnormError, usage_error
from nhnorm_cli.files.discovery import DEFAULT_DIR, check_org, raw_slug, yaml_files
from nhnorm_cli.files.pathkind import unusable
from nhnorm_cli.select.assessments import by_path, select, single
from nhnorm_cli.source.yamlsource import read_document

SCHEMA = Path("schemas") / "assessment.schema.json"


def new_file(year: int, org: str | None, assessments: Path = DEFAULT_DIR) -> Path:
    """assessments/<jaar>.yaml for one organisation, assessments/<slug>/<jaar>.yaml when --org is
    given or the repository already keeps organisations in subfolders."""
    check_org(org)
    if org:
        return assessments / org / f"{year}.yaml"
    folders = sorted(
        {p.relative_to(assessments).parts[0] for p in yaml_files(assessments) if p.parent != assessments}
    )
    if not folders:
        return assessments / f"{year}.yaml"
    if len(folders) == 1:
        return assessments / folders[0] / f"{year}.yaml"
    raise usage_error("MEERDERE-ORGANISATIES", organisaties=folders)


def pick_file(file: Path | None, year: int | None, org: str | None, assessments: Path = DEFAULT_DIR) -> Path:
    """The assessment to edit: --file, or the one for --year/--org (default: the latest year)."""
    check_org(org)
    if file is not None:
        if not file.is_file():
            raise unusable(file)
        return file
    candidates = [assessments]
    if year is None:  # the latest year on file; older files are read, not checked
        on_file = _years(assessments, org)
        organisations = sorted({slug for _, slug in on_file.values() if slug})
        if org is None and len(organisations) > 1:
            # the one organisation with the newest year is not necessarily the one meant (issue 25)
            raise usage_error("MEERDERE-ORGANISATIES", organisaties=organisations)
        year = max((jaar for jaar, _ in on_file.values()), default=None)
        candidates = [path for path, (jaar, _) in on_file.items() if jaar == year] or candidates
    return single(select(candidates, year=year, org=org, root=assessments)).path


def _years(assessments: Path, org: str | None) -> dict[Path, tuple[int, str | None]]:
    """The year and organisation of every readable assessment (of `org`), without checking it;
    another organisation's folder is not read."""
    years = {}
    for path in by_path([assessments], org=org, root=assessments)[0]:
        try:
            data = read_document(path).data
        except NhnormError:
            continue
        jaar = data.get("jaar") if isinstance(data, dict) else None
        slug = raw_slug(path, data, assessments)
        if isinstance(jaar, int) and (org is None or slug == org):
            years[path] = (jaar, slug)
    return years


def schema_reference(target: Path, root: Path) -> str:
    """The modeline path from the new file to the repository's schemas/assessment.schema.json."""
    return Path(os.path.relpath(root / SCHEMA, target.resolve().parent)).as_posix()
