"""`nhnorm validate` with a register: the register's own problems, and every assessment's RIEC
checked against the register's list (SPEC §6, ONBEKENDE-RIEC)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from nhnorm_cli.check.validation import FileReport
from nhnorm_cli.errors import Problem
from nhnorm_cli.files.discovery import display_path
from nhnorm_cli.region.register import check_register


def split_register(files: list[Path], register: Path | None) -> tuple[list[Path], bool]:
    """The assessment files without the register, and whether the register was among them (named,
    or swept up by a folder argument)."""
    if register is None:
        return files, False
    own = register.resolve()
    kept = [f for f in files if f.resolve() != own]
    return kept, len(kept) != len(files)


def check_region(
    reports: Iterable[FileReport], register_file: Path, *, report_register: bool
) -> Iterator[FileReport]:
    """ONBEKENDE-RIEC on assessments when the register is valid; with `report_register`, the
    register itself as one more checked file (a plain `nhnorm validate`, or the register named)
    after them. The register is read first, so each report passes on as soon as it comes."""
    register, problems = check_register(register_file)
    riecs = register.register.riecs if register is not None else None
    for report in reports:
        if riecs is not None and report.riec is not None and report.riec[0] not in riecs:
            riec, where = report.riec
            unknown = Problem(where, "ONBEKENDE-RIEC", params={"riec": riec, "riecs": riecs})
            problems_sorted = sorted(
                [*report.problems, unknown], key=lambda p: (p.location.line, p.location.column)
            )
            report = replace(report, problems=problems_sorted)
        yield report
    if report_register:
        yield FileReport(display_path(register_file), problems)
