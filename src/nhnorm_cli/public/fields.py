"""The texts of a file that an output may print, by the name publictext.py gives their path: the
adoption line, the organisation's name and RIEC, and per answer its toelichting, bewijs and
action descriptions. Each public output declares the ones it prints (its PUBLIC_FIELDS)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

Field = Literal["vastgesteld_door", "organisatie", "toelichting", "bewijs", "acties"]
Fields = frozenset[Field]
EVERY_FIELD: Fields = frozenset({"vastgesteld_door", "organisatie", "toelichting", "bewijs", "acties"})


def shows(fields: Fields) -> Callable[[tuple[str | int, ...]], bool]:
    """Whether a path of publictext.public_texts lies in one of `fields` (an exporter's `public`)."""

    def _shows(path: tuple[str | int, ...]) -> bool:
        return (str(path[2]) if path[0] == "antwoorden" else str(path[0])) in fields

    return _shows
