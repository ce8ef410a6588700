"""Positions inside YAML text values, for every scalar style (the PERSOONSGEGEVENS column)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml.nodes import ScalarNode

from nhnorm_cli.source.scalarpos import ScalarPositions
from nhnorm_cli.source.yamlsource import dump_roundtrip, parse_document

SOURCE = """\
a: Bel é P. Jansen op 06-12345678
b: "Bel \\u00e9 \\"P. Jansen\\" op \\
   06-12345678"
c: 'it''s P. Jansen
  en mw. Bakker'
d: |  # P. Jansen in a comment is not the value
  Regel één
    ingesprongen dhr. De Vries
e: >-
  gevouwen tekst
  met J.P. de Groot

  en alinea mw. Bakker
f: plain meerdere
  regels met mw. Bakker
    en dhr Jansen
g:
  - "\\t\\x41 P. Jansen"
"""


@pytest.mark.parametrize(
    ("path", "needle", "line", "column"),
    [
        (("a",), "P. Jansen", 1, 10),
        (("a",), "06-12345678", 1, 23),
        (("b",), "P. Jansen", 2, 18),
        (("b",), "06-12345678", 3, 4),
        (("c",), "P. Jansen", 4, 11),
        (("c",), "mw. Bakker", 5, 6),
        (("d",), "dhr. De Vries", 8, 18),
        (("e",), "J.P. de Groot", 11, 7),
        (("e",), "mw. Bakker", 13, 13),
        (("f",), "mw. Bakker", 15, 14),
        (("f",), "dhr Jansen", 16, 8),
        (("g", 0), "P. Jansen", 18, 13),
    ],
)
def test_column_of_text_inside_a_value(
    path: tuple[str | int, ...], needle: str, line: int, column: int
) -> None:
    document = parse_document(SOURCE.encode(), "x.yaml")
    node = document.node(path)
    assert isinstance(node, ScalarNode)
    location = ScalarPositions("x.yaml", document.text).locator(node)(node.value.index(needle))
    assert (location.line, location.column) == (line, column)
    source_line = SOURCE.splitlines()[line - 1]
    assert source_line[column - 1 :].startswith(needle.split()[0].replace('"', ""))


PLANTED = "p.jansen@zeedorp.nl"
STYLES = [None, "'", '"', "|", ">"]


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab é'\"\\:#-")), max_size=60),
    st.text(alphabet=st.sampled_from(list("cd ë'\"\\")), max_size=40),
    st.sampled_from(STYLES),
    st.integers(min_value=20, max_value=80),
)
def test_planted_value_is_found_where_the_file_has_it(
    before: str, after: str, style: str | None, width: int
) -> None:
    """Whatever ruamel writes (quoted, escaped, folded at any width), the position points at the
    first character of the planted address in the file."""
    from ruamel.yaml.scalarstring import (
        DoubleQuotedScalarString,
        FoldedScalarString,
        LiteralScalarString,
        SingleQuotedScalarString,
    )

    value = f"{before} {PLANTED} {after}"
    wrap = {
        None: str,
        "'": SingleQuotedScalarString,
        '"': DoubleQuotedScalarString,
        "|": LiteralScalarString,
        ">": FoldedScalarString,
    }[style]
    text = dump_roundtrip({"toelichting": wrap(value)}, width=width)
    document = parse_document(text.encode(), "x.yaml")
    node = document.node(("toelichting",))
    assert isinstance(node, ScalarNode)
    offset = node.value.find(PLANTED)
    if offset < 0:  # a block scalar dropped trailing spaces: nothing planted to look for
        return
    location = ScalarPositions("x.yaml", text).locator(node)(offset)
    line = text.splitlines()[location.line - 1]
    assert line[location.column - 1 :].startswith(PLANTED), (text, location)


NEEDLES = [
    (("a",), "P. Jansen"),
    (("b",), "06-12345678"),
    (("c",), "mw. Bakker"),
    (("d",), "dhr. De Vries"),
    (("e",), "mw. Bakker"),
    (("f",), "dhr Jansen"),
    (("g", 0), "P. Jansen"),
]


def _position(text: str, path: tuple[str | int, ...], needle: str) -> tuple[int, int]:
    document = parse_document(text.encode(), "x.yaml")
    node = document.node(path)
    assert isinstance(node, ScalarNode)
    location = ScalarPositions("x.yaml", document.text).locator(node)(node.value.index(needle))
    return location.line, location.column


@pytest.mark.parametrize("line_break", ["\r\n", "\r"])
def test_windows_and_old_mac_line_breaks_give_the_same_positions(line_break: str) -> None:
    """YAML counts CR LF and a lone CR as one line break, as \\n (and as the parser's marks do)."""
    text = SOURCE.replace("\n", line_break)
    for path, needle in NEEDLES:
        assert _position(text, path, needle) == _position(SOURCE, path, needle), (path, needle)


@pytest.mark.parametrize("inside", ["\r", "\x85", "\u2028", "\u2029"])
def test_a_line_break_inside_an_earlier_value_moves_nothing_else(inside: str) -> None:
    """A lone CR, NEL, LS or PS written raw inside a quoted value before the text (the value reads
    it as a space or keeps it) must not shift the positions after it, nor run past the file's end
    when the text is on its last line."""
    lines = 2 if inside == "\r" else 1  # a lone CR is a line break; the others are not, to an editor
    text = f'x: "Team{inside}Veiligheid"\n{SOURCE}'
    for path, needle in NEEDLES:
        line, column = _position(SOURCE, path, needle)
        assert _position(text, path, needle) == (line + lines, column), (path, needle)
