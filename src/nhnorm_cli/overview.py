"""Pure: many organisations' assessments of one year -> the regional overview (and change since
the year before)."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from nhnorm_cli.assessments import Loaded
from nhnorm_cli.errors import usage_error
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.overview import (
    NormTally,
    OrganisationRow,
    Overview,
    Progress,
    RiecProgress,
    ThemeChange,
    ThemeRef,
)
from nhnorm_cli.models.results import ScoreResult
from nhnorm_cli.scoring import round_half_up, score_assessment, score_difference


def build_overview(current: Sequence[Loaded], previous: Sequence[Loaded] = ()) -> Overview:
    """Scores per organisation and theme, the hardest norms first, and progress per RIEC."""
    versions = sorted({item.norm.versie for item in current})
    if len(versions) != 1:
        raise usage_error("GEMENGDE-NORMVERSIES", versies=versions)
    norm = current[0].norm
    before = {item.slug: score_assessment(item.norm, item.assessment) for item in previous}
    rows = [_organisation(item, before.get(item.slug)) for item in current]
    # named RIECs alphabetically, organisations without a RIEC last
    riecs = sorted({item.assessment.organisatie.riec or "" for item in current}, key=lambda r: (not r, r))
    per_riec = [
        RiecProgress(
            riec=riec or None,
            **_progress(
                [i for i in current if (i.assessment.organisatie.riec or "") == riec],
                [r for r in rows if (r.riec or "") == riec],
            ).model_dump(),
        )
        for riec in riecs
    ]
    years = {item.assessment.jaar for item in previous}
    return Overview(
        jaar=current[0].assessment.jaar,
        vorig_jaar=max(years) if years else None,
        norm=norm.versie,
        themas=[ThemeRef(id=t.id, titel=t.titel) for t in norm.themas],
        organisaties=rows,
        normen=_hardest_first(norm, current),
        voortgang=_progress(current, rows),
        per_riec=per_riec,
    )


def _organisation(item: Loaded, before: ScoreResult | None) -> OrganisationRow:
    score = score_assessment(item.norm, item.assessment)
    old_themes = {t.id: t.score for t in before.themas} if before else {}
    old_total = before.totaal.score if before else None
    total = score.totaal
    organisatie = item.assessment.organisatie
    return OrganisationRow(
        slug=item.slug,
        organisatie=organisatie.naam,
        soort=organisatie.soort,
        riec=organisatie.riec,
        status=item.assessment.status,
        totaal=total,
        vorig=old_total,
        verschil=score_difference(old_total, total.score),
        themas=[
            ThemeChange(
                id=t.id,
                score=t.score,
                vorig=old_themes.get(t.id),
                verschil=score_difference(old_themes.get(t.id), t.score),
            )
            for t in score.themas
        ],
        # The 2027 ambition: every norm answered and every scored norm met (nvt is allowed).
        volledig_voldaan=total.open == 0 and total.beoordeeld > 0 and total.voldaan == total.beoordeeld,
    )


def _percentage(part: int, whole: int) -> float | None:
    return round_half_up(Fraction(100 * part, whole)) if whole else None


def _tally(norm: Norm, requirement_id: str, items: Sequence[Loaded]) -> NormTally:
    oordelen = [item.assessment.oordeel(requirement_id) for item in items]
    points = [norm.points(o) for o in oordelen]
    scored = [p for p in points if p is not None]
    top = max(norm.oordelen, key=lambda r: r.punten or 0).sleutel
    met = sum(o == top for o in oordelen)
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
        aandeel_voldaan=_percentage(met, len(scored)),
        score=round_half_up(Fraction(100 * sum(scored), norm.max_points * len(scored))) if scored else None,
    )


def _hardest_first(norm: Norm, items: Sequence[Loaded]) -> list[NormTally]:
    """Lowest share met first, then lowest regional score; unscored norms last, norm order within."""
    order = {rid: i for i, rid in enumerate(norm.requirement_ids)}
    tallies = [_tally(norm, rid, items) for rid in norm.requirement_ids]
    return sorted(
        tallies,
        key=lambda t: (
            t.aandeel_voldaan is None,
            t.aandeel_voldaan or 0.0,
            t.score or 0.0,
            order[t.id],
        ),
    )


def _progress(items: Sequence[Loaded], rows: Sequence[OrganisationRow]) -> Progress:
    scored = sum(r.totaal.beoordeeld for r in rows)
    met = sum(r.totaal.voldaan for r in rows)
    full = sum(r.volledig_voldaan for r in rows)
    totals = [Fraction(str(r.totaal.score)) for r in rows if r.totaal.score is not None]
    return Progress(
        organisaties=len(items),
        volledig_voldaan=full,
        aandeel_volledig_voldaan=_percentage(full, len(rows)),
        normen_beoordeeld=scored,
        normen_voldaan=met,
        aandeel_normen_voldaan=_percentage(met, scored),
        gemiddelde_score=round_half_up(sum(totals, Fraction(0)) / len(totals)) if totals else None,
    )
