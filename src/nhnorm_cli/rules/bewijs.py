"""The evidence rules: an item no longer valid at the peildatum, and evidence of a repeated
activity (herhaling in the norm file) that is older than the repetition allows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from nhnorm_cli.errors import Problem, Severity
from nhnorm_cli.rules.base import AnswerContext, Rule, dated, items

YEARS = {"jaarlijks": 1, "tweejaarlijks": 2}


def years_before(day: date, years: int) -> date:
    """The same day `years` earlier (later for a negative number; 29 February becomes 28). Beyond
    the calendar (a peildatum written as 0001-01-01 or 9999-12-31) it stops at its first or last day."""
    year = day.year - years
    if year < date.min.year:
        return date.min
    if year > date.max.year:
        return date.max
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def _expired(ctx: AnswerContext) -> Iterator[Problem]:
    peildatum = ctx.file.peildatum
    if peildatum is None:
        return
    for i, item in items(ctx.answer.get("bewijs")):
        until = dated(item.get("geldig_tot")) if isinstance(item, dict) else None
        if until is not None and until < peildatum:
            params = {"bewijs": item.get("omschrijving"), "geldig_tot": until, "peildatum": peildatum}
            yield ctx.problem(("bewijs", i, "geldig_tot"), BEWIJS_VERLOPEN.code, **params)


def _stale(ctx: AnswerContext) -> Iterator[Problem]:
    herhaling, peildatum = ctx.requirement.herhaling, ctx.file.peildatum
    if herhaling is None or peildatum is None:
        return
    dates = [
        (day, i)
        for i, item in items(ctx.answer.get("bewijs"))
        if isinstance(item, dict) and (day := dated(item.get("datum"))) is not None
    ]
    if not dates:
        return  # undated evidence says nothing about when it happened
    newest, index = max(dates)
    limit = years_before(peildatum, YEARS[herhaling])
    if newest < limit:
        params = {"herhaling": herhaling, "datum": newest, "grens": limit}
        yield ctx.problem(("bewijs", index, "datum"), BEWIJS_VEROUDERD.code, **params)


BEWIJS_VERLOPEN = Rule("BEWIJS-VERLOPEN", Severity.WARNING, answer_check=_expired, needs="bewijs")
BEWIJS_VEROUDERD = Rule("BEWIJS-VEROUDERD", Severity.WARNING, answer_check=_stale, needs="bewijs")
