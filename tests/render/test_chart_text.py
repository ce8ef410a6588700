"""The charts' text alternative carries the same numbers as the chart (WCAG 1.1.1), and every text
colour in the charts and the heatmap has a contrast of at least 4.5:1 on its background (1.4.3:
axe-core cannot measure text drawn over SVG shapes, so it is computed here)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from nhnorm_cli.render.charts import INK, RATING_COLOURS
from nhnorm_cli.render.overview_parts import HEAT_BANDS, NO_SCORE
from tests.conftest import Runner


def _desc(page: str, ident: str) -> str:
    found = re.search(rf'<desc id="{ident}-d">(.*?)</desc>', page, re.S)
    assert found, ident
    return html.unescape(found.group(1))


def _rows(page: str, caption: str) -> list[list[str]]:
    """The cells of the table with this caption (or heading text just before it)."""
    start = page.index(caption)
    table = page[page.index("<tbody>", start) : page.index("</tbody>", start)]
    return [
        [
            html.unescape(re.sub(r"<[^>]+>", "", cell))
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row)
        ]
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S)
    ]


def test_report_charts_describe_every_number(repo: Path, nhnorm: Runner) -> None:
    page = nhnorm("report", "--year", "2026", "--format", "html").stdout
    themes = _desc(page, "thema-scores")
    rows = _rows(page, "<caption>Score per thema")
    assert len(rows) == 7
    for title, score, before, *_ in rows[:-1]:  # the total is not drawn
        assert f"{title}: {score} (in 2025: {before})" in themes
    trend = _desc(page, "trend")
    for year, total, *per_theme in _rows(page, "<caption>Scores per jaar"):
        numbers = ", ".join(f"thema {n} {v}" for n, v in enumerate(per_theme, start=1))
        assert f"{year}: totaal {total}, {numbers}" in trend
    assert _desc(page, "verdeling") == (
        "Voldaan: 15; Grotendeels voldaan: 14; Deels voldaan: 9; Niet voldaan: 4; Niet van toepassing: 2; "
        "Nog niet beoordeeld: 3"
    )


def test_overview_trend_chart_describes_every_number(test_region: Path, nhnorm: Runner) -> None:
    page = nhnorm("overview", "--year", "2026", "--vanaf", "2024", "--anoniem", "--format", "html").stdout
    trend = _desc(page, "trend")
    rows = _rows(page, "<h2>Ontwikkeling van de regio")
    assert [r[0] for r in rows] == ["2024", "2025", "2026"]
    for year, _organisations, mean, _full, *per_theme in rows:
        numbers = ", ".join(f"thema {n} {v}" for n, v in enumerate(per_theme, start=1))
        assert f"{year}: totaal {mean}, {numbers}" in trend


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#21918c") == pytest.approx(3.82, abs=0.01)  # the failure axe found


@pytest.mark.parametrize(("low", "background", "text"), [*HEAT_BANDS, (None, *NO_SCORE)])
def test_heatmap_numbers_are_readable(low: float | None, background: str, text: str) -> None:
    assert contrast(text, background) >= 4.5, (low, background, text)


@pytest.mark.parametrize("rating", RATING_COLOURS)
def test_distribution_counts_are_readable(rating: str) -> None:
    text = "#ffffff" if rating in ("voldaan", "niet") else INK  # as charts.distribution_bar draws them
    assert contrast(text, RATING_COLOURS[rating]) >= 4.5, rating
