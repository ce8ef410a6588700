"""The shape of `nhnorm overview --format json`: many organisations in one year."""

from __future__ import annotations

from pydantic import BaseModel

from nhnorm_cli.models.results import ScoreSet


class ThemeRef(BaseModel):
    id: str
    titel: str


class ThemeChange(BaseModel):
    """One theme of one organisation: this year's score, last year's and the difference."""

    id: str
    score: float | None
    vorig: float | None
    verschil: float | None


class OrganisationRow(BaseModel):
    slug: str
    organisatie: str
    soort: str
    riec: str | None
    status: str
    totaal: ScoreSet
    vorig: float | None
    verschil: float | None
    themas: list[ThemeChange]
    volledig_voldaan: bool


class NormTally(BaseModel):
    """How the organisations did on one norm; `aandeel_voldaan` is a percentage of the scored ones."""

    id: str
    thema: str
    tekst: str
    organisaties: int
    beoordeeld: int
    voldaan: int
    nvt: int
    open: int
    aandeel_voldaan: float | None
    score: float | None


class Progress(BaseModel):
    """Progress toward the 2027 ambition: every organisation meets the whole norm."""

    organisaties: int
    volledig_voldaan: int
    aandeel_volledig_voldaan: float | None
    normen_beoordeeld: int
    normen_voldaan: int
    aandeel_normen_voldaan: float | None
    gemiddelde_score: float | None


class RiecProgress(Progress):
    riec: str | None


class Overview(BaseModel):
    jaar: int
    vorig_jaar: int | None
    norm: str
    themas: list[ThemeRef]
    organisaties: list[OrganisationRow]
    normen: list[NormTally]
    voortgang: Progress
    per_riec: list[RiecProgress]
