"""The report context handed to templates (built by reportdata.py; never a raw Assessment).

Public reports are made by leaving data out here, so no template can leak what it never receives."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from nhnorm_cli.models.results import ScoreSet


class View(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Judgement(View):
    """An oordeel with its label from the norm's scale; `sleutel` None means not answered yet."""

    sleutel: str | None
    label: str


class ComponentView(View):
    id: str
    tekst: str
    verplicht: bool
    aard: str | None  # why not verplicht: kan-bepaling or voorbeeld
    oordeel: Judgement | None  # None: the onderdeel was not answered separately


class ActionView(View):
    norm: str
    thema: str
    omschrijving: str | None  # None: belongs to a confidential answer in a public report
    eigenaar: str | None  # never set in a public report
    eigenaar_bekend: bool
    vertrouwelijk: bool = False  # belongs to an answer marked vertrouwelijk
    prioriteit: str | None = None  # hoog, middel, laag
    gereed: date | None
    verlopen: bool  # open and due before the peildatum
    nieuw: bool = False  # added since the previous year


class EvidenceView(View):
    """A bewijs item; plain text has only an omschrijving."""

    omschrijving: str
    datum: date | None = None
    geldig_tot: date | None = None
    link: str | None = None
    verlopen: bool = False  # geldig_tot before the peildatum


class RequirementView(View):
    id: str
    tekst: str
    groep: str | None
    oordeel: Judgement
    toelichting: str | None
    bewijs: list[EvidenceView]
    vertrouwelijk: bool
    weggelaten: bool  # public report: toelichting and bewijs left out
    onderdelen: list[ComponentView]
    acties: list[ActionView]  # open actions for this norm


class ThemeView(View):
    id: str
    titel: str
    score: ScoreSet
    vorige: float | None  # theme score in the previous year
    verschil: float | None
    normen: list[RequirementView]


class OpenNorm(View):
    id: str
    tekst: str
    oordeel: Judgement
    acties: int  # open actions


class Count(View):
    sleutel: str  # a rating key, or "open" for unanswered
    label: str
    aantal: int


class ChangeView(View):
    id: str
    tekst: str
    van: Judgement
    naar: Judgement
    richting: str
    opmerking: str | None = None  # across norm versions: "≈ overlap van 3.2", "was 4.7"


class FollowedAction(View):
    norm: str
    omschrijving: str | None  # None: belongs to a confidential answer in a public report
    gereed: date | None
    prioriteit: str | None


class Followup(View):
    """The actions since the previous year (see actionfollowup.py)."""

    toegevoegd: list[FollowedAction]
    afgerond: list[FollowedAction]
    verlopen: list[FollowedAction]


class TrendPoint(View):
    jaar: int
    totaal: float | None
    themas: dict[str, float | None]


class Summary(View):
    totaal: ScoreSet
    vorig_jaar: int | None
    vorige: float | None
    verschil: float | None
    verdeling: list[Count]
    wijzigingen: list[ChangeView]
    vergelijking: str | None = None  # the previous year used another norm version: how it compares


class ReportData(View):
    organisatie: str
    soort: str
    code: str | None
    riec: str | None
    jaar: int
    peildatum: date
    status: str
    vastgesteld_op: date | None = None
    vastgesteld_door: str | None = None
    norm_versie: str
    norm_titel: str
    openbaar: bool
    weggelaten: int  # answers whose toelichting/bewijs were left out
    verwijderd: int = 0  # pieces of personal data replaced by [verwijderd] (public report)
    eigenaren: int = 0  # action owners' names left out (public report)
    samenvatting: Summary
    themas: list[ThemeView]
    actieplan: list[ActionView]
    met_actie: list[OpenNorm]
    zonder_actie: list[OpenNorm]
    trend: list[TrendPoint]
    acties_sinds: Followup | None = None  # None: no previous year of the same norm version
    theme_titles: dict[str, str]
