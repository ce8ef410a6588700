"""The one error vocabulary: exit codes, positions and problems (no prose here, see messages/)."""

from __future__ import annotations

from dataclasses import dataclass, field
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
