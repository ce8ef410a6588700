"""Pure: the region over the years since a baseline, and the norms that moved most since then.
Anonymous, no figure may stand for fewer than SMALLEST_GROUP organisations (SPEC §6, issue 19): a
year, a theme's mean or a norm's shift that would is left out, and the overview says so."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.overview import (
    Coverage,
    NormShift,
    OrganisationRow,
    RegionThemeScore,
    TrendYear,
    Withheld,
)
from nhnorm_cli.region.anonymous import SMALLEST_GROUP
from nhnorm_cli.region.figures import mean, percentage, tallies
from nhnorm_cli.results.scoring import score_difference
from nhnorm_cli.select.assessments import Loaded

SHIFTS_SHOWN = 10


@dataclass(frozen=True)
class TrendInput:
    """One year of the trend: the counted organisations' rows and assessments, and the coverage."""

    rows: Sequence[OrganisationRow]
    items: Sequence[Loaded]
    coverage: Coverage


@dataclass(frozen=True)
class Trend:
    years: list[TrendYear]
    shifts: list[NormShift]
    withheld: list[Withheld]
    in_every_year: int  # organisations counted in every year of the trend


def build_trend(norm: Norm, years: Mapping[int, TrendInput], *, anoniem: bool = False) -> Trend:
    """One entry per year (ascending) from the counted organisations of that year, and the norms
    whose regional score moved most from the first year to the last."""
    minimum = SMALLEST_GROUP if anoniem else 0
    withheld: list[Withheld] = []
    entries = [_year(norm, year, data, minimum, withheld) for year, data in sorted(years.items())]
    ordered = sorted(years)
    span = (ordered[0], ordered[-1])
    shifts = _shifts(norm, years[span[0]], years[span[1]], span, minimum, withheld)
    keys = [{_identity(row) for row in years[y].rows} for y in ordered]
    in_every = len(set.intersection(*keys)) if keys else 0
    return Trend(entries, shifts, withheld, in_every)


def _identity(row: OrganisationRow) -> str:
    return row.slug  # with a register the entry's slug, so a file in another folder is the same


def _year(norm: Norm, year: int, data: TrendInput, minimum: int, withheld: list[Withheld]) -> TrendYear:
    rows = data.rows
    if 0 < len(rows) < minimum:  # the whole year would be those few organisations' figures
        withheld.append(Withheld(cijfer="trend", jaar=year, organisaties=len(rows)))
        themes = [RegionThemeScore(id=theme.id, score=None) for theme in norm.themas]
        return TrendYear(
            jaar=year,
            organisaties=len(rows),
            gemiddelde_score=None,
            aandeel_volledig_voldaan=None,
            themas=themes,
            dekking=data.coverage,
        )
    themes = []
    for i, theme in enumerate(norm.themas):
        scores = [r.themas[i].score for r in rows if r.themas[i].score is not None]
        if 0 < len(scores) < minimum:  # a theme most answered nvt: its mean is a few organisations'
            withheld.append(Withheld(cijfer="thema", jaar=year, id=theme.id, organisaties=len(scores)))
            scores = []
        themes.append(RegionThemeScore(id=theme.id, score=mean(scores)))
    return TrendYear(
        jaar=year,
        organisaties=len(rows),
        gemiddelde_score=mean([r.totaal.score for r in rows]),
        aandeel_volledig_voldaan=percentage(sum(r.volledig_voldaan for r in rows), len(rows)),
        themas=themes,
        dekking=data.coverage,
    )


def _shifts(
    norm: Norm,
    first: TrendInput,
    last: TrendInput,
    span: tuple[int, int],
    minimum: int,
    withheld: list[Withheld],
) -> list[NormShift]:
    """The norms whose regional score moved most (either way) from the first year to the last;
    ties in norm order, norms without a score in either year last. Anonymous, a norm scored by
    fewer than `minimum` organisations in either year is left out (its score is theirs)."""
    for data, year in zip((first, last), span, strict=True):
        if 0 < len(data.items) < minimum:  # a whole year is withheld: so is every shift
            withheld.append(Withheld(cijfer="verschuivingen", jaar=year, organisaties=len(data.items)))
            return []
    before = {t.id: t for t in tallies(norm, first.items)}
    shifts = []
    for t in tallies(norm, last.items):
        old = before[t.id]
        few = min(n for n in (old.beoordeeld, t.beoordeeld) if n) if old.beoordeeld or t.beoordeeld else 0
        if 0 < few < minimum:
            withheld.append(Withheld(cijfer="verschuiving", id=t.id, organisaties=few))
            continue
        shift = NormShift(
            id=t.id, tekst=t.tekst, van=old.score, naar=t.score, verschil=score_difference(old.score, t.score)
        )
        shifts.append(shift)
    order = {rid: i for i, rid in enumerate(norm.requirement_ids)}
    shifts.sort(key=lambda s: (s.verschil is None, -abs(s.verschil or 0.0), order[s.id]))
    return shifts[:SHIFTS_SHOWN]
