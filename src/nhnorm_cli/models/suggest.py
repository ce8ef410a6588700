""" "Bedoelde u …?" for everything a user can misspell: keys, norm ids, onderdelen, oordelen."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nhnorm_cli.models.norm import Norm


def suggestion(word: str, candidates: Sequence[str]) -> dict[str, str]:
    """{"suggestie": closest} for a problem's params, or {} when nothing is close."""
    if not _may_match(word, candidates):
        return {}
    matches = difflib.get_close_matches(word, candidates, n=1, cutoff=_CUTOFF)
    return {"suggestie": matches[0]} if matches else {}


_CUTOFF = 0.6


def _may_match(word: str, candidates: Sequence[str]) -> bool:
    """difflib's own first two bounds (real_quick_ratio: the lengths; quick_ratio: the letters in
    common), computed in C: most unknown keys are near nothing, and a file with 90,000 of them spent
    most of its time setting up difflib for nothing (issue 9). The same floats as difflib's, so
    this never drops a match it would find."""
    letters: Counter[str] | None = None
    for candidate in candidates:
        length = len(word) + len(candidate)
        if not length:  # two empty texts: difflib calls them equal
            return True
        if 2.0 * min(len(word), len(candidate)) / length < _CUTOFF:
            continue
        letters = letters if letters is not None else Counter(word)
        if 2.0 * (letters & Counter(candidate)).total() / length >= _CUTOFF:
            return True
    return False


def unknown_rating(norm: Norm, value: str) -> dict[str, Any]:
    """The params of ONBEKEND-OORDEEL: what was written, the scale, and the closest step
    (matched in lower case: "Voldan" in a spreadsheet cell means voldaan)."""
    return {"oordeel": value, "toegestaan": norm.rating_keys, **suggestion(value.lower(), norm.rating_keys)}
