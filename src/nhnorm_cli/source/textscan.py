"""Cheap whole-text questions asked before YAML is composed: could this text hold an anchor,
alias or tag, and could it nest deeper than libyaml's recursive C composer survives? A yes only
costs a precise event scan (yamlsource._scan_events); a no must be certain."""

from __future__ import annotations

import re

# Anchors, aliases and tags can only start after whitespace or a flow indicator. Prose such as
# "B&W" or "Bewustwording & Organisatie" does not match.
PROPERTY = re.compile(r"(?:^|[\s\[\]{},])(?:[&*][^\s\[\]{},]|!)", re.MULTILINE)
_FLOW = "[]{},"
# Past this many `&`, `*` and `!` the regular expression (one pass in C) is cheaper than looking
# at each one from Python.
_FEW = 64


def may_hold_properties(text: str) -> bool:
    """Exactly `PROPERTY.search(text) is not None`. Real files have a few `&` in comments and prose;
    looking only at those characters costs microseconds where the pattern, which has to try every
    position of the text, cost a quarter of the parse (issue 9)."""
    seen = 0
    for char in "&*!":
        at = text.find(char)
        while at != -1:
            seen += 1
            if seen > _FEW:
                return PROPERTY.search(text) is not None
            before = text[at - 1] if at else " "
            if before.isspace() or before in _FLOW:
                after = text[at + 1 : at + 2]
                if char == "!" or (after and not after.isspace() and after not in _FLOW):
                    return True
            at = text.find(char, at + 1)
    return False


def may_nest_deeper_than(text: str, bound: int) -> bool:
    """Whether `text` could nest deeper than `bound`. A block level needs more indentation or an
    indicator (`- `, `? `, `: `) in front of a line, and a sequence may share its mapping's
    indentation, so a level costs at most two characters of line prefix; each flow level needs a
    bracket. Searching for one line prefix that long replaces measuring every line's prefix."""
    brackets = text.count("[") + text.count("{")
    prefix = (bound - 2 - brackets) // 2 + 1  # the shortest prefix for 2 * prefix + 2 + brackets > bound
    if prefix <= 0:
        return True
    # "\n" first lets the regex engine jump from line to line; the first line is matched apart
    return re.match(f"[ \t?:-]{{{prefix}}}", text) is not None or (
        re.search(f"\n[ \t?:-]{{{prefix}}}", text) is not None
    )
