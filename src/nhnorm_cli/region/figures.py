"""Pure: the region's figures over the counted assessments of one year (norm tallies, progress)."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.overview import NormTally, OrganisationRow, Progress
from nhnorm_cli.results.scoring import round_half_up
from nhnorm_cli.select.assessments import Loaded


def counts(item: Loaded, met_concepten: bool) -> bool:
    """SPEC §6: the region's figures count only what was adopted, unless asked otherwise."""
    return met_concepten or item.assessment.status == "vastgesteld"


def percentage(part: int, whole: int) -> float | None:
    return round_half_up(Fraction(100 * part, whole)) if whole else None


def mean(scores: Sequence[float | None]) -> float | None:
    """The mean of the scores there are, from their one-decimal values as shown, rounded half up."""
    values = [Fraction(str(s)) for s in scores if s is not None]
    return round_half_up(sum(values, Fraction(0)) / len(values)) if values else None


def tally(norm: Norm, requirement_id: str, items: Sequence[Loaded]) -> NormTally:
    oordelen = [item.assessment.oordeel(requirement_id) for item in items]
    points = [norm.points(o) for o in oordelen]
    scored = [p for p in points if p is not None]
    met = sum(norm.is_met(o) for o in oordelen)
    requirement = norm.requirement(requirement_id)
    assert requirement is not None
    return NormTally(
        id=requirement_id,
        thema=norm.theme_of(requirement_id).id,
        tekst=requirement.tekst,
        organisaties=len(items),
        beoordeeld=len(scored),
        voldaan=met,
        nvt=sum(o is not None and norm.points(o) is None for o in oordelen),
        open=sum(o is None for o in oordelen),
        aandeel_voldaan=percentage(met, len(scored)),
        score=round_half_up(Fraction(100 * sum(scored), norm.max_points * len(scored))) if scored else None,
        verdeling={key: sum(o == key for o in oordelen) for key in norm.rating_keys},
    )


def tallies(norm: Norm, items: Sequence[Loaded]) -> list[NormTally]:
    """Every norm of `norm`, in norm order."""
    return [tally(norm, rid, items) for rid in norm.requirement_ids]


def hardest_first(norm: Norm, items: Sequence[Loaded]) -> list[NormTally]:
    """Lowest share met first, then lowest regional score; unscored norms last, norm order within."""
    order = {rid: i for i, rid in enumerate(norm.requirement_ids)}
    return sorted(
        tallies(norm, items),
        key=lambda t: (t.aandeel_voldaan is None, t.aandeel_voldaan or 0.0, t.score or 0.0, order[t.id]),
    )


def progress(rows: Sequence[OrganisationRow]) -> Progress:
    scored = sum(r.totaal.beoordeeld for r in rows)
    met = sum(r.totaal.voldaan for r in rows)
    full = sum(r.volledig_voldaan for r in rows)
    return Progress(
        organisaties=len(rows),
        volledig_voldaan=full,
        aandeel_volledig_voldaan=percentage(full, len(rows)),
        normen_beoordeeld=scored,
        normen_voldaan=met,
        aandeel_normen_voldaan=percentage(met, scored),
        gemiddelde_score=mean([r.totaal.score for r in rows]),
    )
