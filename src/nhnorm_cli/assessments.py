"""Load valid assessments for the commands that use them (score, diff, report, overview),
selected by --year and --org."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from nhnorm_cli.checks import check_document
from nhnorm_cli.discovery import display_path, find_files, organisation_slug, raw_slug
from nhnorm_cli.errors import Location, NhnormError, Problem, duplicate_assessment, usage_error
from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.norm import load_norm
from nhnorm_cli.yamlsource import Document, read_document


@dataclass(frozen=True)
class Loaded:
    """A valid assessment with everything needed to score, compare and report it."""

    path: Path
    display: str
    slug: str
    assessment: Assessment
    norm: Norm
    document: Document


def load_assessment(path: Path, root: Path | None = None) -> Loaded:
    """One file that must be valid: its errors raise NhnormError (exit 1); warnings are allowed.
    `root`, here and below: the configured assessments folder (see discovery.organisation_slug)."""
    document = read_document(path, display_path(path))
    return _checked(path, document, root)


def _checked(path: Path, document: Document, root: Path | None) -> Loaded:
    assessment, problems = check_document(document)
    if assessment is None:
        raise NhnormError(*[p for p in problems if p.is_error])
    slug = organisation_slug(path, assessment.organisatie.naam, root)
    return Loaded(path, document.path, slug, assessment, load_norm(assessment.norm), document)


def select(
    paths: Sequence[Path], *, year: int | None = None, org: str | None = None, root: Path | None = None
) -> list[Loaded]:
    """Valid assessments under `paths` for `year`/`org`, sorted by organisation and year.

    Files outside the selection are not checked, so a broken draft of another year does not block
    a report; a broken file inside the selection stops with its problems (exit 1)."""
    chosen: list[tuple[Path, Document]] = []
    for path in find_files(paths):
        try:
            document = read_document(path, display_path(path))
        except NhnormError:
            if year is not None and path.stem.isdigit() and int(path.stem) != year:
                continue  # an unreadable file of another year cannot be in the selection
            raise
        data = document.data if isinstance(document.data, dict) else {}
        if year is not None and data.get("jaar") != year:
            continue
        if org is not None and raw_slug(path, data, root) != org:
            continue
        chosen.append((path, document))
    if not chosen:
        wanted = " ".join(
            part for part in (f"--year {year}" if year else "", f"--org {org}" if org else "") if part
        )
        raise usage_error("GEEN-SELECTIE", selectie=wanted or ", ".join(map(str, paths)) or "assessments/")
    loaded = [_checked(path, document, root) for path, document in chosen]
    return sorted(loaded, key=lambda item: (item.slug, item.assessment.jaar))


def organisation_years(
    paths: Sequence[Path], slug: str, root: Path | None = None
) -> tuple[list[Loaded], list[str]]:
    """Every valid assessment of organisation `slug` (for the comparison over the years), and the
    files that might be its but cannot be used: unreadable, or its own and invalid."""
    loaded: list[Loaded] = []
    unusable: list[str] = []
    for path in find_files(paths):
        try:
            document = read_document(path, display_path(path))
        except NhnormError:
            unusable.append(display_path(path))
            continue
        if raw_slug(path, document.data, root) != slug:
            continue
        try:
            loaded.append(_checked(path, document, root))
        except NhnormError:
            unusable.append(document.path)
    return loaded, unusable


def one_organisation(found: Sequence[Loaded]) -> None:
    """Commands that work on one organisation ask for --org when the selection holds several."""
    one_organisation_slugs({item.slug for item in found})


def one_organisation_slugs(slugs: Collection[str]) -> None:
    if len(slugs) > 1:
        raise usage_error("MEERDERE-ORGANISATIES", organisaties=sorted(slugs))


def single(found: Sequence[Loaded]) -> Loaded:
    """The one assessment a command works on: one organisation, and one file for each year (a
    second file for the same organisation and year is an error, never silently ignored)."""
    one_organisation(found)
    first_of_year: dict[int, Loaded] = {}
    for item in found:
        first = first_of_year.setdefault(item.assessment.jaar, item)
        if first is not item:  # validate names this too
            naam, jaar = item.assessment.organisatie.naam, item.assessment.jaar
            raise NhnormError(duplicate_assessment(Location(item.display), naam, jaar, first.display))
    return found[0]


@dataclass(frozen=True)
class YearSelection:
    """The valid assessments per year, and why any file that might belong to them was left out."""

    years: dict[int, list[Loaded]]
    left_out: list[Problem]


def select_years(paths: Sequence[Path], years: Collection[int], root: Path | None = None) -> YearSelection:
    """Valid assessments of each of `years`, reading every file once (overview: this year and the
    year before, or every year since a baseline). One organisation's broken file must not hide the
    region: it is left out with its problems, and so is a second file for an organisation and year.
    The caller decides which empty year is an error (overview --year 1900 must not speak of 1899).
    Each file is checked as soon as it is read and keeps no node tree, so memory grows with the
    answers, not with the YAML."""
    chosen: dict[int, dict[str, Loaded]] = {year: {} for year in years}
    left_out: list[Problem] = []
    for path in find_files(paths):
        if path.stem.isdigit() and int(path.stem) not in chosen:
            continue  # named for another year: not read at all
        try:
            document = read_document(path, display_path(path))
        except NhnormError as exc:
            left_out.extend(exc.problems)
            continue
        data = document.data if isinstance(document.data, dict) else {}
        year = data.get("jaar")
        if isinstance(year, int) and year in chosen:
            _keep(path, document, chosen[year], left_out, root)
    found = {year: sorted(items.values(), key=lambda item: item.slug) for year, items in chosen.items()}
    return YearSelection(found, left_out)


def _keep(
    path: Path, document: Document, first: dict[str, Loaded], left_out: list[Problem], root: Path | None
) -> None:
    try:
        item = _checked(path, document, root)
    except NhnormError as exc:
        left_out.extend(exc.problems)
        return
    if item.slug in first:  # validate reports this too; the overview counts each one once
        naam, jaar = item.assessment.organisatie.naam, item.assessment.jaar
        where = document.locate(("jaar",))
        left_out.append(duplicate_assessment(where, naam, jaar, first[item.slug].display))
        return
    first[item.slug] = replace(item, document=replace(document, data=None, root=None, text=""))
