"""`nhnorm overview --format html`: a self-contained heatmap page (Jinja)."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup

from nhnorm_cli.models.overview import Overview
from nhnorm_cli.models.report import TrendPoint
from nhnorm_cli.render import jinja
from nhnorm_cli.render.charts import trend_lines
from nhnorm_cli.render.numbers import score_text
from nhnorm_cli.render.overview_parts import (
    HEAT_BANDS,
    NO_SCORE,
    counted_note,
    heat_colour,
    norm_order,
    progress_groups,
)


def _overview_environment(templates: Path | None = None) -> Environment:
    """The Jinja environment for the overview page: the shared one plus the heat map's colours."""
    env = jinja.environment(html=True, templates=templates)
    env.globals["kleur"] = heat_colour
    return env


def overview_html(overview: Overview, templates: Path | None = None) -> str:
    bands = [  # "20–39,9": a score of exactly 40 belongs to the next band
        (
            f"{low:g}–{score_text(HEAT_BANDS[i + 1][0] - 0.1)}"
            if i + 1 < len(HEAT_BANDS)
            else f"{low:g}–100",
            bg,
            fg,
        )
        for i, (low, bg, fg) in enumerate(HEAT_BANDS)
    ]
    env = _overview_environment(templates)
    groups = progress_groups(overview)
    return jinja.render(
        env,
        "overview.html.j2",
        o=overview,
        banden=bands,
        geen_score=NO_SCORE,
        groepen=groups,
        meetelling=counted_note(overview),
        normvolgorde=norm_order(overview),
        trendgrafiek=_trend_chart(overview),
    )


def _trend_chart(overview: Overview) -> Markup | None:
    if not overview.trend:
        return None
    points = [
        TrendPoint(jaar=y.jaar, totaal=y.gemiddelde_score, themas={t.id: t.score for t in y.themas})
        for y in overview.trend
    ]
    return trend_lines(points, {t.id: t.titel for t in overview.themas})
