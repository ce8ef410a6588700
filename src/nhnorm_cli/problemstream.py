"""Many problems of one rule, made one at a time when read: a file full of personal data has
hundreds of thousands of PERSOONSGEGEVENS findings, and text output prints 100 of them (issue 26:
each kept finding cost 1.5 KiB in text and 3.3 KiB in json)."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from nhnorm_cli.errors import Problem, Severity

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
