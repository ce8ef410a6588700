"""`nhnorm bewijs`: the dated evidence that has expired or expires before a date, so the advisor
knows what to renew before the next cycle. Pure: valid assessments in, the SPEC-style JSON shape out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pydantic import BaseModel, ConfigDict

from nhnorm_cli.models.assessment import Evidence
from nhnorm_cli.rules.bewijs import years_before
from nhnorm_cli.select.assessments import Loaded


class Item(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    norm: str
    omschrijving: str
    datum: date | None
    geldig_tot: date
    verlopen: bool  # already before the peildatum
    regel: int  # the geldig_tot line in the file
    kolom: int


class AssessmentEvidence(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pad: str
    organisatie: str
    jaar: int
    peildatum: date
    verloopt_voor: date
    bewijs: list[Item]


class Renewal(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    zelfevaluaties: list[AssessmentEvidence]


def latest_per_organisation(loaded: Sequence[Loaded]) -> list[Loaded]:
    """Each organisation's most recent assessment (the selection is sorted by slug and year)."""
    latest = {item.slug: item for item in loaded}
    return list(latest.values())


def expiring(loaded: Sequence[Loaded], before: date | None = None) -> Renewal:
    """Per assessment, the evidence with a geldig_tot before `before` (default: the peildatum a
    year on, the next measurement), soonest first."""
    return Renewal(zelfevaluaties=[_one(item, before) for item in loaded])


def _one(item: Loaded, before: date | None) -> AssessmentEvidence:
    assessment = item.assessment
    deadline = before or years_before(assessment.peildatum, -1)
    found = []
    for rid in item.norm.requirement_ids:
        answer = assessment.antwoorden.get(rid)
        for index, evidence in enumerate(answer.bewijs if answer else []):
            if not isinstance(evidence, Evidence) or evidence.geldig_tot is None:
                continue
            if evidence.geldig_tot >= deadline:
                continue
            at = item.parsed().locate(("antwoorden", rid, "bewijs", index, "geldig_tot"))
            found.append(
                Item(
                    norm=rid,
                    omschrijving=evidence.omschrijving,
                    datum=evidence.datum,
                    geldig_tot=evidence.geldig_tot,
                    verlopen=evidence.geldig_tot < assessment.peildatum,
                    regel=at.line,
                    kolom=at.column,
                )
            )
    found.sort(key=lambda i: i.geldig_tot)  # stable: norm order within a day
    return AssessmentEvidence(
        pad=item.display,
        organisatie=assessment.organisatie.naam,
        jaar=assessment.jaar,
        peildatum=assessment.peildatum,
        verloopt_voor=deadline,
        bewijs=found,
    )
