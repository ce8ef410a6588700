"""`validate --regels`: every rule with its level under the repository's policy."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from nhnorm_cli.messages import rule_explanation
from nhnorm_cli.rules.policy import Policy
from nhnorm_cli.rules.registry import RULES

Level = Literal["fout", "waarschuwing", "uit"]


class RuleRow(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    niveau: Level  # as configured in nhnorm.toml, else the default
    standaard: Literal["fout", "waarschuwing"]
    instelbaar: bool  # False: a SPEC §2 error, never switched off
    uitleg: str


class RuleList(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    regels: list[RuleRow]


def rule_list(policy: Policy, lang: str) -> RuleList:
    rows = []
    for rule in RULES:
        level = policy.level(rule.code, rule.level)
        rows.append(
            RuleRow(
                code=rule.code,
                niveau="uit" if level is None else level.value,
                standaard=rule.level.value,
                instelbaar=not rule.locked,
                uitleg=rule_explanation(rule.code, lang),
            )
        )
    return RuleList(regels=rows)
