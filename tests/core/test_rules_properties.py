"""Property: no rule ever crashes, whatever an assessment holds: well-formed answers with dated
evidence and actions around the peildatum, and answers whose values have any type at all."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nhnorm_cli.check.structure import check_document
from nhnorm_cli.editing.yamlmerge import fresh_yaml
from nhnorm_cli.messages import message
from nhnorm_cli.rules.registry import BY_CODE
from nhnorm_cli.source.yamlsource import parse_document
from tests.factories import NORM

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_DATES = st.dates(date(2020, 1, 1), date(2030, 12, 31))
_TEXT = st.text(st.characters(categories=["L", "N", "Zs"]), max_size=12)
_SCALAR = st.none() | st.booleans() | st.integers(-5, 3000) | _TEXT | _DATES
_ANY = st.recursive(
    _SCALAR, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3)
)
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")  # a parameter the message did not get
_IDS = st.sampled_from(NORM.requirement_ids)


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(strategy, _ANY)  # usually the right shape, sometimes anything


_EVIDENCE = _TEXT | st.fixed_dictionaries(
    {"omschrijving": _maybe(_TEXT)},
    optional={"datum": _maybe(_DATES), "geldig_tot": _maybe(_DATES), "link": _TEXT},
)
_ACTION = st.fixed_dictionaries(
    {"omschrijving": _maybe(_TEXT)},
    optional={"gereed": _maybe(_DATES), "afgerond": _maybe(st.booleans()), "eigenaar": _TEXT},
)
_ANSWER = st.fixed_dictionaries(
    {"oordeel": _maybe(st.sampled_from(NORM.rating_keys))},
    optional={
        "toelichting": _maybe(_TEXT),
        "bewijs": _maybe(st.lists(_maybe(_EVIDENCE), max_size=4)),
        "acties": _maybe(st.lists(_maybe(_ACTION), max_size=3)),
        "onderdelen": _maybe(st.dictionaries(st.sampled_from(["1.3.a", "5.5.b", "9.9.z"]), _ANY, max_size=2)),
    },
)


@st.composite
def _assessment(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "norm": "1.0",
        "organisatie": {"naam": "Gemeente Testdorp", "soort": "gemeente"},
        "jaar": draw(_maybe(st.integers(2020, 2030))),
        "peildatum": draw(_maybe(_DATES)),
        "status": "concept",
        "antwoorden": draw(st.dictionaries(_IDS, _maybe(_ANSWER), max_size=8)),
    }


@SETTINGS
@given(_assessment(), st.booleans())
def test_no_rule_crashes(data: dict[str, Any], negeer: bool) -> None:
    text = fresh_yaml(data)
    if negeer:  # a directive above every answer, known and unknown codes mixed
        text = text.replace('\n  "', '\n  # nhnorm: negeer GEEN-ACTIE, BEWIJS-VERLOPEN, X-Y\n  "')
    document = parse_document(text.encode("utf-8"), "x.yaml")
    _, problems = check_document(document)
    lines = text.count("\n") + 1
    for problem in problems:
        assert 1 <= problem.location.line <= lines
        for lang in ("nl", "en"):
            assert not _PLACEHOLDER.search(message(problem, lang)), message(problem, lang)
        rule = BY_CODE.get(problem.code)
        if rule is not None and not rule.locked:
            assert not problem.is_error  # the default policy keeps every tunable rule a warning
