"""PEILDATUM-BUITEN-JAAR: the date of the measurement lies outside the year it is about;
VASTGESTELD-VOOR-PEILDATUM: the measurement was adopted before it was taken."""

from __future__ import annotations

from collections.abc import Iterator

from nhnorm_cli.errors import Problem, Severity
from nhnorm_cli.rules.base import FileContext, Rule, dated


def _outside_year(ctx: FileContext) -> Iterator[Problem]:
    jaar, peildatum = ctx.data.get("jaar"), ctx.peildatum
    if peildatum is None or not isinstance(jaar, int) or isinstance(jaar, bool) or peildatum.year == jaar:
        return
    location = ctx.document.locate(("peildatum",))
    yield Problem(
        location, PEILDATUM_BUITEN_JAAR.code, Severity.WARNING, {"peildatum": peildatum, "jaar": jaar}
    )


PEILDATUM_BUITEN_JAAR = Rule("PEILDATUM-BUITEN-JAAR", Severity.WARNING, file_check=_outside_year)


def _adopted_before(ctx: FileContext) -> Iterator[Problem]:
    adopted, peildatum = dated(ctx.data.get("vastgesteld_op")), ctx.peildatum
    if adopted is None or peildatum is None or adopted >= peildatum:
        return
    location = ctx.document.locate(("vastgesteld_op",))
    params = {"vastgesteld_op": adopted, "peildatum": peildatum}
    yield Problem(location, VASTGESTELD_VOOR_PEILDATUM.code, Severity.WARNING, params)


# The driehoek adopts a measurement after it is taken: an earlier date is a typo in one of the two.
VASTGESTELD_VOOR_PEILDATUM = Rule("VASTGESTELD-VOOR-PEILDATUM", Severity.WARNING, file_check=_adopted_before)
