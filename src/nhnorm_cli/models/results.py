"""The SPEC §5 shapes of machine-readable output; JSON is model_dump(mode="json")."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel


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
