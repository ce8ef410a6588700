"""Problems as compiler-style lines (`path:line:col: fout CODE: message`) and the validate summary."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from nhnorm_cli.controlchars import visible
from nhnorm_cli.errors import Problem
from nhnorm_cli.messages import counted, message, text

if TYPE_CHECKING:
    from nhnorm_cli.validation import FileReport

_STYLE = {"fout": "bold red", "waarschuwing": "yellow"}


def _problem_line(problem: Problem, lang: str) -> Text:
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
        console.print(_problem_line(problem, lang), soft_wrap=True, highlight=False)


def summary(reports: list[FileReport], lang: str) -> str:
    """`2 bestanden gecontroleerd: 0 fouten, 1 waarschuwing`."""
    errors = sum(p.is_error for r in reports for p in r.problems)
    warnings = sum(not p.is_error for r in reports for p in r.problems)
    return text(
        "gecontroleerd",
        lang,
        bestanden=counted(len(reports), "bestand", lang),
        fouten=counted(errors, "fout", lang),
        waarschuwingen=counted(warnings, "waarschuwing", lang),
    )
