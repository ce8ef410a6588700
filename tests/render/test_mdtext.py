"""Untrusted text inside Markdown stays literal text."""

from __future__ import annotations

import pytest

from nhnorm_cli.render.mdtext import md_inline


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
