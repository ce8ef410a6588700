"""The file position of a character inside a YAML text value, for every scalar style.

The parser gives the position of a scalar's start only. A value differs from its source by
quotes, escapes (double quoted), doubled quotes (single quoted), a block header (`|`, `>-`),
indentation and folded line breaks. None of those change the value's other characters or their
order, so walking value and source side by side, skipping only source whitespace and decoding
escapes, places each visible character exactly. Should the walk ever fail (a case not foreseen
here), the position falls back to the start of the value, which is still the right line to look at.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from ruamel.yaml.nodes import ScalarNode

from nhnorm_cli.errors import Location

_WHITESPACE = " \t\r\n\x85"
# Lines end as YAML 1.2 (and editors) count them: LF, CR LF, or a lone CR; NEL, LS and PS are
# text. A value is found by the character index of its marks: the index is the same whichever
# reader read the file, and a line and column follow from it.
_LINE_BREAK = re.compile("\r\n?|\n")
_NEWLINE = re.compile("\n")  # the same where no CR stands alone, and found 2.5 times as fast
_SIMPLE_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f",
    "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0",
    "L": "\u2028", "P": "\u2029",
}  # fmt: skip
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}

Locator = Callable[[int], Location]


def lone_cr(text: str) -> bool:
    """Whether `text` has a CR that is not part of a CR LF (an old Mac line break)."""
    return text.count("\r") != text.count("\r\n")


def line_starts(text: str) -> list[int]:
    """The index where each line of `text` starts (0-based lines, as YAML and editors count them)."""
    breaks = _LINE_BREAK if lone_cr(text) else _NEWLINE
    return [0, *(m.end() for m in breaks.finditer(text))]


def lines(text: str) -> list[str]:
    """The lines of `text` (a CR LF line keeps its CR), numbered as line_starts numbers them."""
    return _LINE_BREAK.split(text) if lone_cr(text) else text.split("\n")


def line_column(starts: list[int], index: int) -> tuple[int, int]:
    """0-based line and column of text[index], from line_starts(text)."""
    line = bisect_right(starts, index) - 1
    return line, index - starts[line]


class ScalarPositions:
    """Positions inside the text values of one file (line starts computed once)."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.text = text
        self._starts = line_starts(text)

    def locator(self, node: ScalarNode) -> Locator:
        """A function from an offset in the node's value to its position in the file."""
        start, end = node.start_mark.index, node.end_mark.index
        indices = _align(node.value, self.text, _content_start(self.text, start, node.style), end, node.style)
        fallback = Location(self.path, node.start_mark.line + 1, node.start_mark.column + 1)
        if indices is None:
            return lambda offset: fallback
        return lambda offset: self._location(indices[offset]) if offset < len(indices) else fallback

    def _location(self, index: int) -> Location:
        line, column = line_column(self._starts, index)
        return Location(self.path, line + 1, column + 1)


def _content_start(text: str, start: int, style: str | None) -> int:
    if style in ("'", '"'):
        return start + 1
    if style in ("|", ">"):  # past the header line (`|-`, `>2`, perhaps a comment)
        newline = _LINE_BREAK.search(text, start)
        return len(text) if newline is None else newline.end()
    return start


def _align(value: str, src: str, p: int, end: int, style: str | None) -> list[int] | None:
    """For each character of `value`, its index in `src` (from p), or None if they do not align."""
    indices: list[int] = []
    i = 0
    while i < len(value):
        if p >= end:
            return None
        c, s = value[i], src[p]
        if style == '"' and s == "\\":
            produced, width = _escape(src, p)
            if produced is None:
                return None
            if produced == "":  # an escaped line break joins the lines
                p += width
                while p < end and src[p] in " \t":
                    p += 1
                continue
            if value.startswith(produced, i):
                indices += [p] * len(produced)
                i, p = i + len(produced), p + width
                continue
        if style == "'" and s == "'" and c == "'" and src.startswith("''", p):
            indices.append(p)
            i, p = i + 1, p + 2
            continue
        if c == s or (c == "\n" and s in "\r\x85"):  # a line break the value has as LF
            indices.append(p)
            i, p = i + 1, p + 1
        elif s in _WHITESPACE:  # indentation, or a line break the value folded
            p += 1
        elif c in _WHITESPACE:  # whitespace the value gained from folding
            indices.append(p)
            i += 1
        else:
            return None
    return indices


def _escape(src: str, p: int) -> tuple[str | None, int]:
    """The text a double-quoted escape at `p` stands for, and how many characters it takes."""
    kind = src[p + 1 : p + 2]
    if kind in ("\n", "\r"):
        width = 3 if src.startswith("\r\n", p + 1) else 2
        return "", width
    if kind in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[kind], 2
    digits = _HEX_ESCAPES.get(kind)
    if digits is not None:
        try:
            return chr(int(src[p + 2 : p + 2 + digits], 16)), 2 + digits
        except ValueError:
            return None, 0
    return None, 0
