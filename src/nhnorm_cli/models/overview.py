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


class Coverage(BaseModel):
    """SPEC §8 `dekking`: whom the figures stand for. `geregistreerd`: the organisations the
    register expects (without a register: those that delivered); `ingeleverd`: those with a file
    of the year, usable or not; `meegeteld`: those counted in the figures."""

    geregistreerd: int
    ingeleverd: int
    meegeteld: int


class OrganisationRow(BaseModel):
    slug: str
    code: str | None = None  # the CBS code: the register's, else organisatie.code
    organisatie: str
    soort: str
    riec: str | None
    status: str  # vastgesteld | concept; with a register also onleesbaar (left out) | ontbreekt
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
    dekking: Coverage


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
    dekking: Coverage


class NormShift(BaseModel):
    """How the regional score of one norm moved from the first year of the trend to the last."""

    id: str
    tekst: str
    van: float | None
    naar: float | None
    verschil: float | None


class Withheld(BaseModel):
    """A figure the anonymous overview leaves out: it would stand for fewer than 5 organisations.
    `cijfer`: "trend" (a whole year), "thema" (a theme's mean in a year of the trend) or
    "verschuiving" (a norm that moved most: the score it moved from or to)."""

    cijfer: str
    jaar: int | None = None
    id: str | None = None
    organisaties: int


class Overview(BaseModel):
    jaar: int
    vorig_jaar: int | None
    norm: str
    met_concepten: bool  # whether concept assessments count in the region's figures
    anoniem: bool  # organisations left out, small RIEC groups folded into "overig"
    met_register: bool = False  # whether a register says who is expected (dekking.geregistreerd)
    themas: list[ThemeRef]
    organisaties: list[OrganisationRow]
    normen: list[NormTally]
    dekking: Coverage
    voortgang: Progress
    per_riec: list[RiecProgress]
    # anonymous, every group folded into "overig": per_riec would repeat the region, so it is empty
    per_riec_samengevoegd: bool = False
    trend: list[TrendYear] | None = None  # with --vanaf
    verschuivingen: list[NormShift] | None = None  # with --vanaf: the norms that moved most
    # with --vanaf: how many organisations are counted in every year of the trend
    trend_in_elk_jaar: int | None = None
    weggelaten: list[Withheld] = []  # anonymous: figures left out, and why

    def json_data(self) -> dict[str, Any]:
        """SPEC §6: `trend` (and the norms that moved with it) only when asked for with --vanaf."""
        left_out = {"trend", "verschuivingen", "trend_in_elk_jaar"} if self.trend is None else set()
        return self.model_dump(mode="json", exclude=left_out)
