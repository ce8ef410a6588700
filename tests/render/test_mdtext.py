"""Untrusted text inside Markdown stays literal text: one line (md_inline), several lines
(md_escape) and table cells (md_cell)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nhnorm_cli.render.mdtext import md_cell, md_escape, md_inline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bewustwording & Organisatie", "Bewustwording & Organisatie"),
        ("a | b", "a \\| b"),
        ("regel 1\nregel 2\r\n| x", "regel 1 regel 2 \\| x"),
        ("`code`", "\\`code\\`"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("&lt; blijft letterlijk", "&amp;lt; blijft letterlijk"),
        ("*vet* _schuin_ ~weg~", "\\*vet\\* \\_schuin\\_ \\~weg\\~"),
        ("![img](http://x) [a](b)", "\\!\\[img\\](http://x) \\[a\\](b)"),
        ("# kop", "\\# kop"),
        ("C:\\pad", "C:\\\\pad"),
    ],
)
def test_md_inline(text: str, expected: str) -> None:
    assert md_inline(text) == expected


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
