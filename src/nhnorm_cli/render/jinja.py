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
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.sandbox import ImmutableSandboxedEnvironment

from nhnorm_cli import resources
from nhnorm_cli.errors import Location, NhnormError, Problem


class _PackagedLoader(BaseLoader):
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


def environment(
    *, html: bool, templates: Path | None = None, finalize: Callable[[Any], Any] | None = None
) -> Environment:
    """Strict (a misspelt variable is an error, not an empty string), HTML autoescaped,
    the user's templates first. Sandboxed: a --templates folder may come from a pull request, and
    a template must not reach Python internals (`''.__class__.__mro__`, `os.popen`) or change the
    report data it is given."""
    packaged = _PackagedLoader()
    loaders: list[BaseLoader] = [FileSystemLoader(str(templates))] if templates is not None else []
    loaders += [packaged, PrefixLoader({"nhnorm": packaged})]
    return ImmutableSandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=html,
        finalize=finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render(env: Environment, name: str, **context: Any) -> str:
    """The template as text; a broken (most likely user's own) template is a SJABLOON-FOUT."""
    try:
        return env.get_template(name).render(**context)
    except TemplateSyntaxError as exc:  # point at the line in the template
        where = Location(exc.filename or exc.name or "", exc.lineno or 1)
        raise NhnormError(Problem(where, "SJABLOON-FOUT", params={"detail": exc.message})) from None
    except TemplateError as exc:
        raise NhnormError(Problem(Location(""), "SJABLOON-FOUT", params={"detail": str(exc)})) from None
    except (TypeError, ValueError, AttributeError, LookupError, ArithmeticError) as exc:
        # a filter or test given the wrong kind of value, by a template of the user's own
        detail = f"{type(exc).__name__}: {exc}"
        raise NhnormError(Problem(Location(""), "SJABLOON-FOUT", params={"detail": detail})) from None
