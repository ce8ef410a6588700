"""The rules machinery: a rule's default level, the negeer directive, dates across leap years."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from nhnorm_cli.errors import Problem, Severity
from nhnorm_cli.rules import runner
from nhnorm_cli.rules.base import AnswerContext, Rule
from nhnorm_cli.rules.bewijs import years_before
from nhnorm_cli.rules.policy import Policy
from nhnorm_cli.rules.suppress import _codes
from nhnorm_cli.yamlsource import parse_document
from tests.factories import NORM

TEXT = b"""norm: "1.0"
jaar: 2025
peildatum: 2025-03-28
antwoorden:
  # nhnorm: negeer TEST-REGEL
  "1.1":
    oordeel: voldaan
  "1.2":
    oordeel: voldaan
"""


def _every_answer(ctx: AnswerContext) -> Iterator[Problem]:
    yield ctx.problem(("oordeel",), "TEST-REGEL")


def test_a_new_rule_is_one_function_at_its_default_level(monkeypatch: pytest.MonkeyPatch) -> None:
    rule = Rule("TEST-REGEL", Severity.ERROR, answer_check=_every_answer)
    monkeypatch.setattr(runner, "ANSWER_RULES", (rule,))
    monkeypatch.setitem(runner._LOCKED, "TEST-REGEL", False)
    document = parse_document(TEXT, "x.yaml")
    [problem] = runner.run_rules(document, NORM)
    assert (problem.code, problem.severity, problem.location.line) == ("TEST-REGEL", Severity.ERROR, 9)
    [lowered] = runner.run_rules(document, NORM, Policy({"TEST-REGEL": Severity.WARNING}))
    assert lowered.severity is Severity.WARNING
    assert runner.run_rules(document, NORM, Policy({"TEST-REGEL": None})) == []


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        ('  "1.1":  # nhnorm: negeer GEEN-ACTIE', [("GEEN-ACTIE", 27)]),
        ("  # NHNORM: Negeer geen-actie ,ACTIE-NA-2027 ok", [("GEEN-ACTIE", 19), ("ACTIE-NA-2027", 31)]),
        ("  # nhnorm: negeer", []),
        ("  # nhnorm: negeren GEEN-ACTIE", []),
        ("  #nhnorm:negeer X", [("X", 17)]),
    ],
)  # fmt: skip
def test_negeer_directive(line: str, codes: list[tuple[str, int]]) -> None:
    assert _codes(line) == codes


def test_years_before_across_29_february() -> None:
    assert years_before(date(2028, 2, 29), 1) == date(2027, 2, 28)
    assert years_before(date(2026, 3, 20), -1) == date(2027, 3, 20)


def test_years_before_stops_at_the_ends_of_the_calendar() -> None:
    assert years_before(date(1, 6, 1), 1) == date.min
    assert years_before(date(9999, 12, 31), -1) == date.max
    assert years_before(date(2, 6, 1), 1) == date(1, 6, 1)
