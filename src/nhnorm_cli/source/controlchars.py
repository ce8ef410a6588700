"""Control characters: found in text a user gave, and made visible in anything nhnorm prints.

A value such as `"\\e]0;titel\\a"` would retitle, clear or recolour the terminal of whoever runs
nhnorm on a pull request, and a newline in a value would let it fake a diagnostic line. Values
with one are rejected; everything printed goes through `visible` as a second line of defence."""

from __future__ import annotations

import re

# C0 and C1 controls and DEL; tab and newline are ordinary text in a toelichting.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# On a terminal also: line and paragraph separators (str.splitlines breaks on them) and the
# bidirectional overrides that make text read differently from what it is ("Trojan Source").
_UNPRINTABLE = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_IN_TEXT = re.compile(f"[{_UNPRINTABLE}]")
_IN_LINE = re.compile(f"[{_UNPRINTABLE}\t\n]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r", "\x1b": "\\e", "\x00": "\\0"}


def forbidden_character(text: str) -> str | None:
    """The first control character (other than tab and newline) in `text`, as `U+001B`."""
    match = _FORBIDDEN.search(text)
    return f"U+{ord(match.group()):04X}" if match else None


def visible(text: str, *, one_line: bool = False) -> str:
    """`text` with every control character written out (`\\e`, `\\x07`, `\\u2028`); with
    `one_line`, tab and newline too, so the result is exactly one line."""
    pattern = _IN_LINE if one_line else _IN_TEXT
    if pattern.search(text) is None:  # the common case costs one C scan
        return text
    return pattern.sub(_escape, text)


def inert(text: str) -> str:
    """Text for a terminal or log, tab and newline kept: every other control character as a
    \\u escape, which also keeps JSON valid (json.dumps leaves DEL, C1 and separators raw, and
    they can only occur inside its strings)."""
    if _IN_TEXT.search(text) is None:
        return text
    return _IN_TEXT.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
