"""The shape of `nhnorm overview --format json`: many organisations in one year."""

from __future__ import annotations

from typing import Any

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
    beantwoord: int  # norms with an answer
    meegeteld: bool  # counted in the region's figures: vastgesteld, or every file with --met-concepten
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
    verdeling: dict[str, int]  # how many organisations gave each oordeel of the scale (nvt too)


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


class RegionThemeScore(BaseModel):
    id: str
    score: float | None


class TrendYear(BaseModel):
    """The region in one year (SPEC §6 `trend`): counted organisations, mean total, share that
    meets the whole norm, and the mean score per theme."""

    jaar: int
    organisaties: int
    gemiddelde_score: float | None
    aandeel_volledig_voldaan: float | None
    themas: list[RegionThemeScore]


class NormShift(BaseModel):
    """How the regional score of one norm moved from the first year of the trend to the last."""

    id: str
    tekst: str
    van: float | None
    naar: float | None
    verschil: float | None


class Overview(BaseModel):
    jaar: int
    vorig_jaar: int | None
    norm: str
    met_concepten: bool  # whether concept assessments count in the region's figures
    anoniem: bool  # organisations left out, small RIEC groups folded into "overig"
    themas: list[ThemeRef]
    organisaties: list[OrganisationRow]
    normen: list[NormTally]
    voortgang: Progress
    per_riec: list[RiecProgress]
    trend: list[TrendYear] | None = None  # with --vanaf
    verschuivingen: list[NormShift] | None = None  # with --vanaf: the norms that moved most

    def json_data(self) -> dict[str, Any]:
        """SPEC §6: `trend` (and the norms that moved with it) only when asked for with --vanaf."""
        left_out = {"trend", "verschuivingen"} if self.trend is None else set()
        return self.model_dump(mode="json", exclude=left_out)
