"""`nhnorm overview --format html`: a self-contained heatmap page (Jinja)."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment

from nhnorm_cli.models.overview import Overview
from nhnorm_cli.render import jinja
from nhnorm_cli.render.numbers import delta_text, score_text
from nhnorm_cli.render.overview_parts import progress_groups

# Viridis in five steps: readable with every common colour-vision deficiency and in greyscale.
# (lower bound of the band, background, text colour)
_HEAT_BANDS = [
    (0.0, "#440154", "#ffffff"),
    (20.0, "#3b528b", "#ffffff"),
    (40.0, "#21918c", "#ffffff"),
    (60.0, "#5ec962", "#000000"),
    (80.0, "#fde725", "#000000"),
]
_NO_SCORE = ("#e6e6e6", "#000000")


def _overview_environment(templates: Path | None = None) -> Environment:
    """The Jinja environment for the overview page: the shared one plus number filters and colours."""
    env = jinja.environment(html=True, templates=templates)
    env.filters["getal"] = score_text
    env.filters["verschil"] = delta_text
    env.globals["kleur"] = _heat_colour
    return env


def _heat_colour(score: float | None) -> tuple[str, str]:
    """(background, text) for a score cell."""
    if score is None:
        return _NO_SCORE
    chosen = _HEAT_BANDS[0]
    for band in _HEAT_BANDS:
        if score >= band[0]:
            chosen = band
    return chosen[1], chosen[2]


def overview_html(overview: Overview, templates: Path | None = None) -> str:
    bands = [  # "20–39,9": a score of exactly 40 belongs to the next band
        (
            f"{low:g}–{score_text(_HEAT_BANDS[i + 1][0] - 0.1)}"
            if i + 1 < len(_HEAT_BANDS)
            else f"{low:g}–100",
            bg,
            fg,
        )
        for i, (low, bg, fg) in enumerate(_HEAT_BANDS)
    ]
    env = _overview_environment(templates)
    groups = progress_groups(overview)
    return jinja.render(
        env, "overview.html.j2", o=overview, banden=bands, geen_score=_NO_SCORE, groepen=groups
    )
