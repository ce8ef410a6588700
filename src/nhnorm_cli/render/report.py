"""Render the report context with Jinja: Markdown or one self-contained HTML file.

Templates come first from the user's folder (--templates), then from nhnorm's packaged templates,
so a gemeente overrides one file or one block (logo, huisstijl) from its own repository. The
packaged templates are also reachable as "nhnorm/<name>", so an override can extend the original."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from markupsafe import Markup

from nhnorm_cli import __version__, resources
from nhnorm_cli.errors import Location, NhnormError, Problem
from nhnorm_cli.models.report import ReportData
from nhnorm_cli.render import charts
from nhnorm_cli.render.mdtext import md_cell, md_escape
from nhnorm_cli.render.numbers import date_text, delta_text, score_text

Format = Literal["md", "html"]


class PackagedLoader(BaseLoader):
    """nhnorm's own templates via importlib.resources, so they load from any installation."""

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool]]:
        node = resources.templates_dir()
        for part in template.split("/"):
            if part in ("", ".", ".."):
                raise TemplateNotFound(template)
            node = node / part
        if not node.is_file():
            raise TemplateNotFound(template)
        return node.read_text(encoding="utf-8"), None, lambda: True


def css_string(text: object) -> Markup:
    """Text as the inside of a CSS string (page footer): anything unusual as a CSS escape, so no
    quote ends the string and no `</style>` ends the style sheet. HTML entities would show literally."""
    safe = "".join(
        ch if ch.isascii() and (ch.isalnum() or ch in " .,-()") else f"\\{ord(ch):x} " for ch in str(text)
    )
    return Markup(safe)


def _md_finalize(value: Any) -> Any:
    """In Markdown every {{ value }} is escaped unless a filter already made it safe (Markup)."""
    return md_escape(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def environment(output_format: Format, templates: Path | None = None) -> Environment:
    """The one Jinja environment for reports: strict, escaped per format, user templates first."""
    packaged = PackagedLoader()
    loaders: list[BaseLoader] = [FileSystemLoader(str(templates))] if templates is not None else []
    loaders += [packaged, PrefixLoader({"nhnorm": packaged})]
    env = Environment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=output_format == "html",
        finalize=_md_finalize if output_format == "md" else None,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        datum=date_text,
        score=score_text,
        verschil=delta_text,
        mdcell=md_cell,
        md=md_escape,
        cssstring=css_string,
    )
    env.globals.update(
        theme_bars=charts.theme_bars,
        trend_lines=charts.trend_lines,
        distribution_bar=charts.distribution_bar,
        rating_colours=charts.RATING_COLOURS,
        nhnorm_version=__version__,
    )
    return env


def render_report(
    data: ReportData, output_format: Format, templates: Path | None = None, *, generated: str = ""
) -> str:
    """The report as text; `generated` is the date line shown in the footer."""
    env = environment(output_format, templates)
    try:
        return env.get_template(f"report.{output_format}.j2").render(r=data, gegenereerd=generated)
    except TemplateSyntaxError as exc:  # most likely in a user's own template: point at it
        where = Location(exc.filename or exc.name or "", exc.lineno or 1)
        raise NhnormError(Problem(where, "SJABLOON-FOUT", params={"detail": exc.message})) from None
    except TemplateError as exc:
        raise NhnormError(Problem(Location(""), "SJABLOON-FOUT", params={"detail": str(exc)})) from None
