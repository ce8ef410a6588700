"""Scores, differences, dates and bars as a Dutch (or English) reader expects them: the one place
every renderer (score, diff, report, overview) takes its number formatting from."""

from __future__ import annotations

from datetime import date

from nhnorm_cli.messages import month_name, text

_EIGHTHS = " ▏▎▍▌▋▊▉"
NONE = "–"  # no score: nothing scored, or no answer


def score_text(value: float | None, lang: str = "nl") -> str:
    """83.3 -> "83,3" in Dutch (decimal comma), "83.3" in English; None -> "–"."""
    if value is None:
        return NONE
    return f"{value:.1f}".replace(".", text("decimaalteken", lang))


def delta_text(value: float | None, lang: str = "nl") -> str:
    """A signed difference with a real minus sign: "+4,2", "−1,3", "0,0" (also for -0.0)."""
    if value is None:
        return NONE
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return sign + score_text(abs(value), lang)


def date_text(value: date | None, lang: str = "nl") -> str:
    """28 maart 2025 in Dutch, 2025-03-28 in English; None -> "–"."""
    if value is None:
        return NONE
    return text(
        "datum", lang, dag=value.day, maand=month_name(value.month), jaar=value.year, iso=value.isoformat()
    )


def bar(value: float | None, width: int = 20) -> str:
    """A bar of `width` cells in eighths of a block: 50.0 -> ten full blocks, then spaces."""
    if value is None:
        return " " * width
    eighths = round(max(0.0, min(value, 100.0)) / 100 * width * 8)
    full, rest = divmod(eighths, 8)
    text = "█" * full + (_EIGHTHS[rest] if rest else "")
    return text.ljust(width)
