"""Validate many assessment files: per-file checks (in parallel when it pays) plus the
cross-file rule that an organisation has one assessment per year."""

from __future__ import annotations

import functools
import gc
import itertools
import os
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from nhnorm_cli.check.identity import FirstFiles, RegisterLookup, contradictions, identity, raw_code
from nhnorm_cli.check.structure import check_document_streamed
from nhnorm_cli.errors import Findings, Location, NhnormError, Problem, Severity, duplicate_assessment, merged
from nhnorm_cli.files.discovery import display_path, organisation_slug, raw_naam
from nhnorm_cli.rules.policy import DEFAULT, Policy
from nhnorm_cli.source.collector import paused
from nhnorm_cli.source.yamlsource import Document, read_document
from nhnorm_cli.versions.mapping import check_mapping, is_mapping_file

# Below this many files a second process costs more than it saves (measured: benchmarks/).
PARALLEL_THRESHOLD = 48
# Files per task handed to a worker, and tasks per worker handed out ahead of the output.
_CHUNK = 16
_AHEAD = 2


@dataclass(frozen=True)
class FileReport:
    path: str
    problems: list[Problem] = field(default_factory=list)
    organisation: str | None = None
    naam: str | None = None
    jaar: int | None = None
    jaar_location: Location | None = None
    riec: tuple[str, Location] | None = None  # organisatie.riec as written, for the register's check
    code: str | None = None  # organisatie.code as written: who the file is (SPEC §8)
    # Findings made when read, in position order among `problems` (all_problems): a file full of
    # personal data keeps no Problem per finding (issue 26). None in a report from a worker.
    more: Findings | None = None

    @property
    def valid(self) -> bool:
        return not any(p.is_error for p in self.problems) and not (self.more and self.more.errors)

    def all_problems(self) -> Iterator[Problem]:
        """Every problem of the file in position order."""
        return merged(self.problems, self.more)

    @property
    def count(self) -> int:
        return len(self.problems) + (self.more.count if self.more else 0)

    @property
    def errors(self) -> int:
        return sum(p.is_error for p in self.problems) + (self.more.errors if self.more else 0)

    def kept(self) -> FileReport:
        """The report with every problem kept: to send from a worker process, which cannot send
        findings that are made when read."""
        return self if self.more is None else replace(self, problems=list(self.all_problems()), more=None)


def validate_file(
    path: Path, root: Path | None = None, policy: Policy = DEFAULT, register: RegisterLookup | None = None
) -> FileReport:
    """All problems of one file; never raises for bad input. With a register, also where the file
    contradicts the entry of its code (WIJKT-AF-VAN-REGISTER)."""
    with paused():
        return _validate(path, root, policy, register)


def _validate(path: Path, root: Path | None, policy: Policy, register: RegisterLookup | None) -> FileReport:
    shown = display_path(path)
    try:
        document = read_document(path, shown)
    except NhnormError as exc:
        return FileReport(shown, list(exc.problems))
    if is_mapping_file(path.name):  # norm/mappings/<van>--<naar>.yaml
        return FileReport(shown, check_mapping(document, path.name)[1])
    _, problems, more = check_document_streamed(document, policy)
    against = list(contradictions(register, document.data, lambda key: document.locate(("organisatie", key))))
    if against:
        problems = sorted([*problems, *against], key=lambda p: (p.location.line, p.location.column))
    naam = raw_naam(document.data)
    jaar = document.data.get("jaar") if isinstance(document.data, dict) else None
    riec = _raw_riec(document)
    if naam is None or not isinstance(jaar, int):
        return FileReport(shown, problems, riec=riec, more=more)
    slug = organisation_slug(path, naam, root)
    where = document.locate(("jaar",))
    return FileReport(shown, problems, slug, naam, jaar, where, riec, raw_code(document.data), more)


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
    register: RegisterLookup | None = None,
) -> Generator[FileReport, None, None]:
    """Reports in the order of `paths`, each final when it is yielded, so output can be written per
    file and no report is kept (issue 9: memory flat in the number of files). With strict, warnings
    count as errors. `root`: the configured assessments folder (see discovery.organisation_slug);
    `register`: the region's, which decides who each file is (SPEC §8)."""
    check = functools.partial(validate_file, root=root, policy=policy, register=register)
    workers = jobs if jobs is not None else min(2, os.cpu_count() or 1)
    if workers > 1 and len(paths) >= PARALLEL_THRESHOLD and _can_fork():
        reports = _in_pool(check, paths, workers)
    else:
        reports = map(check, paths)
    first = FirstFiles()  # the first file of each organisation and year, by path
    for report in reports:
        report = _flag_duplicate(report, first, register)
        yield _strictly(report) if strict else report


