"""One set of date forms: a date inside a bewijs or actie line is read as a date option is."""

from __future__ import annotations

from datetime import date, datetime

import click
import pytest

from nhnorm_cli.source.dates import DATE_FORMATS, parse_date

ACCEPTED = {
    "2026-12-31": date(2026, 12, 31),
    "31-12-2026": date(2026, 12, 31),
    "1-2-2026": date(2026, 2, 1),
    "2026-2-1": date(2026, 2, 1),
    " 2026-02-01 ": date(2026, 2, 1),
}
REFUSED = ["20261231", "2026-W53-4", "2026-12-31T00:00", "31/12/2026", "12-31-2026", "2026-02-30"]


def option_date(text: str) -> date | None:
    """What a date option (typer's DateTime with DATE_FORMATS) makes of `text`."""
    try:
        value = click.DateTime(DATE_FORMATS).convert(text.strip(), None, None)
    except click.BadParameter:
        return None
    assert isinstance(value, datetime)
    return value.date()


@pytest.mark.parametrize(("text", "day"), ACCEPTED.items())
def test_accepted_forms(text: str, day: date) -> None:
    assert parse_date(text) == day == option_date(text)


@pytest.mark.parametrize("text", REFUSED)
def test_compact_and_other_forms_are_refused_like_an_option(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)
    assert option_date(text) is None
