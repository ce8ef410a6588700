"""The action rules: below voldaan without an open action, and open actions that are overdue at
the peildatum or planned after the 2027 ambition."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from nhnorm_cli.errors import Problem, Severity
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.rules.base import AnswerContext, Rule, dated, items

# The norm's ambition: every organisation conforms in 2027.
AMBITION_END = date(2027, 12, 31)


def open_actions(acties: Any) -> list[tuple[int, dict[str, Any]]]:
    """The actions not yet afgerond, with their index in the list."""
    return [(i, a) for i, a in items(acties) if isinstance(a, dict) and a.get("afgerond") is not True]


def wants_action(norm: Norm, answer: dict[str, Any]) -> bool:
    """GEEN-ACTIE's question, which `fill` and the form ask too: scored below the top of the scale
    and no open action yet."""
    return norm.below_top(answer.get("oordeel")) and not open_actions(answer.get("acties"))


def _open_actions(ctx: AnswerContext) -> list[tuple[int, dict[str, Any]]]:
    return open_actions(ctx.answer.get("acties"))


def _no_open_action(ctx: AnswerContext) -> Iterator[Problem]:
    if wants_action(ctx.norm, ctx.answer):
        yield ctx.problem(("oordeel",), GEEN_ACTIE.code, oordeel=ctx.oordeel)


def _overdue(ctx: AnswerContext) -> Iterator[Problem]:
    peildatum = ctx.file.peildatum
    if peildatum is None:
        return
    for i, action in _open_actions(ctx):
        due = dated(action.get("gereed"))
        if due is not None and due < peildatum:
            params = {"actie": action.get("omschrijving"), "gereed": due, "peildatum": peildatum}
            yield ctx.problem(("acties", i, "gereed"), ACTIE_VERLOPEN.code, **params)


def _after_ambition(ctx: AnswerContext) -> Iterator[Problem]:
    for i, action in _open_actions(ctx):
        due = dated(action.get("gereed"))
        if due is not None and due > AMBITION_END:
            yield ctx.problem(
                ("acties", i, "gereed"), ACTIE_NA_2027.code, actie=action.get("omschrijving"), gereed=due
            )


GEEN_ACTIE = Rule("GEEN-ACTIE", Severity.WARNING, answer_check=_no_open_action)
ACTIE_VERLOPEN = Rule("ACTIE-VERLOPEN", Severity.WARNING, answer_check=_overdue, needs="acties")
ACTIE_NA_2027 = Rule("ACTIE-NA-2027", Severity.WARNING, answer_check=_after_ambition, needs="acties")
