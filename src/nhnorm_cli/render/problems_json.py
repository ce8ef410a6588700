"""`nhnorm validate --format json`: the SPEC §5 validation result."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from nhnorm_cli.check.validation import FileReport
from nhnorm_cli.formats.json import json_list_text
from nhnorm_cli.messages import message
from nhnorm_cli.models.results import FileResult, Message


def validation_json(reports: Iterable[FileReport], lang: str) -> Iterator[str]:
    """`{"bestanden": [...]}` as JSON text, one piece per file as its report comes."""
    return json_list_text("bestanden", (file_result(r, lang) for r in reports))


def file_result(report: FileReport, lang: str) -> FileResult:
    return FileResult(
        pad=report.path,
        geldig=report.valid,
        meldingen=[
            Message(
                niveau=p.severity.value,
                code=p.code,
                regel=p.location.line,
                kolom=p.location.column,
                bericht=message(p, lang),
            )
            for p in report.problems
        ],
    )
