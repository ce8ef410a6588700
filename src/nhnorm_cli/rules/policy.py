"""The levels a repository chose (nhnorm.toml [nhnorm.regels]) applied to the rules' problems."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from nhnorm_cli.errors import Problem, Severity

if TYPE_CHECKING:
    from nhnorm_cli.rules.base import Rule


@dataclass(frozen=True)
class Policy:
    """Per code: a new level, or None for a rule that is switched off. Codes not named keep their
    default level; only rules that are not locked can be named (config.py checks that)."""

    levels: dict[str, Severity | None] = field(default_factory=dict)

    def level(self, code: str, default: Severity) -> Severity | None:
        return self.levels.get(code, default)

    def switched_on(self, rules: Sequence[Rule]) -> Sequence[Rule]:
        """`rules` without those switched off (`uit`): they are not run at all."""
        if not self.levels:
            return rules
        return tuple(rule for rule in rules if self.level(rule.code, rule.level) is not None)

    def apply(self, problems: Iterable[Problem]) -> list[Problem]:
        result = []
        for problem in problems:
            level = self.level(problem.code, problem.severity)
            if level is None:
                continue
            result.append(problem if level is problem.severity else replace(problem, severity=level))
        return result


DEFAULT = Policy()  # no nhnorm.toml: every rule at its default level
