"""The rules machinery: a rule's default level, the negeer directive, dates across leap years."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nhnorm_cli.check import structure as checks
from nhnorm_cli.errors import Problem, Severity
from nhnorm_cli.rules import runner, suppress
from nhnorm_cli.rules.base import AnswerContext, Rule
from nhnorm_cli.rules.bewijs import years_before
from nhnorm_cli.rules.policy import Policy
from nhnorm_cli.rules.suppress import _codes
from nhnorm_cli.source.yamlsource import Document, parse_document
from tests.conftest import Runner
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


def test_a_rule_switched_off_or_without_its_field_is_not_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """`uit` skips the work, not just the result; `needs` skips answers without the field."""
    calls: list[str] = []

    def counting(ctx: AnswerContext) -> Iterator[Problem]:
        calls.append(ctx.id)
        yield from ()

    monkeypatch.setattr(
        runner, "ANSWER_RULES", (Rule("TEST-REGEL", Severity.WARNING, answer_check=counting),)
    )
    monkeypatch.setitem(runner._LOCKED, "TEST-REGEL", False)
    document = parse_document(TEXT + b"    acties: []\n", "x.yaml")
    runner.run_rules(document, NORM)
    assert calls == ["1.2"]  # 1.1 ignores it with `# nhnorm: negeer`
    runner.run_rules(document, NORM, Policy({"TEST-REGEL": None}))
    assert calls == ["1.2"]
    needs = Rule("TEST-REGEL", Severity.WARNING, answer_check=counting, needs="bewijs")
    monkeypatch.setattr(runner, "ANSWER_RULES", (needs,))
    runner.run_rules(document, NORM)
    assert calls == ["1.2"]
    monkeypatch.setattr(runner, "ANSWER_RULES", (replace(needs, needs="acties"),))
    runner.run_rules(document, NORM)
    assert calls == ["1.2", "1.2"]


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


def test_every_rule_with_a_check_only_warns_by_default() -> None:
    """What lets score, diff, report and overview skip the rules (check_document(rules=False)):
    at their default levels they cannot make a file invalid."""
    from nhnorm_cli.rules.registry import RULES

    assert {r.code: r.level for r in RULES if r.answer_check or r.file_check} == {
        r.code: Severity.WARNING for r in RULES if r.answer_check or r.file_check
    }


def test_commands_that_load_for_figures_do_not_run_the_rules(
    repo: Path, nhnorm: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    original = runner.run_rules

    def counted(document: Document, *args: Any) -> list[Problem]:
        calls.append(document.path)
        return original(document, *args)

    monkeypatch.setattr(checks, "run_rules", counted)
    nhnorm("score", "--year", "2026")
    nhnorm("overview", "--year", "2026")
    nhnorm("report", "--year", "2026")
    assert calls == []
    nhnorm("validate")
    assert calls


@pytest.mark.parametrize("marker", ["nhnorm", "NHNORM", "NhNorm"])
def test_a_directive_is_found_in_any_case(monkeypatch: pytest.MonkeyPatch, marker: str) -> None:
    rule = Rule("TEST-REGEL", Severity.WARNING, answer_check=_every_answer)
    monkeypatch.setattr(runner, "ANSWER_RULES", (rule,))
    monkeypatch.setitem(runner._LOCKED, "TEST-REGEL", False)
    text = TEXT.replace(b"# nhnorm: negeer", f"# {marker}: NEGEER".encode())
    assert [p.location.line for p in runner.run_rules(parse_document(text, "x.yaml"), NORM)] == [9]


_OLD_MARKER = re.compile("nhnorm", re.IGNORECASE)  # the marker test before issue 9


@given(
    st.lists(
        st.sampled_from(
            ["nhnorm", "NHNORM", "nHnOrM", "nh", "norm", "ｎｈｎｏｒｍ", "\u212a", "ı", "İ", "ſ", "é"]
        )
        | st.characters(),
        max_size=8,
    ).map("".join)
)
def test_the_marker_is_found_in_the_bytes_where_the_pattern_finds_it(text: str) -> None:
    """Lowercasing the UTF-8 bytes folds exactly what the case-blind pattern folded: no letter
    outside ASCII (fullwidth, Kelvin sign, dotless i) matches a letter of "nhnorm" either way."""
    found = suppress._MARKER in text.encode("utf-8", "surrogatepass").lower()
    assert found is (_OLD_MARKER.search(text) is not None)


# Every shape the three fields can have in a file: absent, null, empty, of the wrong type, or with
# items that do and do not trigger the rules (overdue, after 2027, expired, stale, a verplicht
# onderdeel below voldaan).
_DAY = st.sampled_from(["2020-01-01", "2030-01-01", "2019-01-01", 5])  # overdue, after 2027, stale
_ACTION = st.fixed_dictionaries(
    {"omschrijving": st.just("Plan"), "gereed": _DAY},
    optional={"afgerond": st.sampled_from([False, True, "nee"])},
)
_EVIDENCE = st.one_of(
    st.fixed_dictionaries({"omschrijving": st.just("Memo")}, optional={"geldig_tot": _DAY, "datum": _DAY}),
    st.just("Verslag"),
)
_FIELDS = {
    "acties": st.one_of(
        st.lists(st.one_of(_ACTION, st.just(3)), min_size=1, max_size=3), st.sampled_from([None, "", 7])
    ),
    "bewijs": st.one_of(st.lists(_EVIDENCE, min_size=1, max_size=3), st.sampled_from([None, "", {}])),
    "onderdelen": st.one_of(
        st.dictionaries(st.sampled_from(["1.3.a", "1.3.b", "9.9"]), st.sampled_from(["deels", "voldaan", 1])),
        st.sampled_from([None, [], "deels"]),
    ),
}
_ANSWER = st.fixed_dictionaries(
    {"oordeel": st.sampled_from(["voldaan", "deels", "niet"])},
    optional={**_FIELDS, "toelichting": st.sampled_from(["Gesprek met P. Jansen", "Besproken"])},  # type: ignore[dict-item]
)
_SWITCHABLE = [rule.code for rule in runner.ANSWER_RULES + runner.BATCH_RULES + runner.FILE_RULES]


@given(
    st.dictionaries(st.sampled_from(["1.3", "1.5", "2.1"]), _ANSWER, min_size=1),
    st.sets(st.sampled_from(_SWITCHABLE)),
)
def test_rules_not_run_change_no_problem(answers: dict[str, Any], off: set[str]) -> None:
    """A rule switched off (`uit`) is not run, and one that needs a field is not run on an answer
    without it: the problems are those of running every rule on every answer and dropping the
    switched-off codes afterwards."""
    text = json.dumps({"norm": "1.0", "jaar": 2025, "peildatum": "2025-03-28", "antwoorden": answers})
    text = re.sub(r'"(\d{4}-\d\d-\d\d)"', r"\1", text)  # JSON is YAML; unquoted, a date is a date
    document = parse_document(text.encode(), "x.yaml")
    every = tuple(replace(rule, needs=None) for rule in runner.ANSWER_RULES)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(runner, "ANSWER_RULES", every)
        expected = [p for p in runner.run_rules(document, NORM) if p.code not in off]
    assert runner.run_rules(document, NORM, Policy(dict.fromkeys(off))) == expected
