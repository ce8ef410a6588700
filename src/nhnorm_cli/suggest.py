""" "Bedoelde u …?" for everything a user can misspell: keys, norm ids, onderdelen, oordelen."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nhnorm_cli.models.norm import Norm


def suggestion(word: str, candidates: Sequence[str]) -> dict[str, str]:
    """{"suggestie": closest} for a problem's params, or {} when nothing is close."""
    matches = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    return {"suggestie": matches[0]} if matches else {}


def unknown_rating(norm: Norm, value: str) -> dict[str, Any]:
    """The params of ONBEKEND-OORDEEL: what was written, the scale, and the closest step
    (matched in lower case: "Voldan" in a spreadsheet cell means voldaan)."""
    return {"oordeel": value, "toegestaan": norm.rating_keys, **suggestion(value.lower(), norm.rating_keys)}
