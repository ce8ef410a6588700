"""Bewijs items in the exports: strings now, dated mappings (SPEC §7) as soon as the model has them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from types import SimpleNamespace

from nhnorm_cli.interop.ciso_audit import observations
from nhnorm_cli.interop.evidence import Evidence, evidence
from nhnorm_cli.interop.oscal_results import assessment_results
from nhnorm_cli.models.assessment import Answer, Assessment, Organisation
from tests.factories import NORM

DATED = SimpleNamespace(
    omschrijving="Screeningsprotocol",
    datum=date(2025, 11, 3),
    geldig_tot=date(2026, 11, 3),
    link="https://intranet.example/screening.pdf",
)


def test_evidence_reads_strings_and_dated_items() -> None:
    assert evidence("Collegebesluit") == Evidence("Collegebesluit")
    assert evidence("https://x.example/a") == Evidence("https://x.example/a", link="https://x.example/a")
    assert evidence(DATED) == Evidence(
        "Screeningsprotocol", date(2025, 11, 3), date(2026, 11, 3), "https://intranet.example/screening.pdf"
    )
    assert evidence(DATED).text() == (
        "Screeningsprotocol (d.d. 2025-11-03, geldig tot 2026-11-03, https://intranet.example/screening.pdf)"
    )


def _with_dated_bewijs() -> Assessment:
    # model_construct: the assessment model takes only strings until the dated items land
    answer = Answer.model_construct(oordeel="voldaan", bewijs=[DATED, "Memo"])
    return Assessment.model_construct(
        norm="1.0",
        organisatie=Organisation(naam="Gemeente Testdorp", soort="gemeente"),
        jaar=2026,
        peildatum=date(2026, 3, 1),
        status="concept",
        antwoorden={"2.7": answer},
    )


def test_oscal_observation_carries_the_dates() -> None:
    results = assessment_results(NORM, _with_dated_bewijs(), datetime(2026, 3, 2, tzinfo=UTC))
    dated, plain = results["results"][0]["observations"]
    assert (dated["collected"], dated["expires"]) == ("2025-11-03T00:00:00Z", "2026-11-03T00:00:00Z")
    assert dated["relevant-evidence"] == [
        {"href": "https://intranet.example/screening.pdf", "description": "Screeningsprotocol"}
    ]
    assert plain["collected"] == "2026-03-01T00:00:00Z" and "expires" not in plain


def test_ciso_observations_carry_the_dates() -> None:
    answer = _with_dated_bewijs().antwoorden["2.7"]
    assert observations(NORM, answer, public=False) == (
        "Bewijs: Screeningsprotocol (d.d. 2025-11-03, geldig tot 2026-11-03, "
        "https://intranet.example/screening.pdf)\nBewijs: Memo"
    )


def test_observation_uuids_survive_an_added_item_and_stay_unique() -> None:
    def uuids(bewijs: list[object]) -> list[str]:
        assessment = _with_dated_bewijs()
        answer = Answer.model_construct(oordeel="voldaan", bewijs=bewijs)
        changed = assessment.model_copy(update={"antwoorden": {"2.7": answer}})
        results = assessment_results(NORM, changed, datetime(2026, 3, 2, tzinfo=UTC))
        return [o["uuid"] for o in results["results"][0]["observations"]]

    before = uuids(["Memo", "Besluit"])
    after = uuids(["Nieuw", "Memo", "Besluit", "Memo"])
    assert after[1:3] == before and len(set(after)) == 4
