"""Scoring per SPEC §3 with hand-computed numbers."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nhnorm_cli.models.norm import Norm
from nhnorm_cli.results.scoring import round_half_up, score_assessment, score_difference, score_set
from nhnorm_cli.versions.norms import load_norm
from tests.factories import make_assessment


@pytest.fixture(scope="module")
def norm() -> Norm:
    return load_norm("1.0")


def test_theme_score_and_counts(norm: Norm) -> None:
    answers = {"1.1": "voldaan", "1.2": "voldaan", "1.3": "voldaan", "1.4": "deels", "1.5": "nvt"}
    result = score_assessment(norm, make_assessment(answers))
    theme = result.themas[0]
    # (3 + 3 + 3 + 1) / (3 × 4) × 100 = 83.33…
    assert theme.model_dump() == {
        "id": "1",
        "titel": "Bewustwording & Organisatie",
        "score": 83.3,
        "aantal": 5,
        "beoordeeld": 4,
        "voldaan": 3,
        "nvt": 1,
        "open": 0,
    }
    assert result.totaal.model_dump() == {
        "score": 83.3,
        "aantal": 47,
        "beoordeeld": 4,
        "voldaan": 3,
        "nvt": 1,
        "open": 42,
    }
    assert [t.score for t in result.themas[1:]] == [None] * 5
    assert [t.open for t in result.themas] == [0, 11, 10, 7, 12, 2]


def test_total_is_not_the_mean_of_the_themes(norm: Norm) -> None:
    # Theme 1: one norm voldaan (100.0); theme 2: three norms niet (0.0).
    # Mean of the two theme scores: 50.0; total over the four norms: 3 / (3 × 4) = 25.0.
    answers = {"1.1": "voldaan", "2.1": "niet", "2.2": "niet", "2.3": "niet"}
    result = score_assessment(norm, make_assessment(answers))
    assert (result.themas[0].score, result.themas[1].score) == (100.0, 0.0)
    assert result.totaal.score == 25.0


def test_nothing_scored_is_null(norm: Norm) -> None:
    result = score_assessment(norm, make_assessment({"6.1": "nvt", "6.2": "nvt"}))
    assert result.themas[5].score is None
    assert (result.themas[5].beoordeeld, result.themas[5].nvt) == (0, 2)
    assert result.totaal.score is None
    empty = score_assessment(norm, make_assessment({}))
    assert empty.totaal.model_dump() == {
        "score": None,
        "aantal": 47,
        "beoordeeld": 0,
        "voldaan": 0,
        "nvt": 0,
        "open": 47,
    }


def test_grotendeels_and_niet_points(norm: Norm) -> None:
    # 2 + 0 + 1 = 3 points of 9: 33.33… -> 33.3; 2 + 2 = 4 of 6: 66.66… -> 66.7
    three = make_assessment({"3.1": "grotendeels", "3.2": "niet", "3.3": "deels"})
    assert score_set(norm, three, ["3.1", "3.2", "3.3"]).score == 33.3
    two = make_assessment({"3.1": "grotendeels", "3.2": "grotendeels"})
    assert score_set(norm, two, ["3.1", "3.2"]).score == 66.7


def _half_cases() -> list[tuple[int, int]]:
    """(points, scored norms) with n ≤ 47 whose exact score ends in 5 at the second decimal."""
    return [
        (p, n)
        for n in range(1, 48)
        for p in range(3 * n + 1)
        if (Fraction(1000 * p, 3 * n) - Fraction(1, 2)).denominator == 1
    ]


def test_half_cases_exist() -> None:
    # 3 points over 16 norms: 300 / 48 = 6.25 exactly; the search must find it.
    assert (3, 16) in _half_cases()


@pytest.mark.parametrize(("points", "scored"), _half_cases())
def test_rounds_half_up(norm: Norm, points: int, scored: int) -> None:
    ids = norm.requirement_ids[:scored]
    full, rest = divmod(points, 3)
    oordelen = ["voldaan"] * full + ([("deels", "grotendeels")[rest - 1]] if rest else [])
    oordelen += ["niet"] * (scored - len(oordelen))
    result = score_assessment(norm, make_assessment(dict(zip(ids, oordelen, strict=True))))
    exact = Decimal(100 * points) / Decimal(3 * scored)
    assert str(exact)[-1] == "5" and len(str(exact).split(".")[1]) == 2
    expected = float(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    assert result.totaal.score == expected


def test_round_half_up_direct() -> None:
    assert round_half_up(Fraction(625, 100)) == 6.3  # round() would give 6.2 (banker's rounding)
    assert round_half_up(Fraction(1875, 100)) == 18.8
    assert round_half_up(Fraction(1, 3) * 100) == 33.3
    assert round_half_up(Fraction(2, 3) * 100) == 66.7
    assert round_half_up(Fraction(0)) == 0.0
    assert round_half_up(Fraction(100)) == 100.0


def test_score_difference_is_exact_and_one_decimal() -> None:
    assert score_difference(66.7, 33.3) == -33.4  # a float subtraction gives -33.400000000000006
    assert score_difference(33.3, 66.7) == 33.4
    assert score_difference(50.0, 50.0) == 0.0
    assert score_difference(None, 50.0) is None and score_difference(50.0, None) is None
    # The two methods this replaces disagree here: round() rounds the binary float half to even and
    # the Decimal one did not round at all; diff, report and overview now all say 0.3.
    assert round(0.25 - 0.0, 1) == 0.2
    assert float(Decimal("0.25") - Decimal("0.0")) == 0.25
    assert score_difference(0.0, 0.25) == 0.3


@given(st.integers(0, 1000), st.integers(0, 1000))
def test_score_difference_of_scores_is_their_exact_decimal_difference(old: int, new: int) -> None:
    assert score_difference(old / 10, new / 10) == (new - old) / 10
