"""What a rule is, and what it gets to look at: one answer, or the whole file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from nhnorm_cli.errors import Problem, Severity
from nhnorm_cli.models.norm import Norm, Requirement
from nhnorm_cli.source.yamlsource import Document


@dataclass(frozen=True)
class FileContext:
    """A parsed assessment whose norm version is known; the data is raw (not yet validated),
    so a rule reads it defensively and never assumes a type."""

    document: Document
    norm: Norm
    peildatum: date | None  # None when the file has no valid peildatum
    # the norm's scale and norms as plain dicts: pydantic's private attributes cost a Python call
    # per lookup, and the rules look up 47 answers × every rule
    points: dict[str, int | None]
    max_points: int
    requirements: dict[str, Requirement]

    @classmethod
    def of(cls, document: Document, norm: Norm, peildatum: date | None) -> FileContext:
        points = {rating.sleutel: rating.punten for rating in norm.oordelen}
        requirements = {r.id: r for r in norm.requirements}
        return cls(document, norm, peildatum, points, norm.max_points, requirements)

    @property
    def data(self) -> dict[str, Any]:
        return self.document.data  # type: ignore[no-any-return]


@dataclass(frozen=True)
class AnswerContext:
    """One answer to a known norm, with a valid oordeel."""

    file: FileContext
    id: str
    answer: dict[str, Any]
    oordeel: str
    requirement: Requirement

    @property
    def norm(self) -> Norm:
        return self.file.norm

    @property
    def points(self) -> int | None:
        """Points of the oordeel; None for nvt."""
        return self.file.points[self.oordeel]

    def below_top(self, value: Any) -> bool:
        """A scored oordeel (of the answer or an onderdeel) below the top of the scale."""
        return self.file.norm.below_top(value)

    @property
    def top(self) -> bool:
        return self.file.norm.is_met(self.oordeel)

    def problem(self, path: tuple[str | int, ...], code: str, **params: Any) -> Problem:
        """A problem at `antwoorden.<id>.<path>` (the runner gives it its rule's level)."""
        location = self.file.document.locate(("antwoorden", self.id, *path))
        return Problem(location, code, Severity.WARNING, params={"id": self.id, **params})


AnswerCheck = Callable[[AnswerContext], Iterator[Problem]]
FileCheck = Callable[[FileContext], Iterator[Problem]]
# The file and every answer the rule applies to at once (not ignored there with `# nhnorm: negeer`),
# for a rule that costs less as one pass over the file than as one per answer.
AnswersCheck = Callable[[FileContext, list[AnswerContext]], Iterator[Problem]]


@dataclass(frozen=True)
class Rule:
    """A check with a stable code. `locked` rules are the SPEC §2 errors (YAML, structure, ids):
    nhnorm.toml and `# nhnorm: negeer` can never change them. A rule without a check is carried out
    elsewhere (the YAML reader, the models, checks.py) and is listed here for `validate --regels`."""

    code: str
    level: Severity
    locked: bool = False
    answer_check: AnswerCheck | None = None
    file_check: FileCheck | None = None
    answers_check: AnswersCheck | None = None
    # the answer field without which answer_check finds nothing: the runner skips the call (47
    # answers × every rule per file, and most answers have no acties, bewijs or onderdelen)
    needs: str | None = None


def dated(value: Any) -> date | None:
    """A YAML date (not a datetime, not text), else None."""
    return value if isinstance(value, date) and type(value) is date else None


def items(value: Any) -> list[tuple[int, Any]]:
    """(index, item) of a list; nothing for anything else."""
    return list(enumerate(value)) if isinstance(value, list) else []
