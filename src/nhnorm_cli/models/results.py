"""The SPEC §5 shapes of machine-readable output; JSON is model_dump(mode="json")."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, SerializerFunctionWrapHandler, model_serializer


class Message(BaseModel):
    niveau: Literal["fout", "waarschuwing"]
    code: str
    regel: int
    kolom: int
    bericht: str


class FileResult(BaseModel):
    pad: str
    geldig: bool
    meldingen: list[Message]


class ValidationResult(BaseModel):
    bestanden: list[FileResult]


class ScoreSet(BaseModel):
    """Scores over a set of norms (SPEC §3)."""

    score: float | None
    aantal: int
    beoordeeld: int
    voldaan: int
    nvt: int
    open: int


class _Theme(BaseModel):
    id: str
    titel: str


class ThemeScore(ScoreSet, _Theme):
    """A theme's SET; the base order puts id and titel first in JSON, as in SPEC §5."""


class ScoreResult(BaseModel):
    organisatie: str
    jaar: int
    norm: str
    totaal: ScoreSet
    themas: list[ThemeScore]


class DiffSide(BaseModel):
    organisatie: str
    jaar: int
    norm: str


class DiffTotal(BaseModel):
    van: float | None
    naar: float | None
    verschil: float | None


class _Id(BaseModel):
    id: str


class DiffTheme(DiffTotal, _Id):
    """id first in JSON, as in SPEC §5."""


Direction = Literal["beter", "slechter", "nieuw", "vervallen", "gelijk"]


class RatingChange(BaseModel):
    id: str
    van: str | None
    naar: str | None
    richting: Direction


class ActionChange(BaseModel):
    norm: str
    omschrijving: str
    gereed: date | None
    prioriteit: str | None


class ActionChanges(BaseModel):
    """Actions compared between the years, matched by norm and omschrijving."""

    toegevoegd: list[ActionChange] = []  # new this year
    afgerond: list[ActionChange] = []  # completed since last year (open then, or new and done)
    verlopen: list[ActionChange] = []  # open, due before this year's peildatum
    vervallen: list[ActionChange] = []  # open last year, gone this year without being completed


class TextChange(BaseModel):
    id: str
    van: str | None
    naar: str | None


class CrossNote(BaseModel):
    """How a norm of the new version relates to the old one(s), when not simply the same id."""

    id: str  # the new norm's id (for a dropped norm: the old id)
    van_ids: list[str]  # its predecessors in the old version; empty for a new norm
    relatie: str | None  # gelijk, deelverzameling, …, vervallen; None: new in this version
    gelijkwaardig: bool  # like for like: exactly one predecessor, relatie gelijk


class Crossing(BaseModel):
    """A diff between norm versions made through norm/mappings/<van>--<naar>.yaml."""

    mapping: str
    normen: list[CrossNote]


class DiffResult(BaseModel):
    van: DiffSide
    naar: DiffSide
    totaal: DiffTotal
    themas: list[DiffTheme]
    wijzigingen: list[RatingChange]
    acties: ActionChanges = ActionChanges()
    toelichtingen: list[TextChange] = []  # norms whose toelichting changed, in norm order
    # only across norm versions with a mapping; left out of the JSON otherwise (SPEC §5 shape)
    vergelijking: Crossing | None = None

    @model_serializer(mode="wrap")
    def _without_empty_crossing(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if data.get("vergelijking", True) is None:
            del data["vergelijking"]
        return data
