"""`[nhnorm.regels]` in nhnorm.toml: switch rules off or change their level.

    [nhnorm.regels]
    uit = ["ACTIE-NA-2027"]
    fout = ["GEEN-ACTIE"]
    waarschuwing = []

A code that does not exist, a SPEC §2 error (locked) or a code in two lists is a usage error at
its place in nhnorm.toml."""

from __future__ import annotations

import re
import tomllib

from pydantic import BaseModel, ConfigDict

from nhnorm_cli.errors import Location, Problem, Severity
from nhnorm_cli.models.suggest import suggestion
from nhnorm_cli.rules.policy import Policy
from nhnorm_cli.rules.registry import BY_CODE

LISTS: dict[str, Severity | None] = {"uit": None, "fout": Severity.ERROR, "waarschuwing": Severity.WARNING}


class RuleLevels(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    uit: list[str] = []
    fout: list[str] = []
    waarschuwing: list[str] = []


def rule_problems(levels: RuleLevels, text: str, shown: str) -> list[Problem]:
    """Every code in the lists that cannot be configured, at its place in the file."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for name in LISTS:
        for code in getattr(levels, name):
            rule = BY_CODE.get(code)
            if rule is not None and not rule.locked and code not in seen:
                seen[code] = name
                continue
            location = Location(shown, *_find_value(text, name, code))  # only for a problem
            if rule is None:
                params = {"regelcode": code, "lijst": name} | suggestion(code, configurable_codes())
                problems.append(Problem(location, "CONFIG-REGEL-ONBEKEND", params=params))
            elif rule.locked:
                problems.append(
                    Problem(location, "CONFIG-REGEL-VAST", params={"regelcode": code, "lijst": name})
                )
            elif code in seen:
                params = {"regelcode": code, "lijst": name, "eerste": seen[code]}
                problems.append(Problem(location, "CONFIG-REGEL-DUBBEL", params=params))
            seen.setdefault(code, name)
    return problems


def policy_from(levels: RuleLevels | None) -> Policy:
    if levels is None:
        return Policy()
    return Policy({code: level for name, level in LISTS.items() for code in getattr(levels, name)})


def configurable_codes() -> list[str]:
    return [code for code, rule in BY_CODE.items() if not rule.locked]


def _find_value(text: str, key: str, value: str) -> tuple[int, int]:
    """Line and column of the quoted `value` after `key =` in the regels table (TOML readers give
    no positions)."""
    table = re.search(r"^\s*\[\s*nhnorm\s*\.\s*regels\s*\]|\bregels\s*=", text, re.MULTILINE)
    start = table.end() if table else 0
    assignment = re.compile(rf'(?:^|[{{,\s])"?{key}"?\s*=', re.MULTILINE).search(text, start)
    start = assignment.end() if assignment else start
    found = re.compile(rf"[\"']{re.escape(value)}[\"']").search(text, start)
    if found is None:  # written with escapes ("\u001b"): the first string that reads as `value`
        found = next((m for m in _STRING.finditer(text, start) if _read_string(m.group()) == value), None)
    if found is None:
        return 1, 1
    index = found.start()
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


_STRING = re.compile(r"\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*'")


def _read_string(token: str) -> str | None:
    """A TOML string as TOML reads it (the file was read already, so this is one small string)."""
    try:
        value = tomllib.loads(f"v = {token}")["v"]
    except tomllib.TOMLDecodeError:
        return None
    return value if isinstance(value, str) else None
