"""Load valid assessments for the commands that use them (score, diff, report, overview),
selected by --year and --org."""

from __future__ import annotations

import sys
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import cast

from nhnorm_cli.check.identity import FirstFiles, RegisterLookup, contradictions, identity, raw_code
from nhnorm_cli.check.structure import check_document
from nhnorm_cli.errors import Location, NhnormError, Problem, Severity, duplicate_assessment, usage_error
from nhnorm_cli.files.discovery import (
    check_org,
    display_path,
    find_files,
    folder_slug,
    folder_slugs,
    named_year,
    organisation_slug,
    raw_naam,
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
    entry: str | None = None  # the code of its register entry (select_years with a register)

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


@dataclass(frozen=True)
class Scanned:
    """What an earlier step of the same command found (select.newest): the files under the paths
    that can be the organisation's (None: look again), and the files it parsed, so that neither
    the folders are walked nor a file is parsed twice."""

    files: list[Path] | None = None
    read: Mapping[Path, Document] = field(default_factory=dict)


NOTHING_SCANNED = Scanned()


def _read(path: Path, read: Mapping[Path, Document]) -> Document:
    """The parsed file, from `read` when an earlier step of the command parsed it already."""
    document = read.get(path)
    return document if document is not None else read_document(path, display_path(path))


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
    paths: Sequence[Path],
    *,
    year: int | None = None,
    org: str | None = None,
    root: Path | None = None,
    files: list[Path] | None = None,
) -> tuple[list[Path], list[Path]]:
    """(the files that can be in the selection, the files named for another year), judged by their
    paths alone; only the first are narrowed to `org` (see _of_organisation). `files`: those found
    under `paths` already."""
    files = find_files(paths) if files is None else files
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
    paths: Sequence[Path],
    *,
    year: int | None = None,
    org: str | None = None,
    root: Path | None = None,
    scanned: Scanned = NOTHING_SCANNED,
    by_name: bool = False,
) -> list[Loaded]:
    """Valid assessments under `paths` for `year`/`org`, sorted by organisation and year.

    Files outside the selection are not checked, so a broken draft of another year does not block
    a report; a broken file inside the selection stops with its problems (exit 1). `scanned`: what
    newest.newest_years found. `by_name`: the year was taken from file names, so a file named for
    it that says another year is selected, and stops with JAAR-BESTANDSNAAM."""
    check_org(org)
    inside, other_years = by_path(paths, year=year, org=org, root=root, files=scanned.files)
    chosen = _matching(inside, year, org, root, read=scanned.read, by_name=by_name)
    if not chosen:
        misnamed = _of_organisation(other_years, org, root)
        chosen = _matching(misnamed, year, org, root, read=scanned.read, skip_unreadable=True)
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
    read: Mapping[Path, Document],
    skip_unreadable: bool = False,
    by_name: bool = False,
) -> list[tuple[Path, Document]]:
    chosen: list[tuple[Path, Document]] = []
    for path in files:
        try:
            document = _read(path, read)
        except NhnormError:
            if skip_unreadable:
                continue  # named for another year: it cannot be in the selection
            raise
        data = document.data if isinstance(document.data, dict) else {}
        if year is not None and data.get("jaar") != year and not (by_name and named_year(path) == year):
            continue
        if org is not None and raw_slug(path, data, root) != org:
            continue
        chosen.append((path, document))
    return chosen


def organisation_years(
    paths: Sequence[Path],
    slug: str,
    root: Path | None = None,
    known: Sequence[Loaded] = (),
    scanned: Scanned = NOTHING_SCANNED,
) -> tuple[list[Loaded], list[str]]:
    """Every valid assessment of organisation `slug` (for the comparison over the years), and the
    files that might be its but cannot be used: unreadable, or its own and invalid. Files already
    loaded (`known`) or parsed (`scanned`) are not read again."""
    loaded: list[Loaded] = []
    unusable: list[str] = []
    reuse = {item.path: item for item in known}
    for path in by_path(paths, org=slug, root=root, files=scanned.files)[0]:
        if path in reuse:
            loaded.append(reuse[path])
            continue
        try:
            document = _read(path, scanned.read)
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
    """The valid assessments per year, why any file that might belong to them was left out, and
    (with a register) per year the entries that delivered a file, usable or not."""

    years: dict[int, list[Loaded]]
    left_out: list[Problem]
    delivered: dict[int, set[str]] = field(default_factory=dict)


