"""The languages and the two helpers every table of texts uses."""

from __future__ import annotations

LANGUAGES = ("nl", "en")


def _index(lang: str) -> int:
    return 1 if lang == "en" else 0


def _fill(template: str, params: dict[str, str]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError):  # a missing parameter must never hide the problem itself
        return template
