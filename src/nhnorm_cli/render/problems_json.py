"""`nhnorm validate --format json`: the SPEC §5 validation result (models/results.py
ValidationResult), written in pieces as it is made: each file as its report comes, and a file's
messages as they are made, so a file with 200,000 findings is never held as JSON or as models
(issue 26)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice

from nhnorm_cli.check.validation import FileReport
from nhnorm_cli.errors import Problem
from nhnorm_cli.messages import message

# Messages per piece written: one write per message would cost more than the JSON itself.
_PER_PIECE = 500


def validation_json(reports: Iterable[FileReport], lang: str) -> Iterator[str]:
    """`{"bestanden": [...]}` as render.json.json_text would write the ValidationResult, byte for
    byte (two-space indent, UTF-8 as is), in pieces."""
    head = '{\n  "bestanden": ['
    separator = head + "\n    "
    for report in reports:
        yield from _file_pieces(report, lang, separator)
        separator = ",\n    "
    yield head + "]\n}\n" if separator.startswith("{") else "\n  ]\n}\n"


def _file_pieces(report: FileReport, lang: str, separator: str) -> Iterator[str]:
    """One FileResult, two levels deep in the list (four more spaces on each line)."""
    pad = json.dumps(report.path, ensure_ascii=False)
    geldig = "true" if report.valid else "false"
    start = f'{separator}{{\n      "pad": {pad},\n      "geldig": {geldig},\n      "meldingen": ['
    problems = report.all_problems()
    piece = [start]
    first = True
    while batch := list(islice(problems, _PER_PIECE)):
        for problem in batch:
            piece.append(("\n        " if first else ",\n        ") + _message(problem, lang))
            first = False
        yield "".join(piece)
        piece = []
    yield "".join(piece) + ("]\n    }" if first else "\n      ]\n    }")


def _message(problem: Problem, lang: str) -> str:
    """A models.results.Message as JSON, its lines indented to sit in the file's list."""
    item = {
        "niveau": problem.severity.value,
        "code": problem.code,
        "regel": problem.location.line,
        "kolom": problem.location.column,
        "bericht": message(problem, lang),
    }
    # JSON strings hold no raw newline, so every "\n" is between lines (see render.json)
    return json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n        ")
