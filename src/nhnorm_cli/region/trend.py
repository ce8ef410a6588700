"""Pure: the region over the years since a baseline, and the norms that moved most since then."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.overview import NormShift, OrganisationRow, RegionThemeScore, TrendYear
from nhnorm_cli.region.figures import mean, percentage, tallies
from nhnorm_cli.results.scoring import score_difference
from nhnorm_cli.select.assessments import Loaded

SHIFTS_SHOWN = 10


def build_trend(norm: Norm, years: Mapping[int, Sequence[OrganisationRow]]) -> list[TrendYear]:
    """One entry per year (ascending) from the counted organisation rows of that year."""
    return [
        TrendYear(
            jaar=year,
            organisaties=len(rows),
            gemiddelde_score=mean([r.totaal.score for r in rows]),
            aandeel_volledig_voldaan=percentage(sum(r.volledig_voldaan for r in rows), len(rows)),
            themas=[
                RegionThemeScore(id=theme.id, score=mean([r.themas[i].score for r in rows]))
                for i, theme in enumerate(norm.themas)
            ],
        )
        for year, rows in sorted(years.items())
    ]


def norm_shifts(norm: Norm, first: Sequence[Loaded], last: Sequence[Loaded]) -> list[NormShift]:
    """The norms whose regional score moved most (either way) from the first year to the last;
    ties in norm order, norms without a score in either year last."""
    before = {t.id: t.score for t in tallies(norm, first)}
    shifts = [
        NormShift(
            id=t.id,
            tekst=t.tekst,
            van=before[t.id],
            naar=t.score,
            verschil=score_difference(before[t.id], t.score),
        )
        for t in tallies(norm, last)
    ]
    order = {rid: i for i, rid in enumerate(norm.requirement_ids)}
    shifts.sort(key=lambda s: (s.verschil is None, -abs(s.verschil or 0.0), order[s.id]))
    return shifts[:SHIFTS_SHOWN]
