"""Problems as compiler-style lines, SPEC §5 JSON and GitHub workflow annotations."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from nhnorm_cli.errors import Location, Problem
from nhnorm_cli.messages import message
from nhnorm_cli.validation import FileReport

if TYPE_CHECKING:
    from nhnorm_cli.models.results import ValidationResult

_STYLE = {"fout": "bold red", "waarschuwing": "yellow"}
# Text and github output list this many problems of a file, then how many more there are: a file
# with 90,000 unknown keys needs fixing at its first lines, not 90,000 lines of output (issue 9).
# JSON keeps every problem.
MAX_PER_FILE = 100


def problem_line(problem: Problem, lang: str) -> Text:
    """`path:line:col: fout CODE: message` (`file.xlsx:Blad!D14: ...` in a workbook), or
    `nhnorm: fout CODE: message` without a file."""
    loc = problem.location
    if loc.cell:
        where = f"{loc.path}:{loc.cell}"
    else:
        where = f"{loc.path}:{loc.line}:{loc.column}" if loc.path else "nhnorm"
    line = Text(f"{where}: ")
    line.append(str(problem.severity), style=_STYLE[problem.severity])
    line.append(f" {problem.code}: ", style="bold")
    line.append(message(problem, lang))
    return line


def print_problems(console: Console, problems: Iterable[Problem], lang: str) -> None:
    """One line per problem, at most MAX_PER_FILE per file and then one line with the count of the rest."""
    # Without colours rich would write exactly the line's text (Text already drops control
    # characters; only a tab is expanded), at a fifth of `validate`'s time for 5,000 warnings.
    plain = console.color_system is None
    for path, shown, hidden in _per_file(problems):
        for problem in shown:
            line = problem_line(problem, lang)
            if plain and "\t" not in line.plain:
                console.file.write(line.plain + "\n")
            else:
                console.print(line, soft_wrap=True, highlight=False)
        if hidden:
            console.print(more_line(path, hidden, lang), soft_wrap=True, highlight=False, markup=False)


def more_line(path: str, hidden: int, lang: str) -> str:
    """`path: nog N meldingen niet getoond; …` after the first MAX_PER_FILE problems of a file."""
    text = message(Problem(Location(path), "MEER-MELDINGEN", params={"aantal": hidden}), lang)
    return f"{path or 'nhnorm'}: {text}"


def _per_file(problems: Iterable[Problem]) -> Iterator[tuple[str, list[Problem], int]]:
    """(path, the problems to show, how many more) for each run of problems of one file."""
    for path, group in groupby(problems, key=lambda p: p.location.path):
        shown: list[Problem] = []
        hidden = 0
        for problem in group:
            if len(shown) < MAX_PER_FILE:
                shown.append(problem)
            else:
                hidden += 1
        yield path, shown, hidden


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
    for path, shown, hidden in _per_file(p for report in reports for p in report.problems):
        for p in shown:
            kind = "error" if p.is_error else "warning"
            props = (
                f"file={_prop(p.location.path)},line={p.location.line},"
                f"col={p.location.column},title={_prop(p.code)}"
            )
            lines.append(f"::{kind} {props}::{_data(message(p, lang))}")
        if hidden:
            rest = _data(more_line(path, hidden, lang))
            lines.append(f"::notice file={_prop(path)},title=MEER-MELDINGEN::{rest}")
    return "\n".join(lines)


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")
