"""Property: any valid assessment survives YAML -> xlsx -> YAML unchanged."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nhnorm_cli.check.structure import check_document
from nhnorm_cli.editing.evidenceline import format_evidence, parse_evidence
from nhnorm_cli.editing.yamlmerge import fresh_yaml
from nhnorm_cli.errors import LineError
from nhnorm_cli.models.assessment import Action, Answer, Assessment
from nhnorm_cli.source.yamlsource import parse_document
from nhnorm_cli.workbook.export_xlsx import workbook_bytes
from nhnorm_cli.workbook.spreadsheet import format_action, parse_action
from nhnorm_cli.workbook.xlsximport import read_workbook
from tests.factories import NORM

# Letters (with accents), digits, punctuation and spaces; "=" and "+" so text that looks like a
# formula is covered. "|" separates the fields of an action line, so it is left out there.
_CHARS = st.characters(categories=["L", "N", "P", "Zs"], include_characters="=+€", exclude_characters="|")
_LINE = st.text(_CHARS, min_size=1, max_size=30).map(str.strip).filter(bool)
_TEXT = st.lists(_LINE, min_size=1, max_size=3).map("\n".join)
_DATES = st.dates(date(2000, 1, 1), date(2100, 12, 31))


@st.composite
def _action(draw: st.DrawFn) -> dict[str, Any]:
    action: dict[str, Any] = {"omschrijving": draw(_LINE), "afgerond": draw(st.booleans())}
    if draw(st.booleans()):
        action["eigenaar"] = draw(_LINE)
    if draw(st.booleans()):
        action["gereed"] = draw(_DATES)
    if draw(st.booleans()):
        action["prioriteit"] = draw(st.sampled_from(["hoog", "middel", "laag"]))
    return action


_URL = st.from_regex(r"\Ahttps://[a-z]{1,10}\.nl/[a-z0-9/]{0,20}\Z")


@st.composite
def _evidence(draw: st.DrawFn) -> str | dict[str, Any]:
    """Both forms of a bewijs item: plain text, or a mapping with any of its optional fields."""
    if draw(st.booleans()):
        return draw(_LINE)
    item: dict[str, Any] = {"omschrijving": draw(_LINE)}
    for name, strategy in (("datum", _DATES), ("geldig_tot", _DATES), ("link", _URL)):
        if draw(st.booleans()):
            item[name] = draw(strategy)
    return item


@st.composite
def _answer(draw: st.DrawFn, rid: str) -> dict[str, Any]:
    requirement = NORM.requirement(rid)
    assert requirement is not None
    oordeel = draw(st.sampled_from(NORM.rating_keys))
    answer: dict[str, Any] = {"oordeel": oordeel}
    if oordeel == "nvt" or draw(st.booleans()):
        answer["toelichting"] = draw(_TEXT)
    if draw(st.booleans()):
        answer["bewijs"] = draw(st.lists(_evidence(), min_size=1, max_size=4))
    if draw(st.booleans()):
        answer["acties"] = draw(st.lists(_action(), min_size=1, max_size=3))
    answer["vertrouwelijk"] = draw(st.booleans())
    components = [c.id for c in requirement.onderdelen]
    chosen = draw(st.lists(st.sampled_from(components), unique=True)) if components else []
    answer["onderdelen"] = {c: draw(st.sampled_from(NORM.rating_keys)) for c in components if c in chosen}
    return answer


@st.composite
def assessments(draw: st.DrawFn) -> Assessment:
    ids = draw(st.lists(st.sampled_from(NORM.requirement_ids), unique=True, max_size=12))
    organisatie: dict[str, Any] = {
        "naam": draw(_LINE),
        "soort": draw(st.sampled_from(["gemeente", "provincie"])),
    }
    if draw(st.booleans()):
        organisatie["code"] = draw(st.from_regex(r"\AGM\d{4}\Z"))
    if draw(st.booleans()):
        organisatie["riec"] = draw(_LINE)
    return Assessment.model_validate(
        {
            "norm": "1.0",
            "organisatie": organisatie,
            "jaar": draw(st.integers(2000, 2100)),
            "peildatum": draw(_DATES),
            "status": "concept",
            "antwoorden": {rid: draw(_answer(rid)) for rid in NORM.requirement_ids if rid in ids},
        }
    )


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(assessments())
def test_yaml_xlsx_yaml_keeps_every_answer(original: Assessment) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "overzicht.xlsx"
        path.write_bytes(workbook_bytes(NORM, original))
        data = read_workbook(path, "overzicht.xlsx")
    text = fresh_yaml(data)
    back, problems = check_document(parse_document(text.encode("utf-8"), "terug.yaml"))
    assert [p for p in problems if p.is_error] == []
    assert back == original


@given(_action())
def test_action_line_round_trip(action: dict[str, Any]) -> None:
    line = format_action(Action.model_validate(action))
    assert Action.model_validate(parse_action(line)) == Action.model_validate(action)


def test_action_lines_people_type() -> None:
    assert parse_action("Beleid schrijven") == {"omschrijving": "Beleid schrijven", "afgerond": False}
    assert parse_action("A | B ") == {"omschrijving": "A", "eigenaar": "B", "afgerond": False}
    assert parse_action("Wet a|b toepassen | Team | 2026-01-31 | Afgerond") == {
        "omschrijving": "Wet a | b toepassen",
        "eigenaar": "Team",
        "gereed": date(2026, 1, 31),
        "afgerond": True,
    }

    assert parse_action("Training | Griffie | 2026-03-01 | open | Hoog") == {
        "omschrijving": "Training",
        "eigenaar": "Griffie",
        "gereed": date(2026, 3, 1),
        "afgerond": False,
        "prioriteit": "hoog",
    }
    assert parse_action("Plan | | | | laag") == {
        "omschrijving": "Plan",
        "afgerond": False,
        "prioriteit": "laag",
    }


@given(_evidence())
def test_evidence_line_round_trip(item: str | dict[str, Any]) -> None:
    [parsed] = Answer.model_validate({"oordeel": "voldaan", "bewijs": [item]}).bewijs
    line = format_evidence(parsed)
    [back] = Answer.model_validate({"oordeel": "voldaan", "bewijs": [parse_evidence(line)]}).bewijs
    assert back == parsed


def test_evidence_lines_people_type() -> None:
    assert parse_evidence(" Collegebesluit 2025 ") == "Collegebesluit 2025"
    assert parse_evidence("Collegebesluit|2025-01-10|2026-01-10") == {
        "omschrijving": "Collegebesluit",
        "datum": date(2025, 1, 10),
        "geldig_tot": date(2026, 1, 10),
    }
    assert parse_evidence("Verslag | | 2026-06-30") == {
        "omschrijving": "Verslag",
        "geldig_tot": date(2026, 6, 30),
    }
    assert parse_evidence("Beleid |") == {"omschrijving": "Beleid"}
    assert parse_evidence("Wet a|b | 2025-01-01 | | https://x.nl") == {
        "omschrijving": "Wet a | b",
        "datum": date(2025, 1, 1),
        "link": "https://x.nl",
    }
    assert (
        format_evidence(
            Answer.model_validate({"oordeel": "voldaan", "bewijs": [{"omschrijving": "a|b"}]}).bewijs[0]
        )
        == "a|b | | |"
    )


@pytest.mark.parametrize(
    ("line", "reason", "part", "field"),
    [
        ("| 2025-01-01", "omschrijving-ontbreekt", "", ""),
        ("||||", "omschrijving-ontbreekt", "", ""),  # five empty fields joined to " | " once wrote that
        (" | | | | ", "omschrijving-ontbreekt", "", ""),
        ("Besluit | 10-13-2025", "veld-geen-datum", "10-13-2025", "datum"),
    ],
)
def test_evidence_line_errors(line: str, reason: str, part: str, field: str) -> None:
    with pytest.raises(LineError) as caught:
        parse_evidence(line)
    assert (caught.value.reason, caught.value.part, caught.value.field) == (reason, part, field)


@pytest.mark.parametrize("line", ["||||", " | | | | ", "|"])
def test_action_line_of_only_separators_has_no_omschrijving(line: str) -> None:
    with pytest.raises(LineError) as caught:
        parse_action(line)
    assert caught.value.reason == "omschrijving-ontbreekt"
