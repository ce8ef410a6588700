"""The texts of a file that an output may print, by the name publictext.py gives their path: the
adoption line, the organisation's name and RIEC, and per answer its toelichting, bewijs and
action descriptions. Each public output declares the ones it prints (its PUBLIC_FIELDS)."""

from __future__ import annotations

from typing import Literal

Field = Literal["vastgesteld_door", "organisatie", "toelichting", "bewijs", "acties"]
Fields = frozenset[Field]
EVERY_FIELD: Fields = frozenset({"vastgesteld_door", "organisatie", "toelichting", "bewijs", "acties"})
