"""Random templates built from a grammar of Jinja constructs, rendered over the real report data:
whatever a template does, nhnorm ends with the report (exit 0) or SJABLOON-FOUT (exit 1), never an
internal error (exit 3), and it writes no file but the output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import Runner

# Expressions over the report data, its pieces and what a hostile template would try.
_LEAVES = [
    "r",
    "r.organisatie",
    "r.themas",
    "r.themas[0]",
    "r.themas[0].normen",
    "r.samenvatting.totaal.score",
    "r.peildatum",
    "r.trend",
    "r.theme_titles",
    "r.actieplan",
    "loop",
    "x",
    "1",
    "10",
    "1000000",
    "'a'",
    "'{0}'",
    "'%s'",
    "[1, 2]",
    "{'k': r}",
    "none",
    "cycler",
    "joiner",
    "namespace",
    "range",
    "dict",
    "self",
]
_ATTRIBUTES = [
    "id",
    "titel",
    "score",
    "normen",
    "parse_raw",
    "parse_file",
    "model_dump",
    "copy",
    "__class__",
    "__init__",
    "__globals__",
    "mro",
    "items",
    "get",
    "upper",
    "format",
    "year",
    "append",
    "model_fields",
    "__dict__",
    "_TemplateReference__context",
]
_FILTERS = [
    "length",
    "upper",
    "list",
    "first",
    "join",
    "string",
    "score",
    "datum",
    "tojson",
    "pprint",
    "attr('parse_raw')",
    "map(attribute='id')",
    "center(1000000000)",
    "indent(100000)",
    "format(1)",
    "replace('a', 'aaaaaaaaaa')",
    "sort",
    "sum",
    "batch(3)",
    "wordwrap(5)",
    "default('x')",
]
_OPERATORS = ["*", "**", "+", "~", "%", "//", "-", "and", "==", "in"]

expressions = st.recursive(
    st.sampled_from(_LEAVES),
    lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from(_ATTRIBUTES)).map(lambda p: f"{p[0]}.{p[1]}"),
        st.tuples(inner, st.sampled_from(_FILTERS)).map(lambda p: f"({p[0]})|{p[1]}"),
        st.tuples(inner, st.sampled_from(_OPERATORS), inner).map(lambda p: f"({p[0]} {p[1]} {p[2]})"),
        st.tuples(inner, st.lists(inner, max_size=2)).map(lambda p: f"{p[0]}({', '.join(p[1])})"),
        st.tuples(inner, inner).map(lambda p: f"{p[0]}[{p[1]}]"),
    ),
    max_leaves=6,
)

statements = st.recursive(
    st.one_of(
        expressions.map(lambda e: f"{{{{ {e} }}}}"),
        expressions.map(lambda e: f"{{% set x = {e} %}}"),
        st.sampled_from(
            [
                '{% include "report.md.j2" %}',
                '{% include "nhnorm/report.md.j2" %}',
                '{% extends "report.md.j2" %}',
                '{% import "report.md.j2" as m %}',
                "{{ f(1) }}",
                "text",
            ]
        ),
    ),
    lambda inner: st.one_of(
        st.tuples(expressions, st.lists(inner, max_size=3)).map(
            lambda p: f"{{% for x in {p[0]} %}}{''.join(p[1])}{{% endfor %}}"
        ),
        st.tuples(expressions, st.lists(inner, max_size=3)).map(
            lambda p: f"{{% if {p[0]} %}}{''.join(p[1])}{{% endif %}}"
        ),
        st.lists(inner, max_size=3).map(lambda body: f"{{% macro f(n) %}}{''.join(body)}{{% endmacro %}}"),
        st.lists(inner, max_size=3).map(lambda body: f"{{% set x %}}{''.join(body)}{{% endset %}}"),
        st.lists(inner, max_size=3).map(lambda body: f"{{% block b %}}{''.join(body)}{{% endblock %}}"),
    ),
    max_leaves=8,
)


def _files(*roots: Path) -> set[Path]:
    return {Path(d) / f for root in roots for d, _, fs in os.walk(root) for f in fs}


@pytest.mark.timeout(600)
@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(template=st.lists(statements, min_size=1, max_size=4).map("\n".join))
def test_random_templates_end_in_a_report_or_sjabloon_fout(
    repo: Path, tmp_path: Path, nhnorm: Runner, template: str
) -> None:
    folder = tmp_path / "huisstijl"
    folder.mkdir(exist_ok=True)
    (folder / "report.md.j2").write_text(template, encoding="utf-8")
    out = tmp_path / "rapport.md"
    out.unlink(missing_ok=True)
    before = _files(repo, Path.cwd())
    result = nhnorm("report", "--year", "2026", "--templates", folder, "--output", out, expect=None)
    assert result.exit_code in (0, 1), result.stderr
    if result.exit_code == 1:
        assert "SJABLOON-FOUT" in result.stderr and result.stderr.count("\n") == 1
        assert not out.exists()
    assert _files(repo, Path.cwd()) - before <= {out}
