"""Load valid assessments for the commands that use them (score, diff, report, overview),
selected by --year and --org."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

from nhnorm_cli.check.structure import check_document
from nhnorm_cli.errors import Location, NhnormError, Problem, duplicate_assessment, usage_error
from nhnorm_cli.files.discovery import (
    check_org,
    display_path,
    find_files,
    folder_slugs,
    named_year,
    organisation_slug,
    raw_slug,
)
from nhnorm_cli.models.assessment import Answer, Assessment
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.source.collector import paused
from nhnorm_cli.source.yamlsource import Document, read_document
from nhnorm_cli.versions.norms import load_norm


@dataclass(frozen=True)
class Loaded:
    """A valid assessment with everything needed to score, compare and report it."""

    path: Path
    display: str
    slug: str
    assessment: Assessment
    norm: Norm
    document: Document | None  # None where only the data is kept (select_years)

    def parsed(self) -> Document:
        """The parsed file, for positions and text; select() and load_assessment keep it."""
        if self.document is None:
            raise AssertionError(f"{self.display} was loaded without its document (select_years)")
        return self.document


def load_assessment(path: Path, root: Path | None = None) -> Loaded:
    """One file that must be valid: its errors raise NhnormError (exit 1); warnings are allowed.
    `root`, here and below: the configured assessments folder (see discovery.organisation_slug)."""
    document = read_document(path, display_path(path))
    return _checked(path, document, root)


def _checked(path: Path, document: Document, root: Path | None) -> Loaded:
    # only errors stop a file here, and the rules only warn at their default levels
    assessment, problems = check_document(document, rules=False)
    if assessment is None:
        raise NhnormError(*[p for p in problems if p.is_error])
    slug = organisation_slug(path, assessment.organisatie.naam, root)
    return Loaded(path, document.path, slug, assessment, load_norm(assessment.norm), document)


# Selecting by path (issue 9): in a region of 342 organisations × 5 years, a command about one
# organisation or one year must not parse 1,710 files. What the path alone decides, without opening
# the file:
# - a file in assessments/<slug>/ belongs to <slug>, whatever it says (discovery.folder_slug);
# - a file named <jaar>.yaml belongs to that year, or it is invalid (its jaar must match its name:
#   JAAR-BESTANDSNAAM, an error no configuration switches off), and an invalid file of another year
#   must not block this one.
# Still read in full: files with other names (zeedorp-2025.yaml, kopie.yaml), and, to find an
# organisation, files whose slug comes from organisatie.naam (assessments/<jaar>.yaml of a
# one-organisation repository, files outside an assessments folder). When nothing is found by name,
# the files named for other years are read after all, so that a misnamed file is reported rather
# than "nothing found". Files in another organisation's folder are never read: their problems are
# that organisation's (validate reports them).


def by_path(
    paths: Sequence[Path], *, year: int | None = None, org: str | None = None, root: Path | None = None
) -> tuple[list[Path], list[Path]]:
    """(the files that can be in the selection, the files named for another year), judged by their
    paths alone; only the first are narrowed to `org` (see _of_organisation)."""
    files = find_files(paths)
    inside, other_years = files, []
    if year is not None:  # by name first: a year's files are a fifth of a region
        named = [named_year(path) for path in files]
        inside = [path for path, jaar in zip(files, named, strict=True) if jaar in (None, year)]
        other_years = [path for path, jaar in zip(files, named, strict=True) if jaar not in (None, year)]
    return _of_organisation(inside, org, root), other_years


def _of_organisation(files: list[Path], org: str | None, root: Path | None) -> list[Path]:
    """The files that can be `org`'s: in its folder, or with a slug only their naam can tell."""
    if org is None:
        return files
    slugs = folder_slugs(files, root)
    return [path for path, slug in zip(files, slugs, strict=True) if slug in (None, org)]


