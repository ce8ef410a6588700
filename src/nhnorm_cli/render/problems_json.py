"""`nhnorm validate --format json`: the SPEC §5 validation result."""

from __future__ import annotations

from nhnorm_cli.messages import message
from nhnorm_cli.models.results import FileResult, Message, ValidationResult
from nhnorm_cli.validation import FileReport


def validation_result(reports: list[FileReport], lang: str) -> ValidationResult:
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
