"""Numbers as Dutch readers expect them (decimal comma), shared by the text, md and html views."""

from __future__ import annotations

from nhnorm_cli.models.overview import Overview, Progress


def number(value: float | None) -> str:
    """72.5 -> "72,5" (Dutch decimal comma); no score -> "–"."""
    return "–" if value is None else f"{value:.1f}".replace(".", ",")


def change(value: float | None) -> str:
    if value is None:
        return "–"
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return sign + f"{abs(value):.1f}".replace(".", ",")


def progress_groups(overview: Overview) -> list[tuple[str, Progress]]:
    """All organisations first, then one line per RIEC."""
    groups: list[tuple[str, Progress]] = [("Alle organisaties", overview.voortgang)]
    return groups + [(p.riec or "(geen RIEC)", p) for p in overview.per_riec]


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """Text for a CSV cell that Excel must not run as a formula (an organisation name such as
    "=HYPERLINK(...)" from another organisation's file): prefix it with an apostrophe (OWASP)."""
    if text.startswith(_FORMULA_START) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
