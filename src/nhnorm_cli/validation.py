"""Validate many assessment files: per-file checks (in parallel when it pays) plus the
cross-file rule that an organisation has one assessment per year."""

from __future__ import annotations

import functools
import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from nhnorm_cli.checks import check_document
from nhnorm_cli.collector import paused
from nhnorm_cli.discovery import display_path, organisation_slug, raw_naam
from nhnorm_cli.errors import Location, NhnormError, Problem, Severity, duplicate_assessment
from nhnorm_cli.interop.mapping import check_mapping, is_mapping_file
from nhnorm_cli.rules.policy import DEFAULT, Policy
from nhnorm_cli.yamlsource import Document, read_document

# Below this many files a second process costs more than it saves (measured: benchmarks/).
PARALLEL_THRESHOLD = 48


@dataclass(frozen=True)
class FileReport:
    path: str
    problems: list[Problem] = field(default_factory=list)
    organisation: str | None = None
    naam: str | None = None
    jaar: int | None = None
    jaar_location: Location | None = None
    riec: tuple[str, Location] | None = None  # organisatie.riec as written, for the register's check

    @property
    def valid(self) -> bool:
        return not any(p.is_error for p in self.problems)


def validate_file(path: Path, root: Path | None = None, policy: Policy = DEFAULT) -> FileReport:
    """All problems of one file; never raises for bad input."""
    with paused():
        return _validate(path, root, policy)


def _validate(path: Path, root: Path | None, policy: Policy) -> FileReport:
    shown = display_path(path)
    try:
        document = read_document(path, shown)
    except NhnormError as exc:
        return FileReport(shown, list(exc.problems))
    if is_mapping_file(path.name):  # norm/mappings/<van>--<naar>.yaml
        return FileReport(shown, check_mapping(document, path.name)[1])
    _, problems = check_document(document, policy)
    naam = raw_naam(document.data)
    jaar = document.data.get("jaar") if isinstance(document.data, dict) else None
    riec = _raw_riec(document)
    if naam is None or not isinstance(jaar, int):
        return FileReport(shown, problems, riec=riec)
    slug = organisation_slug(path, naam, root)
    return FileReport(shown, problems, slug, naam, jaar, document.locate(("jaar",)), riec)


def _raw_riec(document: Document) -> tuple[str, Location] | None:
    organisatie = document.data.get("organisatie") if isinstance(document.data, dict) else None
    riec = organisatie.get("riec") if isinstance(organisatie, dict) else None
    return (riec, document.locate(("organisatie", "riec"))) if isinstance(riec, str) else None


def validate_files(
    paths: list[Path],
    *,
    strict: bool = False,
    jobs: int | None = None,
    root: Path | None = None,
    policy: Policy = DEFAULT,
) -> list[FileReport]:
    """Reports in the order of `paths`; with strict, warnings count as errors. `root`: the configured
    assessments folder (see discovery.organisation_slug)."""
    check = functools.partial(validate_file, root=root, policy=policy)
    workers = jobs if jobs is not None else min(2, os.cpu_count() or 1)
    if workers > 1 and len(paths) >= PARALLEL_THRESHOLD and _can_fork():
        import multiprocessing  # only here: ~15 ms of start-up for the common small run
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            reports = list(pool.map(check, paths, chunksize=16))
    else:
        reports = [check(p) for p in paths]
    reports = _flag_duplicates(reports)
    if strict:
        reports = [
            replace(r, problems=[replace(p, severity=Severity.ERROR) for p in r.problems]) for r in reports
        ]
    return reports


def _can_fork() -> bool:
    # Windows (common on gemeente desktops) has no fork; spawning a fresh interpreter per worker
    # costs more than it saves here, so those machines validate in one process.
    return hasattr(os, "fork") and sys.platform != "win32"


def _flag_duplicates(reports: list[FileReport]) -> list[FileReport]:
    first: dict[tuple[str, int], FileReport] = {}
    result = []
    for report in reports:
        if report.organisation is None or report.jaar is None or report.jaar_location is None:
            result.append(report)
            continue
        key = (report.organisation, report.jaar)
        if key not in first:
            first[key] = report
            result.append(report)
            continue
        duplicate = duplicate_assessment(
            report.jaar_location, report.naam or "", report.jaar, first[key].path
        )
        result.append(replace(report, problems=[*report.problems, duplicate]))
    return result
