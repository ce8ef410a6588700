"""Upper and lower case letters for the name patterns: Latin with every accent a Dutch register of
names holds (Latin-1, Extended-A and -B, Extended Additional: "Yılmaz", "Şahin", "Nguyễn"), as
regex character classes, and the capitals fold that lets "P. JANSEN" read as "P. Jansen"."""

from __future__ import annotations

import re

_RANGES = ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x1E00, 0x1EFF))
_CHARS = [chr(c) for low, high in _RANGES for c in range(low, high + 1)]
UPPER = "".join(re.escape(c) for c in _CHARS if c.isupper() and len(c.lower()) == 1)
LOWER = "".join(re.escape(c) for c in _CHARS if c.islower() and len(c.upper()) == 1) + "ß"

_CAPS_WORD = re.compile(rf"(?<![{UPPER}{LOWER}])[{UPPER}]{{2,}}(?![{LOWER}])")


def fold_capitals(text: str) -> str:
    """`text` with each word in capitals of two or more letters written as a name is ("JANSEN" ->
    "Jansen", "MEVROUW" -> "Mevrouw"), character for character, so offsets stay the same."""
    if not _CAPS_WORD.search(text):
        return text
    return _CAPS_WORD.sub(_title, text)


def _title(match: re.Match[str]) -> str:
    word = match.group()
    if word == "IJ":  # the Dutch capital digraph, an initial of its own ("IJ. Bakker")
        return word
    titled = word[0] + word[1:].lower()
    return titled if len(titled) == len(word) else word
