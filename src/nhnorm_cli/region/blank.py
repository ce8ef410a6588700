"""An empty assessment for a register entry: the workbook a RIEC sends out (`export --leeg`)."""

from __future__ import annotations

from datetime import date
from typing import cast

from nhnorm_cli.errors import usage_error
from nhnorm_cli.models.assessment import Assessment, Organisation
from nhnorm_cli.region.register import RegionRegister, entry_slug


def blank_assessment(register: RegionRegister, org: str, year: int, norm: str) -> Assessment:
    """The entry with CBS code (or slug) `org`, with its details from the register and no answers.
    The peildatum stays empty: it is the organisation's to choose (import asks for it)."""
    entry = next((e for e in register.entries if org in (e.code, entry_slug(e))), None)
    if entry is None:
        known = [e.code for e in register.entries]
        raise usage_error("ONBEKENDE-ORGANISATIE", org=org, register=register.path, codes=known[:5])
    organisation = Organisation(naam=entry.naam, soort=entry.soort, code=entry.code, riec=entry.riec)
    # constructed, not validated: a blank has no peildatum yet, which a filled-in file must have
    return Assessment.model_construct(
        norm=norm,
        organisatie=organisation,
        jaar=year,
        peildatum=cast(date, None),  # read only by the workbook, which leaves the cell empty
        status="concept",
        vastgesteld_op=None,
        vastgesteld_door=None,
        ontvangen_op=None,
        antwoorden={},
    )
