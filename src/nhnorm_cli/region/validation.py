"""`nhnorm validate` with a register: the register's own problems, every assessment's RIEC
checked against the register's list (SPEC §6, ONBEKENDE-RIEC), and files of no register entry
(NIET-IN-REGISTER: the intake and the overview leave them out)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from nhnorm_cli.check.validation import FileReport
from nhnorm_cli.errors import Location, Problem, Severity
from nhnorm_cli.files.discovery import display_path
from nhnorm_cli.region.register import RegionRegister


def split_register(files: list[Path], register: Path | None) -> tuple[list[Path], bool]:
    """The assessment files without the register, and whether the register was among them (named,
    or swept up by a folder argument)."""
    if register is None:
        return files, False
    own = register.resolve()
    kept = [f for f in files if f.resolve() != own]
    return kept, len(kept) != len(files)


def check_region(
    reports: Iterable[FileReport],
    register_file: Path,
    checked: tuple[RegionRegister | None, list[Problem]],
    *,
    report_register: bool,
    whole_region: bool = False,
) -> Iterator[FileReport]:
    """ONBEKENDE-RIEC on assessments when the register (`checked`: check_register's result) is
    valid; with `report_register`, the register itself as one more checked file (a plain `nhnorm
    validate`, or the register named) after them. The register is read first, so each report
    passes on as soon as it comes. `whole_region` (a plain `nhnorm validate`): the files of
    assessments/ are the region's, so one of no register entry is named (NIET-IN-REGISTER)."""
    register, problems = checked
    riecs = register.register.riecs if register is not None else None
    for report in reports:
        found: list[Problem] = []
        if riecs is not None and report.riec is not None and report.riec[0] not in riecs:
            riec, where = report.riec
            found.append(Problem(where, "ONBEKENDE-RIEC", params={"riec": riec, "riecs": riecs}))
        slug = report.organisation
        unknown_entry = (
            whole_region
            and register is not None
            and slug is not None
            and register.entry_of(report.code, slug, report.naam) is None
        )
        if unknown_entry and slug is not None:
            unknown = {"organisatie": report.naam or slug, "slug": slug}
            found.append(Problem(Location(report.path), "NIET-IN-REGISTER", Severity.WARNING, unknown))
        if found:
            problems_sorted = sorted(
                [*report.problems, *found], key=lambda p: (p.location.line, p.location.column)
            )
            report = replace(report, problems=problems_sorted)
        yield report
    if report_register:
        yield FileReport(display_path(register_file), problems)
