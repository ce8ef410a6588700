"""The one error vocabulary: exit codes, positions and problems (no prose here, see messages/)."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from enum import IntEnum, StrEnum
from typing import Any


class ExitCode(IntEnum):
    OK = 0
    INVALID = 1  # the input has errors
    USAGE = 2  # unknown option, missing file, nothing found
    INTERNAL = 3  # a bug in nhnorm


class Severity(StrEnum):
    ERROR = "fout"
    WARNING = "waarschuwing"


@dataclass(frozen=True, order=True, slots=True)
class Location:
    """A 1-based position in a file; a whole-file problem points at 1:1. In a workbook, `cell`
    names the cell (`Implementatieoverzicht!D14`) and line/column are its row and column."""

    path: str
    line: int = 1
    column: int = 1
    cell: str = ""


@dataclass(frozen=True, slots=True)
class Problem:
    location: Location
    code: str
    severity: Severity = Severity.ERROR
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class NhnormError(Exception):
    """A file or request that cannot be processed at all."""

    def __init__(self, *problems: Problem, exit_code: ExitCode = ExitCode.INVALID) -> None:
        super().__init__(", ".join(p.code for p in problems))
        self.problems = problems
        self.exit_code = exit_code


class LineError(ValueError):
    """A line of a workbook cell (an action, dated evidence) that cannot be read: `reason` is a
    catalogue key (messages/), `part` the text that is wrong and `field` the field it was meant for."""

    def __init__(self, reason: str, part: str = "", field: str = "") -> None:
        super().__init__(reason)
        self.reason, self.part, self.field = reason, part, field


def duplicate_assessment(where: Location, organisatie: str, jaar: int, first: str) -> Problem:
    """A second file for an organisation and year (validate, overview and the one-organisation commands)."""
    return Problem(
        where, "DUBBELE-BEOORDELING", params={"organisatie": organisatie, "jaar": jaar, "eerste": first}
    )


def usage_error(code: str, **params: Any) -> NhnormError:
    """A usage problem (exit 2) that belongs to no file position."""
    return NhnormError(Problem(Location(""), code, params=params), exit_code=ExitCode.USAGE)


# Many problems of one rule, made one at a time when read: a file full of personal data has
# hundreds of thousands of PERSOONSGEGEVENS findings, and text output prints 100 of them (issue 26:
# each kept finding cost 1.5 KiB in text and 3.3 KiB in json).

Position = tuple[int, int]


def position(problem: Problem) -> Position:
    """The order problems are listed in: by line, then column (a stable sort keeps the rest)."""
    return problem.location.line, problem.location.column


@dataclass(frozen=True)
class Findings:
    """`count` problems of `code`, in position order, made by `make` each time they are read; the
    source (the parsed file) stays alive instead of the problems."""

    code: str
    count: int
    severity: Severity
    make: Callable[[], Iterator[Problem]]

    def __iter__(self) -> Iterator[Problem]:
        for problem in self.make():
            yield problem if problem.severity is self.severity else replace(problem, severity=self.severity)

    @property
    def errors(self) -> int:
        return self.count if self.severity is Severity.ERROR else 0

    def at(self, severity: Severity) -> Findings:
        return replace(self, severity=severity)


def merged(problems: Iterable[Problem], more: Findings | None) -> Iterator[Problem]:
    """`problems` (in position order) and `more`, in position order; on the same position
    `problems` first, as the one stable sort put them (the findings' rule ran last)."""
    if more is None:
        return iter(problems)
    return heapq.merge(problems, more, key=position)
