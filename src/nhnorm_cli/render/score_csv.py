"""`nhnorm score --format csv`: one row per assessment × theme, plus a `totaal` row each.

Made for tools (pandas, R, Power BI, a spreadsheet's import): comma separated, decimal point,
an empty cell for "no score", one header line; `--excel` gives the Dutch Excel style instead."""

from __future__ import annotations

import io
from collections.abc import Iterable

from nhnorm_cli.formats.csvsafe import TOOLS, CsvStyle, spreadsheet_safe
from nhnorm_cli.models.results import ScoreResult, ScoreSet

_HEADER = [
    "organisatie",
    "slug",
    "jaar",
    "norm",
    "onderdeel",
    "titel",
    "score",
    "aantal",
    "beoordeeld",
    "voldaan",
    "nvt",
    "open",
]


def scores_csv(results: Iterable[tuple[ScoreResult, str]], style: CsvStyle = TOOLS) -> str:
    """CSV text for (result, organisation slug) pairs; the themes first, then `totaal`."""
    out = io.StringIO()
    writer = style.writer(out)
    writer.writerow(_HEADER)
    for result, slug in results:
        front = [spreadsheet_safe(result.organisatie), spreadsheet_safe(slug), result.jaar, result.norm]
        for theme in result.themas:
            writer.writerow([*front, theme.id, theme.titel, *_numbers(theme, style)])
        writer.writerow([*front, "totaal", "Totaal", *_numbers(result.totaal, style)])
    return style.finish(out.getvalue())


def _numbers(scores: ScoreSet, style: CsvStyle) -> list[object]:
    return [
        style.number(scores.score),
        scores.aantal,
        scores.beoordeeld,
        scores.voldaan,
        scores.nvt,
        scores.open,
    ]
