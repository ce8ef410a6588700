"""PERSOONSGEGEVENS: an e-mail address, a Dutch phone number or a person's name (with initials or
a title) in text that a public report would show (publictext.py, personaldata.py)."""

from __future__ import annotations

from collections.abc import Iterable

from nhnorm_cli.errors import Problem, Severity
from nhnorm_cli.public.publictext import (
    CODE,
    answer_texts,
    file_texts,
    personal_data_findings,
)
from nhnorm_cli.rules.base import AnswerContext, FileContext, Rule


def _in_file(ctx: FileContext, answers: list[AnswerContext]) -> Iterable[Problem]:
    # one pass over every public text of the file: personal_data_findings scans them joined; the
    # findings are made when read (rules.runner.run_rules_streamed), not kept
    texts = [*file_texts(ctx.data)]
    for answer in answers:
        texts += ((("antwoorden", answer.id, *path), text) for path, text in answer_texts(answer.answer))
    return personal_data_findings(ctx.document, texts) or ()


PERSOONSGEGEVENS = Rule(CODE, Severity.WARNING, answers_check=_in_file)
