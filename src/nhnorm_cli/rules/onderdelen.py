"""ONDERDEEL-ONVOLDAAN: a norm answered voldaan while one of its verplicht onderdelen is not."""

from __future__ import annotations

from collections.abc import Iterator

from nhnorm_cli.errors import Problem, Severity
from nhnorm_cli.rules.base import AnswerContext, Rule


def _component_below_norm(ctx: AnswerContext) -> Iterator[Problem]:
    components = ctx.answer.get("onderdelen")
    if not ctx.top or not isinstance(components, dict):
        return
    required = {c.id for c in ctx.requirement.onderdelen if c.verplicht}
    for component_id, value in components.items():
        if component_id in required and ctx.below_top(value):
            yield ctx.problem(
                ("onderdelen", component_id), ONDERDEEL_ONVOLDAAN.code, onderdeel=component_id, oordeel=value
            )


ONDERDEEL_ONVOLDAAN = Rule(
    "ONDERDEEL-ONVOLDAAN", Severity.WARNING, answer_check=_component_below_norm, needs="onderdelen"
)
