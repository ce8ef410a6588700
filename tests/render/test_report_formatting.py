"""Dutch dates and scores, and Markdown escaping of untrusted text."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nhnorm_cli.render.mdtext import md_cell, md_escape
from nhnorm_cli.render.numbers import date_text, delta_text, score_text


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


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("| pipes |", "\\| pipes \\|"),
        ("**md** en _cursief_", "\\*\\*md\\*\\* en \\_cursief\\_"),
        ("`code` [link](x)", "\\`code\\` \\[link\\](x)"),
        ("# geen kop", "\\# geen kop"),
        ("- geen lijst", "\\- geen lijst"),
        ("2025. geen lijst", "2025\\. geen lijst"),
        ("===", "\\==="),
        ("norm 1.2 en A&B en &lt;", "norm 1.2 en A&B en &amp;lt;"),
        ("regel 1\n# regel 2", "regel 1  \n\\# regel 2"),
    ],
)
def test_markdown_escaping(text: str, escaped: str) -> None:
    assert md_escape(text) == escaped


def test_markdown_cell_is_one_line() -> None:
    assert md_cell("a | b\nc") == "a \\| b<br>c"
    assert md_cell(None) == "–"


@given(st.text())
def test_any_text_is_a_safe_table_cell(text: str) -> None:
    cell = str(md_cell(text))
    assert "\n" not in cell and "\r" not in cell
    assert "<" not in cell.replace("<br>", "")
    # every pipe is escaped: preceded by an odd number of backslashes
    for match in re.finditer(r"(\\*)\|", cell):
        assert len(match.group(1)) % 2 == 1
