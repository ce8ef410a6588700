"""Pure: many organisations' assessments of one year -> the regional overview (and change since
the year before, and with a baseline the trend since then). The region's figures count only
vastgesteld assessments unless concepts are asked for (SPEC §6)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from nhnorm_cli.errors import usage_error
from nhnorm_cli.models.overview import (
    OrganisationRow,
    Overview,
    RiecProgress,
    ThemeChange,
    ThemeRef,
)
from nhnorm_cli.models.results import ScoreResult
from nhnorm_cli.region.anonymous import fold_groups
from nhnorm_cli.region.figures import counts, hardest_first, progress
from nhnorm_cli.region.trend import build_trend, norm_shifts
from nhnorm_cli.results.scoring import score_assessment, score_difference
from nhnorm_cli.select.assessments import Loaded


def build_overview(
    current: Sequence[Loaded],
    previous: Sequence[Loaded] = (),
    *,
    met_concepten: bool = False,
    anoniem: bool = False,
    history: Mapping[int, Sequence[Loaded]] | None = None,
) -> Overview:
    """Scores per organisation and theme, the hardest norms first, and progress per RIEC; with
    `history` (every year from the baseline to this one) the trend and the norms that moved most."""
    versions = sorted({item.norm.versie for item in current})
    if len(versions) != 1:
        raise usage_error("GEMENGDE-NORMVERSIES", versies=versions)
    norm = current[0].norm
    before = {item.slug: score_assessment(item.norm, item.assessment) for item in previous}
    rows = [_organisation(item, before.get(item.slug), met_concepten) for item in current]
    counted = [item for item in current if counts(item, met_concepten)]
    counted_rows = [row for row in rows if row.meegeteld]
    trend = shifts = None
    if history is not None:
        this_year = current[0].assessment.jaar
        per_year = {
            year: counted_rows if year == this_year else _counted_rows(items, met_concepten)
            for year, items in history.items()
        }
        trend = build_trend(norm, per_year)
        first = min(history)
        shifts = norm_shifts(norm, [i for i in history[first] if counts(i, met_concepten)], counted)
    years = {item.assessment.jaar for item in previous}
    return Overview(
        jaar=current[0].assessment.jaar,
        vorig_jaar=max(years) if years else None,
        norm=norm.versie,
        met_concepten=met_concepten,
        anoniem=anoniem,
        themas=[ThemeRef(id=t.id, titel=t.titel) for t in norm.themas],
        organisaties=[] if anoniem else rows,
        normen=hardest_first(norm, counted),
        voortgang=progress(counted_rows),
        per_riec=_per_riec(counted_rows, fold=anoniem),
        trend=trend,
        verschuivingen=shifts,
    )


def _counted_rows(items: Sequence[Loaded], met_concepten: bool) -> list[OrganisationRow]:
    return [_organisation(i, None, met_concepten) for i in items if counts(i, met_concepten)]


def _per_riec(rows: Sequence[OrganisationRow], *, fold: bool) -> list[RiecProgress]:
    """Named RIECs alphabetically, organisations without a RIEC next, "overig" (anonymous) last."""
    sizes: dict[str | None, int] = {}
    for row in rows:
        sizes[row.riec] = sizes.get(row.riec, 0) + 1
    shown = fold_groups(sizes) if fold else {group: group for group in sizes}
    groups = sorted(set(shown.values()), key=lambda g: (g is None, g == "overig" and fold, g or ""))
    return [
        RiecProgress(riec=group, **progress([r for r in rows if shown[r.riec] == group]).model_dump())
        for group in groups
    ]


def _organisation(item: Loaded, before: ScoreResult | None, met_concepten: bool) -> OrganisationRow:
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
        beantwoord=total.aantal - total.open,
        meegeteld=counts(item, met_concepten),
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