def _in_pool(check: Callable[[Path], FileReport], paths: list[Path], workers: int) -> Iterator[FileReport]:
    """`check` over `paths` in forked workers, in order. Like pool.map, but only _AHEAD chunks per
    worker are handed out at a time: map submits every file at once, and the reports of the
    workers' finished chunks would pile up whenever the output is slower than the checks."""
    import multiprocessing  # only here: ~15 ms of start-up for the common small run
    from concurrent.futures import ProcessPoolExecutor

    # The first file in this process: the norm, the models' validators and the patterns are then
    # loaded once, before forking, instead of in every worker.
    yield check(paths[0])
    chunks = (paths[i : i + _CHUNK] for i in range(1, len(paths), _CHUNK))
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        # Frozen while the workers are forked (on the first submit): their collector then leaves
        # what they inherit alone, instead of walking it and so copying every page it touches.
        # What the command froze to keep (source/collector.py) stays frozen: unfreeze thaws all.
        kept = gc.get_freeze_count() > 0
        gc.freeze()
        try:
            pending = deque(
                pool.submit(_check_all, check, c) for c in itertools.islice(chunks, _AHEAD * workers)
            )
        finally:
            if not kept:
                gc.unfreeze()
        try:
            while pending:
                done = pending.popleft().result()
                pending.extend(pool.submit(_check_all, check, c) for c in itertools.islice(chunks, 1))
                done.reverse()
                while done:  # popped, so a report written is not kept alive by its chunk
                    yield done.pop()
        finally:  # output stopped early (a bug, a closed pipe): leave the files not yet begun
            pool.shutdown(cancel_futures=True)


def _check_all(check: Callable[[Path], FileReport], paths: list[Path]) -> list[FileReport]:
    return [check(path).kept() for path in paths]


def _can_fork() -> bool:
    # Windows (common on gemeente desktops) has no fork; spawning a fresh interpreter per worker
    # costs more than it saves here, so those machines validate in one process.
    return hasattr(os, "fork") and sys.platform != "win32"


def _flag_duplicate(report: FileReport, first: FirstFiles, register: RegisterLookup | None) -> FileReport:
    """DUBBELE-BEOORDELING on every file after the first of an organisation and year (in path
    order, so the problem is known when the file's own report is). A file that contradicts the
    register is nobody's: it claims no organisation."""
    if report.organisation is None or report.jaar is None or report.jaar_location is None:
        return report
    if any(p.code == "WIJKT-AF-VAN-REGISTER" for p in report.problems):
        return report
    keys = identity(register, report.code, report.organisation, report.naam)
    earlier = first.claim(report.jaar, keys, report.path)
    if earlier is None:
        return report
    duplicate = duplicate_assessment(report.jaar_location, report.naam or "", report.jaar, earlier)
    return replace(report, problems=[*report.problems, duplicate])


def _strictly(report: FileReport) -> FileReport:
    more = report.more.at(Severity.ERROR) if report.more else None
    return replace(report, problems=[replace(p, severity=Severity.ERROR) for p in report.problems], more=more)


@dataclass
class Tally:
    """What the summary line and the exit code need of reports that are no longer kept."""

    files: int = 0
    errors: int = 0
    warnings: int = 0

    def counting(self, reports: Iterable[FileReport]) -> Iterator[FileReport]:
        """`reports` unchanged, each counted as it passes."""
        for report in reports:
            errors = report.errors
            self.files += 1
            self.errors += errors
            self.warnings += report.count - errors
            yield report
