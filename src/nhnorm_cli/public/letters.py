"""Upper and lower case letters for the name patterns: Latin with every accent a Dutch register of
names holds (Latin-1, Extended-A and -B, Extended Additional: "Yılmaz", "Şahin", "Nguyễn"), as
regex character classes, and the capitals fold that lets "P. JANSEN" read as "P. Jansen".

Latin-1 is split by case; the extended blocks mix upper and lower case letter by letter, so both
classes hold all of them: written as four ranges, a class costs nothing to compile, where a list
of the 700 letters by case made importing the patterns cost 70 ms. A word that starts with a
lower-case extended letter counts as capitalised, which no Dutch text does."""

from __future__ import annotations

import re

_EXTENDED = "\u0100-\u024f\u1e00-\u1eff"
UPPER = f"A-Z\u00c0-\u00d6\u00d8-\u00de{_EXTENDED}"
LOWER = f"a-z\u00df-\u00f6\u00f8-\u00ff{_EXTENDED}"

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
