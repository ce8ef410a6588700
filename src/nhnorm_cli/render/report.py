"""Render the report context with Jinja: Markdown or one self-contained HTML file (user templates
first; see render/jinja.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from jinja2 import Environment
from markupsafe import Markup

from nhnorm_cli import __version__
from nhnorm_cli.models.report import ReportData
from nhnorm_cli.render import charts, jinja, report_parts
from nhnorm_cli.render.mdtext import md_cell, md_escape

_Format = Literal["md", "html"]


def _css_string(text: object) -> Markup:
    """Text as the inside of a CSS string (page footer): anything unusual as a CSS escape, so no
    quote ends the string and no `</style>` ends the style sheet. HTML entities would show literally."""
    safe = "".join(
        ch if ch.isascii() and (ch.isalnum() or ch in " .,-()") else f"\\{ord(ch):x} " for ch in str(text)
    )
    return Markup(safe)


def _md_finalize(value: Any) -> Any:
    """In Markdown every {{ value }} is escaped unless a filter already made it safe (Markup)."""
    return md_escape(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def _environment(output_format: _Format, templates: Path | None = None) -> Environment:
    """The one Jinja environment for reports: strict, escaped per format, user templates first."""
    finalize = _md_finalize if output_format == "md" else None
    env = jinja.environment(html=output_format == "html", templates=templates, finalize=finalize)
    env.filters.update(
        mdcell=md_cell,
        md=md_escape,
        cssstring=_css_string,
    )
    env.globals.update(
        theme_bars=charts.theme_bars,
        trend_lines=charts.trend_lines,
        distribution_bar=charts.distribution_bar,
        rating_colours=charts.RATING_COLOURS,
        nhnorm_version=__version__,
        weggelaten_uit_openbaar=report_parts.left_out,
        vaststelling=report_parts.adoption,
        merk_intern=report_parts.INTERNAL,
        merk_concept=report_parts.CONCEPT,
        merk_openbaar=report_parts.PUBLIC,
    )
    return env


def render_report(
    data: ReportData, output_format: _Format, templates: Path | None = None, *, generated: str = ""
) -> str:
    """The report as text; `generated` is the date line shown in the footer."""
    env = _environment(output_format, templates)
    return jinja.render(env, f"report.{output_format}.j2", r=data, gegenereerd=generated)