def select(
    paths: Sequence[Path], *, year: int | None = None, org: str | None = None, root: Path | None = None
) -> list[Loaded]:
    """Valid assessments under `paths` for `year`/`org`, sorted by organisation and year.

    Files outside the selection are not checked, so a broken draft of another year does not block
    a report; a broken file inside the selection stops with its problems (exit 1)."""
    check_org(org)
    inside, other_years = by_path(paths, year=year, org=org, root=root)
    chosen = _matching(inside, year, org, root)
    if not chosen:
        misnamed = _of_organisation(other_years, org, root)
        chosen = _matching(misnamed, year, org, root, skip_unreadable=True)
    if not chosen:
        wanted = " ".join(
            part for part in (f"--year {year}" if year else "", f"--org {org}" if org else "") if part
        )
        # the years there are (by file name) tell a mistyped --year from a missing file
        there = sorted({y for y in map(named_year, _of_organisation(other_years, org, root)) if y})
        raise usage_error(
            "GEEN-SELECTIE",
            selectie=wanted or ", ".join(map(str, paths)) or "assessments/",
            **({"jaren": there} if there else {}),
        )
    loaded = [_checked(path, document, root) for path, document in chosen]
    return sorted(loaded, key=lambda item: (item.slug, item.assessment.jaar))


def _matching(
    files: Sequence[Path],
    year: int | None,
    org: str | None,
    root: Path | None,
    *,
    skip_unreadable: bool = False,
) -> list[tuple[Path, Document]]:
    chosen: list[tuple[Path, Document]] = []
    for path in files:
        try:
            document = read_document(path, display_path(path))
        except NhnormError:
            if skip_unreadable:
                continue  # named for another year: it cannot be in the selection
            raise
        data = document.data if isinstance(document.data, dict) else {}
        if year is not None and data.get("jaar") != year:
            continue
        if org is not None and raw_slug(path, data, root) != org:
            continue
        chosen.append((path, document))
    return chosen


def organisation_years(
    paths: Sequence[Path], slug: str, root: Path | None = None, known: Sequence[Loaded] = ()
) -> tuple[list[Loaded], list[str]]:
    """Every valid assessment of organisation `slug` (for the comparison over the years), and the
    files that might be its but cannot be used: unreadable, or its own and invalid. Files already
    loaded (`known`) are not read again."""
    loaded: list[Loaded] = []
    unusable: list[str] = []
    reuse = {item.path: item for item in known}
    for path in by_path(paths, org=slug, root=root)[0]:
        if path in reuse:
            loaded.append(reuse[path])
            continue
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

    Each file is checked as soon as it is read; only the checked data is kept, not the parse tree,
    and of each answer only what a regional figure reads (`_without_texts`): a region's node trees
    with positions and its texts cost hundreds of MiB (issue 9)."""
    chosen: dict[int, dict[str, Loaded]] = {year: {} for year in years}
    left_out: list[Problem] = []
    files = [path for path in find_files(paths) if named_year(path) in (None, *years)]
    with paused(keep=True):
        for path in files:
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
    """Add the file's assessment, without its document, unless it is invalid or a second one."""
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
    first[item.slug] = replace(item, document=None, assessment=_without_texts(item.assessment))


# The fields each kept answer was given, one set for all of them (the models are frozen, so it is
# never added to): a set of its own per answer was 15 MiB of a region's overview.
_KEPT = frozenset({"oordeel", "onderdelen", "vertrouwelijk"})


def _without_texts(assessment: Assessment) -> Assessment:
    """The assessment with, per answer, only its oordeel, onderdelen and vertrouwelijk: toelichting,
    bewijs and acties are a region's largest data and no regional figure uses them."""
    answers = {
        key: Answer.model_construct(
            cast(set[str], _KEPT),  # read only: a frozenset fails loudly if it is ever added to
            oordeel=answer.oordeel,
            onderdelen=answer.onderdelen,
            vertrouwelijk=answer.vertrouwelijk,
            bewijs=[],
            acties=[],
        )
        for key, answer in assessment.antwoorden.items()
    }
    return assessment.model_copy(update={"antwoorden": answers})
