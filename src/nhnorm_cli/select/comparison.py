"""Which two assessments `diff` compares: two named files, or --from/--to years of one organisation."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from nhnorm_cli.errors import NhnormError, usage_error
from nhnorm_cli.files.discovery import check_org, slugify
from nhnorm_cli.files.pathkind import unusable
from nhnorm_cli.models.assessment import Organisation
from nhnorm_cli.select.assessments import Loaded, load_assessment, one_organisation, select, single
from nhnorm_cli.select.newest import newest_years


def choose_pair(
    paths: Sequence[Path],
    old_year: int | None,
    new_year: int | None,
    org: str | None,
    root: Path | None = None,
) -> tuple[Loaded, Loaded]:
    """OLD NEW as files, or with --from/--to the years under `paths` (one year implies the other:
    --to 2026 alone compares with 2025), or else the two newest years under `paths`."""
    check_org(org)
    if old_year is not None or new_year is not None:
        old_year = old_year if old_year is not None else new_year - 1  # type: ignore[operator]
        new_year = new_year if new_year is not None else old_year + 1
        return pair_from_years(paths, old_year, new_year, org, root)
    if len(paths) == 2 and not all(path.is_dir() for path in paths):
        return pair_from_files(paths[0], paths[1], root)
    if len(paths) > 2 or any(path.is_file() for path in paths):  # one file: which is the other?
        raise usage_error("DIFF-ARGUMENTEN")
    newest = newest_years(paths, org, root, 2)  # no arguments: the two newest years
    if len(newest) < 2:
        raise usage_error("DIFF-TWEE-JAREN", gevonden=newest or "-")
    return pair_from_years(paths, newest[1], newest[0], org, root)


def pair_from_files(old: Path, new: Path, root: Path | None = None) -> tuple[Loaded, Loaded]:
    """Two named files; both must exist, be valid and describe the same organisation."""
    for path in (old, new):
        if not path.is_file():
            raise unusable(path)
    before, after = load_assessment(old, root), load_assessment(new, root)
    if not same_organisation(before.assessment.organisatie, after.assessment.organisatie):
        raise usage_error(
            "ANDERE-ORGANISATIE",
            oud=before.display,
            nieuw=after.display,
            organisatie_oud=before.assessment.organisatie.naam,
            organisatie_nieuw=after.assessment.organisatie.naam,
        )
    return before, after


def same_organisation(a: Organisation, b: Organisation) -> bool:
    """The CBS code decides when both have one (a renamed gemeente stays itself), else the name."""
    if a.code and b.code:
        return a.code == b.code
    return slugify(a.naam) == slugify(b.naam)


def pair_from_years(
    paths: Sequence[Path], old_year: int, new_year: int, org: str | None, root: Path | None = None
) -> tuple[Loaded, Loaded]:
    """The assessments of one organisation for two years, found under `paths`."""
    before = _select(paths, "--from", old_year, org, root)
    after = _select(paths, "--to", new_year, org, root)
    one_organisation(before + after)
    return single(before), single(after)


def _select(paths: Sequence[Path], flag: str, year: int, org: str | None, root: Path | None) -> list[Loaded]:
    try:
        return select(paths, year=year, org=org, root=root)
    except NhnormError as exc:  # name the option the user typed, not select's --year
        if exc.problems[0].code != "GEEN-SELECTIE":
            raise
        wanted = f"{flag} {year}" + (f" --org {org}" if org else "")
        there = {k: v for k, v in exc.problems[0].params.items() if k == "jaren"}
        raise usage_error("GEEN-SELECTIE", selectie=wanted, **there) from None
