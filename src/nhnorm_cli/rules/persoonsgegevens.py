"""PERSOONSGEGEVENS: an e-mail address, a Dutch phone number or a person's name (with initials or
a title) in text that a public report would show (publictext.py, personaldata.py)."""

from __future__ import annotations

from collections.abc import Iterator

from nhnorm_cli.errors import Problem, Severity
from nhnorm_cli.public.publictext import CODE, answer_texts, file_texts, personal_data_problems
from nhnorm_cli.rules.base import AnswerContext, FileContext, Rule


def _in_file(ctx: FileContext, answers: list[AnswerContext]) -> Iterator[Problem]:
    # one pass over every public text of the file: personal_data_problems scans them joined
    texts = [*file_texts(ctx.data)]
    for answer in answers:
        texts += ((("antwoorden", answer.id, *path), text) for path, text in answer_texts(answer.answer))
    yield from personal_data_problems(ctx.document, texts)


PERSOONSGEGEVENS = Rule(CODE, Severity.WARNING, answers_check=_in_file)
