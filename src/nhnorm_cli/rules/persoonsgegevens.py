"""PERSOONSGEGEVENS: an e-mail address, a Dutch phone number or a person's name (with initials or
a title) in text that a public report would show (publictext.py, personaldata.py)."""

from __future__ import annotations

from collections.abc import Iterator

from nhnorm_cli.errors import Problem, Severity
from nhnorm_cli.publictext import CODE, answer_texts, file_texts, personal_data_problems
from nhnorm_cli.rules.base import AnswerContext, FileContext, Rule


def _in_answer(ctx: AnswerContext) -> Iterator[Problem]:
    texts = ((("antwoorden", ctx.id, *path), text) for path, text in answer_texts(ctx.answer))
    yield from personal_data_problems(ctx.file.document, texts)


def _in_file(ctx: FileContext) -> Iterator[Problem]:
    yield from personal_data_problems(ctx.document, file_texts(ctx.data))


PERSOONSGEGEVENS = Rule(CODE, Severity.WARNING, answer_check=_in_answer, file_check=_in_file)
