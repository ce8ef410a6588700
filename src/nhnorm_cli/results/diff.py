"""Pure year-over-year comparison per SPEC §5: (Norm, old, new) -> DiffResult."""

from __future__ import annotations

from dataclasses import dataclass

from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.models.mapping import VersionMapping
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.results import (
    Crossing,
    DiffResult,
    DiffSide,
    DiffTheme,
    DiffTotal,
    Direction,
    RatingChange,
)
from nhnorm_cli.results.actionfollowup import action_changes, explanation_changes
from nhnorm_cli.results.scoring import score_assessment, score_difference
from nhnorm_cli.versions.crossing import dropped, notes, old_oordeel, predecessors


def direction(norm: Norm, old: str | None, new: str | None, *, old_norm: Norm | None = None) -> Direction:
    """beter/slechter by points; to or from unscored (no answer, nvt): nieuw/vervallen."""
    old_points, new_points = (old_norm or norm).points(old), norm.points(new)
    if old_points is not None and new_points is not None:
        if new_points == old_points:
            return "gelijk"
        return "beter" if new_points > old_points else "slechter"
    if old_points is None and new_points is not None:
        return "nieuw"
    if old_points is not None:
        return "vervallen"
    return "gelijk"


def _ordered(first: list[str], second: list[str]) -> list[str]:
    return first + [item for item in second if item not in set(first)]


def diff_assessments(
    norm: Norm,
    old: Assessment,
    new: Assessment,
    *,
    old_norm: Norm | None = None,
    mapping: VersionMapping | None = None,
) -> DiffResult:
    """Every norm whose oordeel changed, in norm order, and the score change per theme.

    `norm` is the version of `new`; pass `old_norm` when `old` was made against another version:
    norms and themes are then compared by id, those only in the old version come last. With the
    `mapping` between the two versions, each new norm is compared with the old norm it continues
    (vergelijking says which comparisons are not like for like), dropped norms come last."""
    before = old_norm or norm
    old_score, new_score = score_assessment(before, old), score_assessment(norm, new)
    old_themes = {t.id: t.score for t in old_score.themas}
    new_themes = {t.id: t.score for t in new_score.themas}
    themes = [
        DiffTheme(
            id=tid,
            van=old_themes.get(tid),
            naar=new_themes.get(tid),
            verschil=score_difference(old_themes.get(tid), new_themes.get(tid)),
        )
        for tid in _ordered(list(new_themes), list(old_themes))
    ]
    order = _ordered(norm.requirement_ids, before.requirement_ids)
    if mapping is not None:
        pairs = [(p.new_id, old_oordeel(p, old), new.oordeel(p.new_id)) for p in predecessors(mapping, norm)]
        pairs += [(rid, old.oordeel(rid), None) for rid in dropped(mapping)]
    else:
        pairs = [(rid, old.oordeel(rid), new.oordeel(rid)) for rid in order]
    changes = [
        RatingChange(id=rid, van=van, naar=naar, richting=direction(norm, van, naar, old_norm=before))
        for rid, van, naar in pairs
        if van != naar
    ]
    return DiffResult(
        van=DiffSide(organisatie=old.organisatie.naam, jaar=old.jaar, norm=old.norm),
        naar=DiffSide(organisatie=new.organisatie.naam, jaar=new.jaar, norm=new.norm),
        totaal=DiffTotal(
            van=old_score.totaal.score,
            naar=new_score.totaal.score,
            verschil=score_difference(old_score.totaal.score, new_score.totaal.score),
        ),
        themas=themes,
        wijzigingen=changes,
        vergelijking=None
        if mapping is None
        else Crossing(mapping=f"{mapping.van}--{mapping.naar}", normen=notes(mapping, norm)),
        acties=action_changes(old, new, order),
        toelichtingen=explanation_changes(old, new, order),
    )


@dataclass(frozen=True)
class Regression:
    """What `diff --fail-on-regression` fails on: a norm with a lower oordeel than before, or a
    lower total score. New or no longer scored answers are not regressions by themselves (a
    concept is still being filled in), but they count once they pull the total score down."""

    worse: list[str]
    total_down: bool

    def __bool__(self) -> bool:
        return bool(self.worse) or self.total_down


def regression(result: DiffResult) -> Regression:
    """Across norm versions only like-for-like norms can regress, and the totals (over different
    sets of norms) are not compared."""
    verschil = result.totaal.verschil
    crossing = result.vergelijking
    unlike = {n.id for n in crossing.normen if not n.gelijkwaardig} if crossing else set()
    return Regression(
        worse=[c.id for c in result.wijzigingen if c.richting == "slechter" and c.id not in unlike],
        total_down=crossing is None and verschil is not None and verschil < 0,
    )
