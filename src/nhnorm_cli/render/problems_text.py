"""Problems as compiler-style lines (`path:line:col: fout CODE: message`) and the validate summary."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from nhnorm_cli.errors import Problem
from nhnorm_cli.messages import counted, message, text
from nhnorm_cli.source.controlchars import visible

if TYPE_CHECKING:
    from nhnorm_cli.check.validation import Tally

_STYLE = {"fout": "bold red", "waarschuwing": "yellow"}
# Text and github output list this many problems of a file, then how many more there are: a file
# with 90,000 unknown keys needs fixing at its first lines, not 90,000 lines of output (issue 9).
# JSON keeps every problem.
MAX_PER_FILE = 100


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
    """One line per problem, at most MAX_PER_FILE per file and then one line with the count of the rest."""
    # Without colours rich would write exactly the line's text (Text already drops control
    # characters; only a tab is expanded), at a fifth of `validate`'s time for 5,000 warnings.
    plain = console.color_system is None
    for path, shown, hidden in per_file(problems):
        for problem in shown:
            line = _problem_line(problem, lang)
            if plain and "\t" not in line.plain:
                console.file.write(line.plain + "\n")
            else:
                console.print(line, soft_wrap=True, highlight=False)
        if hidden:
            console.print(more_line(path, hidden, lang), soft_wrap=True, highlight=False, markup=False)


def more_line(path: str, hidden: int, lang: str) -> str:
    """`path: nog N meldingen niet getoond; …` after the first MAX_PER_FILE problems of a file."""
    return text("niet-getoond", lang, pad=path or "nhnorm", meldingen=counted(hidden, "melding", lang))


def per_file(problems: Iterable[Problem]) -> Iterator[tuple[str, list[Problem], int]]:
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


def summary(tally: Tally, lang: str) -> str:
    """`2 bestanden gecontroleerd: 0 fouten, 1 waarschuwing`."""
    return text(
        "gecontroleerd",
        lang,
        bestanden=counted(tally.files, "bestand", lang),
        fouten=counted(tally.errors, "fout", lang),
        waarschuwingen=counted(tally.warnings, "waarschuwing", lang),
    )
