"""Pure: many organisations' assessments of one year -> the regional overview (and change since
the year before, and with a baseline the trend since then). The region's figures count only
vastgesteld assessments unless concepts are asked for (SPEC §6); with a register, every entry has a
row and the figures say whom they cover (SPEC §8)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from nhnorm_cli.errors import usage_error
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.overview import (
    Coverage,
    OrganisationRow,
    Overview,
    RiecProgress,
    ThemeChange,
    ThemeRef,
)
from nhnorm_cli.models.register import RegisterEntry
from nhnorm_cli.models.results import ScoreResult, ScoreSet
from nhnorm_cli.region.anonymous import OTHER, fold_groups
from nhnorm_cli.region.figures import counts, hardest_first, progress
from nhnorm_cli.region.register import RegionRegister, entry_slug
from nhnorm_cli.region.trend import TrendInput, build_trend
from nhnorm_cli.results.scoring import score_assessment, score_difference
from nhnorm_cli.select.assessments import Loaded


@dataclass(frozen=True)
class Region:
    """What the overview knows of the region besides the files: the register (None without one)
    and, per year, the codes of the entries that delivered a file (usable or not)."""

    register: RegionRegister | None = None
    delivered: Mapping[int, Collection[str]] = field(default_factory=dict)


def build_overview(
    current: Sequence[Loaded],
    previous: Sequence[Loaded] = (),
    *,
    met_concepten: bool = False,
    anoniem: bool = False,
    history: Mapping[int, Sequence[Loaded]] | None = None,
    region: Region | None = None,
    norm: Norm | None = None,
) -> Overview:
    """Scores per organisation and theme, the hardest norms first, and progress per RIEC; with
    `history` (every year from the baseline to this one) the trend and the norms that moved most.
    `norm`: the norm version when `current` is empty (a region where nobody delivered yet)."""
    region = region or Region()
    versions = sorted({item.norm.versie for item in current})
    if len(versions) > 1 or (not versions and norm is None):
        raise usage_error("GEMENGDE-NORMVERSIES", versies=versions)
    norm = current[0].norm if current else norm
    assert norm is not None
    year = current[0].assessment.jaar if current else None
    register = region.register
    before = {_key(item): score_assessment(item.norm, item.assessment) for item in previous}
    rows = [_organisation(item, before.get(_key(item)), met_concepten, register) for item in current]
    counted = [item for item in current if counts(item, met_concepten)]
    counted_rows = [row for row in rows if row.meegeteld]
    if register is not None:
        rows = _with_register(rows, current, register, before, norm, region.delivered.get(_year(year), ()))
    trend_years = shifts = in_every_year = None
    withheld = []
    if history is not None:
        per_year = {
            y: TrendInput(
                rows=counted_rows if y == year else _counted_rows(items, met_concepten, register),
                items=counted if y == year else [i for i in items if counts(i, met_concepten)],
                coverage=_coverage(register, region.delivered.get(y, ()), items, met_concepten),
            )
            for y, items in history.items()
        }
        trend = build_trend(norm, per_year, anoniem=anoniem)
        trend_years, shifts, withheld = trend.years, trend.shifts, trend.withheld
        in_every_year = trend.in_every_year
    per_riec = _per_riec(counted_rows, register, region.delivered.get(_year(year), ()), rows, fold=anoniem)
    merged = anoniem and [group.riec for group in per_riec] == [OTHER]
    years = {item.assessment.jaar for item in previous}
    return Overview(
        jaar=_year(year),
        vorig_jaar=max(years) if years else None,
        norm=norm.versie,
        met_concepten=met_concepten,
        anoniem=anoniem,
        met_register=register is not None,
        themas=[ThemeRef(id=t.id, titel=t.titel) for t in norm.themas],
        organisaties=[] if anoniem else rows,
        normen=hardest_first(norm, counted),
        dekking=_coverage(register, region.delivered.get(_year(year), ()), current, met_concepten),
        voortgang=progress(counted_rows),
        per_riec=[] if merged else per_riec,
        per_riec_samengevoegd=merged,
        trend=trend_years,
        verschuivingen=shifts,
        trend_in_elk_jaar=in_every_year,
        weggelaten=withheld,
    )


_NO_YEAR = 0


def _year(year: int | None) -> int:
    return year if year is not None else _NO_YEAR


def _key(item: Loaded) -> str:
    """One organisation across the years: its register entry, else its slug."""
    return f"register:{item.entry}" if item.entry is not None else f"slug:{item.slug}"


def _coverage(
    register: RegionRegister | None, delivered: Collection[str], items: Sequence[Loaded], met_concepten: bool
) -> Coverage:
    counted = sum(counts(item, met_concepten) for item in items)
    if register is None:  # the files are all there is to go by
        return Coverage(geregistreerd=len(items), ingeleverd=len(items), meegeteld=counted)
    return Coverage(geregistreerd=len(register.entries), ingeleverd=len(delivered), meegeteld=counted)


def _counted_rows(
    items: Sequence[Loaded], met_concepten: bool, register: RegionRegister | None
) -> list[OrganisationRow]:
    return [_organisation(i, None, met_concepten, register) for i in items if counts(i, met_concepten)]


def _with_register(
    rows: list[OrganisationRow],
    current: Sequence[Loaded],
    register: RegionRegister,
    before: Mapping[str, ScoreResult],
    norm: Norm,
    delivered: Collection[str],
) -> list[OrganisationRow]:
    """Every register entry in register order: its file's row, or `onleesbaar` (a file came but
    was left out: unreadable, invalid, contradicting the register) or `ontbreekt`."""
    by_entry = {item.entry: row for item, row in zip(current, rows, strict=True)}
    result = []
    for entry in register.entries:
        row = by_entry.get(entry.code)
        if row is None:
            status = "onleesbaar" if entry.code in delivered else "ontbreekt"
            row = _absent(entry, status, before.get(f"register:{entry.code}"), norm)
        result.append(row)
    return result


def _absent(entry: RegisterEntry, status: str, before: ScoreResult | None, norm: Norm) -> OrganisationRow:
    size = len(norm.requirement_ids)
    empty = ScoreSet(score=None, aantal=size, beoordeeld=0, voldaan=0, nvt=0, open=size)
    old_themes = {t.id: t.score for t in before.themas} if before else {}
    return OrganisationRow(
        slug=entry_slug(entry),
        code=entry.code,
        organisatie=entry.naam,
        soort=entry.soort,
        riec=entry.riec,
        status=status,
        beantwoord=0,
        meegeteld=False,
        totaal=empty,
        vorig=before.totaal.score if before else None,
        verschil=None,
        themas=[
            ThemeChange(id=t.id, score=None, vorig=old_themes.get(t.id), verschil=None) for t in norm.themas
        ],
        volledig_voldaan=False,
    )


def _per_riec(
    counted_rows: Sequence[OrganisationRow],
    register: RegionRegister | None,
    delivered: Collection[str],
    rows: Sequence[OrganisationRow],
    *,
    fold: bool,
) -> list[RiecProgress]:
    """Named RIECs alphabetically, organisations without a RIEC next, "overig" (anonymous) last.
    With a register, every RIEC with an entry is a group (its coverage may be 0 counted)."""
    sizes: dict[str | None, int] = {}
    for row in counted_rows:
        sizes[row.riec] = sizes.get(row.riec, 0) + 1
    if register is not None:
        for entry in register.entries:
            sizes.setdefault(entry.riec, 0)
    shown = fold_groups(sizes) if fold else {group: group for group in sizes}
    groups = sorted(set(shown.values()), key=lambda g: (g is None, g == OTHER and fold, g or ""))
    result = []
    for group in groups:
        members = [r for r in counted_rows if shown[r.riec] == group]
        if register is not None:
            entries = [e for e in register.entries if shown.get(e.riec) == group]
            coverage = Coverage(
                geregistreerd=len(entries),
                ingeleverd=sum(e.code in delivered for e in entries),
                meegeteld=len(members),
            )
        else:
            delivering = sum(shown[r.riec] == group for r in rows)
            coverage = Coverage(geregistreerd=delivering, ingeleverd=delivering, meegeteld=len(members))
        result.append(RiecProgress(riec=group, dekking=coverage, **progress(members).model_dump()))
    return result


def _organisation(
    item: Loaded, before: ScoreResult | None, met_concepten: bool, register: RegionRegister | None = None
) -> OrganisationRow:
    score = score_assessment(item.norm, item.assessment)
    old_themes = {t.id: t.score for t in before.themas} if before else {}
    old_total = before.totaal.score if before else None
    total = score.totaal
    organisatie = item.assessment.organisatie
    entry = register.by_code(item.entry) if register is not None else None
    return OrganisationRow(
        slug=entry_slug(entry) if entry is not None else item.slug,
        code=entry.code if entry is not None else organisatie.code,
        organisatie=organisatie.naam,
        soort=organisatie.soort,
        riec=entry.riec if entry is not None else organisatie.riec,  # the register's group
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
