"""The shapes of the region's machine-readable output (SPEC §6): intake and the overview's trend."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel

IntakeStatus = Literal["ontbreekt", "onleesbaar", "concept", "vastgesteld"]


class IntakeRow(BaseModel):
    code: str
    naam: str
    riec: str
    soort: str
    bestand: str | None
    status: IntakeStatus
    beantwoord: int
    vastgesteld_op: date | None
    ontvangen_op: date | None  # SPEC §8: when the RIEC received it (import --into, set --ontvangen)
    te_laat: bool


class IntakeTotals(BaseModel):
    ontbreekt: int
    onleesbaar: int
    concept: int
    vastgesteld: int
    te_laat: int


class Intake(BaseModel):
    jaar: int
    deadline: date
    organisaties: list[IntakeRow]
    totalen: IntakeTotals
