"""VOLDAAN-ZONDER-ONDERBOUWING: voldaan with neither a toelichting nor any bewijs."""

from __future__ import annotations

from collections.abc import Iterator

from nhnorm_cli.errors import Problem, Severity
from nhnorm_cli.rules.base import AnswerContext, Rule


def _unsupported(ctx: AnswerContext) -> Iterator[Problem]:
    if not ctx.top:
        return
    toelichting = ctx.answer.get("toelichting")
    bewijs = ctx.answer.get("bewijs")
    if (isinstance(toelichting, str) and toelichting.strip()) or bewijs:
        return
    yield ctx.problem(("oordeel",), VOLDAAN_ZONDER_ONDERBOUWING.code, oordeel=ctx.oordeel)


VOLDAAN_ZONDER_ONDERBOUWING = Rule("VOLDAAN-ZONDER-ONDERBOUWING", Severity.WARNING, answer_check=_unsupported)
