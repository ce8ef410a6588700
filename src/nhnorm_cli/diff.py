"""Pure year-over-year comparison per SPEC §5: (Norm, old, new) -> DiffResult."""

from __future__ import annotations

from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.results import Change, DiffResult, DiffSide, DiffTheme, DiffTotal, Direction
from nhnorm_cli.scoring import score_assessment


def direction(norm: Norm, old: str | None, new: str | None) -> Direction:
    """beter/slechter by points; to or from unscored (no answer, nvt): nieuw/vervallen."""
    old_points, new_points = norm.points(old), norm.points(new)
    if old_points is not None and new_points is not None:
        if new_points == old_points:
            return "gelijk"
        return "beter" if new_points > old_points else "slechter"
    if old_points is None and new_points is not None:
        return "nieuw"
    if old_points is not None:
        return "vervallen"
    return "gelijk"


def _difference(old: float | None, new: float | None) -> float | None:
    return None if old is None or new is None else round(new - old, 1)


def diff_assessments(norm: Norm, old: Assessment, new: Assessment) -> DiffResult:
    """Every norm whose oordeel changed, in norm order, and the score change per theme."""
    old_score, new_score = score_assessment(norm, old), score_assessment(norm, new)
    themes = [
        DiffTheme(id=o.id, van=o.score, naar=n.score, verschil=_difference(o.score, n.score))
        for o, n in zip(old_score.themas, new_score.themas, strict=True)
    ]
    changes = [
        Change(
            id=rid,
            van=old.oordeel(rid),
            naar=new.oordeel(rid),
            richting=direction(norm, old.oordeel(rid), new.oordeel(rid)),
        )
        for rid in norm.requirement_ids
        if old.oordeel(rid) != new.oordeel(rid)
    ]
    return DiffResult(
        van=DiffSide(organisatie=old.organisatie.naam, jaar=old.jaar, norm=old.norm),
        naar=DiffSide(organisatie=new.organisatie.naam, jaar=new.jaar, norm=new.norm),
        totaal=DiffTotal(
            van=old_score.totaal.score,
            naar=new_score.totaal.score,
            verschil=_difference(old_score.totaal.score, new_score.totaal.score),
        ),
        themas=themes,
        wijzigingen=changes,
    )
