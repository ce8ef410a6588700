"""Invariants of scoring and diff over random assessments of norm 1.0 (hypothesis)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from nhnorm_cli.models.results import ScoreResult, ScoreSet
from nhnorm_cli.results.diff import diff_assessments
from nhnorm_cli.results.scoring import score_assessment
from nhnorm_cli.versions.norms import load_norm
from tests.factories import make_assessment

NORM = load_norm("1.0")
IDS = NORM.requirement_ids
SCORED = ["niet", "deels", "grotendeels", "voldaan"]  # worst to best
answers = st.dictionaries(st.sampled_from(IDS), st.sampled_from([*SCORED, "nvt"]))
# No deadline: a busy CI machine must not turn a slow example into a failure (no timed tests).
untimed = settings(deadline=None)


def _sets(result: ScoreResult) -> list[ScoreSet]:
    return [result.totaal, *result.themas]


def _score(answer_map: dict[str, str]) -> ScoreResult:
    return score_assessment(NORM, make_assessment(answer_map))


@untimed
@given(answers)
def test_scores_within_bounds_or_null(answer_map: dict[str, str]) -> None:
    result = _score(answer_map)
    for scores in _sets(result):
        assert (scores.score is None) == (scores.beoordeeld == 0)
        assert scores.score is None or 0.0 <= scores.score <= 100.0
        assert scores.beoordeeld + scores.nvt + scores.open == scores.aantal
    for key in ("aantal", "beoordeeld", "voldaan", "nvt", "open"):
        assert getattr(result.totaal, key) == sum(getattr(t, key) for t in result.themas)


@untimed
@given(answers, st.data())
def test_open_norm_becoming_nvt_never_moves_a_score(answer_map: dict[str, str], data: st.DataObject) -> None:
    unanswered = [rid for rid in IDS if rid not in answer_map]
    assume(unanswered)
    rid = data.draw(st.sampled_from(unanswered))
    before, after = _score(answer_map), _score(answer_map | {rid: "nvt"})
    assert [s.score for s in _sets(before)] == [s.score for s in _sets(after)]


@untimed
@given(answers, st.data())
def test_better_oordeel_never_lowers_a_score(answer_map: dict[str, str], data: st.DataObject) -> None:
    improvable = [rid for rid, o in answer_map.items() if o in SCORED[:-1]]
    assume(improvable)
    rid = data.draw(st.sampled_from(improvable))
    better = data.draw(st.sampled_from(SCORED[SCORED.index(answer_map[rid]) + 1 :]))
    before, after = _score(answer_map), _score(answer_map | {rid: better})
    for old, new in zip(_sets(before), _sets(after), strict=True):
        assert (old.score is None) == (new.score is None)
        assert old.score is None or new.score is None or new.score >= old.score
    theme = int(NORM.theme_of(rid).id)
    assert after.themas[theme - 1].voldaan >= before.themas[theme - 1].voldaan


@untimed
@given(answers)
def test_diff_with_itself_changes_nothing(answer_map: dict[str, str]) -> None:
    assessment = make_assessment(answer_map)
    result = diff_assessments(NORM, assessment, assessment)
    assert result.wijzigingen == []
    for part in [result.totaal, *result.themas]:
        assert part.van == part.naar
        assert part.verschil == (None if part.van is None else 0.0)


@untimed
@given(answers, answers)
def test_diff_lists_exactly_the_changed_norms(old: dict[str, str], new: dict[str, str]) -> None:
    result = diff_assessments(NORM, make_assessment(old), make_assessment(new))
    changed = [rid for rid in IDS if old.get(rid) != new.get(rid)]
    assert [c.id for c in result.wijzigingen] == changed
    for theme in result.themas:
        if theme.van is not None and theme.naar is not None:
            assert theme.verschil == round(theme.naar - theme.van, 1)
