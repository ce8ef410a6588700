"""Numbers, dates and bars as readers see them."""

from __future__ import annotations

from datetime import date

import pytest

from nhnorm_cli.render.numbers import bar, date_text, delta_text, score_text


@pytest.mark.parametrize(
    ("value", "width", "expected"),
    [
        (None, 4, "    "),
        (0.0, 4, "    "),
        (100.0, 8, "████████"),
        (50.0, 20, "██████████" + " " * 10),
        (83.3, 8, "██████▋ "),  # 0.833 × 64 = 53.3 eighths -> 53 = 6 full + 5/8
        (66.7, 8, "█████▍  "),  # 42.7 -> 43 = 5 full + 3/8
        (1.0, 20, "▎" + " " * 19),  # 1.6 eighths -> 2/8
    ],
)
def test_bar(value: float | None, width: int, expected: str) -> None:
    assert bar(value, width) == expected
    assert len(bar(value, width)) == width


def test_score_and_delta() -> None:
    assert (score_text(83.3), score_text(83.3, "en"), score_text(None)) == ("83,3", "83.3", "–")
    assert (score_text(0.0), score_text(100.0)) == ("0,0", "100,0")
    assert [delta_text(v) for v in (4.2, -1.3, 0.0, -0.0, None)] == ["+4,2", "−1,3", "0,0", "0,0", "–"]


def test_dates() -> None:
    assert date_text(None) == "–"
    assert date_text(date(2025, 3, 28)) == "28 maart 2025"
    assert date_text(date(2026, 12, 1)) == "1 december 2026"
    assert date_text(date(2025, 3, 28), "en") == "2025-03-28"


def test_dutch_date() -> None:
    assert date_text(date(2025, 3, 28)) == "28 maart 2025"
    assert date_text(date(2026, 12, 1)) == "1 december 2026"
    assert date_text(None) == "–"


@pytest.mark.parametrize(
    ("value", "shown"), [(58.5, "58,5"), (100.0, "100,0"), (0.0, "0,0"), (66.7, "66,7"), (None, "–")]
)
def test_score_has_one_decimal_with_a_comma(value: float | None, shown: str) -> None:
    assert score_text(value) == shown


def test_difference_is_signed() -> None:
    assert [delta_text(v) for v in (6.6, -3.4, 0.0, None)] == ["+6,6", "−3,4", "0,0", "–"]
