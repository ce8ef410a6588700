"""How deep a TOML text nests its arrays and inline tables, found before tomllib recurses into it
(a few thousand `[` exhaust Python's stack: a crash instead of a message)."""

from __future__ import annotations

MAX_DEPTH = 32  # nhnorm.toml needs 3 ([nhnorm.regels] uit = [...])
_QUOTES = ('"""', "'''", '"', "'")


def too_deep(text: str) -> tuple[int, int] | None:
    """The 1-based line and column of the bracket that nests deeper than MAX_DEPTH, if any.
    Strings and comments are skipped, so brackets inside them do not count."""
    depth, i, line, line_start = 0, 0, 1, 0
    while i < len(text):
        char = text[i]
        if char == "\n":
            line, line_start = line + 1, i + 1
        elif char == "#":
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
            continue
        elif char in "\"'":
            quote = next(q for q in _QUOTES if text.startswith(q, i))
            end = _string_end(text, i + len(quote), quote)
            line += text.count("\n", i, end)
            line_start = max(line_start, text.rfind("\n", i, end) + 1)
            i = end
            continue
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return line, i - line_start + 1
        elif char in "]}":
            depth = max(depth - 1, 0)
        i += 1
    return None


def _string_end(text: str, start: int, quote: str) -> int:
    """The index just after the closing quote (or the end of the line for a broken one-line string:
    tomllib reports that better than we could)."""
    i = start
    while i < len(text):
        if quote[0] == '"' and text[i] == "\\":
            i += 2
            continue
        if text.startswith(quote, i):
            return i + len(quote)
        if text[i] == "\n" and len(quote) == 1:
            return i
        i += 1
    return len(text)