def select_years(
    paths: Sequence[Path],
    years: Collection[int],
    root: Path | None = None,
    register: RegisterLookup | None = None,
    files: Sequence[Path] | None = None,
) -> YearSelection:
    """Valid assessments of each of `years`, reading every file once (overview: this year and the
    year before, or every year since a baseline). One organisation's broken file must not hide the
    region: it is left out with its problems, and so is a second file for an organisation and year
    (SPEC §8: with a register, the same entry; see region/identity.py), a file that contradicts the
    register and, with a register, a file of no entry. The caller decides which empty year is an
    error (overview --year 1900 must not speak of 1899). `files`: already found under `paths`.

    Each file is checked as soon as it is read; only the checked data is kept, not the parse tree,
    and of each answer only what a regional figure reads (`_without_texts`): a region's node trees
    with positions and its texts cost hundreds of MiB (issue 9)."""
    chosen: dict[int, list[Loaded]] = {year: [] for year in years}
    picking = _Picking(FirstFiles(), [], {year: set() for year in years}, register, root, {})
    found = files if files is not None else find_files(paths)
    with paused(keep=True):
        for path in (path for path in found if named_year(path) in (None, *years)):
            try:
                document = read_document(path, display_path(path))
            except NhnormError as exc:
                picking.left_out.extend(exc.problems)
                picking.arrived(named_year(path), None, path, None)
                continue
            data = document.data if isinstance(document.data, dict) else {}
            year = data.get("jaar")
            if isinstance(year, int) and not isinstance(year, bool) and year in chosen:
                _keep(path, document, chosen[year], picking)
    result = {year: sorted(items, key=lambda item: item.slug) for year, items in chosen.items()}
    return YearSelection(result, picking.left_out, picking.delivered)


@dataclass
class _Picking:
    """select_years' state: the first file of each organisation and year, what was left out, and
    which register entries delivered something."""

    first: FirstFiles
    left_out: list[Problem]
    delivered: dict[int, set[str]]
    register: RegisterLookup | None
    root: Path | None
    shared: Shared  # one stored answer for answers alike (_without_texts)

    def arrived(self, year: object, data: object, path: Path, naam: str | None) -> str | None:
        """The register entry a file (readable or not) is of; noted as delivered for its year."""
        if self.register is None or not isinstance(year, int) or year not in self.delivered:
            return None
        slug = organisation_slug(path, naam, self.root) if naam is not None else folder_slug(path, self.root)
        entry = self.register.entry_of(raw_code(data), slug, naam)
        if entry is None:
            return None
        self.delivered[year].add(entry.code)
        return entry.code


def _keep(path: Path, document: Document, kept: list[Loaded], picking: _Picking) -> None:
    """Add the file's assessment, without its document, unless it is invalid, contradicts the
    register, is of no register entry, or is a second one."""
    data = document.data
    year = data["jaar"]
    against = list(contradictions(picking.register, data, lambda key: document.locate(("organisatie", key))))
    if against:  # nobody's: neither the entry of its code nor the one it names delivered it
        picking.left_out.extend(against)
        return
    entry = picking.arrived(year, data, path, raw_naam(data))
    try:
        item = _checked(path, document, picking.root)
    except NhnormError as exc:
        picking.left_out.extend(exc.problems)
        return
    if picking.register is not None and entry is None:
        unknown = {"organisatie": item.assessment.organisatie.naam, "slug": item.slug}
        where = Location(item.display)
        picking.left_out.append(Problem(where, "NIET-IN-REGISTER", Severity.WARNING, unknown))
        return
    keys = identity(picking.register, raw_code(data), item.slug, item.assessment.organisatie.naam)
    earlier = picking.first.claim(year, keys, item.display)
    if earlier is not None:  # validate reports this too; the overview counts each one once
        naam = item.assessment.organisatie.naam
        picking.left_out.append(duplicate_assessment(document.locate(("jaar",)), naam, year, earlier))
        return
    kept.append(
        replace(item, document=None, assessment=_without_texts(item.assessment, picking.shared), entry=entry)
    )


# The fields each kept answer was given, one set for all of them (the models are frozen, so it is
# never added to): a set of its own per answer was 15 MiB of a region's overview.
_KEPT = frozenset({"oordeel", "onderdelen", "vertrouwelijk"})

# The kept answers of one overview, each made once: a region's answers are a few oordelen with a
# few onderdelen, so 3,000 files share a few hundred answers (issue 26: an answer of its own per
# norm and file was most of the 35 KiB a file the overview kept).
Shared = dict[tuple[object, ...], Answer]


def _without_texts(assessment: Assessment, shared: Shared | None = None) -> Assessment:
    """The assessment with, per answer, only its oordeel, onderdelen and vertrouwelijk: toelichting,
    bewijs and acties are a region's largest data and no regional figure uses them. Answers equal
    in those are one object, from `shared`, and so are the norm ids."""
    shared = {} if shared is None else shared
    answers = {}
    for key, answer in assessment.antwoorden.items():
        onderdelen = answer.onderdelen
        same = (answer.oordeel, answer.vertrouwelijk, *(onderdelen.items() if onderdelen else ()))
        kept = shared.get(same)
        if kept is None:
            kept = shared[same] = Answer.model_construct(
                cast(set[str], _KEPT),  # read only: a frozenset fails loudly if it is ever added to
                oordeel=answer.oordeel,
                onderdelen=onderdelen,
                vertrouwelijk=answer.vertrouwelijk,
                bewijs=[],
                acties=[],
            )
        answers[sys.intern(key)] = kept
    return assessment.model_copy(update={"antwoorden": answers})
