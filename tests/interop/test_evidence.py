"""Bewijs items in the exports: strings and dated items (SPEC §7) carry their dates and links."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from nhnorm_cli.interop.ciso_audit import observations
from nhnorm_cli.interop.evidence import evidence, evidence_line
from nhnorm_cli.interop.oscal_results import assessment_results
from nhnorm_cli.models.assessment import Assessment, Evidence
from tests.factories import NORM, make_assessment

DATED = {
    "omschrijving": "Screeningsprotocol",
    "datum": date(2025, 11, 3),
    "geldig_tot": date(2026, 11, 3),
    "link": "https://intranet.example/screening.pdf",
}


def _assessment(bewijs: list[Any]) -> Assessment:
    return make_assessment(
        {"2.7": {"oordeel": "voldaan", "bewijs": bewijs}}, jaar=2026, peildatum=date(2026, 3, 1)
    )


def test_evidence_reads_strings_and_dated_items() -> None:
    assert evidence("Collegebesluit") == Evidence(omschrijving="Collegebesluit")
    assert evidence("https://x.example/a").link == "https://x.example/a"
    assert evidence_line(Evidence(**DATED)) == (
        "Screeningsprotocol (d.d. 2025-11-03, geldig tot 2026-11-03, https://intranet.example/screening.pdf)"
    )


def test_oscal_observation_carries_the_dates() -> None:
    results = assessment_results(NORM, _assessment([DATED, "Memo"]), datetime(2026, 3, 2, tzinfo=UTC))
    dated, plain = results["results"][0]["observations"]
    assert (dated["collected"], dated["expires"]) == ("2025-11-03T00:00:00Z", "2026-11-03T00:00:00Z")
    assert dated["relevant-evidence"] == [
        {"href": "https://intranet.example/screening.pdf", "description": "Screeningsprotocol"}
    ]
    assert plain["collected"] == "2026-03-01T00:00:00Z" and "expires" not in plain


def test_ciso_observations_carry_the_dates() -> None:
    answer = _assessment([DATED, "Memo"]).antwoorden["2.7"]
    assert observations(NORM, answer, public=False) == (
        "Bewijs: Screeningsprotocol (d.d. 2025-11-03, geldig tot 2026-11-03, "
        "https://intranet.example/screening.pdf)\nBewijs: Memo"
    )


def test_observation_uuids_survive_an_added_item_and_stay_unique() -> None:
    def uuids(bewijs: list[Any]) -> list[str]:
        results = assessment_results(NORM, _assessment(bewijs), datetime(2026, 3, 2, tzinfo=UTC))
        return [o["uuid"] for o in results["results"][0]["observations"]]

    before = uuids(["Memo", "Besluit"])
    after = uuids(["Nieuw", "Memo", "Besluit", "Memo"])
    assert after[1:3] == before and len(set(after)) == 4
