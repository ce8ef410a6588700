"""Invariants of comparing through a mapping (hypothesis): an identity mapping changes nothing,
and a renumbering mapping only moves answers to their new ids."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nhnorm_cli.editing.scaffold import carry_over
from nhnorm_cli.models.mapping import VersionMapping
from nhnorm_cli.results.diff import diff_assessments, regression
from tests.factories import NORM, assessment_yaml, make_assessment

IDS = NORM.requirement_ids
answers = st.dictionaries(
    st.sampled_from(IDS), st.sampled_from(["voldaan", "grotendeels", "deels", "niet", "nvt"])
)
untimed = settings(deadline=None, max_examples=50)
IDENTITY = VersionMapping.model_validate(
    {"van": "1.0", "naar": "1.0", "normen": {rid: {"relatie": "gelijk", "naar": [rid]} for rid in IDS}}
)


@untimed
@given(answers, answers)
def test_identity_mapping_compares_like_by_id(old: dict[str, str], new: dict[str, str]) -> None:
    before, after = make_assessment(old), make_assessment(new)
    plain = diff_assessments(NORM, before, after)
    mapped = diff_assessments(NORM, before, after, old_norm=NORM, mapping=IDENTITY)
    assert mapped.wijzigingen == plain.wijzigingen
    assert mapped.vergelijking is not None and mapped.vergelijking.normen == []
    assert regression(mapped).worse == regression(plain).worse


@untimed
@given(answers)
def test_identity_rename_carries_what_carry_over_carries(old: dict[str, str]) -> None:
    text = assessment_yaml(old)
    assert carry_over(text, NORM, {rid: rid for rid in IDS}) == carry_over(text, NORM)
