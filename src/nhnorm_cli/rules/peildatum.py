"""PEILDATUM-BUITEN-JAAR: the date of the measurement lies outside the year it is about."""

from __future__ import annotations

from collections.abc import Iterator

from nhnorm_cli.errors import Problem, Severity
from nhnorm_cli.rules.base import FileContext, Rule


def _outside_year(ctx: FileContext) -> Iterator[Problem]:
    jaar, peildatum = ctx.data.get("jaar"), ctx.peildatum
    if peildatum is None or not isinstance(jaar, int) or isinstance(jaar, bool) or peildatum.year == jaar:
        return
    location = ctx.document.locate(("peildatum",))
    yield Problem(
        location, PEILDATUM_BUITEN_JAAR.code, Severity.WARNING, {"peildatum": peildatum, "jaar": jaar}
    )


PEILDATUM_BUITEN_JAAR = Rule("PEILDATUM-BUITEN-JAAR", Severity.WARNING, file_check=_outside_year)
