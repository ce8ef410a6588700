"""`# nhnorm: negeer CODE[,CODE]` on an answer's id line or the comment line above it."""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.nodes import MappingNode, ScalarNode

from nhnorm_cli.errors import Location, Problem, Severity
from nhnorm_cli.yamlsource import Document

# the cheap test first: a file without "nhnorm" (any case) has no directive, right or misspelt
_MARKER = re.compile("nhnorm", re.IGNORECASE)
# `# nhnorm: negeer CODE[, CODE]`, optionally followed by a reason in words
_DIRECTIVE = re.compile(r"(?:^|\s)#\s*nhnorm:\s*negeer\s+", re.IGNORECASE)
_CODE = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_COMMA = re.compile(r"\s*,\s*")
# what a person may have meant as a directive: "# nhnorm negeer", "# nhnorm: negeer: …", "negeer" alone
_LOOKS_LIKE = re.compile(r"(?:^|\s)(#\s*nhnorm\b.{0,5}?\bnegeer)", re.IGNORECASE)  # bounded: linear


def suppressions(document: Document, known: dict[str, bool]) -> tuple[dict[str, set[str]], list[Problem]]:
    """Per answer id the codes to ignore there, and a problem for every named code that is unknown
    or locked (`known`: code -> locked). Costs one scan of the text, and nothing without "nhnorm"."""
    if _MARKER.search(document.text) is None:
        return {}, []
    lines = document.text.split("\n")
    ignored: dict[str, set[str]] = {}
    problems: list[Problem] = []
    for key, line in _answer_keys(document.root):
        candidates = [line]
        if line > 0 and lines[line - 1].lstrip().startswith("#"):
            candidates.append(line - 1)
        for index in candidates:
            unread = _unread(lines[index])
            if unread is not None:  # a typo in the directive must not silently ignore nothing
                where = Location(document.path, index + 1, unread + 1)
                problems.append(Problem(where, "NEGEER-LEEG", Severity.WARNING, {}))
            for code, column in _codes(lines[index]):
                where = Location(document.path, index + 1, column + 1)
                if code not in known:
                    problems.append(Problem(where, "NEGEER-ONBEKEND", Severity.WARNING, {"regelcode": code}))
                elif known[code]:
                    problems.append(Problem(where, "NEGEER-VAST", Severity.WARNING, {"regelcode": code}))
                else:
                    ignored.setdefault(key, set()).add(code)
    return ignored, problems


def _answer_keys(root: Any) -> list[tuple[str, int]]:
    """(id as written, 0-based line) of every key under `antwoorden`."""
    if not isinstance(root, MappingNode):
        return []
    for key, value in root.value:
        if isinstance(key, ScalarNode) and key.value == "antwoorden" and isinstance(value, MappingNode):
            return [(k.value, k.start_mark.line) for k, _ in value.value if isinstance(k, ScalarNode)]
    return []


def _unread(line: str) -> int | None:
    """The 0-based column of a negeer directive in `line` whose codes cannot (all) be read: none
    after it, a misplaced colon, or a comma with no code after it."""
    looks = _LOOKS_LIKE.search(line)
    if looks is None:
        return None
    match = _DIRECTIVE.search(line)
    position = match.end() if match else len(line)
    while (code := _CODE.match(line, position)) is not None:
        comma = _COMMA.match(line, code.end())
        if comma is None:  # the codes end here; words after them are the reason
            return None
        position = comma.end()
    return looks.start(1)


def _codes(line: str) -> list[tuple[str, int]]:
    """The codes of a negeer directive in `line`, each with its 0-based column."""
    match = _DIRECTIVE.search(line)
    if match is None:
        return []
    codes = []
    position = match.end()
    while (code := _CODE.match(line, position)) is not None:
        codes.append((code.group().upper(), code.start()))
        comma = _COMMA.match(line, code.end())
        if comma is None:  # words after the codes are the reason
            break
        position = comma.end()
    return codes
