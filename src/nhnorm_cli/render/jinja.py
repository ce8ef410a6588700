"""The one Jinja environment builder for reports and the overview.

Templates come first from the user's folder (--templates), then from nhnorm's packaged templates,
so a gemeente overrides one file or one block (logo, huisstijl) from its own repository. The
packaged templates are also reachable as "nhnorm/<name>", so an override can extend the original."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    PrefixLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)

from nhnorm_cli.errors import Location, NhnormError, Problem
from nhnorm_cli.files import resources
from nhnorm_cli.render.numbers import date_text, delta_text, score_text
from nhnorm_cli.render.sandbox import DataSandbox, TemplateLimitError, memory_ceiling
from nhnorm_cli.render.templatefolder import FolderLoader, TemplateFileError

# The filters every nhnorm template may use, in the report, the overview and the Word letter alike.
FILTERS: dict[str, Callable[..., Any]] = {
    "datum": date_text,
    "score": score_text,
    "getal": score_text,
    "verschil": delta_text,
}


class _PackagedLoader(BaseLoader):
    """nhnorm's own templates via importlib.resources, so they load from any installation."""

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool]]:
        node = resources.templates_dir()
        if template == resources.CI_COMPONENT:
            raise TemplateNotFound(template)
        for part in template.split("/"):
            if part in ("", ".", ".."):
                raise TemplateNotFound(template)
            node = node / part
        if not node.is_file():
            raise TemplateNotFound(template)
        return node.read_text(encoding="utf-8"), None, lambda: True


def environment(
    *, html: bool, templates: Path | None = None, finalize: Callable[[Any], Any] | None = None
) -> Environment:
    """Strict (a misspelt variable is an error, not an empty string), HTML autoescaped,
    the user's templates first. Sandboxed (render/sandbox.py): a --templates folder may come from a
    pull request, and a template must not reach anything but the report data, change it, or run
    away with the machine's time and memory."""
    packaged = _PackagedLoader()
    loaders: list[BaseLoader] = [FolderLoader(templates)] if templates is not None else []
    loaders += [packaged, PrefixLoader({"nhnorm": packaged})]
    return sandbox(
        loader=ChoiceLoader(loaders),
        autoescape=html,
        finalize=finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def sandbox(**options: Any) -> DataSandbox:
    """The sandboxed, strict environment with nhnorm's filters; `options` as Jinja's Environment
    takes them (the Word letter brings its own template, so it has no loader)."""
    env = DataSandbox(undefined=StrictUndefined, **options)
    env.filters.update(FILTERS)
    return env


def render(env: Environment, name: str, **context: Any) -> str:
    """The template as text; a broken (most likely user's own) template is a SJABLOON-FOUT."""
    try:
        with memory_ceiling():
            return env.get_template(name).render(**context)
    except (TemplateLimitError, TemplateFileError) as exc:
        raise template_error(template_line(exc), str(exc)) from None
    except TemplateSyntaxError as exc:  # point at the line in the template
        where = Location(exc.filename or exc.name or "", exc.lineno or 1)
        raise template_error(where, exc.message or "") from None
    except TemplateNotFound as exc:  # an {% extends %} or {% include %} of a name that is not there
        raise template_error(template_line(exc), f"TemplateNotFound: {exc.name}") from None
    except TemplateError as exc:
        raise template_error(template_line(exc), str(exc)) from None
    except (TypeError, ValueError, AttributeError, LookupError, ArithmeticError) as exc:
        # a filter or test given the wrong kind of value, by a template of the user's own
        raise template_error(template_line(exc), f"{type(exc).__name__}: {exc}") from None
    except RecursionError as exc:  # {% include %} of itself, {% extends %} of itself, a macro calling itself
        raise template_error(template_line(exc), "TemplateLimit: recursion") from None
    except MemoryError as exc:  # past memory_ceiling: a runaway the budget did not see coming
        raise template_error(template_line(exc), "TemplateLimit: memory") from None


def template_line(exc: BaseException) -> Location:
    """The template line where rendering failed: Jinja rewrites the traceback so that each frame
    of template code carries the template's file name and line (the innermost one is the cause)."""
    where = Location("")
    tb = exc.__traceback__
    while tb is not None:
        if "__jinja_exception__" in tb.tb_frame.f_globals:
            filename = tb.tb_frame.f_globals.get("__file__")
            if isinstance(filename, str) and not filename.startswith("<"):
                where = Location(filename, tb.tb_lineno)
        tb = tb.tb_next
    return where


def template_error(where: Location, detail: str) -> NhnormError:
    """SJABLOON-FOUT with Jinja's (or Python's) own words; messages/ translates the common ones."""
    return NhnormError(Problem(where, "SJABLOON-FOUT", params={"detail": detail}))
