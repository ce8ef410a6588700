"""Pure scoring per SPEC §3: (Norm, Assessment) -> ScoreResult."""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction
from math import floor

from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.results import ScoreResult, ScoreSet, ThemeScore


def round_half_up(value: Fraction) -> float:
    """One decimal, half up, computed exactly (no binary float surprises at .x5)."""
    return floor(value * 10 + Fraction(1, 2)) / 10


def score_difference(old: float | None, new: float | None) -> float | None:
    """new − old, exact and to one decimal, for diff, report and overview alike (66.7 → 33.3 is
    −33.4, never −33.400000000000006); None when either score is missing."""
    if old is None or new is None:
        return None
    return round_half_up(Fraction(str(new)) - Fraction(str(old)))


def score_set(norm: Norm, assessment: Assessment, requirement_ids: Iterable[str]) -> ScoreSet:
    """Score of a set of norms: 100 × points / (max × scored), None when nothing is scored."""
    ids = list(requirement_ids)
    points = scored = met = not_applicable = unanswered = 0
    for requirement_id in ids:
        oordeel = assessment.oordeel(requirement_id)
        if oordeel is None:
            unanswered += 1
            continue
        value = norm.points(oordeel)
        if value is None:
            not_applicable += 1
            continue
        points += value
        scored += 1
        met += norm.is_met(oordeel)
    score = round_half_up(Fraction(100 * points, norm.max_points * scored)) if scored else None
    return ScoreSet(
        score=score, aantal=len(ids), beoordeeld=scored, voldaan=met, nvt=not_applicable, open=unanswered
    )


def score_assessment(norm: Norm, assessment: Assessment) -> ScoreResult:
    """Total over all norms (not the mean of the themes) and per theme."""
    themes = [
        ThemeScore(
            id=t.id, titel=t.titel, **score_set(norm, assessment, (r.id for r in t.normen)).model_dump()
        )
        for t in norm.themas
    ]
    return ScoreResult(
        organisatie=assessment.organisatie.naam,
        jaar=assessment.jaar,
        norm=norm.versie,
        totaal=score_set(norm, assessment, norm.requirement_ids),
        themas=themes,
    )
