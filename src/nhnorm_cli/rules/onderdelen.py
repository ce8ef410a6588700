"""ONDERDEEL-ONVOLDAAN: a norm answered voldaan while one of its verplicht onderdelen is not."""

from __future__ import annotations

from collections.abc import Iterator

from nhnorm_cli.errors import Problem, Severity
from nhnorm_cli.rules.base import AnswerContext, Rule


def _component_below_norm(ctx: AnswerContext) -> Iterator[Problem]:
    norm, components = ctx.norm, ctx.answer.get("onderdelen")
    if norm.points(ctx.oordeel) != norm.max_points or not isinstance(components, dict):
        return
    for component_id, value in components.items():
        found = norm.component(component_id) if isinstance(component_id, str) else None
        if found is None or found[0].id != ctx.id or not found[1].verplicht:
            continue
        points = norm.points(value) if isinstance(value, str) else None
        if points is not None and points < norm.max_points:
            yield ctx.problem(
                ("onderdelen", component_id), ONDERDEEL_ONVOLDAAN.code, onderdeel=component_id, oordeel=value
            )


ONDERDEEL_ONVOLDAAN = Rule("ONDERDEEL-ONVOLDAAN", Severity.WARNING, answer_check=_component_below_norm)
