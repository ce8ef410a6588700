"""Problems as compiler-style lines, SPEC §5 JSON and GitHub workflow annotations."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from nhnorm_cli.controlchars import visible
from nhnorm_cli.errors import Problem
from nhnorm_cli.messages import message
from nhnorm_cli.validation import FileReport

if TYPE_CHECKING:
    from nhnorm_cli.models.results import ValidationResult

_STYLE = {"fout": "bold red", "waarschuwing": "yellow"}


def problem_line(problem: Problem, lang: str) -> Text:
    """`path:line:col: fout CODE: message` (`file.xlsx:Blad!D14: ...` in a workbook), or
    `nhnorm: fout CODE: message` without a file. Always one line: a newline or control character
    in a value or file name is written out, so no value can fake a diagnostic."""
    loc = problem.location
    path = visible(loc.path, one_line=True)
    where = f"{path}:{loc.cell or f'{loc.line}:{loc.column}'}" if loc.path else "nhnorm"
    line = Text(f"{where}: ")
    line.append(str(problem.severity), style=_STYLE[problem.severity])
    line.append(f" {problem.code}: ", style="bold")
    line.append(visible(message(problem, lang), one_line=True))
    return line


def print_problems(console: Console, problems: Iterable[Problem], lang: str) -> None:
    for problem in problems:
        console.print(problem_line(problem, lang), soft_wrap=True, highlight=False)


def summary(reports: list[FileReport], lang: str) -> str:
    files = len(reports)
    errors = sum(p.is_error for r in reports for p in r.problems)
    warnings = sum(not p.is_error for r in reports for p in r.problems)
    if lang == "en":
        return (
            f"{files} file{'s' * (files != 1)} checked: {errors} error{'s' * (errors != 1)}, "
            f"{warnings} warning{'s' * (warnings != 1)}"
        )
    return (
        f"{files} bestand{'en' * (files != 1)} gecontroleerd: {errors} fout{'en' * (errors != 1)}"
        f", {warnings} waarschuwing{'en' * (warnings != 1)}"
    )


def validation_result(reports: list[FileReport], lang: str) -> ValidationResult:
    # imported here: building the result models is start-up cost that only --format json needs
    from nhnorm_cli.models.results import FileResult, Message, ValidationResult

    return ValidationResult(
        bestanden=[
            FileResult(
                pad=r.path,
                geldig=r.valid,
                meldingen=[
                    Message(
                        niveau=p.severity.value,
                        code=p.code,
                        regel=p.location.line,
                        kolom=p.location.column,
                        bericht=message(p, lang),
                    )
                    for p in r.problems
                ],
            )
            for r in reports
        ]
    )


def github_annotations(reports: list[FileReport], lang: str) -> str:
    """Workflow commands, so each problem shows on its line in the pull request."""
    lines = []
    for report in reports:
        for p in report.problems:
            kind = "error" if p.is_error else "warning"
            props = (
                f"file={_prop(p.location.path)},line={p.location.line},"
                f"col={p.location.column},title={_prop(p.code)}"
            )
            lines.append(f"::{kind} {props}::{_data(message(p, lang))}")
    return "\n".join(lines)


def _data(value: str) -> str:
    """GitHub's escaping of a workflow command's data; other control characters written out."""
    escaped = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return visible(escaped, one_line=True)


def _prop(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")
