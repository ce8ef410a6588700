"""The report context: comparison, action plan, 2027 outlook, and public mode at the data level."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from nhnorm_cli.results.reportdata import build_report
from tests.factories import IDS, NORM, action, bare_answer, make_assessment, uniform


def _strings(value: Any) -> list[str]:
    """Every string anywhere in a dumped model (keys and values)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def test_compares_with_the_most_recent_earlier_year_and_trends_up_to_the_report_year() -> None:
    history = [
        (NORM, make_assessment(uniform("niet"), jaar=2023)),
        (NORM, make_assessment(uniform("deels"), jaar=2024)),
        (NORM, make_assessment(uniform("grotendeels"), jaar=2026)),  # later: not part of a 2025 report
    ]
    current = make_assessment(uniform("voldaan"), jaar=2025)
    data = build_report(NORM, current, [*history, (NORM, current)])
    summary = data.samenvatting
    assert (summary.vorig_jaar, summary.vorige, summary.totaal.score, summary.verschil) == (
        2024,
        33.3,
        100.0,
        66.7,
    )
    assert [t.vorige for t in data.themas] == [33.3] * 6
    assert [(p.jaar, p.totaal) for p in data.trend] == [(2023, 0.0), (2024, 33.3), (2025, 100.0)]
    assert len(summary.wijzigingen) == 47 and {c.richting for c in summary.wijzigingen} == {"beter"}


def test_two_assessments_of_the_same_earlier_year_do_not_crash() -> None:
    current = make_assessment(uniform("voldaan"), jaar=2025)
    twice = [
        (NORM, make_assessment(uniform("deels"), jaar=2024)),
        (NORM, make_assessment(uniform("niet"), jaar=2024)),
    ]
    data = build_report(NORM, current, twice)
    assert data.samenvatting.vorig_jaar == 2024 and [p.jaar for p in data.trend] == [2024, 2025]


def test_without_an_earlier_year_there_is_no_comparison() -> None:
    current = make_assessment(uniform("deels"), jaar=2025)
    later = make_assessment(uniform("voldaan"), jaar=2026)
    data = build_report(NORM, current, [(NORM, later)])
    assert data.samenvatting.vorig_jaar is None and data.samenvatting.verschil is None
    assert data.samenvatting.wijzigingen == [] and [p.jaar for p in data.trend] == [2025]


def test_action_plan_sorted_by_due_date_overdue_against_peildatum_undated_last() -> None:
    antwoorden = {
        "2.1": bare_answer(
            "deels", acties=[action("zonder datum"), action("later", gereed=date(2026, 1, 1))]
        ),
        "1.2": bare_answer("niet", acties=[action("op de peildatum", gereed=date(2025, 3, 28))]),
        "1.1": bare_answer("deels", acties=[action("te laat", gereed=date(2025, 3, 27))]),
        "3.1": bare_answer("deels", acties=[action("klaar", gereed=date(2024, 1, 1), afgerond=True)]),
    }
    plan = build_report(NORM, make_assessment(antwoorden, peildatum=date(2025, 3, 28))).actieplan
    assert [(a.omschrijving, a.norm, a.verlopen) for a in plan] == [
        ("te laat", "1.1", True),
        ("op de peildatum", "1.2", False),
        ("later", "2.1", False),
        ("zonder datum", "2.1", False),
    ]


def test_road_to_2027_splits_norms_not_met_by_planned_action() -> None:
    antwoorden = {
        "1.1": bare_answer("voldaan"),
        "1.2": bare_answer("deels", acties=[action("plan")]),
        "1.3": bare_answer("niet", acties=[action("al gedaan", afgerond=True)]),
        "1.4": bare_answer("nvt"),
    }
    data = build_report(NORM, make_assessment(antwoorden))
    assert [(n.id, n.acties, n.oordeel.label) for n in data.met_actie] == [("1.2", 1, "Deels voldaan")]
    without = [n.id for n in data.zonder_actie]
    assert without[0] == "1.3" and "1.1" not in without and "1.4" not in without
    assert len(without) == 47 - 3  # every unanswered norm is not voldaan either
    assert data.zonder_actie[1].oordeel.label == "Nog niet beoordeeld"


def test_distribution_and_onderdelen_labels() -> None:
    antwoorden = {
        "1.3": bare_answer("grotendeels", onderdelen={"1.3.a": "voldaan"}),
        "1.4": bare_answer("nvt"),
    }
    data = build_report(NORM, make_assessment(antwoorden))
    counts = {c.sleutel: c.aantal for c in data.samenvatting.verdeling}
    assert counts == {"voldaan": 0, "grotendeels": 1, "deels": 0, "niet": 0, "nvt": 1, "open": 45}
    components = data.themas[0].normen[2].onderdelen
    assert components[0].oordeel is not None and components[0].oordeel.label == "Voldaan"
    assert components[1].oordeel is None


@settings(max_examples=30, deadline=None)
@given(
    secret=st.sets(st.sampled_from(IDS), min_size=1, max_size=10),
    owners=st.lists(st.integers(1000, 9999), min_size=len(IDS), max_size=len(IDS)),
)
def test_public_data_holds_no_confidential_text_and_no_owner_name(
    secret: set[str], owners: list[int]
) -> None:
    antwoorden = {
        rid: bare_answer(
            "deels",
            toelichting=f"{'GEHEIM' if rid in secret else 'OPEN'}-toelichting-{rid}",
            bewijs=[f"{'GEHEIM' if rid in secret else 'OPEN'}-bewijs-{rid}"],
            acties=[
                action(f"{'GEHEIM' if rid in secret else 'OPEN'}-actie-{rid}", eigenaar=f"J. Jansen-{n}")
            ],
            vertrouwelijk=rid in secret,
        )
        for rid, n in zip(IDS, owners, strict=True)
    }
    antwoorden["1.1"]["acties"].append(action("zonder eigenaar"))
    data = build_report(NORM, make_assessment(antwoorden), public=True)
    texts = _strings(data.model_dump(mode="json"))
    assert not [t for t in texts if "GEHEIM" in t or "Jansen" in t]
    assert f"OPEN-toelichting-{next(r for r in IDS if r not in secret)}" in texts
    assert data.openbaar and data.weggelaten == len(secret)
    assert all(a.eigenaar is None for a in data.actieplan)
    assert [a.eigenaar_bekend for a in data.actieplan].count(False) == 1
    # the same data, not public, keeps everything
    internal = set(_strings(build_report(NORM, make_assessment(antwoorden)).model_dump(mode="json")))
    kinds = ("toelichting", "bewijs", "actie")
    assert {f"GEHEIM-{kind}-{rid}" for rid in secret for kind in kinds} <= internal
    assert {f"J. Jansen-{n}" for n in owners} <= internal
